/**
 * The embed page's allowlist: which origins, besides its own, `embed.html` may show data from.
 *
 * `embed.html` on a province's domain speaks with that province's voice, so a crafted link must not
 * be able to make it show someone else's "official" text. The list is fixed when the page is
 * built (`scripts/build-embed.mjs`, `siar build` with `embed.allow` in its config) and written
 * into the page twice:
 *
 * - `<meta name="siar-embed-allow" content="https://a.example https://b.example">`, which the
 *   page's script reads to refuse every other source before it loads anything (params.ts);
 * - the Content-Security-Policy's `connect-src 'self' https://a.example https://b.example`, so the
 *   browser blocks any other request even if the script were wrong.
 *
 * No browser or Node-only API is used here: the same code runs in the page, the build script and
 * the publisher CLI.
 */

/** The `name` of the meta element that carries the allowlist. */
export const ALLOW_META = 'siar-embed-allow';

// A host name (letters, digits, `-`, dots; IDNs arrive here as punycode) or a bracketed IPv6
// address, with an optional port. Anything else (`;`, quotes, spaces) could break out of the
// policy or the attribute, and is refused.
const ORIGIN = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/**
 * An allowlist entry as an origin (`https://host[:port]`, lower case, default port dropped), or
 * `undefined` when it is not one: other schemes, paths, credentials, queries, fragments and
 * wildcards are refused rather than guessed at.
 */
export function allowOrigin(value: string): string | undefined {
  const text = value.trim();
  if (!/^https?:\/\/[^/?#\s]+\/?$/i.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  return ORIGIN.test(url.origin) ? url.origin : undefined;
}

/** The origins of a space-separated list (the meta element's content); invalid entries are dropped. */
export function parseAllowlist(content: string | null | undefined): string[] {
  return [...new Set((content ?? '').split(/\s+/).filter(Boolean).map(allowOrigin).filter((o): o is string => !!o))];
}

/** Replaces the one match of `pattern` in `html`, or throws: the template must have exactly one. */
function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = html.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
  if (matches.length !== 1) throw new Error(`The embed page template must contain exactly one ${what}; found ${matches.length}.`);
  return html.replace(pattern, () => replacement);
}

/**
 * `embed.html` with `origins` as its allowlist, in the meta element and in the CSP's
 * `connect-src` (`'self'` plus the origins). Works on the template and on an already built page
 * alike. Throws on an entry that is not an origin (see {@link allowOrigin}) and on a page without
 * exactly one of each place.
 */
export function bakeEmbedPage(html: string, origins: readonly string[]): string {
  const list: string[] = [];
  for (const entry of origins) {
    const origin = allowOrigin(entry);
    if (!origin) throw new Error(`Not an origin for the embed allowlist: "${entry}" (write it as https://host or https://host:port).`);
    if (!list.includes(origin)) list.push(origin);
  }
  const withMeta = replaceOnce(html, /<meta name="siar-embed-allow" content="[^"]*" \/>/, `<meta name="siar-embed-allow" content="${list.join(' ')}" />`, `<meta name="${ALLOW_META}">`);
  return replaceOnce(withMeta, /(?<=content="[^"]*)connect-src [^;"]*(?=;)/, ["connect-src 'self'", ...list].join(' '), 'connect-src directive');
}
