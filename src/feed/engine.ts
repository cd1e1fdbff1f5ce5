/**
 * What a widget needs only once a feed has arrived: the byte decoder and the parsers (XML
 * tokenizer, RSS/Atom/JSON Feed readers, the HTML-to-text reader, the date parser). Widgets load
 * this module on demand, in parallel with their first request ({@link loadEngine}), so that it
 * is not part of their start-up bytes.
 *
 * @internal
 */
export { decode } from './decode.js';
export { parseFeedAsync } from './parse.js';
