import { collapse } from './collapse.js';
import { FeedError } from './errors.js';
import { safeUrl } from './url.js';
import { attr, childNamed, childrenNamed, parseXml, textContent, XmlError, type XmlElement } from './xml.js';

/**
 * OASIS Common Alerting Protocol (CAP) 1.1 and 1.2 documents, read into a plain model: the
 * foundation of `<siar-alert>` and of the publisher kit's alert mirror (issue #15). CAP is
 * untrusted XML from other hosts: it is read by Siar's own strict XML parser, which never reads a
 * DOCTYPE (a document with one, e.g. an XXE attempt, is refused), all text is plain text, and
 * links are `http(s)` only.
 *
 * @module
 */

import { SEVERITIES, type CapSeverity } from './alerts.js';

export { SEVERITIES, type CapSeverity };
export type CapStatus = 'Actual' | 'Exercise' | 'System' | 'Test' | 'Draft';
export type CapMsgType = 'Alert' | 'Update' | 'Cancel' | 'Ack' | 'Error';
export type CapScope = 'Public' | 'Restricted' | 'Private';

/** An earlier message named by an Update or Cancel (`sender,identifier,sent`). */
export interface CapReference {
  sender: string;
  identifier: string;
  sent?: Date;
}

/** One `<area>`: its description and shapes. Polygons are `[lat, lon]` rings; circles in km. */
export interface CapArea {
  description: string;
  polygons: [number, number][][];
  circles: { lat: number; lon: number; radiusKm: number }[];
  geocodes: { name: string; value: string }[];
}

/** One `<info>` block: the alert in one language. */
export interface CapInfo {
  /** As written (`id`, `en-US`); `en-US` when the document gives none (CAP's default). */
  language: string;
  categories: string[];
  event: string;
  responseTypes: string[];
  urgency: string;
  severity: CapSeverity;
  certainty: string;
  effective?: Date;
  onset?: Date;
  expires?: Date;
  senderName?: string;
  headline?: string;
  description?: string;
  instruction?: string;
  /** http(s) only. */
  web?: string;
  contact?: string;
  parameters: { name: string; value: string }[];
  areas: CapArea[];
}

/** A CAP message. */
export interface CapAlert {
  identifier: string;
  sender: string;
  sent: Date;
  status: CapStatus;
  msgType: CapMsgType;
  scope: CapScope;
  references: CapReference[];
  note?: string;
  infos: CapInfo[];
}

const CAP_NS: ReadonlySet<string | null> = new Set([
  'urn:oasis:names:tc:emergency:cap:1.2',
  'urn:oasis:names:tc:emergency:cap:1.1',
]);
const STATUSES = new Set<CapStatus>(['Actual', 'Exercise', 'System', 'Test', 'Draft']);
const MSG_TYPES = new Set<CapMsgType>(['Alert', 'Update', 'Cancel', 'Ack', 'Error']);
const SCOPES = new Set<CapScope>(['Public', 'Restricted', 'Private']);

/** CAP's date-time: `2026-09-24T07:10:00+08:00` (a `Z` is tolerated; CAP 1.2 forbids it, some senders write it). */
const CAP_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A CAP date-time as a `Date`, or `undefined` when it is not one. */
export function capTime(value: string | undefined): Date | undefined {
  const text = value?.trim();
  if (!text || !CAP_TIME.test(text)) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time);
}

function text(el: XmlElement, local: string): string | undefined {
  const child = childNamed(el, local, CAP_NS);
  if (!child) return undefined;
  const value = collapse(textContent(child));
  return value || undefined;
}

/** Multi-line text (description, instruction): line breaks kept, other white space collapsed. */
function paragraphText(el: XmlElement, local: string): string | undefined {
  const child = childNamed(el, local, CAP_NS);
  if (!child) return undefined;
  const value = textContent(child)
    .split(/\r?\n/)
    .map((line) => collapse(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return value || undefined;
}

function texts(el: XmlElement, local: string): string[] {
  return childrenNamed(el, local, CAP_NS)
    .map((c) => collapse(textContent(c)))
    .filter(Boolean);
}

function pairs(el: XmlElement, local: string): { name: string; value: string }[] {
  return childrenNamed(el, local, CAP_NS).flatMap((c) => {
    const name = text(c, 'valueName');
    const value = text(c, 'value');
    return name && value !== undefined ? [{ name, value }] : [];
  });
}

const number = (s: string | undefined) => (s !== undefined && /^\s*[-+]?\d+(\.\d+)?\s*$/.test(s) ? Number(s) : Number.NaN);
const isLat = (n: number) => Number.isFinite(n) && n >= -90 && n <= 90;
const isLon = (n: number) => Number.isFinite(n) && n >= -180 && n <= 180;

/** `lat,lon lat,lon …` (at least four pairs, first = last, as CAP requires; unclosed rings are closed). */
function polygon(value: string): [number, number][] | undefined {
  const points: [number, number][] = [];
  for (const pair of value.trim().split(/\s+/)) {
    const [lat, lon] = pair.split(',').map((p) => number(p));
    if (!isLat(lat!) || !isLon(lon!)) return undefined;
    points.push([lat!, lon!]);
  }
  if (points.length < 3) return undefined;
  const [first, last] = [points[0]!, points[points.length - 1]!];
  if (first[0] !== last[0] || first[1] !== last[1]) points.push(first);
  return points.length >= 4 ? points : undefined;
}

/** `lat,lon radius` (radius in km; 0 is a point). */
function circle(value: string): CapArea['circles'][number] | undefined {
  const match = /^\s*(\S+?),(\S+)\s+(\S+)\s*$/.exec(value);
  if (!match) return undefined;
  const [lat, lon, radiusKm] = [number(match[1]), number(match[2]), number(match[3])];
  return isLat(lat) && isLon(lon) && Number.isFinite(radiusKm) && radiusKm >= 0 ? { lat, lon, radiusKm } : undefined;
}

function readArea(el: XmlElement): CapArea {
  return {
    description: text(el, 'areaDesc') ?? '',
    polygons: childrenNamed(el, 'polygon', CAP_NS)
      .map((p) => polygon(textContent(p)))
      .filter((p): p is [number, number][] => !!p),
    circles: childrenNamed(el, 'circle', CAP_NS).flatMap((c) => circle(textContent(c)) ?? []),
    geocodes: pairs(el, 'geocode'),
  };
}

function readInfo(el: XmlElement, baseUrl: string | undefined): CapInfo {
  const severity = text(el, 'severity') as CapSeverity | undefined;
  const info: CapInfo = {
    language: text(el, 'language') ?? 'en-US',
    categories: texts(el, 'category'),
    event: text(el, 'event') ?? '',
    responseTypes: texts(el, 'responseType'),
    urgency: text(el, 'urgency') ?? 'Unknown',
    severity: severity && (SEVERITIES as readonly string[]).includes(severity) ? severity : 'Unknown',
    certainty: text(el, 'certainty') ?? 'Unknown',
    parameters: pairs(el, 'parameter'),
    areas: childrenNamed(el, 'area', CAP_NS).map(readArea),
  };
  const effective = capTime(text(el, 'effective'));
  const onset = capTime(text(el, 'onset'));
  const expires = capTime(text(el, 'expires'));
  if (effective) info.effective = effective;
  if (onset) info.onset = onset;
  if (expires) info.expires = expires;
  for (const key of ['senderName', 'headline', 'contact'] as const) {
    const value = text(el, key);
    if (value) info[key] = value;
  }
  for (const key of ['description', 'instruction'] as const) {
    const value = paragraphText(el, key);
    if (value) info[key] = value;
  }
  const web = safeUrl(text(el, 'web'), baseUrl);
  if (web) info.web = web;
  return info;
}

/** `sender,identifier,sent` triples separated by white space. */
function readReferences(value: string | undefined): CapReference[] {
  if (!value) return [];
  return value
    .trim()
    .split(/\s+/)
    .flatMap((triple) => {
      const [sender, identifier, sent] = triple.split(',');
      if (!sender || !identifier) return [];
      const ref: CapReference = { sender, identifier };
      const time = capTime(sent);
      if (time) ref.sent = time;
      return [ref];
    });
}

/** Whether the text looks like a CAP document: an `alert` element and a CAP namespace near the start. */
export function isCap(xml: string): boolean {
  const head = xml.slice(0, 4000);
  return /urn:oasis:names:tc:emergency:cap:1\.[12]/.test(head) && /<(?:[\w.-]+:)?alert[\s>]/.test(head);
}

/**
 * Reads a CAP 1.1 / 1.2 document. Throws a {@link FeedError}: `parse` for text that is not
 * well-formed XML, has a DOCTYPE (never read: no entity can be declared, nothing is fetched), or
 * misses a field CAP requires (`identifier`, `sender`, `sent`, `status`, `msgType`, `scope`);
 * `unsupported` for XML that is not a CAP alert.
 */
export function parseCap(xml: string, baseUrl?: string): CapAlert {
  let root: XmlElement;
  try {
    root = parseXml(xml.replace(/^\uFEFF/, '').trimStart());
  } catch (cause) {
    const doctype = cause instanceof XmlError && cause.code === 'doctype';
    throw new FeedError('parse', doctype ? 'CAP documents with a DOCTYPE are refused.' : 'The alert is not well-formed XML.', { cause, ...(baseUrl ? { url: baseUrl } : {}) });
  }
  if (root.local !== 'alert' || !CAP_NS.has(root.ns)) {
    throw new FeedError('unsupported', 'This XML is not a CAP alert.', baseUrl ? { url: baseUrl } : {});
  }
  const missing = ['identifier', 'sender', 'sent', 'status', 'msgType', 'scope'].filter((key) => !text(root, key));
  const sent = capTime(text(root, 'sent'));
  const status = text(root, 'status') as CapStatus;
  const msgType = text(root, 'msgType') as CapMsgType;
  const scope = text(root, 'scope') as CapScope;
  const invalid = missing.length
    ? `missing <${missing.join('>, <')}>`
    : !sent
      ? '<sent> is not a CAP date-time'
      : !STATUSES.has(status) || !MSG_TYPES.has(msgType) || !SCOPES.has(scope)
        ? 'unknown <status>, <msgType> or <scope>'
        : '';
  if (invalid) throw new FeedError('parse', `The alert is not valid CAP: ${invalid}.`, baseUrl ? { url: baseUrl } : {});
  const alert: CapAlert = {
    identifier: text(root, 'identifier')!,
    sender: text(root, 'sender')!,
    sent: sent!,
    status,
    msgType,
    scope,
    references: readReferences(text(root, 'references')),
    infos: childrenNamed(root, 'info', CAP_NS).map((info) => readInfo(info, baseUrl)),
  };
  const note = text(root, 'note');
  if (note) alert.note = note;
  return alert;
}

const ATOM_NS: ReadonlySet<string | null> = new Set(['http://www.w3.org/2005/Atom']);
const NO_NS: ReadonlySet<string | null> = new Set([null, '', 'http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/']);

/**
 * The CAP documents an Atom, RSS or RDF index links to, with each entry's id (BMKG: the CAP
 * identifier), resolved against `base`, http(s) only, without repeats: an Atom entry's link typed
 * `application/cap+xml`, else its `related`/`alternate` link; an RSS/RDF item's enclosure typed as
 * XML, else its `link`. `undefined` when the root is not an index. Which hosts may be fetched is
 * the caller's rule (the widget: the index's own origin; the publisher kit: its allow list).
 */
export function capIndexEntries(root: XmlElement, base: string | undefined): { url: string; id?: string }[] | undefined {
  const out: { url: string; id?: string }[] = [];
  const add = (raw: string | null | undefined, id: XmlElement | undefined): void => {
    const url = safeUrl(raw?.trim() || undefined, base);
    if (url && !out.some((o) => o.url === url)) out.push({ url, ...(id && collapse(textContent(id)) ? { id: collapse(textContent(id)) } : {}) });
  };
  if (root.local === 'feed' && ATOM_NS.has(root.ns)) {
    for (const entry of childrenNamed(root, 'entry', ATOM_NS)) {
      const links = childrenNamed(entry, 'link', ATOM_NS);
      const cap = links.find((l) => /cap\+xml/i.test(attr(l, 'type') ?? '')) ?? links.find((l) => /^(related|alternate)$/.test(attr(l, 'rel') ?? 'alternate'));
      add(cap ? attr(cap, 'href') : undefined, childNamed(entry, 'id', ATOM_NS));
    }
    return out;
  }
  const channel = root.local === 'rss' ? childNamed(root, 'channel', NO_NS) : root.local === 'RDF' ? root : undefined;
  if (!channel) return undefined;
  for (const item of childrenNamed(channel, 'item', NO_NS)) {
    const enclosure = childrenNamed(item, 'enclosure', NO_NS).find((e) => /xml/i.test(attr(e, 'type') ?? ''));
    const link = childNamed(item, 'link', NO_NS);
    add(enclosure ? attr(enclosure, 'url') : link ? textContent(link) : undefined, childNamed(item, 'guid', NO_NS));
  }
  return out;
}
