/**
 * `siar build`: config → releases.json, videos.json (lean widget feeds), releases-archive.json,
 * videos-archive.json (every item, full content: lean.ts), directory.json, siar.json in the output
 * directory. Every source is fetched (in parallel, politely), normalized and merged; a source that
 * fails keeps its items from the previous output; nothing is written that would be empty or
 * invalid; writes are atomic and only happen when content changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDate } from '../feed/dates.js';
import { ajvProblems } from './ajv-messages.js';
import { ALERTS_FILE, buildAlerts, buildNow } from './alerts.js';
import { loadConfig, type Config, type FeedConfig, type LoadedConfig, type SourceConfig } from './config.js';
import { directoryFromCsv, directoryFromJson, type Agency } from './directory.js';
import { wantsEmbedPage, writeEmbedPage } from './embed-page.js';
import { fetchUrl, isHttp, readLocal, resolvePath, type Fetched } from './fetch.js';
import { listFromArray, parseList } from './lists.js';
import { Flags, mergeFeed, type SourceItems } from './merge.js';
import type { OutFeed, OutItem, RawFeed } from './model.js';
import { addImageSizes, ARCHIVE_FILES, DEFAULT_WIDGET_ITEMS, FEED_FILES, leanItems, type FeedName } from './lean.js';
import { prepare, type AgencyInfo, type Candidate, type NormalizeContext } from './normalize.js';
import { parseSource } from './parse-source.js';
import { CliError, itemName, recordSourceFailure, type Problem } from './problems.js';
import { buildProfile } from './profile.js';
import { validateWith } from './schemas.js';
import { readState, stateEntry, type State } from './state.js';
import { localThumbnails, pruneThumbnails, referencedThumbnails, THUMB_DIR, type ThumbResult } from './thumbnails.js';
import { VERSION, userAgent } from './version.js';
import { acquireLock, toJson, writeAtomic } from './write.js';
import { YOUTUBE_FEED_BASE, youtubeFeedUrl } from './youtube.js';
import { formatInZone } from './zone.js';

export type { FeedName };

export interface BuildOptions {
  config: string;
  out?: string;
  strict?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Progress events, for the human-readable reporter. */
  onEvent?: (e: BuildEvent) => void;
}

export type BuildEvent =
  | { type: 'start'; total: number }
  | { type: 'source'; done: number; total: number; report: SourceReport }
  | { type: 'directory'; agencies: number; status: string };

export interface SourceReport {
  feed: FeedName | 'alerts';
  id: string;
  url: string;
  /** ok · not-modified · kept (failed, last good items kept) · empty-kept · failed (nothing to keep) */
  status: 'ok' | 'not-modified' | 'kept' | 'empty-kept' | 'failed';
  items: number;
  http_status?: number;
  error?: { code: string; params: Record<string, string | number> };
  ms: number;
  attempts?: number;
  bytes?: number;
}

export interface OutputReport {
  file: string;
  status: 'written' | 'unchanged' | 'kept' | 'not-written';
  items?: number;
}

export interface BuildResult {
  exitCode: 0 | 1 | 3;
  out?: string;
  sources: SourceReport[];
  outputs: OutputReport[];
  problems: Problem[];
  stats: Record<string, number>;
  ms: number;
}

const DEFAULT_MAX = 100;

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Items of the previous output, by source id. */
function previousItems(feed: unknown): Map<string, OutItem[]> {
  const out = new Map<string, OutItem[]>();
  const items = (feed as { items?: unknown })?.items;
  if (!Array.isArray(items)) return out;
  for (const item of items as OutItem[]) {
    const source = item?._siar?.source;
    if (typeof source !== 'string' || typeof item.id !== 'string') continue;
    if (!out.has(source)) out.set(source, []);
    out.get(source)!.push(item);
  }
  return out;
}

/** What and how to fetch for a source. */
function target(source: SourceConfig, loaded: LoadedConfig, env: NodeJS.ProcessEnv): { where: string; http: boolean; list: boolean } {
  const config = loaded.config;
  const base = env.SIAR_YOUTUBE_FEED_BASE || config.youtube_feed_base || YOUTUBE_FEED_BASE;
  if (source.youtube_channel) return { where: youtubeFeedUrl(base, 'channel', source.youtube_channel), http: true, list: false };
  if (source.youtube_playlist) return { where: youtubeFeedUrl(base, 'playlist', source.youtube_playlist), http: true, list: false };
  if (source.urls) return { where: '(config)', http: false, list: true };
  const raw = source.url ?? source.file ?? source.list!;
  const http = isHttp(raw);
  return { where: http ? raw : resolvePath(raw, loaded.dir), http, list: !!source.list };
}

/** Changes when anything that shapes a source's items changes (a 304 is then not trusted). */
function shapeHash(source: SourceConfig, config: Config): string {
  return createHash('sha256')
    .update(JSON.stringify([VERSION, source, config.rewrite_urls ?? {}, config.categories ?? {}, config.province.time_zone ?? '', config.releases?.summary_length ?? 0, config.videos?.summary_length ?? 0]))
    .digest('hex')
    .slice(0, 16);
}

async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  });
  await Promise.all(workers);
}

function rewriter(map: Record<string, string> | undefined): (url: string) => string {
  const rules = Object.entries(map ?? {}).sort((a, b) => b[0].length - a[0].length);
  if (!rules.length) return (url) => url;
  return (url) => {
    for (const [from, to] of rules) if (url.startsWith(from)) return to + url.slice(from.length);
    return url;
  };
}

export async function runBuild(opts: BuildOptions): Promise<BuildResult> {
  const started = Date.now();
  const env = opts.env ?? process.env;
  const problems: Problem[] = [];
  const sources: SourceReport[] = [];
  const outputs: OutputReport[] = [];
  const stats: Record<string, number> = {};
  const result = (exitCode: 0 | 1 | 3, out?: string): BuildResult => ({ exitCode, ...(out ? { out } : {}), sources, outputs, problems, stats, ms: Date.now() - started });

  let loadedConfig: ReturnType<typeof loadConfig>;
  try {
    loadedConfig = loadConfig(opts.config, env);
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    problems.push({ level: 'error', code: err.code, params: err.params, where: 'config' });
    return result(1);
  }
  const { loaded, problems: configProblems } = loadedConfig;
  problems.push(...configProblems);
  if (!loaded) return result(1);
  const { config } = loaded;
  const outArg = opts.out ?? (config.out ? resolvePath(config.out, loaded.dir) : undefined);
  if (!outArg) {
    problems.push({ level: 'error', code: 'build.no-out', params: {} });
    return result(1);
  }
  const out = resolve(outArg);
  try {
    mkdirSync(out, { recursive: true });
  } catch (err) {
    problems.push({ level: 'error', code: 'out.unwritable', params: { dir: out, reason: (err as NodeJS.ErrnoException).code ?? String(err) } });
    return result(1);
  }
  let release: () => void;
  try {
    release = acquireLock(out);
  } catch (err) {
    if (err instanceof CliError) {
      problems.push({ level: 'error', code: err.code, params: err.params });
      return result(1);
    }
    throw err;
  }
  try {
    return await buildInto(out, loaded, opts, env, problems, sources, outputs, stats, result);
  } finally {
    release();
  }
}

async function buildInto(
  out: string,
  loaded: LoadedConfig,
  opts: BuildOptions,
  env: NodeJS.ProcessEnv,
  problems: Problem[],
  sources: SourceReport[],
  outputs: OutputReport[],
  stats: Record<string, number>,
  result: (exitCode: 0 | 1 | 3, out?: string) => BuildResult,
): Promise<BuildResult> {
  const { config } = loaded;
  const zone = config.province.time_zone ?? 'Asia/Jakarta';
  const fmt = (d: Date): string => formatInZone(d, zone);
  const pretty = config.pretty !== false;
  const fetchCfg = config.fetch ?? {};
  const ua = userAgent(fetchCfg.contact);
  const maxBytes = fetchCfg.max_bytes ?? 20 * 1024 * 1024;
  const rewrite = rewriter(config.rewrite_urls);
  let degraded = false;
  const pending: Array<{ file: string; content: string; items?: number }> = [];

  const statePath = config.state_file === false ? undefined : config.state_file ? resolvePath(config.state_file, loaded.dir) : join(out, '.siar-state.json');
  const state: State = statePath ? readState(statePath) : { version: 1, sources: {} };
  const nextState: State = { version: 1, sources: {} };

  // ---- directory (first: feed items name their agency from it) ------------------------------
  const previousDirectory = readJson(join(out, 'directory.json')) as { agencies?: Agency[]; updated?: string } | undefined;
  const previousAgencies = new Map<string, Agency>((Array.isArray(previousDirectory?.agencies) ? previousDirectory!.agencies : []).filter((a) => typeof a?.id === 'string').map((a) => [a.id, a]));
  let agencyList: Agency[] | undefined = previousAgencies.size ? [...previousAgencies.values()] : undefined;
  let directoryWritten = false;
  if (config.directory) {
    const d = config.directory;
    const where = d.url && isHttp(d.url) ? d.url : resolvePath((d.file ?? d.url)!, loaded.dir);
    const label = d.file ?? d.url!;
    try {
      const fetched = isHttp(where)
        ? await fetchUrl(where, { timeoutMs: fetchCfg.timeout_ms ?? 20_000, retries: fetchCfg.retries ?? 2, backoffMs: fetchCfg.backoff_ms ?? 1000, maxBytes, userAgent: ua, accept: 'text/csv, application/json;q=0.9, */*;q=0.5' })
        : await readLocal(where, maxBytes);
      const format = d.format ?? (/\.csv(\?|$)/i.test(where) || /text\/csv/i.test(fetched.contentType ?? '') ? 'csv' : /\.json(\?|$)/i.test(where) ? 'json' : /^\s*[[{]/.test(fetched.text.replace(/^\uFEFF/, '')) ? 'json' : 'csv');
      const parsed = format === 'csv' ? directoryFromCsv(fetched.text, label, previousAgencies, d.delimiter) : directoryFromJson(fetched.text, label, previousAgencies);
      problems.push(...parsed.problems);
      stats.directory_rows = parsed.rows;
      if (!parsed.agencies.length) throw new CliError('directory.empty', {}, { file: label });
      const province = d.province ?? parsed.province ?? config.province.name;
      const sameAgencies = previousDirectory && JSON.stringify(previousDirectory.agencies) === JSON.stringify(parsed.agencies);
      const epoch = Number(env.SOURCE_DATE_EPOCH);
      const updated =
        d.updated ??
        parsed.updated ??
        (sameAgencies && typeof previousDirectory?.updated === 'string' ? previousDirectory.updated : undefined) ??
        fmt(Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date());
      const directory = { version: 1, province, updated, agencies: parsed.agencies };
      const errors = validateWith('directory', directory);
      if (errors.length) {
        problems.push(...ajvProblems(errors, directory, undefined, { where: 'directory', file: 'directory.json' }).map((p) => ({ ...p, code: 'build.invalid-output' as const, params: { file: 'directory.json', detail: p.code } })));
        throw new CliError('build.invalid-output', { file: 'directory.json', detail: '' });
      }
      pending.push({ file: 'directory.json', content: toJson(directory, pretty), items: parsed.agencies.length });
      agencyList = parsed.agencies;
      directoryWritten = true;
      stats.agencies = parsed.agencies.length;
      opts.onEvent?.({ type: 'directory', agencies: parsed.agencies.length, status: 'ok' });
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      const kept = previousAgencies.size > 0;
      problems.push({ level: 'error', code: err.code, params: err.params, where: 'directory', ...err.extra });
      problems.push({ level: kept ? 'warning' : 'error', code: kept ? 'directory.kept' : 'directory.not-written', params: { n: previousAgencies.size } as Record<string, number>, where: 'directory' });
      if (kept) outputs.push({ file: 'directory.json', status: 'kept', items: previousAgencies.size });
      else degraded = true;
      directoryWritten = kept;
      opts.onEvent?.({ type: 'directory', agencies: previousAgencies.size, status: kept ? 'kept' : 'failed' });
    }
  }
  const agencies = new Map<string, AgencyInfo>(
    (agencyList ?? []).map((a) => [a.id, { name: String(a.name), ...(typeof a.website === 'string' ? { website: a.website } : {}) }]),
  );

  // ---- feeds ---------------------------------------------------------------------------------
  const flags = new Flags(config);
  const feeds = (['releases', 'videos'] as const).filter((f) => config[f]);
  const jobs = feeds.flatMap((feed) => config[feed]!.sources.map((source, sourceIndex) => ({ feed, source, sourceIndex })));
  const alertCount = config.alerts?.sources.length ?? 0;
  const total = jobs.length + alertCount;
  opts.onEvent?.({ type: 'start', total });
  const previous = new Map<FeedName, { raw: unknown; bySource: Map<string, OutItem[]> }>();
  for (const feed of feeds) {
    // the archive has every item with its full content; a folder from before archives has only the feed
    const archive = readJson(join(out, ARCHIVE_FILES[feed]));
    const raw = Array.isArray((archive as { items?: unknown } | undefined)?.items) ? archive : readJson(join(out, FEED_FILES[feed]));
    previous.set(feed, { raw, bySource: previousItems(raw) });
  }
  const groups = new Map<FeedName, SourceItems[]>(feeds.map((f) => [f, []]));
  let done = 0;

  await pool(jobs, fetchCfg.concurrency ?? 4, async ({ feed, source, sourceIndex }) => {
    const t0 = Date.now();
    const feedCfg = config[feed]!;
    const { where, http, list } = target(source, loaded, env);
    const key = `${feed}/${source.id}`;
    const kept = previous.get(feed)!.bySource.get(source.id) ?? [];
    const hash = shapeHash(source, config);
    const report: SourceReport = { feed, id: source.id, url: where, status: 'ok', items: 0, ms: 0 };
    const carry = (status: SourceReport['status']): void => {
      report.status = kept.length ? status : 'failed';
      report.items = kept.length;
      if (kept.length) groups.get(feed)!.push({ sourceId: source.id, sourceIndex, carried: kept });
    };
    try {
      let fetched: Fetched | undefined;
      let doc: RawFeed;
      if (source.urls) {
        doc = listFromArray(source.urls);
      } else {
        const prior = state.sources[key];
        const conditional = http && prior && prior.url === where && prior.shape === hash && kept.length > 0;
        const fopts = {
          timeoutMs: source.timeout_ms ?? fetchCfg.timeout_ms ?? 20_000,
          retries: source.retries ?? fetchCfg.retries ?? 2,
          backoffMs: fetchCfg.backoff_ms ?? 1000,
          maxBytes,
          userAgent: ua,
          ...(conditional && prior.etag ? { etag: prior.etag } : {}),
          ...(conditional && prior.last_modified ? { lastModified: prior.last_modified } : {}),
          ...(list ? { accept: 'text/csv, application/json, text/plain;q=0.9, */*;q=0.5' } : {}),
        };
        fetched = http ? await fetchUrl(where, fopts) : await readLocal(where, maxBytes);
        report.http_status = fetched.status;
        report.attempts = fetched.attempts;
        report.bytes = fetched.bytes;
        if (http) nextState.sources[key] = stateEntry(where, hash, fetched, prior);
        if (fetched.notModified) {
          carry('not-modified');
          return;
        }
        doc = list ? parseList(fetched.text, where) : await parseSource(fetched.text);
      }
      const ctx: NormalizeContext = {
        feed,
        source,
        sourceIndex,
        baseUrl: fetched && http ? fetched.url : undefined,
        fmt: (d) => formatInZone(d, zone),
        timeZone: zone,
        summaryLength: feedCfg.summary_length ?? 400,
        rewrite,
        categories: config.categories ?? {},
        agencies,
      };
      let candidates: Candidate[] = doc.entries.map((entry, index) => prepare(entry, index, ctx));
      if (source.max_items && candidates.length > source.max_items) {
        candidates = [...candidates].sort((a, b) => (b.time ?? -Infinity) - (a.time ?? -Infinity) || a.index - b.index).slice(0, source.max_items);
      }
      if (feed === 'videos') {
        const without = candidates.filter((c) => !c.video).length;
        if (without) problems.push({ level: 'warning', code: 'source.not-video', params: { n: without }, where: key });
      }
      const usable = feed === 'videos' ? candidates.filter((c) => c.video) : candidates;
      // A date nobody can read is said, item by item (as `siar validate` does); the item stays.
      for (const c of usable) {
        const value = c.raw.published ?? c.raw.updated;
        if (value?.trim() && !parseDate(value)) problems.push({ level: 'warning', code: 'feed.bad-date', params: { item: itemName(c.raw), value }, where: key });
      }
      if (!usable.length && kept.length && !source.allow_empty) {
        problems.push({ level: 'error', code: 'source.empty', params: { n: kept.length }, where: key });
        carry('empty-kept');
        return;
      }
      report.items = usable.length;
      groups.get(feed)!.push({ sourceId: source.id, sourceIndex, fresh: candidates });
    } catch (err) {
      recordSourceFailure(err, report, problems, key);
      carry('kept');
      if (!kept.length) {
        degraded = true;
        problems.push({ level: 'error', code: 'source.nothing-kept', params: {}, where: key });
      } else problems.push({ level: 'warning', code: 'source.kept', params: { n: kept.length }, where: key });
      // keep the validators of the last good response for the next run
      if (state.sources[key]) nextState.sources[key] = state.sources[key]!;
    } finally {
      report.ms = Date.now() - t0;
      sources.push(report);
      opts.onEvent?.({ type: 'source', done: ++done, total, report });
    }
  });
  sources.sort((a, b) => feeds.indexOf(a.feed as FeedName) - feeds.indexOf(b.feed as FeedName) || config[a.feed as FeedName]!.sources.findIndex((s) => s.id === a.id) - config[b.feed as FeedName]!.sources.findIndex((s) => s.id === b.id));

  const mergedFeeds = new Map(feeds.map((feed) => [feed, mergeFeed(groups.get(feed)!, flags, config[feed]!.max_items ?? DEFAULT_MAX, feed === 'videos', agencies)] as const));

  // Items naming an agency the directory does not have (a row skipped as invalid, a typo): say so.
  if (config.directory && directoryWritten) {
    for (const [feed, merged] of mergedFeeds) {
      const unknown = new Map<string, number>();
      for (const item of merged.items) {
        const id = item._siar.agency;
        if (id && !agencies.has(id)) unknown.set(id, (unknown.get(id) ?? 0) + 1);
      }
      for (const [agency, n] of [...unknown].sort(([a], [b]) => (a < b ? -1 : 1))) problems.push({ level: 'warning', code: 'merge.unknown-agency', params: { agency, n }, where: feed });
    }
  }

  // ---- video thumbnails next to the feeds (thumbnails.ts) -----------------------------------
  let thumbs: ThumbResult | undefined;
  if (config.thumbnails !== 'remote') {
    thumbs = await localThumbnails(
      // videos.json first: its provider thumbnail wins over a release's own picture of the same video
      [...mergedFeeds].sort(([a], [b]) => (a === 'videos' ? -1 : b === 'videos' ? 1 : 0)).map(([, m]) => m.items),
      {
        out,
        ...(config.public_url ? { publicUrl: config.public_url } : {}),
        rewrite,
        fetch: { timeoutMs: fetchCfg.timeout_ms ?? 20_000, retries: fetchCfg.retries ?? 2, backoffMs: fetchCfg.backoff_ms ?? 1000, userAgent: ua, concurrency: fetchCfg.concurrency ?? 4 },
        previous: statePath ? (state.thumbnails ?? {}) : undefined,
      },
    );
    problems.push(...thumbs.problems);
    if (Object.keys(thumbs.state).length || thumbs.stats.thumbnails_failed) Object.assign(stats, thumbs.stats);
    if (Object.keys(thumbs.state).length) nextState.thumbnails = thumbs.state;
  }
  // image sizes, from the files next to the feeds (thumbnails written below count too)
  const unwritten = new Map((thumbs?.files ?? []).map((f) => [resolve(out, THUMB_DIR, f.file), f.bytes]));
  stats.images_sized = addImageSizes([...mergedFeeds.values()].map((m) => m.items), out, config.public_url, unwritten);

  const written: Partial<Record<FeedName, boolean>> = {};
  for (const feed of feeds) {
    const feedCfg = config[feed]!;
    const merged = mergedFeeds.get(feed)!;
    stats[`${feed}_items`] = merged.items.length;
    stats[`${feed}_duplicates`] = merged.duplicates;
    if (merged.duplicates) problems.push({ level: 'warning', code: 'merge.duplicates', params: { n: merged.duplicates }, where: feed });
    if (merged.empty) problems.push({ level: 'warning', code: 'merge.empty-items', params: { n: merged.empty }, where: feed });
    const prevRaw = previous.get(feed)!.raw as { items?: unknown[] } | undefined;
    const prevCount = Array.isArray(prevRaw?.items) ? prevRaw!.items!.length : 0;
    const failed = sources.some((s) => s.feed === feed && (s.status === 'failed' || s.status === 'kept' || s.status === 'empty-kept'));
    const keep = (): void => {
      outputs.push({ file: FEED_FILES[feed], status: prevCount ? 'kept' : 'not-written' });
      outputs.push({ file: ARCHIVE_FILES[feed], status: prevCount ? 'kept' : 'not-written', items: prevCount });
      written[feed] = prevCount > 0;
      degraded = true;
    };
    if (!merged.items.length && (failed || prevCount > 0)) {
      // Never publish an empty feed because sources were down.
      problems.push({ level: 'error', code: 'build.feed-empty', params: { file: FEED_FILES[feed] }, where: feed });
      keep();
      continue;
    }
    // The archive (every item, full content) and the lean feed the widgets read: both or neither.
    const archive = feedDocument(feed, feedCfg, config, merged.items, ARCHIVE_FILES[feed]);
    const archiveUrl = config.public_url ? new URL(ARCHIVE_FILES[feed], config.public_url).href : ARCHIVE_FILES[feed];
    const lean = feedDocument(feed, feedCfg, config, leanItems(merged.items, feedCfg.widget_items ?? DEFAULT_WIDGET_ITEMS, feedCfg.content === 'full'), FEED_FILES[feed], archiveUrl);
    let invalid = false;
    for (const [file, doc] of [[ARCHIVE_FILES[feed], archive], [FEED_FILES[feed], lean]] as const) {
      const errors = validateWith('feed', doc);
      for (const p of ajvProblems(errors, doc, undefined, { where: feed })) problems.push({ ...p, code: 'build.invalid-output', params: { file, detail: `${p.pointer ?? ''} ${p.code}` } });
      if (errors.length) invalid = true;
    }
    if (invalid) {
      keep();
      continue;
    }
    // archive first: a lean feed never names an archive older than itself
    pending.push({ file: ARCHIVE_FILES[feed], content: toJson(archive, pretty), items: archive.items.length });
    pending.push({ file: FEED_FILES[feed], content: toJson(lean, pretty), items: lean.items.length });
    stats[`${feed}_widget_items`] = lean.items.length;
    written[feed] = true;
  }

  // ---- alerts (alerts.ts): official warnings for the province ------------------------------
  let alertsWritten = false;
  if (config.alerts) {
    const previousAlerts = readJson(join(out, ALERTS_FILE));
    const a = await buildAlerts({
      config,
      loaded,
      previous: previousAlerts,
      state,
      nextState,
      now: buildNow(env),
      fetch: { timeoutMs: fetchCfg.timeout_ms ?? 20_000, retries: fetchCfg.retries ?? 2, backoffMs: fetchCfg.backoff_ms ?? 1000, maxBytes, userAgent: ua },
      concurrency: fetchCfg.concurrency ?? 4,
      onReport: (report) => opts.onEvent?.({ type: 'source', done: ++done, total, report }),
    });
    problems.push(...a.problems);
    sources.push(...a.reports);
    if (a.degraded) degraded = true;
    stats.alerts = a.items;
    const prevExists = Array.isArray((previousAlerts as { items?: unknown } | undefined)?.items);
    if (a.content) {
      const errors = validateWith('feed', a.content);
      for (const p of ajvProblems(errors, a.content, undefined, { where: 'alerts' })) problems.push({ ...p, code: 'build.invalid-output', params: { file: ALERTS_FILE, detail: `${p.pointer ?? ''} ${p.code}` } });
      if (errors.length) {
        outputs.push({ file: ALERTS_FILE, status: prevExists ? 'kept' : 'not-written' });
        degraded = true;
        alertsWritten = prevExists;
      } else {
        pending.push({ file: ALERTS_FILE, content: toJson(a.content, pretty), items: a.items });
        alertsWritten = true;
      }
    } else {
      outputs.push({ file: ALERTS_FILE, status: a.kept ?? 'not-written' });
      alertsWritten = a.kept === 'kept';
    }
  }

  // ---- profile -------------------------------------------------------------------------------
  const profile = buildProfile(config, {
    releases: !!written.releases,
    videos: !!written.videos,
    alerts: alertsWritten,
    directory: directoryWritten,
  });
  const profileErrors = validateWith('profile', profile);
  if (profileErrors.length) {
    problems.push(...ajvProblems(profileErrors, profile, undefined, { where: 'profile' }));
    degraded = true;
  } else pending.push({ file: 'siar.json', content: toJson(profile, pretty) });

  // ---- write ---------------------------------------------------------------------------------
  const errorsFound = problems.some((p) => p.level === 'error');
  if (opts.strict && errorsFound) {
    problems.push({ level: 'error', code: 'build.strict', params: {} });
    for (const p of pending) outputs.push({ file: p.file, status: 'not-written', ...(p.items !== undefined ? { items: p.items } : {}) });
    if (wantsEmbedPage(config)) outputs.push({ file: 'embed.html', status: 'not-written' });
    return result(3, out);
  }
  try {
    // thumbnails first: a feed never points at a file that is not there yet
    if (thumbs?.files.length) {
      mkdirSync(join(out, THUMB_DIR), { recursive: true });
      let changed = 0;
      for (const f of thumbs.files) if (writeAtomic(join(out, THUMB_DIR, f.file), f.bytes)) changed++;
      outputs.push({ file: `${THUMB_DIR}/`, status: changed ? 'written' : 'unchanged', items: thumbs.files.length });
    }
    for (const p of pending) {
      const changed = writeAtomic(join(out, p.file), p.content);
      outputs.push({ file: p.file, status: changed ? 'written' : 'unchanged', ...(p.items !== undefined ? { items: p.items } : {}) });
    }
    // The iframe embed page with the province's allowlist, when the config asks for it (embed-page.ts).
    if (wantsEmbedPage(config)) outputs.push({ file: 'embed.html', status: writeEmbedPage(out, config) });
    if (statePath) writeAtomic(statePath, toJson(sortState(nextState), true));
    // stored thumbnails that no feed in the folder points at any more
    if (thumbs) pruneThumbnails(out, referencedThumbnails([...Object.values(FEED_FILES), ...Object.values(ARCHIVE_FILES)].map((f) => readJson(join(out, f))), config.public_url));
  } catch (err) {
    problems.push({ level: 'error', code: 'out.unwritable', params: { dir: out, reason: (err as NodeJS.ErrnoException).code ?? String(err) } });
    return result(1, out);
  }
  outputs.sort((a, b) => a.file.localeCompare(b.file));
  return result(degraded ? 3 : 0, out);
}

function sortState(state: State): State {
  const sorted = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { version: 1, sources: sorted(state.sources), ...(state.thumbnails ? { thumbnails: sorted(state.thumbnails) } : {}) };
}

function feedDocument(feed: FeedName, cfg: FeedConfig, config: Config, items: OutItem[], file: string, archiveUrl?: string): OutFeed {
  const p = config.province;
  const doc: OutFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: cfg.title ?? (feed === 'releases' ? `Siaran Pers ${p.name}` : `Video ${p.name}`),
    items: [],
  };
  const home = cfg.home_page_url ?? p.home_page_url;
  if (home) doc.home_page_url = home;
  if (config.public_url) doc.feed_url = new URL(file, config.public_url).href;
  if (cfg.description) doc.description = cfg.description;
  const icon = cfg.icon ?? p.logo;
  if (icon) doc.icon = icon;
  if (cfg.favicon) doc.favicon = cfg.favicon;
  doc.language = cfg.language ?? p.language ?? 'id';
  doc.authors = cfg.authors ?? [p.home_page_url ? { name: p.name, url: p.home_page_url } : { name: p.name }];
  if (archiveUrl) doc._siar = { archive_url: archiveUrl };
  doc.items = items;
  // move items last (key order of the document)
  const { items: list, ...head } = doc;
  return { ...head, items: list } as OutFeed;
}
