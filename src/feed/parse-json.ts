import { parseDate } from './dates.js';
import { FeedError } from './errors.js';
import { buildItem, imageFromUrl, type RawItem } from './normalize.js';
import { collapse, htmlToText } from './text.js';
import type { Feed, FeedAuthor, FeedImage, FeedVideo } from './types.js';
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

/** Parses JSON Feed 1.0 / 1.1 (with the `_siar` extension). */
export function parseJsonFeed(text: string, baseUrl: string | undefined): Feed {
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
  return {
    format: 'json',
    title: collapse(str(feed.title) ?? ''),
    link: safeUrl(str(feed.home_page_url), baseUrl),
    description: collapse(str(feed.description) ?? ''),
    image: imageFromUrl(str(feed.icon) ?? str(feed.favicon), baseUrl),
    language: str(feed.language),
    items: feed.items.flatMap((entry, index) => {
      const item = obj(entry);
      if (!item) return [];
      let image: FeedImage | undefined = imageFromUrl(str(item.image), baseUrl) ?? imageFromUrl(str(item.banner_image), baseUrl);
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
        published: parseDate(str(item.date_published)),
        updated: parseDate(str(item.date_modified)),
        categories: arr(item.tags).flatMap((t) => (typeof t === 'string' ? [t] : [])),
        authors: item.authors !== undefined || item.author !== undefined ? authors(item, baseUrl) : feedAuthors,
        image,
        video,
        siar: item._siar,
      };
      return [buildItem(raw, baseUrl, index)];
    }),
  };
}
