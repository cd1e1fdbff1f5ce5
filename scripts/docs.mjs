// npm run docs: everything generated from the source, never written by hand.
//   docs/api/               typedoc API reference of `siar` (src/siar.ts) and `siar/feed`
//                           (src/feed/index.ts); any typedoc warning fails the run
//   custom-elements.json    the custom-elements manifest, from the components' JSDoc
//                           (custom-elements-manifest.config.mjs); checked for completeness
//   docs/theming.md         every CSS custom property and part of every element, from the manifest;
//                           the slot widths: breakpoints read from the styles, screenshots from
//                           scripts/screenshots.mjs (docs/img/widths/)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Application, OptionDefaults, ReflectionKind } from 'typedoc';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

const WIDGETS = ['siar-releases', 'siar-videos', 'siar-directory', 'siar-social', 'siar-alert'];

/**
 * Types that public members mention but that are deliberately not exported from the entry
 * points. typedoc would warn that they are "referenced but not included"; a name that *is*
 * exported is dropped from this list automatically (typedoc would warn about that too).
 */
const NOT_EXPORTED = ['CommonKey', 'DIRECTORY_STRINGS', 'VIDEOS_STRINGS', 'SOCIAL_STRINGS', 'RELEASES_VIEW_STRINGS', 'RESULT_STRINGS', 'SEVERITIES', 'ReleasesLayout', 'VideosLayout', 'DirectoryLayout', 'DirectoryGrouping', 'Directory', 'Account'];

/** Lit's own plumbing, inherited or overridden on every widget: documented by Lit, not by Siar. */
const LIT_STATICS = new Set(['styles', 'properties', 'shadowRootOptions', 'elementStyles', 'elementProperties', 'observedAttributes', 'finalized']);

// ---------------------------------------------------------------------------------------------
// 1. API reference (typedoc).

async function apiReference() {
  rmSync('docs/api', { recursive: true, force: true });
  const app = await Application.bootstrapWithPlugins({
    entryPoints: ['src/siar.ts', 'src/feed/index.ts'],
    tsconfig: 'tsconfig.build.json',
    out: 'docs/api',
    name: 'Siar',
    readme: 'none',
    excludePrivate: true,
    excludeProtected: true,
    excludeExternals: true,
    excludeInternal: true,
    // The repository has no public remote yet: no "Defined in" links to a guessed host.
    disableSources: true,
    githubPages: false,
    hideGenerator: true,
    // The components' class comments carry the custom-elements tags (for the manifest).
    blockTags: [...OptionDefaults.blockTags, '@summary', '@slot', '@event', '@csspart', '@cssproperty'],
    externalSymbolLinkMappings: {
      lit: { LitElement: 'https://lit.dev/docs/api/LitElement/' },
      '@lit/reactive-element': { '*': 'https://lit.dev/docs/api/ReactiveElement/' },
    },
    validation: { notExported: true, invalidLink: true, rewrittenLink: true, notDocumented: false, unusedMergeModuleWith: true },
    treatWarningsAsErrors: false,
  });

  // Drop Lit's static plumbing (`styles`, `properties`, …) from the widget classes: their
  // comments are Lit's, with links into Lit's own docs.
  app.converter.on('resolveBegin', (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Property | ReflectionKind.Accessor | ReflectionKind.Method)) {
      if (reflection.flags.isStatic && LIT_STATICS.has(reflection.name)) context.project.removeReflection(reflection);
    }
  });

  const project = await app.convert();
  if (!project) throw new Error('typedoc could not convert the project.');
  const exported = new Set(project.getReflectionsByKind(ReflectionKind.TypeAlias | ReflectionKind.Interface | ReflectionKind.Class | ReflectionKind.Variable).map((r) => r.name));
  app.options.setValue(
    'intentionallyNotExported',
    NOT_EXPORTED.filter((name) => !exported.has(name)),
  );
  app.validate(project);
  await app.generateOutputs(project);
  if (app.logger.hasErrors() || app.logger.hasWarnings()) {
    throw new Error(`typedoc reported ${app.logger.errorCount} error(s) and ${app.logger.warningCount} warning(s); docs/api must build cleanly.`);
  }
  console.log('docs: docs/api/ written (typedoc, no warnings)');
}

// ---------------------------------------------------------------------------------------------
// 2. Custom-elements manifest, checked.

/** The elements and the base class of the committed custom-elements.json. */
function readManifest() {
  const cem = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const elements = new Map();
  let base;
  for (const module of cem.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) elements.set(declaration.tagName, declaration);
      if (declaration.name === 'SiarElement') base = declaration;
    }
  }
  return { elements, base };
}

function manifest() {
  execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], {
    stdio: 'inherit',
  });
  const { elements, base } = readManifest();
  const problems = [];
  for (const tag of [...WIDGETS, 'siar-province']) if (!elements.has(tag)) problems.push(`<${tag}> is missing`);
  for (const tag of WIDGETS) {
    const el = elements.get(tag);
    if (!el) continue;
    const attributes = new Set((el.attributes ?? []).map((a) => a.name));
    // The alert banner has no heading and one layout (a banner): only the shared source attributes.
    for (const name of tag === 'siar-alert' ? ['src', 'lang', 'profile'] : ['src', 'lang', 'profile', 'heading', 'heading-level', 'layout']) {
      if (!attributes.has(name)) problems.push(`<${tag}> lists no attribute "${name}"`);
    }
    for (const kind of ['events', 'cssParts', 'cssProperties']) {
      if (!el[kind]?.length) problems.push(`<${tag}> lists no ${kind}`);
      for (const item of el[kind] ?? []) if (!item.description) problems.push(`<${tag}> ${kind} "${item.name}" has no description`);
    }
    for (const attribute of el.attributes ?? []) if (!attribute.description) problems.push(`<${tag}> attribute "${attribute.name}" has no description`);
  }
  // Every public custom property the styles read must be documented (with @cssproperty) on the
  // element whose styles read it; the shared tokens (src/internal/) on every widget.
  const used = (dir) =>
    new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith('.ts'))
        .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/var\((--siar-[a-z0-9-]+)/g)].map((m) => m[1])),
    );
  const shared = used('src/internal');
  for (const tag of WIDGETS) {
    const documented = new Set((elements.get(tag)?.cssProperties ?? []).map((p) => p.name));
    const own = used(`src/components/${tag.slice('siar-'.length)}`);
    const missing = [...new Set([...shared, ...own])].filter((name) => !documented.has(name));
    if (missing.length) problems.push(`<${tag}> does not document (@cssproperty) ${missing.join(', ')}`);
  }
  if (problems.length) throw new Error(`custom-elements.json is incomplete; fix the components' JSDoc:\n  - ${problems.join('\n  - ')}`);
  console.log(`docs: custom-elements.json written (${elements.size} elements)`);
  return { elements, base };
}

// ---------------------------------------------------------------------------------------------
// 3. docs/theming.md from the manifest.

const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim();

/**
 * The "slot widths" section (issue #17): the container breakpoints, read from the components'
 * styles (so the text cannot name another width than the code uses), what changes at each, and
 * the screenshots scripts/screenshots.mjs makes at each width in both schemes.
 */
const SHOT_WIDTHS = [280, 320, 360, 480, 768];
function slotWidths() {
  const queries = {};
  for (const name of ['releases', 'videos', 'alert', 'directory']) {
    // A widget's start-up styles and those that come with its item templates (view.styles.ts).
    const css = [`${name}.styles.ts`, 'view.styles.ts']
      .map((f) => `src/components/${name}/${f}`)
      .filter((f) => existsSync(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    queries[name] = [...css.matchAll(/@container \(([^)]*)\)/g)].map((m) => m[1]);
  }
  const narrow = (name) => {
    const q = queries[name].find((c) => /^width < [\d.]+rem$/.test(c));
    if (!q) throw new Error(`docs: no "@container (width < …rem)" in src/components/${name}/ (${name}.styles.ts, view.styles.ts)`);
    return q.replace('width < ', '');
  };
  const bp = narrow('releases');
  for (const other of ['videos', 'alert']) {
    if (narrow(other) !== bp) throw new Error(`docs: releases and ${other} break at different widths (${bp}, ${narrow(other)})`);
  }
  const px = parseFloat(bp) * 16;
  const wide = queries.directory.find((c) => /^min-width: [\d.]+rem$/.test(c))?.replace('min-width: ', '');
  const shots = (widget) => {
    const out = ['| slot | terang / light | gelap / dark |', '|---|---|---|'];
    for (const w of SHOT_WIDTHS) {
      const img = (scheme) => `img/widths/${widget}-${w}-${scheme}.png`;
      for (const scheme of ['light', 'dark']) {
        if (!existsSync(`docs/${img(scheme)}`)) throw new Error(`docs: docs/${img(scheme)} is missing; run node scripts/screenshots.mjs`);
      }
      out.push(`| ${w}px${w < px ? ` (< ${bp})` : ''} | ![${widget}, ${w}px, light](${img('light')}) | ![${widget}, ${w}px, dark](${img('dark')}) |`);
    }
    return out;
  };
  return [
    '## Lebar slot dan titik henti',
    '',
    `Slot widths and breakpoints. Setiap widget menata dirinya menurut **lebar yang diberikan kepadanya**`,
    '(*container query* pada widget, bukan lebar layar), jadi widget yang sama pas di kolom samping',
    `250–320px, di kolom ponsel 320–360px dan di kolom lebar. Titik hentinya **${bp}** (${px}px) lebar widget:`,
    '',
    `| widget | di bawah ${bp} (${px}px) | ${bp} ke atas |`,
    '|---|---|---|',
    '| `<siar-releases>` `list` | Judul selebar baris; gambar kecil 5rem (atau `--siar-releases-image-width` bila lebih kecil) di samping ringkasan dan tanggal. Tanpa ringkasan dan tanggal, gambar di samping judul. | Gambar `--siar-releases-image-width` (8rem) di samping judul, ringkasan dan tanggal. |',
    '| `<siar-releases>` `cards` | Satu kolom. | Kolom sebanyak yang muat, masing-masing minimal `--siar-releases-columns-min` (16rem). |',
    '| `<siar-releases>` `compact`, `ticker` | Sama di semua lebar: `compact` tanpa gambar, judul selebar baris; `ticker` satu strip 3.5rem yang bergulir, tombol jeda 44px. | |',
    `| \`<siar-videos>\` | Video vertikal (Shorts, Reels, TikTok) tetap 9:16 di tengah, setinggi maksimal 24rem. | Maksimal 36rem. |`,
    `| \`<siar-directory>\` | Pencarian, pilihan jenis dan tombol kontak membungkus ke baris berikutnya; tidak ada yang keluar dari slot. | Dari ${wide ?? '40rem'}, data kontak tata letak \`compact\` tampil dalam beberapa kolom. |`,
    '| `<siar-alert>` | Teks selebar spanduk; hanya baris pertama (tingkat bahaya dan jenis) memberi ruang tombol tutup. | Seluruh teks memberi ruang tombol tutup di kanan. |',
    '| `<siar-social>` | Tombol membungkus ke baris berikutnya (setiap tombol minimal 24 × 24px, WCAG 2.2). | |',
    '',
    '**Tinggi tidak berubah.** Baris `<siar-releases>` tetap setinggi yang dipesan di semua lebar (judul tiga',
    'baris + ringkasan dua baris + tanggal dan sumber dua baris), jadi angka di',
    '[Ruang widget](embed.md#ruang-widget-tanpa-pergeseran-tata-letak) dan baris `<style>` dari konfigurator berlaku juga di',
    'kolom samping. A release row is as tall below the breakpoint as above it: the reserved height in the',
    'embed guide holds at every width.',
    '',
    'Diuji di Chromium pada 280, 320, 360, 480 dan 768px (`test/components/widths.test.ts`): tidak ada yang keluar',
    'dari slot, judul siaran pers minimal 60 % lebar slot pada 280–360px, target sentuh WCAG 2.2 (2.5.8), tidak ada',
    'kotak yang bertumpuk; pemeriksaan axe juga berjalan pada 320px. Contoh: [demo/sidebar.html](../demo/sidebar.html)',
    '(semua widget di kolom 300px).',
    '',
    '<!-- Screenshots: node scripts/screenshots.mjs (demo/sidebar.html, Chromium, column at each width). -->',
    '',
    '### `<siar-releases>` `list`',
    '',
    ...shots('releases'),
    '',
    '### `<siar-videos>`: video vertikal',
    '',
    ...shots('videos'),
    '',
  ];
}

function theming({ elements, base }) {
  const widgets = WIDGETS.map((tag) => elements.get(tag));
  const everywhere = (name) => widgets.every((el) => (el.cssProperties ?? []).some((p) => p.name === name));
  // The shared tokens, described where they are defined (the base class) when they are.
  const baseProps = new Map((base?.cssProperties ?? []).map((p) => [p.name, p]));
  const sharedProps = (widgets[0].cssProperties ?? []).filter((p) => everywhere(p.name)).map((p) => baseProps.get(p.name) ?? p);
  const sharedNames = new Set(sharedProps.map((p) => p.name));

  const lines = [
    '# Tema — theming',
    '',
    '<!-- Generated by `npm run docs` (scripts/docs.mjs) from custom-elements.json. Do not edit by hand:',
    "     change the components' @cssproperty / @csspart JSDoc instead. -->",
    '',
    'Ubah tampilan widget dari CSS halaman Anda, tanpa menyentuh kodenya:',
    '',
    '- **Properti CSS kustom** (`--siar-…`) untuk warna, huruf, jarak dan ukuran. Pasang pada widget atau',
    '  pada induknya; nilai diwarisi ke dalam widget.',
    '- **Bagian** (`::part(…)`) untuk menata elemen tertentu di dalam widget, mis. judul berita.',
    '',
    'Only the names below are public and stable. Inside, each public property is mapped once to a private',
    '`--_x` name, so a future release can restyle internals without breaking your theme.',
    '',
    '```css',
    '/* Warna aksen dan huruf situs kabupaten untuk semua widget Siar */',
    'siar-releases, siar-videos, siar-directory, siar-social {',
    '  --siar-color-accent: #8a1538;',
    '  --siar-font-family: "Source Sans 3", system-ui, sans-serif;',
    '}',
    '/* Judul berita lebih besar, tanpa garis bawah */',
    'siar-releases { --siar-releases-title-size: 1.125rem; }  /* rows keep their reserved height */',
    'siar-releases::part(link) { text-decoration: none; }',
    '```',
    '',
    'Every widget paints its own surface (`--siar-color-surface`) so its text keeps WCAG AA contrast in',
    'light and dark schemes; set `--siar-color-surface: transparent` to let your page show through, and',
    'then make sure your colours still contrast.',
    '',
  ];
  lines.push(...slotWidths());
  if (sharedProps.length) {
    lines.push('## Shared tokens (every widget)', '', '| property | meaning |', '|---|---|');
    for (const p of sharedProps) lines.push(`| \`${p.name}\` | ${cell(p.description)} |`);
    lines.push('');
  }
  for (const el of widgets) {
    const props = (el.cssProperties ?? []).filter((p) => !sharedNames.has(p.name));
    lines.push(`## \`<${el.tagName}>\``, '');
    if (el.summary) lines.push(cell(el.summary), '');
    lines.push('### CSS custom properties', '');
    if (props.length) {
      lines.push('| property | meaning |', '|---|---|');
      for (const p of props) lines.push(`| \`${p.name}\` | ${cell(p.description)} |`);
    } else {
      lines.push('Only the shared tokens above.');
    }
    lines.push('', '### Parts', '', '| part | what it is |', '|---|---|');
    for (const part of el.cssParts ?? []) lines.push(`| \`${part.name}\` | ${cell(part.description)} |`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

if (process.argv.includes('--check-theming')) {
  // `npm test` (test/docs): docs/theming.md must be what this script writes from the committed
  // custom-elements.json (whose own freshness the same test checks against the source).
  if (theming(readManifest()) !== readFileSync('docs/theming.md', 'utf8')) {
    console.error('docs/theming.md is stale: run `npm run docs` and commit it');
    process.exit(1);
  }
  console.log('docs: docs/theming.md is up to date');
} else {
  await apiReference();
  writeFileSync('docs/theming.md', theming(manifest()));
  console.log('docs: docs/theming.md written');
}
