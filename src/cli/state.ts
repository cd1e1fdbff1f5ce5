/**
 * `.siar-state.json`: the validators (ETag, Last-Modified) of each source's last good response, so
 * the next run can ask "changed?" and get a cheap 304. No clock times: only what servers sent.
 */
import { readFileSync } from 'node:fs';
import type { Fetched } from './fetch.js';

export interface StateEntry {
  url: string;
  /** Hash of everything that shapes the source's items (config, CLI version). */
  shape: string;
  etag?: string;
  last_modified?: string;
}

export interface State {
  version: 1;
  sources: Record<string, StateEntry>;
  /** Stored video thumbnails (`thumbs/<file>`) → the address each was downloaded from. */
  thumbnails?: Record<string, { url: string }>;
}

export function readState(path: string): State {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as State;
    if (data?.version === 1 && data.sources && typeof data.sources === 'object') return data;
  } catch {
    // missing or broken: start afresh (conditional requests are an optimization)
  }
  return { version: 1, sources: {} };
}

/** The entry after a response: new validators, or the old ones on a 304 without them. */
export function stateEntry(url: string, shape: string, fetched: Fetched, prior: StateEntry | undefined): StateEntry {
  const entry: StateEntry = { url, shape };
  const etag = fetched.etag ?? (fetched.notModified ? prior?.etag : undefined);
  const lm = fetched.lastModified ?? (fetched.notModified ? prior?.last_modified : undefined);
  if (etag) entry.etag = etag;
  if (lm) entry.last_modified = lm;
  return entry;
}
