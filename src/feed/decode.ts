/**
 * Bytes to text, the same way in the browser engine (`loadFeed`) and the publisher CLI: no DOM,
 * only `TextDecoder`, so Node imports it as it is.
 *
 * The encoding is the first of:
 * 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE), which no header can contradict;
 * 2. the `charset` of the Content-Type header;
 * 3. the `encoding` of the XML declaration;
 * 4. UTF-8, or windows-1252 when the bytes are not UTF-8 (an old CMS or a spreadsheet export
 *    that names no encoding at all).
 *
 * Labels are the WHATWG Encoding Standard's; an unknown label is skipped (the next step decides).
 * windows-1252 and every label the standard maps to it (`iso-8859-1`, `latin1`, `us-ascii` …) are
 * decoded with the table below, because Node's `TextDecoder` reads 0x80–0x9F as C1 controls.
 */

import { fromC1 } from './c1.js';

export { CP1252_C1, fromC1 } from './c1.js';

/** Labels the WHATWG Encoding Standard maps to windows-1252. */
const WINDOWS_1252 = new Set([
  'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1',
  'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252',
]);
const UTF8 = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8']);

/** Decodes windows-1252 bytes (every byte is a character; the five unassigned ones stay C1). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return fromC1(out);
}

/** The `charset` parameter of a Content-Type value, lower-cased. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  return /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
}

/** The `encoding` of an XML declaration at the start of the bytes, lower-cased. */
export function xmlEncodingOf(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  return /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(head)?.[1]?.toLowerCase();
}

/** Decodes with a label, or `undefined` when the label is unknown here. */
function withLabel(bytes: Uint8Array, label: string): string | undefined {
  if (WINDOWS_1252.has(label)) return decodeWindows1252(bytes);
  if (UTF8.has(label)) return utf8OrWindows1252(bytes);
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * UTF-8 when the bytes are UTF-8. When they are not: text that is UTF-8 apart from a few broken
 * sequences (a CMS cutting an excerpt inside a character) stays UTF-8 with U+FFFD for the broken
 * bytes; text with no valid multi-byte sequence at all is windows-1252.
 */
function utf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    return /[\u0080-\ufffc\ufffe-\uffff\ud800-\udfff]/.test(lenient) ? lenient : decodeWindows1252(bytes);
  }
}

/** Decodes a response body or file: see the module comment for the order of evidence. */
export function decode(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  for (const label of [charsetOf(contentType), xmlEncodingOf(bytes)]) {
    const text = label ? withLabel(bytes, label) : undefined;
    if (text !== undefined) return text;
  }
  return utf8OrWindows1252(bytes);
}
