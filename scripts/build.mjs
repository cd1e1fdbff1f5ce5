// npm run build: type-checked compile (tsc) → bundle (rollup, twice: dist/ for npm with Lit and
// DOMPurify as bare imports, cdn/ self-contained for script tags; rollup.config.mjs) →
// declarations → size report of cdn/ (what a page without a bundler loads).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { cdnConfig, entries, npmConfig } from '../rollup.config.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

rmSync('build', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
rmSync('cdn', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

async function bundle(config) {
  const b = await rollup(config);
  const { output } = await b.write(config.output);
  await b.close();
  return output;
}
await bundle(npmConfig);
const output = await bundle(cdnConfig);

// Declarations: the tree tsc wrote, plus one shim per element entry.
cpSync('build', 'dist/types', { recursive: true, filter: (src) => !src.endsWith('.js') });
for (const [name, file] of Object.entries(entries)) {
  const dts = `dist/${name}.d.ts`;
  const target = relative(dirname(dts), join('dist/types', relative('build', file)));
  mkdirSync(dirname(dts), { recursive: true });
  writeFileSync(dts, `export * from '${target.startsWith('.') ? target : `./${target}`}';\n`);
}
// The publisher CLI (Node): compiled apart, with Node's types, into dist/node/.
if (existsSync('src/cli')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.cli.json'], { stdio: 'inherit' });
  cpSync('build/node', 'dist/node', { recursive: true });
}
// JSON Schemas ship in the package.
if (existsSync('src/schemas')) cpSync('src/schemas', 'dist/schemas', { recursive: true });

// Size report (cdn/, the self-contained build): each entry with everything it imports at start
// (lazy chunks listed apart).
const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
const sizeOf = (code) => ({
  min: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
/** Bytes on the wire for several files: each compressed on its own, as a server sends them. */
const sizeOfAll = (codes) =>
  codes.map(sizeOf).reduce((t, x) => ({ min: t.min + x.min, gzip: t.gzip + x.gzip, brotli: t.brotli + x.brotli }), { min: 0, gzip: 0, brotli: 0 });
function closure(fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const dep of chunks.get(fileName)?.imports ?? []) closure(dep, seen);
  return seen;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
const rows = [];
for (const chunk of chunks.values()) {
  if (!chunk.isEntry) continue;
  const files = [...closure(chunk.fileName)].filter((f) => chunks.has(f)); // externals (react) are the app's
  rows.push({ entry: `cdn/${chunk.fileName}`, own: sizeOf(chunk.code), total: sizeOfAll(files.map((f) => chunks.get(f).code)), files: files.length });
}
const lazy = [...chunks.values()].filter((c) => !c.isEntry && [...chunks.values()].some((o) => o.dynamicImports.includes(c.fileName)));
console.log('\nentry                                  own min   own gzip  start min start gzip start brotli');
for (const r of rows) {
  console.log(`${r.entry.padEnd(36)} ${kb(r.own.min)} ${kb(r.own.gzip)} ${kb(r.total.min)} ${kb(r.total.gzip)} ${kb(r.total.brotli)}`);
}
// A lazy chunk with what it imports that the widget bundle (cdn/siar.js) does not already hold.
const startup = closure('siar.js');
const when = (name, modules = []) =>
  modules.some((m) => m.includes('/components/alert/')) ? 'alert reader: loaded with <siar-alert>\'s first request'
  : /^chunks\/engine-/.test(name) ? 'feed reader: loaded with a widget\'s first feed request'
  : /^chunks\/purify/.test(name) ? 'DOMPurify: only when rich HTML is rendered'
  : /^chunks\/parse-xml/.test(name) ? 'XML reader: only for XML feeds, loaded with their request'
  : /^chunks\/read-/.test(name) && modules.some((m) => m.includes('/components/directory/')) ? 'directory reader and list: loaded with the directory'
  : /^chunks\/view-/.test(name) && modules.some((m) => m.includes('/components/releases/')) ? '<siar-releases> item templates: loaded with its first request'
  : /^chunks\/view-/.test(name) && modules.some((m) => m.includes('/components/videos/')) ? '<siar-videos> video templates: loaded with its first request'
  : /^chunks\/icons-/.test(name) ? '<siar-social> icons: after the bar\'s first frame'
  : /^chunks\/profile-/.test(name) ? 'province profile reader: only for widgets with a profile'
  : 'loaded on demand';
const lazyRows = lazy.map((c) => {
  const codes = [...closure(c.fileName)].filter((f) => !startup.has(f) && chunks.has(f)).map((f) => chunks.get(f).code);
  return { file: `cdn/${c.fileName}`, note: when(c.fileName, c.moduleIds), ...sizeOfAll(codes) };
});
for (const r of lazyRows) console.log(`lazy: ${r.file.padEnd(34)}  ${kb(r.min)} ${kb(r.gzip)}  (${r.note})`);
writeFileSync('cdn/sizes.json', JSON.stringify({ entries: rows, lazy: lazyRows }, null, 2));

// The iframe embed page, its resize snippet, SRI hashes and the React example.
execFileSync(process.execPath, ['scripts/build-embed.mjs'], { stdio: 'inherit' });

// The WordPress plugin (src/wordpress/) with the cdn/ build inside: dist/wordpress/siar.zip.
execFileSync(process.execPath, ['scripts/build-wordpress.mjs'], { stdio: 'inherit' });
