#!/usr/bin/env node
// Times `siar build` on a large province: 10 sources × 500 items (WordPress-style RSS 2.0 with
// full HTML content, categories and images; a few as Atom and JSON Feed), served from
// 127.0.0.1, plus a 500-row directory CSV. Runs the built CLI as a real process, three times:
//   1. cold: empty output folder, every source fetched and parsed;
//   2. warm: unchanged sources answer 304 (ETag), items are kept from the previous output;
//   3. changed: every source changed (new ETags), full work again, output rewritten.
//
//   npm run build && node scripts/bench-cli.mjs [--sources 10] [--items 500] [--runs 3]
//
// Writes nothing outside a temporary folder. Prints a table and a JSON line with the figures.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const CLI = join(ROOT, 'dist/node/cli/siar.js');
if (!existsSync(CLI)) {
  console.error('dist/node/cli/siar.js is missing: run `npm run build` first.');
  process.exit(1);
}
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SOURCES = arg('sources', 10);
const ITEMS = arg('items', 500);
const RUNS = Math.max(1, arg('runs', 3));

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const WORDS = 'pemerintah provinsi contoh layanan publik warga kabupaten kota program bantuan kesehatan pendidikan jalan jembatan banjir siaga dinas badan kepala gubernur anggaran tahun desa pesisir nelayan petani pasar harga'.split(' ');
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const words = (n) => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
const BASE = Date.UTC(2026, 10, 20, 2, 0, 0);

function item(s, i) {
  const t = new Date(BASE - (i * SOURCES + s) * 1800_000);
  const para = Array.from({ length: 5 }, () => `<p>${esc(words(60))}. <strong>${esc(words(4))}</strong> <a href="https://opd${s}.contoh.go.id/info/${i}">${esc(words(3))}</a>.</p>`).join('');
  return {
    title: `${words(8)} ${s}-${i}`,
    link: `https://opd${s}.contoh.go.id/berita/${i}`,
    guid: `opd${s}-${i}`,
    date: t.toUTCString(),
    iso: t.toISOString(),
    categories: [i % 17 === 0 ? 'Hoaks' : i % 11 === 0 ? 'Pengumuman' : 'Berita', WORDS[i % WORDS.length]],
    summary: words(40),
    content: `<figure><img src="https://opd${s}.contoh.go.id/img/${i}.jpg" alt="${esc(words(4))}" width="800" height="450"></figure>${para}<script>track()</script>`,
  };
}

function feed(s, version) {
  const list = Array.from({ length: ITEMS }, (_, i) => item(s, i));
  if (version > 0) list[0].title += ` (rev ${version})`;
  if (s % 5 === 3) {
    return {
      type: 'application/feed+json',
      body: JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: `OPD ${s}`,
        items: list.map((x) => ({ id: x.guid, url: x.link, title: x.title, summary: x.summary, content_html: x.content, date_published: x.iso, tags: x.categories })),
      }),
    };
  }
  if (s % 5 === 4) {
    return {
      type: 'application/atom+xml',
      body: `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>OPD ${s}</title><id>urn:opd${s}</id><updated>${list[0].iso}</updated>${list
        .map(
          (x) =>
            `<entry><id>${x.guid}</id><title>${esc(x.title)}</title><link href="${x.link}"/><published>${x.iso}</published><updated>${x.iso}</updated>${x.categories.map((c) => `<category term="${c}"/>`).join('')}<summary>${esc(x.summary)}</summary><content type="html">${esc(x.content)}</content></entry>`,
        )
        .join('')}</feed>`,
    };
  }
  return {
    type: 'application/rss+xml; charset=UTF-8',
    body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>OPD ${s}</title><link>https://opd${s}.contoh.go.id</link><description>d</description>${list
      .map(
        (x) =>
          `<item><title>${esc(x.title)}</title><link>${x.link}</link><guid isPermaLink="false">${x.guid}</guid><pubDate>${x.date}</pubDate><dc:creator>Admin OPD ${s}</dc:creator>${x.categories.map((c) => `<category><![CDATA[${c}]]></category>`).join('')}<description><![CDATA[${x.summary} [&hellip;]]]></description><content:encoded><![CDATA[${x.content}]]></content:encoded></item>`,
      )
      .join('')}</channel></rss>`,
  };
}

let version = 0;
const cache = new Map();
const bodyFor = (s) => {
  const key = `${s}@${version}`;
  if (!cache.has(key)) cache.set(key, feed(s, version));
  return cache.get(key);
};
const dirCsv = `id;name;type;phone;email;website\n${Array.from({ length: ITEMS }, (_, i) => `opd${i};Organisasi Perangkat Daerah ${i};dinas;0401-3${String(10000 + i)};opd${i}@contoh.go.id;https://opd${i}.contoh.go.id`).join('\n')}\n`;

const server = createServer((req, res) => {
  const m = /^\/feed-(\d+)$/.exec(req.url ?? '');
  if (req.url === '/opd.csv') {
    res.writeHead(200, { 'content-type': 'text/csv' }).end(dirCsv);
    return;
  }
  if (!m) {
    res.writeHead(404).end();
    return;
  }
  const etag = `"${m[1]}-${version}"`;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { etag }).end();
    return;
  }
  const { type, body } = bodyFor(Number(m[1]));
  res.writeHead(200, { 'content-type': type, etag }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const dir = mkdtempSync(join(tmpdir(), 'siar-bench-'));
const config = join(dir, 'siar.config.json');
writeFileSync(
  config,
  JSON.stringify({
    province: { name: 'Pemerintah Provinsi Contoh', time_zone: 'Asia/Makassar' },
    fetch: { timeout_ms: 30000, retries: 0, concurrency: 4 },
    releases: { max_items: 100, sources: Array.from({ length: SOURCES }, (_, s) => ({ id: `opd${s}`, url: `${base}/feed-${s}`, agency: `opd${s}` })) },
    directory: { url: `${base}/opd.csv` },
  }),
);
const out = join(dir, 'out');
const bytes = Array.from({ length: SOURCES }, (_, s) => Buffer.byteLength(bodyFor(s).body)).reduce((a, b) => a + b, 0);

function runCli() {
  return new Promise((resolveRun) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [CLI, 'build', config, '--out', out, '--json'], { env: { ...process.env, SOURCE_DATE_EPOCH: '1795000000' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      let report;
      try {
        report = JSON.parse(stdout);
      } catch {
        console.error(stderr || stdout);
        process.exit(1);
      }
      resolveRun({ code, ms, report });
    });
  });
}

const results = [];
for (let r = 0; r < RUNS; r++) {
  const label = r === 0 ? 'cold' : r % 2 === 1 ? 'warm (304)' : 'changed';
  if (label === 'changed') version++;
  const { code, ms, report } = await runCli();
  const statuses = report.sources.reduce((acc, s) => ((acc[s.status] = (acc[s.status] ?? 0) + 1), acc), {});
  results.push({ run: label, exit: code, ms: Math.round(ms), inside_ms: report.duration_ms, items: report.stats.releases_items, agencies: report.stats.agencies, sources: statuses });
}
server.close();
const size = readFileSync(join(out, 'releases.json')).length;
rmSync(dir, { recursive: true, force: true });

console.log(`siar build: ${SOURCES} sources × ${ITEMS} items (${(bytes / 1048576).toFixed(1)} MiB of feeds) + ${ITEMS}-row directory CSV, node ${process.version}`);
console.log('run            wall ms   in-CLI ms   exit   feed items   sources');
for (const r of results) {
  console.log(`${r.run.padEnd(14)} ${String(r.ms).padStart(7)}   ${String(r.inside_ms).padStart(9)}   ${String(r.exit).padStart(4)}   ${String(r.items).padStart(10)}   ${JSON.stringify(r.sources)}`);
}
console.log(`releases.json: ${(size / 1024).toFixed(0)} KiB`);
console.log(JSON.stringify({ sources: SOURCES, items: ITEMS, feed_bytes: bytes, results }));
