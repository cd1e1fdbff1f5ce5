// siar validate: each schema rule reported in plain words with its JSON pointer and the line and
// column in the file; feeds, profiles, directories and RSS/Atom; --json, --lang, exit codes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, run, serve, tempDir } from '../fixtures/cli/harness.mjs';

let dir;
before(() => {
  dir = tempDir();
});
after(() => cleanup(dir));

/** Writes `text` to a file and runs `siar validate --json` on it. */
async function check(name, text, extra = [], env = {}) {
  const file = join(dir, name);
  writeFileSync(file, text);
  const r = await run(['validate', file, '--json', ...extra], env);
  return { ...r, report: JSON.parse(r.stdout), file };
}

const brief = (e) => [e.pointer, e.line, e.column, e.code];

describe('siar validate: JSON Feed', () => {
  const FEED = `{
  "version": "https://jsonfeed.org/version/1.1",
  "items": [
    {
      "id": "a",
      "url": "javascript:alert(1)",
      "title": 42,
      "content_text": "x",
      "date_published": "20 November 2026",
      "_siar": { "kind": "hoax", "priorty": "urgent", "video": { "provider": "youtube", "id": "short" } }
    },
    { "id": "a", "content_text": "dup", "image": "data:image/png;base64,AAAA" },
    { "id": "c" }
  ]
}
`;

  it('reports missing required, wrong type, bad enum, bad URL scheme, bad date, unknown field, pattern, content rule', async () => {
    const { code, report } = await check('feed.json', FEED);
    assert.equal(code, 1);
    assert.equal(report.type, 'feed');
    assert.equal(report.valid, false);
    assert.deepEqual(report.errors.map(brief), [
      ['', 1, 1, 'schema.required'],
      ['/items/0/url', 6, 14, 'schema.url'],
      ['/items/0/title', 7, 16, 'schema.type'],
      ['/items/0/date_published', 9, 25, 'schema.date-time'],
      ['/items/0/_siar/kind', 10, 26, 'schema.enum'],
      ['/items/0/_siar/priorty', 10, 34, 'schema.unknown-field'],
      ['/items/0/_siar/video/id', 10, 95, 'schema.video-id'],
      ['/items/1/id', 12, 13, 'feed.duplicate-id'],
      ['/items/1/image', 12, 50, 'schema.url'],
      ['/items/2', 13, 5, 'schema.any-of-keys'],
    ]);
    const byCode = Object.fromEntries(report.errors.toReversed().map((e) => [e.code, e])); // first of each code
    assert.equal(byCode['schema.required'].params.field, 'title');
    assert.equal(byCode['schema.required'].message, 'Required field "title" is missing.');
    assert.equal(byCode['schema.type'].message, 'Must be string, not integer.');
    assert.match(byCode['schema.enum'].message, /^Unknown value "hoax"\. Allowed: release, hoax-clarification, announcement\.$/);
    assert.match(byCode['schema.url'].message, /javascript:alert\(1\).*http:\/\/ or https:\/\//);
    assert.equal(byCode['schema.any-of-keys'].message, 'Needs at least one of: content_html, content_text.');
  });

  it('speaks Bahasa Indonesia by default and prints file:line:column on stderr', async () => {
    const file = join(dir, 'feed-id.json');
    writeFileSync(file, FEED);
    const r = await run(['validate', file], { SIAR_LANG: '' });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1  galat: Kolom wajib "title" tidak ada\\.`));
    assert.match(r.stderr, /:6:14 \/items\/0\/url  galat: Alamat "javascript:alert\(1\)" tidak diizinkan/);
    assert.match(r.stderr, /: 10 galat, 0 peringatan\.$/m);
    const en = await run(['validate', file, '--lang', 'en']);
    assert.match(en.stderr, /:6:14 \/items\/0\/url  error: Address "javascript:alert\(1\)" is not allowed/);
  });

  it('accepts a valid feed (exit 0) and warns about order and repeated URLs', async () => {
    const ok = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [
        { id: '1', url: 'https://x.go.id/1', content_text: 'a', date_published: '2026-11-01T00:00:00+07:00' },
        { id: '2', url: 'https://x.go.id/1', content_html: '<p>b</p>', date_published: '2026-11-02T00:00:00+07:00', image: '../img/a.svg', _siar: { kind: 'release', video: { provider: 'file', id: '../media/a.mp4' } } },
      ],
    };
    const { code, report } = await check('ok.json', JSON.stringify(ok, null, 2));
    assert.equal(code, 0);
    assert.equal(report.valid, true);
    assert.deepEqual(report.warnings.map((w) => w.code), ['feed.duplicate-url', 'feed.order']);
    const human = await run(['validate', join(dir, 'ok.json')]);
    assert.match(human.stdout, /valid \(JSON Feed, 2 entries\), with 2 warnings\./);
  });

  it('reports a JSON syntax error at its line and column', async () => {
    const { code, report } = await check('broken.json', '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [\n    { "id": "a", }\n  ]\n}\n');
    assert.equal(code, 1);
    assert.deepEqual(report.errors.map((e) => [e.line, e.column, e.code]), [[4, 18, 'json.unexpected-token']]);
    const truncated = await check('truncated.json', '{"version": "https://jsonfeed.org/version/1.1", "items": [');
    assert.deepEqual(truncated.report.errors.map((e) => [e.line, e.column, e.code]), [[1, 59, 'json.unexpected-end']]);
  });
});

describe('siar validate: profile and directory', () => {
  it('profile: missing name, bad time zone, javascript: logo, unknown social platform', async () => {
    const { code, report } = await check(
      'siar.json',
      JSON.stringify({ version: 1, time_zone: 'Asia/Bangkok', logo: 'javascript:alert(1)', social: { instagram: 'humas', myspace: 'x' } }, null, 2),
    );
    assert.equal(code, 1);
    assert.equal(report.type, 'profile');
    assert.deepEqual(report.errors.map(brief), [
      ['', 1, 1, 'schema.required'],
      ['/time_zone', 3, 16, 'schema.enum'],
      ['/logo', 4, 11, 'schema.url'],
      ['/social/myspace', 7, 5, 'schema.property-name'],
    ]);
  });

  it('directory: required, type, pattern (phone, email, url), range, duplicate id, unknown parent', async () => {
    const text = JSON.stringify(
      {
        version: 1,
        agencies: [
          { id: 'dinkes', name: 'Dinas Kesehatan', type: 'dinas', phone: 'tidak ada', email: 'x@', website: 'file:///etc/passwd', geo: { lat: 91, lon: 122 } },
          { id: 'dinkes', name: 'Ganda', type: 'dinas', parent: 'setda' },
          { id: 'bpbd', type: 'Badan Daerah', aliases: 'BPBD' },
        ],
      },
      null,
      2,
    );
    const { code, report } = await check('directory.json', text);
    assert.equal(code, 1);
    assert.equal(report.type, 'directory');
    assert.deepEqual(
      report.errors.map((e) => [e.pointer, e.code]),
      [
        ['/agencies/0/phone', 'schema.phone'],
        ['/agencies/0/email', 'schema.email'],
        ['/agencies/0/website', 'schema.url'],
        ['/agencies/0/geo/lat', 'schema.maximum'],
        ['/agencies/1/id', 'directory.duplicate-id'],
        ['/agencies/2', 'schema.required'],
        ['/agencies/2/type', 'schema.pattern'],
        ['/agencies/2/aliases', 'schema.type'],
      ],
    );
    assert.ok(report.errors.every((e) => e.line > 1 && e.column > 0));
    assert.deepEqual(report.warnings.map((w) => w.code), ['directory.unknown-parent']);
  });

  it('--type forces the kind; an unknown shape asks for it', async () => {
    const unknown = await check('what.json', '{"foo": 1}');
    assert.equal(unknown.code, 1);
    assert.equal(unknown.report.errors[0].code, 'validate.unknown-type');
    const forced = await check('what2.json', '{"foo": 1}', ['--type', 'profile']);
    assert.deepEqual(forced.report.errors.map((e) => e.code), ['schema.required', 'schema.required']);
  });
});

describe('siar validate: RSS / Atom and URLs', () => {
  let server;
  before(async () => {
    server = await serve({
      '/good.json': { type: 'application/feed+json', body: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 't', items: [] }) },
      '/rss.xml': {
        body: `<?xml version="1.0"?>
<rss version="2.0"><channel><title>t</title><link>https://x.go.id</link><description>d</description>
<item><title>Baik</title><link>https://x.go.id/1</link><pubDate>Selasa, 17 Oktober 2023 10.00 WIB</pubDate></item>
<item><title>Tautan buruk</title><link>javascript:alert(1)</link><pubDate>kemarin</pubDate></item>
</channel></rss>`,
      },
    });
  });
  after(() => server.close());

  it('checks RSS items: unsafe link (error) and unreadable date (warning: the item stays usable), each with the item line', async () => {
    const r = await run(['validate', server.url('/rss.xml'), '--json']);
    const report = JSON.parse(r.stdout);
    assert.equal(r.code, 1);
    assert.equal(report.type, 'xml-feed');
    assert.deepEqual(report.errors.map((e) => [e.pointer, e.line, e.code]), [['/items/1', 4, 'schema.url']]);
    assert.deepEqual(report.warnings.map((e) => [e.pointer, e.line, e.code, e.params.item]), [['/items/1', 4, 'feed.bad-date', 'Tautan buruk']]);
  });

  it('reports broken XML with its line', async () => {
    const { code, report } = await check('broken.xml', '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>x</item>\n</channel></rss>');
    assert.equal(code, 1);
    assert.equal(report.errors[0].code, 'parse.xml');
    assert.equal(report.errors[0].line, 3);
  });

  it('validates a URL; an unreachable one exits 3', async () => {
    assert.equal((await run(['validate', server.url('/good.json')])).code, 0);
    const missing = await run(['validate', server.url('/missing.json'), '--json']);
    assert.equal(missing.code, 3);
    assert.equal(JSON.parse(missing.stdout).errors[0].code, 'fetch.http');
    assert.equal((await run(['validate', join(dir, 'does-not-exist.json')])).code, 3);
  });
});
