import type { FeedDate } from './dates.js';
import { collapse, htmlInfo, htmlToText, isAgencyId, kindFromWords } from './text.js';
import type { FeedAuthor, FeedImage, FeedItem, FeedVideo, SiarKind, SiarPriority } from './types.js';
import { safeUrl } from './url.js';
import { detectVideo, videoPageUrl } from './video.js';

/**
 * What a format parser hands over for one item, before normalization. Strings are as the feed
 * sent them (HTML where the name says so); URLs are unresolved.
 */
export interface RawItem {
  id?: string;
  title: string;
  link?: string | undefined;
  /** Base for `link` when it differs from the item's base (Atom `xml:base` on `<link>`). */
  linkBase?: string | undefined;
  /** A summary that is already plain text (Atom `type="text"`, JSON `summary`). */
  summaryText?: string | undefined;
  /** Description / summary HTML (RSS `description`, Atom html summary). */
  descriptionHtml?: string | undefined;
  contentHtml?: string | undefined;
  /** Plain text used when nothing else gives a summary (Media RSS description, JSON `content_text`). */
  textFallback?: string | undefined;
  /** From `parseFeedDate` with the feed's time zone. */
  published?: FeedDate | undefined;
  updated?: FeedDate | undefined;
  categories?: string[];
  authors?: FeedAuthor[];
  image?: FeedImage | undefined;
  video?: FeedVideo | undefined;
  views?: number | undefined;
  duration?: number | undefined;
  siar?: unknown;
}

/** An image from a possibly relative URL, with numeric width/height when the feed gives them. */
export function imageFromUrl(
  raw: string | null | undefined,
  base: string | undefined,
  width?: string | number | null,
  height?: string | number | null,
): FeedImage | undefined {
  const url = safeUrl(raw, base);
  if (!url) return undefined;
  const image: FeedImage = { url };
  const w = Number(width);
  const h = Number(height);
  if (w > 0 && h > 0 && Number.isFinite(w) && Number.isFinite(h)) {
    image.width = w;
    image.height = h;
  }
  return image;
}

/** Kind from categories, for feeds without the `_siar` extension (the CLI uses the same words). */
export function kindFromCategories(categories: readonly string[]): SiarKind {
  return kindFromWords(categories) ?? 'release';
}

const KINDS: readonly SiarKind[] = ['release', 'hoax-clarification', 'announcement'];
const PRIORITIES: readonly SiarPriority[] = ['urgent', 'pinned'];
const PROVIDERS = ['youtube', 'tiktok', 'instagram', 'facebook', 'file'] as const;

/** The `_siar` extension, read defensively: unknown values are dropped, never trusted. */
interface SiarExtension {
  priority?: SiarPriority;
  kind?: SiarKind;
  agency?: string;
  retracted?: boolean;
  video?: FeedVideo;
}

function readSiar(ext: unknown, base: string | undefined): SiarExtension {
  if (!ext || typeof ext !== 'object') return {};
  const e = ext as Record<string, unknown>;
  const out: SiarExtension = {};
  if (PRIORITIES.includes(e.priority as SiarPriority)) out.priority = e.priority as SiarPriority;
  if (KINDS.includes(e.kind as SiarKind)) out.kind = e.kind as SiarKind;
  if (isAgencyId(e.agency)) out.agency = e.agency;
  if (e.retracted === true) out.retracted = true;
  const v = e.video as Record<string, unknown> | undefined;
  if (v && typeof v === 'object' && PROVIDERS.includes(v.provider as (typeof PROVIDERS)[number]) && typeof v.id === 'string') {
    const provider = v.provider as FeedVideo['provider'];
    const aspect = typeof v.aspect === 'string' && /^\d{1,2}:\d{1,2}$/.test(v.aspect) ? v.aspect : undefined;
    const id = provider === 'file' ? safeUrl(v.id, base) : v.id;
    const url = id ? videoPageUrl(provider, id, aspect === '9:16') : undefined;
    if (id && url) {
      const video: FeedVideo = { provider, id, url, aspect: aspect ?? (provider === 'tiktok' ? '9:16' : '16:9') };
      if (typeof v.duration === 'number' && v.duration > 0) video.duration = v.duration;
      if (typeof v.views === 'number' && v.views >= 0) video.views = v.views;
      out.video = video;
    }
  }
  return out;
}

function uniq(list: string[]): string[] {
  return [...new Set(list.filter(Boolean))];
}

/**
 * Turns a parser's raw item into the one item model. `index` (the item's position) is the id of
 * last resort, for items with no id, link, title or date at all.
 */
export function buildItem(raw: RawItem, base: string | undefined, index = 0): FeedItem {
  const url = safeUrl(raw.link, raw.linkBase ?? base);
  const description = htmlInfo(raw.descriptionHtml);
  const content = raw.contentHtml ? htmlInfo(raw.contentHtml) : undefined;
  const summary =
    collapse(raw.summaryText ?? '') || description.text || content?.text || collapse(raw.textFallback ?? '');
  const firstImg = description.image ?? content?.image;
  const imgAlt = description.image ? description.imageAlt : content?.imageAlt;
  const image = raw.image ?? imageFromUrl(firstImg, base);
  if (image && !image.alt && imgAlt && image.url === safeUrl(firstImg, base)) image.alt = collapse(imgAlt);

  const categories = uniq((raw.categories ?? []).map(htmlToText));
  const siar = readSiar(raw.siar, base);
  let video = siar.video ?? raw.video ?? detectVideo(url);
  if (video && (raw.views !== undefined || raw.duration !== undefined)) {
    video = { ...video };
    if (raw.views !== undefined) video.views ??= raw.views;
    if (raw.duration !== undefined) video.duration ??= raw.duration;
  }

  const item: FeedItem = {
    id: collapse(raw.id ?? '') || url || [collapse(raw.title), raw.published?.date.toISOString() ?? '', summary.slice(0, 80)].join('|').replace(/^\|+$/, '') || `#${index}`,
    title: collapse(raw.title),
    url,
    summary,
    // No publication date: the last update stands in (Atom entries with only <updated>).
    published: (raw.published ?? raw.updated)?.date,
    image,
    categories,
    authors: (raw.authors ?? []).filter((a) => a.name || a.url),
    kind: siar.kind ?? kindFromCategories(categories),
  };
  if (!collapse(raw.id ?? '')) derivedIds.add(item);
  const html = raw.contentHtml ?? raw.descriptionHtml;
  if (html) item.contentHtml = html;
  if ((raw.published ?? raw.updated)?.dateOnly) item.dateOnly = true;
  if (raw.updated) item.updated = raw.updated.date;
  if (video) item.video = video;
  if (siar.priority) item.priority = siar.priority;
  if (siar.agency) item.agency = siar.agency;
  if (siar.retracted) item.retracted = true;
  return item;
}

/** Items whose id the engine made up (no guid / id in the feed). */
const derivedIds = new WeakSet<FeedItem>();

/**
 * Makes ids unique within a feed: an item whose *own* id repeats an earlier one is the same item
 * published twice and is dropped; an item whose made-up id collides (two entries with the same
 * link and no id) is kept under a suffixed id.
 */
export function uniqueById(items: FeedItem[]): FeedItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.id)) {
      if (!derivedIds.has(item)) return false;
      let n = 2;
      while (seen.has(`${item.id}#${n}`)) n++;
      item.id = `${item.id}#${n}`;
    }
    seen.add(item.id);
    return true;
  });
}
