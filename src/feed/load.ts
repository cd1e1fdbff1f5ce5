import { FeedError, isFeedError } from './errors.js';
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
  /** Keep a copy in `localStorage` and return it (marked `stale`) when loading fails. Default true. */
  lastKnownGood?: boolean;
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

const DEFAULTS = { timeout: 12_000, maxBytes: 5 * 1024 * 1024, ttl: 5 * 60_000 };

/**
 * Changes the page-wide defaults every widget loads with, e.g. a shorter time-out for a page
 * whose readers are on slow connections: `configureLoading({ timeout: 8000 })`.
 */
export function configureLoading(defaults: Partial<Pick<LoadOptions, 'timeout' | 'maxBytes' | 'ttl'>>): void {
  for (const key of ['timeout', 'maxBytes', 'ttl'] as const) {
    const value = defaults[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) DEFAULTS[key] = value;
  }
}
/**
 * Kept CORS-safelisted on purpose: an `Accept` value over 128 bytes, or any other header, makes
 * every cross-origin request a preflighted one, and static hosts that send only
 * `Access-Control-Allow-Origin: *` (as docs/publisher.md configures them) refuse the `OPTIONS`.
 */
export const ACCEPT = 'application/feed+json,application/json,application/rss+xml,application/atom+xml,text/xml,*/*;q=0.5';
const LKG_PREFIX = 'siar:lkg:v2:';

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
const memory = new Map<string, { value: Loaded<object>; at: number }>();

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
  if (hit && Date.now() - hit.at < ttl) return Promise.resolve({ ...(hit.value as Loaded<T>), source: 'memory' });

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
    memory.set(key, { value: loaded, at: Date.now() });
    if (options.lastKnownGood !== false) saveLastKnownGood(key, fetchedAt, codec.store ? codec.store(data) : data);
    return loaded;
  } catch (cause) {
    const error = toFeedError(cause, controller.signal, url);
    if (error.kind !== 'aborted' && options.lastKnownGood !== false) {
      const stale = readLastKnownGood(key, codec);
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

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // sandboxed iframes and some privacy modes throw on access
  }
}

function saveLastKnownGood(key: string, fetchedAt: Date, data: unknown): void {
  try {
    storage()?.setItem(LKG_PREFIX + key, JSON.stringify({ fetchedAt: fetchedAt.toISOString(), data }));
  } catch {
    // Quota full: the copy is a courtesy, never a reason to fail.
  }
}

function readLastKnownGood<T extends object>(key: string, codec: Codec<T>): { data: T; fetchedAt: Date } | undefined {
  try {
    const raw = storage()?.getItem(LKG_PREFIX + key);
    if (!raw) return undefined;
    const stored = JSON.parse(raw) as { fetchedAt: string; data: unknown };
    return { data: codec.restore ? codec.restore(stored.data) : (stored.data as T), fetchedAt: new Date(stored.fetchedAt) };
  } catch {
    return undefined;
  }
}

/** Forgets every in-memory copy (and, with `{ stored: true }`, the last-known-good copies). */
export function clearFeedCache(options: { stored?: boolean } = {}): void {
  memory.clear();
  if (!options.stored) return;
  const store = storage();
  if (!store) return;
  for (let i = store.length - 1; i >= 0; i--) {
    const key = store.key(i);
    if (key?.startsWith(LKG_PREFIX)) store.removeItem(key);
  }
}
