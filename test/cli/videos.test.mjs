// siar build: videos.json from YouTube channel/playlist feeds (base URL pointed at the local
// server), TikTok/Instagram/Facebook URL lists, and MP4 enclosures; plus Indonesian dates and a
// windows-1252 feed on the releases side.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, cleanup, readJson, rss, serve, tempDir, writeConfig, youtube } from '../fixtures/cli/harness.mjs';
import { runValidate } from '../../dist/node/cli/validate.js';

describe('siar build: videos', () => {
  let server;
  let dir;
  let out;
  let feed;
  let report;
  before(async () => {
    server = await serve({
      '/yt/feeds/videos.xml?channel_id=UCaaaaaaaaaaaaaaaaaaaaaa': {
        body: youtube([
          { id: 'AAAAAAAAAA1', title: 'Simulasi tsunami', published: '2026-11-18T04:00:00+00:00', views: 1234, duration: 405 },
          { id: 'AAAAAAAAAA2', title: 'Tas siaga 60 detik', published: '2026-11-17T04:00:00+00:00', views: 99, shorts: true },
        ]),
      },
      '/yt/feeds/videos.xml?playlist_id=PLbbbbbbbbbbbbbbbbbbbb': {
        body: youtube([
          { id: 'AAAAAAAAAA1', title: 'Simulasi tsunami (playlist)', published: '2026-11-18T04:00:00+00:00', views: 1234 },
          { id: 'BBBBBBBBBB1', title: 'Playlist saja', published: '2026-11-10T04:00:00+00:00', views: 5 },
        ]),
      },
      '/tiktok.csv': {
        type: 'text/csv',
        body: 'url,title,date,views,duration,agency,kind,tags\nhttps://www.tiktok.com/@humas/video/7255889399484671307,Info Samsat,"Sabtu, 14 November 2026 14.20 WITA",54790,0:35,bapenda,,Video|Pajak\nhttps://www.tiktok.com/@humas/video/7660307856930879734,Ciri hoaks,21 Okt 2026,"1.234",41,diskominfo,hoax-clarification,\n',
      },
      '/files.xml': {
        body: rss([
          {
            title: 'Video profil',
            link: 'https://uji.go.id/video/profil',
            guid: 'vid-profil',
            date: 'Sat, 10 Oct 2026 07:05:00 +0800',
            description: 'Mengenal provinsi.',
            enclosure: { url: 'https://uji.go.id/media/profil.mp4', type: 'video/mp4', length: 4718592 },
            extra: '<media:content url="https://uji.go.id/media/profil.mp4" type="video/mp4" duration="180"/><media:thumbnail url="https://uji.go.id/img/v19.svg"/>',
          },
          { title: 'Bukan video', link: 'https://uji.go.id/berita/1', guid: 'x', date: 'Sat, 10 Oct 2026 07:05:00 +0800', description: 'teks' },
        ]),
      },
    });
    dir = tempDir();
    mkdirSync(join(dir, 'lists'), { recursive: true });
    writeFileSync(
      join(dir, 'lists/ig.json'),
      JSON.stringify([
        { url: 'https://www.instagram.com/reel/DContohRl01/', title: 'Tanam mangrove', date: '2026-11-09T17:40:00+08:00', image: 'https://uji.go.id/img/v06.svg', views: 13090 },
        'https://www.facebook.com/humas/videos/1081424308542037/',
      ]),
    );
    writeFileSync(join(dir, 'lists/more.txt'), '# satu URL per baris\nhttps://youtu.be/CCCCCCCCCC1\n\nhttps://example.com/not-a-video\n');
    const cfg = writeConfig(dir, {
      province: { name: 'Pemprov Uji', time_zone: 'Asia/Makassar' },
      youtube_feed_base: 'https://www.youtube.com/feeds/videos.xml',
      // this suite checks what is read from the sources; thumbnails.test.mjs covers local copies
      thumbnails: 'remote',
      rewrite_urls: { 'https://uji.go.id/img/': '../img/', 'https://uji.go.id/media/': '../media/' },
      fetch: { timeout_ms: 2000, retries: 0 },
      videos: {
        sources: [
          { id: 'channel', youtube_channel: 'UCaaaaaaaaaaaaaaaaaaaaaa', agency: 'bpbd', tags: ['Video'] },
          { id: 'playlist', youtube_playlist: 'https://www.youtube.com/playlist?list=PLbbbbbbbbbbbbbbbbbbbb', agency: 'bpbd' },
          { id: 'tiktok', list: server.url('/tiktok.csv') },
          { id: 'ig', list: 'lists/ig.json', agency: 'dlhk' },
          { id: 'txt', list: 'lists/more.txt' },
          { id: 'inline', urls: [{ url: 'https://www.instagram.com/p/DContohPost1/', title: 'Foto-video', date: '1 November 2026' }] },
          { id: 'files', url: server.url('/files.xml'), agency: 'biro-adpim' },
        ],
      },
    });
    out = join(dir, 'out');
    // the YouTube base in the config is replaced by the environment variable (documented)
    const r = await build(cfg, out, [], { SIAR_YOUTUBE_FEED_BASE: server.url('/yt/feeds/videos.xml') });
    assert.equal(r.code, 0, JSON.stringify(r.report.errors));
    report = r.report;
    feed = readJson(join(out, 'videos.json'));
  });
  after(async () => {
    await server.close();
    cleanup(dir);
  });

  const find = (pred) => feed.items.find(pred);

  it('reads YouTube channel and playlist feeds from the configured base', () => {
    const urls = server.log.map((l) => l.url);
    assert.ok(urls.includes('/yt/feeds/videos.xml?channel_id=UCaaaaaaaaaaaaaaaaaaaaaa'));
    assert.ok(urls.includes('/yt/feeds/videos.xml?playlist_id=PLbbbbbbbbbbbbbbbbbbbb'));
    const v = find((i) => i.id === 'yt:video:AAAAAAAAAA1');
    assert.equal(v.title, 'Simulasi tsunami', 'the channel (first source) wins the duplicate');
    assert.deepEqual(v._siar.video, { provider: 'youtube', id: 'AAAAAAAAAA1', aspect: '16:9', duration: 405, views: 1234 });
    assert.equal(v.date_published, '2026-11-18T12:00:00+08:00');
    assert.equal(v.summary, 'Simulasi tsunami', 'first paragraph of the description');
    assert.equal(v.image, 'https://i.ytimg.com/vi/AAAAAAAAAA1/hqdefault.jpg');
    const shorts = find((i) => i.id === 'yt:video:AAAAAAAAAA2');
    assert.equal(shorts._siar.video.aspect, '9:16');
    assert.equal(shorts.url, 'https://www.youtube.com/shorts/AAAAAAAAAA2');
    assert.ok(find((i) => i.id === 'yt:video:BBBBBBBBBB1'));
  });

  it('turns TikTok / Instagram / Facebook / YouTube URL lists into video items', () => {
    const tt = find((i) => i.url === 'https://www.tiktok.com/@humas/video/7255889399484671307');
    assert.equal(tt.title, 'Info Samsat');
    assert.equal(tt.date_published, '2026-11-14T14:20:00+08:00', 'Indonesian date with WITA');
    assert.deepEqual(tt._siar, { kind: 'release', agency: 'bapenda', video: { provider: 'tiktok', id: '7255889399484671307', aspect: '9:16', duration: 35, views: 54790 }, source: 'tiktok' });
    assert.deepEqual(tt.tags, ['Video', 'Pajak']);
    const hoax = find((i) => i.url === 'https://www.tiktok.com/@humas/video/7660307856930879734');
    assert.equal(hoax._siar.kind, 'hoax-clarification');
    assert.equal(hoax._siar.video.views, 1234, 'thousands separator read');
    const ig = find((i) => i.url === 'https://www.instagram.com/reel/DContohRl01/');
    assert.deepEqual(ig._siar.video, { provider: 'instagram', id: 'DContohRl01', aspect: '9:16', views: 13090 });
    assert.equal(ig.image, '../img/v06.svg', 'rewrite_urls applied');
    assert.equal(ig._siar.agency, 'dlhk');
    const fb = find((i) => i._siar.video.provider === 'facebook');
    assert.equal(fb._siar.video.id, '1081424308542037');
    assert.ok(fb.title, 'a bare URL still gets a title');
    const yt = find((i) => i._siar.video.id === 'CCCCCCCCCC1');
    assert.equal(yt.url, 'https://youtu.be/CCCCCCCCCC1');
    assert.equal(find((i) => i.url === 'https://example.com/not-a-video'), undefined, 'a non-video URL is skipped');
    assert.ok(report.warnings.some((w) => w.code === 'source.not-video' && w.where === 'videos/txt'));
    assert.equal(find((i) => i.url === 'https://www.instagram.com/p/DContohPost1/')._siar.video.aspect, '1:1');
  });

  it('puts self-hosted MP4s in attachments, with _siar.video pointing at the file', () => {
    const f = find((i) => i.id === 'vid-profil');
    assert.deepEqual(f.attachments, [{ url: '../media/profil.mp4', mime_type: 'video/mp4', size_in_bytes: 4718592, duration_in_seconds: 180, title: 'Video profil' }]);
    assert.deepEqual(f._siar.video, { provider: 'file', id: '../media/profil.mp4', aspect: '16:9', duration: 180 });
    assert.equal(f.image, '../img/v19.svg');
    assert.equal(find((i) => i.id === 'x'), undefined, 'items without a video stay out of videos.json');
  });

  it('is newest first and valid against the feed schema', async () => {
    const times = feed.items.map((i) => Date.parse(i.date_published));
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
    const v = await runValidate(join(out, 'videos.json'));
    assert.equal(v.exitCode, 0, JSON.stringify(v.problems));
  });
});

describe('siar build: real-world feed quirks', () => {
  let server;
  let dir;
  before(async () => {
    const cp1252 = Buffer.from(
      '<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>PUPR</title><link>https://pupr.uji.go.id</link><description>d</description>' +
        '<item><title>Jalan Kota\x96Tanjung \x93selesai\x94</title><link>https://pupr.uji.go.id/1</link><pubDate>Selasa, 17 Oktober 2023 10.00 WIB</pubDate><description>Rp1,5 miliar</description></item>' +
        '<item><title>Tanpa tanggal</title><link>https://pupr.uji.go.id/2</link><description>x</description></item>' +
        '</channel></rss>',
      'latin1',
    );
    server = await serve({
      '/pupr.xml': { body: cp1252, type: 'application/rss+xml' },
      '/atom-bad-date.xml': {
        body: '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>e1</id><title>Tanggal aneh</title><link href="https://uji.go.id/e1"/><published>Jumat, 20 November 2026 pukul 09.15 WITA</published></entry><entry><id>e2</id><title>Rusak</title><link href="https://uji.go.id/e2"/><published>kemarin sore</published></entry></feed>',
      },
      '/wp.xml': {
        body: rss([{ title: 'Berita WP', link: 'https://uji.go.id/?p=1', guid: 'https://uji.go.id/?p=1', date: 'Fri, 20 Nov 2026 01:00:00 +0000', description: '<p>Ringkasan singkat yang terpotong [&hellip;]</p><p>The post Berita WP appeared first on Pemprov Uji.</p>', creator: 'admin' }]),
      },
    });
    dir = tempDir();
  });
  after(async () => {
    await server.close();
    cleanup(dir);
  });

  it('decodes windows-1252, reads Indonesian dates, keeps undated items last, tidies WordPress excerpts', async () => {
    const cfg = writeConfig(dir, {
      province: { name: 'Pemprov Uji', time_zone: 'Asia/Jakarta' },
      fetch: { timeout_ms: 2000, retries: 0 },
      releases: {
        sources: [
          { id: 'pupr', url: server.url('/pupr.xml'), agency: 'pupr' },
          { id: 'atom', url: server.url('/atom-bad-date.xml') },
          { id: 'wp', url: server.url('/wp.xml') },
        ],
      },
    });
    const r = await build(cfg, join(dir, 'out'));
    assert.equal(r.code, 0, JSON.stringify(r.report.errors));
    const items = readJson(join(dir, 'out/releases.json')).items;
    const byUrl = Object.fromEntries(items.map((i) => [i.url, i]));
    assert.equal(byUrl['https://pupr.uji.go.id/1'].title, 'Jalan Kota–Tanjung “selesai”');
    assert.equal(byUrl['https://pupr.uji.go.id/1'].date_published, '2023-10-17T10:00:00+07:00');
    assert.equal(byUrl['https://uji.go.id/e1'].date_published, '2026-11-20T08:15:00+07:00', 'Atom date in Indonesian, WITA → WIB');
    assert.equal(byUrl['https://uji.go.id/e2'].date_published, undefined, 'an unreadable date does not reject the feed');
    assert.equal(items.at(-1).date_published, undefined, 'undated items last');
    const wp = byUrl['https://uji.go.id/?p=1'];
    assert.equal(wp.summary, 'Ringkasan singkat yang terpotong…');
    assert.deepEqual(wp.authors, [{ name: 'admin' }]);
  });
});
