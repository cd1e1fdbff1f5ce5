import { alertConcerns, alertsInForce, parseQuakes, SEVERITIES, type InForceOptions, type ShownAlert } from '../../feed/alerts.js';
import { alertFromJson, quakeToCap } from '../../feed/alert-json.js';
import { isCap, parseCap, type CapAlert } from '../../feed/cap.js';
import { FeedError } from '../../feed/errors.js';
import { safeUrl } from '../../feed/url.js';
import { attr, childNamed, childrenNamed, parseXml, textContent, XmlError, type XmlElement } from '../../feed/xml.js';

/**
 * What `<siar-alert>` reads, loaded on demand with its first request: CAP documents, Atom/RSS
 * indexes of CAP documents, BMKG earthquake JSON and JSON Feeds whose items carry `_siar.alert`.
 *
 * @internal
 */

const ATOM = new Set<string | null>(['http://www.w3.org/2005/Atom']);
const NONE = new Set<string | null>([null, '']);

/**
 * The CAP documents an Atom or RSS index links to: Atom `link`s typed `application/cap+xml`
 * (else the entry's `related`/`alternate` link), RSS item `link`s (else an enclosure typed
 * CAP). Only links on the index's own origin are returned: nothing is fetched from a host the
 * page did not name.
 */
export function capLinks(root: XmlElement, indexUrl: string): string[] {
  const origin = new URL(indexUrl).origin;
  const links: (string | null)[] = [];
  if (root.local === 'feed' && ATOM.has(root.ns)) {
    for (const entry of childrenNamed(root, 'entry', ATOM)) {
      const all = childrenNamed(entry, 'link', ATOM);
      const cap = all.find((l) => /cap\+xml/i.test(attr(l, 'type') ?? '')) ?? all.find((l) => /^(related|alternate)?$/.test(attr(l, 'rel') ?? ''));
      links.push(cap ? attr(cap, 'href') : null);
    }
  } else {
    const channel = root.local === 'rss' ? childNamed(root, 'channel', NONE) : undefined;
    for (const item of channel ? childrenNamed(channel, 'item', NONE) : []) {
      const enclosure = childrenNamed(item, 'enclosure', NONE).find((e) => /cap\+xml|xml/i.test(attr(e, 'type') ?? ''));
      const link = childNamed(item, 'link', NONE);
      links.push(enclosure ? attr(enclosure, 'url') : link ? textContent(link).trim() : null);
    }
  }
  return [...new Set(links.flatMap((l) => safeUrl(l ?? undefined, indexUrl) ?? []))].filter((u) => new URL(u).origin === origin);
}

/** How the reader fetches a linked CAP document (one request each, shared and cached like feeds). */
export type FetchCap = (url: string) => Promise<CapAlert>;

/**
 * Reads one source's text: a JSON Feed (items' `_siar.alert`), BMKG earthquake JSON, a CAP
 * document, or an index whose linked documents are fetched with `fetchCap` (a failed document is
 * skipped; an index whose every document failed fails with the first error).
 */
export async function readAlerts(text: string, baseUrl: string, fetchCap: FetchCap): Promise<CapAlert[]> {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (cause) {
      throw new FeedError('parse', 'The alert feed is not valid JSON (it may be truncated).', { cause, url: baseUrl });
    }
    const d = data as { Infogempa?: unknown; version?: unknown; items?: unknown };
    if (d && typeof d === 'object' && 'Infogempa' in d) return parseQuakes(data).map((q) => quakeToCap(q));
    if (!d || typeof d.version !== 'string' || !Array.isArray(d.items)) throw new FeedError('unsupported', 'This JSON is neither a JSON Feed of alerts nor BMKG earthquake data.', { url: baseUrl });
    return d.items.flatMap((item) => alertFromJson((item as { _siar?: { alert?: unknown } } | null)?._siar?.alert, baseUrl) ?? []);
  }
  if (!body.startsWith('<')) throw new FeedError('unsupported', 'The address returned neither XML nor JSON.', { url: baseUrl });
  if (isCap(body)) return [parseCap(body, baseUrl)];
  let root: XmlElement;
  try {
    root = parseXml(body);
  } catch (cause) {
    const doctype = cause instanceof XmlError && cause.code === 'doctype';
    throw new FeedError('parse', doctype ? 'Documents with a DOCTYPE are refused.' : 'The alert index is not well-formed XML.', { cause, url: baseUrl });
  }
  const links = capLinks(root, baseUrl);
  if (!links.length && !(root.local === 'rss' || root.local === 'feed')) throw new FeedError('unsupported', 'This XML is neither a CAP alert nor an index of alerts.', { url: baseUrl });
  const settled = await Promise.allSettled(links.map(fetchCap));
  const alerts = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (!alerts.length && failed) throw failed.reason;
  return alerts;
}

/**
 * The alerts a banner shows: in force (see `alertsInForce`), concerning `area` (a name or a
 * `lat,lon` point) when one is given. Here rather than in the component so the rules load with
 * the reader, not at start-up (a page with nothing in force never needs them before data).
 */
export function selectAlerts(alerts: readonly CapAlert[], options: InForceOptions & { area?: string }): ShownAlert[] {
  const minSeverity = options.minSeverity && (SEVERITIES as readonly string[]).includes(options.minSeverity) ? options.minSeverity : 'Moderate';
  const all = alertsInForce(alerts, { ...options, minSeverity });
  const area = options.area?.trim();
  return area ? all.filter((a) => alertConcerns(a, area)) : all;
}
