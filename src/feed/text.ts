import { parseInert } from './inert.js';

/** Elements whose text is never content. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object']);
/** Elements that separate words when their tags are removed. */
const BLOCK =
  /^(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|section|article|header|footer|figure|figcaption|dd|dt|hr)$/;

const TAG_OR_ENTITY = /<[a-z!/?]|&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

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

/**
 * Reads an untrusted HTML fragment as plain text, without executing or loading anything
 * (see {@link parseInert}). Block elements separate words; scripts, styles and the like are
 * dropped; entities are decoded.
 */
export function htmlInfo(html: string | null | undefined): HtmlInfo {
  if (!html) return { text: '' };
  if (!TAG_OR_ENTITY.test(html)) return { text: collapse(html) };
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
