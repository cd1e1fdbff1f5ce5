/**
 * Fetching sources politely and robustly: a time-out per attempt, retries with exponential
 * back-off (honouring Retry-After) for time-outs, network errors, 408/429/5xx; conditional
 * requests (If-None-Match / If-Modified-Since); a size cap; the charset the server or the XML
 * declaration names. Local files (paths relative to the config) go through the same interface.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { decode } from '../feed/decode.js';
import { CliError } from './problems.js';

export interface FetchOptions {
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  maxBytes: number;
  userAgent: string;
  accept?: string;
  etag?: string;
  lastModified?: string;
  /** Injected for tests; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Keep the body as bytes (`body`), not decoded text (images). */
  binary?: boolean;
}

export interface Fetched {
  notModified: boolean;
  text: string;
  /** Final URL after redirects (or the file path). */
  url: string;
  status: number;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  attempts: number;
  bytes: number;
  /** The body as received, with `binary`. */
  body?: Uint8Array;
}

export const FEED_ACCEPT =
  'application/feed+json, application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

const sleepDefault = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** True for http(s) URLs; anything else is a path. */
export const isHttp = (s: string): boolean => /^https?:\/\//i.test(s);

/** Resolves a config path (or file: URL) against the config directory. */
export function resolvePath(p: string, dir: string): string {
  const path = p.startsWith('file:') ? new URL(p).pathname : p;
  return isAbsolute(path) ? path : resolve(dir, path);
}

/** Decoding is shared with the browser engine: BOM, header charset, XML declaration, UTF-8 or windows-1252. */
export { decode } from '../feed/decode.js';

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const s = Number(header);
  if (Number.isFinite(s)) return s * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** Network error codes worth a retry (DNS "not found" is not). */
const TRANSIENT = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ENETUNREACH', 'EHOSTUNREACH']);

function networkCode(err: unknown): string {
  const e = err as { cause?: { code?: string; message?: string; errors?: Array<{ code?: string }> }; code?: string; message?: string };
  // undici: cause.code (ECONNREFUSED…), an AggregateError of attempts, or a message ("bad port")
  return e?.cause?.code ?? e?.cause?.errors?.find((x) => x?.code)?.code ?? e?.code ?? e?.cause?.message ?? e?.message ?? 'unknown';
}

async function readCapped(res: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new CliError('fetch.too-large', { url, limit: maxBytes });
  }
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new CliError('fetch.too-large', { url, limit: maxBytes });
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Fetches one http(s) URL. Throws {@link CliError} with a `fetch.*` code after the last attempt. */
export async function fetchUrl(url: string, opts: FetchOptions): Promise<Fetched> {
  const sleep = opts.sleep ?? sleepDefault;
  let attempt = 0;
  for (;;) {
    attempt++;
    const headers: Record<string, string> = { 'user-agent': opts.userAgent, accept: opts.accept ?? FEED_ACCEPT };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    let failure: CliError;
    let retryable = false;
    let wait = opts.backoffMs * 2 ** (attempt - 1);
    const signal = AbortSignal.timeout(opts.timeoutMs);
    try {
      const res = await fetch(url, { headers, redirect: 'follow', signal });
      if (res.status === 304) {
        await res.body?.cancel().catch(() => undefined);
        return { notModified: true, text: '', url: res.url || url, status: 304, attempts: attempt, bytes: 0, ...validators(res) };
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        failure = new CliError('fetch.http', { url, status: res.status });
        retryable = res.status >= 500 || res.status === 408 || res.status === 429;
        const ra = retryAfterMs(res.headers.get('retry-after'));
        if (ra !== undefined) wait = Math.min(Math.max(ra, wait), 60_000);
      } else {
        const bytes = await readCapped(res, opts.maxBytes, url);
        const contentType = res.headers.get('content-type') ?? undefined;
        if (opts.binary) {
          return { notModified: false, text: '', body: bytes, url: res.url || url, status: res.status, ...(contentType ? { contentType } : {}), ...validators(res), attempts: attempt, bytes: bytes.byteLength };
        }
        return {
          notModified: false,
          text: decode(bytes, contentType),
          url: res.url || url,
          status: res.status,
          ...(contentType ? { contentType } : {}),
          ...validators(res),
          attempts: attempt,
          bytes: bytes.byteLength,
        };
      }
    } catch (err) {
      if (err instanceof CliError) {
        failure = err; // too large: the same next time
      } else if (signal.aborted || (err as Error)?.name === 'TimeoutError' || (err as Error)?.name === 'AbortError') {
        failure = new CliError('fetch.timeout', { url, ms: opts.timeoutMs });
        retryable = true;
      } else {
        const code = networkCode(err);
        failure = new CliError(code === 'ENOTFOUND' ? 'fetch.dns' : 'fetch.network', { url, code });
        retryable = TRANSIENT.has(code);
      }
    }
    if (!retryable || attempt > opts.retries) throw failure;
    await sleep(wait);
  }
}

function validators(res: Response): { etag?: string; lastModified?: string } {
  const out: { etag?: string; lastModified?: string } = {};
  const etag = res.headers.get('etag');
  const lm = res.headers.get('last-modified');
  if (etag) out.etag = etag;
  if (lm) out.lastModified = lm;
  return out;
}

/** Reads a local file with the same decoding rules. */
export async function readLocal(path: string, maxBytes: number): Promise<Fetched> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new CliError('fetch.file', { file: path, code: (err as NodeJS.ErrnoException).code ?? 'unknown' });
  }
  if (bytes.byteLength > maxBytes) throw new CliError('fetch.too-large', { url: path, limit: maxBytes });
  return { notModified: false, text: decode(bytes), url: path, status: 200, attempts: 1, bytes: bytes.byteLength };
}
