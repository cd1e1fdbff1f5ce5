// The docs check (part of `npm test`, no build needed):
// - every relative link in the repository's Markdown resolves: to a file a clean checkout has,
//   and to a heading (or an element id) when it names an #anchor;
// - every attribute, part, CSS custom property and event that custom-elements.json lists for an
//   element is on that element's page (docs/components/<name>.md), in the right section;
// - custom-elements.json is what the analyzer writes from the source today.
// Fix a failure by fixing the docs (or running `npm run docs`), not by loosening this file.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

// ---- what a clean checkout has ---------------------------------------------------------------

/**
 * Files of a clean checkout: tracked plus new files not ignored (so a page added in the same
 * change counts, but generated output such as docs/api/ or dist/ does not).
 */
function checkoutFiles() {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return out.split('\0').filter((f) => f && existsSync(join(root, f)));
  } catch {
    // Not a git checkout (an unpacked tarball): everything but what .gitignore lists as built.
    const skip = new Set(['node_modules', 'dist', 'build', '.git', '.tmp']);
    const walk = (dir) =>
      readdirSync(join(root, dir)).flatMap((name) => {
        const path = dir ? `${dir}/${name}` : name;
        if (skip.has(name) || path === 'docs/api' || path === 'demo/react/build') return [];
        return statSync(join(root, path)).isDirectory() ? walk(path) : [path];
      });
    return walk('');
  }
}

const files = checkoutFiles();
const fileSet = new Set(files);
const dirSet = new Set(files.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
const markdown = files.filter((f) => f.endsWith('.md'));

// ---- Markdown reading --------------------------------------------------------------------------

/** The text without fenced code blocks (kept as empty lines, so line numbers stay right). */
function withoutFences(text) {
  const lines = text.split('\n');
  let fence;
  return lines
    .map((line) => {
      const m = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (fence) {
        if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = undefined;
        return '';
      }
      if (m) {
        fence = m[1];
        return '';
      }
      return line;
    })
    .join('\n');
}

/** Inline code spans replaced by spaces (links inside code are examples, not links). */
const withoutCode = (line) => line.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)|(`+)[^`]\2/g, (m) => ' '.repeat(m.length));

/** Every link target in a Markdown file: [text](target), ![alt](target), [id]: target, href/src="…". */
function linksOf(text) {
  const links = [];
  withoutFences(text)
    .split('\n')
    .forEach((raw, i) => {
      const line = withoutCode(raw);
      const add = (target) => links.push({ target, line: i + 1 });
      for (const m of line.matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g)) add(m[1].replace(/^<|>$/g, ''));
      const def = /^\s{0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/.exec(line);
      if (def) add(def[1].replace(/^<|>$/g, ''));
      for (const m of line.matchAll(/\s(?:href|src)="([^"]*)"/g)) add(m[1]);
    });
  return links;
}

/** Plain text of a heading as GitHub renders it (code, emphasis and links reduced to their text). */
const headingText = (heading) =>
  heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|_)(?=\S)([^*_]*?\S)\1/g, '$2')
    .trim();

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (text) => text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');

const anchorCache = new Map();
/** The anchors a Markdown file offers: its headings' slugs (deduplicated -1, -2, …) and explicit ids. */
function anchorsOf(file) {
  if (anchorCache.has(file)) return anchorCache.get(file);
  const text = readFileSync(join(root, file), 'utf8');
  const anchors = new Set();
  const counts = new Map();
  for (const line of withoutFences(text).split('\n')) {
    const m = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = slug(headingText(m[1]));
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    anchors.add(n ? `${base}-${n}` : base);
  }
  for (const m of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1]);
  anchorCache.set(file, anchors);
  return anchors;
}

/** What is wrong with one relative link from `file`, or undefined when it resolves. */
function problemWith(file, target) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return undefined; // absolute
  const [pathPart, anchor] = target.split('#', 2);
  let path;
  try {
    path = decodeURIComponent(pathPart.split('?')[0]);
  } catch {
    return 'is not a valid URL';
  }
  let resolved = file;
  if (path) {
    resolved = path.startsWith('/') ? path.slice(1) : posix.normalize(posix.join(posix.dirname(file), path));
    if (resolved.startsWith('../')) return 'points outside the repository';
    resolved = resolved.replace(/\/$/, '');
    if (!fileSet.has(resolved) && !dirSet.has(resolved) && resolved !== '.') return `points at ${resolved}, which a clean checkout does not have`;
  }
  if (anchor !== undefined && anchor !== '' && resolved.endsWith('.md')) {
    if (!anchorsOf(resolved).has(decodeURIComponent(anchor))) return `names #${anchor}, which is not a heading of ${resolved}`;
  }
  return undefined;
}

describe('docs: relative links in Markdown resolve', () => {
  it('finds the Markdown files and their links', () => {
    assert.ok(markdown.includes('README.md') && markdown.includes('docs/README.md'), 'README.md and docs/README.md are checked');
    assert.ok(markdown.flatMap((f) => linksOf(readFileSync(join(root, f), 'utf8'))).length > 50, 'links are found');
  });

  it('reads links the way Markdown does (self-check)', () => {
    const text = [
      'See [a](a.md), [b](<b c.md> "title"), ![img](i.png) and [r][x].',
      '`[not](code.md)` and ``[nor](this.md)``',
      '```',
      '[fenced](fenced.md)',
      '```',
      '[x]: ref.md#top',
      '<a href="raw.html">raw</a> [abs](https://example.org/) [same](#here)',
    ].join('\n');
    assert.deepEqual(
      linksOf(text).map((l) => l.target),
      ['a.md', 'b c.md', 'i.png', 'ref.md#top', 'https://example.org/', '#here', 'raw.html'],
    );
    assert.equal(slug(headingText('12. Kode keluar dan laporan `--json`')), '12-kode-keluar-dan-laporan---json');
    assert.equal(slug(headingText('Tinggi otomatis: `embed-resize.js`')), 'tinggi-otomatis-embed-resizejs');
    assert.equal(slug(headingText('Why does a date show "WITA"?')), 'why-does-a-date-show-wita');
    assert.equal(problemWith('docs/README.md', 'api/index.html'), 'points at docs/api/index.html, which a clean checkout does not have');
    assert.equal(problemWith('docs/README.md', 'faq.md#no-such-heading'), 'names #no-such-heading, which is not a heading of docs/faq.md');
    assert.equal(problemWith('docs/README.md', '../../outside.md'), 'points outside the repository');
    assert.equal(problemWith('docs/README.md', 'faq.md'), undefined);
  });

  it('every relative link points at a file of the checkout, and every #anchor at a heading', () => {
    const broken = [];
    for (const file of markdown) {
      for (const { target, line } of linksOf(readFileSync(join(root, file), 'utf8'))) {
        const problem = problemWith(file, target);
        if (problem) broken.push(`${file}:${line} (${target}) ${problem}`);
      }
    }
    assert.deepEqual(broken, [], `broken links:\n  ${broken.join('\n  ')}`);
  });
});

// ---- the manifest against the element pages ----------------------------------------------------

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));

/**
 * The sections of a page whose heading matches `title`, each up to the next heading of the same
 * or a higher level (so a `### Parts` section does not run into the next `###`).
 */
function sections(text, title) {
  const lines = withoutFences(text).split('\n');
  const out = [];
  lines.forEach((line, i) => {
    const m = /^(#{1,6})\s+(.*)$/.exec(line);
    if (!m || !title.test(headingText(m[2]))) return;
    const level = m[1].length;
    const end = lines.findIndex((l, j) => j > i && /^(#{1,6})\s/.test(l) && /^(#{1,6})/.exec(l)[1].length <= level);
    out.push(lines.slice(i + 1, end === -1 ? undefined : end).join('\n'));
  });
  return out.join('\n');
}

/** The names a section mentions as code: `name`, `name="…"`, `a`, `b` and `a` / `b` all count. */
const codeNames = (text) => new Set([...text.matchAll(/`([^`]+)`/g)].flatMap((m) => m[1].split(/[\s,=/()]+/).filter(Boolean)));

const KINDS = [
  { key: 'attributes', what: 'attribute', heading: 'Attributes', title: /^(attributes|atribut)\b/i },
  { key: 'cssParts', what: 'part', heading: 'Parts', title: /^(parts|bagian)\b/i },
  { key: 'cssProperties', what: 'CSS custom property', heading: 'CSS custom properties', title: /^(css custom properties|properti css)\b/i },
  { key: 'events', what: 'event', heading: 'Events', title: /\b(events|event|peristiwa)$/i },
];

describe('docs: each element’s page documents what custom-elements.json lists', () => {
  it('lists the elements the docs expect', () => {
    assert.deepEqual(elements.map((e) => e.tagName).sort(), ['siar-alert', 'siar-directory', 'siar-province', 'siar-releases', 'siar-social', 'siar-videos']);
  });

  it('reads sections and code names as intended (self-check)', () => {
    const page = '## Reference\n### Attributes\n| `src`, `lang` | x |\n`time-zone="Asia/Makassar"`\n### Parts\n`base` / `heading`\n## Other\n`stray`';
    assert.deepEqual([...codeNames(sections(page, KINDS[0].title))], ['src', 'lang', 'time-zone', '"Asia', 'Makassar"']);
    assert.deepEqual([...codeNames(sections(page, KINDS[1].title))], ['base', 'heading']);
  });

  for (const el of elements) {
    const name = el.tagName.replace(/^siar-/, '');
    const page = `docs/components/${name}.md`;
    it(`<${el.tagName}>: ${page}`, () => {
      assert.ok(fileSet.has(page), `${page} is missing: every element has a page`);
      const text = readFileSync(join(root, page), 'utf8');
      assert.match(text.split('\n')[0], new RegExp(`^# \`<${el.tagName}>\``), `${page} starts with the tag as its title`);
      const missing = [];
      for (const kind of KINDS) {
        const listed = (el[kind.key] ?? []).map((x) => x.name);
        if (!listed.length) continue;
        const section = sections(text, kind.title);
        if (!section.trim()) {
          missing.push(`no "### ${kind.heading}" section for its ${kind.what} names`);
          continue;
        }
        const names = codeNames(section);
        for (const item of listed) if (!names.has(item)) missing.push(`${kind.what} \`${item}\``);
      }
      assert.deepEqual(missing, [], `${page} does not document:\n  ${missing.join('\n  ')}`);
    });
  }
});

describe('docs: docs/theming.md is up to date', () => {
  it('equals what scripts/docs.mjs writes from custom-elements.json (run `npm run docs` when this fails)', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts/docs.mjs'), '--check-theming'], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr || result.stdout);
  });
});

describe('docs: custom-elements.json is up to date', () => {
  it('equals what the analyzer writes from the source (run `npm run docs` when this fails)', () => {
    const out = mkdtempSync(join(tmpdir(), 'siar-cem-'));
    try {
      // The repository's own analyzer config, writing elsewhere and leaving package.json alone.
      const config = join(out, 'cem.config.mjs');
      writeFileSync(config, `import config from ${JSON.stringify(join(root, 'custom-elements-manifest.config.mjs'))};\nexport default { ...config, outdir: ${JSON.stringify(relative(root, out) || '.')}, packagejson: false };\n`);
      execFileSync(process.execPath, [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', config, '--quiet'], { cwd: root, stdio: 'pipe' });
      const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
      assert.ok(fresh === readFileSync(join(root, 'custom-elements.json'), 'utf8'), 'custom-elements.json is stale: run `npm run docs` (or the analyzer alone: npx cem analyze --config custom-elements-manifest.config.mjs) and commit it');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
