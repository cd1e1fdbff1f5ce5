// siar build / validate on feeds as real publishers write them (issue 14, "Publisher kit on real
// feeds"): RSS without a version, Atom behind an xml-stylesheet instruction, one source with many
// items sharing a link, colliding guids, tracking pixels, Tempo's <thumbnail>, CSV rows with too
// many cells, and messages that say what is really wrong. Served from 127.0.0.1 only.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, cleanup, items, nov, readJson, rss, run, serve, tempDir, writeConfig } from '../fixtures/cli/harness.mjs';
import { parseSource, rootElement } from '../../dist/node/cli/parse-source.js';

const fixture = (name) => readFileSync(new URL(`../fixtures/cli/feeds/${name}`, import.meta.url), 'utf8');
const FAST = { timeout_ms: 2000, retries: 0, backoff_ms: 10 };
const PROVINCE = { name: 'Pemerintah Provinsi Contoh', time_zone: 'Asia/Jakarta' };

let server;
let dir;
before(async () => {
  server = await serve({
    '/no-version.xml': { body: fixture('rss-no-version.xml') },
    '/blogger.xml': { type: 'application/atom+xml', body: fixture('atom-stylesheet.xml') },
    '/images.xml': { body: fixture('images.xml') },
  });
  dir = tempDir();
});
after(async () => {
  await server.close();
  cleanup(dir);
});

let n = 0;
/** Builds `releases` from `sources` (plus `extra` config) into a fresh folder. */
async function buildReleases(sources, extra = {}) {
  const sub = join(dir, `b${++n}`);
  const cfg = writeConfig(sub, { province: PROVINCE, fetch: FAST, releases: { sources }, ...extra });
  const r = await build(cfg, join(sub, 'out'));
  let feed;
  try {
    feed = readJson(join(sub, 'out/releases.json'));
  } catch {
    feed = undefined;
  }
  return { ...r, feed, sub };
}

describe('reading real feeds', () => {
  it('reads RSS without a version attribute (it is not "not a feed")', async () => {
    const r = await buildReleases([{ id: 'kominfo', url: server.url('/no-version.xml') }]);
    assert.equal(r.code, 0, JSON.stringify(r.report.errors));
    assert.deepEqual(r.feed.items.map((i) => [i.title, i.date_published]), [
      ['Jaringan internet desa Contoh Hulu mulai beroperasi', '2023-10-17T10:00:00+07:00'],
      ['Pelatihan literasi digital untuk aparatur desa', '2023-10-16T09:30:00+07:00'],
    ]);
    const v = await run(['validate', server.url('/no-version.xml'), '--json']);
    assert.equal(v.code, 0, v.stdout);
    assert.equal(JSON.parse(v.stdout).entries, 2);
  });

  it('reads Atom behind <?xml-stylesheet?>, a comment and a DOCTYPE as Atom: dates kept, no false warnings', async () => {
    assert.equal((await parseSource(fixture('atom-stylesheet.xml'))).format, 'atom');
    const r = await buildReleases([{ id: 'dispar', url: server.url('/blogger.xml') }]);
    assert.equal(r.code, 0, JSON.stringify(r.report.errors));
    assert.deepEqual(r.feed.items.map((i) => [i.title, i.date_published, i.date_modified]), [
      ['Festival Danau Contoh dibuka', '2023-10-17T10:00:00+07:00', '2023-10-18T08:00:00+07:00'],
      ['Rute baru wisata sungai', '2023-10-16T14:30:00+07:00', undefined],
    ]);
    const v = await run(['validate', server.url('/blogger.xml'), '--json']);
    const report = JSON.parse(v.stdout);
    assert.equal(v.code, 0);
    assert.deepEqual(report.warnings, [], 'no "no date" warnings');
    // a stylesheet instruction before RSS does not make it Atom either
    const styled = fixture('rss-no-version.xml').replace('<rss>', '<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>\n<rss version="2.0">');
    assert.equal((await parseSource(styled)).format, 'rss');
    assert.equal(rootElement('<!-- a --><!DOCTYPE feed [<!ENTITY x "]>">]>\n<?pi x?><feed xmlns="http://www.w3.org/2005/Atom"/>'), 'feed');
    assert.equal(rootElement('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"/>'), 'rdf:RDF');
  });

  it('takes Tempo-style <thumbnail> as the item image and ignores tracking pixels', async () => {
    const r = await buildReleases([{ id: 'warta', url: server.url('/images.xml') }]);
    assert.equal(r.code, 0, JSON.stringify(r.report.errors));
    const byId = Object.fromEntries(r.feed.items.map((i) => [i.id, i]));
    assert.equal(byId['warta-1'].image, 'https://img.contohprov.go.id/2023/10/bendungan.jpg');
    assert.equal(byId['warta-2'].image, 'https://img.contohprov.go.id/2023/10/pasar.jpg', 'the 1×1 / 2×2 images and the FeedBurner pixel are skipped');
    assert.equal(byId['warta-3'].image, undefined, 'a feed with only pixels has no image');
  });
});

describe('merging', () => {
  it('keeps items of one source that share a link (distinct guids); drops only same-guid repeats', async () => {
    const shared = 'https://bkd.contohprov.go.id/pengumuman';
    const list = Array.from({ length: 13 }, (_, i) => ({ title: `Pengumuman ${i + 1}`, link: shared, guid: `bkd-${i + 1}`, date: nov(20 - i), description: `Isi ${i + 1}` }));
    list.push({ ...list[4], title: 'Pengumuman 5 (terkirim dua kali)' }); // a true repeat: same guid
    server.routes['/bkd.xml'] = { body: rss(list) };
    server.routes['/other.xml'] = { body: rss([{ title: 'Salinan di portal', link: `${shared}/`, guid: 'portal-9', date: nov(21), description: 'x' }]) };
    const r = await buildReleases([
      { id: 'bkd', url: server.url('/bkd.xml') },
      { id: 'portal', url: server.url('/other.xml') },
    ]);
    assert.equal(r.code, 0, JSON.stringify(r.report.errors));
    const ids = r.feed.items.map((i) => i.id);
    assert.equal(ids.length, 13, ids.join(' '));
    assert.deepEqual(ids.toSorted(), list.slice(0, 13).map((x) => x.guid).toSorted());
    assert.equal(r.report.stats.releases_duplicates, 1, 'the other source with the same URL is still merged');
  });

  it('gives colliding guids of different sources the same ids whatever the source order', async () => {
    server.routes['/wp-a.xml'] = { body: rss([{ title: 'Dinkes 1001', link: 'https://dinkes.contohprov.go.id/?p=1001', guid: '1001', date: nov(20), description: 'a' }]) };
    server.routes['/wp-b.xml'] = { body: rss([{ title: 'Dishub 1001', link: 'https://dishub.contohprov.go.id/?p=1001', guid: '1001', date: nov(19), description: 'b' }, { title: 'Dishub 7', link: 'https://dishub.contohprov.go.id/?p=7', guid: '7', date: nov(18), description: 'c' }]) };
    const a = { id: 'dinkes', url: server.url('/wp-a.xml') };
    const b = { id: 'dishub', url: server.url('/wp-b.xml') };
    const one = await buildReleases([a, b]);
    const two = await buildReleases([b, a]);
    const ids = (r) => Object.fromEntries(r.feed.items.map((i) => [i.url, i.id]));
    assert.deepEqual(ids(one), ids(two));
    assert.deepEqual(ids(one), {
      'https://dinkes.contohprov.go.id/?p=1001': 'dinkes:1001',
      'https://dishub.contohprov.go.id/?p=1001': 'dishub:1001',
      'https://dishub.contohprov.go.id/?p=7': '7',
    });
    // config flags still match the guid as the source wrote it
    const pinned = await buildReleases([b, a], { pinned: ['7'], overrides: { 'dinkes:1001': { kind: 'announcement' } } });
    const byUrl = Object.fromEntries(pinned.feed.items.map((i) => [i.url, i]));
    assert.equal(byUrl['https://dishub.contohprov.go.id/?p=7']._siar.priority, 'pinned');
    assert.equal(byUrl['https://dinkes.contohprov.go.id/?p=1001']._siar.kind, 'announcement');
  });
});

describe('messages that say what is wrong', () => {
  it('a public_url without its trailing slash is blamed on the slash, not on the scheme', async () => {
    const r = await buildReleases([{ id: 'a', url: server.url('/no-version.xml') }], { public_url: 'https://contohprov.go.id/siar' });
    assert.equal(r.code, 1);
    assert.deepEqual(r.report.errors.map((e) => e.code), ['config.public-url-slash']);
    assert.match(r.report.errors[0].message, /must end with "\/".*"https:\/\/contohprov\.go\.id\/siar\/"/);
    assert.doesNotMatch(r.report.errors[0].message, /http:\/\/ or https:\/\//);
    const id = await run(['build', join(r.sub, 'siar.config.json'), '--out', join(r.sub, 'out')], { SIAR_LANG: 'id' });
    assert.match(id.stderr, /public_url "https:\/\/contohprov\.go\.id\/siar" harus diakhiri "\/"/);
    const scheme = await buildReleases([{ id: 'a', url: server.url('/no-version.xml') }], { public_url: 'ftp://contohprov.go.id/siar/' });
    assert.deepEqual(scheme.report.errors.map((e) => e.code), ['schema.url'], 'a wrong scheme is still a scheme problem');
  });

  it('--json gives http_status for a source that failed with an HTTP error', async () => {
    server.routes['/gone.xml'] = { status: 404, body: 'not here', type: 'text/plain' };
    const r = await buildReleases([{ id: 'gone', url: server.url('/gone.xml') }]);
    assert.equal(r.code, 3);
    assert.equal(r.report.sources[0].status, 'failed');
    assert.equal(r.report.sources[0].http_status, 404);
    assert.equal(r.report.sources[0].error.code, 'fetch.http');
  });

  it('an unreadable date is a warning naming the item, in build and validate alike; the item is kept', async () => {
    const feed = rss([
      { title: 'Tanggal terbaca', link: 'https://contohprov.go.id/1', guid: 'd1', date: nov(20), description: 'a' },
      { title: 'Tanggal tidak terbaca', link: 'https://contohprov.go.id/2', guid: 'd2', date: 'tanggal belum diisi', description: 'b' },
    ]);
    server.routes['/dates.xml'] = { body: feed };
    const r = await buildReleases([{ id: 'dates', url: server.url('/dates.xml') }]);
    assert.equal(r.code, 0, JSON.stringify(r.report.errors));
    const byId = Object.fromEntries(r.feed.items.map((i) => [i.id, i]));
    assert.ok(byId.d2, 'the item is kept');
    assert.equal(byId.d2.date_published, undefined);
    const built = r.report.warnings.filter((w) => w.code === 'feed.bad-date');
    assert.equal(built.length, 1);
    assert.equal(built[0].where, 'releases/dates');
    assert.equal(built[0].params.value, 'tanggal belum diisi');
    assert.match(built[0].message, /"Tanggal tidak terbaca".*"tanggal belum diisi"/);

    const v = await run(['validate', server.url('/dates.xml'), '--json']);
    const report = JSON.parse(v.stdout);
    assert.equal(v.code, 0, 'not an error: the item is still usable');
    const checked = report.warnings.filter((w) => w.code === 'feed.bad-date');
    assert.equal(checked.length, 1);
    assert.equal(checked[0].message, built[0].message, 'the same words in both commands');
    assert.deepEqual(report.errors, []);
  });
});

describe('directory CSV: refuse what cannot be read right', () => {
  async function buildDirectory(csv, directory = {}, extra = {}) {
    const sub = join(dir, `d${++n}`);
    server.routes[`/opd-${n}.csv`] = { type: 'text/csv', body: csv };
    const cfg = writeConfig(sub, { province: PROVINCE, fetch: FAST, directory: { url: server.url(`/opd-${n}.csv`), ...directory }, ...extra });
    const r = await build(cfg, join(sub, 'out'));
    let out;
    try {
      out = readJson(join(sub, 'out/directory.json'));
    } catch {
      out = undefined;
    }
    return { ...r, directory: out };
  }

  it('a row with more cells than the header is refused with its line, never published shifted', async () => {
    const r = await buildDirectory('id,name,type,lat,lon\ndinkes,Dinas Kesehatan,dinas,-7.25,110.4\nbpbd,BPBD,badan,-7,25,110,4\ndishub,Dinas Perhubungan,dinas,,\n');
    assert.deepEqual(r.directory.agencies.map((a) => a.id), ['dinkes', 'dishub']);
    assert.deepEqual(r.directory.agencies[0].geo, { lat: -7.25, lon: 110.4 });
    const refused = r.report.errors.find((e) => e.code === 'csv.too-many-fields');
    assert.ok(refused, JSON.stringify(r.report));
    assert.equal(refused.line, 3);
    assert.deepEqual(refused.params, { found: 7, expected: 5 });
    assert.match(refused.message, /7 cells.*header has 5.*quotes/);
    assert.ok(r.report.warnings.some((w) => w.code === 'directory.row-skipped' && w.line === 3));
  });

  it('an empty required cell is called an empty cell, not a missing column', async () => {
    const r = await buildDirectory('id,name,type\ndinkes,,dinas\nbpbd,BPBD,badan\n');
    const e = r.report.errors.find((x) => x.line === 2);
    assert.equal(e.code, 'directory.empty-cell');
    assert.equal(e.field, 'name');
    assert.equal(e.message, 'The cell in column "name" is empty, but it is required.');
  });

  it('a ";" CSV read with a forced "," says which delimiter to use', async () => {
    const r = await buildDirectory('id;name;type\ndinkes;Dinas Kesehatan;dinas\n', { delimiter: ',' });
    assert.equal(r.code, 3);
    const e = r.report.errors.find((x) => x.where === 'directory');
    assert.equal(e.code, 'directory.wrong-delimiter');
    assert.deepEqual(e.params, { column: 'id', delimiter: ',', found: ';' });
    assert.match(e.message, /separated by ";".*"delimiter": ";"/);
  });

  it('items naming an agency the directory skipped get a warning', async () => {
    server.routes['/by-agency.xml'] = { body: rss(items('bpbd', 2)) };
    const r = await buildDirectory('id,name,type,email\ndinkes,Dinas Kesehatan,dinas,\nbpbd,BPBD,badan,bukan-surel\n', {}, {
      releases: { sources: [{ id: 'bpbd', url: server.url('/by-agency.xml'), agency: 'bpbd' }, { id: 'dinkes', url: server.url('/no-version.xml'), agency: 'dinkes' }] },
    });
    assert.equal(r.code, 0, JSON.stringify(r.report.errors));
    const w = r.report.warnings.filter((x) => x.code === 'merge.unknown-agency');
    assert.deepEqual(w.map((x) => [x.where, x.params.agency, x.params.n]), [['releases', 'bpbd', 2]]);
  });
});
