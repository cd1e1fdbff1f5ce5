// What `npm install siar` gives an app, checked on the built package (`npm run build` first;
// `npm test` builds): the npm build (dist/) leaves Lit and DOMPurify to the app's bundler, the
// self-contained build (cdn/) has no bare import a browser could not resolve, `import 'siar'`
// works in Node (SSR), and package.json (`files`, `sideEffects`, `dependencies`, schema `$id`s)
// describes exactly what ships. Issue #13, "Packaging".
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative } from 'node:path';
import { before, describe, it } from 'node:test';

const ROOT = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const read = (file) => readFileSync(join(ROOT, file), 'utf8');

/** Every file under `dir` (relative to the repo, `/`-separated). */
function walk(dir) {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(ROOT, path)).isDirectory() ? walk(path) : [path];
  });
}

/** Import specifiers of an ES module (static `import`/`export … from` and dynamic `import("…")`). */
function specifiers(code) {
  const out = [];
  for (const m of code.matchAll(/(?:^|[;\s},])(?:import|export)\s*(?:[^'"();]*?from\s*)?["']([^"']+)["']/g)) out.push({ spec: m[1], dynamic: false });
  for (const m of code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) out.push({ spec: m[1], dynamic: true });
  return out;
}
const isBare = (spec) => !/^(\.{1,2}\/|\/|[a-z]+:)/.test(spec);

/** The files an entry loads: itself and its relative imports, static ones (and dynamic ones too). */
function graph(entry, { dynamic = true } = {}, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const { spec, dynamic: isDynamic } of specifiers(read(entry))) {
    if (isBare(spec) || (isDynamic && !dynamic)) continue;
    graph(normalize(join(dirname(entry), spec)), { dynamic }, seen);
  }
  return seen;
}

// Code only a bundled copy contains (version registries and DOMPurify's hook names).
const LIT_COPY = /litHtmlVersions|reactiveElementVersions|litElementVersions/;
const DOMPURIFY_COPY = /uponSanitizeElement|ALLOWED_TAGS/;

/** A package.json path pattern (`./dist/chunks/*.js`) as a regular expression over `dist/…`. */
const globRe = (glob) =>
  new RegExp(`^${glob.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '(?:.*/)?')}$`);

let packed; // the files `npm pack` would put in the tarball
before(() => {
  assert.ok(existsSync(join(ROOT, 'dist/siar.js')) && existsSync(join(ROOT, 'cdn/siar.js')), 'run `npm run build` first');
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  packed = new Set(JSON.parse(out)[0].files.map((f) => f.path));
});

describe('npm build (dist/): Lit and DOMPurify are the app\'s', () => {
  it('dist/siar.js, dist/feed.js and everything they may load hold no copy of Lit or DOMPurify, and import them bare', () => {
    const files = [...new Set([...graph('dist/siar.js'), ...graph('dist/feed.js')])];
    assert.ok(files.length > 3, `the entry graph was followed (${files.length} files)`);
    for (const file of files) {
      const code = read(file);
      assert.doesNotMatch(code, LIT_COPY, `${file} bundles Lit`);
      assert.doesNotMatch(code, DOMPURIFY_COPY, `${file} bundles DOMPurify`);
    }
    const bare = new Set(files.flatMap((f) => specifiers(read(f)).filter((s) => isBare(s.spec)).map((s) => s.spec)));
    for (const spec of ['lit', '@lit/task', 'dompurify']) assert.ok(bare.has(spec), `a bare import of "${spec}" (got: ${[...bare].join(', ')})`);
  });

  it('every bare import of dist/ is a dependency (or React, the optional peer of siar/react)', () => {
    const allowed = new Set([...Object.keys(pkg.dependencies), 'react']);
    for (const file of walk('dist').filter((f) => f.endsWith('.js') && !f.startsWith('dist/node/'))) {
      for (const { spec } of specifiers(read(file)).filter((s) => isBare(s.spec))) {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        assert.ok(allowed.has(name), `${file} imports "${spec}", which is not a dependency`);
      }
    }
  });

  it('installs no Node-only package for browser users: the publisher kit\'s are optional peers, brought by siar-publisher', () => {
    const nodeOnly = ['rss-parser', 'ajv', 'ajv-formats', 'sanitize-html'];
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@lit/react', '@lit/task', 'dompurify', 'lit']);
    const publisher = JSON.parse(read('packages/siar-publisher/package.json'));
    assert.equal(publisher.version, pkg.version, 'siar-publisher is released with siar');
    assert.equal(publisher.dependencies.siar, pkg.version);
    for (const name of nodeOnly) {
      assert.equal(pkg.dependencies[name], undefined, `${name} is not a dependency`);
      assert.equal(pkg.peerDependenciesMeta?.[name]?.optional, true, `${name} is an optional peer`);
      assert.equal(publisher.dependencies[name], pkg.peerDependencies[name], `siar-publisher brings ${name} in the range siar asks for`);
      assert.ok(pkg.devDependencies[name], `${name} is installed in this repository (npx siar build)`);
    }
    assert.match(read(publisher.bin['siar-publisher'].replace(/^\.\//, 'packages/siar-publisher/')), /import 'siar\/cli';/);
    assert.equal(pkg.exports['./cli'], pkg.bin.siar, 'siar/cli is the siar command');
  });

  it('the siar command names the missing Node package and the one-command way, instead of a stack trace', () => {
    // The bin beside a CLI that needs rss-parser, in a folder where it is not installed.
    const dir = mkdtempSync(join(tmpdir(), 'siar-bin-'));
    try {
      mkdirSync(join(dir, 'bin'));
      mkdirSync(join(dir, 'dist/node/cli'), { recursive: true });
      cpSync(join(ROOT, pkg.bin.siar), join(dir, 'bin/siar.js'));
      chmodSync(join(dir, 'bin/siar.js'), 0o755);
      writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
      writeFileSync(join(dir, 'dist/node/cli/siar.js'), "import Parser from 'rss-parser';\nexport const main = async () => 0;\n");
      const r = spawnSync(process.execPath, [join(dir, 'bin/siar.js'), 'build'], { encoding: 'utf8' });
      assert.equal(r.status, 1);
      assert.match(r.stderr, /"rss-parser"/);
      assert.match(r.stderr, /npx siar-publisher/);
      assert.doesNotMatch(r.stderr, /at .*\(.*:\d+:\d+\)/, 'no stack trace');
      // With the package there, the command runs.
      writeFileSync(join(dir, 'dist/node/cli/siar.js'), 'export const main = async (argv) => { console.log(argv.join(" ")); return 3; };\n');
      const ok = spawnSync(process.execPath, [join(dir, 'bin/siar.js'), 'build', '--quiet'], { encoding: 'utf8' });
      assert.equal(ok.stdout.trim(), 'build --quiet');
      assert.equal(ok.status, 3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CDN build (cdn/): self-contained, for pages without a bundler', () => {
  it('has the same file names as dist/ for every entry', () => {
    for (const file of ['siar.js', 'feed.js', 'react.js', ...readdirSync(join(ROOT, 'dist/elements')).filter((f) => f.endsWith('.js')).map((f) => `elements/${f}`)]) {
      assert.ok(existsSync(join(ROOT, 'cdn', file)), `cdn/${file}`);
    }
  });

  it('cdn/ has no bare import a browser could not resolve (siar/react\'s "react" aside) and carries its own Lit', () => {
    const files = walk('cdn').filter((f) => f.endsWith('.js'));
    assert.ok(files.includes('cdn/siar.js'));
    for (const file of files) {
      const bare = specifiers(read(file)).filter((s) => isBare(s.spec)).map((s) => s.spec);
      assert.deepEqual(bare, file === 'cdn/react.js' ? bare.filter((s) => s === 'react') : [], `${file} imports ${bare.join(', ')}`);
    }
    assert.ok([...graph('cdn/siar.js', { dynamic: false })].some((f) => LIT_COPY.test(read(f))), 'cdn/siar.js loads Lit from cdn/');
    assert.ok([...graph('cdn/feed.js')].some((f) => DOMPURIFY_COPY.test(read(f))), 'DOMPurify is in cdn/ (loaded on demand)');
  });

  it('the pages served without a bundler load cdn/, never dist/', () => {
    const pages = ['demo/index.html', 'demo/releases.html', 'demo/videos.html', 'demo/directory.html', 'demo/csp.html', 'demo/configurator.html', 'demo/configurator.js', ...walk('demo/host').filter((f) => f.endsWith('.html')), 'cdn/embed.html'];
    for (const page of pages) {
      assert.doesNotMatch(read(page), /(src=["']|import\s*["']|from\s*["'])[^"']*\bdist\//, `${page} loads dist/`);
    }
    assert.match(read('cdn/embed.html'), /embed\.js/);
    assert.equal(JSON.parse(read('cdn/sri.json')).url, `https://cdn.jsdelivr.net/npm/siar@${pkg.version}/cdn/siar.js`);
  });
});

describe('import in Node (SSR)', () => {
  it("`import('siar')`, its elements and siar/feed load in Node without throwing or touching globals", () => {
    const script = `
      const before = typeof globalThis.HTMLElement;
      const errors = [];
      process.on('unhandledRejection', (e) => errors.push(String(e)));
      const siar = await import('siar');
      const feed = await import('siar/feed');
      for (const tag of ['releases', 'videos', 'directory', 'social', 'province', 'alert']) await import('siar/elements/siar-' + tag + '.js');
      await new Promise((r) => setTimeout(r, 100)); // define() runs a task later
      console.log(JSON.stringify({ before, after: typeof globalThis.HTMLElement, errors,
        api: ['parseFeed', 'loadFeed', 'SiarReleases', 'SiarProvince', 'SiarAlert'].filter((k) => typeof siar[k] === 'function'),
        feed: typeof feed.parseFeed }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout.trim().split('\n').pop());
    assert.deepEqual(out.errors, []);
    assert.deepEqual(out.api, ['parseFeed', 'loadFeed', 'SiarReleases', 'SiarProvince', 'SiarAlert']);
    assert.equal(out.feed, 'function');
    assert.equal(out.after, out.before, 'no HTMLElement global is installed on the server');
  });

  it("`siar/feed` registers no element and pulls no widget code", () => {
    for (const file of graph('dist/feed.js')) assert.doesNotMatch(read(file), /["']siar-(releases|videos|directory|social|province|alert)["']/, `${file} names an element`);
  });
});

describe('package.json matches what ships', () => {
  it('files: the tarball has both builds, the types, the schemas and the command, and no sources', () => {
    for (const file of ['dist/siar.js', 'dist/siar.d.ts', 'dist/feed.js', 'dist/elements/siar-releases.js', 'cdn/siar.js', 'cdn/embed.html', 'cdn/embed-resize.js', 'cdn/sri.json', 'dist/node/cli/siar.js', 'bin/siar.js', 'custom-elements.json']) {
      assert.ok(packed.has(file), `${file} is packed`);
    }
    for (const file of packed) assert.doesNotMatch(file, /^(src|build|test|demo|packages)\//, `${file} is packed`);
  });

  it('exports: every target exists in the tarball', () => {
    const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
    for (const [key, value] of Object.entries(pkg.exports)) {
      for (const target of targets(value)) {
        const re = globRe(target);
        assert.ok([...packed].some((f) => re.test(f)), `exports["${key}"] → ${target} matches no packed file`);
      }
    }
  });

  it('sideEffects: every pattern matches a shipped file, and every shipped module that registers an element is listed', () => {
    const res = pkg.sideEffects.map(globRe);
    pkg.sideEffects.forEach((glob, i) => assert.ok([...packed].some((f) => res[i].test(f)), `sideEffects "${glob}" matches nothing that ships`));
    const registering = [...packed].filter((f) => f.endsWith('.js') && /[\w$]+\(["']siar-(releases|videos|directory|social|province|alert)["'],/.test(readFileSync(join(ROOT, f), 'utf8')));
    assert.ok(registering.some((f) => f.startsWith('dist/')) && registering.some((f) => f.startsWith('cdn/')), `found the registering modules (${registering.join(', ')})`);
    for (const file of registering) assert.ok(res.some((re) => re.test(file)), `${file} registers an element but is not in sideEffects`);
  });

  it('schema $ids: each names the URL where that very file is published, for this version line', () => {
    const [major, minor] = pkg.version.split('.');
    const schemas = walk('src/schemas').filter((f) => f.endsWith('.json'));
    assert.ok(schemas.length >= 3);
    for (const source of schemas) {
      const { $id } = JSON.parse(read(source));
      const m = /^https:\/\/cdn\.jsdelivr\.net\/npm\/siar@(\d+)\.(\d+)\/(.+)$/.exec($id ?? '');
      assert.ok(m, `${source}: $id ${$id} is not a jsDelivr URL of the siar package`);
      assert.deepEqual([m[1], m[2]], [major, minor], `${source}: $id is for siar@${m[1]}.${m[2]}, the package is ${pkg.version}`);
      assert.ok(packed.has(m[3]), `${source}: $id points at ${m[3]}, which is not in the package`);
      assert.equal(read(m[3]), read(source), `${m[3]} ships ${source} as it is`);
      assert.equal(relative('src/schemas', source), relative('dist/schemas', m[3]));
    }
  });
});
