import { feedBody } from './detect.js';
import { loadXmlReader } from './lazy.js';
import { uniqueById } from './normalize.js';
import { parseJsonFeedAsync } from './parse-json.js';
import type { Feed, ParseOptions } from './types.js';

/**
 * What `parseFeed` and `loadFeed` run once the engine is loaded: the same result as
 * `parseFeedSync`, with the work cut into slices of a few milliseconds between which the page's
 * main thread is free (`scheduler.yield()` where there is one). The XML reader (tokenizer and
 * RSS/Atom reader) is a module of its own, loaded only for XML feeds: a page whose widgets read
 * the publisher kit's JSON feeds never downloads it.
 *
 * @internal
 */
export async function parseFeedAsync(text: string, options: ParseOptions = {}): Promise<Feed> {
  const { body, format } = feedBody(text, options.contentType);
  const dates = { timeZone: options.timeZone };
  let feed: Feed;
  if (format === 'json') {
    feed = await parseJsonFeedAsync(body, options.baseUrl, dates);
  } else {
    const xml = await loadXmlReader();
    feed = await xml.parseXmlInSlices(() => xml.parseXmlFeed(body, options.baseUrl, dates));
  }
  feed.items = uniqueById(feed.items);
  return feed;
}
