// siar build with "embed": the iframe embed page written next to the feeds, with the province's
// allowlist in its meta element and its Content-Security-Policy (src/cli/embed-page.ts,
// src/embed/allow.ts). Needs `npm run build` (cdn/embed.html and dist/node/).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, cleanup, items, rss, tempDir, writeConfig } from '../fixtures/cli/harness.mjs';
import { allowOrigin, bakeEmbedPage, parseAllowlist } from '../../dist/node/embed/allow.js';

const DIST = new URL('../../cdn/', import.meta.url).pathname;

/** The page's CSP directives, name → value. */
function csp(html) {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
  assert.ok(content, 'the page has a CSP meta element');
  return Object.fromEntries(content.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1).join(' ')]));
}
const allowMeta = (html) => /<meta name="siar-embed-allow" content="([^"]*)" \/>/.exec(html)?.[1];

describe('siar build: the embed page with the province’s allowlist', () => {
  let dir;
  before(() => {
    dir = tempDir();
    writeFileSync(join(dir, 'berita.xml'), rss(items('diskominfo', 3)));
  });
  after(() => cleanup(dir));

  const config = (extra) =>
    writeConfig(dir, {
      province: { name: 'Pemerintah Provinsi Contoh', time_zone: 'Asia/Makassar' },
      public_url: 'https://contohprov.go.id/siar/',
      releases: { sources: [{ id: 'diskominfo', file: 'berita.xml' }] },
      ...extra,
    });

  it('writes embed.html with public_url’s origin and embed.allow, in the meta element and in connect-src', async () => {
    const out = join(dir, 'out1');
    const r = await build(config({ embed: { allow: ['https://dinkes.contohprov.go.id', 'https://CDN.contohprov.go.id:8443/', 'https://contohprov.go.id'] } }), out);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual(r.report.outputs.find((o) => o.file === 'embed.html'), { file: 'embed.html', status: 'written' });
    const html = readFileSync(join(out, 'embed.html'), 'utf8');
    const origins = 'https://contohprov.go.id https://dinkes.contohprov.go.id https://cdn.contohprov.go.id:8443';
    assert.equal(allowMeta(html), origins);
    const policy = csp(html);
    assert.equal(policy['connect-src'], `'self' ${origins}`);
    // Everything else in the policy is the shipped page's.
    const shipped = csp(readFileSync(join(DIST, 'embed.html'), 'utf8'));
    assert.deepEqual({ ...policy, 'connect-src': '' }, { ...shipped, 'connect-src': '' });
    assert.equal(shipped['connect-src'], "'self'", 'the shipped page reads only from its own origin');
    assert.equal(allowMeta(readFileSync(join(DIST, 'embed.html'), 'utf8')), '');
  });

  it('writes what the page loads beside it, and nothing that points at a missing file', async () => {
    const out = join(dir, 'out2');
    assert.equal((await build(config({ embed: {} }), out)).code, 0);
    const html = readFileSync(join(out, 'embed.html'), 'utf8');
    assert.equal(allowMeta(html), 'https://contohprov.go.id', 'public_url’s origin alone');
    for (const ref of [...html.matchAll(/(?:src|href)="([^"#]+)"/g)].map((m) => m[1]).filter((u) => !/^[a-z]+:/.test(u))) {
      assert.ok(existsSync(join(out, ref)), `embed.html references ${ref}`);
    }
    assert.ok(existsSync(join(out, 'embed-resize.js')));
    // Each widget module and every chunk it imports (static or dynamic) is there.
    for (const tag of ['siar-releases', 'siar-videos', 'siar-directory', 'siar-social', 'siar-alert']) {
      const seen = new Set();
      const visit = (file) => {
        if (seen.has(file)) return;
        seen.add(file);
        assert.ok(existsSync(join(out, file)), `${file} is written`);
        const code = readFileSync(join(out, file), 'utf8');
        assert.doesNotMatch(code, /sourceMappingURL/, `${file} points at no source map`);
        for (const m of code.matchAll(/(?:from\s*|import\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) visit(join(file, '..', m[1]));
      };
      visit(`elements/${tag}.js`);
      assert.ok(seen.size > 1, `${tag} imports its chunks`);
    }
    // A second run changes nothing.
    const again = await build(config({ embed: {} }), out);
    assert.deepEqual(again.report.outputs.find((o) => o.file === 'embed.html'), { file: 'embed.html', status: 'unchanged' });
  });

  it('writes no embed page unless the config asks for one', async () => {
    const out = join(dir, 'out3');
    const r = await build(config({}), out);
    assert.equal(r.code, 0);
    assert.equal(existsSync(join(out, 'embed.html')), false);
    assert.equal(r.report.outputs.some((o) => o.file === 'embed.html'), false);
    assert.deepEqual(readdirSync(out).filter((f) => !f.startsWith('.')).sort(), ['releases-archive.json', 'releases.json', 'siar.json']);
  });

  it('refuses allowlist entries that are not plain origins, with their place in the config', async () => {
    for (const bad of ['https://evil.example/berita', 'javascript:alert(1)', '*', 'https://*.example', "https://a.example 'unsafe-inline'", 'https://a.example;script-src *', 'https://u:p@a.example', 'ftp://a.example', 'https://a.example?x']) {
      const out = join(dir, 'out4');
      const r = await build(config({ embed: { allow: ['https://ok.example', bad] } }), out);
      assert.equal(r.code, 1, bad);
      const problem = r.report.errors[0];
      assert.equal(problem.pointer, '/embed/allow/1', bad);
      assert.equal(existsSync(join(out, 'embed.html')), false, bad);
    }
  });

  it('writes nothing under --strict when the build has errors', async () => {
    const out = join(dir, 'out5');
    const c = writeConfig(dir, {
      province: { name: 'Pemerintah Provinsi Contoh' },
      embed: {},
      releases: { sources: [{ id: 'ok', file: 'berita.xml' }, { id: 'gone', file: 'tidak-ada.xml' }] },
    });
    const r = await build(c, out, ['--strict']);
    assert.equal(r.code, 3);
    assert.deepEqual(r.report.outputs.find((o) => o.file === 'embed.html'), { file: 'embed.html', status: 'not-written' });
    assert.equal(existsSync(join(out, 'embed.html')), false);
  });
});

describe('embed allowlist (src/embed/allow.ts)', () => {
  const page = () => readFileSync(join(DIST, 'embed.html'), 'utf8');

  it('accepts only plain http(s) origins, normalized', () => {
    assert.equal(allowOrigin('https://Dinkes.ContohProv.go.id/'), 'https://dinkes.contohprov.go.id');
    assert.equal(allowOrigin('https://contohprov.go.id:443'), 'https://contohprov.go.id');
    assert.equal(allowOrigin('http://127.0.0.1:8000'), 'http://127.0.0.1:8000');
    assert.equal(allowOrigin('https://bücher.example'), 'https://xn--bcher-kva.example');
    for (const bad of ['', 'https://', 'https://a.example/x', 'https://a;b.example', 'https://a"b.example', "https://a'b.example", 'https://u@a.example', 'data:text/plain,x', '//a.example', 'https://a.example#x']) {
      assert.equal(allowOrigin(bad), undefined, bad);
    }
    assert.deepEqual(parseAllowlist(' https://a.example  nonsense https://A.example/ https://b.example:8080 '), ['https://a.example', 'https://b.example:8080']);
  });

  it('bakes the list into the page and nowhere else, and refuses to guess', () => {
    const baked = bakeEmbedPage(page(), ['https://a.example', 'https://b.example']);
    assert.equal(allowMeta(baked), 'https://a.example https://b.example');
    assert.equal(csp(baked)['connect-src'], "'self' https://a.example https://b.example");
    assert.equal(baked.replace(/https:\/\/[ab]\.example ?/g, ''), page().replace(/connect-src 'self'/, "connect-src 'self' "));
    // Re-baking replaces, it does not add.
    assert.equal(csp(bakeEmbedPage(baked, []))['connect-src'], "'self'");
    assert.throws(() => bakeEmbedPage(page(), ["https://a.example 'unsafe-eval'"]), /Not an origin/);
    assert.throws(() => bakeEmbedPage('<html></html>', []), /exactly one/);
  });
});
