// Lean widget feeds (issue 12, "Feed bytes"): releases.json / videos.json carry the newest
// `widget_items` items (default 20; pinned and urgent always), summaries as content_text and no
// content_html unless `content: "full"`, image sizes in `_siar`; every item with its full content
// goes to <feed>-archive.json, which the lean feed names and later runs carry items over from.
// Sources are served on 127.0.0.1.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, cleanup, nov, readJson, rss, serve, tempDir, writeConfig, youtube } from '../fixtures/cli/harness.mjs';
import { runValidate } from '../../dist/node/cli/validate.js';
import { imageSize } from '../../dist/node/cli/image-size.js';

const FAST = { timeout_ms: 1000, retries: 0, backoff_ms: 10, concurrency: 4 };
const PUBLIC = 'https://uji.go.id/siar/';
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

const WORDS = 'warga desa pelayanan jalan sekolah bantuan pangan kesehatan banjir jembatan pasar nelayan petani anggaran program bupati gubernur kantor jadwal lokasi kontak posko relawan listrik air bersih irigasi beasiswa vaksin puskesmas'.split(' ');
let seed = 12;
/** Deterministic words that compress like prose (a repeated sentence would not: gzip would hide the cost). */
const prose = (n) => Array.from({ length: n }, () => WORDS[(seed = (seed * 1103515245 + 12345) % 2147483648) % WORDS.length] + (seed % 7 === 0 ? ` ${seed % 997}` : '')).join(' ');
/** A long article, as a province CMS sends it in content:encoded. */
const article = (i) => Array.from({ length: 12 }, (_, p) => `<p>Paragraf ${p + 1} siaran pers ${i}: ${prose(40)}.</p>`).join('');

/** `n` releases, newest first, one a day back from 28 Nov 2026, each with a long article. */
const releases = (n) =>
  Array.from({ length: n }, (_, i) => ({
    title: `Siaran pers ${i + 1}`,
    link: `https://uji.go.id/berita/${i + 1}`,
    guid: `sp-${i + 1}`,
    date: new Date(Date.UTC(2026, 10, 28, 2) - i * 86_400_000).toUTCString(),
    description: `<p>Ringkasan siaran pers ${i + 1}.</p>`,
    content: article(i + 1),
  }));

// image headers with known sizes: PNG 320×180, GIF 64×48, JPEG 1280×720 (after an APP0), WebP (VP8X) 800×450
const png = (w, h) => {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(b);
  b.writeUInt32BE(w, 16);
  b.writeUInt32BE(h, 20);
  return b;
};
const gif = (w, h) => {
  const b = Buffer.from('GIF89a\0\0\0\0\0\0\0', 'latin1');
  b.writeUInt16LE(w, 6);
  b.writeUInt16LE(h, 8);
  return b;
};
const jpeg = (w, h) => {
  const app0 = Buffer.concat([Buffer.from([0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')]);
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, h >> 8, h & 255, w >> 8, w & 255, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.from([0xff, 0xd9])]);
};
const webp = (w, h) => {
  const b = Buffer.alloc(30);
  b.write('RIFF', 0, 'latin1');
  b.write('WEBPVP8X', 8, 'latin1');
  b.writeUIntLE(w - 1, 24, 3);
  b.writeUIntLE(h - 1, 27, 3);
  return b;
};

describe('image sizes from file headers', () => {
  it('reads PNG, GIF, JPEG, WebP and SVG sizes, and nothing from other bytes', () => {
    assert.deepEqual(imageSize(png(320, 180)), { width: 320, height: 180 });
    assert.deepEqual(imageSize(gif(64, 48)), { width: 64, height: 48 });
    assert.deepEqual(imageSize(jpeg(1280, 720)), { width: 1280, height: 720 });
    assert.deepEqual(imageSize(webp(800, 450)), { width: 800, height: 450 });
    assert.deepEqual(imageSize(Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect/></svg>')), { width: 640, height: 360 });
    assert.deepEqual(imageSize(Buffer.from('<svg viewBox="0 0 1200 675" width="100%"></svg>')), { width: 1200, height: 675 }, 'a percentage is no size: the viewBox is');
    for (const bad of [Buffer.from('<html><body>bukan gambar</body></html>'), Buffer.from([0xff, 0xd8, 0xff]), png(0, 10), Buffer.alloc(0), Buffer.from('<svg width="10em" height="5em"></svg>')]) {
      assert.equal(imageSize(bad), undefined, bad.toString('latin1').slice(0, 30));
    }
  });
});

describe('siar build: lean widget feeds and the archive', () => {
  let server;
  let dir;
  let failing = false;
  before(async () => {
    server = await serve({
      '/a.xml': (req, res) => (failing ? res.writeHead(500).end('down') : res.writeHead(200, { 'content-type': 'application/xml' }).end(rss(releases(30)))),
      '/old.xml': { body: rss([{ title: 'Maklumat lama yang disematkan', link: 'https://uji.go.id/berita/maklumat', guid: 'maklumat', date: '01 Jan 2025 09:00:00 +0700', description: 'Tetap di atas.' }]) },
    });
    dir = tempDir();
  });
  after(async () => {
    await server.close();
    cleanup(dir);
  });
  const cfg = (releasesExtra = {}, extra = {}) =>
    writeConfig(dir, {
      public_url: PUBLIC,
      province: { name: 'Pemerintah Provinsi Uji', time_zone: 'Asia/Jakarta' },
      fetch: FAST,
      releases: { sources: [{ id: 'a', url: server.url('/a.xml') }], ...releasesExtra },
      ...extra,
    });

  it('by default: the newest 20 items, summaries as content_text, no content_html; the archive has all, in full', async () => {
    const out = join(dir, 'default');
    const r = await build(cfg(), out);
    assert.equal(r.code, 0, JSON.stringify(r.report.errors));
    const lean = readJson(join(out, 'releases.json'));
    const archive = readJson(join(out, 'releases-archive.json'));
    assert.equal(lean.items.length, 20);
    assert.deepEqual(lean.items.map((i) => i.id), archive.items.slice(0, 20).map((i) => i.id), 'the newest 20, in the archive order');
    assert.equal(lean.items[0].id, 'sp-1');
    for (const item of lean.items) {
      assert.equal(item.content_html, undefined, item.id);
      assert.equal(item.content_text, item.summary, item.id);
      assert.match(item.summary, /^Ringkasan siaran pers \d+\.$/);
    }
    assert.equal(archive.items.length, 30);
    assert.ok(archive.items.every((i) => i.content_html?.includes('Paragraf 12')), 'the archive keeps every article in full');
    assert.deepEqual(lean._siar, { archive_url: `${PUBLIC}releases-archive.json` });
    assert.equal(lean.feed_url, `${PUBLIC}releases.json`);
    assert.equal(archive.feed_url, `${PUBLIC}releases-archive.json`);
    assert.equal(archive._siar, undefined);
    assert.deepEqual(r.report.outputs.filter((o) => o.file.startsWith('releases')).map((o) => [o.file, o.status, o.items]), [
      ['releases-archive.json', 'written', 30],
      ['releases.json', 'written', 20],
    ]);
    for (const f of ['releases.json', 'releases-archive.json']) {
      const v = await runValidate(join(out, f));
      assert.equal(v.exitCode, 0, `${f}: ${JSON.stringify(v.problems)}`);
    }
    // the bytes a widget fetches: under the 15 KB goal, while the same items in full are not
    assert.ok(gz(join(out, 'releases.json')) <= 15_000, `releases.json ${gz(join(out, 'releases.json'))} B gzip`);
    assert.ok(gz(join(out, 'releases-archive.json')) > 15_000, 'the sample is big enough for the goal to mean something');
  });

  it('widget_items sets N; pinned and urgent items are kept whatever their age', async () => {
    const out = join(dir, 'n');
    const r = await build(
      cfg({ widget_items: 5, sources: [{ id: 'a', url: server.url('/a.xml') }, { id: 'old', url: server.url('/old.xml') }] }, { pinned: ['maklumat'] }),
      out,
    );
    assert.equal(r.code, 0, JSON.stringify(r.report.errors));
    const lean = readJson(join(out, 'releases.json'));
    assert.equal(lean.items.length, 5);
    const ids = lean.items.map((i) => i.id);
    assert.ok(ids.includes('maklumat'), `the pinned item from 2025 is in: ${ids}`);
    assert.deepEqual(ids.filter((id) => id !== 'maklumat'), ['sp-1', 'sp-2', 'sp-3', 'sp-4']);
    assert.equal(readJson(join(out, 'releases-archive.json')).items.length, 31);
  });

  it('content: "full" keeps content_html in the widget feed', async () => {
    const out = join(dir, 'full');
    const r = await build(cfg({ content: 'full', widget_items: 3 }), out);
    assert.equal(r.code, 0, JSON.stringify(r.report.errors));
    const lean = readJson(join(out, 'releases.json'));
    assert.equal(lean.items.length, 3);
    assert.ok(lean.items.every((i) => i.content_html?.includes('Paragraf 12')));
  });

  it('a source that fails keeps its items from the archive, in full, not from the lean feed', async () => {
    const out = join(dir, 'carry');
    assert.equal((await build(cfg(), out)).code, 0);
    failing = true;
    try {
      const r = await build(cfg(), out);
      assert.equal(r.report.sources[0].status, 'kept');
      const archive = readJson(join(out, 'releases-archive.json'));
      assert.equal(archive.items.length, 30, 'all 30 kept, not the 20 of the widget feed');
      assert.ok(archive.items.every((i) => i.content_html?.includes('Paragraf 12')), 'kept with their full content');
      assert.equal(readJson(join(out, 'releases.json')).items.length, 20);
    } finally {
      failing = false;
    }
  });

  it('refuses bad widget_items and content values, in English and Indonesian, with their place', async () => {
    for (const [extra, code, en, id] of [
      [{ widget_items: 0 }, 'schema.minimum', /too small \(minimum 1\)/, /terlalu kecil \(minimal 1\)/],
      [{ widget_items: 5000 }, 'schema.maximum', /too large \(maximum 1000\)/, /terlalu besar \(maksimal 1000\)/],
      [{ widget_items: 'lima' }, 'schema.type', /./, /./],
      [{ content: 'penuh' }, 'schema.enum', /Unknown value "penuh"\. Allowed: "?summary"?, "?full"?/, /Nilai "penuh" tidak dikenal/],
    ]) {
      const path = cfg(extra);
      const r = await build(path, join(dir, 'bad'));
      assert.equal(r.code, 1, JSON.stringify(extra));
      assert.deepEqual(r.report.errors.map((e) => [e.code, e.pointer]), [[code, `/releases/${Object.keys(extra)[0]}`]], JSON.stringify(extra));
      assert.match(r.report.errors[0].message, en);
      assert.ok(r.report.errors[0].line > 1);
      const inId = await build(path, join(dir, 'bad'), [], { SIAR_LANG: 'id' });
      assert.match(inId.report.errors[0].message, id);
      assert.equal(existsSync(join(dir, 'bad', 'releases.json')), false, 'nothing written');
    }
  });
});

describe('siar build: image sizes in _siar', () => {
  let server;
  let dir;
  before(async () => {
    const item = (n, image) => ({ title: `Berita ${n}`, link: `https://uji.go.id/b/${n}`, guid: `b-${n}`, date: nov(20 - n), description: 'x', extra: `<media:content url="${image}" medium="image"/>` });
    server = await serve({
      '/r.xml': {
        body: rss([
          item(1, 'https://cdn.uji.go.id/a.png'),
          item(2, 'https://cdn.uji.go.id/b.jpg'),
          item(3, 'https://cdn.uji.go.id/c.svg'),
          item(4, 'https://cdn.uji.go.id/hilang.png'),
          item(5, 'https://lain.example/d.png'),
          item(6, 'https://cdn.uji.go.id/bukan.png'),
        ]),
      },
      '/yt/feeds/videos.xml?channel_id=UCaaaaaaaaaaaaaaaaaaaaaa': { body: youtube([{ id: 'AAAAAAAAAA1', title: 'Video', published: '2026-11-18T04:00:00+00:00', views: 1 }]) },
      '/ytimg/vi/AAAAAAAAAA1/hqdefault.jpg': { type: 'image/jpeg', body: jpeg(480, 360) },
    });
    dir = tempDir();
  });
  after(async () => {
    await server.close();
    cleanup(dir);
  });

  it('sizes images that are files next to the feeds (and new thumbnails); others get none', async () => {
    const out = join(dir, 'out');
    mkdirSync(join(dir, 'img'), { recursive: true });
    writeFileSync(join(dir, 'img/a.png'), png(320, 180));
    writeFileSync(join(dir, 'img/b.jpg'), jpeg(1280, 720));
    writeFileSync(join(dir, 'img/c.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360"><title>x</title></svg>');
    writeFileSync(join(dir, 'img/bukan.png'), '<html>bukan gambar</html>');
    const path = writeConfig(dir, {
      public_url: PUBLIC,
      province: { name: 'Pemerintah Provinsi Uji', time_zone: 'Asia/Jakarta' },
      fetch: FAST,
      youtube_feed_base: server.url('/yt/feeds/videos.xml'),
      rewrite_urls: { 'https://cdn.uji.go.id/': '../img/', 'https://i.ytimg.com/': server.url('/ytimg/') },
      releases: { sources: [{ id: 'r', url: server.url('/r.xml') }] },
      videos: { sources: [{ id: 'yt', youtube_channel: 'UCaaaaaaaaaaaaaaaaaaaaaa' }] },
    });
    const r = await build(path, out);
    assert.equal(r.code, 0, JSON.stringify(r.report.errors));
    const sizes = (file) => readJson(join(out, file)).items.map((i) => [i.image, i._siar.image_width, i._siar.image_height]);
    const expected = [
      ['../img/a.png', 320, 180],
      ['../img/b.jpg', 1280, 720],
      ['../img/c.svg', 640, 360],
      ['../img/hilang.png', undefined, undefined],
      ['https://lain.example/d.png', undefined, undefined],
      ['../img/bukan.png', undefined, undefined],
    ];
    assert.deepEqual(sizes('releases.json'), expected);
    assert.deepEqual(sizes('releases-archive.json'), expected);
    assert.deepEqual(sizes('videos.json'), [[`${PUBLIC}thumbs/youtube-AAAAAAAAAA1.jpg`, 480, 360]], 'a thumbnail downloaded in this run');
    // and on a re-run, from the stored copy; an image that changes loses its old size
    writeFileSync(join(dir, 'img/a.png'), '<html>diganti</html>');
    const again = await build(path, out);
    assert.equal(again.code, 0);
    assert.deepEqual(sizes('videos.json'), [[`${PUBLIC}thumbs/youtube-AAAAAAAAAA1.jpg`, 480, 360]]);
    assert.deepEqual(sizes('releases.json')[0], ['../img/a.png', undefined, undefined]);
    const v = await runValidate(join(out, 'videos.json'));
    assert.equal(v.exitCode, 0, JSON.stringify(v.problems));
  });
});

describe('siar validate: the lean feed fields', () => {
  it('refuses a width without a height and an unknown feed-level _siar field, in plain words', async () => {
    const dir = tempDir();
    try {
      const path = join(dir, 'releases.json');
      writeFileSync(
        path,
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'x',
          _siar: { archive: 'releases-archive.json' },
          items: [{ id: '1', content_text: 'x', image: 'a.png', _siar: { image_width: 10 } }, { id: '2', content_text: 'y', image: 'b.png', _siar: { image_width: 640, image_height: 360 } }],
        }),
      );
      const v = await runValidate(path);
      assert.equal(v.exitCode, 1);
      assert.deepEqual(v.problems.filter((p) => p.level === 'error').map((p) => [p.pointer, p.code, p.params.field ?? p.params.name ?? '']).sort(), [
        ['/_siar/archive', 'schema.unknown-field', 'archive'],
        ['/items/0/_siar', 'schema.required', 'image_height'],
      ].sort());
    } finally {
      cleanup(dir);
    }
  });
});

describe('the demo province feeds (demo/data, written by scripts/demo-data.mjs)', () => {
  const DATA = new URL('../../demo/data/', import.meta.url).pathname;

  it('releases.json is lean and ≤ 15 KB gzip -9; the archive beside it has every item in full', () => {
    const lean = readJson(join(DATA, 'releases.json'));
    const archive = readJson(join(DATA, 'releases-archive.json'));
    assert.ok(lean.items.length <= 20, `${lean.items.length} items`);
    assert.ok(archive.items.length > lean.items.length);
    assert.ok(lean.items.every((i) => i.content_html === undefined && typeof i.content_text === 'string'));
    assert.ok(archive.items.some((i) => i.content_html));
    assert.equal(new URL(lean._siar.archive_url).pathname.split('/').pop(), 'releases-archive.json');
    const ids = new Set(archive.items.map((i) => i.id));
    assert.ok(lean.items.every((i) => ids.has(i.id)), 'nothing in the widget feed that the archive lacks');
    assert.ok(gz(join(DATA, 'releases.json')) <= 15_000, `${gz(join(DATA, 'releases.json'))} B`);
    assert.ok(lean.items.filter((i) => i.image).every((i) => i._siar.image_width > 0 && i._siar.image_height > 0), 'every demo image is sized');
  });

  it('videos.json is lean too', () => {
    const lean = readJson(join(DATA, 'videos.json'));
    assert.ok(lean.items.length <= 20);
    assert.ok(lean.items.every((i) => i.content_html === undefined && i.content_text === (i.summary || i.title)));
    assert.ok(existsSync(join(DATA, 'videos-archive.json')));
    assert.ok(gz(join(DATA, 'videos.json')) <= 15_000);
  });
});
