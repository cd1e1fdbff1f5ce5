// siar build's alert mirror (issue #15): CAP documents, Atom/RSS indexes of CAP (links followed to
// the index's own host only), BMKG earthquake JSON; the province filter (names, points, BMKG's
// province code); Update/Cancel kept; old messages dropped; last good alerts kept when a source
// fails; DOCTYPE (XXE) refused by build and validate; alerts.json passes the published schema.
// Sources are served on 127.0.0.1; the build's clock is fixed with SIAR_NOW.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, cleanup, readJson, run, serve, tempDir, writeConfig } from '../fixtures/cli/harness.mjs';
import { runValidate } from '../../dist/node/cli/validate.js';

const FIX = new URL('../fixtures/cap/', import.meta.url).pathname;
const cap = (name) => readFileSync(join(FIX, name), 'utf8');
const HUJAN = cap('contoh-hujan-id.xml'); // Kabupaten Contoh Utara, Severe, id + en, 14:00–20:00 WIB 30 Nov 2026
const BANJIR = cap('contoh-banjir.xml'); // Kabupaten Contoh Selatan, Extreme, no expires
const CANCEL = cap('contoh-cancel.xml'); // cancels BANJIR, no <info>
const XXE = cap('xxe.xml');
const NOW = { SIAR_NOW: '2026-11-30T15:00:00+07:00' };
const FAST = { timeout_ms: 500, retries: 0, backoff_ms: 10, concurrency: 4 };
const CAP_TYPE = 'application/cap+xml';

/** A BMKG-style nowcast in one language with a BMKG identifier naming province `code`. */
function bmkg(code, { lang = 'id', place = 'Kabupaten Contoh Utara', n = '001' } = {}) {
  return `<?xml version="1.0" ?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>2.49.0.1.360.0.2026.11.30.07.${code}.${n}</identifier>
  <sender>cuaca.ekstrem@bmkg.go.id</sender>
  <sent>2026-11-30T14:07:00+07:00</sent>
  <status>Actual</status><msgType>Alert</msgType><scope>Public</scope>
  <info><language>${lang}</language><category>Met</category><event>${lang === 'id' ? 'Hujan Lebat dan Petir' : 'Heavy Rain and Lightning'}</event>
    <urgency>Immediate</urgency><severity>Moderate</severity><certainty>Observed</certainty>
    <effective>2026-11-30T14:27:00+07:00</effective><expires>2026-11-30T16:27:00+07:00</expires>
    <senderName>Badan Meteorologi Klimatologi dan Geofisika</senderName>
    <headline>${lang === 'id' ? 'Hujan Lebat disertai Petir' : 'Heavy Rain with Lightning'} (${code})</headline>
    <description>Di sebagian wilayah ${place}.</description>
    <web>https://nowcasting.bmkg.go.id/infografis/${code}.jpg</web>
    <area><areaDesc>Provinsi ${code}</areaDesc><polygon>0.9,122.1 0.9,122.2 0.8,122.2 0.8,122.1 0.9,122.1</polygon></area>
  </info>
</alert>`;
}

const rssIndex = (links) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Peringatan Dini Cuaca</title><link>https://example.invalid/</link><description>d</description>
${links.map(([link, guid]) => `<item><title>t</title><link>${link}</link>${guid ? `<guid isPermaLink="false">${guid}</guid>` : ''}</item>`).join('\n')}
</channel></rss>`;

const quakeJson = (mag, iso, felt = 'III Kab. Contoh Utara') =>
  JSON.stringify({
    Infogempa: {
      gempa: {
        Tanggal: '30 Nov 2026', Jam: '14:30:00 WIB', DateTime: iso, Coordinates: '-6.20,106.90', Lintang: '6.20 LS', Bujur: '106.90 BT',
        Magnitude: String(mag), Kedalaman: '10 km', Wilayah: 'Pusat gempa berada di darat 5 km utara Kab. Contoh Utara',
        Potensi: 'Gempa ini dirasakan untuk diteruskan pada masyarakat', Dirasakan: felt,
      },
    },
  });

const province = { name: 'Pemerintah Provinsi Contoh', time_zone: 'Asia/Jakarta', home_page_url: 'https://contohprov.go.id' };
const configWith = (alerts, extra = {}) => ({ province, fetch: FAST, alerts, ...extra });
const ids = (feed) => feed.items.map((i) => i.id);

let server;
let dir;
before(async () => {
  server = await serve({
    '/hujan.xml': { body: HUJAN, type: CAP_TYPE },
    '/banjir.xml': { body: BANJIR, type: CAP_TYPE },
    '/cancel.xml': { body: CANCEL, type: CAP_TYPE },
    '/xxe.xml': { body: XXE, type: CAP_TYPE },
    '/bmkg-75-id.xml': { body: bmkg('75') },
    '/bmkg-75-en.xml': { body: bmkg('75', { lang: 'en' }) },
    '/bmkg-76.xml': { body: bmkg('76', { place: 'Kabupaten Lain' }) },
    '/gempa.json': { body: quakeJson(5.6, '2026-11-30T07:30:00+00:00'), type: 'application/json' },
    '/gempa-list.json': {
      type: 'application/json',
      body: JSON.stringify({ Infogempa: { gempa: [JSON.parse(quakeJson(4.1, '2026-11-30T06:00:00+00:00', 'II Kab. Lain')).Infogempa.gempa, JSON.parse(quakeJson(6.2, '2026-11-30T07:40:00+00:00')).Infogempa.gempa] } }),
    },
    '/not-gempa.json': { body: '{"data": []}', type: 'application/json' },
  });
  dir = tempDir('siar-alerts-');
});
after(async () => {
  await server.close();
  cleanup(dir);
});

let n = 0;
const fresh = () => join(dir, `case-${++n}`);

describe('siar build: alerts.json from a CAP document', () => {
  it('writes a JSON Feed whose item carries the alert, with the province offset, and names it in siar.json', async () => {
    const base = fresh();
    const cfg = writeConfig(base, configWith({ sources: [{ kind: 'cap', url: server.url('/hujan.xml') }] }, { public_url: 'https://contohprov.go.id/siar/' }));
    const out = join(base, 'out');
    const { code, report } = await build(cfg, out, [], NOW);
    assert.equal(code, 0, JSON.stringify(report.errors));
    assert.deepEqual(report.sources.map((s) => [s.feed, s.id, s.status, s.items]), [['alerts', 'cap-1', 'ok', 1]]);
    const feed = readJson(join(out, 'alerts.json'));
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.feed_url, 'https://contohprov.go.id/siar/alerts.json');
    const [item] = feed.items;
    assert.equal(item.id, 'bpbd@contohprov.go.id,contoh.2026.11.30.001');
    assert.equal(item.title, 'Hujan lebat dan angin kencang di Kabupaten Contoh Utara');
    assert.equal(item.url, 'https://contohprov.go.id/peringatan/2026-11-30-001');
    assert.equal(item.date_published, '2026-11-30T14:00:00+07:00');
    assert.match(item.content_text, /Kecamatan Sukamaju[\s\S]*Hindari bepergian/);
    const alert = item._siar.alert;
    assert.equal(alert.msg_type, 'Alert');
    assert.deepEqual(alert.infos.map((i) => i.language), ['id', 'en']);
    assert.equal(alert.infos[0].expires, '2026-11-30T20:00:00+07:00');
    assert.deepEqual(alert.infos[0].areas[0].polygons[0][0], [-6.1, 106.8]);
    assert.equal(readJson(join(out, 'siar.json')).feeds.alerts, 'alerts.json');
    // the output passes the published schema (siar validate)
    const v = await runValidate(join(out, 'alerts.json'));
    assert.deepEqual([v.exitCode, v.type, v.problems], [0, 'feed', []]);
  });

  it('the same file in WITA when the province is in Asia/Makassar', async () => {
    const base = fresh();
    const cfg = writeConfig(base, { ...configWith({ sources: [{ kind: 'cap', url: server.url('/hujan.xml') }] }), province: { ...province, time_zone: 'Asia/Makassar' } });
    const out = join(base, 'out');
    await build(cfg, out, [], NOW);
    const [item] = readJson(join(out, 'alerts.json')).items;
    assert.equal(item.date_published, '2026-11-30T15:00:00+08:00');
    assert.equal(item._siar.alert.infos[0].expires, '2026-11-30T21:00:00+08:00');
  });
});

describe('siar build: CAP indexes', () => {
  it('follows each entry of an RSS index to its CAP document on the same host, never to another host', async () => {
    const evil = `http://localhost:${new URL(server.base).port}/hujan.xml?evil`;
    server.routes['/index.xml'] = { body: rssIndex([['/hujan.xml'], [server.url('/banjir.xml')], [evil]]), type: 'application/rss+xml' };
    const before = server.log.length;
    const base = fresh();
    const cfg = writeConfig(base, configWith({ sources: [{ id: 'bpbd', kind: 'cap-index', url: server.url('/index.xml') }] }));
    const out = join(base, 'out');
    const { code, report } = await build(cfg, out, [], NOW);
    assert.equal(code, 0, JSON.stringify(report.errors));
    const requested = server.log.slice(before).map((l) => l.url);
    assert.deepEqual(requested.sort(), ['/banjir.xml', '/hujan.xml', '/index.xml']);
    assert.deepEqual(report.warnings.map((w) => [w.code, w.params.url]), [['alerts.other-host', evil]]);
    assert.deepEqual(ids(readJson(join(out, 'alerts.json'))).sort(), ['bpbd@contohprov.go.id,contoh.2026.11.30.001', 'bpbd@contohprov.go.id,contoh.2026.11.30.002']);
    // with that host allowed, it is followed
    const cfg2 = writeConfig(join(base, 'b'), configWith({ allow_hosts: [`localhost:${new URL(server.base).port}`], sources: [{ id: 'bpbd', kind: 'cap-index', url: server.url('/index.xml') }] }));
    const mark = server.log.length;
    const second = await build(cfg2, join(base, 'b', 'out'), [], NOW);
    assert.equal(second.code, 0);
    assert.ok(server.log.slice(mark).some((l) => l.url === '/hujan.xml?evil'));
  });

  it('asks the index "changed?" next time (ETag): a 304 keeps its alerts without fetching the entries again; a new area asks afresh', async () => {
    server.routes['/idx-etag.xml'] = { body: rssIndex([['/hujan.xml'], ['/banjir.xml']]), etag: '"v1"' };
    const base = fresh();
    const alerts = { sources: [{ id: 'idx', kind: 'cap-index', url: server.url('/idx-etag.xml') }] };
    const cfg = writeConfig(base, configWith(alerts));
    const out = join(base, 'out');
    await build(cfg, out, [], NOW);
    const first = readFileSync(join(out, 'alerts.json'), 'utf8');
    const mark = server.log.length;
    const again = await build(cfg, out, [], NOW);
    assert.deepEqual(again.report.sources.map((s) => [s.status, s.items, s.http_status]), [['not-modified', 2, 304]]);
    assert.deepEqual(server.log.slice(mark).map((l) => [l.url, l.headers['if-none-match']]), [['/idx-etag.xml', '"v1"']]);
    assert.equal(readFileSync(join(out, 'alerts.json'), 'utf8'), first);
    writeConfig(base, configWith({ ...alerts, area: ['Kabupaten Contoh Utara'] }));
    const mark2 = server.log.length;
    const narrowed = await build(cfg, out, [], NOW);
    assert.equal(server.log[mark2].headers['if-none-match'], undefined);
    assert.equal(narrowed.report.sources[0].status, 'ok');
    assert.deepEqual(ids(readJson(join(out, 'alerts.json'))), ['bpbd@contohprov.go.id,contoh.2026.11.30.001']);
  });

  it('reads an Atom index with rel="related" CAP links', async () => {
    server.routes['/index.atom'] = {
      type: 'application/atom+xml',
      body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>i</title><id>urn:i</id><updated>2026-11-30T07:00:00Z</updated>
<entry><id>urn:a</id><title>a</title><updated>2026-11-30T07:00:00Z</updated><link rel="alternate" type="text/html" href="/page.html"/><link rel="related" type="application/cap+xml" href="/hujan.xml"/></entry></feed>`,
    };
    const base = fresh();
    const cfg = writeConfig(base, configWith({ sources: [{ kind: 'cap-index', url: server.url('/index.atom') }] }));
    const { code, report } = await build(cfg, join(base, 'out'), [], NOW);
    assert.equal(code, 0, JSON.stringify(report.errors));
    assert.deepEqual(ids(readJson(join(base, 'out', 'alerts.json'))), ['bpbd@contohprov.go.id,contoh.2026.11.30.001']);
  });

  it("keeps BMKG's warnings for its province code only, without fetching the others, and merges the id and en documents", async () => {
    server.routes['/nowcast-id.xml'] = {
      body: rssIndex([
        ['/bmkg-75-id.xml', '2.49.0.1.360.0.2026.11.30.07.75.001'],
        ['/bmkg-76.xml', '2.49.0.1.360.0.2026.11.30.07.76.001'],
      ]),
    };
    server.routes['/nowcast-en.xml'] = { body: rssIndex([['/bmkg-75-en.xml', '2.49.0.1.360.0.2026.11.30.07.75.001']]) };
    const mark = server.log.length;
    const base = fresh();
    const cfg = writeConfig(base, configWith({ bmkg_province: '75', sources: [{ id: 'bmkg-id', kind: 'cap-index', url: server.url('/nowcast-id.xml') }, { id: 'bmkg-en', kind: 'cap-index', url: server.url('/nowcast-en.xml') }] }));
    const { code, report } = await build(cfg, join(base, 'out'), [], NOW);
    assert.equal(code, 0, JSON.stringify(report.errors));
    assert.ok(!server.log.slice(mark).some((l) => l.url === '/bmkg-76.xml'), 'another province’s warning is not fetched');
    const feed = readJson(join(base, 'out', 'alerts.json'));
    assert.deepEqual(ids(feed), ['cuaca.ekstrem@bmkg.go.id,2.49.0.1.360.0.2026.11.30.07.75.001']);
    assert.deepEqual(feed.items[0]._siar.alert.infos.map((i) => i.language), ['id', 'en']);
    assert.equal(feed.items[0].title, 'Hujan Lebat disertai Petir (75)');
  });
});

describe('siar build: BMKG earthquake JSON', () => {
  it('writes each quake as a CAP message with BMKG’s magnitude, felt intensity and tsunami potential', async () => {
    const base = fresh();
    const cfg = writeConfig(base, configWith({ sources: [{ id: 'gempa', kind: 'bmkg-gempa', url: server.url('/gempa.json') }, { id: 'gempa-list', kind: 'bmkg-gempa', url: server.url('/gempa-list.json') }] }));
    const { code, report } = await build(cfg, join(base, 'out'), [], NOW);
    assert.equal(code, 0, JSON.stringify(report.errors));
    const feed = readJson(join(base, 'out', 'alerts.json'));
    assert.equal(feed.items.length, 3);
    const quake = feed.items.find((i) => i._siar.source === 'gempa');
    assert.equal(quake.title, 'Gempa M5.6, Pusat gempa berada di darat 5 km utara Kab. Contoh Utara');
    assert.equal(quake.date_published, '2026-11-30T14:30:00+07:00');
    const info = quake._siar.alert.infos[0];
    assert.deepEqual(info.categories, ['Geo']);
    assert.deepEqual(Object.fromEntries(info.parameters.map((p) => [p.name, p.value])), {
      magnitude: '5.6', depth: '10 km', felt: 'III Kab. Contoh Utara', potential: 'Gempa ini dirasakan untuk diteruskan pada masyarakat',
    });
    assert.deepEqual(info.areas[0].circles, [{ lat: -6.2, lon: 106.9, radius_km: 0 }]);
    assert.equal((await runValidate(join(base, 'out', 'alerts.json'))).exitCode, 0);
  });

  it('min_severity drops small quakes; JSON that is not BMKG’s is a source failure', async () => {
    const base = fresh();
    const cfg = writeConfig(base, configWith({ min_severity: 'Moderate', sources: [{ id: 'gempa-list', kind: 'bmkg-gempa', url: server.url('/gempa-list.json') }, { id: 'x', kind: 'bmkg-gempa', url: server.url('/not-gempa.json') }] }));
    const { code, report } = await build(cfg, join(base, 'out'), [], NOW);
    assert.equal(code, 3);
    assert.deepEqual(report.sources.map((s) => [s.id, s.status]), [['gempa-list', 'ok'], ['x', 'failed']]);
    assert.ok(report.errors.some((e) => e.code === 'alerts.not-quakes' && e.where === 'alerts/x'));
    const feed = readJson(join(base, 'out', 'alerts.json'));
    assert.deepEqual(feed.items.map((i) => i._siar.alert.infos[0].parameters[0].value), ['6.2']);
  });
});

describe('siar build: which alerts are kept', () => {
  const all = () => [
    { id: 'hujan', kind: 'cap', url: server.url('/hujan.xml') },
    { id: 'banjir', kind: 'cap', url: server.url('/banjir.xml') },
    { id: 'cancel', kind: 'cap', url: server.url('/cancel.xml') },
  ];

  it('by area name: an alert for another regency is dropped; a Cancel without <info> is kept with what it cancels', async () => {
    const base = fresh();
    const north = writeConfig(join(base, 'n'), configWith({ area: ['Kabupaten Contoh Utara'], sources: all() }));
    await build(north, join(base, 'n', 'out'), [], NOW);
    assert.deepEqual(ids(readJson(join(base, 'n', 'out', 'alerts.json'))), ['bpbd@contohprov.go.id,contoh.2026.11.30.001']);
    const south = writeConfig(join(base, 's'), configWith({ area: ['kabupaten contoh selatan'], sources: all() }));
    await build(south, join(base, 's', 'out'), [], NOW);
    const feed = readJson(join(base, 's', 'out', 'alerts.json'));
    assert.deepEqual(ids(feed), ['bpbd@contohprov.go.id,contoh.2026.11.30.003', 'bpbd@contohprov.go.id,contoh.2026.11.30.002']);
    assert.equal(feed.items[0]._siar.alert.msg_type, 'Cancel');
    assert.equal(feed.items[0].content_text, 'Peringatan banjir dibatalkan: debit sungai sudah turun.');
  });

  it('by point: a lat,lon inside the polygon or the circle', async () => {
    const base = fresh();
    const cfg = writeConfig(base, configWith({ area: ['-6.52,106.91'], sources: all() }));
    await build(cfg, join(base, 'out'), [], NOW);
    assert.deepEqual(ids(readJson(join(base, 'out', 'alerts.json'))), ['bpbd@contohprov.go.id,contoh.2026.11.30.003', 'bpbd@contohprov.go.id,contoh.2026.11.30.002']);
  });

  it('drops messages that ended more than a day ago, and Test / Restricted ones; an empty alerts.json is written when nothing is in force', async () => {
    server.routes['/test.xml'] = { body: HUJAN.replace('<status>Actual</status>', '<status>Test</status>').replace('contoh.2026.11.30.001', 'contoh.t') };
    server.routes['/restricted.xml'] = { body: HUJAN.replace('<scope>Public</scope>', '<scope>Restricted</scope>').replace('contoh.2026.11.30.001', 'contoh.r') };
    const base = fresh();
    const sources = [...all(), { id: 't', kind: 'cap', url: server.url('/test.xml') }, { id: 'r', kind: 'cap', url: server.url('/restricted.xml') }];
    const cfg = writeConfig(base, configWith({ sources }));
    const out = join(base, 'out');
    await build(cfg, out, [], NOW);
    assert.deepEqual(ids(readJson(join(out, 'alerts.json'))).length, 3);
    // a day after their end: the rain (20:00 WIB), the flood (no expires: 6 h default); then the Cancel (24 h after sent)
    const next = await build(cfg, out, [], { SIAR_NOW: '2026-12-01T21:00:00+07:00' });
    assert.equal(next.code, 0);
    assert.deepEqual(ids(readJson(join(out, 'alerts.json'))), ['bpbd@contohprov.go.id,contoh.2026.11.30.003']);
    const later = await build(cfg, out, [], { SIAR_NOW: '2026-12-02T17:00:00+07:00' });
    assert.equal(later.code, 0);
    assert.deepEqual(readJson(join(out, 'alerts.json')).items, []);
    assert.equal((await runValidate(join(out, 'alerts.json'))).exitCode, 0);
  });
});

describe('siar build: failing sources', () => {
  it('keeps the last good alerts of a source that fails, and leaves alerts.json untouched when all fail', async () => {
    server.routes['/flaky.xml'] = { body: HUJAN, type: CAP_TYPE };
    server.routes['/flaky2.xml'] = { body: BANJIR, type: CAP_TYPE };
    const base = fresh();
    const cfg = writeConfig(base, configWith({ sources: [{ id: 'a', kind: 'cap', url: server.url('/flaky.xml') }, { id: 'b', kind: 'cap', url: server.url('/flaky2.xml') }] }));
    const out = join(base, 'out');
    assert.equal((await build(cfg, out, [], NOW)).code, 0);
    const first = readFileSync(join(out, 'alerts.json'), 'utf8');
    server.routes['/flaky.xml'] = { status: 500, body: 'oops' };
    const one = await build(cfg, out, [], NOW);
    assert.equal(one.code, 0, 'covered by the last good copy');
    assert.deepEqual(one.report.sources.map((s) => [s.id, s.status, s.items]), [['a', 'kept', 1], ['b', 'ok', 1]]);
    assert.ok(one.report.errors.some((e) => e.code === 'fetch.http' && e.where === 'alerts/a'));
    assert.ok(one.report.warnings.some((w) => w.code === 'alerts.kept'));
    assert.equal(readFileSync(join(out, 'alerts.json'), 'utf8'), first);
    server.routes['/flaky2.xml'] = { status: 404 };
    const both = await build(cfg, out, [], NOW);
    assert.equal(both.code, 3);
    assert.deepEqual(both.report.outputs.find((o) => o.file === 'alerts.json'), { file: 'alerts.json', status: 'kept' });
    assert.equal(readFileSync(join(out, 'alerts.json'), 'utf8'), first);
    assert.equal(readJson(join(out, 'siar.json')).feeds.alerts, 'alerts.json');
  });

  it('an index entry that fails keeps that source’s last good alerts and takes the new ones', async () => {
    server.routes['/idx-flaky.xml'] = { body: rssIndex([['/e1.xml'], ['/e2.xml']]) };
    server.routes['/e1.xml'] = { body: HUJAN };
    server.routes['/e2.xml'] = { body: BANJIR };
    const base = fresh();
    const cfg = writeConfig(base, configWith({ sources: [{ id: 'idx', kind: 'cap-index', url: server.url('/idx-flaky.xml') }] }));
    const out = join(base, 'out');
    await build(cfg, out, [], NOW);
    server.routes['/e2.xml'] = { status: 503 };
    server.routes['/e3.xml'] = { body: CANCEL };
    server.routes['/idx-flaky.xml'] = { body: rssIndex([['/e1.xml'], ['/e2.xml'], ['/e3.xml']]) };
    const r = await build(cfg, out, [], NOW);
    assert.equal(r.report.sources[0].status, 'kept');
    assert.ok(r.report.errors.some((e) => e.code === 'alerts.entry-failed'));
    assert.deepEqual(ids(readJson(join(out, 'alerts.json'))).sort(), ['001', '002', '003'].map((x) => `bpbd@contohprov.go.id,contoh.2026.11.30.${x}`));
  });

  it('refuses a CAP document with a DOCTYPE (XXE): reported as the source failing, nothing from it written', async () => {
    const base = fresh();
    server.routes['/idx-xxe.xml'] = { body: rssIndex([['/xxe.xml'], ['/hujan.xml']]) };
    const cfg = writeConfig(base, configWith({ sources: [{ id: 'evil', kind: 'cap', url: server.url('/xxe.xml') }, { id: 'idx', kind: 'cap-index', url: server.url('/idx-xxe.xml') }] }));
    const out = join(base, 'out');
    const { code, report } = await build(cfg, out, [], NOW);
    assert.equal(code, 3);
    assert.deepEqual(report.sources.map((s) => [s.id, s.status]), [['evil', 'failed'], ['idx', 'kept']]);
    assert.ok(report.errors.some((e) => e.code === 'alerts.doctype' && e.where === 'alerts/evil'));
    assert.ok(report.errors.some((e) => e.code === 'alerts.doctype' && e.where === 'alerts/idx'));
    const text = readFileSync(join(out, 'alerts.json'), 'utf8');
    assert.doesNotMatch(text, /attacker|passwd|root:/);
    assert.deepEqual(ids(JSON.parse(text)), ['bpbd@contohprov.go.id,contoh.2026.11.30.001']);
  });

  it('an index with a DOCTYPE is refused too', async () => {
    server.routes['/idx-doctype.xml'] = { body: `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&x;</title><item><link>/hujan.xml</link></item></channel></rss>` };
    const base = fresh();
    const cfg = writeConfig(base, configWith({ sources: [{ kind: 'cap-index', url: server.url('/idx-doctype.xml') }] }));
    const { report } = await build(cfg, join(base, 'out'), [], NOW);
    assert.deepEqual(report.sources.map((s) => s.status), ['failed']);
    assert.equal(report.sources[0].error.code, 'alerts.doctype');
    assert.equal(existsSync(join(base, 'out', 'alerts.json')), false);
  });
});

describe('siar build: the alerts section of the config', () => {
  it('reports an unknown kind and a malformed province code with their lines', async () => {
    const base = fresh();
    const cfg = writeConfig(base, configWith({ bmkg_province: 'Gorontalo', sources: [{ kind: 'rss', url: 'https://x.example/a.xml' }] }));
    const r = await run(['build', cfg, '--out', join(base, 'out'), '--json']);
    assert.equal(r.code, 1);
    const errors = JSON.parse(r.stdout).errors;
    assert.deepEqual(errors.map((e) => [e.pointer, e.code]).sort(), [['/alerts/bmkg_province', 'schema.pattern'], ['/alerts/sources/0/kind', 'schema.enum']]);
    assert.ok(errors.every((e) => e.line > 1));
  });
});

describe('siar validate: CAP documents and alerts.json', () => {
  const file = (name, text) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('a valid CAP document', async () => {
    const r = await run(['validate', file('ok.xml', HUJAN), '--json']);
    const report = JSON.parse(r.stdout);
    assert.deepEqual([r.code, report.type, report.entries, report.errors], [0, 'cap', 2, []]);
  });

  it('a DOCTYPE is refused, with its line', async () => {
    const r = await run(['validate', file('xxe.xml', XXE), '--json']);
    const report = JSON.parse(r.stdout);
    assert.equal(r.code, 1);
    assert.deepEqual(report.errors.map((e) => [e.code, e.line]), [['alerts.doctype', 2]]);
    const id = await run(['validate', join(dir, 'xxe.xml')], { SIAR_LANG: 'id' });
    assert.match(id.stderr + id.stdout, /ditolak: berisi DOCTYPE/);
  });

  it('a missing required field is named', async () => {
    const r = await run(['validate', file('noscope.xml', HUJAN.replace('<scope>Public</scope>', '')), '--json']);
    const report = JSON.parse(r.stdout);
    assert.equal(r.code, 1);
    assert.equal(report.errors[0].code, 'alerts.invalid-cap');
    assert.match(report.errors[0].message, /<scope>/);
  });

  it('alerts.json: _siar.alert is checked against the schema', async () => {
    const bad = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Peringatan',
      items: [{ id: 'a,b', content_text: 'x', _siar: { alert: { identifier: 'b', sender: 'a', sent: '2026-11-30T14:00:00+07:00', status: 'Real', msg_type: 'Alert', scope: 'Public', infos: [{ language: 'id', event: 'e', urgency: 'Immediate', severity: 'Terrible', certainty: 'Likely', web: 'javascript:alert(1)' }] } } }],
    };
    const r = await run(['validate', file('alerts.json', JSON.stringify(bad, null, 2)), '--json']);
    const report = JSON.parse(r.stdout);
    assert.equal(r.code, 1);
    const pointers = report.errors.map((e) => e.pointer);
    for (const p of ['/items/0/_siar/alert/status', '/items/0/_siar/alert/infos/0/severity', '/items/0/_siar/alert/infos/0/web']) assert.ok(pointers.includes(p), `${p} in ${pointers}`);
  });
});
