import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { DIRECTORY_CODEC, filterByType, type Agency, type Directory } from '../../src/components/directory/model.js';
import { agenciesJsonLd, jsonLdText, mapUrl, normalizePhone, parseDirectory, readDirectory, socialUrl } from '../../src/components/directory/read.js';
import { buildSearchIndex, fold, groupAgencies, initials, searchAgencies } from '../../src/components/directory/search.js';
import { withWarnings } from '../helpers.js';

const BASE = 'https://contohprov.go.id/siar/directory.json';

async function json(path: string): Promise<unknown> {
  return (await fetch(path)).json();
}

let demo: Directory;
before(async () => {
  demo = parseDirectory(await json('/demo/data/directory.json'), BASE).directory;
});

function ids(agencies: readonly Agency[]): string[] {
  return agencies.map((a) => a.id);
}

describe('directory model: phone numbers', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ['0401-312345', 'tel:+62401312345', '62401312345'],
    ['(0401) 312345', 'tel:+62401312345', '62401312345'],
    ['+62 401 312347', 'tel:+62401312347', '62401312347'],
    ['0401 312 326', 'tel:+62401312326', '62401312326'],
    ['+62 (0)401 312367', 'tel:+62401312367', '62401312367'],
    ['0812 3456 7891', 'tel:+6281234567891', '6281234567891'],
    ['0812-3456-7813', 'tel:+6281234567813', '6281234567813'],
    ['6281234567816', 'tel:+6281234567816', '6281234567816'],
    ['+62 812-3456-7890', 'tel:+6281234567890', '6281234567890'],
    ['+62812.3456.7890', 'tel:+6281234567890', '6281234567890'],
    ['(021) 3900123', 'tel:+62213900123', '62213900123'],
    ['0401-312444 psw. 204', 'tel:+62401312444', '62401312444'],
    ['0401-312345 ext 12', 'tel:+62401312345', '62401312345'],
    ['0401-312345 / 312346', 'tel:+62401312345', '62401312345'],
    ['0401-312345, 0812 3456 7891', 'tel:+62401312345', '62401312345'],
    ['Telp. (0401) 312345', 'tel:+62401312345', '62401312345'],
    ['HP: 0812-3456-7890', 'tel:+6281234567890', '6281234567890'],
    ['0401-312345 (hunting)', 'tel:+62401312345', '62401312345'],
    ['112', 'tel:112', undefined],
    ['1500-117', 'tel:1500117', undefined],
    ['0800-1-234567', 'tel:08001234567', undefined],
    ['+65 6123 4567', 'tel:+6561234567', '6561234567'],
    ['12', undefined, undefined],
    ['0401', undefined, undefined],
    ['javascript:alert(1)', undefined, undefined],
    ['tidak ada', undefined, undefined],
    ['', undefined, undefined],
  ];
  for (const [written, tel, wa] of cases) {
    it(`"${written}" → ${tel ?? 'no link'}`, () => {
      const result = normalizePhone(written);
      expect(result.tel).to.equal(tel);
      expect(result.wa).to.equal(wa);
    });
  }

  it('normalizes every number in the sample directory', () => {
    for (const a of demo.agencies) {
      expect(a.phone?.tel, `${a.id} phone ${a.phone?.text}`).to.match(/^tel:\+62\d{8,12}$/);
      if (a.whatsapp) expect(a.whatsapp.wa, `${a.id} whatsapp ${a.whatsapp.text}`).to.match(/^628\d{8,11}$/);
      if (a.ppid?.phone) expect(a.ppid.phone.tel, `${a.id} ppid`).to.match(/^tel:\+62\d{8,12}$/);
    }
  });
});

describe('directory model: parsing and validation', () => {
  it('reads the sample directory whole, resolving relative logos against its URL', () => {
    const directory = demo;
    expect(directory.agencies.length).to.equal(44);
    expect(directory.province).to.equal('Provinsi Contoh');
    const dinkes = directory.agencies.find((a) => a.id === 'dinkes')!;
    expect(dinkes.logo).to.equal('https://contohprov.go.id/img/agencies/dinkes.svg');
    expect(dinkes.social.map((s) => s.url)).to.deep.equal([
      'https://www.instagram.com/dinkesprovcontoh/',
      'https://www.facebook.com/dinkesprovcontoh',
      'https://www.youtube.com/@dinkesprovcontoh',
      'https://x.com/dinkescontoh',
      'https://www.tiktok.com/@dinkesprovcontoh',
    ]);
    expect(directory.agencies.find((a) => a.id === 'rsud')!.parent).to.equal('dinkes');
  });

  it('reports no problem for the sample data', async () => {
    const { problems } = parseDirectory(await json('/demo/data/directory.json'), BASE);
    expect(problems).to.deep.equal([]);
  });

  it('skips invalid entries, naming them and why, and keeps the rest', async () => {
    const { directory, problems } = parseDirectory(await json('/test/fixtures/directory/mixed.json'), BASE);
    expect(ids(directory.agencies)).to.deep.equal(['dinkes', 'dishub', 'bpbd']);
    const skipped = problems.filter((p) => p.effect === 'skipped');
    expect(skipped.map((p) => [p.index, p.reason.split(' ')[0] === 'id' ? 'bad id' : p.reason])).to.deep.equal([
      [1, 'not an object'],
      [2, 'no id'],
      [3, 'duplicate id'],
      [4, 'no name'],
      [5, 'bad id'],
    ]);
    expect(skipped.find((p) => p.index === 3)!.id).to.equal('dinkes');
    const ignored = problems.filter((p) => p.effect === 'ignored').map((p) => p.reason.split(' ')[0]);
    expect(ignored).to.deep.equal(['aliases', 'website', 'geo']);
    const dishub = directory.agencies[1]!;
    expect(dishub.website).to.equal(undefined);
    expect(dishub.geo).to.equal(undefined);
    // A number that lost its leading zero in a spreadsheet is still a number.
    expect(dishub.phone?.text).to.equal('401312416');
  });

  it('gives an agency without a type the type "other"', () => {
    const { directory, problems } = parseDirectory({ agencies: [{ id: 'x', name: 'Kantor X' }] });
    expect(directory.agencies[0]!.type).to.equal('other');
    expect(problems).to.deep.equal([]);
  });

  it('refuses what is not a directory', () => {
    for (const value of [null, 42, 'text', { items: [] }, { agencies: {} }]) {
      expect(() => parseDirectory(value)).to.throw(FeedError).with.property('kind', 'unsupported');
    }
  });

  it('drops hostile URLs and e-mail header injection', async () => {
    const { directory } = parseDirectory(await json('/test/fixtures/directory/hostile.json'), BASE);
    const [evil, vb] = directory.agencies;
    expect(evil!.website).to.equal(undefined);
    expect(evil!.logo).to.equal(undefined);
    expect(evil!.email).to.equal(undefined);
    expect(evil!.phone).to.equal(undefined);
    expect(evil!.ppid?.email).to.equal(undefined);
    expect(evil!.ppid?.website).to.equal(undefined);
    expect(evil!.social).to.deep.equal([]);
    expect(vb!.website).to.equal(undefined);
    expect(vb!.logo).to.equal(undefined);
  });

  it('accepts social handles and URLs on the platform host only (the rules of <siar-social>)', () => {
    expect(socialUrl('instagram', '@dinkesprov')?.url).to.equal('https://www.instagram.com/dinkesprov/');
    expect(socialUrl('x', 'https://twitter.com/kominfo')?.url).to.equal('https://twitter.com/kominfo');
    expect(socialUrl('facebook', 'https://m.facebook.com/pemprov')?.url).to.equal('https://m.facebook.com/pemprov');
    expect(socialUrl('facebook', 'https://evil.example/facebook.com')).to.equal(undefined);
    expect(socialUrl('instagram', 'https://instagram.com.evil.example/x')).to.equal(undefined);
    expect(socialUrl('tiktok', 'javascript:alert(1)')).to.equal(undefined);
    const { directory } = parseDirectory({ agencies: [{ id: 'a', name: 'A', social: { twitter: 'pemprov', telegram: 'pemprovcontoh', mastodon: '@x@y' } }] });
    expect(directory.agencies[0]!.social.map((s) => s.url)).to.deep.equal(['https://x.com/pemprov', 'https://t.me/pemprovcontoh']);
  });
});

describe('directory model: the codec', () => {
  it('warns once, naming every skipped entry', async () => {
    const text = await (await fetch('/test/fixtures/directory/mixed.json')).text();
    const { result: value, warnings } = await withWarnings(() => readDirectory(text, BASE));
    expect(value.agencies.length).to.equal(3);
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('5 entries skipped');
    expect(warnings[0]).to.contain('#3 (dinkes): skipped, duplicate id');
    expect(warnings[0]).to.contain('#4 (tanpa-nama): skipped, no name');
    expect(warnings[0]).to.contain('#2: skipped, no id');
  });

  it('does not warn about good data', async () => {
    const text = await (await fetch('/demo/data/directory.json')).text();
    const { warnings } = await withWarnings(() => readDirectory(text, BASE));
    expect(warnings).to.deep.equal([]);
  });

  it('reads a long directory in slices, giving the main thread back between them, to the same result', async () => {
    const agencies = Array.from({ length: 3000 }, (_, i) => ({
      id: `opd-${i}`,
      name: `Dinas Contoh ${i}`,
      phone: `(0401) 31${String(i).padStart(4, '0')}`,
      email: `opd${i}@contohprov.go.id`,
      website: `https://opd${i}.contohprov.go.id`,
      social: { instagram: `opd${i}`, x: `@opd${i}` },
    }));
    const text = JSON.stringify({ agencies });
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler!;
    const real = scheduler.yield!;
    let yields = 0;
    scheduler.yield = () => {
      yields++;
      return real.call(scheduler);
    };
    let read: Directory;
    try {
      read = await readDirectory(text, BASE);
    } finally {
      scheduler.yield = real;
    }
    expect(yields, 'slices').to.be.above(0);
    expect(read).to.deep.equal(parseDirectory(JSON.parse(text), BASE).directory);
    expect(read.agencies).to.have.length(3000);
  });

  it('types broken JSON as parse and other JSON as unsupported', async () => {
    const kind = (text: string) => readDirectory(text, BASE).then(() => 'read', (e: unknown) => (e instanceof FeedError ? e.kind : String(e)));
    expect(await kind('{"agencies": [')).to.equal('parse');
    expect(await kind('{"items": []}')).to.equal('unsupported');
  });

  it("parses through the reader it loads on demand, with the reader's result and errors", async () => {
    const text = await (await fetch('/demo/data/directory.json')).text();
    const parsed = DIRECTORY_CODEC.parse(text, { contentType: 'application/json', baseUrl: BASE });
    expect(parsed).to.be.instanceOf(Promise);
    expect(await parsed).to.deep.equal(demo);
    const kinds: string[] = [];
    for (const body of ['{"agencies": [', '{"items": []}']) {
      try {
        await DIRECTORY_CODEC.parse(body, { contentType: '', baseUrl: BASE });
      } catch (error) {
        expect(error).to.be.instanceOf(FeedError);
        kinds.push((error as FeedError).kind);
      }
    }
    expect(kinds).to.deep.equal(['parse', 'unsupported']);
  });

  it('restores only its own stored form', () => {
    expect(DIRECTORY_CODEC.restore!(JSON.parse(JSON.stringify(demo)))).to.deep.equal(demo);
    expect(() => DIRECTORY_CODEC.restore!({ agencies: [] })).to.throw();
  });
});

describe('directory model: search', () => {
  const find = (query: string) => ids(searchAgencies(buildSearchIndex(demo.agencies, (t) => (t === 'rsud' ? ['Rumah Sakit Umum Daerah'] : [])), query));

  const diskominfoForms = [
    'kominfo',
    'Kominfo',
    'KOMINFO',
    'Diskominfo',
    'diskominfo ',
    'dinas komunikasi',
    'Dinas Komunikasi',
    'komunikasi informatika',
    'Komunikasi, Informatika & Statistik',
    'statistik',
    'Diskominfotik',
    'dinas kominfo',
    'Dînas Kômunikasi',
    'rina kartikasari',
    'kartika',
  ];
  for (const query of diskominfoForms) {
    it(`"${query}" finds Dinas Komunikasi, Informatika dan Statistik first`, () => {
      expect(find(query)[0]).to.equal('diskominfo');
    });
  }

  it('ranks an exact short name or alias first', () => {
    expect(find('pu')[0]).to.equal('pupr');
    expect(find('bpbd')[0]).to.equal('bpbd');
    expect(find('samsat').slice(0, 2).sort()).to.deep.equal(['bapenda', 'uptd-samsat-kota']);
  });

  it('matches every word, anywhere', () => {
    expect(find('dinas kesehatan')).to.deep.equal(['dinkes', 'disnakkeswan']);
    expect(find('kesehatan')).to.include.members(['dinkes', 'disnakkeswan', 'uptd-labkes']);
    expect(find('kesehatan hewan')).to.deep.equal(['disnakkeswan']);
    expect(find('dinas xyz')).to.deep.equal([]);
  });

  it('forgives punctuation, case and accents', () => {
    expect(find('satpol-pp')[0]).to.equal('satpol-pp');
    expect(find('SATPOL PP')[0]).to.equal('satpol-pp');
    expect(find('pol pp')[0]).to.equal('satpol-pp');
    expect(find('DP3A')[0]).to.equal('dp3a');
    expect(find('koperasi & ukm')[0]).to.equal('diskop-ukm');
  });

  it('finds agencies by initials, type and type label', () => {
    expect(find('bppd')).to.include('bappeda'); // Badan Perencanaan Pembangunan Daerah
    expect(find('rumah sakit')).to.include.members(['rsud', 'rsj']);
    expect(find('rumah sakit umum')).to.include('rsud');
    expect(find('biro').length).to.equal(7);
    expect(find('inspektorat')[0]).to.equal('inspektorat');
  });

  it('finds agencies by the name of their head, accents folded', () => {
    expect(find('arifin')).to.deep.equal(['setda']);
    expect(find('nurlela')).to.deep.equal(['disdik']);
  });

  it('returns everything, in order, for an empty query', () => {
    expect(find('')).to.deep.equal(ids(demo.agencies));
    expect(find('  ,. ')).to.deep.equal(ids(demo.agencies));
  });

  it('folds text once, the same way for queries and data', () => {
    expect(fold('  Jum\'at, Pol-PP  Ébong ')).to.equal('jumat pol pp ebong');
    expect(initials('Dinas Pekerjaan Umum dan Penataan Ruang')).to.equal('dpupr');
  });

  it('searches 500 agencies well within a frame per keystroke', () => {
    const many: Agency[] = [];
    for (let i = 0; i < 500; i++) {
      const a = demo.agencies[i % demo.agencies.length]!;
      many.push({ ...a, id: `${a.id}-${i}`, name: `${a.name} ${i}` });
    }
    const t0 = performance.now();
    const index = buildSearchIndex(many);
    const built = performance.now() - t0;
    const queries = ['d', 'di', 'din', 'dina', 'dinas', 'dinas k', 'dinas ke', 'dinas kes', 'dinas kese', 'dinas kesehatan', 'k', 'ko', 'kom', 'komi', 'kominfo'];
    const times: number[] = [];
    for (let round = 0; round < 6; round++) {
      for (const q of queries) {
        const t = performance.now();
        searchAgencies(index, q);
        if (round) times.push(performance.now() - t); // round 0 warms the JIT up
      }
    }
    times.sort((a, b) => a - b);
    const p95 = times[Math.floor(times.length * 0.95)]!;
    const worst = times[times.length - 1]!;
    console.log(
      `[bench] directory search, 500 agencies: index ${built.toFixed(2)} ms; per keystroke median ${times[times.length >> 1]!.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms, worst ${worst.toFixed(3)} ms`,
    );
    expect(p95).to.be.below(4);
    expect(worst).to.be.below(16);
    expect(searchAgencies(index, 'kominfo').length).to.be.greaterThan(10);
  });
});

describe('directory model: filters and groups', () => {
  it('filters by the types of the `type` attribute', () => {
    expect(filterByType(demo.agencies, 'rsud').map((a) => a.id)).to.deep.equal(['rsud', 'rsj']);
    expect(filterByType(demo.agencies, 'RSUD, satpol-pp').length).to.equal(3);
    expect(filterByType(demo.agencies, '').length).to.equal(44);
  });

  it('groups by type in the usual order, keeping the publisher order inside', () => {
    const groups = groupAgencies(demo.agencies, 'type');
    expect(groups.map((g) => g.key)).to.deep.equal(['sekretariat', 'inspektorat', 'badan', 'dinas', 'biro', 'rsud', 'satpol-pp', 'kantor', 'uptd']);
    expect(groups.find((g) => g.key === 'rsud')!.agencies.map((a) => a.id)).to.deep.equal(['rsud', 'rsj']);
    expect(groups.reduce((n, g) => n + g.agencies.length, 0)).to.equal(44);
  });

  it('puts unknown types after the usual ones and "other" last', () => {
    const agencies = parseDirectory({
      agencies: [
        { id: 'a', name: 'A', type: 'other' },
        { id: 'b', name: 'B', type: 'kecamatan' },
        { id: 'c', name: 'C', type: 'dinas' },
      ],
    }).directory.agencies;
    expect(groupAgencies(agencies, 'type').map((g) => g.key)).to.deep.equal(['dinas', 'kecamatan', 'other']);
  });

  it('groups A–Z by name, letters folded', () => {
    const agencies = parseDirectory({
      agencies: [
        { id: 'z', name: 'Zona', type: 'dinas' },
        { id: 'e', name: 'Émbong', type: 'dinas' },
        { id: 'a', name: 'Badan B', type: 'badan' },
        { id: 'b', name: 'badan a', type: 'badan' },
        { id: 'n', name: '112 Darurat', type: 'other' },
      ],
    }).directory.agencies;
    const groups = groupAgencies(agencies, 'alpha');
    expect(groups.map((g) => g.key)).to.deep.equal(['B', 'E', 'Z', '#']);
    expect(groups[0]!.agencies.map((a) => a.id)).to.deep.equal(['b', 'a']);
  });

  it('puts everything in one group for "none"', () => {
    expect(groupAgencies(demo.agencies, 'none').length).to.equal(1);
    expect(groupAgencies([], 'none')).to.deep.equal([]);
  });
});

describe('directory model: links and JSON-LD', () => {
  it('links to the map at the coordinates, or searches the address', () => {
    expect(mapUrl({ geo: { lat: -3.97, lon: 122.5 }, address: 'Jl. X' })).to.equal('https://www.openstreetmap.org/?mlat=-3.97&mlon=122.5#map=17/-3.97/122.5');
    expect(mapUrl({ address: 'Jl. Bunga Anggrek No. 40 & 41, Kota Contoh' })).to.equal(
      'https://www.openstreetmap.org/search?query=Jl.%20Bunga%20Anggrek%20No.%2040%20%26%2041%2C%20Kota%20Contoh',
    );
    expect(mapUrl({})).to.equal(undefined);
  });

  it('describes agencies as schema.org GovernmentOrganization', () => {
    const ld = agenciesJsonLd(demo.agencies, 'https://kab.example/opd#top', 'Provinsi Contoh') as { '@context': string; '@graph': Record<string, unknown>[] };
    expect(ld['@context']).to.equal('https://schema.org');
    expect(ld['@graph'].length).to.equal(44);
    const rsud = ld['@graph'].find((g) => g['@id'] === 'https://kab.example/opd#rsud')!;
    expect(rsud['@type']).to.equal('GovernmentOrganization');
    expect(rsud['name']).to.equal('Rumah Sakit Umum Daerah Provinsi Contoh');
    expect(rsud['telephone']).to.equal('+62401312395');
    expect(rsud['parentOrganization']).to.deep.equal({ '@id': 'https://kab.example/opd#dinkes' });
    expect(rsud['address']).to.deep.include({ '@type': 'PostalAddress', addressRegion: 'Provinsi Contoh', addressCountry: 'ID' });
    expect((rsud['contactPoint'] as { contactType: string }[]).map((c) => c.contactType)).to.deep.equal(['WhatsApp', 'PPID']);
  });

  it('escapes "<" so no value can close the script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>\u2028' });
    expect(text).not.to.contain('<');
    expect(text).not.to.contain('\u2028');
    expect(JSON.parse(text)).to.deep.equal({ name: '</script><script>alert(1)</script>\u2028' });
  });
});

// ---------------------------------------------------------------------------------------------
// The published JSON Schema, checked with a small draft 2020-12 evaluator (the keywords it uses).

type Schema = Record<string, unknown> | boolean;

function validate(schema: Schema, value: unknown, root: Record<string, unknown>, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: not allowed`];
  const s = schema;
  const errors: string[] = [];
  if (typeof s['$ref'] === 'string') {
    const target = (s['$ref'] as string)
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
    errors.push(...validate(target as Schema, value, root, path));
  }
  const type = s['type'] as string | undefined;
  const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (type && !(type === actual || (type === 'integer' && Number.isInteger(value)))) return [...errors, `${path}: ${actual}, not ${type}`];
  if ('const' in s && s['const'] !== value) errors.push(`${path}: not ${JSON.stringify(s['const'])}`);
  if (Array.isArray(s['enum']) && !s['enum'].includes(value)) errors.push(`${path}: not one of the values`);
  if (Array.isArray(s['anyOf']) && !s['anyOf'].some((sub: Schema) => !validate(sub, value, root, path).length)) errors.push(`${path}: matches no anyOf`);
  if (typeof value === 'string') {
    if (typeof s['minLength'] === 'number' && [...value].length < s['minLength']) errors.push(`${path}: too short`);
    if (typeof s['pattern'] === 'string' && !new RegExp(s['pattern'] as string, 'u').test(value)) errors.push(`${path}: "${value}" does not match ${s['pattern']}`);
  }
  if (typeof value === 'number') {
    if (typeof s['minimum'] === 'number' && value < s['minimum']) errors.push(`${path}: below minimum`);
    if (typeof s['maximum'] === 'number' && value > s['maximum']) errors.push(`${path}: above maximum`);
  }
  if (Array.isArray(value) && s['items'] !== undefined) value.forEach((v, i) => errors.push(...validate(s['items'] as Schema, v, root, `${path}[${i}]`)));
  if (actual === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of (s['required'] as string[] | undefined) ?? []) if (!(key in obj)) errors.push(`${path}: missing ${key}`);
    const props = (s['properties'] as Record<string, Schema> | undefined) ?? {};
    for (const [key, v] of Object.entries(obj)) {
      if (key in props) errors.push(...validate(props[key]!, v, root, `${path}.${key}`));
      else if (s['additionalProperties'] !== undefined) errors.push(...validate(s['additionalProperties'] as Schema, v, root, `${path}.${key}`));
    }
  }
  return errors;
}

describe('directory.schema.json', () => {
  let schema: Record<string, unknown>;
  before(async () => {
    schema = (await json('/src/schemas/directory.schema.json')) as Record<string, unknown>;
  });

  it('is a draft 2020-12 schema', () => {
    expect(schema['$schema']).to.equal('https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts the sample directory and the test directory', async () => {
    expect(validate(schema, await json('/demo/data/directory.json'), schema)).to.deep.equal([]);
    expect(validate(schema, await json('/test/fixtures/directory/small.json'), schema)).to.deep.equal([]);
  });

  it('rejects what the widget skips or drops', async () => {
    const errors = validate(schema, await json('/test/fixtures/directory/mixed.json'), schema);
    expect(errors.join('\n')).to.contain('$.agencies[1]: string, not object');
    expect(errors.join('\n')).to.contain('$.agencies[2]: missing id');
    expect(errors.join('\n')).to.contain('$.agencies[4]: missing name');
    expect(errors.join('\n')).to.contain('$.agencies[5].id');
    expect(errors.join('\n')).to.contain('$.agencies[6].website');
    const hostile = validate(schema, await json('/test/fixtures/directory/hostile.json'), schema).join('\n');
    for (const field of ['phone', 'email', 'website', 'ppid.website', 'social.instagram']) expect(hostile).to.contain(`$.agencies[0].${field}`);
    expect(validate(schema, { agencies: [] }, schema)).to.deep.equal(['$: missing version']);
  });
});
