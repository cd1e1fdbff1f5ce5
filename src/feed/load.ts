import { FeedError, isFeedError } from './errors.js';
import { parseFeed } from './parse.js';
import type { Feed, FeedItem } from './types.js';
import { pageUrl, safeUrl } from './url.js';

/** Options for {@link loadFeed}. */
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

/** A feed as {@link loadFeed} returns it: the parsed feed plus where it came from. */
export interface LoadedFeed extends Feed {
  /** The absolute URL that was requested. */
  url: string;
  /** When the data was fetched from the network. */
  fetchedAt: Date;
  /** `network`: just fetched; `memory`: reused within the TTL; `stale`: last-known-good copy after a failure. */
  source: 'network' | 'memory' | 'stale';
  /** For `stale` results, why the fresh copy could not be loaded. */
  error?: FeedError;
}

const DEFAULTS = { timeout: 12_000, maxBytes: 5 * 1024 * 1024, ttl: 5 * 60_000 };
const ACCEPT =
  'application/feed+json, application/json;q=0.9, application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
/** Items kept in the last-known-good copy: widgets show far fewer, and storage is the host page's. */
const LKG_ITEMS = 50;
const LKG_PREFIX = 'siar:lkg:v1:';

interface Shared {
  promise: Promise<LoadedFeed>;
  controller: AbortController;
  users: number;
}

const inflight = new Map<string, Shared>();
const memory = new Map<string, { feed: LoadedFeed; at: number }>();

/**
 * Fetches and parses a feed. Every widget on a page goes through here, so the same URL is
 * requested once: concurrent callers share one in-flight request, and later callers within
 * the TTL get the copy in memory. Requests omit credentials (feeds are public; cookies of
 * the feed's host are never sent from an embedding page).
 *
 * On failure it throws a {@link FeedError} (`network`, `http`, `timeout`, `too-large`, `parse`,
 * `unsupported`, `aborted`), unless a last-known-good copy exists, which it returns with
 * `source: 'stale'` and the `error`.
 */
export function loadFeed(input: string | URL, options: LoadOptions = {}): Promise<LoadedFeed> {
  const url = safeUrl(String(input), pageUrl());
  if (!url) {
    return Promise.reject(new FeedError('unsupported', 'Only http: and https: feed addresses can be loaded.', { url: String(input) }));
  }
  if (options.signal?.aborted) return Promise.reject(abortedError(url));
  const ttl = options.ttl ?? DEFAULTS.ttl;
  const hit = memory.get(url);
  if (hit && Date.now() - hit.at < ttl) return Promise.resolve({ ...hit.feed, source: 'memory' });

  let shared = inflight.get(url);
  if (!shared) {
    const controller = new AbortController();
    const created: Shared = { controller, users: 0, promise: fetchFeed(url, controller, options) };
    shared = created;
    inflight.set(url, created);
    const forget = () => {
      if (inflight.get(url) === created) inflight.delete(url);
    };
    created.promise.then(forget, forget);
  }
  return join(shared, url, options.signal);
}

/** Adds one caller to a shared request; an aborting caller leaves without cancelling the others. */
function join(shared: Shared, url: string, signal: AbortSignal | undefined): Promise<LoadedFeed> {
  shared.users++;
  if (!signal) return shared.promise;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      reject(abortedError(url));
      if (--shared.users === 0) shared.controller.abort(abortedError(url));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (feed) => {
        signal.removeEventListener('abort', onAbort);
        resolve(feed);
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

async function fetchFeed(url: string, controller: AbortController, options: LoadOptions): Promise<LoadedFeed> {
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
    const text = decode(bytes, contentType);
    const feed = parseFeed(text, { contentType, baseUrl: response.url || url });
    const loaded: LoadedFeed = { ...feed, url, fetchedAt: new Date(), source: 'network' };
    memory.set(url, { feed: loaded, at: Date.now() });
    if (options.lastKnownGood !== false) saveLastKnownGood(loaded);
    return loaded;
  } catch (cause) {
    const error = toFeedError(cause, controller.signal, url);
    if (error.kind !== 'aborted' && options.lastKnownGood !== false) {
      const stale = readLastKnownGood(url);
      if (stale) return { ...stale, source: 'stale', error };
    }
    throw error;
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

/**
 * Decodes the body: the charset of the Content-Type wins, then a byte-order mark, then the XML
 * declaration's `encoding`, then UTF-8. Unknown labels fall back to UTF-8 rather than failing.
 */
export function decode(bytes: Uint8Array, contentType = ''): string {
  let label = /charset="?([\w.:-]+)/i.exec(contentType)?.[1];
  if (!label) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = 'utf-8';
    else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
    else {
      const head = String.fromCharCode(...bytes.subarray(0, 200));
      label = /^\s*<\?xml[^>]*encoding=["']([\w.:-]+)["']/i.exec(head)?.[1];
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

type StoredItem = Omit<FeedItem, 'published' | 'updated'> & { published?: string; updated?: string };

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // sandboxed iframes and some privacy modes throw on access
  }
}

function saveLastKnownGood(feed: LoadedFeed): void {
  const store = storage();
  if (!store) return;
  const items: StoredItem[] = feed.items.slice(0, LKG_ITEMS).map(({ contentHtml: _drop, ...item }) => ({
    ...item,
    published: item.published?.toISOString(),
    updated: item.updated?.toISOString(),
  }));
  const { items: _all, error: _e, source: _s, ...meta } = feed;
  try {
    store.setItem(LKG_PREFIX + feed.url, JSON.stringify({ ...meta, fetchedAt: feed.fetchedAt.toISOString(), items }));
  } catch {
    // Quota full: the copy is a courtesy, never a reason to fail.
  }
}

function readLastKnownGood(url: string): Omit<LoadedFeed, 'source'> | undefined {
  try {
    const raw = storage()?.getItem(LKG_PREFIX + url);
    if (!raw) return undefined;
    const data = JSON.parse(raw) as Omit<LoadedFeed, 'items' | 'fetchedAt'> & { fetchedAt: string; items: StoredItem[] };
    const date = (s: string | undefined) => (s ? new Date(s) : undefined);
    return {
      ...data,
      fetchedAt: new Date(data.fetchedAt),
      items: data.items.map((item) => {
        const { updated, published, ...rest } = item;
        const restored: FeedItem = { ...rest, published: date(published) };
        const u = date(updated);
        if (u) restored.updated = u;
        return restored;
      }),
    };
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
