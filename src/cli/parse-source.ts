/**
 * Reads a source document into raw entries: RSS 2.0 / 0.9x, RSS 1.0 (RDF), Atom 1.0 and YouTube's
 * Atom (with Media RSS) through rss-parser; JSON Feed 1.0 / 1.1 directly.
 */
import Parser from 'rss-parser';
import { isPixelUrl, isTinySize, stripPixels } from './images.js';
import { CliError } from './problems.js';
import type { RawEnclosure, RawEntry, RawFeed } from './model.js';

type X = Record<string, unknown>;

const CUSTOM_ITEM = [
  ['media:group', 'siarMediaGroup'],
  ['media:content', 'siarMediaContent', { keepArray: true }],
  ['media:thumbnail', 'siarMediaThumbnail', { keepArray: true }],
  ['media:description', 'siarMediaDescription'],
  ['media:community', 'siarMediaCommunity'],
  ['yt:videoId', 'siarYtVideoId'],
  ['yt:duration', 'siarYtDuration'],
  ['category', 'siarCategories', { keepArray: true }],
  ['dc:subject', 'siarSubjects', { keepArray: true }],
  ['link', 'siarLinks', { keepArray: true }],
  ['enclosure', 'siarEnclosures', { keepArray: true }],
  ['author', 'siarAuthors', { keepArray: true }],
  ['dcterms:modified', 'siarModified'],
  ['itunes:image', 'siarItunesImage'],
  ['itunes:duration', 'siarItunesDuration'],
  // Tempo and other portals: a plain <thumbnail>URL</thumbnail> in each item
  ['thumbnail', 'siarThumbnail', { keepArray: true }],
] as const;

/**
 * rss-parser turns an Atom entry's `published` into `new Date(x).toISOString()`, which throws on a
 * date it cannot read and rejects the whole feed. We read the raw text ourselves (Indonesian dates
 * included) and hide the element from it.
 */
class SiarParser extends Parser<X, X> {
  constructor() {
    // defaultRSS: an <rss> root without a version attribute (seen in the wild) is read as RSS 2.0
    super({ defaultRSS: 2, customFields: { item: CUSTOM_ITEM as unknown as string[] } });
  }
}
const proto = Parser.prototype as unknown as { parseItemAtom(entry: X): X };
const originalAtom = proto.parseItemAtom;
(SiarParser.prototype as unknown as { parseItemAtom(entry: X): X }).parseItemAtom = function (this: unknown, entry: X): X {
  const { published, updated, ...rest } = entry;
  const item = originalAtom.call(this, rest);
  item.siarPublished = text(first(published));
  item.siarUpdated = text(first(updated));
  return item;
};

let parser: SiarParser | undefined;

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** Text of an xml2js node (`"x"`, `{ _: "x", $: … }`). */
function text(node: unknown): string | undefined {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object' && typeof (node as X)._ === 'string') return (node as X)._ as string;
  return undefined;
}
function attrs(node: unknown): Record<string, string> {
  return node && typeof node === 'object' && (node as X).$ && typeof (node as X).$ === 'object' ? ((node as X).$ as Record<string, string>) : {};
}
/** A child element list of an xml2js node. */
function child(node: unknown, name: string): unknown[] {
  return node && typeof node === 'object' ? list((node as X)[name]) : [];
}
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};

/** "01:02:03", "62:03", "3723" → seconds. */
export function parseDuration(v: unknown): number | undefined {
  if (typeof v === 'number') return v > 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s) > 0 ? Number(s) : undefined;
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(s);
  if (!m) return undefined;
  const total = Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  return total > 0 ? total : undefined;
}

function mediaEntries(item: X): { images: string[]; enclosures: RawEnclosure[]; description?: string; views?: number; duration?: number } {
  const group = first(item.siarMediaGroup);
  const contents = [...list(item.siarMediaContent), ...child(group, 'media:content')];
  const thumbs = [...list(item.siarMediaThumbnail), ...child(group, 'media:thumbnail')];
  const images: string[] = [];
  const enclosures: RawEnclosure[] = [];
  let duration: number | undefined;
  for (const t of thumbs) {
    const a = attrs(t);
    if (a.url && !isTinySize(a.width, a.height)) images.push(a.url);
  }
  for (const c of contents) {
    const a = attrs(c);
    if (!a.url) continue;
    const type = a.type?.toLowerCase();
    const medium = a.medium?.toLowerCase();
    duration ??= parseDuration(a.duration);
    if (medium === 'image' || type?.startsWith('image/')) {
      if (!isTinySize(a.width, a.height)) images.push(a.url);
    } else {
      const enc: RawEnclosure = { url: a.url };
      if (type) enc.type = type;
      if (medium) enc.medium = medium;
      const length = num(a.fileSize);
      if (length !== undefined) enc.length = length;
      const d = parseDuration(a.duration);
      if (d !== undefined) enc.duration = d;
      enclosures.push(enc);
    }
  }
  const community = first(child(group, 'media:community')) ?? first(item.siarMediaCommunity);
  const stats = first(child(community, 'media:statistics'));
  const views = num(attrs(stats).views);
  const description = text(first(child(group, 'media:description'))) ?? text(first(item.siarMediaDescription));
  return { images, enclosures, ...(description ? { description } : {}), ...(views !== undefined ? { views } : {}), ...(duration !== undefined ? { duration } : {}) };
}

function categoriesOf(item: X): string[] {
  const out: string[] = [];
  for (const c of [...list(item.categories), ...list(item.siarCategories), ...list(item.siarSubjects)]) {
    const a = attrs(c);
    const t = text(c) ?? a.label ?? a.term;
    if (t && t.trim()) out.push(t.trim());
  }
  return [...new Set(out)];
}

function authorsOf(item: X): string[] {
  const out: string[] = [];
  const add = (s: string | undefined): void => {
    if (!s) return;
    // RSS <author> is "email (Name)"; publish the name, never a staff e-mail address.
    const m = /^\s*\S+@\S+\s*\((.+)\)\s*$/.exec(s);
    const name = (m ? m[1]! : s).trim();
    if (name && !/^\S+@\S+$/.test(name)) out.push(name);
  };
  add(text(item.creator));
  for (const a of list(item.siarAuthors)) add(text(a) ?? text(first(child(a, 'name'))));
  return [...new Set(out)];
}

function entryFromXml(item: X, atom: boolean): RawEntry {
  const media = mediaEntries(item);
  const enclosures: RawEnclosure[] = [];
  for (const e of list(item.siarEnclosures)) {
    const a = attrs(e);
    if (a.url) enclosures.push({ url: a.url, ...(a.type ? { type: a.type.toLowerCase() } : {}), ...(num(a.length) ? { length: num(a.length)! } : {}) });
  }
  for (const l of list(item.siarLinks)) {
    const a = attrs(l);
    if (a.rel === 'enclosure' && a.href) enclosures.push({ url: a.href, ...(a.type ? { type: a.type.toLowerCase() } : {}), ...(num(a.length) ? { length: num(a.length)! } : {}) });
  }
  enclosures.push(...media.enclosures);
  const images = [...media.images];
  for (const e of enclosures) if (e.type?.startsWith('image/')) images.push(e.url);
  const itunes = attrs(first(item.siarItunesImage)).href;
  if (itunes) images.push(itunes);
  for (const t of list(item.siarThumbnail)) {
    const url = (text(t) ?? attrs(t).url)?.trim();
    if (url && !isTinySize(attrs(t).width, attrs(t).height)) images.push(url);
  }

  const guid = text(item.guid) ?? text(item.id) ?? (typeof item['rdf:about'] === 'string' ? (item['rdf:about'] as string) : undefined);
  const ytId = text(first(item.siarYtVideoId));
  const entry: RawEntry = {
    categories: categoriesOf(item),
    authors: authorsOf(item),
    images: images.filter((u) => !isPixelUrl(u)),
    enclosures: enclosures.filter((e) => !e.type?.startsWith('image/')),
  };
  if (guid) entry.id = guid;
  const link = text(item.link);
  if (link) entry.link = link;
  const title = text(item.title);
  if (title !== undefined) entry.title = title;
  if (atom) {
    if (typeof item.summary === 'string') entry.summaryHtml = stripPixels(item.summary);
    if (typeof item.content === 'string') entry.contentHtml = stripPixels(item.content);
    if (typeof item.siarPublished === 'string') entry.published = item.siarPublished;
    if (typeof item.siarUpdated === 'string') {
      if (entry.published === undefined) entry.published = item.siarUpdated;
      else entry.updated = item.siarUpdated;
    }
  } else {
    if (typeof item.content === 'string') entry.summaryHtml = stripPixels(item.content); // RSS <description>
    const encoded = item['content:encoded'];
    if (typeof encoded === 'string') entry.contentHtml = stripPixels(encoded);
    const date = text(item.pubDate) ?? text(item.date);
    if (date) entry.published = date;
    const modified = text(item.siarModified);
    if (modified) entry.updated = modified;
  }
  if (media.description) entry.summaryText = media.description;
  const duration = media.duration ?? parseDuration(attrs(first(item.siarYtDuration)).seconds) ?? parseDuration(text(item.siarItunesDuration));
  if (ytId && /^[A-Za-z0-9_-]{11}$/.test(ytId)) {
    entry.youtube = { id: ytId, ...(media.views !== undefined ? { views: media.views } : {}), ...(duration !== undefined ? { duration } : {}) };
  }
  if (media.views !== undefined) entry.views = media.views;
  if (duration !== undefined) entry.duration = duration;
  return entry;
}

/** Line and column from a sax error message ("…\nLine: 3\nColumn: 17\nChar: >"). */
function saxPosition(message: string): { line?: number; column?: number; detail: string } {
  const line = /Line:\s*(\d+)/.exec(message)?.[1];
  const column = /Column:\s*(\d+)/.exec(message)?.[1];
  const detail = message.split('\n')[0]!.trim();
  return { detail, ...(line !== undefined ? { line: Number(line) + 1 } : {}), ...(column !== undefined ? { column: Number(column) } : {}) };
}

/**
 * The name of the document element, after the XML declaration, processing instructions
 * (`<?xml-stylesheet?>` in FeedBurner and Blogger feeds), comments and a DOCTYPE.
 */
export function rootElement(xml: string): string | undefined {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    while (i < n && /\s/.test(xml[i]!)) i++;
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2);
      if (end < 0) return undefined;
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) return undefined;
      i = end + 3;
    } else if (xml.startsWith('<!', i)) {
      // <!DOCTYPE name [ internal subset ]>: skip to the '>' outside the brackets
      let depth = 0;
      let j = i + 2;
      for (; j < n; j++) {
        const c = xml[j];
        if (c === '"' || c === "'") {
          const close = xml.indexOf(c, j + 1); // a quoted literal may hold brackets and '>'
          if (close < 0) return undefined;
          j = close;
        } else if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth <= 0) break;
      }
      if (j >= n) return undefined;
      i = j + 1;
    } else if (xml[i] === '<') {
      return /^<([A-Za-z_][\w.:-]*)/.exec(xml.slice(i, i + 200))?.[1];
    } else return undefined;
  }
  return undefined;
}

async function parseXml(xml: string): Promise<RawFeed> {
  parser ??= new SiarParser();
  let feed: X;
  try {
    feed = (await parser.parseString(xml)) as unknown as X;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/not recognized as RSS/i.test(message)) throw new CliError('parse.not-feed', {});
    const { detail, line, column } = saxPosition(message);
    throw new CliError('parse.xml', { detail, ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}) });
  }
  const root = rootElement(xml);
  const atom = root === 'feed' || /:feed$/.test(root ?? '');
  const rdf = !atom && (root === 'rdf:RDF' || /<rdf:RDF[\s>]/.test(xml.slice(0, 2000)));
  return {
    format: atom ? 'atom' : rdf ? 'rdf' : 'rss',
    ...(typeof feed.title === 'string' ? { title: feed.title } : {}),
    entries: (feed.items as X[]).map((item) => entryFromXml(item, atom)),
  };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

function parseJsonFeed(text: string): RawFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new CliError('parse.json', { detail: err instanceof Error ? err.message : String(err) });
  }
  const feed = data as X;
  const version = str(feed?.version) ?? '';
  if (!feed || typeof feed !== 'object' || !Array.isArray(feed.items) || !/^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/.test(version)) {
    throw new CliError('parse.not-feed', {});
  }
  const entries = (feed.items as unknown[]).flatMap((raw): RawEntry[] => {
    if (!raw || typeof raw !== 'object') return [];
    const item = raw as X;
    const images = [str(item.image), str(item.banner_image)].filter((x): x is string => !!x && !isPixelUrl(x));
    const enclosures: RawEnclosure[] = [];
    for (const a of list(item.attachments)) {
      const url = str((a as X)?.url);
      const type = str((a as X)?.mime_type)?.toLowerCase();
      if (!url) continue;
      if (type?.startsWith('image/')) {
        if (!isPixelUrl(url)) images.push(url);
      } else {
        const enc: RawEnclosure = { url };
        if (type) enc.type = type;
        const length = num((a as X).size_in_bytes);
        if (length !== undefined) enc.length = length;
        const d = num((a as X).duration_in_seconds);
        if (d !== undefined && d > 0) enc.duration = d;
        enclosures.push(enc);
      }
    }
    const authors = [...list(item.authors), ...list(item.author)].flatMap((a) => (str((a as X)?.name) ? [str((a as X).name)!] : []));
    const entry: RawEntry = {
      categories: list(item.tags).flatMap((t) => (typeof t === 'string' && t.trim() ? [t.trim()] : [])),
      authors,
      images,
      enclosures,
    };
    const id = str(item.id);
    if (id) entry.id = id;
    const link = str(item.url) ?? str(item.external_url);
    if (link) entry.link = link;
    if (str(item.title) !== undefined) entry.title = str(item.title)!;
    if (str(item.summary)) entry.summaryText = str(item.summary)!;
    if (str(item.content_html)) entry.contentHtml = stripPixels(str(item.content_html)!);
    if (str(item.content_text)) entry.contentText = str(item.content_text)!;
    if (str(item.date_published)) entry.published = str(item.date_published)!;
    if (str(item.date_modified)) entry.updated = str(item.date_modified)!;
    if (item._siar !== undefined) entry.siar = item._siar;
    return [entry];
  });
  return { format: 'json', ...(str(feed.title) ? { title: str(feed.title)! } : {}), entries };
}

/** Parses a fetched source: JSON Feed or XML (RSS / RDF / Atom). Throws {@link CliError} `parse.*`. */
export async function parseSource(input: string): Promise<RawFeed> {
  const body = input.replace(/^\uFEFF/, '');
  const start = /\S/.exec(body)?.[0];
  if (start === undefined) throw new CliError('parse.empty', {});
  if (start === '{') return parseJsonFeed(body);
  if (start === '<') return parseXml(body);
  throw new CliError('parse.not-feed', {});
}
