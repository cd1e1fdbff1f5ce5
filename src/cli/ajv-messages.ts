/**
 * Turns Ajv's errors into Siar's plain-words problems: one per real mistake, with the JSON
 * pointer of the value and, when the text is known, its line and column.
 */
import type { ErrorObject } from 'ajv';
import type { Code } from './i18n.js';
import { escapePointer, type JsonLocations } from './json-pos.js';
import type { Problem } from './problems.js';

const typeName = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v === 'number' ? 'number' : typeof v;

const show = (v: unknown): string => {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
};

/** Reads the value at a JSON pointer. */
export function atPointer(data: unknown, pointer: string): unknown {
  if (!pointer) return data;
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur && typeof cur === 'object') cur = (cur as Record<string, unknown>)[key];
    else return undefined;
  }
  return cur;
}

/** A named pattern, from the pattern itself and where it sits, for a message people understand. */
function patternCode(e: ErrorObject): Code {
  const pattern = String((e.params as { pattern?: unknown }).pattern ?? '');
  const at = e.instancePath;
  if (pattern.includes('https?://') || pattern.includes('(?![A-Za-z]')) return /youtube/.test(pattern) ? 'schema.youtube-playlist' : 'schema.url';
  if (pattern.includes('UC[A-Za-z0-9_-]{22}')) return 'schema.youtube-channel';
  if (pattern.includes('{10,64}')) return 'schema.youtube-playlist';
  if (pattern.startsWith('^[+(]?[0-9]')) return 'schema.phone';
  if (pattern.includes('@[A-Za-z0-9.-]+')) return 'schema.email';
  if (pattern.includes('@?[A-Za-z0-9._-]')) return 'schema.handle';
  if (/\/video\/id$/.test(at)) return 'schema.video-id';
  if (pattern.includes('\\d{1,2}:\\d{1,2}')) return 'schema.aspect';
  if (pattern.includes('[a-zA-Z]{2,3}(-')) return 'schema.language';
  if (/\/(id|parent|agency)$/.test(at) || /agency_map\/[^/]+$/.test(at) || /^\^\[[Aa]-?[a-zZ0-9]/.test(pattern)) {
    if (/\/type$/.test(at)) return 'schema.pattern';
    return 'schema.id';
  }
  return 'schema.pattern';
}

/** The property names an anyOf / oneOf of `required` alternatives asks for. */
function alternativeKeys(e: ErrorObject): string[] {
  const alts = Array.isArray(e.schema) ? (e.schema as Array<{ required?: string[] }>) : [];
  return alts.every((a) => Array.isArray(a?.required)) ? alts.flatMap((a) => a.required!) : [];
}

interface Described {
  code: Code;
  params: Record<string, string | number>;
  pointer: string;
  /** Point at the member's key rather than its value. */
  atKey?: boolean;
}

function describe(e: ErrorObject, data: unknown): Described | undefined {
  const pointer = e.instancePath;
  const value = atPointer(data, pointer);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
    case 'dependentRequired': // `image_width` without `image_height`: the same words
      return { code: 'schema.required', params: { field: String(p.missingProperty) }, pointer };
    case 'type':
      return { code: 'schema.type', params: { expected: String(p.type).replace(',', ' / '), actual: typeName(value) }, pointer };
    case 'enum':
      return { code: 'schema.enum', params: { value: show(value), allowed: (p.allowedValues as unknown[]).map((v) => show(v)).join(', ') }, pointer };
    case 'const':
      return { code: 'schema.const', params: { value: show(value), expected: show(p.allowedValue) }, pointer };
    case 'pattern':
      return { code: patternCode(e), params: { value: show(value), pattern: String(p.pattern) }, pointer };
    case 'not':
      return { code: 'schema.url', params: { value: show(value) }, pointer };
    case 'format':
      return {
        code: p.format === 'date-time' ? 'schema.date-time' : p.format === 'email' ? 'schema.email' : 'schema.format',
        params: { value: show(value), format: String(p.format) },
        pointer,
      };
    case 'minLength':
      return p.limit === 1 ? { code: 'schema.empty', params: {}, pointer } : { code: 'schema.min-length', params: { limit: Number(p.limit) }, pointer };
    case 'maxLength':
      return { code: 'schema.max-length', params: { limit: Number(p.limit), length: typeof value === 'string' ? value.length : 0 }, pointer };
    case 'minimum':
    case 'exclusiveMinimum':
      return { code: 'schema.minimum', params: { limit: Number(p.limit), value: show(value) }, pointer };
    case 'maximum':
    case 'exclusiveMaximum':
      return { code: 'schema.maximum', params: { limit: Number(p.limit), value: show(value) }, pointer };
    case 'additionalProperties':
      return { code: 'schema.unknown-field', params: { field: String(p.additionalProperty) }, pointer: `${pointer}/${escapePointer(String(p.additionalProperty))}`, atKey: true };
    case 'propertyNames': {
      const name = String(p.propertyName);
      return { code: 'schema.property-name', params: { field: name }, pointer: `${pointer}/${escapePointer(name)}`, atKey: true };
    }
    case 'anyOf':
    case 'oneOf': {
      const keys = alternativeKeys(e);
      if (keys.length) return { code: e.keyword === 'anyOf' ? 'schema.any-of-keys' : 'schema.one-of-keys', params: { keys: keys.join(', ') }, pointer };
      return { code: 'schema.any-of', params: {}, pointer };
    }
    case 'if':
      return undefined; // the failing "then" keyword reports the real problem
    case 'minItems':
      return { code: 'schema.min-items', params: { limit: Number(p.limit) }, pointer };
    case 'uniqueItems':
      return { code: 'schema.unique-items', params: {}, pointer };
    default:
      return { code: 'schema.other', params: { detail: e.message ?? e.keyword }, pointer };
  }
}

/**
 * Plain-words problems from Ajv errors. Umbrella errors (`anyOf`, `oneOf`) are dropped when a more
 * precise error exists at or below the same place; duplicates are merged.
 */
export function ajvProblems(
  errors: readonly ErrorObject[],
  data: unknown,
  locations: JsonLocations | undefined,
  extra: Partial<Problem> = {},
): Problem[] {
  // "required" failures inside anyOf / oneOf alternatives only explain the umbrella error
  const described = errors
    // "required" failures inside anyOf / oneOf alternatives only explain the umbrella error;
    // a propertyNames failure is reported once, by the propertyNames error itself
    .filter((e) => !(e.keyword === 'required' && /\/(anyOf|oneOf)\/\d+\/required$/.test(e.schemaPath)) && e.propertyName === undefined)
    .flatMap((e) => {
    const d = describe(e, data);
    return d ? [{ d, keyword: e.keyword }] : [];
  });
  const precise = described.filter((x) => x.keyword !== 'anyOf' && x.keyword !== 'oneOf');
  const kept = described.filter(
    (x) =>
      (x.keyword !== 'anyOf' && x.keyword !== 'oneOf') ||
      // keep an umbrella only when nothing more precise was said about this value
      !precise.some((y) => y.d.pointer === x.d.pointer || y.d.pointer.startsWith(`${x.d.pointer}/`)) ||
      x.d.code === 'schema.one-of-keys' ||
      x.d.code === 'schema.any-of-keys',
  );
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const { d } of kept) {
    // one message per place and kind (a format and a pattern error on the same e-mail are one mistake)
    const key = `${d.pointer}|${d.code}|${d.code === 'schema.required' || d.code === 'schema.unknown-field' ? String(d.params.field) : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pos = locations ? (d.atKey ? locations.key(d.pointer) : undefined) ?? locations.nearest(d.pointer) : undefined;
    out.push({ level: 'error', code: d.code, params: d.params, pointer: d.pointer, ...(pos ? { line: pos.line, column: pos.column } : {}), ...extra });
  }
  return sortProblems(out);
}

/** Sorts by line, column, pointer: the order people read a file in. */
export function sortProblems<T extends Problem>(list: T[]): T[] {
  return list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.pointer ?? '').localeCompare(b.pointer ?? ''));
}
