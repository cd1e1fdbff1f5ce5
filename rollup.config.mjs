// Bundles the JavaScript that `tsc -p tsconfig.build.json` wrote to build/ into dist/:
//   dist/siar.js                    all four elements + the programmatic API
//   dist/feed.js                    the feed engine alone (parseFeed, loadFeed, …)
//   dist/elements/<tag>.js          one widget each
//   dist/chunks/*.js                shared code (Lit, the engine) and lazy parts (DOMPurify)
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
  react: 'build/react/index.js',
};

export default {
  input: entries,
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  preserveEntrySignatures: 'strict',
  // siar/react wraps the elements for React; React itself is the app's, never bundled.
  external: (id) => id === 'react' || id.startsWith('react/'),
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
    minifyCssLiterals(),
    terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 2 } }),
  ],
};
