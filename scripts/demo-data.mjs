#!/usr/bin/env node
// Produces the demo's feeds the way a province would: serves the sample SOURCES in demo/sources/
// (agency RSS/Atom/RDF/JSON feeds, YouTube channel and playlist feeds, TikTok/Instagram/Facebook
// URL lists, a directory CSV) on 127.0.0.1, and runs the built publisher CLI against them:
//
//   npm run build && node scripts/demo-data.mjs
//
// which is `siar build demo/siar.config.json --out demo/data` with SIAR_DEMO_SOURCES pointing at
// the local server. Writes demo/data/{releases,videos,directory,alerts,siar}.json (releases.xml and
// videos-youtube.xml there come from scripts/sample-data.mjs, which also draws the images).
// Deterministic: a second run leaves every file unchanged. The alert mirror's clock is fixed
// (SIAR_NOW, the afternoon of the sample alerts) so alerts.json keeps the expired and cancelled
// samples beside the active one, whose <expires> is in 2099.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const SOURCES = join(ROOT, 'demo/sources');
const CLI = join(ROOT, 'dist/node/cli/siar.js');
/** The build's clock for the alert mirror: 20 Nov 2026, 16:00 WITA (demo/sources/alerts/). */
const DEMO_NOW = '2026-11-20T16:00:00+08:00';
if (!existsSync(CLI)) {
  console.error('dist/node/cli/siar.js is missing: run `npm run build` first.');
  process.exit(1);
}

const TYPES = {
  '.xml': 'application/xml',
  '.cap': 'application/cap+xml',
  '.atom': 'application/atom+xml',
  '.rdf': 'application/rdf+xml',
  '.json': 'application/feed+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A small static server that behaves like a real one: ETag, Last-Modified, 304, 404. */
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  let path = url.pathname;
  // YouTube's feed endpoint: /youtube/feeds/videos.xml?channel_id=… or ?playlist_id=…
  if (path === '/youtube/feeds/videos.xml') {
    const channel = url.searchParams.get('channel_id');
    const playlist = url.searchParams.get('playlist_id');
    path = channel ? `/youtube/channel-${channel}.xml` : playlist ? `/youtube/playlist-${playlist}.xml` : '/-';
  }
  const file = normalize(join(SOURCES, decodeURIComponent(path)));
  if (!file.startsWith(SOURCES) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const body = readFileSync(file);
  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { etag }).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', etag, 'content-length': body.length }).end(body);
});

await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
console.log(`serving demo/sources/ on ${base}`);
const args = [CLI, 'build', 'demo/siar.config.json', '--out', 'demo/data', ...process.argv.slice(2)];
const run = await new Promise((resolveRun) => {
  // spawn asynchronously: the server in this process must keep answering
  import('node:child_process').then(({ spawn }) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { SIAR_NOW: DEMO_NOW, ...process.env, SIAR_DEMO_SOURCES: base } });
    child.on('exit', (code) => resolveRun(code ?? 1));
  });
});
server.close();
void spawnSync;
process.exit(run);
