/**
 * The feed API that `dist/siar.js` exports next to the widgets: loading and parsing resolve to
 * the normalized model, with the parser loaded on demand, so the one-script-tag bundle does not
 * carry it at start-up. `siar/feed` (src/feed/index.ts) adds the synchronous parser and the
 * engine's building blocks.
 *
 * @internal
 */
export { parseFeed } from './lazy.js';
export { loadFeed, type FeedLoadOptions } from './load-feed.js';
export { loadResource, clearFeedCache, configureLoading, type LoadingDefaults, type LoadOptions, type LoadedFeed, type LoadMeta, type Loaded, type Codec } from './load.js';
export { FeedError, isFeedError, type FeedErrorKind } from './errors.js';
export { safeUrl } from './url.js';
export type * from './types.js';
