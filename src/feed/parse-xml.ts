import { parseDate } from './dates.js';
import { FeedError } from './errors.js';
import { parseInert } from './inert.js';
import { buildItem, type RawItem, imageFromUrl } from './normalize.js';
import { collapse, htmlToText } from './text.js';
import { resolveBase, safeUrl } from './url.js';
import type { Feed, FeedFormat, FeedImage, FeedVideo } from './types.js';
import { detectVideo } from './video.js';

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
};
const MEDIA_NS = new Set([NS.media, 'http://search.yahoo.com/mrss']);
const ATOM_NS = new Set([NS.atom, NS.atom03]);
const RSS_NS = new Set<string | null>([null, '']);
const RDF_NS = new Set<string | null>([NS.rss1, NS.rss090]);

type NsSet = ReadonlySet<string | null>;

/** Direct children of `el` with `name` in one of `ns`. */
function kids(el: Element, name: string, ns: NsSet): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === name && ns.has(c.namespaceURI)) out.push(c);
  }
  return out;
}
function kid(el: Element, name: string, ns: NsSet): Element | undefined {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === name && ns.has(c.namespaceURI)) return c;
  }
  return undefined;
}
function text(el: Element | undefined): string | undefined {
  return el ? (el.textContent ?? '') : undefined;
}
function one(ns: string): NsSet {
  return new Set([ns]);
}
const DC = one(NS.dc);
const CONTENT = one(NS.content);
const YT = one(NS.yt);

/** The base URL in force at `el`: the document base plus every `xml:base` above it. */
function baseAt(el: Element, docBase: string | undefined): string | undefined {
  const chain: string[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const b = e.getAttributeNS(NS.xml, 'base');
    if (b) chain.push(b);
  }
  let base = docBase;
  for (let i = chain.length - 1; i >= 0; i--) base = resolveBase(chain[i] ?? null, base);
  return base;
}

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

function parseXmlDocument(xml: string): Document {
  const tryParse = (s: string) => {
    const doc = parseInert(s, 'application/xml');
    return doc.getElementsByTagNameNS(NS.xhtml, 'parsererror').length || doc.getElementsByTagName('parsererror').length
      ? undefined
      : doc;
  };
  const doc = tryParse(xml) ?? tryParse(mend(xml));
  if (!doc) throw new FeedError('parse', 'The feed is not well-formed XML.');
  return doc;
}

/** Text of an Atom text construct (`type="text" | "html" | "xhtml"`) as plain text and as HTML. */
function atomText(el: Element | undefined): { text: string; html?: string } {
  if (!el) return { text: '' };
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const div = kid(el, 'div', one(NS.xhtml)) ?? el;
    const html = Array.from(div.childNodes, (n) => (n.nodeType === 1 ? new XMLSerializer().serializeToString(n) : escapeText(n.textContent ?? ''))).join('');
    return { text: collapse(div.textContent ?? ''), html };
  }
  const raw = el.textContent ?? '';
  if (type === 'html' || type === 'text/html') return { text: htmlToText(raw), html: raw };
  return { text: collapse(raw) };
}
function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain text of an RSS field, which may carry escaped HTML. */
function rssText(el: Element | undefined): string {
  return el ? htmlToText(el.textContent ?? '') : '';
}

/** Reads Media RSS (`media:group`, `media:content`, `media:thumbnail`) under `el`. */
function readMedia(el: Element, base: string | undefined): { image?: FeedImage; description?: string; views?: number; duration?: number; title?: string } {
  const out: { image?: FeedImage; description?: string; views?: number; duration?: number; title?: string } = {};
  const scopes = [el, ...kids(el, 'group', MEDIA_NS)];
  for (const scope of scopes) {
    for (const thumb of kids(scope, 'thumbnail', MEDIA_NS)) {
      out.image ??= imageFromUrl(thumb.getAttribute('url'), baseAt(thumb, base), thumb.getAttribute('width'), thumb.getAttribute('height'));
    }
    for (const content of kids(scope, 'content', MEDIA_NS)) {
      const type = content.getAttribute('type') ?? '';
      const medium = content.getAttribute('medium') ?? '';
      const url = content.getAttribute('url');
      if (medium === 'image' || type.startsWith('image/') || (!type && !medium && /\.(jpe?g|png|gif|webp|avif|svg)(\?|$)/i.test(url ?? ''))) {
        out.image ??= imageFromUrl(url, baseAt(content, base), content.getAttribute('width'), content.getAttribute('height'));
      }
      for (const thumb of kids(content, 'thumbnail', MEDIA_NS)) {
        out.image ??= imageFromUrl(thumb.getAttribute('url'), baseAt(thumb, base), thumb.getAttribute('width'), thumb.getAttribute('height'));
      }
      const seconds = Number(content.getAttribute('duration'));
      if (seconds > 0) out.duration ??= seconds;
    }
    out.description ??= text(kid(scope, 'description', MEDIA_NS));
    out.title ??= text(kid(scope, 'title', MEDIA_NS));
    const stats = kid(kid(scope, 'community', MEDIA_NS) ?? scope, 'statistics', MEDIA_NS);
    const views = Number(stats?.getAttribute('views'));
    if (stats && Number.isFinite(views)) out.views ??= views;
  }
  return out;
}

/** Enclosure-like links: RSS `<enclosure>` and Atom `<link rel="enclosure">`. */
function readEnclosures(list: Element[], base: string | undefined, hrefAttr: string): { image?: FeedImage; video?: FeedVideo } {
  const out: { image?: FeedImage; video?: FeedVideo } = {};
  for (const enc of list) {
    const href = enc.getAttribute(hrefAttr);
    const type = (enc.getAttribute('type') ?? '').toLowerCase();
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

function categories(list: Element[], attr?: string): string[] {
  return list.map((c) => collapse((attr ? (c.getAttribute('label') || c.getAttribute(attr)) : c.textContent) ?? ''));
}

function channelImage(el: Element | undefined, base: string | undefined): FeedImage | undefined {
  if (!el) return undefined;
  const url = text(kid(el, 'url', new Set([null, '', NS.rss1, NS.rss090]))) ?? el.getAttributeNS(NS.rdf, 'resource');
  return imageFromUrl(url, baseAt(el, base));
}

/** RSS 0.9x / 2.0. */
function parseRss(root: Element, base: string | undefined): Feed {
  const channel = kid(root, 'channel', RSS_NS);
  if (!channel) throw new FeedError('parse', 'The RSS feed has no <channel>.');
  const items = kids(channel, 'item', RSS_NS).length ? kids(channel, 'item', RSS_NS) : kids(root, 'item', RSS_NS);
  return {
    format: 'rss',
    title: rssText(kid(channel, 'title', RSS_NS)),
    link: safeUrl(text(kid(channel, 'link', RSS_NS)), baseAt(channel, base)),
    description: rssText(kid(channel, 'description', RSS_NS)),
    image: channelImage(kid(channel, 'image', RSS_NS), base),
    language: collapse(text(kid(channel, 'language', RSS_NS)) ?? text(kid(channel, 'language', DC)) ?? '') || undefined,
    items: items.map((item) => {
      const b = baseAt(item, base);
      const guidEl = kid(item, 'guid', RSS_NS);
      const guid = collapse(text(guidEl) ?? '');
      const permalink = guidEl && guidEl.getAttribute('isPermaLink') !== 'false' ? guid : undefined;
      const atomLink = kids(item, 'link', ATOM_NS).find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
      const media = readMedia(item, base);
      const enc = readEnclosures(kids(item, 'enclosure', RSS_NS), base, 'url');
      const raw: RawItem = {
        id: guid,
        title: kid(item, 'title', RSS_NS) ? rssText(kid(item, 'title', RSS_NS)) : rssText(kid(item, 'title', DC)),
        link: text(kid(item, 'link', RSS_NS))?.trim() || atomLink?.getAttribute('href') || permalink || undefined,
        descriptionHtml: text(kid(item, 'description', RSS_NS)),
        textFallback: media.description,
        contentHtml: text(kid(item, 'encoded', CONTENT)),
        published: parseDate(text(kid(item, 'pubDate', RSS_NS)) ?? text(kid(item, 'date', DC))),
        updated: parseDate(text(kid(item, 'updated', ATOM_NS))),
        categories: [...categories(kids(item, 'category', RSS_NS)), ...categories(kids(item, 'subject', DC))],
        authors: [...kids(item, 'author', RSS_NS), ...kids(item, 'creator', DC)].map((a) => ({ name: collapse(a.textContent ?? '') })),
        image: enc.image ?? media.image,
        video: enc.video,
        views: media.views,
        duration: media.duration,
      };
      return buildItem(raw, b);
    }),
  };
}

/** RSS 1.0 / 0.90 (RDF). */
function parseRdf(root: Element, base: string | undefined): Feed {
  const channel = kid(root, 'channel', RDF_NS);
  const items = kids(root, 'item', RDF_NS);
  return {
    format: 'rdf',
    title: channel ? rssText(kid(channel, 'title', RDF_NS)) : '',
    link: channel ? safeUrl(text(kid(channel, 'link', RDF_NS)), baseAt(channel, base)) : undefined,
    description: channel ? rssText(kid(channel, 'description', RDF_NS)) : '',
    image: channelImage(kid(root, 'image', RDF_NS), base),
    language: collapse(channel ? (text(kid(channel, 'language', DC)) ?? '') : '') || undefined,
    items: items.map((item) => {
      const media = readMedia(item, base);
      const link = text(kid(item, 'link', RDF_NS))?.trim();
      const raw: RawItem = {
        id: item.getAttributeNS(NS.rdf, 'about') ?? link ?? '',
        title: rssText(kid(item, 'title', RDF_NS)),
        link,
        descriptionHtml: text(kid(item, 'description', RDF_NS)),
        contentHtml: text(kid(item, 'encoded', CONTENT)),
        published: parseDate(text(kid(item, 'date', DC))),
        categories: categories(kids(item, 'subject', DC)),
        authors: kids(item, 'creator', DC).map((a) => ({ name: collapse(a.textContent ?? '') })),
        image: media.image,
      };
      return buildItem(raw, baseAt(item, base));
    }),
  };
}

function atomLink(el: Element, rels: string[]): Element | undefined {
  const links = kids(el, 'link', ATOM_NS);
  return links.find((l) => rels.includes(l.getAttribute('rel') ?? 'alternate'));
}

/** Atom 1.0 (and 0.3), including YouTube channel and playlist feeds. */
function parseAtom(root: Element, base: string | undefined): Feed {
  const feedBase = baseAt(root, base);
  const youtube = !!root.getElementsByTagNameNS(NS.yt, 'videoId').length;
  const alt = atomLink(root, ['alternate']);
  return {
    format: youtube ? 'youtube' : 'atom',
    title: atomText(kid(root, 'title', ATOM_NS)).text,
    link: safeUrl(alt?.getAttribute('href'), alt ? baseAt(alt, base) : feedBase),
    description: atomText(kid(root, 'subtitle', ATOM_NS) ?? kid(root, 'tagline', ATOM_NS)).text,
    image: imageFromUrl(text(kid(root, 'logo', ATOM_NS)) ?? text(kid(root, 'icon', ATOM_NS)), feedBase),
    language: root.getAttributeNS(NS.xml, 'lang') ?? undefined,
    items: kids(root, 'entry', ATOM_NS).map((entry) => {
      const b = baseAt(entry, base);
      const link = atomLink(entry, ['alternate']) ?? kids(entry, 'link', ATOM_NS).find((l) => !['self', 'enclosure', 'edit', 'replies', 'related', 'via'].includes(l.getAttribute('rel') ?? ''));
      const content = kid(entry, 'content', ATOM_NS);
      const summary = kid(entry, 'summary', ATOM_NS);
      const media = readMedia(entry, base);
      const enc = readEnclosures(kids(entry, 'link', ATOM_NS).filter((l) => l.getAttribute('rel') === 'enclosure'), base, 'href');
      const videoId = text(kid(entry, 'videoId', YT))?.trim();
      const href = link?.getAttribute('href') ?? undefined;
      let video = enc.video;
      if (videoId) {
        // YouTube: the id comes from yt:videoId; the Flash /v/ URL in media:content is never used.
        const fromLink = detectVideo(safeUrl(href, link ? baseAt(link, base) : b));
        video = detectVideo(`https://www.youtube.com/${fromLink?.aspect === '9:16' ? 'shorts/' : 'watch?v='}${videoId}`);
      }
      const raw: RawItem = {
        id: collapse(text(kid(entry, 'id', ATOM_NS)) ?? ''),
        title: atomText(kid(entry, 'title', ATOM_NS)).text || collapse(media.title ?? ''),
        link: href,
        linkBase: link ? baseAt(link, base) : b,
        summaryText: summary ? atomText(summary).text : undefined,
        descriptionHtml: summary ? atomText(summary).html : undefined,
        contentHtml: content && !content.getAttribute('src') ? (atomText(content).html ?? escapeText(atomText(content).text)) : undefined,
        textFallback: media.description,
        published: parseDate(text(kid(entry, 'published', ATOM_NS)) ?? text(kid(entry, 'issued', ATOM_NS)) ?? text(kid(entry, 'created', ATOM_NS))),
        updated: parseDate(text(kid(entry, 'updated', ATOM_NS)) ?? text(kid(entry, 'modified', ATOM_NS))),
        categories: categories(kids(entry, 'category', ATOM_NS), 'term'),
        authors: kids(entry, 'author', ATOM_NS).map((a) => ({
          name: collapse(text(kid(a, 'name', ATOM_NS)) ?? ''),
          url: safeUrl(text(kid(a, 'uri', ATOM_NS)) ?? text(kid(a, 'url', ATOM_NS)), baseAt(a, base)),
        })),
        image: enc.image ?? media.image,
        video,
        views: media.views,
        duration: media.duration,
      };
      return buildItem(raw, b);
    }),
  };
}

/** Parses an XML feed (RSS 2.0, RSS 1.0, Atom, YouTube). */
export function parseXmlFeed(xml: string, baseUrl: string | undefined): Feed {
  if (/^\s*(<!doctype\s+html|<html[\s>])/i.test(xml)) {
    throw new FeedError('unsupported', 'The address returned a web page (HTML), not a feed.');
  }
  const doc = parseXmlDocument(xml);
  const root = doc.documentElement;
  const name = root.localName.toLowerCase();
  let format: FeedFormat | undefined;
  if (name === 'rss') format = 'rss';
  else if (name === 'rdf' && root.namespaceURI === NS.rdf) format = 'rdf';
  else if (name === 'feed' && ATOM_NS.has(root.namespaceURI ?? '')) format = 'atom';
  else if (name === 'html') throw new FeedError('unsupported', 'The address returned a web page (HTML), not a feed.');
  switch (format) {
    case 'rss':
      return parseRss(root, baseUrl);
    case 'rdf':
      return parseRdf(root, baseUrl);
    case 'atom':
      return parseAtom(root, baseUrl);
    default:
      throw new FeedError('unsupported', `Unknown XML document <${root.localName}>; expected RSS, RDF or Atom.`);
  }
}
