// The `siar` command itself: help texts, version, usage errors and exit codes, the config
// checks, and the real executable (spawned) end to end.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, cleanup, items, rss, run, serve, tempDir, writeConfig } from '../fixtures/cli/harness.mjs';

const BIN = fileURLToPath(new URL('../../dist/node/cli/siar.js', import.meta.url));
const VERSION = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

describe('siar --help / --version', () => {
  it('prints the main help in Indonesian by default and in English with --lang en', async () => {
    const id = await run(['--help'], { SIAR_LANG: '' });
    assert.equal(id.code, 0);
    assert.match(id.stdout, new RegExp(`^siar ${VERSION.replace(/\./g, '\\.')} — perangkat penerbit Siar`));
    assert.match(id.stdout, /siar build <konfigurasi> --out <folder>/);
    assert.match(id.stdout, /siar validate <berkas-atau-url>/);
    const en = await run(['--help', '--lang', 'en']);
    assert.match(en.stdout, /the Siar publisher kit/);
    assert.match(en.stdout, /--json +machine-readable JSON report on stdout/);
  });

  it('build --help documents every option, the environment and the exit codes', async () => {
    const { code, stdout } = await run(['build', '--help']);
    assert.equal(code, 0);
    for (const s of ['--out', '--strict', '--json', '--quiet', '--lang', 'SIAR_YOUTUBE_FEED_BASE', 'SOURCE_DATE_EPOCH', '.siar-state.json']) assert.ok(stdout.includes(s), s);
    assert.match(stdout, /Exit codes:\n {2}0 {2}output complete[\s\S]*\n {2}1 {2}fatal error[\s\S]*\n {2}2 {2}usage error[\s\S]*\n {2}3 {2}output worse than before/);
    const id = await run(['help', 'build'], { SIAR_LANG: 'id' });
    assert.match(id.stdout, /Kode keluar:/);
  });

  it('validate --help documents --type and the exit codes', async () => {
    const { code, stdout } = await run(['validate', '-h']);
    assert.equal(code, 0);
    assert.match(stdout, /--type feed\|profile\|directory/);
    assert.match(stdout, /Exit codes:\n {2}0 {2}valid[\s\S]*\n {2}1 {2}errors in the file[\s\S]*\n {2}2 {2}usage error[\s\S]*\n {2}3 {2}the file or URL cannot be read/);
  });

  it('--version prints the package version', async () => {
    assert.deepEqual(await run(['--version']), { code: 0, stdout: `${VERSION}\n`, stderr: '' });
    assert.equal((await run(['-v'])).stdout, `${VERSION}\n`);
  });
});

describe('siar: usage errors exit 2', () => {
  for (const [argv, pattern] of [
    [[], /Usage:/],
    [['publish'], /Unknown command: publish\./],
    [['build'], /Missing argument/],
    [['build', 'a.json', '--out'], /Option --out needs a value\./],
    [['build', 'a.json', '--bogus'], /Unknown option: --bogus\./],
    [['validate', 'a.json', '--strict'], /Unknown option: --strict\./],
    [['validate', 'a.json', 'b.json'], /Unexpected argument: b\.json\./],
    [['validate', 'a.json', '--type', 'rss'], /Unknown type: rss/],
    [['validate', 'a.json', '--lang', 'fr'], /Unknown language: fr|Bahasa tidak dikenal: fr/],
  ]) {
    it(`siar ${argv.join(' ') || '(nothing)'}`, async () => {
      const r = await run(argv);
      assert.equal(r.code, 2);
      assert.match(r.stderr, pattern);
      assert.equal(r.stdout, '');
    });
  }
});

describe('siar build: config problems', () => {
  let dir;
  before(() => {
    dir = tempDir();
  });
  after(() => cleanup(dir));

  it('reports config mistakes with line and column, and exits 1', async () => {
    const path = join(dir, 'bad.json');
    writeFileSync(
      path,
      `{
  "province": { "name": "Uji", "time_zone": "WITA" },
  "releases": {
    "sources": [
      { "id": "a", "url": "https://a.go.id/feed", "file": "x.xml" },
      { "id": "Bad Id", "url": "\${HUMAS_TOKEN_TIDAK_ADA}" },
      { "id": "c", "youtube_channel": "@humas" }
    ]
  },
  "pinnned": []
}
`,
    );
    const r = await build(path, join(dir, 'out'));
    assert.equal(r.code, 1);
    assert.deepEqual(
      r.report.errors.map((e) => [e.line, e.column, e.code]),
      [
        [2, 45, 'schema.enum'],
        [5, 7, 'schema.one-of-keys'],
        [6, 15, 'schema.id'],
        [6, 32, 'config.env-missing'],
        [7, 39, 'schema.youtube-channel'],
        [10, 3, 'schema.unknown-field'],
      ],
    );
    assert.match(r.report.errors[3].message, /\$\{HUMAS_TOKEN_TIDAK_ADA\}/);
  });

  it('a missing config file or broken JSON is a fatal error (exit 1)', async () => {
    const missing = await build(join(dir, 'nope.json'), join(dir, 'out'));
    assert.equal(missing.code, 1);
    assert.equal(missing.report.errors[0].code, 'config.unreadable');
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{ "province": { "name": "Uji" }, }');
    const broken = await build(path, join(dir, 'out'));
    assert.equal(broken.code, 1);
    assert.deepEqual([broken.report.errors[0].line, broken.report.errors[0].column], [1, 34]);
  });

  it('expands ${VAR} and ${VAR:-default}; reads "out" from the config', async () => {
    const server = await serve({ '/feed.xml': { body: rss(items('a', 2)) } });
    try {
      const cfg = writeConfig(dir, {
        out: 'public/siar',
        province: { name: 'Uji' },
        releases: { sources: [{ id: 'a', url: '${SIAR_TEST_BASE}/feed.xml' }, { id: 'b', url: '${SIAR_UNSET:-' + server.base + '}/feed.xml' }] },
      });
      const r = await run(['build', cfg, '--json'], { SIAR_TEST_BASE: server.base });
      const report = JSON.parse(r.stdout);
      assert.equal(r.code, 0, JSON.stringify(report.errors));
      assert.equal(report.out, join(dir, 'public/siar'));
      assert.deepEqual(report.sources.map((s) => s.url), [`${server.base}/feed.xml`, `${server.base}/feed.xml`]);
    } finally {
      await server.close();
    }
  });
});

describe('the siar executable', () => {
  let server;
  let dir;
  before(async () => {
    server = await serve({ '/feed.xml': { body: rss(items('dinkes', 3)) } });
    dir = tempDir();
  });
  after(async () => {
    await server.close();
    cleanup(dir);
  });

  it('starts with a node shebang', () => {
    assert.match(readFileSync(BIN, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  // spawn, not spawnSync: the test server in this process must keep answering
  const exec = (args, env) =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, ...args], { env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });

  it('builds with progress on stderr, validates, and exits with the documented codes', async () => {
    const cfg = writeConfig(dir, { province: { name: 'Uji' }, releases: { sources: [{ id: 'dinkes', url: server.url('/feed.xml'), agency: 'dinkes' }] } });
    const out = join(dir, 'out');
    const env = { ...process.env, SIAR_LANG: 'id' };
    const b = await exec(['build', cfg, '--out', out], env);
    assert.equal(b.status, 0, b.stderr);
    assert.equal(b.stdout, '');
    assert.match(b.stderr, /Mengambil 1 sumber…\n {2}\[1\/1\] ✓ releases\/dinkes: 3 item \(\d+ ms\)/);
    assert.match(b.stderr, /releases\.json: ditulis, 3 item/);
    assert.match(b.stderr, /Keluaran lengkap\./);
    const quiet = await exec(['build', cfg, '--out', out, '--quiet'], env);
    assert.equal(quiet.status, 0);
    assert.equal(quiet.stderr, '', 'nothing to say when all is well');
    const v = await exec(['validate', join(out, 'releases.json')], env);
    assert.equal(v.status, 0, v.stderr);
    assert.match(v.stdout, /releases\.json: sah \(umpan JSON Feed, 3 entri\)\./);
    const bad = await exec(['frobnicate'], env);
    assert.equal(bad.status, 2);
  });
});
