import { inertHTML } from './inert.js';
import { safeUrl } from './url.js';

/**
 * `sanitizeHtml()`: a feed item's rich HTML (`contentHtml`), made safe with DOMPurify, for apps
 * that use the programmatic API (`siar/feed`) to render full articles themselves. No widget calls
 * it: the widgets show plain text only (titles, summaries as text; see docs/security.md), so
 * DOMPurify is loaded on the first call, as its own chunk, and never on pages that only use the
 * widgets.
 *
 * Siar uses a private DOMPurify instance (`DOMPurify(window)`) with its own hooks: the page's own
 * `DOMPurify` (the shared default instance, when the app imports the same copy) is left exactly
 * as it was. Under Trusted Types it parses through Siar's `siar-inert` policy (its input only ever
 * goes into a detached document), so it creates no `dompurify` policy that could collide with
 * the app's own DOMPurify.
 *
 * Beyond DOMPurify's defaults: no forms, frames, SVG, MathML, inline styles, `srcset` or `ping`;
 * every link, image, video, audio, source and track URL (and a video's `poster`) resolved against
 * the feed URL and kept only when `http(s)` (`mailto:`/`tel:` for links); links open in a new tab
 * with `rel="noopener noreferrer"`; images load lazily without a referrer; media never autoplay,
 * get controls, and preload nothing until the reader presses play.
 */

type Purify = ReturnType<typeof import('dompurify').default>;
type Config = import('dompurify').Config;
let purifier: Promise<Purify> | undefined;
/** The base URL of the call in progress (sanitize is synchronous, so one at a time). */
let currentBase: string | undefined;

/** Media elements and their URL attributes. */
const MEDIA: Record<string, readonly string[]> = {
  video: ['src', 'poster'],
  audio: ['src'],
  source: ['src'],
  track: ['src'],
};

/** Keeps `el[name]` only as an absolute http(s) URL resolved against the current base. */
function resolveAttribute(el: Element, name: string): void {
  if (!el.hasAttribute(name)) return;
  const url = safeUrl(el.getAttribute(name), currentBase);
  if (url) el.setAttribute(name, url);
  else el.removeAttribute(name);
}

function load(): Promise<Purify> {
  purifier ??= import('dompurify').then(({ default: createDOMPurify }) => {
    // A new instance: hooks added here never reach the page's own DOMPurify.
    const purify = createDOMPurify(window);
    purify.addHook('afterSanitizeAttributes', (node) => {
      const el = node as Element;
      const name = el.localName;
      if (name === 'a') {
        const href = safeUrl(el.getAttribute('href'), currentBase, ['http:', 'https:', 'mailto:', 'tel:']);
        if (href) {
          el.setAttribute('href', href);
          el.setAttribute('target', '_blank');
          el.setAttribute('rel', 'noopener noreferrer');
        } else {
          el.removeAttribute('href');
        }
      } else if (name === 'img') {
        resolveAttribute(el, 'src');
        el.removeAttribute('srcset');
        el.setAttribute('loading', 'lazy');
        el.setAttribute('decoding', 'async');
        el.setAttribute('referrerpolicy', 'no-referrer');
      } else if (Object.hasOwn(MEDIA, name)) {
        for (const attribute of MEDIA[name]!) resolveAttribute(el, attribute);
        if (name === 'video' || name === 'audio') {
          el.removeAttribute('autoplay');
          el.setAttribute('controls', '');
          el.setAttribute('preload', 'none');
        }
      }
    });
    return purify;
  });
  return purifier;
}

/**
 * DOMPurify's Trusted Types policy: `createHTML` feeds its inert parsing document (see
 * inert.ts); script URLs are never needed (`<script>`, `<embed>`, `<object>` are removed before
 * their attributes are looked at) and are refused.
 */
const POLICY = {
  createHTML: inertHTML,
  createScriptURL: (): never => {
    throw new TypeError('sanitizeHtml: script URLs are never allowed.');
  },
};

const CONFIG = {
  TRUSTED_TYPES_POLICY: POLICY as unknown as Config['TRUSTED_TYPES_POLICY'],
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'link', 'meta', 'base'],
  FORBID_ATTR: ['style', 'srcset', 'formaction', 'action', 'ping', 'autoplay'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  ALLOW_DATA_ATTR: false,
};

/**
 * Sanitizes untrusted HTML for rendering (e.g. with Lit's `unsafeHTML`). Relative links, images
 * and media resolve against `baseUrl` (without one, relative URLs are dropped).
 */
export async function sanitizeHtml(html: string, baseUrl?: string): Promise<string> {
  const purify = await load();
  currentBase = baseUrl;
  try {
    return purify.sanitize(html, CONFIG) as string;
  } finally {
    currentBase = undefined;
  }
}
