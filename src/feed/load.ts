import { FeedError, isFeedError } from './errors.js';
import { lazyModule } from './lazy.js';
import { yieldToMain } from './slices.js';
import type { Feed } from './types.js';
import { pageUrl, safeUrl } from './url.js';

/** Options for `loadFeed`. */
export interface LoadOptions {
  /** Cancels this caller's interest; the shared request stops when every caller has aborted. */
  signal?: AbortSignal;
  /** Milliseconds before the request fails with a `timeout` error. Default 12 000. */
  timeout?: number;
  /** Largest body accepted, in bytes. Default 5 MiB; larger bodies fail with `too-large`. */
  maxBytes?: number;
  /** How long a loaded feed is reused from memory, in milliseconds. Default 5 minutes; 0 disables. */
  ttl?: number;
  /**
   * Keep a last-known-good copy in the page's `localStorage` and return it (marked `stale`) when
   * loading fails. Default true. Copies are bounded: see `maxStaleAge` and
   * {@link LoadingDefaults.storageBudget}. Where storage is denied (sandboxed iframe, some privacy
   * modes) or full, loading works exactly as with `false`.
   */
  lastKnownGood?: boolean;
  /**
   * Ask the server whether the copy in the browser's HTTP cache is still current (`cache:
   * 'no-cache'`: the browser sends `If-None-Match` / `If-Modified-Since` itself, so the request
   * stays CORS-simple, and a 304 costs a few bytes). For widgets that poll (`<siar-alert>`);
   * combine with `ttl: 0` to skip the in-memory copy.
   */
  revalidate?: boolean;
  /**
   * Oldest last-known-good copy ever returned, in milliseconds since it was fetched. Default
   * 7 days (page-wide: {@link configureLoading}). An older copy is never shown, not even marked
   * stale: it is deleted and the load fails with its {@link FeedError}. This is what keeps an
   * urgent or pinned item of a long-gone day from reappearing as news: a stale copy is shown
   * with its items exactly as the publisher last sent them (an item marked urgent stays urgent),
   * under the widgets' notice that names the time it was saved, and only within this age.
   * Lower it for pages whose urgent items matter for hours, not days; `0` never uses a copy.
   */
  maxStaleAge?: number;
}

/** The page-wide settings {@link configureLoading} changes. */
export interface LoadingDefaults {
  /** Default `LoadOptions.timeout`: 12 000 ms. */
  timeout: number;
  /** Default `LoadOptions.maxBytes`: 5 MiB. */
  maxBytes: number;
  /** Default `LoadOptions.ttl`: 5 minutes. */
  ttl: number;
  /** Default `LoadOptions.maxStaleAge`: 7 days. */
  maxStaleAge: number;
  /**
   * Loaded resources kept in memory, least recently used dropped first. Default 32; the memory
   * also drops the least recently used once the bodies it holds pass 16 MiB (the newest is always
   * kept). `0` keeps nothing (every load after the first goes to the network).
   */
  memoryEntries: number;
  /**
   * Bytes of the page's `localStorage` all Siar last-known-good copies may use together, counted
   * as browsers count them (two bytes per UTF-16 code unit of key and value). Default 512 KiB. A
   * new copy evicts the oldest Siar copies (keys starting `siar:lkg:`; the page's own keys are
   * never read or touched); a copy larger than the whole budget is not kept. `0` keeps none.
   */
  storageBudget: number;
}

/** Where loaded data came from; added to every result of `loadFeed` and {@link loadResource}. */
export interface LoadMeta {
  /** The absolute URL that was requested. */
  url: string;
  /** When the data was fetched from the network. */
  fetchedAt: Date;
  /** `network`: just fetched; `memory`: reused within the TTL; `stale`: last-known-good copy after a failure. */
  source: 'network' | 'memory' | 'stale';
  /** For `stale` results, why the fresh copy could not be loaded. */
  error?: FeedError;
}

/** A feed as `loadFeed` returns it: the parsed feed plus where it came from. */
export interface LoadedFeed extends Feed, LoadMeta {}

/** Any loaded resource: its parsed data plus where it came from. */
export type Loaded<T extends object> = T & LoadMeta;

/**
 * How {@link loadResource} turns bytes into data and back into a stored last-known-good copy.
 * `name` separates caches (the same URL read as a feed and as JSON are different things).
 */
export interface Codec<T extends object> {
  name: string;
  /**
   * Bytes to text (default: UTF-8, as RFC 8259 requires of JSON). The feed codec uses the engine's
   * decoder (BOM, header charset, XML declaration, windows-1252 fallback).
   */
  decode?(bytes: Uint8Array, contentType: string): string | Promise<string>;
  /** Text to data; may be asynchronous (the feed codec loads the parser on demand and yields while it works). */
  parse(text: string, context: { contentType: string; baseUrl: string }): T | Promise<T>;
  /** JSON-safe form for the last-known-good copy (default: the value itself). */
  store?(value: T): unknown;
  /** Back from the stored form; throw to discard a copy that no longer fits. */
  restore?(stored: unknown): T;
}

const DAY = 24 * 60 * 60_000;
const DEFAULTS: LoadingDefaults = {
  timeout: 12_000,
  maxBytes: 5 * 1024 * 1024,
  ttl: 5 * 60_000,
  maxStaleAge: 7 * DAY,
  memoryEntries: 32,
  storageBudget: 512 * 1024,
};
/** Bodies held in memory, together (the newest entry is kept even if it alone is larger). */
const MEMORY_BYTES = 16 * 1024 * 1024;

/**
 * Changes the page-wide defaults every widget loads with, e.g. a shorter time-out for a page
 * whose readers are on slow connections: `configureLoading({ timeout: 8000 })`, or a page whose
 * urgent notices must never be shown a day late: `configureLoading({ maxStaleAge: 6 * 3600_000 })`.
 * Values that are not finite numbers ≥ 0 are ignored. Returns the settings now in force.
 */
export function configureLoading(defaults: Partial<LoadingDefaults> = {}): LoadingDefaults {
  for (const key of Object.keys(DEFAULTS) as (keyof LoadingDefaults)[]) {
    const value = defaults[key];
    if (isAge(value)) DEFAULTS[key] = value;
  }
  trimMemory();
  return { ...DEFAULTS };
}

function isAge(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
/**
 * Kept CORS-safelisted on purpose: an `Accept` value over 128 bytes, or any other header, makes
 * every cross-origin request a preflighted one, and static hosts that send only
 * `Access-Control-Allow-Origin: *` (as docs/publisher.md configures them) refuse the `OPTIONS`.
 */
export const ACCEPT = 'application/feed+json,application/json,application/rss+xml,application/atom+xml,text/xml,*/*;q=0.5';
/** Every last-known-good key starts so; only such keys are ever evicted. */
export const LKG_FAMILY = 'siar:lkg:';
/** The current format: `{ fetchedAt, maxAge?, data }` (v2 copies written before `maxAge` existed read the same). */
export const LKG_PREFIX = `${LKG_FAMILY}v2:`;

interface Shared<T> {
  promise: Promise<T>;
  controller: AbortController;
  users: number;
}

/** What the network returned for one URL, before any codec read it. */
interface Fetched {
  bytes: Uint8Array;
  contentType: string;
  responseUrl: string;
}

/** Loads in progress, by codec and URL. */
const inflight = new Map<string, Shared<Loaded<object>>>();
/** Requests in progress, by URL: codecs reading the same URL (a feed in two time zones) share one request. */
const fetching = new Map<string, Shared<Fetched>>();
/**
 * Loaded resources by codec and URL, least recently used first (a `Map` keeps insertion order;
 * a hit moves its entry to the end). `size` is the body's length in bytes, the cost estimate.
 */
const memory = new Map<string, { value: Loaded<object>; at: number; size: number }>();

function remember(key: string, value: Loaded<object>, size: number): void {
  memory.delete(key);
  memory.set(key, { value, at: Date.now(), size });
  trimMemory(key);
}

/** Drops the least recently used entries beyond the bounds; `keep` (the newest) stays. */
function trimMemory(keep?: string): void {
  let bytes = 0;
  for (const entry of memory.values()) bytes += entry.size;
  for (const [key, entry] of memory) {
    if (memory.size <= DEFAULTS.memoryEntries && bytes <= MEMORY_BYTES) break;
    if (key === keep && DEFAULTS.memoryEntries > 0) continue;
    memory.delete(key);
    bytes -= entry.size;
  }
}

/**
 * The machinery behind `loadFeed`, for any resource a widget reads (directory, profile):
 * one request per URL per page, memory cache, size cap, time-out, typed errors and the
 * last-known-good copy.
 */
export function loadResource<T extends object>(input: string | URL, options: LoadOptions, codec: Codec<T>): Promise<Loaded<T>> {
  const url = safeUrl(String(input), pageUrl());
  if (!url) {
    return Promise.reject(new FeedError('unsupported', 'Only http: and https: addresses can be loaded.', { url: String(input) }));
  }
  if (options.signal?.aborted) return Promise.reject(abortedError(url));
  const key = `${codec.name} ${url}`;
  const ttl = options.ttl ?? DEFAULTS.ttl;
  const hit = memory.get(key);
  if (hit && Date.now() - hit.at < ttl) {
    memory.delete(key); // most recently used now
    memory.set(key, hit);
    return Promise.resolve({ ...(hit.value as Loaded<T>), source: 'memory' });
  }
  if (hit) memory.delete(key);

  return share(inflight, key, url, options.signal, (controller) => fetchResource(url, key, controller, options, codec)) as Promise<
    Loaded<T>
  >;
}

/** Joins the work in progress under `key`, or starts it; it is forgotten once settled. */
function share<T>(
  map: Map<string, Shared<T>>,
  key: string,
  url: string,
  signal: AbortSignal | undefined,
  start: (controller: AbortController) => Promise<T>,
): Promise<T> {
  let shared = map.get(key);
  if (!shared) {
    const controller = new AbortController();
    const created: Shared<T> = { controller, users: 0, promise: start(controller) };
    shared = created;
    map.set(key, created);
    const forget = () => {
      if (map.get(key) === created) map.delete(key);
    };
    created.promise.then(forget, forget);
  }
  return join(shared, url, signal);
}

/** Adds one caller to a shared request; an aborting caller leaves without cancelling the others. */
function join<T>(shared: Shared<T>, url: string, signal: AbortSignal | undefined): Promise<T> {
  shared.users++;
  if (!signal) return shared.promise;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      reject(abortedError(url));
      if (--shared.users === 0) shared.controller.abort(abortedError(url));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function abortedError(url: string): FeedError {
  return new FeedError('aborted', 'Loading was cancelled.', { url });
}

async function fetchResource<T extends object>(
  url: string,
  key: string,
  controller: AbortController,
  options: LoadOptions,
  codec: Codec<T>,
): Promise<Loaded<T>> {
  const keep = options.lastKnownGood !== false;
  // The last-known-good code downloads while the feed does, requested in the task after the
  // feed's (each module request costs the main thread a few milliseconds on a slow phone).
  const stored = keep ? yieldToMain().then(loadStored) : undefined;
  stored?.catch(() => {});
  const limits = () => ({ budget: DEFAULTS.storageBudget, defaultMaxAge: DEFAULTS.maxStaleAge });
  try {
    const { bytes, contentType, responseUrl } = await share(fetching, url, url, controller.signal, (own) => fetchBytes(url, own, options));
    // BOM, then the header's charset, then the XML declaration, then UTF-8 or windows-1252 (feeds);
    // UTF-8 for JSON resources.
    const text = codec.decode ? await codec.decode(bytes, contentType) : new TextDecoder().decode(bytes);
    // A web page where data was expected (a CMS's 404 or login page sent with status 200).
    if (/^\s*(<!doctype\s+html|<html[\s>])/i.test(text)) {
      throw new FeedError('unsupported', 'The address returned a web page (HTML), not data Siar can read.', { url });
    }
    const data = await codec.parse(text, { contentType, baseUrl: responseUrl });
    if (controller.signal.aborted) throw abortedError(url);
    const fetchedAt = new Date();
    const loaded = { ...data, url, fetchedAt, source: 'network' } as Loaded<T>;
    remember(key, loaded, bytes.byteLength);
    const maxAge = staleAge(options);
    if (stored && maxAge > 0) {
      // Serializing and writing the copy is a task of its own (not added to the parse or the render),
      // and a copy that cannot be kept (module or storage unavailable) is never a reason to fail.
      await yieldToMain();
      await stored.then(
        (module) => module.saveLastKnownGood(key, fetchedAt, maxAge, () => (codec.store ? codec.store(data) : data), limits()),
        () => {},
      );
    }
    return loaded;
  } catch (cause) {
    const error = toFeedError(cause, controller.signal, url);
    if (error.kind !== 'aborted' && stored) {
      const stale = await stored.then(
        (module) => module.readLastKnownGood(key, codec, staleAge(options)),
        () => undefined,
      );
      if (stale) return { ...stale.data, url, fetchedAt: stale.fetchedAt, source: 'stale', error } as Loaded<T>;
    }
    throw error;
  }
}

/** One request: time-out, status check and a size cap, shared by every codec that reads this URL. */
async function fetchBytes(url: string, controller: AbortController, options: LoadOptions): Promise<Fetched> {
  const timeout = options.timeout ?? DEFAULTS.timeout;
  const maxBytes = options.maxBytes ?? DEFAULTS.maxBytes;
  const timer = setTimeout(
    () => controller.abort(new FeedError('timeout', `No answer within ${Math.round(timeout / 1000)} s.`, { url })),
    timeout,
  );
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        credentials: 'omit',
        mode: 'cors',
        redirect: 'follow',
        signal: controller.signal,
        ...(options.revalidate ? { cache: 'no-cache' as RequestCache } : {}),
        headers: { Accept: ACCEPT },
      });
    } catch (cause) {
      throw toFeedError(cause, controller.signal, url);
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      throw new FeedError('http', `The server answered HTTP ${response.status}.`, { status: response.status, url });
    }
    const contentType = response.headers.get('content-type') ?? '';
    const bytes = await readCapped(response, maxBytes, controller.signal, url);
    return { bytes, contentType, responseUrl: response.url || url };
  } catch (cause) {
    throw toFeedError(cause, controller.signal, url);
  } finally {
    clearTimeout(timer);
  }
}

function toFeedError(cause: unknown, signal: AbortSignal, url: string): FeedError {
  if (isFeedError(cause)) return cause;
  if (signal.aborted && isFeedError(signal.reason)) return signal.reason;
  // fetch rejects with a bare TypeError for DNS failures, refused connections, CORS refusals and
  // redirect loops alike: the page cannot tell them apart, so neither can we.
  return new FeedError('network', 'The feed could not be reached (offline, blocked, or not shared with this site).', {
    url,
    cause,
  });
}

/** Reads the body, giving up as soon as it passes `maxBytes` (a 50 MB feed is never buffered whole). */
async function readCapped(response: Response, maxBytes: number, signal: AbortSignal, url: string): Promise<Uint8Array> {
  const tooLarge = () => new FeedError('too-large', `The feed is larger than ${Math.round(maxBytes / 1024)} KB.`, { url });
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw tooLarge();
      chunks.push(value);
    }
  } catch (cause) {
    void reader.cancel().catch(() => {});
    throw toFeedError(cause, signal, url);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function staleAge(options: LoadOptions): number {
  return isAge(options.maxStaleAge) ? options.maxStaleAge : DEFAULTS.maxStaleAge;
}

/**
 * The page's `localStorage`, or `undefined` where reading it throws (sandboxed iframes, some
 * privacy modes, storage disabled).
 */
export function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The last-known-good machinery (budget, eviction, quota retries): a module of its own, loaded
 * when a request starts (in parallel with it), since it is needed only once an answer or an
 * error is in.
 */
const loadStored = /* @__PURE__ */ lazyModule(() => import('./stored.js'), 'saved-copy code');

/**
 * Forgets every in-memory copy (and, with `{ stored: true }`, every Siar last-known-good copy in
 * `localStorage`, of any format; the page's own keys are left alone).
 */
export function clearFeedCache(options: { stored?: boolean } = {}): void {
  memory.clear();
  if (!options.stored) return;
  const store = storage();
  if (!store) return;
  try {
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (key?.startsWith(LKG_FAMILY)) store.removeItem(key);
    }
  } catch {
    // storage revoked meanwhile
  }
}
