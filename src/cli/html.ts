/**
 * HTML from sources, made safe once at publish time (the widgets sanitize again with DOMPurify):
 * basic formatting only; links http/https/mailto/tel, images http/https, both resolved against
 * the item; no scripts, handlers, styles, iframes or forms. Also plain text from HTML for titles
 * and summaries.
 */
import sanitizeHtml from 'sanitize-html';
import { safeUrl } from '../feed/url.js';
import { detectVideo } from '../feed/video.js';

const TAGS = [
  'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'time', 'span',
  'a', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite', 'h2', 'h3', 'h4', 'h5', 'h6',
  'figure', 'figcaption', 'img', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'pre', 'code', 'hr', 'div',
];

/** Strips the WordPress "The post … appeared first on …" footer and "[…]" read-more tails. */
function tidyText(text: string): string {
  return text
    .replace(/\s*The post .{1,300}? appeared first on .{1,200}?\.?\s*$/s, '')
    // a read-more marker: dropped after a full sentence, an ellipsis after a cut one
    .replace(/([.!?»"”])?\s*\[(?:…|\.\.\.|&hellip;)\]\s*$/u, (_m, end: string | undefined) => (end ? end : '…'))
    .trim();
}

/** Collapses white space (incl. no-break and zero-width spaces). */
export const collapse = (s: string): string =>
  s
    // C1 controls from mislabelled windows-1252 text (`&#150;`): the characters their authors meant
    .replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80] ?? c)
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const BLOCK = /<(?=\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|section|article|header|footer|figure|figcaption|dd|dt|hr)\b)/gi;

/** Plain text from an HTML fragment: tags removed (block ones become spaces), entities decoded. */
export function htmlToText(html: string | undefined): string {
  if (!html) return '';
  if (!/[<&]/.test(html)) return tidyText(collapse(html));
  const text = sanitizeHtml(html.replace(BLOCK, ' <'), {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'head', 'iframe', 'object'],
  });
  // sanitize-html re-escapes the text it keeps; undo that (the output is text, not HTML).
  const decoded = text.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
  return tidyText(collapse(decoded));
}

/** Cuts text at a word boundary, adding "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/u, '')}…`;
}

export interface SanitizeContext {
  /** Base for relative links and images (the item URL, else the source URL). */
  base: string | undefined;
  /** Applies the config's rewrite_urls map. */
  rewrite: (url: string) => string;
}

/** Sanitizes an HTML fragment for `content_html`. Returns '' when nothing visible is left. */
export function sanitizeContent(html: string, ctx: SanitizeContext): string {
  const link = (raw: string | undefined, schemes: string[]): string | undefined => {
    const url = safeUrl(raw, ctx.base, schemes);
    return url === undefined ? undefined : url.startsWith('http') ? ctx.rewrite(url) : url;
  };
  const out = sanitizeHtml(html, {
    allowedTags: TAGS,
    allowedAttributes: {
      a: ['href', 'title', 'rel'],
      img: ['src', 'alt', 'title', 'width', 'height', 'loading'],
      abbr: ['title'],
      time: ['datetime'],
      ol: ['start', 'reversed'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan', 'scope'],
    },
    allowedSchemes: ['http', 'https'],
    allowedSchemesByTag: { a: ['http', 'https', 'mailto', 'tel'], img: ['http', 'https'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'head', 'object', 'embed', 'svg', 'math', 'form', 'select', 'button'],
    transformTags: {
      h1: 'h2',
      a: (_tag, attribs) => {
        const href = link(attribs.href, ['http:', 'https:', 'mailto:', 'tel:']);
        const out: Record<string, string> = {};
        if (href) out.href = href;
        if (attribs.title) out.title = attribs.title;
        if (href?.startsWith('http')) out.rel = 'noopener noreferrer';
        return { tagName: 'a', attribs: out };
      },
      img: (_tag, attribs) => {
        const src = link(attribs.src ?? attribs['data-src'], ['http:', 'https:']);
        const out: Record<string, string> = {};
        if (src) out.src = src;
        if (attribs.alt !== undefined) out.alt = attribs.alt; // alt="" marks a decorative image: keep it
        if (attribs.title) out.title = attribs.title;
        for (const k of ['width', 'height']) if (/^\d{1,5}$/.test(attribs[k] ?? '')) out[k] = attribs[k]!;
        out.loading = 'lazy';
        return { tagName: 'img', attribs: out };
      },
      // An embedded player becomes a plain link to the video (the widgets play video behind facades).
      iframe: (_tag, attribs): sanitizeHtml.Tag => {
        const video = detectVideo(safeUrl(attribs.src, ctx.base));
        if (!video) return { tagName: 'iframe', attribs: {} };
        return { tagName: 'a', attribs: { href: video.url, rel: 'noopener noreferrer' }, text: video.url };
      },
    },
    exclusiveFilter: (frame) =>
      (frame.tag === 'img' && !frame.attribs.src) ||
      (frame.tag === 'a' && !frame.attribs.href && !frame.text.trim()) ||
      ((frame.tag === 'p' || frame.tag === 'span' || frame.tag === 'div') && !frame.text.trim() && !frame.mediaChildren.length),
  });
  const trimmed = out.trim();
  return (htmlToText(trimmed) || /<img\b/.test(trimmed)) ? trimmed : '';
}

/** `src` of the first image in sanitized HTML (attributes are double-quoted there). */
export function firstImage(sanitized: string): string | undefined {
  const m = /<img\b[^>]*\bsrc="([^"]+)"/.exec(sanitized);
  return m?.[1]?.replace(/&amp;/g, '&');
}
