// siar build: merging sources, keeping last good items when a source fails, sanitizing,
// determinism, atomic writes, --strict. Sources are served by a local server on 127.0.0.1.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { atom, build, cleanup, items, nov, readJson, rss, serve, tempDir, writeConfig } from '../fixtures/cli/harness.mjs';
import { runValidate } from '../../dist/node/cli/validate.js';

const FAST = { timeout_ms: 400, retries: 0, backoff_ms: 10, concurrency: 4 };

function config(server, sources, extra = {}) {
  return {
    province: { name: 'Pemerintah Provinsi Uji', time_zone: 'Asia/Jakarta', home_page_url: 'https://uji.go.id' },
    fetch: FAST,
    releases: { sources },
    ...extra,
  };
}

describe('siar build: several sources merged', () => {
  let server;
  let dir;
  before(async () => {
    server = await serve({
      '/a.xml': { body: rss([...items('dinkes', 3, 20), { title: 'Klarifikasi: pesan berantai', link: 'https://dinkes.example.go.id/hoaks', guid: 'dinkes-h', date: nov(19, 12), categories: ['Hoaks'] }]) },
      '/b.atom': {
        type: 'application/atom+xml',
        body: atom([
          { id: 'urn:bpbd:1', title: 'Peringatan dini', link: 'https://bpbd.example.go.id/1', published: '2026-11-21T01:00:00Z', categories: ['Peringatan Dini'], summary: 'Siaga.' },
          // the same release as in a.xml (same URL, other id): merged into one
          { id: 'urn:bpbd:dup', title: 'Salinan', link: 'https://dinkes.example.go.id/berita/1', published: '2026-11-20T02:00:00Z', summary: 'x' },
        ]),
      },
      '/c.json': {
        type: 'application/feed+json',
        body: JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'C',
          items: [
            { id: 'c-1', url: 'https://c.example.go.id/1', title: 'Dari JSON Feed', content_html: '<p>Isi</p>', date_published: '2026-11-18T08:00:00+07:00', tags: ['Pengumuman'] },
            { id: 'c-1', url: 'https://c.example.go.id/1-again', title: 'Id ganda', content_text: 'x', date_published: '2026-11-18T08:00:00+07:00' },
            { id: 'c-old', url: 'https://c.example.go.id/old', title: 'Lama sekali', content_text: 'x', date_published: '2020-01-01T08:00:00+07:00' },
          ],
        }),
      },
      '/d.rdf': {
        body: `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://d.example.go.id/"><title>D</title><link>https://d.example.go.id/</link><description>d</description></channel>
<item rdf:about="https://d.example.go.id/1"><title>RDF item</title><link>https://d.example.go.id/1</link><dc:date>2026-11-17T10:00:00+07:00</dc:date><dc:subject>Pendidikan</dc:subject></item>
</rdf:RDF>`,
      },
    });
    dir = tempDir();
  });
  after(async () => {
    await server.close();
    cleanup(dir);
  });

  it('writes one JSON Feed, newest first, de-duplicated, with kinds, agencies and flags', async () => {
    const sources = [
      { id: 'dinkes', url: server.url('/a.xml'), agency: 'dinkes' },
      { id: 'bpbd', url: server.url('/b.atom'), agency: 'bpbd', categories: { 'Peringatan Dini': 'announcement' } },
      { id: 'c', url: server.url('/c.json'), agency: 'diskominfo' },
      { id: 'd', url: server.url('/d.rdf'), agency: 'disdik' },
    ];
    const cfg = writeConfig(dir, {
      ...config(server, sources),
      releases: { max_items: 7, sources },
      pinned: ['https://c.example.go.id/old'],
      urgent: ['urn:bpbd:1'],
      retracted: ['dinkes-3'],
    });
    const out = join(dir, 'out');
    const { code, report } = await build(cfg, out);
    assert.equal(code, 0, JSON.stringify(report.errors));
    assert.deepEqual(report.sources.map((s) => [s.id, s.status]), [['dinkes', 'ok'], ['bpbd', 'ok'], ['c', 'ok'], ['d', 'ok']]);
    const feed = readJson(join(out, 'releases.json'));
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.title, 'Siaran Pers Pemerintah Provinsi Uji');
    const ids = feed.items.map((i) => i.id);
    // 4 (a) + 1 (b, the duplicate merged) + 2 (c, the repeated id dropped) + 1 (d) = 8, capped at 7;
    // the pinned 2020 item survives the cap, the oldest unpinned one (d, 17 Nov) does not.
    assert.equal(feed.items.length, 7);
    assert.ok(ids.includes('c-old'), 'pinned item kept despite the cap');
    assert.ok(!ids.includes('https://d.example.go.id/1'), 'oldest unpinned item capped');
    assert.equal(report.outputs.find((o) => o.file === 'releases.json').items, 7);
    assert.ok(!ids.includes('urn:bpbd:dup'), 'same URL merged across sources');
    const times = feed.items.map((i) => Date.parse(i.date_published));
    assert.deepEqual(times, [...times].sort((a, b) => b - a), 'newest first');
    const byId = Object.fromEntries(feed.items.map((i) => [i.id, i]));
    assert.deepEqual(byId['urn:bpbd:1']._siar, { kind: 'announcement', priority: 'urgent', agency: 'bpbd', source: 'bpbd' });
    assert.equal(byId['dinkes-h']._siar.kind, 'hoax-clarification');
    assert.equal(byId['c-1']._siar.kind, 'announcement');
    assert.equal(byId['c-old']._siar.priority, 'pinned');
    assert.equal(byId['dinkes-3']._siar.retracted, true);
    // dates in the province's zone (WIB)
    assert.equal(byId['dinkes-1'].date_published, '2026-11-20T09:00:00+07:00');
    assert.equal(byId['urn:bpbd:1'].date_published, '2026-11-21T08:00:00+07:00');
    // every item has text content, as JSON Feed requires
    for (const item of feed.items) assert.ok(item.content_html || item.content_text, item.id);
    assert.equal(report.stats.releases_duplicates, 1);
    // the profile names the feed, and everything passes siar validate
    assert.deepEqual(readJson(join(out, 'siar.json')).feeds, { releases: 'releases.json' });
    for (const f of ['releases.json', 'siar.json']) {
      const v = await runValidate(join(out, f));
      assert.equal(v.exitCode, 0, `${f}: ${JSON.stringify(v.problems)}`);
    }
  });
});

describe('siar build: a source that fails keeps its last good items', () => {
  let server;
  let dir;
  const good = rss(items('dinkes', 3));
  before(async () => {
    server = await serve({
      '/ok.xml': { body: rss(items('bpbd', 2, 19)) },
      '/flaky.xml': { body: good },
    });
    dir = tempDir();
  });
  after(async () => {
    await server.close();
    cleanup(dir);
  });

  async function firstThen(failure) {
    const out = join(dir, `out-${failure}`);
    const cfg = writeConfig(join(dir, failure), config(server, [
      { id: 'bpbd', url: server.url('/ok.xml'), agency: 'bpbd' },
      { id: 'dinkes', url: server.url(`/flaky-${failure}.xml`), agency: 'dinkes' },
    ]));
    server.routes[`/flaky-${failure}.xml`] = { body: good };
    const first = await build(cfg, out);
    assert.equal(first.code, 0);
    const before = readFileSync(join(out, 'releases.json'), 'utf8');
    assert.equal(JSON.parse(before).items.length, 5);
    return { cfg, out, before };
  }

  for (const [failure, spec, code] of [
    ['http500', { status: 500, body: 'Internal Server Error', type: 'text/html' }, 'fetch.http'],
    ['timeout', { delay: 5000, body: '' }, 'fetch.timeout'],
    ['brokenxml', { body: '<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</title></channel></rss>' }, 'parse.xml'],
    ['htmlpage', { body: '<!doctype html><html><body>Maintenance</body></html>', type: 'text/html' }, 'parse.not-feed'],
  ]) {
    it(`${failure}: the feed keeps the source's items and does not shrink; exit 0`, async () => {
      const { cfg, out, before } = await firstThen(failure);
      server.routes[`/flaky-${failure}.xml`] = spec;
      const t0 = Date.now();
      const second = await build(cfg, out);
      assert.equal(second.code, 0, JSON.stringify(second.report.errors));
      const src = second.report.sources.find((s) => s.id === 'dinkes');
      assert.equal(src.status, 'kept');
      assert.equal(src.items, 3);
      assert.equal(src.error.code, code);
      assert.ok(second.report.errors.some((e) => e.code === code && e.where === 'releases/dinkes'));
      assert.equal(readFileSync(join(out, 'releases.json'), 'utf8'), before, 'output unchanged');
      if (failure === 'timeout') assert.ok(Date.now() - t0 < 3000, 'time-out enforced');
    });
  }

  it('a source that is down on the very first run: exit 3 (output incomplete), others still written', async () => {
    const out = join(dir, 'out-first-down');
    const closed = await serve({});
    await closed.close(); // a port where nothing listens any more: connection refused
    const cfg = writeConfig(join(dir, 'first-down'), config(server, [
      { id: 'bpbd', url: server.url('/ok.xml'), agency: 'bpbd' },
      { id: 'down', url: closed.url('/feed.xml'), agency: 'dinkes' },
    ]));
    const r = await build(cfg, out);
    assert.equal(r.code, 3);
    assert.equal(r.report.sources[1].status, 'failed');
    assert.equal(r.report.sources[1].error.code, 'fetch.network');
    assert.equal(r.report.sources[1].error.params.code, 'ECONNREFUSED');
    assert.equal(readJson(join(out, 'releases.json')).items.length, 2);
  });

  it('never publishes an empty feed: when every source fails and nothing was there before, nothing is written', async () => {
    const out = join(dir, 'out-all-down');
    const cfg = writeConfig(join(dir, 'all-down'), config(server, [{ id: 'down', url: server.url('/missing.xml') }]));
    const r = await build(cfg, out);
    assert.equal(r.code, 3);
    assert.ok(!existsSync(join(out, 'releases.json')));
    assert.ok(r.report.errors.some((e) => e.code === 'build.feed-empty'));
  });

  it('a source that suddenly has no items keeps its last items (unless allow_empty)', async () => {
    const { cfg, out, before } = await firstThen('empty');
    server.routes['/flaky-empty.xml'] = { body: rss([]) };
    const r = await build(cfg, out);
    assert.equal(r.code, 0);
    assert.equal(r.report.sources[1].status, 'empty-kept');
    assert.equal(readFileSync(join(out, 'releases.json'), 'utf8'), before);
  });

  it('retries a 503 with back-off, then succeeds', async () => {
    let calls = 0;
    server.routes['/retry.xml'] = (req, res) => {
      calls++;
      if (calls < 3) res.writeHead(503, { 'retry-after': '0' }).end('busy');
      else res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(good);
    };
    const out = join(dir, 'out-retry');
    const cfg = writeConfig(join(dir, 'retry'), { ...config(server, [{ id: 'r', url: server.url('/retry.xml') }]), fetch: { ...FAST, retries: 2 } });
    const r = await build(cfg, out);
    assert.equal(r.code, 0);
    assert.equal(r.report.sources[0].attempts, 3);
    assert.equal(calls, 3);
  });

  it('sends a polite User-Agent and conditional requests; a 304 keeps the items', async () => {
    server.routes['/etag.xml'] = { body: good, etag: '"v1"', headers: { 'last-modified': 'Wed, 18 Nov 2026 01:00:00 GMT' } };
    const out = join(dir, 'out-etag');
    const cfg = writeConfig(join(dir, 'etag'), { ...config(server, [{ id: 'e', url: server.url('/etag.xml') }]), fetch: { ...FAST, contact: 'humas@uji.go.id' } });
    const first = await build(cfg, out);
    assert.equal(first.code, 0);
    const state = readJson(join(out, '.siar-state.json'));
    assert.deepEqual(state.sources['releases/e'].etag, '"v1"');
    const before = readFileSync(join(out, 'releases.json'), 'utf8');
    const second = await build(cfg, out);
    assert.equal(second.report.sources[0].status, 'not-modified');
    assert.equal(second.report.sources[0].items, 3);
    assert.equal(readFileSync(join(out, 'releases.json'), 'utf8'), before);
    const req = server.log.filter((l) => l.url === '/etag.xml').at(-1);
    assert.equal(req.headers['if-none-match'], '"v1"');
    assert.equal(req.headers['if-modified-since'], 'Wed, 18 Nov 2026 01:00:00 GMT');
    assert.match(req.headers['user-agent'], /^SiarPublisher\/\d+\.\d+\.\d+ \(\+https:\/\/\S+; humas@uji\.go\.id\)$/);
  });
});

describe('siar build: hostile HTML is sanitized', () => {
  let server;
  let dir;
  before(async () => {
    const content = [
      '<p onclick="steal()">Halo <script>alert(1)</script><b>tebal</b></p>',
      '<a href="javascript:alert(1)">js</a> <a href="/relatif">rel</a> <a href="mailto:ppid@uji.go.id">surel</a>',
      '<img src="javascript:alert(2)" onerror="alert(2)"><img src="data:image/png;base64,AAAA"><img src="https://cdn.uji.go.id/a.jpg" style="width:1px">',
      '<iframe src="https://evil.example/"></iframe><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>',
      '<style>body{display:none}</style><form action="https://evil.example"><input name="p"></form><svg><script>alert(3)</script></svg>',
    ].join('');
    server = await serve({
      '/h.xml': {
        body: rss([
          { title: 'Judul <b>tebal</b> &amp; <script>x()</script>', link: 'https://uji.go.id/berita/1', guid: 'h1', date: nov(20), content, description: 'Ringkasan <i>miring</i>' },
          { title: 'Tautan berbahaya', link: 'javascript:alert(1)', guid: 'h2', date: nov(19), description: 'x' },
        ]),
      },
    });
    dir = tempDir();
  });
  after(async () => {
    await server.close();
    cleanup(dir);
  });

  it('keeps basic formatting and safe links only', async () => {
    const out = join(dir, 'out');
    const r = await build(writeConfig(dir, config(server, [{ id: 'h', url: server.url('/h.xml') }])), out);
    assert.equal(r.code, 0, JSON.stringify(r.report.errors));
    // the full content is in the archive (the widget feed carries summaries only: lean.test.mjs)
    const [first, second] = readJson(join(out, 'releases-archive.json')).items;
    const html = first.content_html;
    for (const bad of ['<script', 'onclick', 'onerror', 'javascript:', 'data:image', 'style', '<iframe', 'evil.example', '<form', '<input', '<svg', 'alert(']) {
      assert.ok(!html.includes(bad), `${bad} removed: ${html}`);
    }
    assert.match(html, /<b>tebal<\/b>/);
    assert.match(html, /<a href="https:\/\/uji\.go\.id\/relatif" rel="noopener noreferrer">rel<\/a>/, 'relative link resolved against the item');
    assert.match(html, /<a href="mailto:ppid@uji\.go\.id">surel<\/a>/);
    assert.match(html, /<img src="https:\/\/cdn\.uji\.go\.id\/a\.jpg" loading="lazy" \/>/);
    assert.match(html, /<a href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ"/, 'embedded player becomes a link');
    assert.equal(first.title, 'Judul tebal &', 'titles are plain text');
    assert.equal(first.summary, 'Ringkasan miring');
    assert.equal(first.image, 'https://cdn.uji.go.id/a.jpg');
    assert.equal(second.url, undefined, 'a javascript: link is dropped');
    for (const f of ['releases.json', 'releases-archive.json']) {
      const v = await runValidate(join(out, f));
      assert.equal(v.exitCode, 0, JSON.stringify(v.problems));
    }
  });
});

describe('siar build: deterministic and atomic', () => {
  let server;
  let dir;
  before(async () => {
    server = await serve({
      '/a.xml': { body: rss(items('a', 4)) },
      '/b.xml': { body: rss(items('b', 4, 21)) },
      '/opd.csv': { type: 'text/csv', body: 'id;name;type\ndinkes;Dinas Kesehatan;dinas\nbpbd;BPBD;badan\n' },
    });
    dir = tempDir();
  });
  after(async () => {
    await server.close();
    cleanup(dir);
  });
  const cfg = () =>
    writeConfig(dir, {
      ...config(server, [
        { id: 'a', url: server.url('/a.xml'), agency: 'dinkes' },
        { id: 'b', url: server.url('/b.xml'), agency: 'bpbd' },
      ]),
      directory: { url: server.url('/opd.csv') },
    });

  it('same input → byte-identical output, in fresh folders and on re-runs', async () => {
    const c = cfg();
    const [o1, o2] = [join(dir, 'o1'), join(dir, 'o2')];
    const env = { SOURCE_DATE_EPOCH: '1795000000' };
    assert.equal((await build(c, o1, [], env)).code, 0);
    assert.equal((await build(c, o2, [], env)).code, 0);
    for (const f of ['releases.json', 'releases-archive.json', 'directory.json', 'siar.json']) {
      assert.equal(readFileSync(join(o1, f), 'utf8'), readFileSync(join(o2, f), 'utf8'), f);
    }
    // a re-run without SOURCE_DATE_EPOCH still writes nothing: content unchanged keeps "updated"
    const again = await build(c, o1);
    assert.deepEqual(again.report.outputs.map((o) => o.status), ['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    assert.equal(readJson(join(o1, 'directory.json')).updated, '2026-11-18T18:06:40+07:00');
  });

  it('writes through a temporary file and a rename, leaving no temporary files', async () => {
    const out = join(dir, 'o3');
    await build(cfg(), out);
    assert.deepEqual(readdirSync(out).sort(), ['.siar-state.json', 'directory.json', 'releases-archive.json', 'releases.json', 'siar.json']);
  });

  it('a reader polling the file during builds never sees a partial file', async () => {
    const out = join(dir, 'o4');
    await build(cfg(), out);
    let reads = 0;
    let stop = false;
    const reader = (async () => {
      while (!stop) {
        JSON.parse(readFileSync(join(out, 'releases.json'), 'utf8')); // throws on a torn file
        reads++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    for (let i = 0; i < 4; i++) {
      server.routes['/a.xml'] = { body: rss(items('a', 4 + i)) };
      assert.equal((await build(cfg(), out)).code, 0);
    }
    stop = true;
    await reader;
    assert.ok(reads > 0);
  });

  it('writeAtomic leaves the old file intact and no temporary file when the rename fails', async () => {
    const { writeAtomic } = await import('../../dist/node/cli/write.js');
    const target = join(dir, 'is-a-dir');
    mkdirSync(join(target, 'child'), { recursive: true });
    assert.throws(() => writeAtomic(target, 'x'));
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
    const file = join(dir, 'f.json');
    writeFileSync(file, 'old');
    assert.equal(writeAtomic(file, 'new'), true);
    assert.equal(writeAtomic(file, 'new'), false, 'unchanged content is not rewritten');
    assert.equal(readFileSync(file, 'utf8'), 'new');
  });

  it('a second build on the same folder while one runs is refused (exit 1)', async () => {
    const out = join(dir, 'o5');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, '.siar-lock'), `${process.ppid}\n`); // a live process holds it
    const r = await build(cfg(), out);
    assert.equal(r.code, 1);
    assert.equal(r.report.errors[0].code, 'out.locked');
    writeFileSync(join(out, '.siar-lock'), '999999999\n'); // stale lock: taken over
    assert.equal((await build(cfg(), out)).code, 0);
    assert.ok(!existsSync(join(out, '.siar-lock')));
  });
});

describe('siar build --strict', () => {
  let server;
  let dir;
  before(async () => {
    server = await serve({ '/a.xml': { body: rss(items('a', 2)) } });
    dir = tempDir();
  });
  after(async () => {
    await server.close();
    cleanup(dir);
  });

  it('any failure → exit 3 and nothing written, even when last good items would cover it', async () => {
    const c = writeConfig(dir, config(server, [
      { id: 'a', url: server.url('/a.xml') },
      { id: 'b', url: server.url('/b.xml') },
    ]));
    server.routes['/b.xml'] = { body: rss(items('b', 2)) };
    const out = join(dir, 'out');
    assert.equal((await build(c, out, ['--strict'])).code, 0, 'no problem: strict passes');
    const before = readFileSync(join(out, 'releases.json'), 'utf8');
    server.routes['/a.xml'] = { body: rss(items('a', 3)) };
    server.routes['/b.xml'] = { status: 500 };
    const lenient = await build(c, join(dir, 'copy'), []);
    assert.equal(lenient.code, 3, 'fresh folder, nothing to keep');
    const strict = await build(c, out, ['--strict']);
    assert.equal(strict.code, 3);
    assert.ok(strict.report.errors.some((e) => e.code === 'build.strict'));
    assert.ok(strict.report.outputs.every((o) => o.status === 'not-written'));
    assert.equal(readFileSync(join(out, 'releases.json'), 'utf8'), before, 'old output untouched');
    const relaxed = await build(c, out);
    assert.equal(relaxed.code, 0, 'without --strict the kept items cover the failure');
  });
});

describe('siar build: agency_map, overrides, size cap', () => {
  let server;
  let dir;
  before(async () => {
    server = await serve({
      '/portal.xml': {
        body: rss([
          { title: 'Dari Dinkes', link: 'https://uji.go.id/1', guid: 'p1', date: nov(20), creator: 'Dinas Kesehatan', description: 'a' },
          { title: 'Dari Dishub', link: 'https://uji.go.id/2', guid: 'p2', date: nov(19), categories: ['Dishub'], description: 'b' },
          { title: 'Tanpa peta', link: 'https://uji.go.id/3', guid: 'p3', date: nov(18), creator: 'admin', description: 'c' },
        ]),
      },
      '/up.json': {
        type: 'application/feed+json',
        body: JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Siar upstream',
          items: [{ id: 'u1', url: 'https://kab.go.id/1', title: 'Hulu', content_text: 'x', date_published: '2026-11-17T00:00:00Z', _siar: { kind: 'announcement', priority: 'pinned', agency: 'kab', bogus: 1 } }],
        }),
      },
      '/huge.xml': { body: rss(items('huge', 200)) },
      '/opd.csv': { type: 'text/csv', body: 'id,name,type,website\ndinkes,Dinas Kesehatan,dinas,https://dinkes.uji.go.id\ndishub,Dinas Perhubungan,dinas,\n' },
    });
    dir = tempDir();
  });
  after(async () => {
    await server.close();
    cleanup(dir);
  });

  it('maps authors and categories to agencies, takes upstream _siar, and applies overrides', async () => {
    const cfg = writeConfig(dir, {
      province: { name: 'Uji' },
      fetch: { ...FAST, max_bytes: 50_000 },
      directory: { url: server.url('/opd.csv') },
      releases: {
        sources: [
          { id: 'portal', url: server.url('/portal.xml'), agency: 'biro-adpim', agency_map: { 'dinas kesehatan': 'dinkes', Dishub: 'dishub' } },
          { id: 'up', url: server.url('/up.json') },
          { id: 'huge', url: server.url('/huge.xml') },
        ],
      },
      overrides: {
        p3: { kind: 'hoax-clarification', agency: 'dinkes', tags: ['Hoaks'] },
        'https://kab.go.id/1': { priority: 'none' },
      },
    });
    const r = await build(cfg, join(dir, 'out'));
    assert.equal(r.code, 3, 'the oversized source had nothing to keep');
    assert.equal(r.report.sources[2].error.code, 'fetch.too-large');
    const byId = Object.fromEntries(readJson(join(dir, 'out/releases.json')).items.map((i) => [i.id, i]));
    assert.equal(byId.p1._siar.agency, 'dinkes');
    assert.deepEqual(byId.p1.authors, [{ name: 'Dinas Kesehatan', url: 'https://dinkes.uji.go.id' }], 'author from the directory');
    assert.equal(byId.p2._siar.agency, 'dishub');
    assert.deepEqual(byId.p2.authors, [{ name: 'Dinas Perhubungan' }]);
    assert.deepEqual(byId.p3._siar, { kind: 'hoax-clarification', agency: 'dinkes', source: 'portal' });
    assert.deepEqual(byId.p3.tags, ['Hoaks']);
    assert.deepEqual(byId.p3.authors, [{ name: 'Dinas Kesehatan', url: 'https://dinkes.uji.go.id' }], 'authors follow an agency override');
    assert.deepEqual(byId.u1._siar, { kind: 'announcement', agency: 'kab', source: 'up' }, 'upstream flags read, priority removed by override, unknown keys dropped');
  });
});
