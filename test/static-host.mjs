// A second origin for browser tests: a read-only static host that behaves like the nginx and
// Apache configurations in docs/publisher.md §10, and nothing more generous. Every response
// carries `Access-Control-Allow-Origin: *` and no other CORS header, so a request that needs a
// preflight fails here exactly as it fails on a real province's host: `OPTIONS` gets 405.
//
// Serves /test/fixtures/…, /demo/data/… and /demo/img/… (the same paths as on the test server, another
// origin). GET and HEAD only; dot-files and anything outside those folders are refused; gzip
// when the client asks; ETag / Last-Modified with 304 answers. Every request is counted by
// "METHOD /path", by "METHOD" and by "STATUS /path"; GET /__hits returns the counts (also with the CORS header, so pages can read it).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOTS = {
  '/test/fixtures/': resolve('test/fixtures'),
  '/demo/data/': resolve('demo/data'),
  // The demo profile's logo and the demo items' images sit next to the data folder.
  '/demo/img/': resolve('demo/img'),
};

/** nginx's mime.types for the files a Siar folder holds. */
const TYPES = {
  '.json': 'application/json',
  '.xml': 'text/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
};
/** gzip_types of the docs (text/html is always compressed by nginx, and never served here). */
const GZIP = new Set(['application/json', 'text/xml']);

const COMMON = {
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'public, max-age=300, stale-while-revalidate=600',
  'X-Content-Type-Options': 'nosniff',
};

/** Maps a request path to a file inside one of the roots, or `undefined` (refused). */
function fileFor(pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  for (const [prefix, dir] of Object.entries(ROOTS)) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    // Dot-files (.siar-state.json, .siar-lock) and dot-segments are never served (`location ~ /\.`).
    if (rest.split(/[/\\]/).some((part) => part.startsWith('.'))) return undefined;
    const file = resolve(dir, rest);
    return file.startsWith(dir + sep) ? file : undefined;
  }
  return undefined;
}

function etagOf(info) {
  // nginx's form: "<mtime hex>-<size hex>"
  return `"${Math.floor(info.mtimeMs / 1000).toString(16)}-${info.size.toString(16)}"`;
}

/**
 * Starts the host on a free port of 127.0.0.1 (the test server runs on localhost: another origin).
 * Resolves to `{ origin, counts, close }`.
 */
export async function startStaticHost({ port = 0, host = '127.0.0.1' } = {}) {
  const counts = new Map();
  const count = (key) => counts.set(key, (counts.get(key) ?? 0) + 1);

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const method = req.method ?? 'GET';
    count(`${method} ${url.pathname}`);
    count(method);
    const send = (status, headers = {}, body) => {
      count(`${status} ${url.pathname}`);
      res.writeHead(status, { ...COMMON, ...headers });
      res.end(method === 'HEAD' ? undefined : body);
    };

    if (url.pathname === '/__hits' && method === 'GET') {
      return send(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }, JSON.stringify(Object.fromEntries(counts)));
    }
    // A static host serves files; it has no answer to a preflight (nginx: 405 Not Allowed).
    if (method !== 'GET' && method !== 'HEAD') {
      return send(405, { 'Content-Type': 'text/plain', Allow: 'GET, HEAD' }, '405 Not Allowed');
    }
    const file = fileFor(url.pathname);
    if (!file) return send(403, { 'Content-Type': 'text/plain' }, '403 Forbidden');
    let info;
    try {
      info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
    } catch {
      return send(404, { 'Content-Type': 'text/plain' }, '404 Not Found');
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const etag = etagOf(info);
    const lastModified = new Date(Math.floor(info.mtimeMs / 1000) * 1000).toUTCString();
    const validators = { ETag: etag, 'Last-Modified': lastModified };
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const fresh = inm
      ? inm.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*')
      : ims !== undefined && Date.parse(ims) >= Date.parse(lastModified);
    if (fresh) return send(304, validators);

    let body = await readFile(file);
    const headers = { ...validators, 'Content-Type': type };
    if (GZIP.has(type)) {
      headers.Vary = 'Accept-Encoding';
      if (/\bgzip\b/i.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = String(body.length);
    send(200, headers, body);
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  return {
    origin: `http://${host}:${address.port}`,
    counts,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

// Started by web-test-runner.config.mjs; the mock server tells test pages where it is.
let running;

/** Web Test Runner plugin: the host lives as long as the test server. */
export function staticHostPlugin() {
  return {
    name: 'siar-static-host',
    async serverStart() {
      running = await startStaticHost();
    },
    async serverStop() {
      await running?.close();
      running = undefined;
    },
  };
}

/** The running host's origin (for the mock server's /__mock/static-host). */
export function staticHostOrigin() {
  return running?.origin;
}
