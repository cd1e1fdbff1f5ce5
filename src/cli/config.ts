/**
 * Reads `siar.config.json`: `${VAR}` / `${VAR:-default}` expansion in every string (for tokens and
 * per-host addresses), checks it against the config schema with line-precise messages, and fills
 * in defaults. Paths in the config are relative to the config file.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ajvProblems, sortProblems } from './ajv-messages.js';
import { locateJson } from './json-pos.js';
import { CliError, type Problem } from './problems.js';
import { validateWith } from './schemas.js';
import type { Kind } from './model.js';
import type { AlertsConfig } from './alerts.js';

export type TimeZone = 'Asia/Jakarta' | 'Asia/Pontianak' | 'Asia/Makassar' | 'Asia/Jayapura';

export interface SourceConfig {
  id: string;
  url?: string;
  file?: string;
  youtube_channel?: string;
  youtube_playlist?: string;
  list?: string;
  urls?: Array<string | ListEntry>;
  agency?: string;
  agency_map?: Record<string, string>;
  categories?: Record<string, Kind>;
  kind?: Kind;
  builtin_kinds?: boolean;
  tags?: string[];
  max_items?: number;
  allow_empty?: boolean;
  aspect?: string;
  timeout_ms?: number;
  retries?: number;
}

export interface ListEntry {
  url: string;
  id?: string;
  title?: string;
  summary?: string;
  date?: string;
  image?: string;
  agency?: string;
  kind?: Kind;
  tags?: string[];
  duration?: number;
  views?: number;
}

export interface FeedConfig {
  title?: string;
  description?: string;
  home_page_url?: string;
  icon?: string;
  favicon?: string;
  language?: string;
  authors?: Array<{ name: string; url?: string }>;
  /** Items in the archive (`<feed>-archive.json`). */
  max_items?: number;
  /** Items in the lean widget feed (`<feed>.json`); default 20 (lean.ts). */
  widget_items?: number;
  /** `summary` (default): the widget feed carries summaries only; `full`: also each item's content_html. */
  content?: 'summary' | 'full';
  summary_length?: number;
  sources: SourceConfig[];
}

export interface Override {
  kind?: Kind;
  priority?: 'urgent' | 'pinned' | 'none';
  agency?: string;
  retracted?: boolean;
  tags?: string[];
}

export interface Config {
  out?: string;
  public_url?: string;
  state_file?: string | false;
  youtube_feed_base?: string;
  pretty?: boolean;
  /** `local` (default): video thumbnails are stored in `<out>/thumbs/`; `remote`: items keep the provider's address. */
  thumbnails?: 'local' | 'remote';
  rewrite_urls?: Record<string, string>;
  fetch?: { timeout_ms?: number; retries?: number; backoff_ms?: number; concurrency?: number; max_bytes?: number; contact?: string };
  province: {
    name: string;
    short_name?: string;
    logo?: string;
    home_page_url?: string;
    time_zone?: TimeZone;
    language?: string;
    social?: Record<string, string>;
  };
  releases?: FeedConfig;
  videos?: FeedConfig;
  /** Official warnings mirrored into alerts.json (alerts.ts). */
  alerts?: AlertsConfig;
  directory?: { file?: string; url?: string; format?: 'csv' | 'json'; delimiter?: string; province?: string; updated?: string };
  categories?: Record<string, Kind>;
  pinned?: string[];
  urgent?: string[];
  retracted?: string[];
  overrides?: Record<string, Override>;
}

/** A loaded config plus where it came from. */
export interface LoadedConfig {
  config: Config;
  /** Absolute path of the config file. */
  path: string;
  /** Directory that relative paths in the config resolve against. */
  dir: string;
}

const VAR = /\$(\$)?\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/** Expands `${NAME}` and `${NAME:-default}`; `$${` stays a literal `${`. Unknown names are problems. */
export function expandEnv(value: unknown, env: NodeJS.ProcessEnv, pointer: string, missing: Array<{ pointer: string; name: string }>): unknown {
  if (typeof value === 'string') {
    return value.replace(VAR, (whole, escaped: string | undefined, name: string, fallback: string | undefined) => {
      if (escaped) return whole.slice(1);
      const v = env[name];
      if (v !== undefined && v !== '') return v;
      if (fallback !== undefined) return fallback;
      missing.push({ pointer, name });
      return '';
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => expandEnv(v, env, `${pointer}/${i}`, missing));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // defineProperty: a "__proto__" key stays a plain key (and is then refused by the schema)
      Object.defineProperty(out, k, { value: expandEnv(v, env, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, missing), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/** A `public_url` that is fine but for its trailing slash: say that, not "use http(s)". */
function publicUrlProblem(p: Problem, config: unknown): Problem {
  const value = (config as { public_url?: unknown })?.public_url;
  if (p.pointer !== '/public_url' || typeof value !== 'string' || !/^https?:\/\/[^\s/]+(\/\S*)?$/i.test(value) || value.endsWith('/')) return p;
  return { ...p, code: 'config.public-url-slash', params: { value, suggested: `${value.replace(/[?#].*$/, '')}/` } };
}

/**
 * Loads and checks a config file. Throws {@link CliError} `config.unreadable` / `config.syntax`,
 * or returns the problems found (errors make the config unusable).
 */
export function loadConfig(file: string, env: NodeJS.ProcessEnv = process.env): { loaded?: LoadedConfig; problems: Problem[] } {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CliError('config.unreadable', { file, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  const located = locateJson(text);
  if (!located.ok) {
    const { position, found, reason } = located.error;
    return {
      problems: [{ level: 'error', code: `json.${reason}` as Problem['code'], params: { found }, file, line: position.line, column: position.column, where: 'config' }],
    };
  }
  const data = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  const missing: Array<{ pointer: string; name: string }> = [];
  const expanded = expandEnv(data, env, '', missing);
  const problems: Problem[] = missing.map(({ pointer, name }) => {
    const pos = located.locations.nearest(pointer);
    return { level: 'error', code: 'config.env-missing', params: { name }, pointer, file, line: pos.line, column: pos.column, where: 'config' };
  });
  // a value emptied by a missing variable is reported once, as that
  const emptied = new Set(missing.map((m) => m.pointer));
  problems.push(
    ...ajvProblems(validateWith('config', expanded), expanded, located.locations, { file, where: 'config' })
      .filter((p) => !emptied.has(p.pointer ?? ''))
      .map((p) => publicUrlProblem(p, expanded)),
  );
  sortProblems(problems);
  if (problems.length === 0) {
    const config = expanded as Config;
    // Source ids name carried-over items and state entries: unique within a feed.
    for (const feed of ['releases', 'videos'] as const) {
      const seen = new Set<string>();
      config[feed]?.sources.forEach((s, i) => {
        if (seen.has(s.id)) {
          const pointer = `/${feed}/sources/${i}/id`;
          const pos = located.locations.nearest(pointer);
          problems.push({ level: 'error', code: 'config.duplicate-source', params: { id: s.id }, pointer, file, line: pos.line, column: pos.column, where: 'config' });
        }
        seen.add(s.id);
      });
    }
    const alertIds = new Set<string>();
    config.alerts?.sources.forEach((s, i) => {
      const sid = s.id ?? `${s.kind}-${i + 1}`;
      if (alertIds.has(sid)) {
        const pointer = `/alerts/sources/${i}${s.id ? '/id' : ''}`;
        const pos = located.locations.nearest(pointer);
        problems.push({ level: 'error', code: 'config.duplicate-source', params: { id: sid }, pointer, file, line: pos.line, column: pos.column, where: 'config' });
      }
      alertIds.add(sid);
    });
    if (!config.releases && !config.videos && !config.directory && !config.alerts) {
      problems.push({ level: 'warning', code: 'config.nothing', params: {}, file, where: 'config' });
    }
    if (!problems.some((p) => p.level === 'error')) return { loaded: { config, path, dir: dirname(path) }, problems };
  }
  return { problems };
}
