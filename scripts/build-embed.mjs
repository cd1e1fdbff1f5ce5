// Part of `npm run build`, run after rollup has written dist/ and cdn/ (scripts/build.mjs calls it).
// Served to browsers as they are, so built into cdn/ (the self-contained build; dist/ keeps bare
// `lit`/`dompurify` imports that only a bundler resolves):
//   cdn/embed.html, embed.js, embed.css    the iframe embed page (src/embed/). It shows data only
//                                          from its own origin plus an allowlist fixed here:
//                                          SIAR_EMBED_ALLOW="https://a.example https://b.example"
//                                          (default: none). `siar build` writes its own copy with
//                                          the province's list (src/cli/embed-page.ts).
//   cdn/embed-params.js                    the embed's parameter whitelist, for the configurator
//   cdn/embed-resize.js                    the host-page resize snippet (must stay under 1 KB)
//   cdn/sri.json, dist/sri.json            Subresource Integrity (sha384) of siar.js and every
//                                          module it may load, per build; cdn/sri.json is the one
//                                          the pinned one-tag snippet uses
//   demo/react/build/app.js                the React example (demo/react/app.tsx), React bundled in,
//                                          `siar/react` from dist/react.js (or the source before
//                                          rollup has that entry)
// esbuild does the bundling; TypeScript settings come from tsconfig.json (Lit needs
// `useDefineForClassFields: false`).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const RESIZE_LIMIT = 1024;

const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Every file under `dir` (relative paths, `/`-separated), sorted. */
function walk(dir, base = dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path, base) : [relative(base, path).split('\\').join('/')];
    })
    .sort();
}

export async function buildEmbed({ quiet = false } = {}) {
  const dist = join(root, 'dist');
  const cdn = join(root, 'cdn');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const common = { bundle: true, minify: true, legalComments: 'none', tsconfig: join(root, 'tsconfig.json'), logLevel: 'warning', absWorkingDir: root };

  // The embed page: its script loads only the chosen widget's module from cdn/elements/.
  await build({ ...common, entryPoints: ['src/embed/boot.ts'], outfile: 'cdn/embed.js', format: 'esm', target: 'es2022' });
  await build({ ...common, entryPoints: ['src/embed/params.ts'], outfile: 'cdn/embed-params.js', format: 'esm', target: 'es2022' });
  // The allowlist goes into the page's meta element and its CSP (src/embed/allow.ts, bundled
  // here so this script needs no other build step).
  const allowModule = await build({ ...common, entryPoints: ['src/embed/allow.ts'], write: false, format: 'esm', target: 'es2022' });
  const { bakeEmbedPage } = await import(`data:text/javascript;base64,${Buffer.from(allowModule.outputFiles[0].text).toString('base64')}`);
  const allow = (process.env.SIAR_EMBED_ALLOW ?? '').split(/[\s,]+/).filter(Boolean);
  const page = readFileSync(join(root, 'src/embed/embed.html'), 'utf8').replaceAll('{{version}}', version);
  writeFileSync(join(cdn, 'embed.html'), bakeEmbedPage(page, allow));
  copyFileSync(join(root, 'src/embed/embed.css'), join(cdn, 'embed.css'));

  // The host-page snippet: a classic script (it reads document.currentScript), kept tiny.
  await build({
    ...common,
    entryPoints: ['src/embed/resize.ts'],
    outfile: 'cdn/embed-resize.js',
    format: 'iife',
    target: 'es2020',
    banner: { js: `/* Siar ${version} embed-resize: sizes Siar iframes. docs/embed.md */` },
  });
  const resizeSize = statSync(join(cdn, 'embed-resize.js')).size;
  if (resizeSize >= RESIZE_LIMIT) throw new Error(`cdn/embed-resize.js is ${resizeSize} bytes; it must stay under ${RESIZE_LIMIT}.`);

  // SRI: the entry a page pins, plus every module it may import (chunks are loaded by URL from
  // the same pinned folder; an import map can pin them too, see docs/embed.md). One file per
  // build; cdn/sri.json is the one for pages (dist/ needs a bundler).
  const sriOf = (dir, folder) => {
    const modules = walk(dir).filter((f) => f.endsWith('.js') && !f.startsWith('node/') && !f.startsWith('embed'));
    const files = Object.fromEntries(modules.map((f) => [f, sha384(readFileSync(join(dir, f)))]));
    const entry = { file: 'siar.js', integrity: files['siar.js'], version, url: `https://cdn.jsdelivr.net/npm/siar@${version}/${folder}/siar.js`, files };
    if (!entry.integrity) throw new Error(`${folder}/siar.js is missing: run the rollup build first.`);
    writeFileSync(join(dir, 'sri.json'), `${JSON.stringify(entry, null, 2)}\n`);
    return entry;
  };
  sriOf(dist, 'dist');
  const sri = sriOf(cdn, 'cdn');

  // The React example: what a React user's bundler does with `import … from 'siar/react'`. It
  // uses the shipped entry, dist/react.js, once rollup writes it (else the source), and checks
  // that React stayed outside that entry (a peer dependency, never bundled).
  const reactEntry = existsSync(join(dist, 'react.js')) ? './dist/react.js' : './src/react/index.ts';
  if (reactEntry === './dist/react.js') {
    const code = readFileSync(join(dist, 'react.js'), 'utf8');
    if (!/from\s*"react"/.test(code) || /react\.production|__SECRET_INTERNALS|ReactSharedInternals/.test(code)) {
      throw new Error('dist/react.js must import "react", not bundle it: mark react as external in rollup.config.mjs.');
    }
  }
  await build({
    ...common,
    entryPoints: ['demo/react/app.tsx'],
    outfile: 'demo/react/build/app.js',
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    alias: { 'siar/react': reactEntry },
    define: { 'process.env.NODE_ENV': '"production"' },
  });

  if (!quiet) {
    console.log(`embed: cdn/embed.html (allowlist: ${allow.join(' ') || 'own origin only'}) + embed.js, cdn/embed-resize.js (${resizeSize} B), cdn/sri.json (${sri.integrity.slice(0, 22)}…) + dist/sri.json, demo/react/build/app.js (siar/react from ${reactEntry})`);
  }
  return sri;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildEmbed();
}
