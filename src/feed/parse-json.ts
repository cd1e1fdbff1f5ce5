import { parseFeedDate, type DateOptions, type FeedDate } from './dates.js';
import { FeedError } from './errors.js';
import { buildItem, imageFromUrl, type RawItem } from './normalize.js';
import { collapse, htmlToText } from './text.js';
import { Slicer } from './slices.js';
import type { Feed, FeedAuthor, FeedImage, FeedItem, FeedVideo } from './types.js';
import { safeUrl } from './url.js';
import { detectVideo } from './video.js';

type Json = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function authors(item: Json, base: string | undefined): FeedAuthor[] {
  const list = item.authors !== undefined ? arr(item.authors) : item.author !== undefined ? [item.author] : [];
  return list.flatMap((a) => {
    const o = obj(a);
    const name = collapse(str(o?.name) ?? '');
    const url = safeUrl(str(o?.url), base);
    return name || url ? [url ? { name, url } : { name }] : [];
  });
}

/**
 * `date_published`, which RFC 3339 requires to be a date-time. A Siar feed marks a date the
 * source gave without a time with `_siar.date_only: true` and writes the midnight starting it in
 * the province's zone (`2023-10-16T00:00:00+08:00`): the day as written is read back and becomes
 * midnight in *this* reader's zone, so it never shows as the day before on a site in another zone.
 */
function jsonDate(value: string | undefined, siar: unknown, dates: DateOptions): FeedDate | undefined {
  const day = (obj(siar)?.date_only === true && /^\s*(\d{4}-\d{2}-\d{2})[T ]/i.exec(value ?? '')?.[1]) || undefined;
  return parseFeedDate(day ?? value, dates);
}

/** Parses JSON Feed 1.0 / 1.1 (with the `_siar` extension). */
export function parseJsonFeed(text: string, baseUrl: string | undefined, dates: DateOptions = {}): Feed {
  const { feed, items, readItem } = readJsonFeed(text, baseUrl, dates);
  feed.items = items.flatMap(readItem);
  return feed;
}

/**
 * {@link parseJsonFeed} with the items read in slices of a few milliseconds (`JSON.parse` itself
 * is one step), so a long feed is no long task.
 */
export async function parseJsonFeedAsync(text: string, baseUrl: string | undefined, dates: DateOptions = {}): Promise<Feed> {
  const { feed, items, readItem } = readJsonFeed(text, baseUrl, dates);
  const slicer = new Slicer();
  for (let index = 0; index < items.length; index++) {
    if (slicer.due()) await slicer.next();
    feed.items.push(...readItem(items[index], index));
  }
  return feed;
}

/** The feed without its items, the raw items, and how to read one. */
function readJsonFeed(
  text: string,
  baseUrl: string | undefined,
  dates: DateOptions,
): { feed: Feed; items: unknown[]; readItem: (entry: unknown, index: number) => FeedItem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new FeedError('parse', 'The feed is not valid JSON (it may be truncated).', { cause });
  }
  const feed = obj(data);
  const version = str(feed?.version) ?? '';
  if (!feed || !Array.isArray(feed.items) || (version && !/^(https?:\/\/jsonfeed\.org\/version\/)?1(\.\d+)?\/?$/.test(version))) {
    throw new FeedError('unsupported', 'This JSON is not a JSON Feed (version 1 or 1.1).');
  }
  const feedAuthors = authors(feed, baseUrl);
  const readItem = (entry: unknown, index: number): FeedItem[] => {
    const item = obj(entry);
    if (!item) return [];
    // The publisher kit writes the size of images it stores (`_siar.image_width`/`image_height`), so the widget can reserve their box.
    const siar = obj(item._siar);
    const size = (v: unknown) => (typeof v === 'number' ? v : undefined);
    let image: FeedImage | undefined =
      imageFromUrl(str(item.image), baseUrl, size(siar?.image_width), size(siar?.image_height)) ?? imageFromUrl(str(item.banner_image), baseUrl);
    let video: FeedVideo | undefined;
    for (const att of arr(item.attachments)) {
      const a = obj(att);
      const type = (str(a?.mime_type) ?? '').toLowerCase();
      const url = safeUrl(str(a?.url), baseUrl);
      if (!url) continue;
      if (type.startsWith('image/')) image ??= { url };
      else if (type.startsWith('video/')) video ??= detectVideo(url, type);
    }
    const link = str(item.url) ?? str(item.external_url);
    video ??= detectVideo(safeUrl(str(item.external_url), baseUrl));
    const raw: RawItem = {
      id: str(item.id),
      // JSON Feed titles are plain text by the spec, but publishers often leave entities and tags in them.
      title: htmlToText(str(item.title)),
      link,
      summaryText: str(item.summary),
      contentHtml: str(item.content_html),
      textFallback: str(item.content_text),
      published: jsonDate(str(item.date_published), item._siar, dates),
      updated: parseFeedDate(str(item.date_modified), dates),
      categories: arr(item.tags).flatMap((t) => (typeof t === 'string' ? [t] : [])),
      authors: item.authors !== undefined || item.author !== undefined ? authors(item, baseUrl) : feedAuthors,
      image,
      video,
      siar: item._siar,
    };
    return [buildItem(raw, baseUrl, index)];
  };
  return {
    feed: {
      format: 'json',
      title: collapse(str(feed.title) ?? ''),
      link: safeUrl(str(feed.home_page_url), baseUrl),
      description: collapse(str(feed.description) ?? ''),
      image: imageFromUrl(str(feed.icon) ?? str(feed.favicon), baseUrl),
      language: str(feed.language),
      items: [],
    },
    items: feed.items as unknown[],
    readItem,
  };
}
