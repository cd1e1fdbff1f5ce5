// Dates in siar build and siar validate (issue #14): a date-time without a zone is wall-clock time
// in the province's zone (config `province.time_zone`, default WIB), a date without a time stays a
// day (`_siar.date_only`), and an entry without a publication date is dated by its last update.
// Every expected value was worked out by hand from the source text and the zone's offset.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { atom, build, cleanup, readJson, rss, run, serve, tempDir, writeConfig } from '../fixtures/cli/harness.mjs';
import { formatInZone } from '../../dist/node/cli/zone.js';

const FAST = { timeout_ms: 2000, retries: 0, backoff_ms: 10, concurrency: 4 };

const jsonFeed = (items) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items });

describe('siar build: dates in the province time zone', () => {
  let server;
  let dir;
  before(async () => {
    server = await serve({
      '/rss.xml': {
        body: rss([
          { title: 'Rapat zona-less', link: 'https://a.example.go.id/1', guid: 'a-1', date: 'Selasa, 17 November 2026 10:00', description: 'x' },
          { title: 'Hanya tanggal', link: 'https://a.example.go.id/2', guid: 'a-2', date: 'Senin, 16 November 2026', description: 'x' },
          { title: 'Dengan zona', link: 'https://a.example.go.id/3', guid: 'a-3', date: 'Sun, 15 Nov 2026 10:00:00 +0700', description: 'x' },
        ]),
      },
      '/feed.json': {
        type: 'application/feed+json',
        body: jsonFeed([
          { id: 'j-1', url: 'https://j.example.go.id/1', title: 'ISO tanpa offset', content_text: 'x', date_published: '2026-11-18T10:00:00' },
          { id: 'j-2', url: 'https://j.example.go.id/2', title: 'ISO hanya tanggal', content_text: 'x', date_published: '2026-11-14' },
        ]),
      },
      '/updated.atom': {
        type: 'application/atom+xml',
        body: atom([
          { id: 'u-1', title: 'Hanya updated lama', link: 'https://u.example.go.id/1', updated: '2026-11-13T09:00:00+07:00', summary: 's' },
          { id: 'u-2', title: 'Hanya updated baru', link: 'https://u.example.go.id/2', updated: '2026-11-19T09:00:00+07:00', summary: 's' },
        ]),
      },
      // RSS whose items carry only dcterms:modified (no pubDate).
      '/modified.xml': {
        body: rss(
          [
            { title: 'Diubah saja', link: 'https://m.example.go.id/1', guid: 'm-1', description: 'x', extra: '<dcterms:modified>2026-11-20T08:00:00+07:00</dcterms:modified>' },
          ],
          { extraNs: 'xmlns:dcterms="http://purl.org/dc/terms/"' },
        ),
      },
    });
    dir = tempDir();
  });
  after(async () => {
    await server.close();
    cleanup(dir);
  });

  const sources = () => [
    { id: 'a', url: server.url('/rss.xml') },
    { id: 'j', url: server.url('/feed.json') },
    { id: 'u', url: server.url('/updated.atom') },
    { id: 'm', url: server.url('/modified.xml') },
  ];

  async function releases(zone, name) {
    const province = { name: 'Pemerintah Provinsi Contoh', home_page_url: 'https://contohprov.go.id', ...(zone ? { time_zone: zone } : {}) };
    const cfg = writeConfig(join(dir, name), { province, fetch: FAST, releases: { sources: sources() } });
    const out = join(dir, name, 'out');
    const { code, report } = await build(cfg, out);
    assert.equal(code, 0, JSON.stringify(report.errors));
    return readJson(join(out, 'releases.json')).items;
  }

  const byId = (items) => Object.fromEntries(items.map((i) => [i.id, i]));

  it('writes zone-less source times as local time in a WITA province (10:00 stays 10:00)', async () => {
    const items = byId(await releases('Asia/Makassar', 'wita'));
    assert.equal(items['a-1'].date_published, '2026-11-17T10:00:00+08:00');
    assert.equal(items['j-1'].date_published, '2026-11-18T10:00:00+08:00');
    // An offset in the source wins: 10:00 WIB is 11:00 WITA.
    assert.equal(items['a-3'].date_published, '2026-11-15T11:00:00+08:00');
    assert.equal(items['a-1']._siar.date_only, undefined);
  });

  it('defaults to WIB, and reads WIT for a Papua province', async () => {
    const wib = byId(await releases(undefined, 'wib'));
    assert.equal(wib['a-1'].date_published, '2026-11-17T10:00:00+07:00');
    assert.equal(wib['j-1'].date_published, '2026-11-18T10:00:00+07:00');
    const wit = byId(await releases('Asia/Jayapura', 'wit'));
    assert.equal(wit['a-1'].date_published, '2026-11-17T10:00:00+09:00');
  });

  it('keeps a date without a time as that day: midnight in the province plus _siar.date_only', async () => {
    const items = byId(await releases('Asia/Makassar', 'day'));
    assert.equal(items['a-2'].date_published, '2026-11-16T00:00:00+08:00');
    assert.equal(items['a-2']._siar.date_only, true);
    assert.equal(items['j-2'].date_published, '2026-11-14T00:00:00+08:00');
    assert.equal(items['j-2']._siar.date_only, true);
    // The written file passes the published schema with the new flag.
    const r = await run(['validate', join(dir, 'day', 'out', 'releases.json'), '--json']);
    assert.equal(r.code, 0, r.stdout);
  });

  it('dates entries without a publication date by their last update, and sorts them by it', async () => {
    const items = await releases('Asia/Jakarta', 'updated');
    const dated = byId(items);
    assert.equal(dated['u-2'].date_published, '2026-11-19T09:00:00+07:00');
    assert.equal(dated['u-1'].date_published, '2026-11-13T09:00:00+07:00');
    assert.equal(dated['m-1'].date_published, '2026-11-20T08:00:00+07:00');
    assert.deepEqual(
      items.map((i) => i.id),
      ['m-1', 'u-2', 'j-1', 'a-1', 'a-2', 'a-3', 'j-2', 'u-1'],
    );
  });
});

describe('siar build: a Siar feed as a source keeps date_only days', () => {
  let server;
  let dir;
  before(async () => {
    server = await serve({
      '/upstream.json': {
        type: 'application/feed+json',
        body: jsonFeed([
          { id: 's-1', url: 'https://s.example.go.id/1', title: 'Hari saja', content_text: 'x', date_published: '2026-11-16T00:00:00+07:00', _siar: { kind: 'release', date_only: true } },
        ]),
      },
    });
    dir = tempDir();
  });
  after(async () => {
    await server.close();
    cleanup(dir);
  });

  it('republishes the upstream day in its own zone, not the instant shifted to 01:00', async () => {
    const cfg = writeConfig(dir, {
      province: { name: 'Pemerintah Provinsi Contoh', time_zone: 'Asia/Jayapura' },
      fetch: FAST,
      releases: { sources: [{ id: 's', url: server.url('/upstream.json') }] },
    });
    const out = join(dir, 'out');
    const { code, report } = await build(cfg, out);
    assert.equal(code, 0, JSON.stringify(report.errors));
    const [item] = readJson(join(out, 'releases.json')).items;
    assert.equal(item.date_published, '2026-11-16T00:00:00+09:00');
    assert.equal(item._siar.date_only, true);
  });
});

describe('siar validate: dates', () => {
  let dir;
  before(() => {
    dir = tempDir();
  });
  after(() => cleanup(dir));

  it('does not call an RSS item with only a modification date undated', async () => {
    const file = join(dir, 'modified.xml');
    writeFileSync(
      file,
      rss([{ title: 'Diubah saja', link: 'https://m.example.go.id/1', guid: 'm-1', description: 'x', extra: '<dcterms:modified>2026-11-20T08:00:00+07:00</dcterms:modified>' }], {
        extraNs: 'xmlns:dcterms="http://purl.org/dc/terms/"',
      }),
    );
    const r = await run(['validate', file, '--json']);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.warnings.map((w) => w.code), []);
  });

  it('checks the order of a feed by date_modified where date_published is missing', async () => {
    const file = join(dir, 'order.json');
    writeFileSync(
      file,
      jsonFeed([
        { id: '1', url: 'https://x.go.id/1', content_text: 'a', date_modified: '2026-11-01T00:00:00+07:00' },
        { id: '2', url: 'https://x.go.id/2', content_text: 'b', date_modified: '2026-11-02T00:00:00+07:00' },
      ]),
    );
    const r = await run(['validate', file, '--json']);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.warnings.map((w) => [w.code, w.pointer]), [['feed.order', '/items/1/date_published']]);
  });
});

describe('zone', () => {
  it('writes the offset in force on the day (Jakarta was UTC+7:30 until 1964)', () => {
    assert.equal(formatInZone(new Date('1960-06-01T02:30:00Z'), 'Asia/Jakarta'), '1960-06-01T10:00:00+07:30');
    assert.equal(formatInZone(new Date('2026-11-15T16:00:00Z'), 'Asia/Makassar'), '2026-11-16T00:00:00+08:00');
  });
});
