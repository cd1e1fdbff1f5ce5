// npm run bench: Siar's figures beside its peers', measured in one Chromium run.
//   sizes      gzip/brotli of cdn/siar.js (with what it imports at start) and each widget entry,
//              vs @justinribeiro/lite-youtube and rss-parser's browser bundle
//   parse      parse + normalize of 50 / 500 / 5,000-item RSS and JSON feeds vs rss-parser
//   render     feed data → 10 rendered items, per widget; heap after a 5,000-item feed
//   requests   a page with all four widgets and two releases widgets on one feed
//   facades    12 Siar video facades vs 12 <lite-youtube>: bytes, requests, scripting time
//   search     <siar-directory> with 500 agencies: work per keystroke
//   save-data  bytes a page with <siar-releases> and <siar-videos> fetches for a reader who asks to
//              save data (navigator.connection emulated) and for one who does not
// Prints a table and writes bench/results.json. Run after `npm run build`.
// Flags: --sizes-only (no browser); --only parse[,render,…] runs just those sections (sizes, parse,
// render, requests, facades, search, save-data) and writes .tmp/bench-results.partial.json instead; --budget.
// Nothing leaves the machine: a local server on 127.0.0.1 serves the pages, and requests to other
// hosts (YouTube thumbnails) are answered by the benchmark itself and counted as third-party.
import { createServer } from 'node:http';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { minify } from 'terser';
import puppeteer from 'puppeteer-core';

const root = new URL('..', import.meta.url).pathname;
const SECTIONS = ['sizes', 'parse', 'render', 'requests', 'facades', 'search', 'save-data'];
const onlyArg = process.argv.find((a) => a === '--only' || a.startsWith('--only='));
const only = process.argv.includes('--sizes-only')
  ? new Set(['sizes'])
  : onlyArg
    ? new Set((onlyArg === '--only' ? process.argv[process.argv.indexOf('--only') + 1] ?? '' : onlyArg.slice(7)).split(',').filter(Boolean))
    : null;
if (only && (!only.size || [...only].some((s) => !SECTIONS.includes(s)))) {
  console.error(`--only takes a comma-separated list of: ${SECTIONS.join(', ')}`);
  process.exit(2);
}
if (only && process.argv.includes('--budget')) only.add('sizes');
const want = (section) => !only || only.has(section);
const onlySizes = !!only && [...only].every((s) => s === 'sizes');
if (!existsSync(join(root, 'cdn/siar.js'))) {
  console.error('cdn/ is missing: run `npm run build` first.');
  process.exit(1);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))];
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;

// ── sizes ───────────────────────────────────────────────────────────────────────────────────
async function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await readFile(join(root, file), 'utf8');
  // Static imports only (`import"./x.js"`, `from"./x.js"`); dynamic import() chunks load lazily.
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[^'"();]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    await closure(normalize(join(file, '..', m[1])), seen);
  }
  return seen;
}
/**
 * Bytes on the wire: each file is compressed on its own (as a server sends it), so the figure is
 * the sum of the files' gzip/brotli sizes, not the size of their concatenation (which hides the
 * cost of many small chunks: a header each and no dictionary shared between them).
 */
async function sizeOfFiles(files) {
  const bufs = await Promise.all([...files].map((f) => readFile(join(root, f))));
  return bufs.reduce((t, b) => ({ min: t.min + b.length, gzip: t.gzip + gz(b), brotli: t.brotli + br(b) }), { min: 0, gzip: 0, brotli: 0 });
}
const subtract = (a, b) => ({ min: a.min - b.min, gzip: a.gzip - b.gzip, brotli: a.brotli - b.brotli });
async function sizes() {
  const entries = ['cdn/siar.js', 'cdn/elements/siar-releases.js', 'cdn/elements/siar-videos.js', 'cdn/elements/siar-directory.js', 'cdn/elements/siar-social.js', 'cdn/elements/siar-alert.js', 'cdn/feed.js'];
  const out = {};
  for (const e of entries) out[e] = { ...(await sizeOfFiles(await closure(e))), files: (await closure(e)).size };
  // Peers, minified the same way (terser) so the comparison is fair.
  const peer = async (file) => {
    const code = await readFile(join(root, file), 'utf8');
    const min = Buffer.from((await minify(code, { module: file.endsWith('.js') && !file.includes('rss-parser'), compress: true, mangle: true })).code);
    return { min: min.length, gzip: gz(min), brotli: br(min), files: 1 };
  };
  out['peer: @justinribeiro/lite-youtube'] = await peer('node_modules/@justinribeiro/lite-youtube/lite-youtube.js');
  out['peer: rss-parser (browser bundle)'] = await peer('node_modules/rss-parser/dist/rss-parser.min.js');
  // What a page with one <siar-releases> has loaded once a JSON feed's items show: the start-up
  // files, and the chunks its first request imports beside the feed (the feed reader, the item
  // templates and what they import). Start-up is what blocks the first frame; this is the whole.
  const startup = await closure('cdn/elements/siar-releases.js');
  const shown = new Set(startup);
  for (const file of startup) {
    const code = await readFile(join(root, file), 'utf8');
    for (const m of code.matchAll(/import\(["'](\.{1,2}\/(?:[^"']*\/)?(?:engine|view)-[^"']+)["']\)/g)) await closure(normalize(join(file, '..', m[1])), shown);
  }
  out['<siar-releases> with its items shown'] = { ...(await sizeOfFiles(shown)), files: shown.size };
  // What <siar-alert> adds to a page that already has <siar-releases> (goal of #15: at most 6 KB gzip).
  const releases = await closure('cdn/elements/siar-releases.js');
  const both = new Set([...releases, ...(await closure('cdn/elements/siar-alert.js'))]);
  out['<siar-alert> over <siar-releases>'] = { ...subtract(await sizeOfFiles(both), await sizeOfFiles(releases)), files: both.size - releases.size };
  // Feed bytes a widget fetches: the publisher kit's lean widget feeds against the full archive.
  for (const feed of ['demo/data/releases.json', 'demo/data/releases-archive.json', 'demo/data/videos.json']) {
    out[`feed: ${feed}`] = { ...(await sizeOfFiles([feed])), files: 1 };
  }
  return out;
}

// ── fixtures ────────────────────────────────────────────────────────────────────────────────
function rss(n) {
  const items = Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(2026, 10, 20, 9) - i * 3600_000).toUTCString();
    return `<item><title>Siaran pers nomor ${i} tentang layanan &amp; pembangunan</title><link>https://contohprov.go.id/berita/${i}</link><guid>https://contohprov.go.id/berita/${i}</guid><description><![CDATA[<p>Ringkasan <strong>berita</strong> ${i}: pemerintah provinsi memperluas layanan publik.</p><img src="/img/${i}.jpg">]]></description><pubDate>${d}</pubDate><category>Pemerintahan</category><enclosure url="https://contohprov.go.id/img/${i}.jpg" type="image/jpeg" length="1000"/></item>`;
  }).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench</title><link>https://contohprov.go.id/</link><description>Bench</description>${items}</channel></rss>`;
}
/** A BMKG-style CAP nowcast (Bahasa Indonesia, WITA) whose area has `n` polygons of 12 points. */
function capNowcast(n) {
  const polygons = Array.from({ length: n }, (_, k) => {
    const lat = -0.5 - (k % 15) * 0.05;
    const lon = 122.5 + Math.floor(k / 15) * 0.05;
    const ring = Array.from({ length: 11 }, (_, j) => `${(lat + 0.02 * Math.sin((j / 11) * 2 * Math.PI)).toFixed(4)},${(lon + 0.02 * Math.cos((j / 11) * 2 * Math.PI)).toFixed(4)}`);
    return `<polygon>${[...ring, ring[0]].join(' ')}</polygon>`;
  }).join('');
  return `<?xml version="1.0"?><alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>2.49.0.1.360.0.2026.11.30.15.75.001</identifier><sender>cuaca.ekstrem@bmkg.go.id</sender><sent>2026-11-30T15:00:00+08:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope><info><language>id</language><category>Met</category><event>Hujan Lebat dan Petir</event><urgency>Immediate</urgency><severity>Moderate</severity><certainty>Observed</certainty><effective>2026-11-30T15:00:00+08:00</effective><expires>2026-11-30T18:00:00+08:00</expires><senderName>Badan Meteorologi Klimatologi dan Geofisika</senderName><headline>Hujan Lebat disertai Petir di Provinsi Contoh</headline><description>Hujan lebat disertai petir di sebagian wilayah Provinsi Contoh.</description><area><areaDesc>Provinsi Contoh</areaDesc>${polygons}</area></info></alert>`;
}

function jsonFeed(n) {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Bench',
    home_page_url: 'https://contohprov.go.id/',
    items: Array.from({ length: n }, (_, i) => ({
      id: `b-${i}`,
      url: `https://contohprov.go.id/berita/${i}`,
      title: `Siaran pers nomor ${i}`,
      content_html: `<p>Ringkasan <strong>berita</strong> ${i}: pemerintah provinsi memperluas layanan publik.</p>`,
      date_published: new Date(Date.UTC(2026, 10, 20, 9) - i * 3600_000).toISOString(),
      image: `https://contohprov.go.id/img/${i}.jpg`,
      tags: ['Pemerintahan'],
      _siar: { kind: 'release', agency: 'diskominfo' },
    })),
  });
}
const YT_IDS = Array.from({ length: 12 }, (_, i) => `cOnToH${String(i + 1).padStart(5, '0')}`);
function youtubeAtom() {
  const entries = YT_IDS.map(
    (id, i) => `<entry><id>yt:video:${id}</id><yt:videoId>${id}</yt:videoId><title>Video ${i + 1}</title><link rel="alternate" href="https://www.youtube.com/watch?v=${id}"/><published>2026-11-${String(20 - i).padStart(2, '0')}T03:00:00+00:00</published><media:group><media:title>Video ${i + 1}</media:title><media:content url="https://www.youtube.com/v/${id}?version=3" type="application/x-shockwave-flash"/><media:thumbnail url="https://i.ytimg.com/vi/${id}/hqdefault.jpg" width="480" height="360"/><media:description>Deskripsi ${i + 1}</media:description><media:community><media:statistics views="${1000 * (i + 1)}"/></media:community></media:group></entry>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom"><title>Humas</title>${entries}</feed>`;
}
function directory(n) {
  const types = ['dinas', 'badan', 'biro', 'uptd', 'kantor'];
  const words = ['Kesehatan', 'Pendidikan', 'Perhubungan', 'Komunikasi', 'Informatika', 'Pariwisata', 'Sosial', 'Pertanian', 'Perikanan', 'Kehutanan', 'Energi', 'Koperasi'];
  return JSON.stringify({
    version: 1,
    province: 'Provinsi Contoh',
    agencies: Array.from({ length: n }, (_, i) => ({
      id: `opd-${i}`,
      name: `${types[i % types.length] === 'dinas' ? 'Dinas' : 'Badan'} ${words[i % words.length]} ${words[(i * 7) % words.length]} Wilayah ${i}`,
      short_name: `OPD${i}`,
      type: types[i % types.length],
      head: { name: `Kepala Contoh ${i}`, title: 'Kepala' },
      address: `Jl. Contoh No. ${i}, Kota Contoh`,
      phone: `0401-3${String(10000 + i).slice(-5)}`,
      email: `opd${i}@contohprov.go.id`,
      website: `https://opd${i}.contohprov.go.id`,
      hours: 'Senin–Jumat 08.00–16.00 WITA',
    })),
  });
}

// ── server ──────────────────────────────────────────────────────────────────────────────────
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.css': 'text/css', '.map': 'application/json' };
const virtual = new Map();
function page(body, script) {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>bench</title>${script ? `<script type="module" src="${script}"></script>` : ''}</head><body>${body}</body></html>`;
}
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const v = virtual.get(path);
  if (v) {
    res.writeHead(200, { 'content-type': v.type, 'access-control-allow-origin': '*' });
    return res.end(v.body);
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) return res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = onlySizes
  ? null
  : await puppeteer.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });

let thumbnail; // a real JPEG, made by the browser, served for every third-party image request
async function newPage() {
  const p = await browser.newPage();
  // Performance counters only count from Performance.enable on: enable before anything loads.
  p.__cdp = await p.createCDPSession();
  await p.__cdp.send('Performance.enable');
  const log = { requests: [], thirdPartyBytes: 0, thirdPartyRequests: 0, bytes: 0 };
  await p.setRequestInterception(true);
  p.on('request', (request) => {
    const url = new URL(request.url());
    log.requests.push(request.url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'about:') return request.continue();
    log.thirdPartyRequests++;
    if (/ytimg\.com$/.test(url.hostname) && thumbnail) {
      log.thirdPartyBytes += thumbnail.length;
      return request.respond({ status: 200, contentType: 'image/jpeg', body: thumbnail });
    }
    return request.respond({ status: 204, body: '' });
  });
  p.on('response', async (response) => {
    try {
      const buf = await response.buffer();
      log.bytes += buf.length;
    } catch {
      /* redirects and aborted bodies have none */
    }
  });
  return { p, log };
}
async function metrics(p) {
  const { metrics } = await p.__cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

const results = { date: new Date().toISOString(), chromium: onlySizes ? undefined : await browser.version(), sizes: want('sizes') ? await sizes() : undefined };

if (!onlySizes) {
  if (want('facades')) {
    const { p } = await newPage();
    await p.goto(`${origin}/bench/`, { waitUntil: 'load' }).catch(() => {});
    await p.setContent('<canvas width="480" height="360"></canvas>');
    const b64 = await p.evaluate(() => {
      const c = document.querySelector('canvas');
      const g = c.getContext('2d');
      const grad = g.createLinearGradient(0, 0, 480, 360);
      grad.addColorStop(0, '#c4302b');
      grad.addColorStop(1, '#0b5cad');
      g.fillStyle = grad;
      g.fillRect(0, 0, 480, 360);
      for (let i = 0; i < 400; i++) {
        g.fillStyle = `hsl(${i * 7},60%,${30 + (i % 40)}%)`;
        g.fillRect((i * 37) % 480, (i * 53) % 360, 12, 12);
      }
      return c.toDataURL('image/jpeg', 0.8).split(',')[1];
    });
    thumbnail = Buffer.from(b64, 'base64');
    await p.close();
  }

  // ── parse ──
  for (const n of [50, 500, 5000]) {
    virtual.set(`/bench/rss-${n}.xml`, { type: 'application/rss+xml', body: rss(n) });
    virtual.set(`/bench/feed-${n}.json`, { type: 'application/feed+json', body: jsonFeed(n) });
  }
  virtual.set('/bench/parse.html', { type: 'text/html', body: page('', '') });
  virtual.set('/bench/cap-150.xml', { type: 'application/cap+xml', body: capNowcast(150) });
  if (want('parse')) {
    const { p } = await newPage();
    await p.goto(`${origin}/bench/parse.html`);
    await p.addScriptTag({ url: `${origin}/node_modules/rss-parser/dist/rss-parser.min.js` });
    results.parse = await p.evaluate(async () => {
      // The synchronous parser where the build has one (0.2+: parseFeed resolves, parseFeedSync returns).
      const feedModule = await import('/cdn/feed.js');
      const parseFeed = feedModule.parseFeedSync ?? feedModule.parseFeed;
      const Parser = window.RSSParser;
      const out = [];
      const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      for (const n of [50, 500, 5000]) {
        const xml = await (await fetch(`/bench/rss-${n}.xml`)).text();
        const json = await (await fetch(`/bench/feed-${n}.json`)).text();
        const runs = n === 50 ? 25 : n === 500 ? 15 : 7;
        // Interleaved (Siar, JSON, peer, Siar, …) so that load from other processes hits all alike.
        const fns = [
          () => parseFeed(xml, { baseUrl: 'https://contohprov.go.id/feed' }),
          () => parseFeed(json, { baseUrl: 'https://contohprov.go.id/feed' }),
          () => new Parser().parseString(xml),
        ];
        // Warm-up, so that every parser is measured in optimized code, not while it is compiled.
        for (let w = n === 50 ? 20 : n === 500 ? 5 : 2; w > 0; w--) for (const fn of fns) await fn();
        // Small feeds parse in about a millisecond, near the timer's resolution: time batches.
        const batch = n === 50 ? 10 : 1;
        const xs = fns.map(() => []);
        for (let i = 0; i < runs; i++) {
          for (let k = 0; k < fns.length; k++) {
            const t = performance.now();
            for (let b = 0; b < batch; b++) await fns[k]();
            xs[k].push((performance.now() - t) / batch);
          }
        }
        const [siarRss, siarJson, peerRss] = xs.map(med);
        out.push({ items: n, siarRss, siarJson, rssParserRss: peerRss, ratio: peerRss / siarRss });
      }
      return out;
    });
    // Main-thread blocking at Lighthouse's mobile CPU (4× slower): long tasks (≥ 50 ms) while a
    // 5,000-item RSS feed is parsed at once (parseFeedSync) and in slices (parseFeed, which yields
    // to the main thread; named parseFeedAsync in builds before 0.2).
    await p.__cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    results.parseLongTasks = await p.evaluate(async () => {
      const mod = await import('/cdn/feed.js');
      const xml = await (await fetch('/bench/rss-5000.xml')).text();
      const measure = async (fn) => {
        await new Promise((r) => setTimeout(r, 100)); // earlier tasks (the warm-up) are over and reported
        const tasks = [];
        const obs = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
        obs.observe({ type: 'longtask' });
        const t = performance.now();
        await new Promise((resolve, reject) => setTimeout(() => Promise.resolve().then(fn).then(resolve, reject)));
        const total = performance.now() - t;
        await new Promise((r) => setTimeout(r, 100));
        tasks.push(...obs.takeRecords().map((e) => e.duration));
        obs.disconnect();
        return { total, longTasks: tasks.length, longest: tasks.length ? Math.max(...tasks) : 0 };
      };
      const opts = { baseUrl: 'https://contohprov.go.id/feed' };
      const whole = mod.parseFeedSync ?? mod.parseFeed;
      const sliced = mod.parseFeedSync ? mod.parseFeed : mod.parseFeedAsync;
      await whole(xml, opts); // warm-up
      if (sliced) await sliced(xml, opts);
      return {
        items: 5000,
        cpuSlowdown: 4,
        sync: await measure(() => whole(xml, opts)),
        async: typeof sliced === 'function' ? await measure(() => sliced(xml, opts)) : undefined,
      };
    });
    await p.__cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    // <siar-alert> (#15): a BMKG-style CAP nowcast with 150 polygons, read and judged in force.
    results.capParse = await p.evaluate(async () => {
      const { parseCap, alertsInForce } = await import('/cdn/feed.js');
      const xml = await (await fetch('/bench/cap-150.xml')).text();
      const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      for (let w = 0; w < 5; w++) alertsInForce([parseCap(xml)], { now: new Date('2026-11-30T08:00:00Z') });
      const xs = [];
      let shown = 0;
      for (let i = 0; i < 25; i++) {
        const t = performance.now();
        shown = alertsInForce([parseCap(xml)], { now: new Date('2026-11-30T08:00:00Z') }).length;
        xs.push(performance.now() - t);
      }
      return { polygons: 150, bytes: xml.length, ms: med(xs), shown };
    });
    await p.close();
  }

  // ── render ──
  virtual.set('/bench/yt12.xml', { type: 'application/atom+xml', body: youtubeAtom() });
  virtual.set('/bench/directory-500.json', { type: 'application/json', body: directory(500) });
  virtual.set('/bench/render.html', { type: 'text/html', body: page('', '/cdn/siar.js') });
  if (want('render')) {
    const { p } = await newPage();
    await p.goto(`${origin}/bench/render.html`);
    await p.waitForFunction(() => customElements.get('siar-releases'));
    results.render = await p.evaluate(async () => {
      const { loadFeed, loadResource } = await import('/cdn/siar.js');
      const cases = [
        ['siar-releases', { src: '/bench/feed-500.json', limit: '10' }],
        ['siar-videos', { src: '/bench/yt12.xml', limit: '10', thumbnails: 'local' }],
        ['siar-directory', { src: '/bench/directory-500.json', limit: '10' }],
        ['siar-social', { instagram: 'humasprovcontoh', facebook: 'humasprovcontoh', youtube: '@humasprovcontoh', x: 'humasprovcontoh', tiktok: '@humasprovcontoh' }],
      ];
      await loadFeed('/bench/feed-500.json');
      await loadFeed('/bench/yt12.xml');
      void loadResource;
      const out = [];
      for (const [tag, attrs] of cases) {
        const xs = [];
        for (let i = 0; i < 7; i++) {
          const el = document.createElement(tag);
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          const t = performance.now();
          const settled = attrs.src ? new Promise((r) => { el.addEventListener('siar-load', r, { once: true }); el.addEventListener('siar-error', r, { once: true }); }) : null;
          document.body.append(el);
          await settled;
          await el.updateComplete;
          el.getBoundingClientRect();
          xs.push(performance.now() - t);
          el.remove();
        }
        out.push({ widget: tag, ms: [...xs].sort((a, b) => a - b)[3] });
      }
      return out;
    });
    // Heap after rendering 10 items of a 5,000-item feed (feed kept in memory by the cache).
    const client = await p.createCDPSession();
    await client.send('HeapProfiler.collectGarbage');
    const before = (await metrics(p)).JSHeapUsedSize;
    await p.evaluate(async () => {
      const el = document.createElement('siar-releases');
      el.setAttribute('src', '/bench/feed-5000.json');
      el.setAttribute('limit', '10');
      const done = new Promise((r) => el.addEventListener('siar-load', r, { once: true }));
      document.body.append(el);
      await done;
      await el.updateComplete;
    });
    await client.send('HeapProfiler.collectGarbage');
    const after = (await metrics(p)).JSHeapUsedSize;
    results.memory = { feedItems: 5000, heapBefore: before, heapAfter: after, delta: after - before };
    await p.close();
  }

  // ── requests ──
  virtual.set(
    '/bench/all.html',
    {
      type: 'text/html',
      body: page(
        `<siar-releases src="/demo/data/releases.json"></siar-releases><siar-releases layout="cards" src="/demo/data/releases.json"></siar-releases>
         <siar-videos src="/demo/data/videos.json"></siar-videos><siar-directory src="/demo/data/directory.json"></siar-directory>
         <siar-social instagram="humasprovcontoh" youtube="@humasprovcontoh"></siar-social>`,
        '/cdn/siar.js',
      ),
    },
  );
  if (want('requests')) {
    const { p, log } = await newPage();
    await p.goto(`${origin}/bench/all.html`, { waitUntil: 'networkidle0' });
    const count = (part) => log.requests.filter((u) => u.includes(part)).length;
    results.requests = {
      total: log.requests.length,
      releasesJson: count('/demo/data/releases.json'),
      videosJson: count('/demo/data/videos.json'),
      directoryJson: count('/demo/data/directory.json'),
      thirdPartyRequestsBeforeClick: log.thirdPartyRequests,
      thirdPartyBytesBeforeClick: log.thirdPartyBytes,
      purifyLoaded: log.requests.some((u) => /purify/.test(u)),
    };
    await p.close();
  }

  // ── facades: 12 Siar videos vs 12 lite-youtube ──
  virtual.set('/bench/siar-12.html', { type: 'text/html', body: page('<siar-videos src="/bench/yt12.xml" limit="12"></siar-videos>', '/cdn/elements/siar-videos.js') });
  virtual.set('/bench/siar-12-local.html', { type: 'text/html', body: page('<siar-videos thumbnails="local" src="/bench/yt12.xml" limit="12"></siar-videos>', '/cdn/elements/siar-videos.js') });
  virtual.set(
    '/bench/lite-12.html',
    { type: 'text/html', body: page(YT_IDS.map((id, i) => `<lite-youtube videoid="${id}" videotitle="Video ${i + 1}"></lite-youtube>`).join(''), '/node_modules/@justinribeiro/lite-youtube/lite-youtube.js') },
  );
  const facade = async (path, ready) => {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      // A fresh page per run: its counters start at zero (they reset on navigation).
      const { p, log } = await newPage();
      await p.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
      await p.waitForFunction(ready);
      const m = await metrics(p);
      runs.push({ bytes: log.bytes, requests: log.requests.length, thirdPartyRequests: log.thirdPartyRequests, thirdPartyBytes: log.thirdPartyBytes, scriptMs: m.ScriptDuration * 1000, taskMs: m.TaskDuration * 1000 });
      await p.close();
    }
    const pick = (k) => median(runs.map((r) => r[k]));
    return { bytes: pick('bytes'), requests: pick('requests'), thirdPartyRequests: pick('thirdPartyRequests'), thirdPartyBytes: pick('thirdPartyBytes'), scriptMs: pick('scriptMs'), taskMs: pick('taskMs') };
  };
  if (want('facades')) results.facades = {
    siar: await facade('/bench/siar-12.html', () => document.querySelector('siar-videos')?.shadowRoot?.querySelectorAll('button[part="play-button"]').length === 12),
    siarLocalThumbnails: await facade('/bench/siar-12-local.html', () => document.querySelector('siar-videos')?.shadowRoot?.querySelectorAll('button[part="play-button"]').length === 12),
    liteYoutube: await facade('/bench/lite-12.html', () => [...document.querySelectorAll('lite-youtube')].every((e) => e.shadowRoot)),
  };
  if (want('facades')) results.facades.ratio = {
    bytes: results.facades.liteYoutube.bytes / results.facades.siar.bytes,
    scripting: results.facades.liteYoutube.scriptMs / results.facades.siar.scriptMs,
  };

  // ── search: 500 agencies, one keystroke at a time ──
  virtual.set('/bench/dir.html', { type: 'text/html', body: page('<siar-directory src="/bench/directory-500.json" group="type"></siar-directory>', '/cdn/elements/siar-directory.js') });
  if (want('search')) {
    const { p } = await newPage();
    await p.goto(`${origin}/bench/dir.html`, { waitUntil: 'networkidle0' });
    await p.waitForFunction(() => document.querySelector('siar-directory')?.getAttribute('state') === 'ready');
    results.search = await p.evaluate(async () => {
      const el = document.querySelector('siar-directory');
      const input = el.shadowRoot.querySelector('input[type="search"]');
      const times = [];
      for (const query of ['dinas kesehatan', 'komunikasi informatika', 'opd12']) {
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        for (let i = 1; i <= query.length; i++) {
          const t = performance.now();
          input.value = query.slice(0, i);
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: query[i - 1], inputType: 'insertText' }));
          await el.updateComplete;
          el.shadowRoot.querySelector('[part="base"]')?.getBoundingClientRect(); // style + layout
          document.body.offsetHeight;
          times.push(performance.now() - t);
          await new Promise((r) => requestAnimationFrame(() => r()));
        }
      }
      const s = [...times].sort((a, b) => a - b);
      return { agencies: 500, keystrokes: times.length, median: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)], max: s[s.length - 1], frameBudget: 16.7 };
    });
    await p.close();
  }

  // ── save-data: the same page for a reader who asks to save data and for one who does not ──
  virtual.set(
    '/bench/save-data.html',
    { type: 'text/html', body: page('<siar-releases src="/demo/data/releases.json" limit="5"></siar-releases><siar-videos src="/demo/data/videos.json"></siar-videos>', '/cdn/siar.js') },
  );
  if (want('save-data')) {
    const visit = async (connection) => {
      const runs = [];
      for (let i = 0; i < 3; i++) {
        const { p, log } = await newPage();
        // What Chrome reports with "Lite mode" / Save-Data on; `null`: the API left as it is (fast, no Save-Data here).
        if (connection) await p.evaluateOnNewDocument((c) => Object.defineProperty(Navigator.prototype, 'connection', { get: () => c, configurable: true }), connection);
        const images = []; // requested from the network (the placeholder's data: URL is not)
        p.on('request', (r) => r.resourceType() === 'image' && !r.url().startsWith('data:') && images.push(r.url()));
        await p.goto(`${origin}/bench/save-data.html`, { waitUntil: 'networkidle0' });
        await p.waitForFunction(() => ['siar-releases', 'siar-videos'].every((t) => ['ready', 'empty', 'error'].includes(document.querySelector(t)?.getAttribute('state') ?? '')));
        await new Promise((r) => setTimeout(r, 300)); // lazy images in view start now
        await p.waitForNetworkIdle({ idleTime: 300 }).catch(() => {});
        runs.push({ bytes: log.bytes, requests: log.requests.length, images: images.length, thirdPartyRequests: log.thirdPartyRequests });
        await p.close();
      }
      const pick = (k) => median(runs.map((r) => r[k]));
      return { bytes: pick('bytes'), requests: pick('requests'), images: pick('images'), thirdPartyRequests: pick('thirdPartyRequests') };
    };
    const normal = await visit(null);
    const saving = await visit({ saveData: true, effectiveType: '4g', downlink: 10, rtt: 50 });
    results.saveData = { page: 'releases limit=5 + videos (12), demo feeds, cdn/siar.js', normal, saving, saved: normal.bytes - saving.bytes };
  }
  await browser.close();
}
server.close();

// ── report ──
console.log(`\nSiar benchmark — ${results.chromium ?? 'sizes only'}${only ? ` (only: ${[...only].join(', ')})` : ''}\n`);
if (results.sizes) {
  console.log('Sizes (start-up closure: the entry and every chunk it imports statically)');
  console.log('  entry                                   files       min      gzip    brotli');
  for (const [k, v] of Object.entries(results.sizes)) console.log(`  ${k.padEnd(40)}${String(v.files).padStart(4)} ${kb(v.min).padStart(9)} ${kb(v.gzip).padStart(9)} ${kb(v.brotli).padStart(9)}`);
  const lite = results.sizes['peer: @justinribeiro/lite-youtube'];
  const vid = results.sizes['cdn/elements/siar-videos.js'];
  console.log(`  → siar-videos (Lit + feed engine + widget) / lite-youtube (one video, no feed), gzip: ${(vid.gzip / lite.gzip).toFixed(2)}×`);
}
if (results.capParse) {
  const c = results.capParse;
  console.log(`\n<siar-alert>: a ${c.polygons}-polygon BMKG-style CAP nowcast (${kb(c.bytes)}) read and judged in force in ${ms(c.ms)} (median of 25; ${c.shown} shown)`);
}
if (results.parse) {
  console.log('\nParse + normalize (median)        Siar RSS   Siar JSON  rss-parser RSS   rss-parser ÷ Siar');
  for (const r of results.parse) console.log(`  ${String(r.items).padStart(5)} items                    ${ms(r.siarRss).padStart(10)} ${ms(r.siarJson).padStart(10)} ${ms(r.rssParserRss).padStart(14)} ${(r.ratio.toFixed(2) + '×').padStart(12)}`);
  const lt = results.parseLongTasks;
  const row = (v) => `${ms(v.total).padStart(10)} in all, ${String(v.longTasks).padStart(3)} long task${v.longTasks === 1 ? ' ' : 's'}, longest ${ms(v.longest)}`;
  console.log(`  ${lt.items.toLocaleString('en')} items at ${lt.cpuSlowdown}× CPU: parseFeedSync ${row(lt.sync)}`);
  console.log(`  ${' '.repeat(lt.items.toLocaleString('en').length + 13)}parseFeed     ${lt.async ? row(lt.async) : '(not in this build)'}`);
}
if (results.render) {
  console.log('\nFeed data → 10 rendered items (median of 7)');
  for (const r of results.render) console.log(`  ${r.widget.padEnd(16)} ${ms(r.ms)}`);
  console.log(`  JS heap growth after <siar-releases> over a 5,000-item feed: ${kb(results.memory.delta)} (heap ${kb(results.memory.heapAfter)})`);
}
if (results.requests) {
  const q = results.requests;
  console.log(`\nRequests — page with 4 widgets + 2 releases widgets on one feed: releases.json ×${q.releasesJson}, videos.json ×${q.videosJson}, directory.json ×${q.directoryJson}; third-party before any click: ${q.thirdPartyRequestsBeforeClick} requests, ${q.thirdPartyBytesBeforeClick} bytes; DOMPurify loaded: ${q.purifyLoaded}`);
}
if (results.facades) {
  const f = results.facades;
  console.log('\n12 video facades (median of 5)          bytes   requests  3rd-party   scripting      tasks');
  for (const [k, v] of [['Siar (YouTube thumbnails)', f.siar], ['Siar (thumbnails="local")', f.siarLocalThumbnails], ['lite-youtube ×12', f.liteYoutube]]) {
    console.log(`  ${k.padEnd(34)} ${kb(v.bytes).padStart(9)} ${String(v.requests).padStart(9)} ${String(v.thirdPartyRequests).padStart(10)} ${ms(v.scriptMs).padStart(11)} ${ms(v.taskMs).padStart(10)}`);
  }
  console.log(`  → lite-youtube ÷ Siar: bytes ${f.ratio.bytes.toFixed(2)}×, scripting ${f.ratio.scripting.toFixed(2)}×`);
}
if (results.saveData) {
  const d = results.saveData;
  console.log('\nSave-data bytes — <siar-releases limit=5> + <siar-videos>, demo feeds (median of 3)     bytes  requests  images');
  for (const [k, v] of [['reader without Save-Data', d.normal], ['reader with Save-Data (text first)', d.saving]]) {
    console.log(`  ${k.padEnd(80)} ${kb(v.bytes).padStart(9)} ${String(v.requests).padStart(9)} ${String(v.images).padStart(7)}`);
  }
  console.log(`  → saved ${kb(d.saved)} (${((100 * d.saved) / d.normal.bytes).toFixed(0)} %) until the reader presses "Tampilkan gambar"`);
}
if (results.search) {
  const s = results.search;
  console.log(`\nDirectory search, ${s.agencies} agencies, ${s.keystrokes} keystrokes: median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(s.max)} (frame: 16.7 ms)`);
}
// A partial run never overwrites the full results (CI reads those).
const resultsFile = only && !process.argv.includes('--sizes-only') ? '.tmp/bench-results.partial.json' : 'bench/results.json';
await mkdir(join(root, dirname(resultsFile)), { recursive: true });
await writeFile(join(root, resultsFile), JSON.stringify(results, null, 2));
console.log(`\nWrote ${resultsFile}`);

// --budget: a pass/fail on bytes only (timings vary by machine and are reported, never gated).
if (process.argv.includes('--budget')) {
  const budget = JSON.parse(await readFile(join(root, 'bench/budget.json'), 'utf8'));
  let over = 0;
  for (const [entry, limit] of Object.entries(budget)) {
    if (entry.startsWith('$')) continue;
    const actual = results.sizes[entry]?.gzip;
    const ok = actual !== undefined && actual <= limit;
    if (!ok) over++;
    console.log(`budget ${ok ? 'ok  ' : 'OVER'} ${entry.padEnd(34)} ${String(actual).padStart(7)} / ${limit} bytes gzip`);
  }
  console.log(`size budget: ${Object.keys(budget).filter((k) => !k.startsWith('$')).length - over} passed, ${over} failed`);
  if (over) process.exitCode = 1;
}
