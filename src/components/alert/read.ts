import { alertConcerns, alertsInForce, parseQuakes, SEVERITIES, type InForceOptions, type ShownAlert } from '../../feed/alerts.js';
import { alertFromJson, quakeToCap } from '../../feed/alert-json.js';
import { capIndexEntries, isCap, parseCap, type CapAlert } from '../../feed/cap.js';
import { FeedError } from '../../feed/errors.js';
import { parseXml, XmlError, type XmlElement } from '../../feed/xml.js';

// The banner's templates, styles and date formatting travel with the reader: one lazy chunk, one request.
export { renderAlerts, styles } from './view.js';

/**
 * What `<siar-alert>` reads, loaded on demand with its first request: CAP documents, Atom/RSS
 * indexes of CAP documents, BMKG earthquake JSON and JSON Feeds whose items carry `_siar.alert`;
 * and, from `view.ts`, how the banner draws what it read.
 *
 * @internal
 */

/**
 * The CAP documents an index links to ({@link capIndexEntries}), on the index's own origin only:
 * nothing is fetched from a host the page did not name.
 */
export function capLinks(root: XmlElement, indexUrl: string): string[] {
  const origin = new URL(indexUrl).origin;
  return (capIndexEntries(root, indexUrl) ?? []).map((e) => e.url).filter((u) => new URL(u).origin === origin);
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
