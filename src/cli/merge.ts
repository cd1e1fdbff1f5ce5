/**
 * Merging the sources of one feed: fresh entries and items kept from the previous output,
 * de-duplicated (by id within a source, by URL across sources: items of one source may share a
 * link), the config's pinned / urgent / retracted / overrides applied, newest first, capped
 * (priority items always make the cut). An id that two sources both use becomes
 * `<source id>:<id>` in each of them, whatever their order in the config.
 */
import type { Config } from './config.js';
import type { OutItem, Priority } from './model.js';
import { finalize, orderItem, urlKey, type AgencyInfo, type Candidate } from './normalize.js';

/** Items of one source for this run: fresh candidates, or items carried over from the last output. */
export interface SourceItems {
  sourceId: string;
  sourceIndex: number;
  fresh?: Candidate[];
  carried?: OutItem[];
}

interface Entry {
  sourceId: string;
  sourceIndex: number;
  index: number;
  id: string;
  /** The id the source gave (before a cross-source rename), for config matching. */
  originalId: string;
  url: string | undefined;
  key: string | undefined;
  time: number | undefined;
  priority: Priority | undefined;
  candidate?: Candidate;
  carried?: OutItem;
}

export interface MergeResult {
  items: OutItem[];
  /** Entries dropped as duplicates of another source's item (same URL). */
  duplicates: number;
  /** Entries dropped because nothing in them could be shown. */
  empty: number;
  /** Entries left out by the cap. */
  capped: number;
}

/** Config lookups by item id or URL. */
export class Flags {
  private readonly pinned: Set<string>;
  private readonly urgent: Set<string>;
  private readonly retracted: Set<string>;
  private readonly overrides: Map<string, NonNullable<Config['overrides']>[string]>;
  constructor(config: Config) {
    const norm = (s: string): string => urlKey(s) ?? s;
    this.pinned = new Set((config.pinned ?? []).flatMap((s) => [s, norm(s)]));
    this.urgent = new Set((config.urgent ?? []).flatMap((s) => [s, norm(s)]));
    this.retracted = new Set((config.retracted ?? []).flatMap((s) => [s, norm(s)]));
    this.overrides = new Map(Object.entries(config.overrides ?? {}).flatMap(([k, v]) => [[k, v] as const, [norm(k), v] as const]));
  }
  private keys(e: { id: string; originalId: string; key: string | undefined; url: string | undefined }): string[] {
    return [e.id, e.originalId, e.url, e.key].filter((x): x is string => !!x);
  }
  override(e: Parameters<Flags['keys']>[0]): NonNullable<Config['overrides']>[string] | undefined {
    for (const k of this.keys(e)) if (this.overrides.has(k)) return this.overrides.get(k);
    return undefined;
  }
  /** Priority the config gives (`null` = the config removes it), or undefined when it says nothing. */
  priority(e: Parameters<Flags['keys']>[0]): Priority | null | undefined {
    const o = this.override(e)?.priority;
    if (o) return o === 'none' ? null : o;
    const keys = this.keys(e);
    if (keys.some((k) => this.urgent.has(k))) return 'urgent';
    if (keys.some((k) => this.pinned.has(k))) return 'pinned';
    return undefined;
  }
  retract(e: Parameters<Flags['keys']>[0]): boolean | undefined {
    const o = this.override(e)?.retracted;
    if (o !== undefined) return o;
    return this.keys(e).some((k) => this.retracted.has(k)) ? true : undefined;
  }
}

/** Newest first; undated last; then config source order, then the source's own order. */
function compare(a: Entry, b: Entry): number {
  if (a.time !== b.time) {
    if (a.time === undefined) return 1;
    if (b.time === undefined) return -1;
    return b.time - a.time;
  }
  return a.sourceIndex - b.sourceIndex || a.index - b.index || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function timeOf(item: OutItem): number | undefined {
  const t = item.date_published ? Date.parse(item.date_published) : NaN;
  return Number.isNaN(t) ? undefined : t;
}

export function mergeFeed(
  groups: SourceItems[],
  flags: Flags,
  maxItems: number,
  requireVideo: boolean,
  agencies: ReadonlyMap<string, AgencyInfo> = new Map(),
): MergeResult {
  const ordered = [...groups].sort((a, b) => a.sourceIndex - b.sourceIndex);
  /** URL key → the source that has it (the first in config order: the documented priority). */
  const byKey = new Map<string, string>();
  const kept: Entry[] = [];
  let duplicates = 0;
  for (const g of ordered) {
    const list: Array<Omit<Entry, 'sourceId' | 'sourceIndex' | 'originalId' | 'priority'>> = g.fresh
      ? g.fresh.filter((c) => !requireVideo || c.video).map((c) => ({ index: c.index, id: c.id, url: c.url, key: c.urlKey, time: c.time, candidate: c }))
      : (g.carried ?? []).map((item, index) => ({ index, id: item.id, url: item.url, key: urlKey(item.url), time: timeOf(item), carried: item }));
    const ownIds = new Set<string>();
    for (const e of list) {
      if (ownIds.has(e.id)) continue; // the same item twice in one source
      ownIds.add(e.id);
      // The same URL in another source is the same release; in one source, items may share a link
      // (a portal's announcement page, a feed whose links all point at its home page).
      const owner = e.key ? byKey.get(e.key) : undefined;
      if (owner !== undefined && owner !== g.sourceId) {
        duplicates++;
        continue;
      }
      if (e.key && owner === undefined) byKey.set(e.key, g.sourceId);
      // a carried item whose id an earlier run qualified: compare (and match the config) by the source's own id
      const prefix = `${g.sourceId}:`;
      const originalId = e.carried && e.id.startsWith(prefix) ? e.id.slice(prefix.length) : e.id;
      kept.push({ ...e, originalId, sourceId: g.sourceId, sourceIndex: g.sourceIndex, priority: undefined });
    }
  }
  // An id used by several sources is qualified by the source in every one of them, so that no
  // item's id depends on the order of the sources in the config.
  const sourcesOf = new Map<string, Set<string>>();
  for (const e of kept) {
    if (!sourcesOf.has(e.originalId)) sourcesOf.set(e.originalId, new Set());
    sourcesOf.get(e.originalId)!.add(e.sourceId);
  }
  const byId = new Set<string>();
  const entries: Entry[] = [];
  for (const e of kept) {
    // (a carried item keeps the id it was published with when nothing collides any more)
    const id = sourcesOf.get(e.originalId)!.size > 1 ? `${e.sourceId}:${e.originalId}` : e.id;
    if (byId.has(id)) {
      duplicates++; // a qualified id that another item already has verbatim
      continue;
    }
    byId.add(id);
    const base = e.candidate?.priority ?? e.carried?._siar.priority;
    const entry: Entry = { ...e, id };
    const configured = flags.priority(entry);
    entry.priority = configured === null ? undefined : configured ?? base;
    entries.push(entry);
  }
  entries.sort(compare);
  // Priority items first so the cap never drops them, then the newest.
  const queue = [...entries.filter((e) => e.priority), ...entries.filter((e) => !e.priority)];
  const chosen: Array<{ entry: Entry; item: OutItem }> = [];
  let empty = 0;
  let consumed = 0;
  for (const entry of queue) {
    if (chosen.length >= maxItems) break;
    consumed++;
    const item = entry.carried ? structuredClone(entry.carried) : finalize(entry.candidate!);
    if (!item) {
      empty++;
      continue;
    }
    item.id = entry.id;
    applyFlags(item, entry, flags, agencies);
    chosen.push({ entry, item: orderItem(item) });
  }
  chosen.sort((a, b) => compare(a.entry, b.entry));
  return { items: chosen.map((c) => c.item), duplicates, empty, capped: queue.length - consumed };
}

function applyFlags(item: OutItem, entry: Entry, flags: Flags, agencies: ReadonlyMap<string, AgencyInfo>): void {
  const s = item._siar;
  if (entry.priority) s.priority = entry.priority;
  else delete s.priority;
  const retract = flags.retract(entry);
  if (retract === true) s.retracted = true;
  else if (retract === false) delete s.retracted;
  const o = flags.override(entry);
  if (o?.kind) s.kind = o.kind;
  if (o?.agency && o.agency !== s.agency) {
    s.agency = o.agency;
    const info = agencies.get(o.agency);
    if (info) item.authors = [info.website && /^https?:\/\//.test(info.website) ? { name: info.name, url: info.website } : { name: info.name }];
  }
  if (o?.tags?.length) {
    const tags = item.tags ?? [];
    for (const t of o.tags) if (!tags.some((x) => x.toLowerCase() === t.toLowerCase())) tags.push(t);
    item.tags = tags;
  }
}
