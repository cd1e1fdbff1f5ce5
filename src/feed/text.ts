import { parseInert } from './inert.js';

/** Elements whose text is never content. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object']);
/** Elements that separate words when their tags are removed. */
const BLOCK =
  /^(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|section|article|header|footer|figure|figcaption|dd|dt|hr)$/;

const TAG_OR_ENTITY = /<[a-z!/?]|&(#\d+|#x[\da-f]+|[a-z][a-z\d]*)/i;

/**
 * Windows-1252 characters that mislabelled feeds carry as C1 controls (`&#146;` for ’): the
 * characters their authors meant.
 */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Collapses runs of white space (incl. non-breaking) into single spaces and trims. */
export function collapse(text: string): string {
  return text
    .replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] ?? c)
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

/** Plain text and the first image of an HTML fragment. */
export interface HtmlInfo {
  text: string;
  /** `src` of the first `<img>`, unresolved and unchecked. */
  image?: string;
  imageAlt?: string;
}

/** The named references feeds actually use; anything else goes to the browser's parser. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»', bull: '•',
  middot: '·', copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢',
  sect: '§', para: '¶', times: '×', divide: '÷', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾',
  eacute: 'é', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à', acirc: 'â', oacute: 'ó', ocirc: 'ô',
  uacute: 'ú', iacute: 'í', ccedil: 'ç', ntilde: 'ñ', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', shy: '\u00ad',
  zwnj: '\u200c', zwj: '\u200d', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
};

/** Decodes character references; `undefined` when one needs the full HTML rules (unknown or unterminated). */
function decodeEntities(text: string): string | undefined {
  let unknown = false;
  const out = text.replace(/&(#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|[a-zA-Z][a-zA-Z\d]*)(;?)/g, (m, _ref, dec?: string, hex?: string, semi?: string) => {
    if (!semi) {
      unknown = true;
      return m;
    }
    if (dec || hex) {
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    const named = NAMED[m.slice(1, -1)];
    if (named === undefined) unknown = true;
    return named ?? m;
  });
  return unknown ? undefined : out;
}

/** A tag, with quoted attribute values that may contain `>`. */
const TAG = /<\/?([a-zA-Z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
/** Content the fast path leaves to the browser's parser: raw-text elements, CDATA, foreign content. */
const HARD = /<(script|style|noscript|template|iframe|object|textarea|title|xmp|plaintext|noembed|noframes|svg|math)\b|<!\[CDATA\[/i;

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  const raw = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  return raw === undefined ? undefined : decodeEntities(raw) ?? raw;
}

/**
 * Plain text of ordinary feed HTML with string operations only (the common case, and ten times
 * faster than building a document per item). `undefined` when the fragment needs the full HTML
 * parsing rules; the caller then uses the inert parser.
 */
function fastHtmlInfo(html: string): HtmlInfo | undefined {
  if (HARD.test(html)) return undefined;
  let image: string | undefined;
  let imageAlt: string | undefined;
  const stripped = html.replace(/<!--[\s\S]*?-->/g, '').replace(TAG, (tag, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'img' && image === undefined) {
      image = attribute(tag, 'src');
      imageAlt = attribute(tag, 'alt');
    }
    return BLOCK.test(lower) ? ' ' : '';
  });
  // Anything still tag-like is malformed markup: let the real parser decide what it means.
  if (/<[a-zA-Z/!?]/.test(stripped)) return undefined;
  const text = decodeEntities(stripped);
  if (text === undefined) return undefined;
  const info: HtmlInfo = { text: collapse(text) };
  if (image) info.image = image;
  if (imageAlt) info.imageAlt = imageAlt;
  return info;
}

/**
 * Reads an untrusted HTML fragment as plain text, without executing or loading anything:
 * string operations for ordinary markup, else an inert document (see {@link parseInert}).
 * Block elements separate words; scripts, styles and the like are dropped; entities are decoded.
 */
export function htmlInfo(html: string | null | undefined): HtmlInfo {
  if (!html) return { text: '' };
  if (!TAG_OR_ENTITY.test(html)) return { text: collapse(html) };
  return fastHtmlInfo(html) ?? slowHtmlInfo(html);
}

/** The inert-document path alone (exported so tests can hold the fast path to it). */
export function slowHtmlInfo(html: string): HtmlInfo {
  const doc = parseInert(`<!doctype html><body>${html}`, 'text/html');
  const parts: string[] = [];
  let image: string | undefined;
  let imageAlt: string | undefined;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? '');
      } else if (child.nodeType === 1) {
        const name = (child as Element).localName;
        if (SKIP.has(name)) continue;
        if (name === 'img' && image === undefined) {
          image = (child as Element).getAttribute('src') ?? undefined;
          imageAlt = (child as Element).getAttribute('alt') ?? undefined;
        }
        const block = BLOCK.test(name);
        if (block) parts.push(' ');
        walk(child);
        if (block) parts.push(' ');
      }
    }
  };
  walk(doc.body);
  const info: HtmlInfo = { text: collapse(parts.join('')) };
  if (image) info.image = image;
  if (imageAlt) info.imageAlt = imageAlt;
  return info;
}

/** Plain text of an untrusted HTML fragment. */
export function htmlToText(html: string | null | undefined): string {
  return htmlInfo(html).text;
}

/** Shortens plain text to at most `max` characters on a word boundary, adding an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
