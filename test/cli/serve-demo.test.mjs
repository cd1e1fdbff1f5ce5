// scripts/serve-demo.mjs (npm start, and the origins of npm run lighthouse): serves like a CDN —
// negotiated brotli/gzip with Vary, content types, ETag/Last-Modified and 304, Cache-Control,
// CORS only where it belongs, OPTIONS refused, nothing outside the root.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { cacheControl, contentType, createStaticServer, listen, negotiateEncoding } from '../../scripts/serve-demo.mjs';

const JSON_FEED = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Siaran Pers', items: Array.from({ length: 40 }, (_, i) => ({ id: `${i}`, title: `Siaran pers nomor ${i}` })) });
const RSS = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- umpan -->\n<rss version="2.0"><channel><title>Berita</title>${'<item><title>Judul</title></item>'.repeat(30)}</channel></rss>`;
const ATOM = `<?xml version='1.0' encoding='ISO-8859-1'?><feed xmlns="http://www.w3.org/2005/Atom"><title>Video</title></feed>`;
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const files = {
  'demo/index.html': `<!doctype html><title>Demo</title>${'<p>Provinsi Contoh</p>'.repeat(50)}`,
  'demo/data/releases.json': JSON_FEED,
  'demo/data/releases.xml': RSS,
  'demo/data/videos.xml': ATOM,
  'demo/img/logo.png': PNG,
  'cdn/siar.js': `export const x = ${JSON.stringify('lit '.repeat(500))};`,
  'cdn/chunks/styles-COeP0wSQ.js': `export const y = ${JSON.stringify('css '.repeat(500))};`,
  '.env': 'SECRET=1',
};

let root;
let outside;
let base;
let cdnBase;
const servers = [];

function get(url, { method = 'GET', headers = {} } = {}) {
  return new Promise((done, fail) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}
const decoded = (r) => (r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.body) : r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body);

before(async () => {
  const parent = mkdtempSync(join(tmpdir(), 'siar-serve-'));
  root = join(parent, 'root');
  outside = join(parent, 'secret.txt');
  writeFileSync(outside, 'outside the root');
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), body);
  }
  const demo = createStaticServer({ root });
  const cdn = createStaticServer({ root, cors: () => true, index: '/', transform: (p, b) => (p.endsWith('.html') ? b.toString().replace('Provinsi Contoh', 'Kabupaten Contoh') : undefined) });
  servers.push(demo, cdn);
  base = `http://127.0.0.1:${await listen(demo, 0, '127.0.0.1')}`;
  cdnBase = `http://127.0.0.1:${await listen(cdn, 0, '127.0.0.1')}`;
});
after(() => {
  for (const s of servers) s.closeAllConnections(), s.close();
  rmSync(dirname(root), { recursive: true, force: true });
});

describe('serve-demo: compression', () => {
  it('negotiates brotli, gzip or identity from Accept-Encoding', () => {
    assert.equal(negotiateEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(negotiateEncoding('gzip, deflate'), 'gzip');
    assert.equal(negotiateEncoding('br;q=0.5, gzip;q=0.8'), 'gzip');
    assert.equal(negotiateEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(negotiateEncoding('*'), 'br');
    assert.equal(negotiateEncoding('*;q=0.1, br;q=0'), 'gzip');
    assert.equal(negotiateEncoding('identity'), 'identity');
    assert.equal(negotiateEncoding('deflate'), 'identity');
    assert.equal(negotiateEncoding(undefined), 'identity');
    assert.equal(negotiateEncoding('x-gzip'), 'gzip');
  });

  for (const [accept, coding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['', undefined]]) {
    it(`sends ${coding ?? 'identity'} for "${accept}", with Vary, a per-coding ETag and the exact bytes`, async () => {
      const r = await get(`${base}/demo/data/releases.json`, { headers: accept ? { 'Accept-Encoding': accept } : {} });
      assert.equal(r.status, 200);
      assert.equal(r.headers['content-encoding'], coding);
      assert.equal(r.headers.vary, 'Accept-Encoding');
      assert.equal(Number(r.headers['content-length']), r.body.length);
      assert.equal(decoded(r).toString(), JSON_FEED);
      if (coding) assert.ok(r.body.length < JSON_FEED.length / 3, `${coding} actually compresses`);
      assert.match(r.headers.etag, coding ? new RegExp(`^"[\\w-]+-${coding}"$`) : /^"[\w-]+"$/);
    });
  }

  it('compresses HTML, JavaScript and XML feeds but not PNG (no Vary there either)', async () => {
    for (const path of ['/demo/index.html', '/cdn/siar.js', '/demo/data/releases.xml']) {
      const r = await get(`${base}${path}`, { headers: { 'Accept-Encoding': 'br' } });
      assert.equal(r.headers['content-encoding'], 'br', path);
    }
    const png = await get(`${base}/demo/img/logo.png`, { headers: { 'Accept-Encoding': 'gzip, br' } });
    assert.equal(png.headers['content-encoding'], undefined);
    assert.equal(png.headers.vary, undefined);
    assert.deepEqual(png.body, PNG);
  });
});

describe('serve-demo: headers', () => {
  it('sends correct content types, sniffing RSS and Atom and their declared charset', async () => {
    const expect = {
      '/demo/index.html': 'text/html; charset=utf-8',
      '/cdn/siar.js': 'text/javascript; charset=utf-8',
      '/demo/data/releases.json': 'application/json; charset=utf-8',
      '/demo/data/releases.xml': 'application/rss+xml; charset=utf-8',
      '/demo/data/videos.xml': 'application/atom+xml; charset=iso-8859-1',
      '/demo/img/logo.png': 'image/png',
    };
    for (const [path, type] of Object.entries(expect)) assert.equal((await get(`${base}${path}`)).headers['content-type'], type, path);
    assert.equal((await get(`${base}/demo/index.html`)).headers['x-content-type-options'], 'nosniff');
    assert.equal(contentType('a.xml', Buffer.from('<?xml version="1.0"?><rdf:RDF/>')), 'application/rdf+xml; charset=utf-8');
    assert.equal(contentType('a.xml', Buffer.from('<opml/>')), 'application/xml; charset=utf-8');
  });

  it('sets Cache-Control: HTML revalidates, hashed chunks are immutable, feeds 5 minutes', async () => {
    assert.equal((await get(`${base}/demo/index.html`)).headers['cache-control'], 'no-cache');
    assert.equal((await get(`${base}/cdn/chunks/styles-COeP0wSQ.js`)).headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal((await get(`${base}/demo/data/releases.json`)).headers['cache-control'], 'public, max-age=300');
    assert.equal((await get(`${base}/cdn/siar.js`)).headers['cache-control'], 'public, max-age=300');
    assert.equal(cacheControl('/cdn/chunks/styles.js', 'text/javascript'), 'public, max-age=300', 'no hash, not immutable');
  });

  it('answers 304 to a matching If-None-Match (per coding) or If-Modified-Since, without a body', async () => {
    const first = await get(`${base}/demo/data/releases.json`, { headers: { 'Accept-Encoding': 'br' } });
    const again = await get(`${base}/demo/data/releases.json`, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': `W/"x", ${first.headers.etag}` } });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    assert.equal(again.headers.etag, first.headers.etag);
    assert.equal(again.headers['access-control-allow-origin'], '*');
    assert.equal(again.headers.vary, 'Accept-Encoding');
    const otherCoding = await get(`${base}/demo/data/releases.json`, { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': first.headers.etag } });
    assert.equal(otherCoding.status, 200, 'the brotli ETag does not validate the gzip representation');
    const since = await get(`${base}/demo/data/releases.json`, { headers: { 'If-Modified-Since': first.headers['last-modified'] } });
    assert.equal(since.status, 304);
    const stale = await get(`${base}/demo/data/releases.json`, { headers: { 'If-Modified-Since': 'Thu, 01 Jan 1970 00:00:00 GMT' } });
    assert.equal(stale.status, 200);
  });

  it('answers HEAD with the headers and no body', async () => {
    const r = await get(`${base}/demo/data/releases.json`, { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } });
    assert.equal(r.status, 200);
    assert.equal(r.body.length, 0);
    assert.equal(r.headers['content-encoding'], 'br');
    assert.ok(Number(r.headers['content-length']) > 0);
  });
});

describe('serve-demo: CORS and methods', () => {
  it('allows any origin on feeds and bundles only (demo server)', async () => {
    assert.equal((await get(`${base}/demo/data/releases.json`)).headers['access-control-allow-origin'], '*');
    assert.equal((await get(`${base}/cdn/siar.js`)).headers['access-control-allow-origin'], '*');
    assert.equal((await get(`${base}/demo/index.html`)).headers['access-control-allow-origin'], undefined);
  });

  it('a CDN/data origin adds Access-Control-Allow-Origin everywhere and nothing else of CORS', async () => {
    const r = await get(`${cdnBase}/demo/index.html`, { headers: { Origin: 'http://127.0.0.1:1' } });
    assert.equal(r.headers['access-control-allow-origin'], '*');
    assert.deepEqual(Object.keys(r.headers).filter((h) => h.startsWith('access-control-')), ['access-control-allow-origin']);
  });

  it('refuses OPTIONS (no preflight support) and other methods with 405 and Allow', async () => {
    for (const method of ['OPTIONS', 'POST', 'PUT', 'DELETE']) {
      const r = await get(`${cdnBase}/demo/data/releases.json`, { method, headers: { Origin: 'http://127.0.0.1:1', 'Access-Control-Request-Method': 'GET' } });
      assert.equal(r.status, 405, method);
      assert.equal(r.headers.allow, 'GET, HEAD');
      assert.equal(r.headers['access-control-allow-methods'], undefined);
    }
  });
});

describe('serve-demo: paths', () => {
  it('redirects / to the demo and directories to their slash, and serves index.html', async () => {
    const r = await get(`${base}/`);
    assert.equal(r.status, 302);
    assert.equal(r.headers.location, '/demo/');
    const d = await get(`${base}/demo?x=1`);
    assert.equal(d.status, 301);
    assert.equal(d.headers.location, '/demo/?x=1');
    const i = await get(`${base}/demo/`);
    assert.equal(i.status, 200);
    assert.match(i.body.toString(), /Provinsi Contoh/);
  });

  it('serves nothing outside the root, no dotfiles, no malformed paths', async () => {
    for (const path of ['/.env', '/demo/%2e%2e/%2e%2e/secret.txt', '/..%2f..%2fsecret.txt', '/demo/..%2f..%2fsecret.txt', '/nope.js', '/demo/%00.html']) {
      const r = await get(`${base}${path}`);
      assert.equal(r.status, 404, path);
      assert.doesNotMatch(r.body.toString(), /SECRET|outside the root/, path);
    }
    assert.equal((await get(`${base}/demo/%E0%A4%A.html`)).status, 400);
  });

  it('applies a transform before compressing and hashing', async () => {
    const r = await get(`${cdnBase}/demo/index.html`, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.match(decoded(r).toString(), /Kabupaten Contoh/);
    const plain = await get(`${base}/demo/index.html`, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.notEqual(r.headers.etag, plain.headers.etag);
    assert.equal((await get(`${cdnBase}/`)).status, 404, 'index "/" serves / itself (no index.html there)');
  });
});
