/**
 * URL safety: every link and image a widget renders passes through here. Only `http:` and
 * `https:` survive (plus `mailto:` / `tel:` where a caller asks for them), resolved against the
 * feed's URL or `xml:base`, so `javascript:`, `data:`, `vbscript:` and friends never reach an
 * attribute.
 */

const WEB = ['http:', 'https:'];

/**
 * Resolves `raw` against `base` and returns the absolute URL when its scheme is allowed.
 * Control characters and white space that browsers strip (`java\tscript:`) are removed first,
 * so the scheme check sees what the browser would.
 */
export function safeUrl(
  raw: string | null | undefined,
  base?: string,
  schemes: readonly string[] = WEB,
): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const plain = plainUrl(raw);
  if (plain !== undefined) return schemes.includes(plain) ? raw : undefined;
  // eslint-disable-next-line no-control-regex
  const cleaned = raw.replace(/[\u0000-\u001F\u007F]/g, '').trim();
  if (!cleaned) return undefined;
  let url: URL;
  try {
    url = base ? new URL(cleaned, safeBase(base)) : new URL(cleaned);
  } catch {
    return undefined;
  }
  return schemes.includes(url.protocol) ? url.href : undefined;
}

/**
 * An absolute `http(s)` URL already in the form the URL parser writes, so that `new URL(raw).href`
 * is `raw` itself: lower-case scheme and host name (letters, digits, hyphens; no port, user,
 * IP address or punycode), a path and query of characters that are never escaped, changed or
 * decoded (no `%`, quote, backslash, space or control character), no `.` or `..` segment.
 * Links in feeds are nearly all like this, and `new URL` is a measurable part of reading a feed.
 */
const PLAIN_URL = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\/[\w\-.~!$&()*+,;=:@/]*(?:\?[\w\-.~!$&()*+,;=:@/?]*)?(?:#[\w\-.~!$&()*+,;=:@/?]*)?$/;
/** A path that needs resolving: a `.` or `..` segment. */
const DOT_SEGMENT = /\/\.\.?(?:[/?#]|$)/;

/** The scheme (`http:` / `https:`) of a URL {@link PLAIN_URL} accepts, else `undefined`. */
function plainUrl(raw: string): string | undefined {
  // (The host holds no "/", so a dot segment can only be in the path, query or fragment.)
  if (!PLAIN_URL.test(raw) || raw.includes('xn--') || DOT_SEGMENT.test(raw)) return undefined;
  return raw.charCodeAt(4) === 115 /* s */ ? 'https:' : 'http:';
}

let lastBase: [string, string | undefined] | undefined;

/** A base is only used when it is itself absolute http(s); otherwise relative links are dropped. */
function safeBase(base: string): string | undefined {
  // Feeds resolve thousands of links against the same base: remember the last answer.
  if (lastBase?.[0] === base) return lastBase[1];
  lastBase = [base, checkBase(base)];
  return lastBase[1];
}

function checkBase(base: string): string | undefined {
  try {
    const url = new URL(base);
    return WEB.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Resolves a (possibly relative) `xml:base` against the inherited base. */
export function resolveBase(xmlBase: string | null, inherited: string | undefined): string | undefined {
  if (!xmlBase) return inherited;
  try {
    return new URL(xmlBase.trim(), inherited).href;
  } catch {
    return inherited;
  }
}

/**
 * The base for a widget's relative `src`: the document's base URL (honours `<base href>`, and
 * works in `about:srcdoc` iframes), when running in a browser.
 */
export function pageUrl(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.baseURI;
}
