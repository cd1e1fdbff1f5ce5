/**
 * Telling real item images from tracking pixels. Feeds carry 1×1 images that only count readers
 * (FeedBurner's `~r` links, WordPress stats, analytics beacons), in `media:content` and in the
 * content HTML; published as an item's image they show as an empty box, and every widget on every
 * site would request them.
 */

/** Hosts (and host + path prefixes) that serve nothing but counting pixels. */
const PIXEL_HOSTS = [
  /^pixel\.wp\.com$/,
  /^stats\.wordpress\.com$/,
  /(^|\.)doubleclick\.net$/,
  /(^|\.)google-analytics\.com$/,
  /(^|\.)scorecardresearch\.com$/,
  /(^|\.)quantserve\.com$/,
  /(^|\.)feedsportal\.com$/,
  /(^|\.)pixel\.[^.]+\.[^.]+/,
];

/** Paths of pixels on ordinary hosts: FeedBurner `/~r/`, `/~ff/`, FeedBlitz `/~/i/`, 1×1 names. */
const PIXEL_PATHS = [
  /\/~r\//,
  /\/~ff\//,
  /\/~\/i\//,
  /(^|\/)(pixel|1x1|spacer|blank|transparent|clear|tracking|tracker|beacon)\.(gif|png|webp)$/i,
  /(^|\/)[tb]\.gif$/i,
];

/** True for a URL that is a known tracking pixel. */
export function isPixelUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return false;
  }
  const host = u.hostname.toLowerCase();
  if (PIXEL_HOSTS.some((re) => re.test(host))) return true;
  const path = u.pathname;
  if (host === 'www.facebook.com' && path.startsWith('/tr')) return true;
  return PIXEL_PATHS.some((re) => re.test(path));
}

/** True when a width or height (attribute text or number) says the image is at most 2 px. */
export function isTinySize(width: unknown, height: unknown): boolean {
  const small = (v: unknown): boolean => {
    if (typeof v === 'number') return Number.isFinite(v) && v <= 2;
    if (typeof v !== 'string') return false;
    const m = /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/i.exec(v);
    return !!m && Number(m[1]) <= 2;
  };
  return small(width) || small(height);
}

const IMG = /<img\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;

function attribute(attrs: string, name: string): string | undefined {
  const a = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
  return a ? (a[1] ?? a[2] ?? a[3]) : undefined;
}

/** True for an `<img>` (its attribute text) that is tiny or a known pixel. */
function isPixelImg(attrs: string): boolean {
  const src = attribute(attrs, 'src')?.replace(/&amp;/g, '&').trim();
  return isTinySize(attribute(attrs, 'width'), attribute(attrs, 'height')) || (!!src && isPixelUrl(src));
}

/**
 * Source HTML without its tracking pixels (`<img>` of at most 2 px, or from a known pixel URL), so
 * that neither the item's image nor its published content carries them. The result is sanitized
 * later like any source HTML.
 */
export function stripPixels(html: string): string {
  if (!/<img\b/i.test(html)) return html;
  return html.replace(IMG, (tag, attrs: string) => (isPixelImg(attrs) ? '' : tag));
}
