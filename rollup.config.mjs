// Bundles the JavaScript that `tsc -p tsconfig.build.json` wrote to build/, twice, with the same
// file names (as Shoelace and Web Awesome do):
//   dist/   the npm build. `lit`, `lit/…`, `@lit/*` and `dompurify` stay bare imports, real
//           dependencies in package.json, so an app's bundler loads one copy of each (and a
//           DOMPurify fix reaches it without a Siar release). What `import … from 'siar'` reads.
//   cdn/    the self-contained build for pages without a bundler (the one-script-tag snippet, the
//           iframe embed page, the size budget): everything bundled, no bare import left.
// Each holds:
//   siar.js                    every element + the programmatic API
//   feed.js                    the feed engine alone (parseFeed, loadFeed, …); registers nothing
//   elements/<tag>.js          one widget each
//   chunks/*.js                shared code (Lit in cdn/, the engine) and lazy parts (DOMPurify)
//   react.js                   siar/react (React is the app's in both builds)
// Lit's production build is used (no "development" export condition); the CSS in our css`…`
// templates is minified and the indentation of our html`…` templates collapsed (scripts/minify-css.mjs).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { collapseHtmlLiterals, minifyCssLiterals } from './scripts/minify-css.mjs';

export const entries = {
  siar: 'build/siar.js',
  feed: 'build/feed/index.js',
  'elements/siar-releases': 'build/components/releases/releases.js',
  'elements/siar-videos': 'build/components/videos/videos.js',
  'elements/siar-directory': 'build/components/directory/directory.js',
  'elements/siar-social': 'build/components/social/social.js',
  'elements/siar-province': 'build/components/province/province.js',
  'elements/siar-alert': 'build/components/alert/alert.js',
  react: 'build/react/index.js',
};

/**
 * The compiled modules whose evaluation does something (they register an element). Every other
 * module of ours is side-effect free: a bundle keeps it only for what it uses. (Node-resolve
 * would otherwise apply package.json's `sideEffects`, which names the shipped files, to build/.)
 */
export const sideEffectModules = [
  'build/siar.js',
  'build/components/releases/releases.js',
  'build/components/videos/videos.js',
  'build/components/directory/directory.js',
  'build/components/social/social.js',
  'build/components/province/province.js',
  'build/components/alert/alert.js',
];

const root = new URL('.', import.meta.url).pathname;
function ownSideEffects() {
  const flagged = new Set(sideEffectModules.map((f) => root + f));
  return {
    name: 'siar-side-effects',
    transform(code, id) {
      if (!id.startsWith(`${root}build/`)) return null;
      return { code, map: null, moduleSideEffects: flagged.has(id) };
    },
  };
}

/** What the npm build leaves to the app: Lit and DOMPurify (and React, for siar/react). */
export const npmExternal = (id) =>
  /^(lit|lit-html|lit-element|dompurify|react)(\/|$)/.test(id) || /^@lit\/[^/]+(\/|$)/.test(id) || /^@lit-labs\//.test(id);
const reactOnly = (id) => id === 'react' || id.startsWith('react/');

/**
 * The self-contained build's shared start-up code in two files instead of a dozen small chunks:
 * each file costs a request, a compression header and a dictionary of its own (measured as bytes
 * on the wire: dist/siar.js's start-up was 16 files). `core` is Lit and the widgets' shared
 * internals; `loader` is the fetch/cache layer and what `siar/feed` shares with it (no Lit, so
 * `siar/feed` and `<siar-province>` never load Lit). Everything lazy keeps its own chunks.
 */
// `core` holds only what every widget's first frame needs: Lit (without the directives only the
// directory's list uses: repeat, live, guard), @lit/task, and the internals listed here. Date
// formatting, the empty and saved-copy states (format, results) and each widget's item templates
// (view.ts) load with the first request. `collapse`/`c1` stay in `loader`: the feed engine, the
// profile and alert readers and the views all import them, and a chunk of their own would be
// fetched only after the one importing it (a round trip more before the data shows).
const CORE =
  /\/node_modules\/(lit-element|@lit\/reactive-element|@lit\/task)\/|\/node_modules\/(lit|lit-html)\/(?!directives\/(repeat|live|guard)\.js|directive(-helpers)?\.js)|\/build\/internal\/(base-element|i18n|styles|states|feed-controller|heading|time-zone|events)\.js$/;
const LOADER = /\/build\/(feed\/(load|load-feed|lazy|url|zone|errors|collapse|c1|slices)|internal\/define)\.js$/;
const manualChunks = (id) => (CORE.test(id) ? 'core' : LOADER.test(id) ? 'loader' : undefined);

const build = (dir, external, chunks) => ({
  input: entries,
  output: {
    dir,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    ...(chunks ? { manualChunks } : {}),
  },
  preserveEntrySignatures: 'strict',
  external,
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
    ownSideEffects(),
    minifyCssLiterals(),
    collapseHtmlLiterals(),
    terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 2 } }),
  ],
});

/** dist/ (npm) and cdn/ (self-contained); siar/react never bundles React. */
export const npmConfig = build('dist', npmExternal);
export const cdnConfig = build('cdn', reactOnly, true);
export default [npmConfig, cdnConfig];
