/**
 * The alert mirror of `siar build` (issue #15): official warnings from CAP 1.1/1.2 documents, Atom/RSS
 * indexes of CAP documents (BMKG's nowcasts) and BMKG earthquake JSON, kept for the province and
 * written as `alerts.json`, a JSON Feed whose items carry the alert in `_siar.alert`
 * (src/feed/alert-json.ts). Regency sites read that one CORS-ready file and never load BMKG's servers.
 *
 * The reading is the widget's own model (src/feed/cap.ts, alerts.ts, alert-json.ts): CAP is untrusted
 * XML, a document with a DOCTYPE is refused, links are http(s) only. An index's entries are followed to
 * the index's own host only (or the hosts `allow_hosts` names). A source that fails keeps its alerts
 * from the previous `alerts.json`, as a feed source keeps its items.
 */
import { createHash } from 'node:crypto';
import { alertToJson, alertFromJson, quakeToCap } from '../feed/alert-json.js';
import { alertConcerns, alertKind, DEFAULT_LIFETIME_HOURS, parseQuakes, SEVERITIES, type CapSeverity, type ShownAlert } from '../feed/alerts.js';
import { capIndexEntries, isCap, parseCap, type CapAlert, type CapInfo } from '../feed/cap.js';
import { isFeedError } from '../feed/errors.js';
import { parseXml, XmlError, type XmlElement } from '../feed/xml.js';
import type { Config, LoadedConfig } from './config.js';
import { fetchUrl, isHttp, readLocal, resolvePath, type Fetched, type FetchOptions } from './fetch.js';
import { CliError, recordSourceFailure, type Problem } from './problems.js';
import { stateEntry, type State } from './state.js';
import { VERSION } from './version.js';
import type { SourceReport } from './build.js';

export type AlertSourceKind = 'cap' | 'cap-index' | 'bmkg-gempa';

export interface AlertSourceConfig {
  /** Default: `<kind>-<n>` (its place in the list, from 1). */
  id?: string;
  kind: AlertSourceKind;
  url: string;
  timeout_ms?: number;
  retries?: number;
}

export interface AlertsConfig {
  title?: string;
  /** Place names (regencies, the province) or `lat,lon` points an alert must concern; none: every alert is kept. */
  area?: string[];
  /** BMKG's two-digit province code (BPS code, e.g. "75" Gorontalo), read from BMKG identifiers and geocodes. */
  bmkg_province?: string;
  /** Least severity kept (default: every severity). */
  min_severity?: CapSeverity;
  /** Hosts an index may link to besides its own. */
  allow_hosts?: string[];
  /** Entries followed per index (default 50). */
  max_entries?: number;
  sources: AlertSourceConfig[];
}

export const ALERTS_FILE = 'alerts.json';
/** Messages whose end passed more than this long ago are dropped. */
const KEEP_AFTER_END_MS = 24 * 3_600_000;
const OFFSETS: Record<string, number> = { 'Asia/Jakarta': 420, 'Asia/Pontianak': 420, 'Asia/Makassar': 480, 'Asia/Jayapura': 540 };
/** `2.49.0.1.360.0.YYYY.MM.DD.HH.PP.NNN`: BMKG's nowcast identifiers name the province (PP, BPS code). */
const BMKG_ID = /^2\.49\.0\.1\.360\.0\.\d{4}\.\d{2}\.\d{2}\.\d{2}\.(\d{2})\.\d+$/;

export const alertSourceId = (s: AlertSourceConfig, i: number): string => s.id ?? `${s.kind}-${i + 1}`;

/** A message with where it came from. */
interface Held {
  alert: CapAlert;
  source: string;
  /** The document it was read from (the item's link when its info names no web page). */
  url: string;
}

/** A source's line in the build report (the same shape as the feeds'). */
export type AlertSourceReport = SourceReport & { feed: 'alerts' };

export interface AlertsBuild {
  /** The file to write, or none (every source failed: the previous file stays). */
  content?: unknown;
  items: number;
  problems: Problem[];
  reports: AlertSourceReport[];
  /** Some source failed with nothing to keep, or the file was not written. */
  degraded: boolean;
  /** The output status when nothing is written. */
  kept?: 'kept' | 'not-written';
}

/** A CAP parse failure as the CLI's message code. */
export function capProblem(err: unknown, url: string): CliError {
  if (err instanceof CliError) return err;
  if (isFeedError(err)) {
    const cause = (err as Error & { cause?: unknown }).cause;
    if (cause instanceof XmlError && cause.code === 'doctype') return new CliError('alerts.doctype', { url });
    if (err.kind === 'unsupported') return new CliError('alerts.not-cap', { url });
    const detail = err.message.replace(/^The alert is not valid CAP: /, '').replace(/\.$/, '');
    if (cause instanceof XmlError || /well-formed/.test(err.message)) return new CliError('parse.xml', { detail: cause instanceof Error ? cause.message : err.message });
    return new CliError('alerts.invalid-cap', { url, detail });
  }
  throw err;
}

/** Reads one CAP document (throws {@link CliError}). */
export function readCap(text: string, url: string): CapAlert {
  try {
    return parseCap(text, isHttp(url) ? url : undefined);
  } catch (err) {
    throw capProblem(err, url);
  }
}

/** The links of an Atom/RSS index of CAP documents, with the entry's id (BMKG: the CAP identifier). */
export function indexLinks(text: string, base: string | undefined): Array<{ url: string; id?: string }> {
  let root: XmlElement;
  try {
    root = parseXml(text.replace(/^\uFEFF/, '').trimStart());
  } catch (err) {
    if (err instanceof XmlError && err.code === 'doctype') throw new CliError('alerts.doctype', { url: base ?? '' });
    throw new CliError('parse.xml', { detail: err instanceof Error ? err.message : String(err) });
  }
  const entries = capIndexEntries(root, base);
  if (!entries) throw new CliError('alerts.not-index', { url: base ?? '' });
  return entries;
}

/** Whether a message belongs to the province's mirror: area names / points, or BMKG's province code. */
function concerns(alert: CapAlert, cfg: AlertsConfig): boolean | undefined {
  const areas = cfg.area ?? [];
  const code = cfg.bmkg_province;
  if (!areas.length && !code) return true;
  if (!alert.infos.length) return undefined; // decided by what it references
  if (code) {
    const m = BMKG_ID.exec(alert.identifier);
    if (m && m[1] === code) return true;
    if (alert.infos.some((i) => i.areas.some((a) => a.geocodes.some((g) => g.value === code || g.value.startsWith(`${code}.`))))) return true;
  }
  return alert.infos.some((info) => {
    const shown = {
      area: info.areas.map((a) => a.description).filter(Boolean).join('; '),
      headline: info.headline ?? info.event,
      description: info.description ?? '',
      areas: info.areas,
    } as unknown as ShownAlert;
    return areas.some((a) => alertConcerns(shown, a));
  });
}

/** When a message stops mattering: its latest end (expires, or the default lifetime of its kind). */
function endOf(alert: CapAlert): number {
  if (!alert.infos.length) return alert.sent.getTime() + DEFAULT_LIFETIME_HOURS.announcement * 3_600_000;
  return Math.max(
    ...alert.infos.map((i: CapInfo) => (i.expires ?? new Date((i.effective ?? alert.sent).getTime() + DEFAULT_LIFETIME_HOURS[alertKind(i)] * 3_600_000)).getTime()),
  );
}

const rank = (s: CapSeverity): number => SEVERITIES.indexOf(s);
/** A document read from this machine (a local mirror, the demo) is no link for readers. */
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/** One JSON Feed item for a message. */
function item(h: Held, offset: number): Record<string, unknown> {
  const a = h.alert;
  const info = a.infos.find((i) => primary(i.language) === 'id') ?? a.infos[0];
  const json = alertToJson(a, offset);
  const title = info?.headline ?? info?.event ?? a.note ?? `${a.msgType}: ${a.identifier}`;
  const text = [info?.description, info?.instruction].filter(Boolean).join('\n\n') || a.note || title;
  const url = info?.web ?? (isHttp(h.url) && !LOOPBACK.test(new URL(h.url).hostname) ? h.url : undefined);
  return {
    id: `${a.sender},${a.identifier}`,
    ...(url ? { url } : {}),
    title,
    content_text: text,
    date_published: json['sent'],
    ...(info && primary(info.language) ? { language: primary(info.language) } : {}),
    _siar: { source: h.source, alert: json },
  };
}

export interface AlertsContext {
  config: Config;
  loaded: LoadedConfig;
  previous: unknown;
  state: State;
  nextState: State;
  now: Date;
  fetch: Omit<FetchOptions, 'etag' | 'lastModified' | 'accept'>;
  concurrency: number;
  onReport?: (r: AlertSourceReport) => void;
}

/** Runs every alert source and returns the alerts.json document (or why none is written). */
export async function buildAlerts(ctx: AlertsContext): Promise<AlertsBuild> {
  const cfg = ctx.config.alerts!;
  const problems: Problem[] = [];
  const reports: AlertSourceReport[] = [];
  let degraded = false;
  const offset = OFFSETS[ctx.config.province.time_zone ?? 'Asia/Jakarta'] ?? 420;

  // Last good messages, by source.
  const kept = new Map<string, Held[]>();
  const prevItems = (ctx.previous as { items?: unknown })?.items;
  if (Array.isArray(prevItems)) {
    for (const it of prevItems as Array<Record<string, unknown>>) {
      const siar = it?._siar as { source?: unknown; alert?: unknown } | undefined;
      const alert = alertFromJson(siar?.alert);
      if (!alert || typeof siar?.source !== 'string') continue;
      const list = kept.get(siar.source) ?? [];
      list.push({ alert, source: siar.source, url: typeof it.url === 'string' ? it.url : '' });
      kept.set(siar.source, list);
    }
  }

  const fresh: Held[] = [];
  let succeeded = 0;
  const jobs = cfg.sources.map((s, i) => ({ s, id: alertSourceId(s, i) }));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const { s, id } = jobs[next++]!;
      const report = await runSource(s, id);
      reports.push(report);
      ctx.onReport?.(report);
    }
  };

  const fetchOne = async (where: string, key: string | undefined, source: AlertSourceConfig, accept: string, conditional: boolean): Promise<Fetched> => {
    const prior = key ? ctx.state.sources[key] : undefined;
    // A 304 is trusted only when nothing that shapes what is kept changed since (a new area, say).
    const shape = createHash('sha256')
      .update(JSON.stringify([VERSION, source, cfg.area ?? [], cfg.bmkg_province ?? '', cfg.min_severity ?? '', cfg.allow_hosts ?? [], cfg.max_entries ?? 0, ctx.config.province.time_zone ?? '']))
      .digest('hex')
      .slice(0, 16);
    const useValidators = conditional && prior && prior.url === where && prior.shape === shape;
    const opts: FetchOptions = {
      ...ctx.fetch,
      timeoutMs: source.timeout_ms ?? ctx.fetch.timeoutMs,
      retries: source.retries ?? ctx.fetch.retries,
      accept,
      ...(useValidators && prior.etag ? { etag: prior.etag } : {}),
      ...(useValidators && prior.last_modified ? { lastModified: prior.last_modified } : {}),
    };
    const fetched = await fetchUrl(where, opts);
    if (key) ctx.nextState.sources[key] = stateEntry(where, shape, fetched, prior);
    return fetched;
  };

  async function runSource(source: AlertSourceConfig, id: string): Promise<AlertSourceReport> {
    const t0 = Date.now();
    const http = isHttp(source.url);
    const where = http ? source.url : resolvePath(source.url, ctx.loaded.dir);
    const key = `alerts/${id}`;
    const last = kept.get(id) ?? [];
    const report: AlertSourceReport = { feed: 'alerts', id, url: where, status: 'ok', items: 0, ms: 0 };
    const carry = (status: AlertSourceReport['status']): void => {
      report.status = last.length ? status : status === 'not-modified' ? 'not-modified' : 'failed';
      report.items = last.length;
      fresh.push(...last);
    };
    try {
      const accept =
        source.kind === 'bmkg-gempa'
          ? 'application/json, */*;q=0.5'
          : source.kind === 'cap'
            ? 'application/cap+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5'
            : 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
      const fetched = http ? await fetchOne(where, key, source, accept, last.length > 0) : await readLocal(where, ctx.fetch.maxBytes);
      report.http_status = fetched.status;
      report.attempts = fetched.attempts;
      report.bytes = fetched.bytes;
      if (fetched.notModified) {
        succeeded++;
        carry('not-modified');
        return report;
      }
      const base = http ? fetched.url : undefined;
      const got: Held[] = [];
      if (source.kind === 'cap') {
        got.push({ alert: readCap(fetched.text, base ?? where), source: id, url: base ?? '' });
      } else if (source.kind === 'bmkg-gempa') {
        let data: unknown;
        try {
          data = JSON.parse(fetched.text.replace(/^\uFEFF/, ''));
        } catch (err) {
          throw new CliError('parse.json', { detail: err instanceof Error ? err.message : String(err) });
        }
        let quakes;
        try {
          quakes = parseQuakes(data);
        } catch {
          throw new CliError('alerts.not-quakes', { url: where });
        }
        for (const q of quakes) got.push({ alert: quakeToCap(q), source: id, url: base ?? '' });
      } else {
        const links = indexLinks(fetched.text, base);
        const host = base ? new URL(base).host : undefined;
        const allowed = new Set((ctx.config.alerts?.allow_hosts ?? []).map((h) => h.toLowerCase()));
        const follow: string[] = [];
        for (const link of links) {
          const m = link.id ? BMKG_ID.exec(link.id) : null;
          // BMKG's index names each warning's province: another province's is not fetched at all.
          if (m && cfg.bmkg_province && m[1] !== cfg.bmkg_province && !cfg.area?.length) continue;
          const linkHost = new URL(link.url).host.toLowerCase();
          if (linkHost !== host?.toLowerCase() && !allowed.has(linkHost) && !allowed.has(new URL(link.url).hostname.toLowerCase())) {
            problems.push({ level: 'warning', code: 'alerts.other-host', params: { url: link.url }, where: key });
            continue;
          }
          follow.push(link.url);
        }
        const max = cfg.max_entries ?? 50;
        if (follow.length > max) {
          problems.push({ level: 'warning', code: 'alerts.too-many', params: { n: follow.length, max }, where: key });
          follow.length = max;
        }
        let failed = 0;
        for (const url of follow) {
          try {
            const doc = await fetchOne(url, undefined, source, 'application/cap+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5', false);
            const finalHost = new URL(doc.url).host.toLowerCase();
            if (finalHost !== host?.toLowerCase() && !allowed.has(finalHost) && !allowed.has(new URL(doc.url).hostname.toLowerCase())) {
              throw new CliError('alerts.other-host', { url: doc.url });
            }
            got.push({ alert: readCap(doc.text, doc.url), source: id, url: doc.url });
          } catch (err) {
            if (!(err instanceof CliError)) throw err;
            failed++;
            problems.push({ level: 'error', code: 'alerts.entry-failed', params: { url, reason: `${err.code}` }, where: key });
            problems.push({ level: 'error', code: err.code, params: err.params, where: key });
          }
        }
        if (failed) {
          // what the entries that did load say, plus this source's last good messages the others gave
          const ids = new Set(got.map((h) => `${h.alert.sender},${h.alert.identifier}`));
          const older = last.filter((h) => !ids.has(`${h.alert.sender},${h.alert.identifier}`));
          fresh.push(...got, ...older);
          report.status = 'kept';
          report.items = got.length + older.length;
          report.error = { code: 'alerts.entry-failed', params: { n: failed } };
          if (ctx.state.sources[key]) ctx.nextState.sources[key] = ctx.state.sources[key]!;
          else delete ctx.nextState.sources[key]; // read it again next time
          succeeded++;
          return report;
        }
      }
      succeeded++;
      fresh.push(...got);
      report.items = got.length;
      return report;
    } catch (err) {
      recordSourceFailure(err, report, problems, key);
      carry('kept');
      if (last.length) problems.push({ level: 'warning', code: 'alerts.kept', params: { n: last.length }, where: key });
      else {
        degraded = true;
        problems.push({ level: 'error', code: 'alerts.nothing-kept', params: {}, where: key });
      }
      if (ctx.state.sources[key]) ctx.nextState.sources[key] = ctx.state.sources[key]!;
      else delete ctx.nextState.sources[key];
      return report;
    } finally {
      report.ms = Date.now() - t0;
    }
  }

  await Promise.all(Array.from({ length: Math.min(ctx.concurrency, jobs.length) }, worker));
  reports.sort((a, b) => jobs.findIndex((j) => j.id === a.id) - jobs.findIndex((j) => j.id === b.id));

  if (!succeeded && jobs.length) {
    // Every source down: the previous file stays as it was.
    problems.push({ level: 'error', code: 'alerts.not-updated', params: { file: ALERTS_FILE }, where: 'alerts' });
    return { items: 0, problems, reports, degraded: true, kept: Array.isArray(prevItems) ? 'kept' : 'not-written' };
  }

  // One message per sender+identifier (BMKG sends one document per language: their infos merge).
  const merged = new Map<string, Held>();
  for (const h of fresh) {
    const k = `${h.alert.sender},${h.alert.identifier}`;
    const known = merged.get(k);
    if (!known) merged.set(k, h);
    else if (known.alert !== h.alert) {
      const langs = new Set(known.alert.infos.map((i) => i.language.toLowerCase()));
      known.alert = { ...known.alert, infos: [...known.alert.infos, ...h.alert.infos.filter((i) => !langs.has(i.language.toLowerCase()))] };
    }
  }
  const now = ctx.now.getTime();
  const minRank = cfg.min_severity ? rank(cfg.min_severity) : Infinity;
  const keptHere = new Map<string, Held>();
  const undecided: Held[] = [];
  for (const [k, h] of merged) {
    const a = h.alert;
    if (a.status !== 'Actual' || a.scope !== 'Public') continue;
    if (endOf(a) < now - KEEP_AFTER_END_MS) continue;
    if (a.infos.length && a.infos.every((i) => rank(i.severity) > minRank)) continue;
    const c = concerns(a, cfg);
    if (c === undefined) undecided.push(h);
    else if (c) keptHere.set(k, h);
  }
  // An Update or Cancel without an <info> concerns the province when what it replaces does.
  const previousIds = new Set([...kept.values()].flat().map((h) => `${h.alert.sender},${h.alert.identifier}`));
  for (const h of undecided) {
    if (h.alert.references.some((r) => keptHere.has(`${r.sender},${r.identifier}`) || previousIds.has(`${r.sender},${r.identifier}`))) {
      keptHere.set(`${h.alert.sender},${h.alert.identifier}`, h);
    }
  }
  const list = [...keptHere.values()].sort((x, y) => y.alert.sent.getTime() - x.alert.sent.getTime() || (x.alert.identifier < y.alert.identifier ? -1 : 1));
  const p = ctx.config.province;
  const doc: Record<string, unknown> = {
    version: 'https://jsonfeed.org/version/1.1',
    title: cfg.title ?? `Peringatan ${p.name}`,
    ...(p.home_page_url ? { home_page_url: p.home_page_url } : {}),
    ...(ctx.config.public_url ? { feed_url: new URL(ALERTS_FILE, ctx.config.public_url).href } : {}),
    description: 'Peringatan resmi (CAP) untuk wilayah ini, dicerminkan oleh siar build. / Official warnings (CAP) for this area, mirrored by siar build.',
    language: p.language ?? 'id',
    authors: [p.home_page_url ? { name: p.name, url: p.home_page_url } : { name: p.name }],
    items: list.map((h) => item(h, offset)),
  };
  return { content: doc, items: list.length, problems, reports, degraded };
}

/** `SIAR_NOW` (RFC 3339 or Unix seconds) for reproducible builds and tests; else the clock. */
export function buildNow(env: NodeJS.ProcessEnv): Date {
  const v = env.SIAR_NOW?.trim();
  if (v) {
    const t = /^\d+$/.test(v) ? Number(v) * 1000 : Date.parse(v);
    if (Number.isFinite(t)) return new Date(t);
  }
  return new Date();
}

export { isCap };
