// The alert model of issue #15: CAP documents, BMKG earthquake JSON, and which alerts are in force.
import { expect } from '@open-wc/testing';
import { capTime, isCap, parseCap, type CapAlert } from '../../src/feed/cap.js';
import { alertConcerns, alertsInForce, parseQuakes, pickInfo, quakesInForce, quakeSeverity } from '../../src/feed/alerts.js';
import { alertFromJson, alertToJson, quakeToCap } from '../../src/feed/alert-json.js';
import { thrownFeedError } from '../helpers.js';

const read = async (name: string) => (await fetch(`/test/fixtures/cap/${name}`)).text();
const at = (iso: string) => new Date(iso);


describe('CAP documents', () => {
  let hujan: CapAlert;
  let hostile: string | undefined;
  before(async () => {
    hostile = await read('xxe.xml');
    hujan = parseCap(await read('contoh-hujan-id.xml'), 'https://contohprov.go.id/siar/cap/1.xml');
  });

  it('reads the message and every info block with its fields', () => {
    expect(hujan).to.deep.include({ identifier: 'contoh.2026.11.30.001', sender: 'bpbd@contohprov.go.id', status: 'Actual', msgType: 'Alert', scope: 'Public' });
    expect(hujan.sent.toISOString()).to.equal('2026-11-30T07:00:00.000Z');
    expect(hujan.infos.map((i) => i.language)).to.deep.equal(['id', 'en']);
    const id = hujan.infos[0]!;
    expect(id).to.deep.include({ event: 'Hujan Lebat dan Angin Kencang', severity: 'Severe', urgency: 'Immediate', certainty: 'Likely', senderName: 'BPBD Provinsi Contoh' });
    expect(id.categories).to.deep.equal(['Met']);
    expect(id.onset!.toISOString()).to.equal('2026-11-30T08:00:00.000Z');
    expect(id.expires!.toISOString()).to.equal('2026-11-30T13:00:00.000Z');
    expect(id.description).to.equal('Hujan lebat disertai angin kencang diperkirakan terjadi di Kecamatan Sukamaju dan Kecamatan Tanjung.\nPotensi banjir lokal dan pohon tumbang.');
    expect(id.web).to.equal('https://contohprov.go.id/peringatan/2026-11-30-001');
    expect(id.areas[0]!.description).to.equal('Kabupaten Contoh Utara');
    expect(id.areas[0]!.polygons[0]).to.have.length(5);
  });

  it('reads references of an Update/Cancel and a Cancel without info', async () => {
    const cancel = parseCap(await read('contoh-cancel.xml'));
    expect(cancel.msgType).to.equal('Cancel');
    expect(cancel.infos).to.deep.equal([]);
    expect(cancel.references).to.have.length(1);
    expect(cancel.references[0]).to.deep.include({ sender: 'bpbd@contohprov.go.id', identifier: 'contoh.2026.11.30.002' });
    expect(cancel.references[0]!.sent!.toISOString()).to.equal('2026-11-30T06:00:00.000Z');
  });

  it('refuses a document with a DOCTYPE (XXE): no entity is read, nothing is fetched', async () => {
    const before = performance.getEntriesByType('resource').length;
    expect(hostile).to.contain('<!ENTITY xxe SYSTEM');
    const error = thrownFeedError(() => parseCap(hostile!));
    expect(error.kind).to.equal('parse');
    expect(error.message).to.match(/DOCTYPE/);
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('reports what a CAP document misses, and XML that is not CAP', () => {
    const noScope = '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>x</identifier><sender>s</sender><sent>2026-11-30T14:00:00+07:00</sent><status>Actual</status><msgType>Alert</msgType></alert>';
    const e1 = thrownFeedError(() => parseCap(noScope));
    expect(e1.kind).to.equal('parse');
    expect(e1.message).to.contain('<scope>');
    expect(thrownFeedError(() => parseCap(noScope.replace('</msgType>', '</msgType><scope>Public</scope>').replace('2026-11-30T14:00:00+07:00', 'kemarin'))).message).to.contain('<sent>');
    expect(thrownFeedError(() => parseCap('<rss version="2.0"><channel/></rss>')).kind).to.equal('unsupported');
    expect(thrownFeedError(() => parseCap('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>')).kind).to.equal('parse');
  });

  it('keeps text as text and links http(s) only', () => {
    const xml = `<alert xmlns="urn:oasis:names:tc:emergency:cap:1.1"><identifier>a</identifier><sender>s</sender><sent>2026-11-30T14:00:00+07:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope>
      <info><event>&lt;img src=x onerror=alert(1)&gt;</event><urgency>Immediate</urgency><severity>Bogus</severity><certainty>Observed</certainty><web>javascript:alert(1)</web>
      <area><areaDesc>A</areaDesc><polygon>1,2 3,4</polygon><polygon>91,0 0,0 0,1 91,0</polygon><circle>-6.2,106.8 abc</circle></area></info></alert>`;
    const info = parseCap(xml).infos[0]!;
    expect(info.event).to.equal('<img src=x onerror=alert(1)>');
    expect(info.web).to.equal(undefined);
    expect(info.severity).to.equal('Unknown');
    expect(info.language).to.equal('en-US');
    expect(info.areas[0]!.polygons).to.deep.equal([]);
    expect(info.areas[0]!.circles).to.deep.equal([]);
  });

  it('reads CAP date-times only', () => {
    expect(capTime('2026-09-24T15:07:00+08:00')!.toISOString()).to.equal('2026-09-24T07:07:00.000Z');
    expect(capTime('2026-09-24 15:07')).to.equal(undefined);
    expect(capTime('24 Sep 2026')).to.equal(undefined);
    expect(isCap('<?xml version="1.0"?><alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">')).to.equal(true);
    expect(isCap('<rss version="2.0">')).to.equal(false);
  });
});

describe('alerts in force', () => {
  let docs: CapAlert[];
  before(async () => {
    docs = await Promise.all(['contoh-hujan-id.xml', 'contoh-banjir.xml', 'contoh-cancel.xml'].map(async (n) => parseCap(await read(n))));
  });

  it('shows the active warning in the widget language, not the cancelled one', () => {
    const shown = alertsInForce(docs, { now: at('2026-11-30T09:00:00Z'), lang: 'en' });
    expect(shown.map((a) => a.key)).to.deep.equal(['bpbd@contohprov.go.id,contoh.2026.11.30.001']);
    expect(shown[0]).to.deep.include({ headline: 'Heavy rain and strong wind in Contoh Utara Regency', severity: 'Severe', kind: 'weather', language: 'en' });
    expect(shown[0]!.start.toISOString()).to.equal('2026-11-30T08:00:00.000Z');
    expect(alertsInForce(docs, { now: at('2026-11-30T09:00:00Z'), lang: 'id' })[0]!.headline).to.equal('Hujan lebat dan angin kencang di Kabupaten Contoh Utara');
  });

  it('shows the flood warning until its Cancel arrives, then never', () => {
    const [hujan, banjir] = docs as [CapAlert, CapAlert, CapAlert];
    const before = alertsInForce([hujan, banjir], { now: at('2026-11-30T09:00:00Z') });
    expect(before.map((a) => a.severity)).to.deep.equal(['Extreme', 'Severe']); // most severe first
    expect(alertsInForce(docs, { now: at('2026-11-30T09:00:00Z') }).map((a) => a.severity)).to.deep.equal(['Severe']);
  });

  it('hides alerts not yet effective, expired, or past their default lifetime', () => {
    expect(alertsInForce(docs, { now: at('2026-11-30T06:59:00Z') })).to.deep.equal([]); // before effective
    expect(alertsInForce(docs, { now: at('2026-11-30T13:00:00Z') })).to.deep.equal([]); // expires 20.00 WIB
    const [, banjir] = docs as [CapAlert, CapAlert];
    // No <expires>: weather lives 6 h from sent (13.00 WIB).
    expect(alertsInForce([banjir], { now: at('2026-11-30T11:59:00Z') })).to.have.length(1);
    expect(alertsInForce([banjir], { now: at('2026-11-30T12:00:00Z') })).to.have.length(0);
    expect(alertsInForce([banjir], { now: at('2026-11-30T12:30:00Z'), lifetimeHours: { weather: 12 } })).to.have.length(1);
  });

  it('shows only Actual, Public alerts at or above min-severity, of the kinds asked for', () => {
    const [hujan] = docs as [CapAlert];
    const now = at('2026-11-30T09:00:00Z');
    for (const change of [{ status: 'Exercise' }, { status: 'Test' }, { scope: 'Restricted' }] as Partial<CapAlert>[]) {
      expect(alertsInForce([{ ...hujan, ...change }], { now }), JSON.stringify(change)).to.deep.equal([]);
    }
    expect(alertsInForce([hujan], { now, minSeverity: 'Extreme' })).to.deep.equal([]);
    expect(alertsInForce([hujan], { now, kinds: ['earthquake'] })).to.deep.equal([]);
    expect(alertsInForce([hujan], { now, kinds: ['weather'] })).to.have.length(1);
  });

  it('ends alerts by urgency Past or AllClear, and by an Update naming them', () => {
    const [hujan] = docs as [CapAlert];
    const now = at('2026-11-30T09:00:00Z');
    const allClear: CapAlert = {
      ...hujan,
      identifier: 'contoh.2026.11.30.004',
      msgType: 'Update',
      references: [{ sender: hujan.sender, identifier: hujan.identifier }],
      infos: hujan.infos.map((i) => ({ ...i, urgency: 'Past', responseTypes: ['AllClear'] })),
    };
    expect(alertsInForce([hujan, allClear], { now })).to.deep.equal([]);
  });

  it('merges the one-language documents of one message (BMKG sends id and en apart)', () => {
    const [hujan] = docs as [CapAlert];
    const idDoc = { ...hujan, infos: [hujan.infos[0]!] };
    const enDoc = { ...hujan, infos: [hujan.infos[1]!] };
    const shown = alertsInForce([idDoc, enDoc], { now: at('2026-11-30T09:00:00Z'), lang: 'en' });
    expect(shown).to.have.length(1);
    expect(shown[0]!.language).to.equal('en');
    expect(pickInfo(hujan, 'en-GB')!.language).to.equal('en');
    expect(pickInfo(hujan, 'jv')!.language).to.equal('id');
  });

  it('matches an area by name (whole words, any case) or by a point in a polygon or circle', () => {
    const [hujan, banjir] = docs as [CapAlert, CapAlert];
    const [shown] = alertsInForce([hujan], { now: at('2026-11-30T09:00:00Z') });
    expect(alertConcerns(shown!, 'contoh utara')).to.equal(true);
    expect(alertConcerns(shown!, 'Sukamaju')).to.equal(true); // named in the description only
    expect(alertConcerns(shown!, 'Contoh Selatan')).to.equal(false);
    expect(alertConcerns(shown!, 'Utar')).to.equal(false);
    expect(alertConcerns(shown!, '-6.2, 106.9')).to.equal(true);
    expect(alertConcerns(shown!, '-6.5,106.9')).to.equal(false);
    const [flood] = alertsInForce([banjir], { now: at('2026-11-30T09:00:00Z') });
    expect(alertConcerns(flood!, '-6.55,106.95')).to.equal(true); // within 15 km
    expect(alertConcerns(flood!, '-6.2,106.9')).to.equal(false);
  });
});

describe('BMKG earthquake JSON', () => {
  const json = {
    Infogempa: {
      gempa: {
        Tanggal: '30 Nov 2026',
        Jam: '15:16:56 WIB',
        DateTime: '2026-11-30T08:16:56+00:00',
        Coordinates: '-8.51,123.27',
        Magnitude: '5.6',
        Kedalaman: '12 km',
        Wilayah: 'Pusat gempa berada di laut 24 km barat daya Kabupaten Contoh Timur',
        Potensi: 'Tidak berpotensi tsunami',
        Dirasakan: 'III-IV Kab. Contoh Timur',
      },
    },
  };

  it('reads one quake or a list, every value being a string', () => {
    const [q] = parseQuakes(json);
    expect(q).to.deep.include({ magnitude: 5.6, depth: '12 km', lat: -8.51, lon: 123.27, potential: 'Tidak berpotensi tsunami', felt: 'III-IV Kab. Contoh Timur' });
    expect(q!.time.toISOString()).to.equal('2026-11-30T08:16:56.000Z');
    expect(parseQuakes({ Infogempa: { gempa: [json.Infogempa.gempa, { ...json.Infogempa.gempa, Magnitude: 'besar' }] } })).to.have.length(1);
    expect(thrownFeedError(() => parseQuakes({ data: [] })).kind).to.equal('unsupported');
  });

  it('shows recent quakes at or above the magnitude, with BMKG as the source', () => {
    const quakes = parseQuakes(json);
    const shown = quakesInForce(quakes, { now: at('2026-11-30T09:00:00Z') });
    expect(shown).to.have.length(1);
    expect(shown[0]).to.deep.include({ severity: 'Moderate', kind: 'earthquake', source: 'BMKG' });
    expect(shown[0]!.quake).to.deep.include({ felt: 'III-IV Kab. Contoh Timur', potential: 'Tidak berpotensi tsunami' });
    expect(quakesInForce(quakes, { now: at('2026-11-30T15:00:00Z') })).to.deep.equal([]); // older than 6 h
    expect(quakesInForce(quakes, { now: at('2026-11-30T09:00:00Z'), minMagnitude: 6 })).to.deep.equal([]);
    expect([quakeSeverity(7.1), quakeSeverity(6), quakeSeverity(4.9)]).to.deep.equal(['Extreme', 'Severe', 'Minor']);
  });
});

describe('alerts in a JSON Feed (_siar.alert)', () => {
  it('round-trips a CAP message, times written with the area\'s offset', async () => {
    const alert = parseCap(await read('contoh-hujan-id.xml'));
    const json = alertToJson(alert, 420);
    expect(json['sent']).to.equal('2026-11-30T14:00:00+07:00');
    const back = alertFromJson(JSON.parse(JSON.stringify(json)));
    expect(back).to.deep.equal(alert);
  });

  it('drops what is malformed or hostile, and refuses what is not an alert', () => {
    expect(alertFromJson({ identifier: 'x' })).to.equal(undefined);
    expect(alertFromJson('alert')).to.equal(undefined);
    const a = alertFromJson({
      identifier: 'x', sender: 's', sent: '2026-11-30T14:00:00+07:00', status: 'Actual', msg_type: 'Alert', scope: 'Public',
      infos: [{ event: 'E', severity: 'Apocalyptic', web: 'javascript:alert(1)', areas: [{ description: 'A', polygons: [[[1, 2], [3, 4]]], circles: [{ lat: 99, lon: 0, radius_km: 1 }] }] }, 'x'],
    })!;
    expect(a.infos).to.have.length(1);
    expect(a.infos[0]!.severity).to.equal('Unknown');
    expect(a.infos[0]!.web).to.equal(undefined);
    expect(a.infos[0]!.areas[0]!.polygons).to.deep.equal([]);
    expect(a.infos[0]!.areas[0]!.circles).to.deep.equal([]);
  });

  it('carries BMKG earthquakes as CAP: shown while recent and strong enough, with felt intensity and tsunami potential', () => {
    const [quake] = parseQuakes({ Infogempa: { gempa: { DateTime: '2026-11-30T08:16:56+00:00', Coordinates: '-8.51,123.27', Magnitude: '5.6', Kedalaman: '12 km', Wilayah: 'Laut Contoh', Potensi: 'Tidak berpotensi tsunami', Dirasakan: 'III Kab. Contoh Timur' } } });
    const cap = alertFromJson(JSON.parse(JSON.stringify(alertToJson(quakeToCap(quake!)))))!;
    const shown = alertsInForce([cap], { now: at('2026-11-30T09:00:00Z') });
    expect(shown).to.have.length(1);
    expect(shown[0]).to.deep.include({ kind: 'earthquake', severity: 'Moderate', source: 'BMKG' });
    expect(shown[0]!.quake).to.deep.include({ magnitude: 5.6, felt: 'III Kab. Contoh Timur', potential: 'Tidak berpotensi tsunami' });
    expect(alertsInForce([cap], { now: at('2026-11-30T09:00:00Z'), minMagnitude: 6 })).to.deep.equal([]);
    expect(alertsInForce([cap], { now: at('2026-11-30T15:00:00Z') })).to.deep.equal([]);
  });
});
