import { loadEngine, loadXmlReader } from './lazy.js';
import { yieldToMain } from './slices.js';
import { loadResource, type Codec, type LoadedFeed, type LoadOptions } from './load.js';
import type { Feed, FeedItem } from './types.js';
import { DEFAULT_DATE_ZONE } from './zone.js';

/** Items kept in the last-known-good copy: widgets show far fewer, and storage is the host page's. */
const LKG_ITEMS = 50;

type StoredItem = Omit<FeedItem, 'published' | 'updated'> & { published?: string; updated?: string };

/** Options for {@link loadFeed}: the loader's, plus the feed's time zone. */
export interface FeedLoadOptions extends LoadOptions {
  /**
   * IANA time zone in which dates written without a zone are read (see `ParseOptions.timeZone`).
   * Default `Asia/Jakarta` (WIB). The same URL loaded for two zones is parsed, cached and kept as
   * last-known-good copy separately, since its dates differ.
   */
  timeZone?: string | undefined;
}

/** Feeds are stored without rich HTML and with at most {@link LKG_ITEMS} items; dates as ISO strings. */
const FEED_STORAGE: Omit<Codec<Feed>, 'name' | 'parse'> = {
  store: (feed) => ({
    ...feed,
    items: feed.items.slice(0, LKG_ITEMS).map(({ contentHtml: _drop, ...item }) => ({
      ...item,
      published: item.published?.toISOString(),
      updated: item.updated?.toISOString(),
    })),
  }),
  restore: (stored) => {
    const feed = stored as Omit<Feed, 'items'> & { items: StoredItem[] };
    return {
      ...feed,
      items: feed.items.map(({ published, updated, ...rest }) => {
        const item: FeedItem = { ...rest, published: published ? new Date(published) : undefined };
        if (updated) item.updated = new Date(updated);
        return item;
      }),
    };
  },
};

/**
 * One codec per time zone: its `name` keys the memory, in-flight and last-known-good caches (the
 * request itself is shared by URL). Decoder and parser come from the lazily loaded engine.
 */
const codecs = new Map<string, Codec<Feed>>();

function feedCodec(timeZone: string): Codec<Feed> {
  let codec = codecs.get(timeZone);
  if (!codec) {
    codec = {
      ...FEED_STORAGE,
      name: `feed@${timeZone}`,
      decode: async (bytes, contentType) => (await loadEngine()).decode(bytes, contentType),
      // A large feed's parse is never one long task on the page's main thread.
      parse: async (text, { contentType, baseUrl }) => (await loadEngine()).parseFeedAsync(text, { contentType, baseUrl, timeZone }),
    };
    codecs.set(timeZone, codec);
  }
  return codec;
}

/**
 * Fetches and parses a feed. Every widget on a page goes through here, so the same URL is
 * requested once: concurrent callers share one in-flight request, and later callers within
 * the TTL get the copy in memory. Requests omit credentials (feeds are public; cookies of
 * the feed's host are never sent from an embedding page).
 *
 * Dates written without a zone are read in `options.timeZone` (default WIB), so a widget passes
 * the zone it shows dates in.
 *
 * On failure it throws a {@link FeedError} (`network`, `http`, `timeout`, `too-large`, `parse`,
 * `unsupported`, `aborted`), unless a last-known-good copy no older than `options.maxStaleAge`
 * (default 7 days) exists, which it returns with `source: 'stale'`, the `fetchedAt` of the copy
 * and the `error`. Copies hold at most 50 items, without `contentHtml`, and share a small budget of
 * the page's `localStorage` (see `configureLoading`).
 */
export function loadFeed(input: string | URL, options: FeedLoadOptions = {}): Promise<LoadedFeed> {
  const { timeZone, ...load } = options;
  // The parser downloads while the feed does (the XML reader too, unless the URL names a JSON
  // file), requested in the task after the feed's, so that no one task starts every download; a
  // failure here surfaces, as a FeedError, when the feed is read.
  const result = loadResource(input, load, feedCodec(timeZone || DEFAULT_DATE_ZONE));
  void yieldToMain().then(() => {
    loadEngine().catch(() => {});
    if (!/\.json(?:[?#]|$)/i.test(String(input))) loadXmlReader().catch(() => {});
  });
  return result;
}

