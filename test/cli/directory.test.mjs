// siar build: directory.json from CSV (as spreadsheets export it) and from JSON; invalid rows
// reported with line numbers and skipped, or replaced by their last good version.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, cleanup, readJson, serve, tempDir, writeConfig } from '../fixtures/cli/harness.mjs';
import { runValidate } from '../../dist/node/cli/validate.js';
import { parseCsv } from '../../dist/node/cli/csv.js';

const PROVINCE = { name: 'Pemerintah Provinsi Uji', time_zone: 'Asia/Makassar' };

// ";"-separated with a BOM and CRLF, Indonesian headers, a quoted field with a line break,
// doubled quotes and the delimiter inside, decimal commas, aliases separated by "|".
const CSV = [
  '\uFEFFKode;Nama;Nama Singkat;Jenis;Induk;Alias;Kepala;Jabatan Kepala;Alamat;Telepon;Surel;Situs;PPID Nama;PPID Telepon;Instagram;Lintang;Bujur;Jam Layanan;Catatan',
  'dinkes;Dinas Kesehatan;Dinkes;Dinas;;Diskes | Dinas Kesehatan Provinsi;dr. Fitri;Kepala Dinas Kesehatan;"Jl. Kesehatan No. 1; Kota Uji";0401-312345;dinkes@uji.go.id;https://dinkes.uji.go.id;PPID Dinkes;(0401) 312346;dinkesuji;-3,9712;122,5134;Senin–Jumat;internal',
  'rsud;"RSUD ""Harapan"" Provinsi";RSUD;RSUD;dinkes;;;;"Jl. Sehat No. 2,',
  'Kota Uji";0401 312 400;rsud@uji.go.id;;;;;;;;',
  'bpbd;BPBD;BPBD;Badan;;;;;;112;bpbd-at-uji.go.id;;;;;;;;',
  ';Tanpa Id;;dinas;;;;;;;;;;;;;;;',
  'dishub;Dinas Perhubungan;Dishub;dinas;setda;;;;;nomor salah;;javascript:alert(1);;;;;;;',
  'dinkes;Dinas Kesehatan (ganda);;dinas;;;;;;;;;;;;;;;',
].join('\r\n');

describe('CSV parser', () => {
  it('reads quotes, doubled quotes, delimiters and line breaks inside fields, with record line numbers', () => {
    const t = parseCsv(CSV);
    assert.equal(t.delimiter, ';');
    assert.equal(t.header[0], 'Kode', 'BOM stripped');
    assert.deepEqual(t.records.map((r) => r.line), [2, 3, 5, 6, 7, 8]);
    assert.equal(t.records[1].fields[1], 'RSUD "Harapan" Provinsi');
    assert.equal(t.records[1].fields[8], 'Jl. Sehat No. 2,\r\nKota Uji');
    assert.equal(t.records[0].fields[8], 'Jl. Kesehatan No. 1; Kota Uji');
  });

  it('detects "," and tab, skips blank lines and reports an unterminated quote', () => {
    assert.equal(parseCsv('a,b\n1,2\n').delimiter, ',');
    assert.equal(parseCsv('a\tb\n1\t2\n').delimiter, '\t');
    assert.deepEqual(parseCsv('a,b\n\n1,2\n\n').records, [{ line: 3, fields: ['1', '2'] }]);
    const errors = [];
    parseCsv('a,b\n1,"open\n2,3\n', undefined, (line, reason) => errors.push([line, reason]));
    assert.deepEqual(errors, [[2, 'unterminated-quote']]);
  });
});

describe('siar build: directory from CSV', () => {
  let server;
  let dir;
  let report;
  let directory;
  before(async () => {
    server = await serve({ '/opd.csv': { type: 'text/csv; charset=utf-8', body: CSV } });
    dir = tempDir();
    const cfg = writeConfig(dir, { province: PROVINCE, fetch: { retries: 0 }, directory: { url: server.url('/opd.csv'), updated: '2026-11-18T14:00:00+08:00' } });
    const r = await build(cfg, join(dir, 'out'));
    report = r.report;
    assert.equal(r.code, 0, JSON.stringify(r.report.errors));
    directory = readJson(join(dir, 'out/directory.json'));
  });
  after(async () => {
    await server.close();
    cleanup(dir);
  });

  it('maps the documented columns (and Indonesian headers) to the schema', () => {
    assert.equal(directory.version, 1);
    assert.equal(directory.province, 'Pemerintah Provinsi Uji');
    assert.equal(directory.updated, '2026-11-18T14:00:00+08:00');
    assert.deepEqual(directory.agencies[0], {
      id: 'dinkes',
      name: 'Dinas Kesehatan',
      short_name: 'Dinkes',
      aliases: ['Diskes', 'Dinas Kesehatan Provinsi'],
      type: 'dinas',
      head: { name: 'dr. Fitri', title: 'Kepala Dinas Kesehatan' },
      address: 'Jl. Kesehatan No. 1; Kota Uji',
      phone: '0401-312345',
      email: 'dinkes@uji.go.id',
      website: 'https://dinkes.uji.go.id',
      ppid: { name: 'PPID Dinkes', phone: '(0401) 312346' },
      social: { instagram: 'dinkesuji' },
      geo: { lat: -3.9712, lon: 122.5134 },
      hours: 'Senin–Jumat',
    });
    assert.equal(directory.agencies[1].name, 'RSUD "Harapan" Provinsi');
    assert.equal(directory.agencies[1].type, 'rsud');
    assert.equal(directory.agencies[1].address, 'Jl. Sehat No. 2,\r\nKota Uji');
  });

  it('reports invalid rows with their line and column, and skips them', () => {
    assert.deepEqual(directory.agencies.map((a) => a.id), ['dinkes', 'rsud']);
    const errors = report.errors.map((e) => [e.line, e.field, e.code]);
    assert.deepEqual(errors, [
      [5, 'Surel', 'schema.email'],
      [6, 'Kode', 'directory.empty-cell'],
      [7, 'Telepon', 'schema.phone'],
      [7, 'Situs', 'schema.url'],
      [8, undefined, 'directory.duplicate-id'],
    ]);
    const email = report.errors[0];
    assert.equal(email.column, 11);
    assert.match(email.message, /E-mail address "bpbd-at-uji\.go\.id" is not valid/);
    assert.ok(report.warnings.some((w) => w.code === 'directory.unknown-columns' && w.params.columns === 'Catatan'));
    assert.ok(report.warnings.some((w) => w.code === 'directory.unknown-parent' && w.params.parent === 'setda') === false, 'dishub was skipped');
    assert.equal(report.warnings.filter((w) => w.code === 'directory.row-skipped').length, 3);
  });

  it('keeps the last good version of an agency whose row became invalid', async () => {
    server.routes['/opd.csv'] = { type: 'text/csv', body: 'id,name,type,email\ndinkes,Dinas Kesehatan,dinas,bukan-surel\nrsud,RSUD,rsud,\n' };
    const r = await build(join(dir, 'siar.config.json'), join(dir, 'out'));
    assert.equal(r.code, 0);
    const now = readJson(join(dir, 'out/directory.json'));
    assert.deepEqual(now.agencies.map((a) => [a.id, a.short_name]), [['dinkes', 'Dinkes'], ['rsud', undefined]]);
    assert.ok(r.report.warnings.some((w) => w.code === 'directory.kept-previous' && w.line === 2));
    const strict = await build(join(dir, 'siar.config.json'), join(dir, 'out'), ['--strict']);
    assert.equal(strict.code, 3, 'an invalid row fails --strict');
  });

  it('a directory source that is down keeps the previous directory.json', async () => {
    server.routes['/opd.csv'] = { status: 500 };
    const before = readJson(join(dir, 'out/directory.json'));
    const r = await build(join(dir, 'siar.config.json'), join(dir, 'out'));
    assert.equal(r.code, 0);
    assert.deepEqual(readJson(join(dir, 'out/directory.json')), before);
    assert.deepEqual(r.report.outputs.find((o) => o.file === 'directory.json'), { file: 'directory.json', status: 'kept', items: 2 });
    assert.equal(readJson(join(dir, 'out/siar.json')).directory, 'directory.json');
  });

  it('a header without the required columns is an error, and nothing is written on a first run', async () => {
    server.routes['/bad.csv'] = { type: 'text/csv', body: 'nama,alamat\nDinkes,Jl. 1\n' };
    const sub = join(dir, 'missing');
    const cfg = writeConfig(sub, { province: PROVINCE, directory: { url: server.url('/bad.csv') } });
    const r = await build(cfg, join(sub, 'out'));
    assert.equal(r.code, 3);
    assert.equal(r.report.errors[0].code, 'directory.missing-column');
    assert.equal(r.report.errors[0].params.column, 'id');
    assert.ok(!existsSync(join(sub, 'out/directory.json')));
  });
});

describe('siar build: directory from JSON', () => {
  let dir;
  before(() => {
    dir = tempDir();
  });
  after(() => cleanup(dir));

  it('reads a directory.json or a bare array from a file; invalid entries get a line number', async () => {
    writeFileSync(
      join(dir, 'opd.json'),
      `{
  "version": 1,
  "province": "Provinsi Uji",
  "updated": "2026-01-02T03:04:05+07:00",
  "agencies": [
    { "type": "dinas", "id": "dinkes", "name": "Dinas Kesehatan", "x-internal": 1 },
    { "id": "bpbd", "name": "BPBD", "type": "badan",
      "website": "ftp://bpbd.uji.go.id" },
    { "id": "rsud", "name": "RSUD", "type": "rsud", "parent": "dinkes", "geo": { "lat": "-3.9", "lon": 122 } }
  ]
}
`,
    );
    const cfg = writeConfig(dir, { province: PROVINCE, directory: { file: 'opd.json' } });
    const r = await build(cfg, join(dir, 'out'));
    assert.equal(r.code, 0);
    const d = readJson(join(dir, 'out/directory.json'));
    assert.equal(d.province, 'Provinsi Uji');
    assert.equal(d.updated, '2026-01-02T03:04:05+07:00');
    assert.deepEqual(d.agencies, [{ id: 'dinkes', name: 'Dinas Kesehatan', type: 'dinas', 'x-internal': 1 }], 'known keys first, extra keys kept');
    assert.deepEqual(
      r.report.errors.map((e) => [e.line, e.column, e.pointer, e.code]),
      [
        [8, 18, '/agencies/1/website', 'schema.url'],
        [9, 89, '/agencies/2/geo/lat', 'schema.type'],
      ],
    );
    assert.equal((await runValidate(join(dir, 'out/directory.json'))).exitCode, 0);

    writeFileSync(join(dir, 'arr.json'), JSON.stringify([{ id: 'a', name: 'A', type: 'dinas' }]));
    const cfg2 = writeConfig(join(dir, 'arr'), { province: PROVINCE, directory: { file: '../arr.json', province: 'Kabupaten Uji' } });
    const r2 = await build(cfg2, join(dir, 'arr/out'));
    assert.equal(r2.code, 0);
    assert.equal(readJson(join(dir, 'arr/out/directory.json')).province, 'Kabupaten Uji');
  });
});
