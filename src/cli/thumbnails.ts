/**
 * Video thumbnails stored next to the feeds (`thumbnails: "local"`, the default): each video
 * item's image is downloaded once into `<out>/thumbs/<provider>-<id>.<ext>` and the item points at
 * that copy, so a widget reading the province's feeds asks no video provider (i.ytimg.com,
 * TikTok's or Instagram's CDNs) for anything until a reader presses play. A copy whose source
 * address has not changed is reused without a request. Only JPEG, PNG, WebP and GIF are kept
 * (recognised by their bytes, never by what the server claims), at most {@link THUMB_MAX_BYTES}:
 * the folder is served from the province's own domain. A download that fails never fails the
 * build: the item keeps its remote image (or an older local copy, or none), with a warning.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fetchUrl } from './fetch.js';
import type { OutItem } from './model.js';
import { CliError, type Problem } from './problems.js';

export const THUMB_DIR = 'thumbs';
export const THUMB_MAX_BYTES = 1024 * 1024;
const ACCEPT = 'image/webp, image/jpeg, image/png, image/gif;q=0.9, */*;q=0.1';
/** A file this module writes: `<provider>-<id>.<ext>`. */
const FILE = /^(youtube|tiktok|instagram|facebook|file)-[A-Za-z0-9_-]{1,64}\.(jpg|png|webp|gif)$/;
const EXTS = ['jpg', 'png', 'webp', 'gif'] as const;

/** What `.siar-state.json` remembers of a stored thumbnail: the address it was downloaded from. */
export interface ThumbState {
  url: string;
}

export interface ThumbOptions {
  /** The output folder. */
  out: string;
  /** The config's `public_url` (ends with `/`): local copies are addressed under it when set. */
  publicUrl?: string;
  /** Applies `rewrite_urls` (to the YouTube thumbnail address made up for a video without image). */
  rewrite: (url: string) => string;
  fetch: { timeoutMs: number; retries: number; backoffMs: number; userAgent: string; concurrency: number };
  /** Thumbnails of the previous run (from the state file), or undefined without a state file. */
  previous: Record<string, ThumbState> | undefined;
}

export interface ThumbResult {
  /** Files to write into `<out>/thumbs/` (new or changed). */
  files: Array<{ file: string; bytes: Uint8Array }>;
  /** The state entries of every thumbnail the items now point at. */
  state: Record<string, ThumbState>;
  problems: Problem[];
  stats: { thumbnails_downloaded: number; thumbnails_reused: number; thumbnails_failed: number };
}

/** The image type from its first bytes; SVG, HTML and everything else are refused. */
export function imageType(bytes: Uint8Array): (typeof EXTS)[number] | undefined {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg';
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => b[i] === x)) return 'png';
  if (b.length >= 6 && String.fromCharCode(...b.subarray(0, 6)).match(/^GIF8[79]a$/)) return 'gif';
  if (b.length >= 12 && String.fromCharCode(...b.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...b.subarray(8, 12)) === 'WEBP') return 'webp';
  return undefined;
}

/** `<provider>-<id>`: the id when it is a plain token, else a hash of it (file URLs). */
function baseName(provider: string, id: string): string {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? `${provider}-${id}` : `${provider}-${createHash('sha256').update(id).digest('hex').slice(0, 16)}`;
}

function reason(err: unknown): string {
  if (!(err instanceof CliError)) return err instanceof Error ? err.message : String(err);
  const p = err.params;
  switch (err.code) {
    case 'fetch.http':
      return `HTTP ${p.status}`;
    case 'fetch.timeout':
      return `timeout ${p.ms} ms`;
    case 'fetch.too-large':
      return `> ${p.limit} B`;
    case 'fetch.dns':
      return 'DNS';
    default:
      return String(p.code ?? err.code);
  }
}

class NotAnImage extends Error {
  override name = 'NotAnImage';
}

export async function localThumbnails(feeds: ReadonlyArray<readonly OutItem[]>, opts: ThumbOptions): Promise<ThumbResult> {
  const dir = join(opts.out, THUMB_DIR);
  const localPrefix = opts.publicUrl ? new URL(`${THUMB_DIR}/`, opts.publicUrl).href : `${THUMB_DIR}/`;
  const localUrl = (file: string): string => `${localPrefix}${file}`;
  const publicOrigin = opts.publicUrl ? new URL(opts.publicUrl).origin : undefined;
  /** The file an image address names when it is one of our local copies (relative, or under public_url). */
  const localFile = (image: string): string | undefined => {
    const rest = image.startsWith(localPrefix) ? image.slice(localPrefix.length) : image.startsWith(`${THUMB_DIR}/`) ? image.slice(THUMB_DIR.length + 1) : undefined;
    return rest && FILE.test(rest) ? rest : undefined;
  };
  const onDisk = (base: string): string | undefined => EXTS.map((e) => `${base}.${e}`).find((f) => existsSync(join(dir, f)));

  const result: ThumbResult = { files: [], state: {}, problems: [], stats: { thumbnails_downloaded: 0, thumbnails_reused: 0, thumbnails_failed: 0 } };
  /** One job per thumbnail file (several items, or both feeds, may show the same video). */
  interface Job {
    base: string;
    source: string;
    items: Array<{ item: OutItem; remote: string | undefined }>;
  }
  const jobs = new Map<string, Job>();
  const reuse = (item: OutItem, file: string, source: string): void => {
    item.image = localUrl(file);
    result.state[file] = { url: source };
  };

  for (const items of feeds) {
    for (const item of items) {
      const video = item._siar.video;
      if (!video?.id || !/^(youtube|tiktok|instagram|facebook|file)$/.test(video.provider)) continue;
      const base = baseName(video.provider, video.id);
      const youtubeDefault = video.provider === 'youtube' ? opts.rewrite(`https://i.ytimg.com/vi/${video.id}/hqdefault.jpg`) : undefined;
      let source: string | undefined;
      let remote: string | undefined;
      const image = item.image;
      const local = image ? localFile(image) : undefined;
      if (local) {
        // an item carried over from the last output already points at a local copy
        if (existsSync(join(dir, local))) {
          item.image = localUrl(local);
          const known = opts.previous?.[local]?.url ?? youtubeDefault;
          if (known) result.state[local] = { url: known };
          result.stats.thumbnails_reused++;
          continue;
        }
        source = opts.previous?.[local]?.url || youtubeDefault;
        if (!source) {
          delete item.image;
          continue;
        }
      } else if (image && /^https?:\/\//i.test(image)) {
        if (publicOrigin && new URL(image).origin === publicOrigin) continue; // already on the province's host
        source = image;
        remote = image;
      } else if (image) {
        continue; // a relative address: already next to the feeds
      } else if (youtubeDefault) {
        source = youtubeDefault;
      } else continue;

      // reuse the copy of an unchanged source without asking anyone
      const known = opts.previous
        ? Object.entries(opts.previous).find(([file, s]) => file.startsWith(`${base}.`) && s.url === source && existsSync(join(dir, file)))?.[0]
        : onDisk(base);
      if (known) {
        reuse(item, known, source);
        result.stats.thumbnails_reused++;
        continue;
      }
      // the same video in both feeds (or twice with two images): one download, the first image wins
      const job = jobs.get(base);
      if (job) job.items.push({ item, remote });
      else jobs.set(base, { base, source, items: [{ item, remote }] });
    }
  }

  const queue = [...jobs.values()];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      const job = queue[next++]!;
      try {
        const fetched = await fetchUrl(job.source, {
          timeoutMs: opts.fetch.timeoutMs,
          retries: opts.fetch.retries,
          backoffMs: opts.fetch.backoffMs,
          maxBytes: THUMB_MAX_BYTES,
          userAgent: opts.fetch.userAgent,
          accept: ACCEPT,
          binary: true,
        });
        const bytes = fetched.body ?? new Uint8Array();
        const ext = imageType(bytes);
        if (!ext) throw new NotAnImage('not JPEG/PNG/WebP/GIF');
        const file = `${job.base}.${ext}`;
        result.files.push({ file, bytes });
        for (const { item } of job.items) reuse(item, file, job.source);
        result.stats.thumbnails_downloaded++;
      } catch (err) {
        if (!(err instanceof CliError) && !(err instanceof NotAnImage)) throw err;
        result.stats.thumbnails_failed++;
        const stale = onDisk(job.base);
        const code = stale ? 'thumbnail.stale' : job.items.some((x) => x.remote) ? 'thumbnail.remote' : 'thumbnail.none';
        result.problems.push({ level: 'warning', code, params: { url: job.source, reason: reason(err) }, where: 'thumbnails' });
        for (const { item, remote } of job.items) {
          if (stale) reuse(item, stale, opts.previous?.[stale]?.url ?? job.source);
          else if (remote) item.image = remote;
          else delete item.image;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.fetch.concurrency, queue.length) }, worker));
  result.files.sort((a, b) => (a.file < b.file ? -1 : 1));
  return result;
}

/** The thumbnail files the feeds in `out` point at. */
export function referencedThumbnails(feeds: readonly unknown[], publicUrl: string | undefined): Set<string> {
  const prefix = publicUrl ? new URL(`${THUMB_DIR}/`, publicUrl).href : undefined;
  const out = new Set<string>();
  for (const feed of feeds) {
    const items = (feed as { items?: unknown })?.items;
    if (!Array.isArray(items)) continue;
    for (const item of items as Array<{ image?: unknown }>) {
      if (typeof item?.image !== 'string') continue;
      const rest = prefix && item.image.startsWith(prefix) ? item.image.slice(prefix.length) : item.image.startsWith(`${THUMB_DIR}/`) ? item.image.slice(THUMB_DIR.length + 1) : undefined;
      if (rest && FILE.test(rest)) out.add(rest);
    }
  }
  return out;
}

/** Removes stored thumbnails no feed points at any more (only files this module names). */
export function pruneThumbnails(out: string, keep: ReadonlySet<string>): number {
  const dir = join(out, THUMB_DIR);
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const f of files) {
    if (FILE.test(f) && !keep.has(f)) {
      rmSync(join(dir, f), { force: true });
      removed++;
    }
  }
  return removed;
}
