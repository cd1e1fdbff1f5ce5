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
// templates is minified (scripts/minify-css.mjs).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyCssLiterals } from './scripts/minify-css.mjs';

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

const build = (dir, external) => ({
  input: entries,
  output: {
    dir,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  preserveEntrySignatures: 'strict',
  external,
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
    ownSideEffects(),
    minifyCssLiterals(),
    terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 2 } }),
  ],
});

/** dist/ (npm) and cdn/ (self-contained); siar/react never bundles React. */
export const npmConfig = build('dist', npmExternal);
export const cdnConfig = build('cdn', reactOnly);
export default [npmConfig, cdnConfig];
