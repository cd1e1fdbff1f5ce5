// Koa middleware for the test server: serves the misbehaving endpoints that real feeds hosts
// produce (status codes, silence, huge bodies, wrong types, redirect loops, missing CORS),
// and counts requests so tests can prove one request per URL per page.
// Everything lives under /__mock/ on the test server itself; no test touches the internet.
import { readFile } from 'node:fs/promises';
import { resolve, normalize } from 'node:path';
import { staticHostOrigin } from './static-host.mjs';

const counts = new Map();
const fixturesDir = resolve('test/fixtures');

function params(ctx) {
  return Object.fromEntries(new URL(ctx.url, 'http://x').searchParams);
}

export async function mockServer(ctx, next) {
  if (!ctx.path.startsWith('/__mock/')) return next();
  const route = ctx.path.slice('/__mock/'.length);
  const q = params(ctx);

  if (route === 'static-host') {
    // Where test/static-host.mjs (the second origin) listens.
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ origin: staticHostOrigin() ?? null });
    return;
  }
  if (route === 'hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ hits: counts.get(q.key) ?? 0 });
    return;
  }
  if (q.key) counts.set(q.key, (counts.get(q.key) ?? 0) + 1);

  switch (route) {
    case 'status': {
      ctx.status = Number(q.code ?? 500);
      ctx.type = 'text/plain';
      ctx.body = `status ${ctx.status}`;
      return;
    }
    case 'slow': {
      // Answers after `ms` milliseconds (default: far longer than any time-out under test).
      const ms = Math.min(Number(q.ms ?? 30_000), 60_000);
      await new Promise((r) => setTimeout(r, ms));
      ctx.type = 'application/feed+json';
      ctx.body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'late', items: [] });
      return;
    }
    case 'big': {
      // A body of `mb` mebibytes of valid-looking XML, streamed, without Content-Length.
      const mb = Math.min(Number(q.mb ?? 50), 60);
      const chunk = Buffer.from('<item><title>x</title></item>'.repeat(2259)); // ~64 KiB
      const total = Math.ceil((mb * 1024 * 1024) / chunk.length);
      ctx.type = 'application/rss+xml';
      const { Readable } = await import('node:stream');
      let sent = 0;
      ctx.body = new Readable({
        read() {
          if (sent === 0) this.push('<rss version="2.0"><channel>');
          if (sent++ >= total) return this.push(null);
          this.push(chunk);
        },
      });
      return;
    }
    case 'html': {
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><html><head><title>Not a feed</title></head><body><h1>Beranda</h1></body></html>';
      return;
    }
    case 'redirect-loop': {
      ctx.status = 302;
      ctx.set('Location', `/__mock/redirect-loop?n=${Number(q.n ?? 0) + 1}`);
      ctx.body = '';
      return;
    }
    case 'cross-origin': {
      // Redirect to the same server under another origin (127.0.0.1 vs localhost), which sends
      // no Access-Control-Allow-Origin: the browser reports a CORS refusal as a network error.
      const host = ctx.host.startsWith('localhost') ? ctx.host.replace('localhost', '127.0.0.1') : ctx.host.replace('127.0.0.1', 'localhost');
      ctx.status = 302;
      ctx.set('Location', `http://${host}/__mock/fixture?name=${encodeURIComponent(q.name ?? 'rss2.xml')}`);
      ctx.body = '';
      return;
    }
    case 'fixture': {
      // Serves test/fixtures/<name> with an optional content type and delay.
      const file = normalize(resolve(fixturesDir, q.name ?? ''));
      if (!file.startsWith(fixturesDir)) {
        ctx.status = 400;
        return;
      }
      if (q.delay) await new Promise((r) => setTimeout(r, Math.min(Number(q.delay), 10_000)));
      try {
        ctx.body = await readFile(file);
        ctx.type = q.type ?? (file.endsWith('.json') ? 'application/feed+json' : 'application/xml');
      } catch {
        ctx.status = 404;
      }
      return;
    }
    case 'csp-page': {
      // A page under the strictest policy Siar promises to work with (docs/security.md), which
      // records every violation for the test to read.
      ctx.set(
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
          "frame-src https://www.youtube-nocookie.com; require-trusted-types-for 'script'",
      );
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>CSP</title>
<script src="/test/csp-violations.js"></script>
<script type="module" src="/cdn/siar.js"></script></head><body>
<siar-province profile="/demo/data/siar.json">
<siar-alert></siar-alert>
<siar-releases limit="3"></siar-releases>
<siar-releases layout="ticker" src="/demo/data/releases.xml"></siar-releases>
<siar-videos thumbnails="local" limit="3"></siar-videos>
<siar-directory limit="3" seo></siar-directory>
<siar-social show-handle></siar-social>
</siar-province></body></html>`;
      return;
    }
    case 'sequence': {
      // The n-th request for a key gets the n-th of `bodies` (a JSON array; the last repeats), with
      // an ETag per body and 304 for a matching If-None-Match: a source that changes between polls.
      const bodies = JSON.parse(q.bodies ?? '[""]');
      const body = String(bodies[Math.min((counts.get(q.key) ?? 1) - 1, bodies.length - 1)] ?? '');
      const etag = `"${Buffer.from(body).length}-${body.length ? body.charCodeAt(body.length >> 1) : 0}-${bodies.indexOf(body)}"`;
      ctx.set('ETag', etag);
      ctx.set('Cache-Control', 'no-cache');
      if (ctx.get('If-None-Match') === etag) {
        ctx.status = 304;
        return;
      }
      ctx.type = q.type ?? 'application/feed+json';
      ctx.body = body;
      return;
    }
    case 'text': {
      // Echoes `body` with `type`: lets a test send any bytes with any content type.
      ctx.type = q.type ?? 'text/plain';
      ctx.body = q.body ?? '';
      return;
    }
    default:
      ctx.status = 404;
  }
}
