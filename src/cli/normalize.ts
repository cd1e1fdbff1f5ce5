/**
 * Raw source entries → JSON Feed items with `_siar`, in two steps: {@link prepare} does the cheap
 * part for every entry (id, URL, date, video, flags) so the build can merge, sort and cap; then
 * {@link finalize} does the expensive part (sanitizing HTML, summaries) only for the items that
 * make it into the feed.
 */
import { createHash } from 'node:crypto';
import { parseFeedDate, type DateOptions } from '../feed/dates.js';
import { safeUrl } from '../feed/url.js';
import { detectVideo } from '../feed/video.js';
import type { SourceConfig } from './config.js';
import { collapse, firstImage, htmlToText, sanitizeContent, truncate } from './html.js';
import { isAgencyId, kindFromWords } from '../feed/text.js';
import type { Kind, OutAttachment, OutItem, OutSiar, OutVideo, Priority, RawEntry } from './model.js';

export interface AgencyInfo {
  name: string;
  website?: string;
}

export interface NormalizeContext {
  feed: 'releases' | 'videos';
  source: SourceConfig;
  sourceIndex: number;
  /** Absolute http(s) URL the source came from (relative links resolve against it). */
  baseUrl: string | undefined;
  /** Formats a date as RFC 3339 in the province's time zone. */
  fmt: (date: Date) => string;
  /** The province's IANA time zone: source dates written without a zone are local time there. */
  timeZone: string;
  summaryLength: number;
  rewrite: (url: string) => string;
  /** Config-wide category → kind map. */
  categories: Record<string, Kind>;
  agencies: ReadonlyMap<string, AgencyInfo>;
}

/** An entry ready to be merged: what sorting, de-duplication and capping need. */
export interface Candidate {
  raw: RawEntry;
  ctx: NormalizeContext;
  index: number;
  id: string;
  url: string | undefined;
  /** The URL compared across sources (no fragment, no utm_*, no trailing slash). */
  urlKey: string | undefined;
  /** Publication time (ms), when the entry has a readable date; else its last update. */
  time: number | undefined;
  /** `time` came from a day without a time of day (midnight starting it in the province's zone). */
  dateOnly: boolean;
  video: OutVideo | undefined;
  attachments: OutAttachment[];
  priority: Priority | undefined;
  retracted: boolean;
}

const KINDS: readonly Kind[] = ['release', 'hoax-clarification', 'announcement'];
const ID_PATTERNS: Record<string, RegExp> = {
  youtube: /^[A-Za-z0-9_-]{11}$/,
  tiktok: /^\d{5,25}$/,
  facebook: /^\d{5,25}$/,
  instagram: /^[A-Za-z0-9_-]{5,40}$/,
};

/** The URL as compared across sources. */
export function urlKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$)/.test(k)) u.searchParams.delete(k);
    if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.slice(0, -1);
    return u.href.replace(/^http:/, 'https:').toLowerCase();
  } catch {
    return url;
  }
}

const lowerMap = <T>(m: Record<string, T> | undefined): Map<string, T> =>
  new Map(Object.entries(m ?? {}).map(([k, v]) => [collapse(k).toLowerCase(), v]));
const mapCache = new WeakMap<object, Map<string, unknown>>();
function cached<T>(m: Record<string, T> | undefined): Map<string, T> {
  if (!m) return new Map();
  let out = mapCache.get(m);
  if (!out) mapCache.set(m, (out = lowerMap(m)));
  return out as Map<string, T>;
}

/** Kind: source map, config map, upstream `_siar`, list entry, source default, built-in words, release. */
export function kindOf(tags: readonly string[], raw: RawEntry, ctx: NormalizeContext): Kind {
  const lower = tags.map((t) => t.toLowerCase());
  for (const map of [cached(ctx.source.categories), cached(ctx.categories)]) {
    for (const t of lower) if (map.has(t)) return map.get(t)!;
  }
  const up = (raw.siar as { kind?: unknown } | undefined)?.kind;
  if (KINDS.includes(up as Kind)) return up as Kind;
  if (raw.kind) return raw.kind;
  if (ctx.source.kind) return ctx.source.kind;
  if (ctx.source.builtin_kinds !== false) {
    const builtin = kindFromWords(tags); // the widgets' words too (src/feed/text.ts)
    if (builtin) return builtin;
  }
  return 'release';
}

/** Agency: list entry, source agency_map (author or category), upstream `_siar`, source default. */
export function agencyOf(raw: RawEntry, tags: readonly string[], ctx: NormalizeContext): string | undefined {
  if (isAgencyId(raw.agency)) return raw.agency;
  const map = cached(ctx.source.agency_map);
  if (map.size) {
    for (const name of [...raw.authors, ...tags]) {
      const hit = map.get(collapse(name).toLowerCase());
      if (hit) return hit;
    }
  }
  const up = (raw.siar as { agency?: unknown } | undefined)?.agency;
  if (isAgencyId(up)) return up;
  return ctx.source.agency;
}

function resolve(raw: string | undefined, ctx: NormalizeContext): string | undefined {
  const url = safeUrl(raw, ctx.baseUrl);
  return url === undefined ? undefined : ctx.rewrite(url);
}

function upstreamVideo(siar: unknown, ctx: NormalizeContext): OutVideo | undefined {
  const v = (siar as { video?: Record<string, unknown> } | undefined)?.video;
  if (!v || typeof v !== 'object') return undefined;
  const provider = v.provider as OutVideo['provider'];
  if (!['youtube', 'tiktok', 'instagram', 'facebook', 'file'].includes(provider)) return undefined;
  const out: OutVideo = { provider };
  if (typeof v.id === 'string') {
    if (provider === 'file') {
      const u = resolve(v.id, ctx);
      if (u) out.id = u;
    } else if (ID_PATTERNS[provider]!.test(v.id)) out.id = v.id;
  }
  if (provider !== 'file' && !out.id) return undefined;
  if (typeof v.aspect === 'string' && /^\d{1,2}:\d{1,2}$/.test(v.aspect)) out.aspect = v.aspect;
  if (typeof v.duration === 'number' && v.duration > 0) out.duration = v.duration;
  if (typeof v.views === 'number' && Number.isInteger(v.views) && v.views >= 0) out.views = v.views;
  return out;
}

const ATTACH = /^(video|audio)\/|^application\/pdf$/;

/** Cheap first step: everything needed to merge, sort and cap. */
export function prepare(raw: RawEntry, index: number, ctx: NormalizeContext): Candidate {
  const url = resolve(raw.link, ctx);
  // No (readable) publication date: the last update stands in, as in the widgets.
  const dates: DateOptions = { timeZone: ctx.timeZone };
  // An upstream Siar feed's `_siar.date_only` day stays a day (see parse-json.ts in the engine).
  const upstreamDay = (raw.siar as { date_only?: unknown } | undefined)?.date_only === true ? /^\s*(\d{4}-\d{2}-\d{2})/.exec(raw.published ?? '')?.[1] : undefined;
  const date = parseFeedDate(upstreamDay ?? raw.published, dates) ?? parseFeedDate(raw.updated, dates);
  const time = date?.date.getTime();
  const attachments: OutAttachment[] = [];
  for (const e of raw.enclosures) {
    const type = e.type ?? (e.medium === 'video' ? 'video/mp4' : e.medium === 'audio' ? 'audio/mpeg' : undefined);
    const u = resolve(e.url, ctx);
    if (!u || !type || !ATTACH.test(type) || attachments.some((a) => a.url === u)) continue;
    const a: OutAttachment = { url: u, mime_type: type };
    if (e.length && e.length > 0) a.size_in_bytes = e.length;
    const d = e.duration ?? (type.startsWith('video/') ? raw.duration : undefined);
    if (d && d > 0) a.duration_in_seconds = d;
    attachments.push(a);
  }

  let video: OutVideo | undefined;
  if (raw.youtube) {
    const vertical = /\/shorts\//.test(raw.link ?? '');
    video = { provider: 'youtube', id: raw.youtube.id, aspect: vertical ? '9:16' : '16:9' };
  }
  video ??= upstreamVideo(raw.siar, ctx);
  if (!video) {
    const found = detectVideo(safeUrl(raw.link, ctx.baseUrl));
    if (found && found.provider !== 'file' && ID_PATTERNS[found.provider]!.test(found.id)) {
      video = { provider: found.provider, id: found.id, aspect: found.aspect ?? '16:9' };
    }
  }
  if (!video) {
    const file = attachments.find((a) => a.mime_type.startsWith('video/'));
    if (file) video = { provider: 'file', id: file.url, aspect: ctx.source.aspect ?? '16:9' };
  }
  if (video) {
    if (video.provider === 'file' && ctx.source.aspect) video.aspect = ctx.source.aspect;
    const duration = video.duration ?? raw.youtube?.duration ?? raw.duration ?? attachments.find((a) => a.url === video!.id)?.duration_in_seconds;
    const views = video.views ?? raw.youtube?.views ?? raw.views;
    if (duration !== undefined && duration > 0) video.duration = Math.round(duration);
    if (views !== undefined && views >= 0) video.views = Math.round(views);
  }

  const siar = raw.siar as { priority?: unknown; retracted?: unknown } | undefined;
  const rawId = collapse(raw.id ?? '');
  const id =
    rawId ||
    url ||
    `urn:siar:${createHash('sha256')
      .update(`${raw.title ?? ''}\n${raw.published ?? ''}\n${(raw.summaryText ?? raw.summaryHtml ?? raw.contentHtml ?? '').slice(0, 200)}`)
      .digest('hex')
      .slice(0, 20)}`;
  return {
    raw,
    ctx,
    index,
    id,
    url,
    urlKey: urlKey(url),
    time,
    dateOnly: date?.dateOnly === true,
    video,
    attachments,
    priority: siar?.priority === 'urgent' || siar?.priority === 'pinned' ? siar.priority : undefined,
    retracted: siar?.retracted === true,
  };
}

/** First paragraph of a plain-text description (YouTube descriptions end in links and hashtags). */
function firstParagraph(text: string): string {
  return text.split(/\n\s*\n/)[0] ?? text;
}

/**
 * Expensive second step: the JSON Feed item. Returns `undefined` for an entry with nothing to show
 * (no title, no text, no link).
 */
export function finalize(c: Candidate): OutItem | undefined {
  const { raw, ctx } = c;
  const base = c.url ?? ctx.baseUrl;
  const sanitizeCtx = { base, rewrite: ctx.rewrite };
  const contentSource = raw.contentHtml ?? raw.summaryHtml;
  // A description without any markup is plain text: it goes to content_text, not content_html.
  const contentHtml = contentSource && /<[a-z!/]/i.test(contentSource) ? sanitizeContent(contentSource, sanitizeCtx) : '';
  const fullText = raw.summaryText ? collapse(raw.summaryText) : '';
  let summary =
    (raw.summaryText ? collapse(firstParagraph(raw.summaryText)) : '') ||
    htmlToText(raw.summaryHtml) ||
    htmlToText(raw.contentHtml) ||
    collapse(raw.contentText ?? '');
  summary = truncate(summary, ctx.summaryLength);
  let title = htmlToText(raw.title);
  if (!title && !summary && !c.url) return undefined;
  if (!title) title = truncate(summary || c.url || '', 120);

  const tagSeen = new Set<string>();
  const tags: string[] = [];
  for (const t of [...raw.categories, ...(ctx.source.tags ?? [])]) {
    const clean = htmlToText(t);
    if (clean && !tagSeen.has(clean.toLowerCase())) {
      tagSeen.add(clean.toLowerCase());
      tags.push(clean);
    }
  }

  const item: OutItem = { id: c.id, title, _siar: { kind: 'release', source: ctx.source.id } };
  if (c.url) item.url = c.url;
  if (summary) item.summary = summary;
  if (contentHtml) item.content_html = contentHtml;
  else item.content_text = collapse(raw.contentText ?? '') || fullText || htmlToText(contentSource) || summary || title;
  if (c.time !== undefined) item.date_published = ctx.fmt(new Date(c.time));
  const updated = parseFeedDate(raw.updated, { timeZone: ctx.timeZone })?.date.getTime();
  if (updated !== undefined && (c.time === undefined || updated > c.time)) item.date_modified = ctx.fmt(new Date(updated));
  const image = raw.images.map((i) => resolve(i, ctx)).find(Boolean) ?? (contentHtml ? firstImage(contentHtml) : undefined);
  if (image) item.image = image;
  if (tags.length) item.tags = tags;

  const agency = agencyOf(raw, tags, ctx);
  const info = agency ? ctx.agencies.get(agency) : undefined;
  if (info) item.authors = [info.website && /^https?:\/\//.test(info.website) ? { name: info.name, url: info.website } : { name: info.name }];
  else if (raw.authors.length) item.authors = raw.authors.map((name) => ({ name: collapse(name) }));
  if (c.attachments.length) item.attachments = c.attachments.map((a) => (a.mime_type.startsWith('video/') ? { ...a, title } : a));

  const siar: OutSiar = { kind: kindOf(tags, raw, ctx), source: ctx.source.id };
  if (c.priority) siar.priority = c.priority;
  if (agency) siar.agency = agency;
  if (c.retracted) siar.retracted = true;
  if (c.dateOnly && item.date_published) siar.date_only = true;
  if (c.video) siar.video = { ...c.video };
  item._siar = siar;
  return orderItem(item);
}

const ITEM_KEYS = ['id', 'url', 'title', 'summary', 'content_html', 'content_text', 'date_published', 'date_modified', 'image', 'tags', 'authors', 'attachments'] as const;

/** An item with its keys in the canonical order (deterministic output). */
export function orderItem(item: OutItem): OutItem {
  const out: Record<string, unknown> = {};
  for (const k of ITEM_KEYS) if (item[k] !== undefined) out[k] = item[k];
  out._siar = orderSiar(item._siar);
  return out as unknown as OutItem;
}

/** `_siar` keys in a fixed order (deterministic output). */
export function orderSiar(s: OutSiar): OutSiar {
  const out = { kind: s.kind } as OutSiar;
  if (s.priority) out.priority = s.priority;
  if (s.agency) out.agency = s.agency;
  if (s.retracted) out.retracted = true;
  if (s.date_only) out.date_only = true;
  if (s.video) {
    const v: OutVideo = { provider: s.video.provider };
    if (s.video.id !== undefined) v.id = s.video.id;
    if (s.video.aspect !== undefined) v.aspect = s.video.aspect;
    if (s.video.duration !== undefined) v.duration = s.video.duration;
    if (s.video.views !== undefined) v.views = s.video.views;
    out.video = v;
  }
  if (s.image_width && s.image_height) {
    out.image_width = s.image_width;
    out.image_height = s.image_height;
  }
  out.source = s.source;
  return out;
}
