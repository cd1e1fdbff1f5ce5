import type { CapAlert, CapArea, CapInfo } from './cap.js';
import { collapse } from './collapse.js';
import { FeedError } from './errors.js';

/**
 * Which alerts are in force for the public, in the reader's language: the rules `<siar-alert>`
 * and the publisher kit's alert mirror share (issue #15). Pure functions, no DOM: the browser and
 * the CLI run the same code.
 *
 * @module
 */

/** CAP's severities, most severe first. */
export const SEVERITIES = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
export type CapSeverity = (typeof SEVERITIES)[number];

/** What kind of alert, for the `kinds` filter and the default lifetime. */
export type AlertKind = 'weather' | 'earthquake' | 'announcement';

/** An alert as the banner shows it: one language, plain text, http(s) links. */
export interface ShownAlert {
  /** `sender,identifier` of the message shown (for dismissals: a later update has another identifier). */
  key: string;
  kind: AlertKind;
  severity: CapSeverity;
  event: string;
  headline: string;
  /** Area description (`areaDesc`s joined). */
  area: string;
  /** When it starts (onset, else effective, else sent) and ends (expires, or sent + the default lifetime). */
  start: Date;
  end: Date;
  sent: Date;
  instruction?: string;
  description?: string;
  sender: string;
  /** "BMKG" where the message is BMKG's, for the "Sumber: BMKG" credit. */
  source?: string;
  /** The full alert (info `web`, else the document's URL), http(s) only. */
  url?: string;
  language: string;
  /** Earthquakes: magnitude, depth, felt intensity (MMI) and tsunami potential as BMKG writes them. */
  quake?: { magnitude: number; depth: string; felt?: string; potential?: string; lat: number; lon: number };
  areas: CapArea[];
}

/** Lifetimes of alerts that do not say when they end, per kind (hours). */
export const DEFAULT_LIFETIME_HOURS: Readonly<Record<AlertKind, number>> = { weather: 6, earthquake: 6, announcement: 24 };

export interface InForceOptions {
  now?: Date;
  /** The widget's language: `id` or `en` (primary subtags are compared). */
  lang?: string;
  /** Least severity shown (default `Moderate`). */
  minSeverity?: CapSeverity;
  /** Kinds shown (default all). */
  kinds?: readonly AlertKind[];
  /** Least magnitude of earthquakes carrying a `magnitude` parameter (default 5.0). */
  minMagnitude?: number;
  /** Default lifetimes (hours) for alerts without `expires`. */
  lifetimeHours?: Partial<Record<AlertKind, number>>;
  /** The URL each alert was read from, for the "full alert" link when its info has no `web`. */
  urlOf?: (alert: CapAlert) => string | undefined;
}

const rank = (s: CapSeverity) => SEVERITIES.indexOf(s);
const primary = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
const refKey = (sender: string, identifier: string) => `${sender},${identifier}`;

/** The `<info>` in the reader's language by primary subtag: that language, else Indonesian, else the first. */
export function pickInfo(alert: CapAlert, lang = 'id'): CapInfo | undefined {
  const want = primary(lang);
  return alert.infos.find((i) => primary(i.language) === want) ?? alert.infos.find((i) => primary(i.language) === 'id') ?? alert.infos[0];
}

/** Kind from CAP categories: `Geo` is an earthquake, `Met` and `Env` are weather, anything else an announcement. */
export function alertKind(info: CapInfo | undefined): AlertKind {
  const categories = info?.categories ?? [];
  if (categories.includes('Geo') || /gempa|earthquake|tsunami/i.test(info?.event ?? '')) return 'earthquake';
  if (categories.includes('Met') || categories.includes('Env')) return 'weather';
  return 'announcement';
}

/** Whether the info block says the event is over (urgency `Past` or response `AllClear`). */
function ended(info: CapInfo | undefined): boolean {
  return !!info && (info.urgency === 'Past' || info.responseTypes.includes('AllClear'));
}

/**
 * The alerts in force for the public at `now`, most severe first, then the most recent: status
 * `Actual`, scope `Public`, started (`effective`, else `sent`), not expired (an alert without
 * `expires` lives {@link DEFAULT_LIFETIME_HOURS} of its kind), not replaced or cancelled by an
 * Update/Cancel whose `references` name it, not ended (urgency `Past`, response `AllClear`), at
 * or above `minSeverity`, of the `kinds` asked for. Messages from several documents (BMKG sends
 * one per language) with the same sender and identifier are one alert.
 */
export function alertsInForce(alerts: readonly CapAlert[], options: InForceOptions = {}): ShownAlert[] {
  const now = (options.now ?? new Date()).getTime();
  const lang = options.lang ?? 'id';
  const minRank = rank(options.minSeverity ?? 'Moderate');
  const kinds = options.kinds;
  const lifetimes = { ...DEFAULT_LIFETIME_HOURS, ...options.lifetimeHours };
  // Superseded messages: named by any Update or Cancel (whether or not that one is still current).
  const superseded = new Set<string>();
  for (const a of alerts) {
    if (a.msgType === 'Update' || a.msgType === 'Cancel') for (const r of a.references) superseded.add(refKey(r.sender, r.identifier));
  }
  // One alert per sender+identifier: the documents of one message in several languages merge.
  const merged = new Map<string, CapAlert>();
  for (const a of alerts) {
    const key = refKey(a.sender, a.identifier);
    const known = merged.get(key);
    merged.set(key, known ? { ...known, infos: [...known.infos, ...a.infos] } : a);
  }
  const out: ShownAlert[] = [];
  for (const [key, a] of merged) {
    if (a.status !== 'Actual' || a.scope !== 'Public' || a.msgType === 'Cancel' || a.msgType === 'Ack' || a.msgType === 'Error') continue;
    if (superseded.has(key)) continue;
    const info = pickInfo(a, lang);
    if (!info || ended(info)) continue;
    const kind = alertKind(info);
    if (kinds && !kinds.includes(kind)) continue;
    if (rank(info.severity) > minRank) continue;
    const param = (name: string) => info.parameters.find((p) => p.name === name)?.value;
    const magnitude = Number(param('magnitude'));
    if (kind === 'earthquake' && Number.isFinite(magnitude) && magnitude < (options.minMagnitude ?? 5)) continue;
    const begins = (info.effective ?? a.sent).getTime();
    const end = info.expires ?? new Date((info.effective ?? a.sent).getTime() + lifetimes[kind] * 3_600_000);
    if (begins > now || end.getTime() <= now) continue;
    const shown: ShownAlert = {
      key,
      kind,
      severity: info.severity,
      event: info.event,
      headline: info.headline ?? info.event,
      area: info.areas.map((ar) => ar.description).filter(Boolean).join('; '),
      start: info.onset ?? info.effective ?? a.sent,
      end,
      sent: a.sent,
      sender: info.senderName ?? a.sender,
      language: info.language,
      areas: info.areas,
    };
    if (info.instruction) shown.instruction = info.instruction;
    if (kind === 'earthquake' && Number.isFinite(magnitude)) {
      const circle = info.areas[0]?.circles[0];
      shown.quake = { magnitude, depth: param('depth') ?? '', lat: circle?.lat ?? Number.NaN, lon: circle?.lon ?? Number.NaN };
      const [felt, potential] = [param('felt'), param('potential')];
      if (felt) shown.quake.felt = felt;
      if (potential) shown.quake.potential = potential;
    }
    if (info.description) shown.description = info.description;
    if (/(^|[@.])bmkg\.go\.id$/i.test(a.sender) || /^Badan Meteorologi/i.test(info.senderName ?? '')) shown.source = 'BMKG';
    const url = info.web ?? options.urlOf?.(a);
    if (url) shown.url = url;
    out.push(shown);
  }
  return out.sort((x, y) => rank(x.severity) - rank(y.severity) || y.sent.getTime() - x.sent.getTime());
}

// ── BMKG earthquake JSON (autogempa / gempaterkini) ────────────────────────────────────────

/** One earthquake as BMKG's JSON describes it (every value a string there). */
export interface Quake {
  time: Date;
  magnitude: number;
  depth: string;
  lat: number;
  lon: number;
  /** `Wilayah`: where the epicentre is. */
  region: string;
  /** `Potensi`: tsunami potential, as BMKG writes it. */
  potential?: string;
  /** `Dirasakan`: felt intensity (MMI) and where. */
  felt?: string;
}

/** Reads BMKG's earthquake JSON (`Infogempa.gempa`, one object or a list). Throws `unsupported` for other JSON. */
export function parseQuakes(data: unknown): Quake[] {
  const gempa = (data as { Infogempa?: { gempa?: unknown } } | null)?.Infogempa?.gempa;
  if (!gempa || typeof gempa !== 'object') throw new FeedError('unsupported', 'This JSON is not BMKG earthquake data (Infogempa.gempa).');
  const list = Array.isArray(gempa) ? gempa : [gempa];
  return list.flatMap((g) => {
    const q = g as Record<string, unknown>;
    const str = (k: string) => (typeof q[k] === 'string' ? collapse(q[k] as string) : undefined);
    const time = Date.parse(str('DateTime') ?? '');
    const magnitude = Number(str('Magnitude'));
    const [lat, lon] = (str('Coordinates') ?? '').split(',').map(Number);
    if (Number.isNaN(time) || !Number.isFinite(magnitude) || !Number.isFinite(lat) || !Number.isFinite(lon)) return [];
    const quake: Quake = { time: new Date(time), magnitude, depth: str('Kedalaman') ?? '', lat: lat!, lon: lon!, region: str('Wilayah') ?? '' };
    const potential = str('Potensi');
    const felt = str('Dirasakan');
    if (potential) quake.potential = potential;
    if (felt) quake.felt = felt;
    return [quake];
  });
}

/** Earthquake severity for the banner: M ≥ 7 Extreme, ≥ 6 Severe, ≥ 5 Moderate, else Minor. */
export function quakeSeverity(magnitude: number): CapSeverity {
  return magnitude >= 7 ? 'Extreme' : magnitude >= 6 ? 'Severe' : magnitude >= 5 ? 'Moderate' : 'Minor';
}

/** Recent quakes (default the last 6 h) at or above `minMagnitude` (default 5.0), as banner alerts. */
export function quakesInForce(
  quakes: readonly Quake[],
  options: { now?: Date; minMagnitude?: number; recentHours?: number; lang?: string; url?: string } = {},
): ShownAlert[] {
  const now = (options.now ?? new Date()).getTime();
  const recent = (options.recentHours ?? 6) * 3_600_000;
  const min = options.minMagnitude ?? 5;
  const en = primary(options.lang ?? 'id') === 'en';
  return quakes
    .filter((q) => q.magnitude >= min && q.time.getTime() <= now && now - q.time.getTime() < recent)
    .map((q) => {
      const shown: ShownAlert = {
        key: `BMKG,gempa-${q.time.toISOString()}`,
        kind: 'earthquake',
        severity: quakeSeverity(q.magnitude),
        event: en ? 'Earthquake' : 'Gempa bumi',
        headline: `${en ? 'Earthquake' : 'Gempa'} M${q.magnitude.toFixed(1)}${q.region ? `, ${q.region}` : ''}`,
        area: q.region,
        start: q.time,
        end: new Date(q.time.getTime() + recent),
        sent: q.time,
        sender: 'BMKG',
        source: 'BMKG',
        language: en ? 'en' : 'id',
        areas: [{ description: q.region, polygons: [], circles: [{ lat: q.lat, lon: q.lon, radiusKm: 0 }], geocodes: [] }],
        quake: { magnitude: q.magnitude, depth: q.depth, lat: q.lat, lon: q.lon, ...(q.felt ? { felt: q.felt } : {}), ...(q.potential ? { potential: q.potential } : {}) },
      };
      if (options.url) shown.url = options.url;
      return shown;
    });
}

// ── area filter ───────────────────────────────────────────────────────────────────────────

/** Ray casting on `[lat, lon]` rings (small areas: a plane is close enough). */
function inPolygon(lat: number, lon: number, ring: readonly [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [yi, xi] = ring[i]!;
    const [yj, xj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Great-circle distance in km. */
function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * Whether an alert concerns `area`: a `lat,lon` point inside one of its polygons or circles, or a
 * place name (a regency or the province) found, as a whole word and ignoring case, in its area
 * descriptions, headline or description (BMKG names districts only in the text).
 */
export function alertConcerns(alert: ShownAlert, area: string): boolean {
  const point = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(area);
  if (point) {
    const [lat, lon] = [Number(point[1]), Number(point[2])];
    return alert.areas.some(
      (a) => a.polygons.some((ring) => inPolygon(lat, lon, ring)) || a.circles.some((c) => distanceKm(lat, lon, c.lat, c.lon) <= Math.max(c.radiusKm, 0)),
    );
  }
  const name = fold(collapse(area));
  if (!name) return true;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u');
  return [alert.area, alert.headline, alert.description ?? ''].some((text) => word.test(fold(text)));
}
