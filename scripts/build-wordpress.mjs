// Builds the WordPress plugin: dist/wordpress/siar.zip (one folder `siar/`), installable through
// Plugins → Add New → Upload. Run after the widget build (`node scripts/build-wordpress.mjs`):
// - the plugin's PHP, block.json files and editor script from src/wordpress/ as they are;
// - the self-contained browser build (cdn/ when it exists, else dist/): siar.js, elements/*.js,
//   chunks/*.js and sri.json, byte for byte — refused when a file still has a bare import
//   (`from"lit"`), or when its bytes do not match its SRI hash;
// - translations: languages/*.po compiled to .mo, and the editor script's strings to the JSON
//   file WordPress loads for wp_set_script_translations().
// Node built-ins only: the ZIP container is written here (deflate from zlib).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));

// ---- ZIP (PKZIP 2.0: deflate or store, no zip64) ----
const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
export function crc32(buf) {
  let c = -1;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** A ZIP archive of `files` ([name, Buffer] pairs), with a fixed timestamp so builds are reproducible. */
export function writeZip(files, date = new Date(Date.UTC(2026, 0, 1))) {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBuf = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix
    local.copy(central, 6, 4, 26); // version needed … uncompressed size
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, body);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The entries of a ZIP written by writeZip (or any plain deflate/store archive): Map name → Buffer. */
export function readZip(zip) {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip archive');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extra = zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    if (crc32(data) !== crc) throw new Error(`CRC mismatch: ${name}`);
    out.set(name, data);
    p += 46 + nameLen + extra;
  }
  return out;
}

// ---- gettext ----
/** Entries of a .po file: [{ ctxt, id, str }] (header included, id ''). Fuzzy and obsolete entries skipped. */
export function parsePo(text) {
  const entries = [];
  let cur = null;
  let field = null;
  let fuzzy = false;
  const flush = () => {
    if (cur && !fuzzy && cur.id !== undefined && cur.str) entries.push(cur);
    cur = null;
    fuzzy = false;
  };
  for (const line of text.split(/\r?\n/)) {
    if (/^#,.*\bfuzzy\b/.test(line)) fuzzy = true;
    if (line.startsWith('#') || !line.trim()) {
      if (!line.trim()) field = null;
      continue;
    }
    const m = /^(msgctxt|msgid|msgstr)\s+(".*")\s*$/.exec(line);
    if (m) {
      if (m[1] === 'msgctxt' || (m[1] === 'msgid' && cur?.str !== undefined)) flush();
      cur ??= {};
      field = m[1] === 'msgctxt' ? 'ctxt' : m[1] === 'msgid' ? 'id' : 'str';
      cur[field] = JSON.parse(m[2]);
    } else if (/^".*"$/.test(line.trim()) && cur && field) {
      cur[field] += JSON.parse(line.trim());
    }
  }
  flush();
  return entries;
}

/** A GNU .mo file (little-endian, no hash table) of .po entries. */
export function writeMo(entries) {
  const key = (e) => (e.ctxt ? `${e.ctxt}\u0004${e.id}` : e.id);
  const sorted = [...entries].sort((a, b) => Buffer.compare(Buffer.from(key(a)), Buffer.from(key(b))));
  const ids = sorted.map((e) => Buffer.from(key(e), 'utf8'));
  const strs = sorted.map((e) => Buffer.from(e.str, 'utf8'));
  const n = sorted.length;
  const header = Buffer.alloc(28 + 16 * n);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(n, 8);
  header.writeUInt32LE(28, 12);
  header.writeUInt32LE(28 + 8 * n, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(28 + 16 * n, 24);
  let offset = 28 + 16 * n;
  const blobs = [];
  [ids, strs].forEach((list, t) => {
    list.forEach((b, i) => {
      header.writeUInt32LE(b.length, 28 + t * 8 * n + i * 8);
      header.writeUInt32LE(offset, 28 + t * 8 * n + i * 8 + 4);
      blobs.push(b, Buffer.alloc(1));
      offset += b.length + 1;
    });
  });
  return Buffer.concat([header, ...blobs]);
}

/** Jed JSON (what wp_set_script_translations loads) of the .po entries whose msgid the script uses. */
function scriptJson(entries, script, locale) {
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': 'nplurals=1; plural=0;' } };
  for (const e of entries) {
    if (!e.id || !script.includes(JSON.stringify(e.id).slice(1, -1).replace(/'/g, "\\'")) && !script.includes(e.id)) continue;
    messages[e.ctxt ? `${e.ctxt}\u0004${e.id}` : e.id] = [e.str];
  }
  return JSON.stringify({ domain: 'messages', locale_data: { messages } });
}

// ---- build ----
const BARE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](?![./]|https?:)([^"']+)["']/;

function walk(dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : [p];
    })
    .sort();
}

export function buildWordPress({ out = join(root, 'dist/wordpress/siar.zip'), log = console.log } = {}) {
  const src = join(root, 'src/wordpress');
  const bundleDir = existsSync(join(root, 'cdn/siar.js')) ? join(root, 'cdn') : join(root, 'dist');
  const files = [];

  for (const file of walk(src)) {
    const rel = relative(src, file).split('\\').join('/');
    if (rel.endsWith('.po') || rel.endsWith('.mo')) continue;
    files.push([`siar/${rel}`, readFileSync(file)]);
  }

  // The browser build, byte for byte, checked against its SRI manifest.
  const sri = JSON.parse(readFileSync(join(bundleDir, 'sri.json'), 'utf8'));
  const wanted = ['siar.js', ...['elements', 'chunks'].flatMap((d) => readdirSync(join(bundleDir, d)).filter((f) => f.endsWith('.js')).map((f) => `${d}/${f}`))];
  for (const rel of wanted.sort()) {
    const data = readFileSync(join(bundleDir, rel));
    const bare = BARE_IMPORT.exec(data.toString('utf8'));
    if (bare) throw new Error(`${relative(root, bundleDir)}/${rel} imports "${bare[1]}": not a self-contained browser build`);
    const expected = sri.files?.[rel];
    const actual = `sha384-${createHash('sha384').update(data).digest('base64')}`;
    if (expected && expected !== actual) throw new Error(`${rel}: bytes do not match sri.json (${expected})`);
    files.push([`siar/assets/${rel}`, data]);
  }
  files.push(['siar/assets/sri.json', readFileSync(join(bundleDir, 'sri.json'))]);

  // Translations.
  const editor = readFileSync(join(src, 'blocks/editor.js'), 'utf8');
  for (const po of readdirSync(join(src, 'languages')).filter((f) => f.endsWith('.po'))) {
    const entries = parsePo(readFileSync(join(src, 'languages', po), 'utf8'));
    const locale = po.replace(/^siar-/, '').replace(/\.po$/, '');
    files.push([`siar/languages/${po.replace(/\.po$/, '.mo')}`, writeMo(entries)]);
    const md5 = createHash('md5').update('blocks/editor.js').digest('hex');
    files.push([`siar/languages/siar-${locale}-${md5}.json`, Buffer.from(scriptJson(entries, editor, locale))]);
  }

  files.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  mkdirSync(join(out, '..'), { recursive: true });
  const zip = writeZip(files);
  writeFileSync(out, zip);
  log(`wordpress: ${relative(root, out)} — ${files.length} files, ${(zip.length / 1024).toFixed(1)} KB (widgets from ${relative(root, bundleDir)}/)`);
  return { out, files: files.map(([name]) => name) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    buildWordPress();
  } catch (error) {
    console.error(`wordpress: ${error.message}`);
    process.exit(1);
  }
}
