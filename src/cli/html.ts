/**
 * HTML from sources, made safe once at publish time for `content_html` (with sanitize-html; the
 * widgets never render it — they show plain text — and apps that do should pass it through
 * `sanitizeHtml` from `siar/feed`, which uses DOMPurify): basic formatting only; links http/https/mailto/tel, images http/https, both resolved against
 * the item; no scripts, handlers, styles, iframes or forms.
 */
import sanitizeHtml from 'sanitize-html';
import { safeUrl } from '../feed/url.js';
import { htmlToText } from '../feed/text.js';
import { detectVideo } from '../feed/video.js';

const TAGS = [
  'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'time', 'span',
  'a', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite', 'h2', 'h3', 'h4', 'h5', 'h6',
  'figure', 'figcaption', 'img', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'pre', 'code', 'hr', 'div',
];

/**
 * Plain text, white space and truncation are the widgets' own code (src/feed/text.ts): a title
 * or summary reads the same whether the CLI wrote it or a widget read the source directly.
 */
export { collapse, htmlToText, truncate } from '../feed/text.js';

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
