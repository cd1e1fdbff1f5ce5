/**
 * The agency directory from a spreadsheet (CSV) or JSON → `directory.json`, each agency checked
 * against directory.schema.json. An invalid row is reported with its line and skipped; when the
 * previous directory.json has that agency, its last good version is kept instead.
 */
import { ajvProblems } from './ajv-messages.js';
import { detectDelimiter, parseCsv } from './csv.js';
import { locateJson, type JsonLocations } from './json-pos.js';
import type { Problem } from './problems.js';
import { CliError } from './problems.js';
import { validateWith } from './schemas.js';

export type Agency = Record<string, unknown> & { id: string; name: string; type: string };

export interface DirectoryResult {
  agencies: Agency[];
  province?: string;
  updated?: string;
  problems: Problem[];
  /** Rows / entries read (valid or not). */
  rows: number;
}

/** Documented CSV columns (and the Indonesian headers accepted for them) → path in the agency. */
export const CSV_COLUMNS: Record<string, string> = {
  id: 'id', kode: 'id', slug: 'id',
  name: 'name', nama: 'name', nama_opd: 'name', nama_instansi: 'name',
  short_name: 'short_name', nama_singkat: 'short_name', singkatan: 'short_name',
  aliases: 'aliases', alias: 'aliases', nama_lain: 'aliases',
  type: 'type', jenis: 'type', tipe: 'type',
  parent: 'parent', induk: 'parent',
  head_name: 'head.name', kepala: 'head.name', nama_kepala: 'head.name',
  head_title: 'head.title', jabatan: 'head.title', jabatan_kepala: 'head.title',
  address: 'address', alamat: 'address',
  phone: 'phone', telepon: 'phone', telp: 'phone',
  whatsapp: 'whatsapp', wa: 'whatsapp',
  email: 'email', surel: 'email', e_mail: 'email',
  website: 'website', situs: 'website', web: 'website', laman: 'website',
  ppid_name: 'ppid.name', ppid: 'ppid.name', ppid_nama: 'ppid.name',
  ppid_phone: 'ppid.phone', ppid_telepon: 'ppid.phone',
  ppid_email: 'ppid.email', ppid_surel: 'ppid.email',
  ppid_website: 'ppid.website', ppid_situs: 'ppid.website',
  lat: 'geo.lat', latitude: 'geo.lat', lintang: 'geo.lat',
  lon: 'geo.lon', lng: 'geo.lon', longitude: 'geo.lon', bujur: 'geo.lon',
  hours: 'hours', jam_layanan: 'hours', jam_kerja: 'hours', jam: 'hours',
  logo: 'logo',
};
const SOCIAL = ['instagram', 'facebook', 'youtube', 'x', 'twitter', 'tiktok', 'threads', 'telegram', 'linkedin'];
for (const s of SOCIAL) {
  CSV_COLUMNS[s] = `social.${s}`;
  CSV_COLUMNS[`social_${s}`] = `social.${s}`;
}
CSV_COLUMNS.social_whatsapp = 'social.whatsapp';

const AGENCY_KEYS = ['id', 'name', 'short_name', 'aliases', 'type', 'parent', 'head', 'address', 'phone', 'whatsapp', 'email', 'website', 'ppid', 'social', 'geo', 'hours', 'logo'];
const NESTED_KEYS: Record<string, string[]> = { head: ['name', 'title'], ppid: ['name', 'phone', 'email', 'website'], geo: ['lat', 'lon'] };

/** Known keys in the documented order, then any others in their original order. */
export function orderAgency(a: Record<string, unknown>): Agency {
  const out: Record<string, unknown> = {};
  for (const k of AGENCY_KEYS) {
    if (a[k] === undefined) continue;
    const nested = NESTED_KEYS[k];
    const v = a[k];
    if (nested && v && typeof v === 'object' && !Array.isArray(v)) {
      const o: Record<string, unknown> = {};
      for (const n of nested) if ((v as Record<string, unknown>)[n] !== undefined) o[n] = (v as Record<string, unknown>)[n];
      for (const [n, x] of Object.entries(v)) if (!nested.includes(n)) o[n] = x;
      out[k] = o;
    } else out[k] = v;
  }
  for (const [k, v] of Object.entries(a)) if (!AGENCY_KEYS.includes(k)) out[k] = v;
  return out as Agency;
}

/** A delimiter as people read it in a message. */
const shown = (d: string): string => (d === '\t' ? 'tab' : d);

const header = (h: string): string =>
  h.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

/** "−3,9712" → -3.9712 (spreadsheets in Indonesian locales write decimal commas). */
function coordinate(s: string): number | string {
  const t = s.trim().replace(/\u2212/g, '-');
  const n = Number(/^-?\d+,\d+$/.test(t) ? t.replace(',', '.') : t);
  return Number.isFinite(n) ? n : s;
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const [a, b] = path.split('.') as [string, string | undefined];
  if (b === undefined) obj[a] = value;
  else ((obj[a] ??= {}) as Record<string, unknown>)[b] = value;
}

interface Checked {
  agency?: Agency;
  problems: Problem[];
}

function check(candidate: Record<string, unknown>, locate: (p: Problem) => Problem): Checked {
  const errors = validateWith('agency', candidate);
  if (!errors.length) return { agency: orderAgency(candidate), problems: [] };
  return { problems: ajvProblems(errors, candidate, undefined).map(locate) };
}

/** Keeps the previous version of an agency whose new row is invalid or unreadable. */
function fallback(id: unknown, previous: ReadonlyMap<string, Agency>, line: number | undefined, file: string): { agency?: Agency; problem: Problem } {
  const prev = typeof id === 'string' ? previous.get(id.trim()) : undefined;
  return prev
    ? { agency: prev, problem: { level: 'warning', code: 'directory.kept-previous', params: { id: prev.id }, where: 'directory', file, ...(line ? { line } : {}) } }
    : { problem: { level: 'warning', code: 'directory.row-skipped', params: {}, where: 'directory', file, ...(line ? { line } : {}) } };
}

/** Reads a CSV directory. */
export function directoryFromCsv(text: string, file: string, previous: ReadonlyMap<string, Agency>, delimiter?: string): DirectoryResult {
  const problems: Problem[] = [];
  const table = parseCsv(text, delimiter, (line) => problems.push({ level: 'error', code: 'csv.unterminated-quote', params: {}, where: 'directory', file, line }));
  const columns = table.header.map((h) => {
    const key = header(h);
    return { name: h.trim(), path: CSV_COLUMNS[key] };
  });
  const unknown = columns.filter((c) => !c.path && c.name);
  if (unknown.length) problems.push({ level: 'warning', code: 'directory.unknown-columns', params: { columns: unknown.map((c) => c.name).join(', ') }, where: 'directory', file, line: 1 });
  const present = new Set(columns.map((c) => c.path));
  for (const required of ['id', 'name', 'type']) {
    if (present.has(required)) continue;
    // A header that reads right with another delimiter: say so (a ";" file with "delimiter": ",")
    const other = detectDelimiter(text.replace(/^\uFEFF/, ''));
    if (other !== table.delimiter) {
      const paths = new Set(parseCsv(text, other).header.map((h) => CSV_COLUMNS[header(h)]));
      if (['id', 'name', 'type'].every((c) => paths.has(c))) {
        throw new CliError('directory.wrong-delimiter', { column: required, delimiter: shown(table.delimiter), found: shown(other) }, { file, line: 1 });
      }
    }
    throw new CliError('directory.missing-column', { column: required }, { file, line: 1 });
  }
  const columnOf = new Map<string, { name: string; index: number }>();
  columns.forEach((c, index) => c.path && !columnOf.has(c.path) && columnOf.set(c.path, { name: c.name, index }));

  const agencies: Agency[] = [];
  const seen = new Set<string>();
  const idColumn = columnOf.get('id')!.index;
  for (const record of table.records) {
    if (record.fields.length > table.header.length) {
      // An unquoted delimiter inside a cell (a decimal comma, "Jl. A, No. 1") shifts every cell after
      // it into the wrong column: refuse the row rather than publish shifted data.
      problems.push({ level: 'error', code: 'csv.too-many-fields', params: { found: record.fields.length, expected: table.header.length }, where: 'directory', file, line: record.line });
      finish(undefined, true, record.fields[idColumn], record.line);
      continue;
    }
    const a: Record<string, unknown> = {};
    columns.forEach((c, i) => {
      const value = record.fields[i]?.trim();
      if (!c.path || !value) return;
      if (c.path === 'aliases') a.aliases = value.split(/\s*\|\s*|\n/).map((s) => s.trim()).filter(Boolean);
      else if (c.path === 'type') a.type = value.toLowerCase().replace(/\s+/g, '-');
      else if (c.path === 'geo.lat' || c.path === 'geo.lon') setPath(a, c.path, coordinate(value));
      else setPath(a, c.path, value);
    });
    if (record.fields.length < table.header.length) {
      problems.push({ level: 'warning', code: 'csv.field-count', params: { found: record.fields.length, expected: table.header.length }, where: 'directory', file, line: record.line });
    }
    const { agency, problems: rowProblems } = check(a, (p) => {
      const path = (p.pointer ?? '').slice(1).replace('/', '.');
      const target = p.code === 'schema.required' ? [path, String(p.params?.field ?? '')].filter(Boolean).join('.') : path.replace(/\.\d+$/, '');
      const col = columnOf.get(target) ?? columnOf.get(target.split('.')[0]!);
      const { pointer: _pointer, ...rest } = p;
      void _pointer;
      // the column is there, its cell is empty: say that, not "missing"
      if (p.code === 'schema.required' && col) return { ...rest, code: 'directory.empty-cell' as const, params: { field: col.name }, where: 'directory', file, line: record.line, column: col.index + 1, field: col.name };
      return { ...rest, where: 'directory', file, line: record.line, ...(col ? { column: col.index + 1, field: col.name } : { field: target }) };
    });
    problems.push(...rowProblems.sort((x, y) => (x.column ?? 0) - (y.column ?? 0)));
    finish(agency, rowProblems.length > 0, a.id, record.line);
  }
  function finish(agency: Agency | undefined, invalid: boolean, id: unknown, line: number): void {
    let chosen = agency;
    if (invalid) {
      const fb = fallback(id, previous, line, file);
      problems.push(fb.problem);
      chosen = fb.agency;
    }
    if (!chosen) return;
    if (seen.has(chosen.id)) {
      problems.push({ level: 'error', code: 'directory.duplicate-id', params: { id: chosen.id }, where: 'directory', file, line });
      return;
    }
    seen.add(chosen.id);
    agencies.push(chosen);
  }
  return { agencies, problems: withParents(agencies, problems, file), rows: table.records.length };
}

/** Reads a JSON directory: `{ version, province?, updated?, agencies: [...] }` or a bare array. */
export function directoryFromJson(text: string, file: string, previous: ReadonlyMap<string, Agency>): DirectoryResult {
  const located = locateJson(text);
  if (!located.ok) {
    const { reason, found, position } = located.error;
    throw new CliError(`json.${reason}` as never, { found }, { file, line: position.line, column: position.column });
  }
  const data = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  const list = Array.isArray(data) ? data : (data as { agencies?: unknown })?.agencies;
  if (!Array.isArray(list)) throw new CliError('directory.no-agencies', {}, { file });
  const prefix = Array.isArray(data) ? '' : '/agencies';
  const locations: JsonLocations = located.locations;
  const problems: Problem[] = [];
  const agencies: Agency[] = [];
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    const pointer = `${prefix}/${i}`;
    const line = locations.nearest(pointer).line;
    const isObj = entry && typeof entry === 'object' && !Array.isArray(entry);
    const { agency, problems: found } = isObj
      ? check(entry as Record<string, unknown>, (p) => {
          const full = `${pointer}${p.pointer ?? ''}`;
          const pos = (p.code === 'schema.unknown-field' || p.code === 'schema.property-name' ? locations.key(full) : undefined) ?? locations.nearest(full);
          return { ...p, pointer: full, where: 'directory', file, line: pos.line, column: pos.column };
        })
      : { agency: undefined, problems: [{ level: 'error' as const, code: 'schema.type' as const, params: { expected: 'object', actual: typeof entry }, pointer, where: 'directory', file, line }] };
    problems.push(...found);
    let chosen = agency;
    if (found.length) {
      const fb = fallback((entry as { id?: unknown })?.id, previous, line, file);
      problems.push(fb.problem);
      chosen = fb.agency;
    }
    if (!chosen) return;
    if (seen.has(chosen.id)) {
      problems.push({ level: 'error', code: 'directory.duplicate-id', params: { id: chosen.id }, where: 'directory', file, line, pointer: `${pointer}/id` });
      return;
    }
    seen.add(chosen.id);
    agencies.push(chosen);
  });
  const meta = Array.isArray(data) ? {} : (data as { province?: unknown; updated?: unknown });
  return {
    agencies,
    ...(typeof meta.province === 'string' && meta.province.trim() ? { province: meta.province.trim() } : {}),
    ...(typeof meta.updated === 'string' && meta.updated.trim() ? { updated: meta.updated.trim() } : {}),
    problems: withParents(agencies, problems, file),
    rows: list.length,
  };
}

/** Warns about `parent` ids that name no agency in the directory. */
function withParents(agencies: Agency[], problems: Problem[], file: string): Problem[] {
  const ids = new Set(agencies.map((a) => a.id));
  for (const a of agencies) {
    if (typeof a.parent === 'string' && !ids.has(a.parent)) {
      problems.push({ level: 'warning', code: 'directory.unknown-parent', params: { id: a.id, parent: a.parent }, where: 'directory', file });
    }
  }
  return problems;
}
