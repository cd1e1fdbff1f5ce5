import { FeedError } from './errors.js';
import type { Feed, ParseOptions } from './types.js';

type Engine = typeof import('./engine.js');
type XmlReader = typeof import('./parse-xml.js');

/** A module imported on first use: {@link lazyModule}. */
export interface LazyModule<T> {
  /** Imports the module once per page (later calls share the import). */
  (): Promise<T>;
  /** The module once it has loaded, else `undefined`. */
  loaded(): T | undefined;
}

/**
 * A dynamic import made once per page, on first use. A failed import (a CDN hiccup, offline) is
 * not remembered: the next call tries again; it rejects with a `network` {@link FeedError} saying
 * "Siar's <what> could not be loaded." `prepare` runs once on the module when it arrives (e.g. to
 * parse its styles). The one way Siar loads its lazy parts: the feed engine, the XML reader, the
 * directory's and the alert's readers.
 *
 * @internal
 */
export function lazyModule<T>(load: () => Promise<T>, what: string, prepare?: (module: T) => void): LazyModule<T> {
  let pending: Promise<T> | undefined;
  let module: T | undefined;
  const get = (() =>
    (pending ??= load().then(
      (value) => {
        prepare?.(value);
        return (module = value);
      },
      (cause: unknown) => {
        pending = undefined;
        throw new FeedError('network', `Siar's ${what} could not be loaded.`, { cause });
      },
    ))) as LazyModule<T>;
  get.loaded = () => module;
  return get;
}

/**
 * The feed engine, imported once per page on first use. Widgets call it as they start their
 * request, so the parser arrives while the feed does. A failed import (a CDN hiccup) is not
 * remembered: the next call tries again.
 *
 * @internal
 */
export const loadEngine: LazyModule<Engine> = /* @__PURE__ */ lazyModule(() => import('./engine.js'), 'feed reader');

/**
 * The XML reader (tokenizer, RSS/Atom/RDF reader): only XML feeds need it. `loadFeed` starts it
 * with the request unless the URL names a `.json` file, so it seldom costs a round trip.
 *
 * @internal
 */
export const loadXmlReader: LazyModule<XmlReader> = /* @__PURE__ */ lazyModule(() => import('./parse-xml.js'), 'feed reader');

/**
 * Parses feed text in any supported format (RSS 2.0, RSS 1.0, Atom 1.0, YouTube channel Atom,
 * JSON Feed 1.0/1.1) into the normalized {@link Feed} model, resolving to it. The format is
 * detected from the text itself; the content type only breaks ties. Dates written without a zone
 * are read in `options.timeZone` (default WIB). Rejects with a {@link FeedError} of kind `parse`
 * (malformed text) or `unsupported` (well-formed, but not a feed).
 *
 * The parser is loaded on first use, and a large feed is read in slices of a few milliseconds
 * (`scheduler.yield()` between them where the browser has it), so the page never sees a long task.
 * `parseFeedSync` in `siar/feed` does the same work synchronously.
 *
 * @example
 * ```ts
 * const feed = await parseFeed(await (await fetch(url)).text(), { baseUrl: url });
 * feed.items[0].title;
 * ```
 */
export async function parseFeed(text: string, options: ParseOptions = {}): Promise<Feed> {
  return (await loadEngine()).parseFeedAsync(text, options);
}
