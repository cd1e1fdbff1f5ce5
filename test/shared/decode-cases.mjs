// One table of decoding cases, run against the browser engine (test/feed/load.test.ts, through
// src/feed/decode.ts) and the publisher CLI (test/cli/units.test.mjs, through dist/node/cli/fetch.js):
// both must read the same bytes as the same text.

/** Bytes from a string whose characters are byte values ("\x93" is the byte 0x93). */
export const bytes = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s) => new TextEncoder().encode(s);
const join = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const utf16 = (s, bigEndian) => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i * 2 + (bigEndian ? 1 : 0)] = c & 0xff;
    out[i * 2 + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
};
const BOM8 = bytes('\xef\xbb\xbf');

/** `{ name, bytes, contentType?, text }`: decoding `bytes` served as `contentType` gives `text`. */
export const decodeCases = [
  { name: 'a UTF-8 BOM, nothing else', bytes: join(BOM8, utf8('A')), text: 'A' },
  {
    name: 'a UTF-8 BOM beats a header that says ISO-8859-1',
    bytes: join(BOM8, utf8('<rss><title>Café “Kopi”</title></rss>')),
    contentType: 'application/rss+xml; charset=iso-8859-1',
    text: '<rss><title>Café “Kopi”</title></rss>',
  },
  { name: 'a UTF-16LE BOM', bytes: join(bytes('\xff\xfe'), utf16('<a>Kota – é</a>', false)), contentType: 'text/xml; charset=utf-8', text: '<a>Kota – é</a>' },
  { name: 'a UTF-16BE BOM', bytes: join(bytes('\xfe\xff'), utf16('<a>Kota – é</a>', true)), text: '<a>Kota – é</a>' },
  { name: 'the header charset', bytes: bytes('caf\xe9'), contentType: 'text/csv; charset=ISO-8859-1', text: 'café' },
  { name: 'a quoted header charset', bytes: bytes('\x93x\x94'), contentType: 'text/xml; charset="windows-1252"', text: '“x”' },
  { name: 'iso-8859-1 read as windows-1252 (WHATWG)', bytes: bytes('Kota\x96Contoh'), contentType: 'text/plain;charset=latin1', text: 'Kota–Contoh' },
  { name: 'us-ascii read as windows-1252 (WHATWG)', bytes: bytes('\x80 5'), contentType: 'text/plain; charset=us-ascii', text: '€ 5' },
  { name: 'another single-byte charset', bytes: bytes('\xb3\xf3d\xbc'), contentType: 'text/plain; charset=iso-8859-2', text: 'łódź' },
  {
    name: 'the header beats the XML declaration',
    bytes: utf8('<?xml version="1.0" encoding="iso-8859-1"?><t>é</t>'),
    contentType: 'application/xml; charset=utf-8',
    text: '<?xml version="1.0" encoding="iso-8859-1"?><t>é</t>',
  },
  {
    name: 'the XML declaration when the header has no charset',
    bytes: bytes('<?xml version="1.0" encoding="windows-1252"?><t>\x93x\x94</t>'),
    contentType: 'application/rss+xml',
    text: '<?xml version="1.0" encoding="windows-1252"?><t>“x”</t>',
  },
  {
    name: 'an unknown header charset leaves the decision to the XML declaration',
    bytes: bytes("<?xml version='1.0' encoding='ISO-8859-1'?><t>a\xe7\xe3o</t>"),
    contentType: 'text/xml; charset=x-unknown-42',
    text: "<?xml version='1.0' encoding='ISO-8859-1'?><t>ação</t>",
  },
  { name: 'UTF-8 when nothing is declared', bytes: utf8('Kota–Contoh “é”'), text: 'Kota–Contoh “é”' },
  { name: 'windows-1252 when nothing is declared and the bytes are not UTF-8', bytes: bytes('<t>Not\xedcias: a\xe7\xe3o</t>'), text: '<t>Notícias: ação</t>' },
  {
    name: 'windows-1252 when a declared UTF-8 is not UTF-8 at all',
    bytes: bytes('<?xml version="1.0" encoding="UTF-8"?><t>Elei\xe7\xe3o</t>'),
    contentType: 'text/xml',
    text: '<?xml version="1.0" encoding="UTF-8"?><t>Eleição</t>',
  },
  {
    name: 'UTF-8 with one broken sequence stays UTF-8',
    bytes: join(utf8('Kota–Contoh “resmi” '), bytes('\xe2\x80')),
    text: 'Kota–Contoh “resmi” \ufffd',
  },
];
