// npm start: serves the demo (built cdn/ + demo/ with the sample province) on localhost, the way a
// CDN or a well-configured province server would, so what the browser (and `npm run lighthouse`)
// sees is what a deployment sends:
// - gzip or brotli, negotiated by Accept-Encoding (`Vary: Accept-Encoding` on every compressible
//   response), compressed once per file version and kept in memory;
// - correct Content-Type (RSS/Atom sniffed from the root element, charset from the XML declaration);
// - a strong ETag per representation and Last-Modified, answering 304 to revalidation;
// - Cache-Control: HTML `no-cache`, content-hashed chunks `immutable` for a year, everything else
//   (feeds included) `public, max-age=300`;
// - `Access-Control-Allow-Origin: *` on the feeds (demo/data/) and the bundles (cdn/, and dist/), nothing
//   more: feeds are fetched with CORS-simple requests, so OPTIONS (a preflight) answers 405.
// Also a module: `createStaticServer()` is what scripts/lighthouse.mjs uses for its page, CDN and
// data origins. Node built-ins only.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** Content-Type of a file; `.xml` is sniffed: RSS, Atom or RDF by root element, charset from the declaration. */
export function contentType(path, body) {
  const ext = extname(path).toLowerCase();
  if (ext !== '.xml') return TYPES[ext] ?? 'application/octet-stream';
  const head = body.subarray(0, 1024).toString('latin1');
  const charset = (/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ?? 'utf-8').toLowerCase();
  const root = /<(?![?!])([\w:.-]+)/.exec(head.replace(/<!--[\s\S]*?-->/g, ''))?.[1];
  const kind = root === 'rss' ? 'rss+xml' : root === 'feed' ? 'atom+xml' : root === 'rdf:RDF' ? 'rdf+xml' : 'xml';
  return `application/${kind}; charset=${charset}`;
}

const compressible = (type) => /^text\/|[/+](json|xml|javascript)\b|^image\/svg\+xml|^application\/(wasm|manifest\+json)/.test(type);

/**
 * The coding to send for an Accept-Encoding header: 'br', 'gzip' or 'identity'. Highest q wins;
 * on a tie brotli before gzip. `*` covers codings not named; q=0 refuses.
 */
export function negotiateEncoding(header) {
  if (!header) return 'identity';
  const q = new Map();
  for (const part of String(header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(value) ? value : 0);
  }
  const of = (coding) => q.get(coding) ?? q.get('*') ?? 0;
  const best = ['br', 'gzip'].map((c) => [c, of(c)]).filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : 'identity';
}

/** Cache-Control by path: HTML revalidates, content-hashed chunks are immutable, the rest 5 minutes. */
export function cacheControl(urlPath, type) {
  if (type.startsWith('text/html')) return 'no-cache';
  if (/^\/(cdn|dist)\/chunks\/[^/]+-[\w-]{8}\.js$/.test(urlPath)) return 'public, max-age=31536000, immutable';
  return 'public, max-age=300';
}

/** Paths that get `Access-Control-Allow-Origin: *` on the demo server: the feeds and the bundles. */
const DEMO_CORS = (urlPath) => urlPath.startsWith('/demo/data/') || urlPath.startsWith('/cdn/') || urlPath.startsWith('/dist/');

/**
 * A compressing static file server for `root`.
 * @param {object} options
 * @param {string} options.root directory served at /
 * @param {(urlPath: string) => boolean} [options.cors] which paths get `Access-Control-Allow-Origin: *`
 *   (default: demo/data/, cdn/ and dist/); pass `() => true` for a CDN or feed origin
 * @param {string} [options.index] where `/` redirects (default /demo/)
 * @param {(urlPath: string, body: Buffer) => Buffer | string | undefined} [options.transform]
 *   rewrites a file before it is compressed and hashed (used for HTML by the Lighthouse harness)
 */
export function createStaticServer({ root, cors = DEMO_CORS, index = '/demo/', transform } = {}) {
  root = resolve(root);
  const cache = new Map(); // `${file}\0${mtime}\0${size}` → { body, type, etag, encoded: Map }
  let cachedBytes = 0;

  async function load(file, urlPath, st) {
    const key = `${file}\0${st.mtimeMs}\0${st.size}`;
    let entry = cache.get(key);
    if (entry) return entry;
    let body = await readFile(file);
    const type = contentType(file, body);
    const changed = transform?.(urlPath, body);
    if (changed !== undefined) body = Buffer.from(changed);
    const etag = createHash('sha1').update(body).digest('base64url').slice(0, 20);
    entry = { body, type, etag, encoded: new Map() };
    if (cachedBytes > 128 * 1024 * 1024) (cache.clear(), (cachedBytes = 0));
    cache.set(key, entry);
    cachedBytes += body.length;
    return entry;
  }

  async function encode(entry, coding) {
    if (coding === 'identity') return entry.body;
    let out = entry.encoded.get(coding);
    if (!out) {
      out =
        coding === 'br'
          ? await brotli(entry.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length } })
          : await gzipAsync(entry.body, { level: 9 });
      if (out.length >= entry.body.length) out = entry.body; // not worth it: send identity
      entry.encoded.set(coding, out);
      cachedBytes += out.length;
    }
    return out;
  }

  function send(res, status, headers, body, head) {
    res.writeHead(status, headers);
    res.end(head ? undefined : body);
  }
  const text = (res, status, message, extra = {}) =>
    send(res, status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra }, `${message}\n`);

  return createServer(async (req, res) => {
    try {
      const method = req.method ?? 'GET';
      if (method !== 'GET' && method !== 'HEAD') {
        return text(res, 405, '405 Metode tidak diizinkan / Method not allowed', { Allow: 'GET, HEAD' });
      }
      const head = method === 'HEAD';
      const url = new URL(req.url ?? '/', 'http://x');
      let urlPath;
      try {
        urlPath = decodeURIComponent(url.pathname);
      } catch {
        return text(res, 400, '400 Alamat tidak sah / Bad request');
      }
      if (urlPath === '/' && index !== '/') return send(res, 302, { Location: index }, '', head);
      // No dotfiles (.git, .env…), no NUL, nothing outside root.
      if (urlPath.includes('\0') || urlPath.split('/').some((s) => s.startsWith('.'))) return text(res, 404, '404 Tidak ditemukan / Not found');
      let file = resolve(root, `.${urlPath}`);
      if (file !== root && !file.startsWith(root + sep)) return text(res, 404, '404 Tidak ditemukan / Not found');
      let st = await stat(file).catch(() => undefined);
      if (st?.isDirectory()) {
        if (!urlPath.endsWith('/')) return send(res, 301, { Location: `${url.pathname}/${url.search}` }, '', head);
        file = resolve(file, 'index.html');
        urlPath += 'index.html';
        st = await stat(file).catch(() => undefined);
      }
      if (!st?.isFile()) return text(res, 404, '404 Tidak ditemukan / Not found');

      const entry = await load(file, urlPath, st);
      const headers = {
        'Content-Type': entry.type,
        'Cache-Control': cacheControl(urlPath, entry.type),
        'Last-Modified': new Date(Math.floor(st.mtimeMs / 1000) * 1000).toUTCString(),
        'X-Content-Type-Options': 'nosniff',
      };
      if (cors(urlPath)) headers['Access-Control-Allow-Origin'] = '*';
      let coding = 'identity';
      if (compressible(entry.type)) {
        headers.Vary = 'Accept-Encoding';
        coding = negotiateEncoding(req.headers['accept-encoding']);
      }
      const body = await encode(entry, coding);
      if (body === entry.body) coding = 'identity';
      headers.ETag = `"${entry.etag}${coding === 'identity' ? '' : `-${coding}`}"`;
      if (coding !== 'identity') headers['Content-Encoding'] = coding;

      const inm = req.headers['if-none-match'];
      const ims = req.headers['if-modified-since'];
      const fresh = inm
        ? inm.trim() === '*' || inm.split(',').some((t) => t.trim().replace(/^W\//, '') === headers.ETag)
        : ims !== undefined && !Number.isNaN(Date.parse(ims)) && Math.floor(st.mtimeMs / 1000) * 1000 <= Date.parse(ims);
      if (fresh) {
        delete headers['Content-Type'];
        delete headers['Content-Encoding'];
        return send(res, 304, headers, '', true);
      }
      headers['Content-Length'] = body.length;
      return send(res, 200, headers, body, head);
    } catch (error) {
      if (!res.headersSent) text(res, 500, '500 Galat server / Server error');
      else res.destroy(error);
    }
  });
}

/** Starts `server` on host:port (0 = any free port); resolves to the port. */
export function listen(server, port, host) {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done(server.address().port);
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const port = Number(process.env.PORT ?? 8000);
  const server = createStaticServer({ root });
  await listen(server, port, 'localhost');
  console.log(`\nSiar demo: http://localhost:${port}/demo/  (Ctrl+C to stop)\n`);
  process.on('SIGINT', () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
