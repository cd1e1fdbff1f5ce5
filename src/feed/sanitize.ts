import { safeUrl } from './url.js';

/**
 * Rich HTML from a feed, made safe with DOMPurify. DOMPurify is loaded on first use, as its own
 * chunk, so pages whose widgets show only plain text never download it.
 *
 * Beyond DOMPurify's defaults: no forms, frames, SVG, MathML or inline styles; every link and
 * image resolved against the feed URL and kept only when `http(s)` (`mailto:`/`tel:` for links);
 * links open in a new tab with `rel="noopener noreferrer"`; images load lazily.
 */

type Purify = typeof import('dompurify').default;
let purifier: Promise<Purify> | undefined;

function load(): Promise<Purify> {
  purifier ??= import('dompurify').then(({ default: DOMPurify }) => {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      const el = node as Element;
      const base = (DOMPurify as unknown as { _siarBase?: string })._siarBase;
      if (el.localName === 'a') {
        const href = safeUrl(el.getAttribute('href'), base, ['http:', 'https:', 'mailto:', 'tel:']);
        if (href) {
          el.setAttribute('href', href);
          el.setAttribute('target', '_blank');
          el.setAttribute('rel', 'noopener noreferrer');
        } else {
          el.removeAttribute('href');
        }
      }
      if (el.localName === 'img') {
        const src = safeUrl(el.getAttribute('src'), base);
        if (src) el.setAttribute('src', src);
        else el.removeAttribute('src');
        el.removeAttribute('srcset');
        el.setAttribute('loading', 'lazy');
        el.setAttribute('decoding', 'async');
        el.setAttribute('referrerpolicy', 'no-referrer');
      }
    });
    return DOMPurify;
  });
  return purifier;
}

const CONFIG = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'link', 'meta', 'base'],
  FORBID_ATTR: ['style', 'srcset', 'formaction', 'action', 'ping'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  ALLOW_DATA_ATTR: false,
};

/**
 * Sanitizes untrusted HTML for rendering (e.g. with Lit's `unsafeHTML`). Relative links and
 * images resolve against `baseUrl`.
 */
export async function sanitizeHtml(html: string, baseUrl?: string): Promise<string> {
  const DOMPurify = await load();
  const holder = DOMPurify as unknown as { _siarBase?: string };
  holder._siarBase = baseUrl;
  try {
    return DOMPurify.sanitize(html, CONFIG) as string;
  } finally {
    holder._siarBase = undefined;
  }
}
