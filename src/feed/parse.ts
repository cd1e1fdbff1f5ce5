import { FeedError } from './errors.js';
import { uniqueById } from './normalize.js';
import { parseJsonFeed } from './parse-json.js';
import { parseXmlFeed, parseXmlInSlices } from './parse-xml.js';
import type { Feed, ParseOptions } from './types.js';

/**
 * `parseFeed` without the wait: parses feed text in any supported format (RSS 2.0, RSS 1.0,
 * Atom 1.0, YouTube channel Atom, JSON Feed 1.0/1.1) into the normalized {@link Feed} model, at
 * once, on the calling thread. For scripts and workers that have the whole engine loaded anyway
 * (`siar/feed` imports it statically); on a page, prefer `parseFeed`, which never makes a long task.
 * Throws a {@link FeedError} of kind `parse` (malformed text) or `unsupported` (well-formed, but
 * not a feed).
 *
 * @example
 * ```ts
 * import { parseFeedSync } from 'siar/feed';
 * const feed = parseFeedSync(xmlText, { baseUrl: 'https://contohprov.go.id/rss' });
 * ```
 */
export function parseFeedSync(text: string, options: ParseOptions = {}): Feed {
  return withUniqueIds(readFeed(text, options));
}

/**
 * {@link parseFeedSync} without a long task: the same result, with the work for a large XML feed
 * (tokenizing, then building the items) cut into slices of a few milliseconds between which the
 * browser's main thread is free (`scheduler.yield()` where there is one). What `parseFeed` and
 * `loadFeed` run once the engine is loaded.
 *
 * @internal
 */
export async function parseFeedAsync(text: string, options: ParseOptions = {}): Promise<Feed> {
  return withUniqueIds(await parseXmlInSlices(() => readFeed(text, options)));
}

function withUniqueIds(feed: Feed): Feed {
  feed.items = uniqueById(feed.items);
  return feed;
}

function readFeed(text: string, options: ParseOptions): Feed {
  if (typeof text !== 'string') throw new FeedError('parse', 'Feed text must be a string.');
  const body = text.replace(/^\uFEFF/, '').trimStart();
  const type = (options.contentType ?? '').toLowerCase();
  const dates = { timeZone: options.timeZone };
  let feed: Feed;
  if (body.startsWith('{') || (!body.startsWith('<') && /json/.test(type))) {
    feed = parseJsonFeed(body, options.baseUrl, dates);
  } else if (body.startsWith('<')) {
    feed = parseXmlFeed(body, options.baseUrl, dates);
  } else if (!body) {
    throw new FeedError('parse', 'The feed is empty.');
  } else {
    throw new FeedError('unsupported', 'The text is neither XML nor JSON.');
  }
  return feed;
}
