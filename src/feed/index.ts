/**
 * The feed engine: fetch, detect, parse and normalize RSS 2.0, RSS 1.0 (RDF), Atom 1.0,
 * YouTube channel Atom and JSON Feed 1.0/1.1, in the browser, with no parser library.
 *
 * @module feed
 */
export { parseFeed, parseFeedAsync } from './parse.js';
export { loadFeed, type FeedLoadOptions } from './load-feed.js';
export { loadResource, clearFeedCache, configureLoading, type LoadOptions, type LoadedFeed, type LoadMeta, type Loaded, type Codec } from './load.js';
export { FeedError, isFeedError, type FeedErrorKind } from './errors.js';
export { parseDate, parseFeedDate, type DateOptions, type FeedDate } from './dates.js';
export { safeUrl } from './url.js';
export { htmlToText } from './text.js';
export { detectVideo } from './video.js';
export { sanitizeHtml } from './sanitize.js';
export type * from './types.js';
