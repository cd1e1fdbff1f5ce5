import type { LoadedFeed } from '../../feed/load.js';
import type { FeedItem } from '../../feed/types.js';

/** An item as the releases widget shows it: with the name of the feed it came from. */
export interface ReleaseItem extends FeedItem {
  /** Source label: the feed's title (the agency id when the feed has none), or the province's name. */
  source: string;
  /** The source's logo (the province's, from its profile), if any. */
  sourceLogo?: string;
}

/** Names a feed's items' source; by default the feed's own title. */
export type SourceLabel = (feed: LoadedFeed) => { name: string; logo?: string } | undefined;

/** What the widget asks for. */
export interface SelectOptions {
  /** A positive number caps the list; 0 (or a negative or non-numeric value) means every item. */
  limit: number;
  /** Category names or kinds (`hoax-clarification`, `announcement`), comma-separated; any may match. */
  category?: string;
  /** Words that must all appear in the title or summary (case and diacritics ignored). */
  query?: string;
}

/** Lower-case, accents removed: "Pengumuman Résmi" → "pengumuman resmi". */
export function fold(text: string): string {
  // Most calls fold nothing (no category, no query): the first normalize() prepares Unicode tables.
  if (!text) return text;
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Merges feeds into one list: retracted items dropped, each item labelled with its source.
 * Ids are unique only within a feed (two agencies' feeds may both use guid "1"), so an item is
 * a duplicate when its id repeats in the same feed, or when its link repeats in any feed (the
 * same release syndicated by two sources).
 */
export function mergeFeeds(feeds: readonly LoadedFeed[], label?: SourceLabel): ReleaseItem[] {
  const out: ReleaseItem[] = [];
  const links = new Set<string>();
  for (const feed of feeds) {
    const ids = new Set<string>();
    const source = label?.(feed);
    for (const item of feed.items) {
      if (item.retracted || ids.has(item.id) || (item.url && links.has(item.url))) continue;
      ids.add(item.id);
      if (item.url) links.add(item.url);
      const merged: ReleaseItem = { ...item, source: source?.name || feed.title || item.agency || '' };
      if (source?.logo) merged.sourceLogo = source.logo;
      out.push(merged);
    }
  }
  return out;
}

const RANK = { urgent: 0, pinned: 1 } as const;

/** Urgent first, then pinned, then newest first; undated items last, in feed order. */
export function byPriorityAndDate(a: FeedItem, b: FeedItem): number {
  const pa = a.priority ? RANK[a.priority] : 2;
  const pb = b.priority ? RANK[b.priority] : 2;
  if (pa !== pb) return pa - pb;
  return (b.published?.getTime() ?? -Infinity) - (a.published?.getTime() ?? -Infinity) || 0;
}

/** Filters, sorts and limits merged items. */
export function selectItems(items: readonly ReleaseItem[], options: SelectOptions): ReleaseItem[] {
  const wanted = (options.category ?? '')
    .split(',')
    .map((c) => fold(c.trim()))
    .filter(Boolean);
  const words = fold(options.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const matches = items.filter((item) => {
    if (wanted.length && !wanted.some((w) => w === item.kind || item.categories.some((c) => fold(c) === w))) return false;
    if (words.length) {
      const haystack = fold(`${item.title} ${item.summary}`);
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
  // A stable sort keeps feed order among equals.
  // Same as every widget's `limit`: a positive number caps, 0 (or anything else) is no cap.
  const cap = Math.floor(options.limit);
  const sorted = matches.sort(byPriorityAndDate);
  return cap > 0 ? sorted.slice(0, cap) : sorted;
}
