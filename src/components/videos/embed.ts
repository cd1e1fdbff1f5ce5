import type { FeedVideo } from '../../feed/types.js';

/**
 * Player and thumbnail URLs per provider. Nothing here is requested until the user presses
 * play (players) or the facade renders (thumbnails, unless `thumbnails="local"`).
 */

/** Hosts that belong to video providers: with `thumbnails="local"`, no image from these is used. */
const PROVIDER_HOSTS = ['youtube.com', 'youtube-nocookie.com', 'ytimg.com', 'ggpht.com', 'tiktok.com', 'tiktokcdn.com', 'instagram.com', 'cdninstagram.com', 'fbcdn.net', 'facebook.com'];

export function isProviderHost(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return PROVIDER_HOSTS.some((d) => host === d || host.endsWith(`.${d}`));
  } catch {
    return false;
  }
}

/** The player URL to load after a click, already set to play. `undefined` for self-hosted files. */
export function playerUrl(video: FeedVideo): string | undefined {
  const id = encodeURIComponent(video.id);
  switch (video.provider) {
    case 'youtube':
      return `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&playsinline=1&rel=0`;
    case 'tiktok':
      return `https://www.tiktok.com/player/v1/${id}?autoplay=1&rel=0`;
    case 'instagram':
      return `https://www.instagram.com/${video.aspect === '9:16' ? 'reel' : 'p'}/${id}/embed/`;
    case 'facebook':
      return `https://www.facebook.com/plugins/video.php?autoplay=1&href=${encodeURIComponent(video.url)}`;
    case 'file':
      return undefined;
  }
}

/** YouTube's own thumbnails, best first: a missing size answers 404 and the next is tried. */
export function youtubeThumbnails(id: string): string[] {
  return ['maxresdefault', 'sddefault', 'hqdefault'].map((size) => `https://i.ytimg.com/vi/${encodeURIComponent(id)}/${size}.jpg`);
}

/** CSS aspect ratio from "16:9" / "9:16" (default 16 / 9). */
export function aspectRatio(aspect: string | undefined): string {
  const m = /^(\d{1,2}):(\d{1,2})$/.exec(aspect ?? '');
  return m ? `${m[1]} / ${m[2]}` : '16 / 9';
}
