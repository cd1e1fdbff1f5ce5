/**
 * The JSON Schemas Siar publishes (feed, profile, directory) and the CLI's own config schema,
 * compiled once with Ajv (draft 2020-12). The published schemas are read from the package's
 * `dist/schemas/` (or `src/schemas/` in a checkout), so the CLI checks exactly what ships.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { CONFIG_SCHEMA } from './config-schema.js';

export type SchemaName = 'feed' | 'profile' | 'directory' | 'agency' | 'config';

const FILES: Record<'feed' | 'profile' | 'directory', string> = {
  feed: 'feed.schema.json',
  profile: 'siar.schema.json',
  directory: 'directory.schema.json',
};

/** dist/node/cli/ → dist/schemas/; build/node/cli/ or dist/node/cli/ → src/schemas/ in a checkout. */
function schemaDir(): string {
  const candidates = ['../../schemas/', '../../../src/schemas/'].map((rel) => fileURLToPath(new URL(rel, import.meta.url)));
  const found = candidates.find((dir) => existsSync(`${dir}${FILES.feed}`));
  if (!found) throw new Error(`Siar's JSON Schemas were not found (looked in ${candidates.join(', ')}).`);
  return found;
}

let cache: Map<SchemaName, ValidateFunction> | undefined;
let raw: Record<string, Record<string, unknown>> | undefined;

/** The parsed schema documents, by name (for `$id`s and descriptions). */
export function schemaDocument(name: 'feed' | 'profile' | 'directory'): Record<string, unknown> {
  load();
  return raw![name]!;
}

function load(): Map<SchemaName, ValidateFunction> {
  if (cache) return cache;
  const dir = schemaDir();
  raw = {};
  const ajv = new Ajv2020.default({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true });
  addFormats.default(ajv, ['date-time', 'email', 'uri', 'date']);
  for (const [name, file] of Object.entries(FILES)) {
    const doc = JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as Record<string, unknown>;
    raw[name] = doc;
    ajv.addSchema(doc);
  }
  ajv.addSchema(CONFIG_SCHEMA as Record<string, unknown>);
  const id = (name: 'feed' | 'profile' | 'directory'): string => raw![name]!.$id as string;
  // Compiled on first use: a build that writes no directory never pays for its schema.
  const lazy = (get: () => ValidateFunction): ValidateFunction => {
    let fn: ValidateFunction | undefined;
    const wrapper = ((data: unknown) => {
      fn ??= get();
      const ok = fn(data) as boolean;
      wrapper.errors = fn.errors;
      return ok;
    }) as ValidateFunction;
    return wrapper;
  };
  cache = new Map<SchemaName, ValidateFunction>([
    ['feed', lazy(() => ajv.getSchema(id('feed'))!)],
    ['profile', lazy(() => ajv.getSchema(id('profile'))!)],
    ['directory', lazy(() => ajv.getSchema(id('directory'))!)],
    ['agency', lazy(() => ajv.compile({ $ref: `${id('directory')}#/$defs/agency` }))],
    ['config', lazy(() => ajv.getSchema(CONFIG_SCHEMA.$id)!)],
  ]);
  return cache;
}

/** Validates `data`; returns Ajv's errors (empty when valid). */
export function validateWith(name: SchemaName, data: unknown): ErrorObject[] {
  const fn = load().get(name)!;
  return fn(data) ? [] : [...(fn.errors ?? [])];
}
