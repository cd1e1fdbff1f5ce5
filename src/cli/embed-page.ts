/**
 * `siar build` with `"embed": { "allow": [...] }` in its config: writes the iframe embed page
 * (`embed.html`, docs/embed.md) into the output folder, next to the feeds, with the province's
 * allowlist baked in. The page shows data only from its own origin, the origin of `public_url`
 * and the origins in `embed.allow`; a link naming any other source gets a refusal. The list goes
 * into the page's `siar-embed-allow` meta element and into its Content-Security-Policy
 * (`connect-src`), so the browser enforces it too (src/embed/allow.ts).
 *
 * The page needs its script, its style sheet and the widget modules beside it: those are copied
 * from the package's self-contained build, `cdn/` (`embed.js`, `embed.css`, `embed-resize.js`,
 * `elements/`, `chunks/`; `dist/` keeps bare `lit` imports for bundlers), so the output folder can
 * be served as it is.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowOrigin, bakeEmbedPage } from '../embed/allow.js';
import { writeAtomic } from './write.js';

/** The config keys this module reads (a subset of `Config`). */
export interface EmbedPageConfig {
  public_url?: string;
  embed?: { allow?: string[] };
}

/** The package's `cdn/` folder: this file is `dist/node/cli/embed-page.js` (or `build/node/cli/`). */
const CDN = fileURLToPath(new URL('../../../cdn/', import.meta.url));

/** True when the config asks for the embed page (`"embed": {}` or `"embed": { "allow": [...] }`). */
export function wantsEmbedPage(config: EmbedPageConfig): boolean {
  return typeof config.embed === 'object' && config.embed !== null;
}

/** The origins the written page may read from besides its own: `public_url`'s, then `embed.allow`. */
export function embedAllowlist(config: EmbedPageConfig): string[] {
  const list: string[] = [];
  const add = (value: string): void => {
    const origin = allowOrigin(value);
    if (!origin) throw new Error(`Not an origin for the embed allowlist: "${value}"`);
    if (!list.includes(origin)) list.push(origin);
  };
  if (config.public_url) add(new URL(config.public_url).origin);
  for (const entry of config.embed?.allow ?? []) add(entry);
  return list;
}

/** The files of the embed page, relative to the output folder → their content. */
export function embedPageFiles(config: EmbedPageConfig, dist = CDN): Map<string, string> {
  const files = new Map<string, string>();
  const read = (file: string): string => readFileSync(join(dist, file), 'utf8');
  files.set('embed.html', bakeEmbedPage(read('embed.html'), embedAllowlist(config)));
  for (const file of ['embed.js', 'embed.css', 'embed-resize.js']) files.set(file, read(file));
  for (const dir of ['elements', 'chunks']) {
    for (const name of readdirSync(join(dist, dir)).filter((f) => f.endsWith('.js')).sort()) {
      // Without their source maps: the `//# sourceMappingURL` line would point at a missing file.
      files.set(`${dir}/${name}`, read(`${dir}/${name}`).replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n'));
    }
  }
  return files;
}

/**
 * Writes the embed page into `out` (atomically, only what changed). Returns `'written'` when any
 * of its files changed, else `'unchanged'`.
 */
export function writeEmbedPage(out: string, config: EmbedPageConfig, dist = CDN): 'written' | 'unchanged' {
  let changed = false;
  for (const [file, content] of embedPageFiles(config, dist)) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    if (writeAtomic(join(out, file), content)) changed = true;
  }
  return changed ? 'written' : 'unchanged';
}
