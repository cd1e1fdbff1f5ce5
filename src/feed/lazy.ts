import { FeedError } from './errors.js';
import type { Feed, ParseOptions } from './types.js';

type Engine = typeof import('./engine.js');
type XmlReader = typeof import('./parse-xml.js');

let engine: Promise<Engine> | undefined;
let xmlReader: Promise<XmlReader> | undefined;

/** A dynamic import that is tried again on the next call when it failed (a CDN hiccup). */
function once<T>(get: () => Promise<T> | undefined, set: (value: Promise<T> | undefined) => void, load: () => Promise<T>): Promise<T> {
  let value = get();
  if (!value) {
    value = load().catch((cause: unknown) => {
      set(undefined);
      throw new FeedError('network', "Siar's feed reader could not be loaded.", { cause });
    });
    set(value);
  }
  return value;
}

/**
 * The feed engine, imported once per page on first use. Widgets call it as they start their
 * request, so the parser arrives while the feed does. A failed import (a CDN hiccup) is not
 * remembered: the next call tries again.
 *
 * @internal
 */
export function loadEngine(): Promise<Engine> {
  return once(() => engine, (v) => (engine = v), () => import('./engine.js'));
}

/**
 * The XML reader (tokenizer, RSS/Atom/RDF reader): only XML feeds need it. `loadFeed` starts it
 * with the request unless the URL names a `.json` file, so it seldom costs a round trip.
 *
 * @internal
 */
export function loadXmlReader(): Promise<XmlReader> {
  return once(() => xmlReader, (v) => (xmlReader = v), () => import('./parse-xml.js'));
}

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
