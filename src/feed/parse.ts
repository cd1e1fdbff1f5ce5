import { feedBody } from './detect.js';
import { uniqueById } from './normalize.js';
import { parseJsonFeed } from './parse-json.js';
import { parseXmlFeed } from './parse-xml.js';
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

function withUniqueIds(feed: Feed): Feed {
  feed.items = uniqueById(feed.items);
  return feed;
}

function readFeed(text: string, options: ParseOptions): Feed {
  const { body, format } = feedBody(text, options.contentType);
  const dates = { timeZone: options.timeZone };
  return format === 'json' ? parseJsonFeed(body, options.baseUrl, dates) : parseXmlFeed(body, options.baseUrl, dates);
}
