// siar build stores video thumbnails next to the feeds (issue 14, "Privacy as documented"): each
// video's image is downloaded once into <out>/thumbs/, the item points at that copy (under
// public_url), unchanged copies are reused without a request, only real JPEG/PNG/WebP/GIF of at
// most 1 MiB are kept, failures only warn, copies no feed uses are removed, and
// `thumbnails: "remote"` opts out. i.ytimg.com is mapped to the local server with rewrite_urls:
// nothing here leaves 127.0.0.1.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, cleanup, readJson, serve, tempDir, writeConfig, youtube } from '../fixtures/cli/harness.mjs';
import { runValidate } from '../../dist/node/cli/validate.js';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0 foto bendungan contoh')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('gambar contoh')]);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>';
const CHANNEL = '/yt/feeds/videos.xml?channel_id=UCaaaaaaaaaaaaaaaaaaaaaa';
const PUBLIC = 'https://contohprov.go.id/siar/';

describe('siar build: video thumbnails stored next to the feeds', () => {
  let server;
  let dir;
  let out;
  let cfg;
  const requests = (path) => server.log.filter((l) => l.url === path).length;
  const byVideo = () => Object.fromEntries(readJson(join(out, 'videos.json')).items.map((i) => [i._siar.video.id, i]));

  before(async () => {
    server = await serve({
      [CHANNEL]: {
        body: youtube([
          { id: 'AAAAAAAAAA1', title: 'Peresmian bendungan', published: '2026-11-18T04:00:00+00:00', views: 10 },
          { id: 'AAAAAAAAAA2', title: 'Thumbnail hilang', published: '2026-11-17T04:00:00+00:00', views: 5 },
        ]),
      },
      '/ytimg/vi/AAAAAAAAAA1/hqdefault.jpg': { type: 'image/jpeg', body: JPEG },
      '/ytimg/vi/CCCCCCCCCC1/hqdefault.jpg': { type: 'image/jpeg', body: PNG }, // the bytes decide: a PNG
      '/cdn/tiktok.jpg': { type: 'image/jpeg', body: SVG }, // claims JPEG, is SVG with a script
      '/cdn/besar.jpg': { type: 'image/jpeg', body: Buffer.concat([JPEG, Buffer.alloc(1024 * 1024)]) },
    });
    dir = tempDir();
    out = join(dir, 'out');
    cfg = writeConfig(dir, {
      province: { name: 'Pemerintah Provinsi Contoh', time_zone: 'Asia/Makassar' },
      public_url: PUBLIC,
      youtube_feed_base: server.url('/yt/feeds/videos.xml'),
      rewrite_urls: { 'https://i.ytimg.com/': server.url('/ytimg/') },
      fetch: { timeout_ms: 2000, retries: 0, backoff_ms: 10 },
      videos: {
        sources: [
          { id: 'channel', youtube_channel: 'UCaaaaaaaaaaaaaaaaaaaaaa' },
          {
            id: 'list',
            urls: [
              { url: 'https://youtu.be/CCCCCCCCCC1', title: 'Tanpa gambar di daftar', date: '2026-11-16T10:00:00+08:00' },
              { url: 'https://youtu.be/DDDDDDDDDD1', title: 'Tanpa gambar, YouTube juga tidak punya', date: '2026-11-15T10:00:00+08:00' },
              { url: 'https://www.tiktok.com/@humas/video/7255889399484671307', title: 'TikTok', date: '2026-11-14T10:00:00+08:00', image: server.url('/cdn/tiktok.jpg') },
              { url: 'https://www.instagram.com/reel/DContohRl01/', title: 'Instagram', date: '2026-11-13T10:00:00+08:00', image: server.url('/cdn/besar.jpg') },
            ],
          },
        ],
      },
    });
  });
  after(async () => {
    await server.close();
    cleanup(dir);
  });

  it('downloads each thumbnail once into thumbs/ and points the item at it, under public_url', async () => {
    const r = await build(cfg, out);
    assert.equal(r.code, 0, JSON.stringify(r.report.errors));
    assert.deepEqual(readdirSync(join(out, 'thumbs')), ['youtube-AAAAAAAAAA1.jpg', 'youtube-CCCCCCCCCC1.png']);
    assert.deepEqual(readFileSync(join(out, 'thumbs/youtube-AAAAAAAAAA1.jpg')), JPEG);
    assert.deepEqual(readFileSync(join(out, 'thumbs/youtube-CCCCCCCCCC1.png')), PNG);
    const v = byVideo();
    assert.equal(v.AAAAAAAAAA1.image, `${PUBLIC}thumbs/youtube-AAAAAAAAAA1.jpg`);
    assert.equal(v.CCCCCCCCCC1.image, `${PUBLIC}thumbs/youtube-CCCCCCCCCC1.png`, 'a YouTube video without an image gets its default thumbnail, stored');
    assert.deepEqual(r.report.outputs.find((o) => o.file === 'thumbs/'), { file: 'thumbs/', status: 'written', items: 2 });
    assert.equal(r.report.stats.thumbnails_downloaded, 2);
    assert.equal((await runValidate(join(out, 'videos.json'))).exitCode, 0);
  });

  it('a thumbnail that cannot be stored only warns, saying why: the remote image is kept, or there is none', async () => {
    const r = await build(cfg, join(dir, 'out-warnings'));
    assert.equal(r.code, 0);
    const v = Object.fromEntries(readJson(join(dir, 'out-warnings/videos.json')).items.map((i) => [i._siar.video.id, i]));
    assert.equal(v.AAAAAAAAAA2.image, server.url('/ytimg/vi/AAAAAAAAAA2/hqdefault.jpg'), 'HTTP 404: remote address kept');
    assert.equal(v.DDDDDDDDDD1.image, undefined, 'nothing to keep: no image');
    assert.equal(v['7255889399484671307'].image, server.url('/cdn/tiktok.jpg'), 'an SVG is never stored on the province\'s domain');
    assert.equal(v.DContohRl01.image, server.url('/cdn/besar.jpg'), 'over 1 MiB: not stored');
    assert.deepEqual(readdirSync(join(dir, 'out-warnings/thumbs')), ['youtube-AAAAAAAAAA1.jpg', 'youtube-CCCCCCCCCC1.png']);
    const w = r.report.warnings.filter((x) => x.where === 'thumbnails').map((x) => [x.code, x.params.url.replace(server.base, ''), x.params.reason]);
    assert.deepEqual(w.toSorted(), [
      ['thumbnail.none', '/ytimg/vi/DDDDDDDDDD1/hqdefault.jpg', 'HTTP 404'],
      ['thumbnail.remote', '/cdn/besar.jpg', '> 1048576 B'],
      ['thumbnail.remote', '/cdn/tiktok.jpg', 'not JPEG/PNG/WebP/GIF'],
      ['thumbnail.remote', '/ytimg/vi/AAAAAAAAAA2/hqdefault.jpg', 'HTTP 404'],
    ]);
    assert.match(r.report.warnings.find((x) => x.code === 'thumbnail.remote').message, /remote address is kept/);
  });

  it('reuses stored copies of unchanged sources without a request', async () => {
    const before = [requests('/ytimg/vi/AAAAAAAAAA1/hqdefault.jpg'), requests('/ytimg/vi/CCCCCCCCCC1/hqdefault.jpg')];
    const r = await build(cfg, out);
    assert.equal(r.code, 0);
    assert.deepEqual([requests('/ytimg/vi/AAAAAAAAAA1/hqdefault.jpg'), requests('/ytimg/vi/CCCCCCCCCC1/hqdefault.jpg')], before);
    assert.equal(r.report.outputs.find((o) => o.file === 'videos.json').status, 'unchanged');
    assert.equal(r.report.stats.thumbnails_reused, 2);
  });

  it('keeps the copies of items carried over from a failed source', async () => {
    server.routes[CHANNEL] = { status: 500, body: 'down' };
    const r = await build(cfg, out);
    assert.equal(r.code, 0, JSON.stringify(r.report.errors));
    assert.equal(r.report.sources[0].status, 'kept');
    assert.equal(byVideo().AAAAAAAAAA1.image, `${PUBLIC}thumbs/youtube-AAAAAAAAAA1.jpg`);
    assert.ok(existsSync(join(out, 'thumbs/youtube-AAAAAAAAAA1.jpg')));
  });

  it('removes copies no feed points at any more', async () => {
    server.routes[CHANNEL] = { body: youtube([{ id: 'AAAAAAAAAA2', title: 'Thumbnail hilang', published: '2026-11-17T04:00:00+00:00', views: 5 }]) };
    const r = await build(cfg, out);
    assert.equal(r.code, 0, JSON.stringify(r.report.errors));
    assert.deepEqual(readdirSync(join(out, 'thumbs')), ['youtube-CCCCCCCCCC1.png']);
  });

  it('without public_url the copies are addressed relative to the feed; without a state file the copy on disk is reused', async () => {
    const sub = join(dir, 'relative');
    const c = writeConfig(sub, { ...readJson(cfg), public_url: undefined, state_file: false });
    const o = join(sub, 'out');
    server.routes[CHANNEL] = { body: youtube([{ id: 'AAAAAAAAAA1', title: 'Peresmian bendungan', published: '2026-11-18T04:00:00+00:00', views: 10 }]) };
    assert.equal((await build(c, o)).code, 0);
    const item = readJson(join(o, 'videos.json')).items.find((i) => i._siar.video.id === 'AAAAAAAAAA1');
    assert.equal(item.image, 'thumbs/youtube-AAAAAAAAAA1.jpg');
    const n = requests('/ytimg/vi/AAAAAAAAAA1/hqdefault.jpg');
    assert.equal((await build(c, o)).code, 0);
    assert.equal(requests('/ytimg/vi/AAAAAAAAAA1/hqdefault.jpg'), n);
  });

  it('thumbnails: "remote" keeps the providers\' addresses and downloads nothing', async () => {
    const sub = join(dir, 'remote');
    const c = writeConfig(sub, { ...readJson(cfg), thumbnails: 'remote' });
    const o = join(sub, 'out');
    const n = server.log.length;
    const r = await build(c, o);
    assert.equal(r.code, 0, JSON.stringify(r.report.errors));
    assert.ok(!existsSync(join(o, 'thumbs')));
    assert.deepEqual(server.log.slice(n).map((l) => l.url), [CHANNEL], 'only the feed was fetched');
    const item = readJson(join(o, 'videos.json')).items.find((i) => i._siar.video.id === 'AAAAAAAAAA1');
    assert.equal(item.image, server.url('/ytimg/vi/AAAAAAAAAA1/hqdefault.jpg'));
  });
});
