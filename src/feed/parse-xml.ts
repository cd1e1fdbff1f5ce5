import { parseFeedDate, type DateOptions, type FeedDate } from './dates.js';
import { FeedError } from './errors.js';
import { parseInert } from './inert.js';
import { buildItem, type RawItem, imageFromUrl } from './normalize.js';
import { Slicer } from './slices.js';
import { collapse, htmlToText } from './text.js';
import { resolveBase, safeUrl } from './url.js';
import type { Feed, FeedFormat, FeedImage, FeedItem, FeedVideo } from './types.js';
import { detectVideo } from './video.js';
import {
  XmlError,
  XmlParser,
  attr as getAttr,
  attrNS as getAttrNS,
  childNamed,
  childrenNamed,
  fromDom,
  hasDescendant,
  serializeXml,
  textContent,
  type XmlElement as Element,
} from './xml.js';

/** Namespaces the engine reads. */
const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rss1: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  media: 'http://search.yahoo.com/mrss/',
  yt: 'http://www.youtube.com/xml/schemas/2015',
  xml: 'http://www.w3.org/XML/1998/namespace',
  xhtml: 'http://www.w3.org/1999/xhtml',
  dcterms: 'http://purl.org/dc/terms/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
};
const MEDIA_NS = new Set([NS.media, 'http://search.yahoo.com/mrss']);
const ATOM_NS = new Set([NS.atom, NS.atom03]);
const RDF_NS = new Set<string | null>([NS.rss1, NS.rss090]);

type NsSet = ReadonlySet<string | null>;

/** Direct children of `el` with `name` in one of `ns`. */
function kids(el: Element, name: string, ns: NsSet): readonly Element[] {
  return childrenNamed(el, name, ns);
}
function kid(el: Element, name: string, ns: NsSet): Element | undefined {
  return childNamed(el, name, ns);
}
function text(el: Element | undefined): string | undefined {
  return el ? textContent(el) : undefined;
}
function one(ns: string): NsSet {
  return new Set([ns]);
}
const DC = one(NS.dc);
const DCTERMS = one(NS.dcterms);
const ITUNES: NsSet = new Set([NS.itunes, 'http://www.itunes.com/DTDs/Podcast-1.0.dtd']);
const CONTENT = one(NS.content);
const YT = one(NS.yt);

/** The base URL in force at `el`: the document base plus every `xml:base` above it (memoized on the element). */
function baseAt(el: Element, docBase: string | undefined): string | undefined {
  const memo = el.memo as string | typeof NO_BASE | undefined;
  if (memo !== undefined) return memo === NO_BASE ? undefined : memo;
  const parent = el.parent;
  const inherited = parent ? baseAt(parent, docBase) : docBase;
  const base = resolveBase(getAttrNS(el, NS.xml, 'base'), inherited);
  el.memo = base ?? NO_BASE;
  return base;
}
const NO_BASE = Symbol('no base');

/** HTML named entities feeds use without declaring them; replaced by numeric references. */
const HTML_ENTITIES: Record<string, number> = {
  nbsp: 160, copy: 169, reg: 174, trade: 8482, hellip: 8230, mdash: 8212, ndash: 8211,
  lsquo: 8216, rsquo: 8217, ldquo: 8220, rdquo: 8221, laquo: 171, raquo: 187, bull: 8226,
  middot: 183, deg: 176, euro: 8364, pound: 163, yen: 165, cent: 162, sect: 167, para: 182,
  eacute: 233, egrave: 232, aacute: 225, agrave: 224, oacute: 243, uacute: 250, iacute: 237,
  ccedil: 231, ntilde: 241, uuml: 252, ouml: 246, auml: 228, times: 215, divide: 247,
};

/**
 * Mends the two faults that make most real-world feeds ill-formed: bare `&` and HTML-only
 * named entities. Anything worse is a parse error.
 */
function mend(xml: string): string {
  return xml.replace(/&(?!#\d+;|#x[\da-fA-F]+;|(amp|lt|gt|quot|apos);)([a-zA-Z][a-zA-Z\d]*;)?/g, (_m, _x, name?: string) => {
    if (name) {
      const code = HTML_ENTITIES[name.slice(0, -1)];
      return code ? `&#${code};` : `&amp;${name}`;
    }
    return '&amp;';
  });
}

/** While {@link parseXmlInSlices} runs: the trees it has parsed, and the item work it spreads out. */
interface Slicing {
  trees: [string, Element | XmlError][];
  jobs: (() => void)[];
}
let slicing: Slicing | undefined;

/** Thrown (and caught by {@link parseXmlInSlices}) when a text has yet to be parsed in slices. */
class NeedsTree {
  constructor(readonly xml: string) {}
}

function tree(xml: string): Element {
  if (!slicing) return new XmlParser(xml).run()!;
  const done = slicing.trees.find(([text]) => text === xml);
  if (!done) throw new NeedsTree(xml);
  if (done[1] instanceof XmlError) throw done[1];
  return done[1];
}

/**
 * The document's root element. Feeds are read by Siar's own parser ({@link XmlParser}), with the
 * DOMParser's strictness, and mended once (bare `&`, HTML entities) when they are not well-formed.
 * A document with a DOCTYPE goes to the browser's parser, as all did before: it expands an internal
 * subset's entities within its own limits (a "billion laughs" is an error), never fetches external
 * ones, and knows the XHTML DTDs' named entities.
 */
function parseXmlDocument(xml: string): Element {
  try {
    return tree(xml);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    if (error.code === 'doctype') return parseWithDoctype(xml);
  }
  try {
    return tree(mend(xml));
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    throw new FeedError('parse', 'The feed is not well-formed XML.', { cause: error });
  }
}

function parseWithDoctype(xml: string): Element {
  const tryParse = (s: string) => {
    const doc = parseInert(s, 'application/xml');
    return doc.getElementsByTagNameNS(NS.xhtml, 'parsererror').length || doc.getElementsByTagName('parsererror').length
      ? undefined
      : doc;
  };
  const doc = tryParse(xml) ?? tryParse(mend(xml));
  if (!doc) throw new FeedError('parse', 'The feed is not well-formed XML.');
  return fromDom(doc.documentElement);
}

/** `list.map(fn)`, or, inside {@link parseXmlInSlices}, the same work queued to run in slices. */
function mapItems<T>(list: readonly T[], fn: (value: T, index: number) => FeedItem): FeedItem[] {
  if (!slicing) return list.map(fn);
  const out: FeedItem[] = [];
  const jobs = slicing.jobs;
  list.forEach((value, index) => jobs.push(() => out.push(fn(value, index))));
  return out;
}

/**
 * Runs `read` (which parses a feed with {@link parseXmlFeed}) with the XML work cut into slices of
 * a few milliseconds: the document is tokenized in slices, then the items are built in slices.
 * The result is the same as calling `read()` directly.
 */
export async function parseXmlInSlices<T>(read: () => T): Promise<T> {
  const context: Slicing = { trees: [], jobs: [] };
  const slicer = new Slicer();
  for (;;) {
    const outer = slicing;
    let result: T;
    slicing = context;
    context.jobs = [];
    try {
      result = read();
    } catch (error) {
      if (!(error instanceof NeedsTree)) throw error;
      context.trees.push([error.xml, await tokenize(error.xml, slicer)]);
      continue;
    } finally {
      slicing = outer;
    }
    const jobs = context.jobs;
    for (let k = 0; k < jobs.length; k++) {
      if (slicer.due()) await slicer.next();
      jobs[k]!();
    }
    return result;
  }
}

async function tokenize(xml: string, slicer: Slicer): Promise<Element | XmlError> {
  try {
    const parser = new XmlParser(xml);
    for (;;) {
      const root = parser.run(() => slicer.due());
      if (root) return root;
      await slicer.next();
    }
  } catch (error) {
    if (error instanceof XmlError) return error;
    throw error;
  }
}

/** Text of an Atom text construct (`type="text" | "html" | "xhtml"`) as plain text and as HTML. */
function atomText(el: Element | undefined): { text: string; html?: string } {
  if (!el) return { text: '' };
  const type = (getAttr(el, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const div = kid(el, 'div', one(NS.xhtml)) ?? el;
    const html = div.nodes.map((n) => (typeof n === 'string' ? escapeText(n) : serializeXml(n))).join('');
    return { text: collapse(textContent(div)), html };
  }
  let raw = textContent(el);
  const mode = getAttr(el, 'mode');
  // Atom 0.3 says mode="base64"; Atom 1.0 base64-encodes any media type that is neither text nor XML.
  const binary = type.includes('/') && !type.startsWith('text/') && !/[+/]xml$/.test(type);
  if (mode === 'base64' || binary) raw = decodeBase64(raw);
  // Atom 0.3 text constructs are routinely HTML without saying so; one that says text/plain is taken at its word.
  const sniffHtml = el.ns === NS.atom03 && getAttr(el, 'type') === null && /<[a-z][^>]*>|&[a-z#][a-z0-9]*;/i.test(raw);
  if (type === 'html' || type === 'text/html' || mode === 'escaped' || binary || sniffHtml) return { text: htmlToText(raw), html: raw };
  return { text: collapse(raw) };
}
/** Atom 0.3 `mode="base64"` content, as UTF-8 text (garbage in gives an empty string). */
function decodeBase64(value: string): string {
  try {
    const bytes = Uint8Array.from(atob(value.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return '';
  }
}
function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain text of an RSS field, which may carry escaped HTML. */
function rssText(el: Element | undefined): string {
  return el ? htmlToText(textContent(el)) : '';
}

/** Reads Media RSS (`media:group`, `media:content`, `media:thumbnail`) under `el`. */
function readMedia(el: Element, base: string | undefined): { image?: FeedImage; description?: string; views?: number; duration?: number; title?: string } {
  const out: { image?: FeedImage; description?: string; views?: number; duration?: number; title?: string } = {};
  // Everything read below is a Media RSS child of `el`: most RSS items have none.
  if (!el.children.some((c) => c.ns !== null && MEDIA_NS.has(c.ns))) return out;
  const scopes = [el, ...kids(el, 'group', MEDIA_NS)];
  for (const scope of scopes) {
    for (const thumb of kids(scope, 'thumbnail', MEDIA_NS)) {
      out.image ??= imageFromUrl(getAttr(thumb, 'url'), baseAt(thumb, base), getAttr(thumb, 'width'), getAttr(thumb, 'height'));
    }
    for (const content of kids(scope, 'content', MEDIA_NS)) {
      const type = getAttr(content, 'type') ?? '';
      const medium = getAttr(content, 'medium') ?? '';
      const url = getAttr(content, 'url');
      if (medium === 'image' || type.startsWith('image/') || (!type && !medium && /\.(jpe?g|png|gif|webp|avif|svg)(\?|$)/i.test(url ?? ''))) {
        out.image ??= imageFromUrl(url, baseAt(content, base), getAttr(content, 'width'), getAttr(content, 'height'));
      }
      for (const thumb of kids(content, 'thumbnail', MEDIA_NS)) {
        out.image ??= imageFromUrl(getAttr(thumb, 'url'), baseAt(thumb, base), getAttr(thumb, 'width'), getAttr(thumb, 'height'));
      }
      const seconds = Number(getAttr(content, 'duration'));
      if (seconds > 0) out.duration ??= seconds;
    }
    out.description ??= text(kid(scope, 'description', MEDIA_NS));
    out.title ??= text(kid(scope, 'title', MEDIA_NS));
    const stats = kid(kid(scope, 'community', MEDIA_NS) ?? scope, 'statistics', MEDIA_NS);
    const views = Number(stats && getAttr(stats, 'views'));
    if (stats && Number.isFinite(views)) out.views ??= views;
  }
  return out;
}

/** Enclosure-like links: RSS `<enclosure>` and Atom `<link rel="enclosure">`. */
function readEnclosures(list: readonly Element[], base: string | undefined, hrefAttr: string): { image?: FeedImage; video?: FeedVideo } {
  const out: { image?: FeedImage; video?: FeedVideo } = {};
  for (const enc of list) {
    const href = getAttr(enc, hrefAttr);
    const type = (getAttr(enc, 'type') ?? '').toLowerCase();
    const abs = safeUrl(href, baseAt(enc, base));
    if (!abs) continue;
    if (type.startsWith('image/') || (!type && /\.(jpe?g|png|gif|webp|avif|svg)(\?|$)/i.test(abs))) {
      out.image ??= { url: abs };
    } else if (type.startsWith('video/') || !type) {
      out.video ??= detectVideo(abs, type || undefined);
    }
  }
  return out;
}

/** `Name (email)`, `email (Name)` and `Name <email>` as RSS authors write them: the name. */
function authorName(value: string): string {
  const v = collapse(value);
  const paren = /^(.*?)\s*\((.*)\)$/.exec(v);
  if (paren) return (paren[1]!.includes('@') ? paren[2]! : paren[1]!).trim();
  const angle = /^(.*?)\s*<[^>]*@[^>]*>$/.exec(v);
  if (angle?.[1]) return angle[1].trim();
  return v;
}

/** `<itunes:image href>` under `el`. */
function itunesImage(el: Element, base: string | undefined): FeedImage | undefined {
  const img = kid(el, 'image', ITUNES);
  return img ? imageFromUrl(getAttr(img, 'href'), baseAt(img, base)) : undefined;
}

/** `<itunes:category text>`, nested ones included. */
function itunesCategories(el: Element): string[] {
  return kids(el, 'category', ITUNES).flatMap((c) => [getAttr(c, 'text') ?? '', ...itunesCategories(c)]);
}

function categories(list: readonly Element[], attr?: string): string[] {
  return list.map((c) => collapse((attr ? (getAttr(c, 'label') || getAttr(c, attr)) : textContent(c)) ?? ''));
}

function channelImage(el: Element | undefined, base: string | undefined): FeedImage | undefined {
  if (!el) return undefined;
  const url = text(kid(el, 'url', new Set([null, '', NS.rss1, NS.rss090]))) ?? getAttrNS(el, NS.rdf, 'resource');
  return imageFromUrl(url, baseAt(el, base));
}

/** RSS 0.9x / 2.0 (also in a default namespace, as some Userland-era feeds are). */
function parseRss(root: Element, base: string | undefined, date: DateReader): Feed {
  const R: NsSet = new Set([null, '', root.ns]);
  // A <rss> without <channel> is an empty feed, not an error (feedparser agrees).
  const channel = kid(root, 'channel', R) ?? root;
  const items = kids(channel, 'item', R).length ? kids(channel, 'item', R) : kids(root, 'item', R);
  return {
    format: 'rss',
    title: rssText(kid(channel, 'title', R) ?? kid(channel, 'title', DC)),
    link: safeUrl(text(kid(channel, 'link', R)), baseAt(channel, base)),
    description: rssText(kid(channel, 'description', R) ?? kid(channel, 'description', DC) ?? kid(channel, 'summary', ITUNES) ?? kid(channel, 'subtitle', ITUNES)),
    image: channelImage(kid(channel, 'image', R), base) ?? itunesImage(channel, base),
    language: collapse(text(kid(channel, 'language', R)) ?? text(kid(channel, 'language', DC)) ?? '') || undefined,
    items: mapItems(items, (item, index) => {
      const b = baseAt(item, base);
      const guidEl = kid(item, 'guid', R);
      const guid = collapse(text(guidEl) ?? '');
      const permalink = guidEl && getAttr(guidEl, 'isPermaLink') !== 'false' ? guid : undefined;
      const atomLink = kids(item, 'link', ATOM_NS).find((l) => (getAttr(l, 'rel') ?? 'alternate') === 'alternate');
      const media = readMedia(item, base);
      const enc = readEnclosures(kids(item, 'enclosure', R), base, 'url');
      const raw: RawItem = {
        id: guid,
        title: rssText(kid(item, 'title', R) ?? kid(item, 'title', DC)) || collapse(media.title ?? ''),
        link: text(kid(item, 'link', R))?.trim() || (atomLink && getAttr(atomLink, 'href')) || permalink || undefined,
        descriptionHtml: text(kid(item, 'description', R) ?? kid(item, 'description', DC) ?? kid(item, 'summary', ITUNES) ?? kid(item, 'subtitle', ITUNES)),
        textFallback: media.description,
        contentHtml: text(kid(item, 'encoded', CONTENT)),
        published: date(text(kid(item, 'pubDate', R)) ?? text(kid(item, 'date', DC)) ?? text(kid(item, 'issued', DCTERMS))),
        updated: date(text(kid(item, 'updated', ATOM_NS)) ?? text(kid(item, 'modified', DCTERMS))),
        categories: [
          ...categories(kids(item, 'category', R)),
          ...categories(kids(item, 'subject', DC)),
          ...categories(kids(item, 'category', MEDIA_NS)),
          ...itunesCategories(item),
        ],
        authors: [...kids(item, 'author', R), ...kids(item, 'creator', DC), ...kids(item, 'author', DC), ...kids(item, 'author', ITUNES)].map((a) => ({
          name: authorName(textContent(a)),
        })),
        image: enc.image ?? media.image ?? itunesImage(item, base),
        video: enc.video,
        views: media.views,
        duration: media.duration,
      };
      return buildItem(raw, b, index);
    }),
  };
}

/** RSS 1.0 / 0.90 (RDF). */
function parseRdf(root: Element, base: string | undefined, date: DateReader): Feed {
  const channel = kid(root, 'channel', RDF_NS);
  const items = kids(root, 'item', RDF_NS);
  return {
    format: 'rdf',
    title: channel ? rssText(kid(channel, 'title', RDF_NS)) : '',
    link: channel ? safeUrl(text(kid(channel, 'link', RDF_NS)), baseAt(channel, base)) : undefined,
    description: channel ? rssText(kid(channel, 'description', RDF_NS)) : '',
    image: channelImage(kid(root, 'image', RDF_NS), base),
    language: collapse(channel ? (text(kid(channel, 'language', DC)) ?? '') : '') || undefined,
    items: mapItems(items, (item, index) => {
      const media = readMedia(item, base);
      const link = text(kid(item, 'link', RDF_NS))?.trim();
      const raw: RawItem = {
        id: getAttrNS(item, NS.rdf, 'about') ?? link ?? '',
        title: rssText(kid(item, 'title', RDF_NS)),
        link,
        descriptionHtml: text(kid(item, 'description', RDF_NS)),
        contentHtml: text(kid(item, 'encoded', CONTENT)),
        published: date(text(kid(item, 'date', DC))),
        categories: categories(kids(item, 'subject', DC)),
        authors: kids(item, 'creator', DC).map((a) => ({ name: collapse(textContent(a)) })),
        image: media.image,
      };
      return buildItem(raw, baseAt(item, base), index);
    }),
  };
}

function atomLink(el: Element, rels: string[], ns: NsSet): Element | undefined {
  return kids(el, 'link', ns).find((l) => rels.includes(getAttr(l, 'rel') ?? 'alternate'));
}

/** An Atom link's target: `href`, or (pre-1.0 drafts) its text. */
function linkHref(link: Element | undefined): string | undefined {
  if (!link) return undefined;
  return getAttr(link, 'href') ?? (collapse(textContent(link)) || undefined);
}

/** Atom 1.0, 0.3 and pre-1.0 drafts, including YouTube channel and playlist feeds. */
function parseAtom(root: Element, base: string | undefined, date: DateReader): Feed {
  const A: NsSet = new Set([NS.atom, NS.atom03, root.ns]);
  const feedBase = baseAt(root, base);
  const youtube = hasDescendant(root, NS.yt, 'videoId');
  const alt = atomLink(root, ['alternate'], A);
  return {
    format: youtube ? 'youtube' : 'atom',
    title: atomText(kid(root, 'title', A)).text,
    link: safeUrl(linkHref(alt), alt ? baseAt(alt, base) : feedBase),
    description: atomText(kid(root, 'subtitle', A) ?? kid(root, 'tagline', A)).text,
    image: imageFromUrl(text(kid(root, 'logo', A)) ?? text(kid(root, 'icon', A)), feedBase),
    language: getAttrNS(root, NS.xml, 'lang')?.replace('_', '-') || undefined,
    items: mapItems(kids(root, 'entry', A), (entry, index) => {
      const b = baseAt(entry, base);
      const link =
        atomLink(entry, ['alternate'], A) ??
        kids(entry, 'link', A).find((l) => !['self', 'enclosure', 'edit', 'replies', 'related', 'via'].includes(getAttr(l, 'rel') ?? ''));
      const content = kid(entry, 'content', A);
      const summary = kid(entry, 'summary', A);
      const media = readMedia(entry, base);
      const enc = readEnclosures(kids(entry, 'link', A).filter((l) => getAttr(l, 'rel') === 'enclosure'), base, 'href');
      const videoId = text(kid(entry, 'videoId', YT))?.trim();
      let href = linkHref(link);
      let video = enc.video;
      if (videoId) {
        // YouTube: the id comes from yt:videoId; the Flash /v/ URL in media:content is never used.
        const fromLink = detectVideo(safeUrl(href, link ? baseAt(link, base) : b));
        video = detectVideo(`https://www.youtube.com/${fromLink?.aspect === '9:16' ? 'shorts/' : 'watch?v='}${videoId}`);
        href ??= video?.url;
      }
      const contentText = content && !getAttr(content, 'src') ? atomText(content) : undefined;
      const raw: RawItem = {
        id: collapse(text(kid(entry, 'id', A)) ?? '') || (videoId ? `yt:video:${videoId}` : ''),
        title: atomText(kid(entry, 'title', A)).text || collapse(media.title ?? '') || collapse(text(kid(entry, 'title', DC)) ?? ''),
        link: href,
        linkBase: link ? baseAt(link, base) : b,
        summaryText: summary ? atomText(summary).text : undefined,
        descriptionHtml: summary ? atomText(summary).html : undefined,
        contentHtml: contentText ? (contentText.html ?? escapeText(contentText.text)) : undefined,
        textFallback: media.description,
        published: date(text(kid(entry, 'published', A)) ?? text(kid(entry, 'issued', A)) ?? text(kid(entry, 'created', A)) ?? text(kid(entry, 'issued', DCTERMS))),
        // Several <updated> elements: the last one wins, as in feedparser.
        updated: date(text(kids(entry, 'updated', A).at(-1)) ?? text(kid(entry, 'modified', A)) ?? text(kid(entry, 'modified', DCTERMS))),
        categories: [...categories(kids(entry, 'category', A), 'term'), ...categories(kids(entry, 'subject', DC))],
        authors: kids(entry, 'author', A).map((a) => ({
          name: collapse(text(kid(a, 'name', A)) ?? ''),
          url: safeUrl(text(kid(a, 'uri', A)) ?? text(kid(a, 'url', A)) ?? text(kid(a, 'homepage', A)), baseAt(a, base)),
        })),
        image: enc.image ?? media.image,
        video,
        views: media.views,
        duration: media.duration,
      };
      return buildItem(raw, b, index);
    }),
  };
}

/** Channel Definition Format (1997), still found in old archives: CHANNEL / ITEM HREF / ABSTRACT / LASTMOD. */
function parseCdf(root: Element, base: string | undefined, date: DateReader): Feed {
  const upper = (el: Element, name: string) => el.children.find((c) => c.local.toUpperCase() === name);
  const field = (el: Element, name: string) => collapse(text(upper(el, name)) ?? '');
  return {
    format: 'rss',
    title: field(root, 'TITLE'),
    link: safeUrl(getAttr(root, 'HREF') ?? getAttr(root, 'href'), base),
    description: field(root, 'ABSTRACT'),
    image: undefined,
    items: root.children
      .filter((c) => c.local.toUpperCase() === 'ITEM')
      .map((item, index) =>
        buildItem(
          {
            title: field(item, 'TITLE'),
            link: getAttr(item, 'HREF') ?? getAttr(item, 'href') ?? undefined,
            summaryText: field(item, 'ABSTRACT'),
            published: date(getAttr(item, 'LASTMOD') ?? getAttr(item, 'lastmod')),
          },
          base,
          index,
        ),
      ),
  };
}

/** Reads one date field of the feed, in the feed's time zone. */
type DateReader = (text: string | null | undefined) => FeedDate | undefined;

/** Parses an XML feed (RSS 2.0, RSS 1.0, Atom, YouTube). */
export function parseXmlFeed(xml: string, baseUrl: string | undefined, dates: DateOptions = {}): Feed {
  const date: DateReader = (value) => parseFeedDate(value, dates);
  if (/^\s*(<!doctype\s+html|<html[\s>])/i.test(xml)) {
    throw new FeedError('unsupported', 'The address returned a web page (HTML), not a feed.');
  }
  const root = parseXmlDocument(xml);
  const name = root.local.toLowerCase();
  let format: FeedFormat | undefined;
  if (name === 'rss') format = 'rss';
  else if (name === 'rdf' && root.ns === NS.rdf) format = 'rdf';
  else if (name === 'feed') format = 'atom';
  else if (name === 'channel' && !root.ns) return parseCdf(root, baseUrl, date);
  else if (name === 'html') throw new FeedError('unsupported', 'The address returned a web page (HTML), not a feed.');
  switch (format) {
    case 'rss':
      return parseRss(root, baseUrl, date);
    case 'rdf':
      return parseRdf(root, baseUrl, date);
    case 'atom':
      return parseAtom(root, baseUrl, date);
    default:
      throw new FeedError('unsupported', `Unknown XML document <${root.local}>; expected RSS, RDF or Atom.`);
  }
}
