import type { CapAlert, CapArea, CapInfo, CapMsgType, CapReference, CapScope, CapStatus } from './cap.js';
import { capTime } from './cap.js';
import type { CapSeverity, Quake } from './alerts.js';
import { quakeSeverity, SEVERITIES } from './alerts.js';
import { collapse } from './collapse.js';
import { safeUrl } from './url.js';

/**
 * CAP alerts inside a JSON Feed: the `_siar.alert` extension of an item, as the publisher kit
 * writes `alerts.json` and `<siar-alert>` reads it. Field names follow JSON Feed's snake_case;
 * times are RFC 3339 strings with their offset (the area's local time, as CAP writes them).
 *
 * ```json
 * { "id": "bpbd@contohprov.go.id,contoh.2026.11.30.001", "title": "…", "content_text": "…",
 *   "_siar": { "alert": { "identifier": "…", "sender": "…", "sent": "2026-11-30T14:00:00+07:00",
 *     "status": "Actual", "msg_type": "Alert", "scope": "Public", "references": [],
 *     "infos": [{ "language": "id", "categories": ["Met"], "event": "…", "urgency": "Immediate",
 *       "severity": "Severe", "certainty": "Likely", "expires": "…", "headline": "…",
 *       "areas": [{ "description": "Kabupaten Contoh Utara", "polygons": [[[-6.1, 106.8], …]],
 *         "circles": [], "geocodes": [] }] }] } } }
 * ```
 *
 * Reading is defensive (it is untrusted input like any feed): unknown or malformed fields are
 * dropped, an item that is not a usable alert gives `undefined`.
 *
 * @module
 */

/** A JSON object. */
export type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && collapse(v) ? collapse(v) : undefined);
const para = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.split(/\r?\n/).map((l) => collapse(l)).join('\n').trim() || undefined : undefined;
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** The offset a CAP time was written with, kept when it is written back (`+07:00`). */
function isoWithOffset(date: Date, offsetMinutes: number): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** JSON for `_siar.alert`; times in `offsetMinutes` (default WIB, +07:00). */
export function alertToJson(alert: CapAlert, offsetMinutes = 420): Json {
  const t = (d: Date | undefined) => (d ? isoWithOffset(d, offsetMinutes) : undefined);
  const area = (a: CapArea) => ({
    description: a.description,
    polygons: a.polygons,
    circles: a.circles.map((c) => ({ lat: c.lat, lon: c.lon, radius_km: c.radiusKm })),
    geocodes: a.geocodes,
  });
  const info = (i: CapInfo) =>
    Object.fromEntries(
      Object.entries({
        language: i.language,
        categories: i.categories,
        event: i.event,
        response_types: i.responseTypes,
        urgency: i.urgency,
        severity: i.severity,
        certainty: i.certainty,
        effective: t(i.effective),
        onset: t(i.onset),
        expires: t(i.expires),
        sender_name: i.senderName,
        headline: i.headline,
        description: i.description,
        instruction: i.instruction,
        web: i.web,
        contact: i.contact,
        parameters: i.parameters,
        areas: i.areas.map(area),
      }).filter(([, v]) => v !== undefined),
    );
  const out: Json = {
    identifier: alert.identifier,
    sender: alert.sender,
    sent: t(alert.sent),
    status: alert.status,
    msg_type: alert.msgType,
    scope: alert.scope,
    references: alert.references.map((r) => ({ sender: r.sender, identifier: r.identifier, ...(r.sent ? { sent: t(r.sent) } : {}) })),
    infos: alert.infos.map(info),
  };
  if (alert.note) out['note'] = alert.note;
  return out;
}

function areaFromJson(v: unknown): CapArea | undefined {
  const a = obj(v);
  if (!a) return undefined;
  const point = (p: unknown): [number, number] | undefined => {
    const [lat, lon] = arr(p).map(num);
    return lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [lat, lon] : undefined;
  };
  return {
    description: str(a['description']) ?? '',
    polygons: arr(a['polygons'])
      .map((ring) => arr(ring).map(point))
      .filter((ring): ring is [number, number][] => ring.length >= 4 && ring.every(Boolean)),
    circles: arr(a['circles']).flatMap((c) => {
      const o = obj(c);
      const [lat, lon, radiusKm] = [num(o?.['lat']), num(o?.['lon']), num(o?.['radius_km'])];
      return lat !== undefined && lon !== undefined && radiusKm !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && radiusKm >= 0
        ? [{ lat, lon, radiusKm }]
        : [];
    }),
    geocodes: arr(a['geocodes']).flatMap((g) => {
      const o = obj(g);
      const [name, value] = [str(o?.['name']), str(o?.['value'])];
      return name && value ? [{ name, value }] : [];
    }),
  };
}

function infoFromJson(v: unknown, baseUrl: string | undefined): CapInfo | undefined {
  const i = obj(v);
  if (!i) return undefined;
  const severity = str(i['severity']);
  const info: CapInfo = {
    language: str(i['language']) ?? 'en-US',
    categories: arr(i['categories']).map(str).filter((s): s is string => !!s),
    event: str(i['event']) ?? '',
    responseTypes: arr(i['response_types']).map(str).filter((s): s is string => !!s),
    urgency: str(i['urgency']) ?? 'Unknown',
    severity: severity && (SEVERITIES as readonly string[]).includes(severity) ? (severity as CapSeverity) : 'Unknown',
    certainty: str(i['certainty']) ?? 'Unknown',
    parameters: arr(i['parameters']).flatMap((p) => {
      const o = obj(p);
      const [name, value] = [str(o?.['name']), str(o?.['value'])];
      return name && value ? [{ name, value }] : [];
    }),
    areas: arr(i['areas']).map(areaFromJson).filter((a): a is CapArea => !!a),
  };
  for (const [key, field] of [['effective', 'effective'], ['onset', 'onset'], ['expires', 'expires']] as const) {
    const time = capTime(str(i[field]));
    if (time) info[key] = time;
  }
  for (const [key, field] of [['senderName', 'sender_name'], ['headline', 'headline'], ['contact', 'contact']] as const) {
    const value = str(i[field]);
    if (value) info[key] = value;
  }
  for (const key of ['description', 'instruction'] as const) {
    const value = para(i[key]);
    if (value) info[key] = value;
  }
  const web = safeUrl(str(i['web']), baseUrl);
  if (web) info.web = web;
  return info;
}

/** Reads `_siar.alert`; `undefined` when it is missing or not a usable CAP message. */
export function alertFromJson(v: unknown, baseUrl?: string): CapAlert | undefined {
  const a = obj(v);
  if (!a) return undefined;
  const [identifier, sender, sent] = [str(a['identifier']), str(a['sender']), capTime(str(a['sent']))];
  const status = str(a['status']) as CapStatus | undefined;
  const msgType = str(a['msg_type']) as CapMsgType | undefined;
  const scope = str(a['scope']) as CapScope | undefined;
  if (!identifier || !sender || !sent || !status || !msgType || !scope) return undefined;
  if (!['Actual', 'Exercise', 'System', 'Test', 'Draft'].includes(status) || !['Alert', 'Update', 'Cancel', 'Ack', 'Error'].includes(msgType) || !['Public', 'Restricted', 'Private'].includes(scope)) {
    return undefined;
  }
  const alert: CapAlert = {
    identifier,
    sender,
    sent,
    status,
    msgType,
    scope,
    references: arr(a['references']).flatMap((r): CapReference[] => {
      const o = obj(r);
      const [s, id] = [str(o?.['sender']), str(o?.['identifier'])];
      if (!s || !id) return [];
      const ref: CapReference = { sender: s, identifier: id };
      const time = capTime(str(o?.['sent']));
      if (time) ref.sent = time;
      return [ref];
    }),
    infos: arr(a['infos']).map((i) => infoFromJson(i, baseUrl)).filter((i): i is CapInfo => !!i),
  };
  const note = str(a['note']);
  if (note) alert.note = note;
  return alert;
}

/**
 * A BMKG earthquake as a CAP message (category `Geo`, severity by magnitude, BMKG's words as
 * parameters), so the publisher kit writes one format and the widget reads one.
 */
export function quakeToCap(q: Quake, lifetimeHours = 6): CapAlert {
  const parameters = [
    { name: 'magnitude', value: q.magnitude.toFixed(1) },
    { name: 'depth', value: q.depth },
    ...(q.felt ? [{ name: 'felt', value: q.felt }] : []),
    ...(q.potential ? [{ name: 'potential', value: q.potential }] : []),
  ];
  const info: CapInfo = {
    language: 'id',
    categories: ['Geo'],
    event: 'Gempa bumi',
    responseTypes: ['Monitor'],
    // Not `Past`: that would end it at once; the shaking is over, the advice (tsunami, aftershocks) is not.
    urgency: 'Unknown',
    severity: quakeSeverity(q.magnitude),
    certainty: 'Observed',
    effective: q.time,
    expires: new Date(q.time.getTime() + lifetimeHours * 3_600_000),
    senderName: 'Badan Meteorologi, Klimatologi, dan Geofisika',
    headline: `Gempa M${q.magnitude.toFixed(1)}${q.region ? `, ${q.region}` : ''}`,
    parameters,
    areas: [{ description: q.region, polygons: [], circles: [{ lat: q.lat, lon: q.lon, radiusKm: 0 }], geocodes: [] }],
  };
  if (q.felt) info.description = `Dirasakan: ${q.felt}`;
  if (q.potential) info.instruction = q.potential;
  return {
    identifier: `gempa-${q.time.toISOString()}`,
    sender: 'info@bmkg.go.id',
    sent: q.time,
    status: 'Actual',
    msgType: 'Alert',
    scope: 'Public',
    references: [],
    infos: [info],
  };
}
