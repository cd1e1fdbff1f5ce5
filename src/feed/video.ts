import type { FeedVideo, VideoProvider } from './types.js';

/**
 * Recognises video URLs of the providers Siar puts behind facades. Hosts are matched exactly
 * (or as true subdomains), so `youtube.com.evil.example` and `evil-youtube.com` are rejected.
 */

const YT_ID = /^[A-Za-z0-9_-]{11}$/;
const DIGITS = /^\d{5,25}$/;
const IG_ID = /^[A-Za-z0-9_-]{5,40}$/;

/**
 * What a URL the checks below can accept must contain, as written (most links in a feed are not
 * videos, and parsing each is the costliest step): a provider's host, a video file extension, or
 * anything the URL parser would rewrite (percent escapes, non-ASCII, tabs and newlines).
 */
const MAYBE_VIDEO = /youtu|tiktok\.com|instagram\.com|facebook\.com|fb\.watch|\.(?:mp4|webm|m4v)|[%\t\n\r\u0080-\uffff]/i;

function hostIs(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

function parse(raw: string): URL | undefined {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Canonical page URL for a provider id. */
export function videoPageUrl(provider: VideoProvider, id: string, vertical = false): string | undefined {
  switch (provider) {
    case 'youtube':
      if (!YT_ID.test(id)) return undefined;
      return vertical ? `https://www.youtube.com/shorts/${id}` : `https://www.youtube.com/watch?v=${id}`;
    case 'tiktok':
      return DIGITS.test(id) ? `https://www.tiktok.com/embed/v2/${id}` : undefined;
    case 'instagram':
      return IG_ID.test(id) ? `https://www.instagram.com/${vertical ? 'reel' : 'p'}/${id}/` : undefined;
    case 'facebook':
      return DIGITS.test(id) ? `https://www.facebook.com/watch/?v=${id}` : undefined;
    case 'file':
      return parse(id)?.href;
  }
}

/** Extracts provider and id from a video page or file URL; `undefined` for anything else. */
export function detectVideo(raw: string | undefined, mimeType?: string): FeedVideo | undefined {
  if (!raw || (!mimeType && !MAYBE_VIDEO.test(raw))) return undefined;
  const url = parse(raw);
  if (!url) return undefined;
  const host = url.hostname.toLowerCase();
  const path = url.pathname;
  let m: RegExpMatchArray | null;

  if (hostIs(host, 'youtube.com') || hostIs(host, 'youtube-nocookie.com')) {
    let id: string | null = null;
    let vertical = false;
    if (path === '/watch') id = url.searchParams.get('v');
    else if ((m = path.match(/^\/(shorts|embed|live|v)\/([^/?#]+)/))) {
      id = m[2] ?? null;
      vertical = m[1] === 'shorts';
    }
    if (id && YT_ID.test(id)) {
      return { provider: 'youtube', id, url: videoPageUrl('youtube', id, vertical)!, aspect: vertical ? '9:16' : '16:9' };
    }
    return undefined;
  }
  if (host === 'youtu.be') {
    const id = path.slice(1).split('/')[0] ?? '';
    return YT_ID.test(id) ? { provider: 'youtube', id, url: videoPageUrl('youtube', id)!, aspect: '16:9' } : undefined;
  }
  if (hostIs(host, 'tiktok.com')) {
    m = path.match(/^\/@[\w.-]+\/video\/(\d{5,25})/) ?? path.match(/^\/embed(?:\/v2)?\/(\d{5,25})/);
    return m?.[1] ? { provider: 'tiktok', id: m[1], url: url.origin + url.pathname, aspect: '9:16' } : undefined;
  }
  if (hostIs(host, 'instagram.com')) {
    m = path.match(/^\/(p|reel|reels|tv)\/([A-Za-z0-9_-]{5,40})/);
    if (!m?.[2]) return undefined;
    const vertical = m[1] !== 'p';
    return { provider: 'instagram', id: m[2], url: videoPageUrl('instagram', m[2], vertical)!, aspect: vertical ? '9:16' : '1:1' };
  }
  if (hostIs(host, 'facebook.com') || host === 'fb.watch') {
    const id =
      url.searchParams.get('v') ??
      path.match(/\/videos\/(?:[^/]+\/)?(\d{5,25})/)?.[1] ??
      path.match(/^\/reel\/(\d{5,25})/)?.[1];
    if (id && DIGITS.test(id)) return { provider: 'facebook', id, url: url.href, aspect: path.startsWith('/reel/') ? '9:16' : '16:9' };
    if (host === 'fb.watch' && path.length > 1) return { provider: 'facebook', id: path.slice(1).replace(/\/$/, ''), url: url.href, aspect: '16:9' };
    return undefined;
  }
  const type = mimeType?.toLowerCase();
  if (type === 'video/mp4' || type === 'video/webm' || /\.(mp4|webm|m4v)$/i.test(path)) {
    return { provider: 'file', id: url.href, url: url.href, type: type ?? (/\.webm$/i.test(path) ? 'video/webm' : 'video/mp4') };
  }
  return undefined;
}
