/**
 * YouTube publishes an Atom feed (15 newest videos, with Media RSS thumbnails and view counts)
 * for every channel and playlist; the API needs a key, this does not. The base URL can be
 * overridden (`youtube_feed_base` in the config, or SIAR_YOUTUBE_FEED_BASE), for tests and for
 * a caching proxy.
 */

export const YOUTUBE_FEED_BASE = 'https://www.youtube.com/feeds/videos.xml';

/** `UC…` from a channel id or a youtube.com/channel/UC… URL. */
export function channelId(value: string): string {
  return /(UC[A-Za-z0-9_-]{22})/.exec(value)?.[1] ?? value;
}

/** `PL…` from a playlist id or a youtube.com/playlist?list=… URL. */
export function playlistId(value: string): string {
  return /[?&]list=([A-Za-z0-9_-]+)/.exec(value)?.[1] ?? value;
}

export function youtubeFeedUrl(base: string, kind: 'channel' | 'playlist', value: string): string {
  const url = new URL(base);
  if (kind === 'channel') url.searchParams.set('channel_id', channelId(value));
  else url.searchParams.set('playlist_id', playlistId(value));
  return url.href;
}
