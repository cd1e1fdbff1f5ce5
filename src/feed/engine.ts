/**
 * What a widget needs only once a feed has arrived: the byte decoder and the JSON Feed reader
 * with the HTML-to-text reader and the date parser (the XML reader is a further module, loaded
 * for XML feeds only: see `loadXmlReader`). Widgets load
 * this module on demand, in parallel with their first request ({@link loadEngine}), so that it
 * is not part of their start-up bytes.
 *
 * @internal
 */
export { decode } from './decode.js';
export { parseFeedAsync } from './parse-async.js';
