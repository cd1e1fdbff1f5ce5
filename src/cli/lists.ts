/**
 * Video URL lists for platforms without a usable feed (TikTok, Instagram, Facebook), or any
 * hand-picked videos: a `.txt` file (one URL per line, `#` comments), a `.csv` file (columns
 * `url,title,date,summary,image,agency,kind,tags,duration,views,id`), a `.json` array of URLs or
 * objects with the same keys, or the same array inline in the config (`urls`).
 */
import type { ListEntry } from './config.js';
import { parseCsv } from './csv.js';
import { parseDuration } from './parse-source.js';
import { CliError } from './problems.js';
import type { Kind, RawEntry, RawFeed } from './model.js';

const KINDS = new Set(['release', 'hoax-clarification', 'announcement']);

function toRaw(e: ListEntry): RawEntry {
  const entry: RawEntry = {
    link: e.url.trim(),
    categories: e.tags ?? [],
    authors: [],
    images: e.image ? [e.image] : [],
    enclosures: /\.(mp4|webm|m4v)(\?|#|$)/i.test(e.url) ? [{ url: e.url.trim(), type: /\.webm/i.test(e.url) ? 'video/webm' : 'video/mp4' }] : [],
  };
  if (e.id) entry.id = e.id;
  if (e.title) entry.title = e.title;
  if (e.summary) entry.summaryText = e.summary;
  if (e.date) entry.published = e.date;
  if (e.agency) entry.agency = e.agency;
  if (e.kind && KINDS.has(e.kind)) entry.kind = e.kind;
  if (e.duration !== undefined) entry.duration = e.duration;
  if (e.views !== undefined) entry.views = e.views;
  return entry;
}

function fromObject(v: unknown): ListEntry | undefined {
  if (typeof v === 'string') return v.trim() ? { url: v.trim() } : undefined;
  if (!v || typeof v !== 'object' || typeof (v as ListEntry).url !== 'string') return undefined;
  return v as ListEntry;
}

/** Entries from an inline `urls` array. */
export function listFromArray(items: ReadonlyArray<string | ListEntry>): RawFeed {
  return { format: 'list', entries: items.flatMap((v) => (fromObject(v) ? [toRaw(fromObject(v)!)] : [])) };
}

const num = (s: string | undefined): number | undefined => {
  if (!s || !s.trim()) return undefined;
  const n = Number(s.replace(/[.\s](?=\d{3}\b)/g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
};

/** Entries from a list file's text; `name` (file name or URL) picks the format, else the content does. */
export function parseList(text: string, name: string): RawFeed {
  const body = text.replace(/^\uFEFF/, '');
  const ext = /\.(txt|csv|json)(?:[?#]|$)/i.exec(name)?.[1]?.toLowerCase();
  const trimmed = body.trimStart();
  if (ext === 'json' || (!ext && (trimmed.startsWith('[') || trimmed.startsWith('{')))) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (err) {
      throw new CliError('parse.json', { detail: err instanceof Error ? err.message : String(err) });
    }
    const arr = Array.isArray(data) ? data : Array.isArray((data as { items?: unknown })?.items) ? (data as { items: unknown[] }).items : undefined;
    if (!arr) throw new CliError('parse.list', {});
    return listFromArray(arr.flatMap((v) => (fromObject(v) ? [fromObject(v)!] : [])));
  }
  const firstLine = trimmed.split(/\r?\n/, 1)[0] ?? '';
  if (ext === 'csv' || (!ext && /(^|[,;\t])\s*"?url"?\s*([,;\t]|$)/i.test(firstLine))) {
    const table = parseCsv(body);
    const col = (name: string): number => table.header.findIndex((h) => h.trim().toLowerCase().replace(/^\uFEFF/, '') === name);
    const at = { url: col('url'), title: col('title'), date: col('date'), summary: col('summary'), image: col('image'), agency: col('agency'), kind: col('kind'), tags: col('tags'), duration: col('duration'), views: col('views'), id: col('id') };
    if (at.url < 0) throw new CliError('parse.list', {});
    const entries: ListEntry[] = [];
    for (const r of table.records) {
      const get = (i: number): string | undefined => (i >= 0 ? r.fields[i]?.trim() || undefined : undefined);
      const url = get(at.url);
      if (!url) continue;
      const e: ListEntry = { url };
      const set = <K extends keyof ListEntry>(k: K, v: ListEntry[K] | undefined): void => {
        if (v !== undefined) e[k] = v;
      };
      set('title', get(at.title));
      set('date', get(at.date));
      set('summary', get(at.summary));
      set('image', get(at.image));
      set('agency', get(at.agency));
      set('kind', get(at.kind) as Kind | undefined);
      set('id', get(at.id));
      const tags = get(at.tags);
      if (tags) e.tags = tags.split('|').map((t) => t.trim()).filter(Boolean);
      set('duration', parseDuration(get(at.duration)));
      const views = num(get(at.views));
      if (views !== undefined && views >= 0) e.views = Math.round(views);
      entries.push(e);
    }
    return listFromArray(entries);
  }
  const urls = body
    .split(/\r?\n/)
    .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean);
  return listFromArray(urls);
}
