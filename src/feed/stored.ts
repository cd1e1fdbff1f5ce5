import type { Codec } from './load.js';
import { LKG_FAMILY, LKG_PREFIX, storage } from './load.js';

/**
 * Last-known-good copies in the page's `localStorage`: written after every successful load,
 * read after a failed one. Loaded on demand by `load.ts`. Every storage call is wrapped: any may
 * throw where storage is denied.
 *
 * @internal
 */

/** What the page's settings say: the total budget and the maximum age of copies written before ages were stored. */
export interface StoredLimits {
  budget: number;
  defaultMaxAge: number;
}

/** Bytes a key and value take in the page's quota, as browsers count them (UTF-16). */
function cost(key: string, value: string): number {
  return 2 * (key.length + value.length);
}

/** A copy's fetch time, read from the head of its value without parsing the whole copy. */
function storedTime(value: string | null): number {
  const match = value && /^\{"fetchedAt":"([^"]{1,40})"/.exec(value);
  return match ? Date.parse(match[1]!) : Number.NaN;
}

/** A copy's own maximum age (the one it was written with), or the page default for older copies. */
function storedMaxAge(value: string, defaultMaxAge: number): number {
  const match = /^\{"fetchedAt":"[^"]{1,40}","maxAge":(\d{1,16})[,}]/.exec(value);
  return match ? Number(match[1]) : defaultMaxAge;
}

/** Whether a copy fetched at `time` is too old (or dated in the future by more than a clock's drift). */
function expired(time: number, maxAge: number, now: number): boolean {
  const age = now - time;
  return !(age <= maxAge && age >= -60 * 60_000);
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22 || error.code === 1014)
  );
}

/** Every Siar last-known-good copy but `except`, oldest (or unreadable, or of an old format) first. */
function siarEntries(store: Storage, except: string, defaultMaxAge: number): { key: string; size: number; time: number; old: boolean }[] {
  const entries: { key: string; size: number; time: number; old: boolean }[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(LKG_FAMILY) || key === except) continue;
    const value = store.getItem(key) ?? '';
    const time = storedTime(value);
    const old = !key.startsWith(LKG_PREFIX) || expired(time, storedMaxAge(value, defaultMaxAge), Date.now());
    entries.push({ key, size: cost(key, value), time: Number.isNaN(time) ? -Infinity : time, old });
  }
  return entries.sort((a, b) => Number(b.old) - Number(a.old) || a.time - b.time);
}

/**
 * Stores one copy within the budget: drops Siar copies that are expired or of an old format,
 * then the oldest until the new one fits. When the page's storage is full anyway
 * (`QuotaExceededError`), frees as much again from the oldest Siar copies and retries once;
 * then gives up silently and keeps no copy for this key. Never fails the load.
 */
export function saveLastKnownGood(key: string, fetchedAt: Date, maxAge: number, stored: () => unknown, limits: StoredLimits): void {
  const store = storage();
  if (!store) return;
  const storeKey = LKG_PREFIX + key;
  try {
    // `fetchedAt` first and `maxAge` second: storedTime and storedMaxAge read them from the head.
    const value = JSON.stringify({ fetchedAt: fetchedAt.toISOString(), maxAge, data: stored() });
    const size = cost(storeKey, value);
    const others = siarEntries(store, storeKey, limits.defaultMaxAge);
    if (size > limits.budget) {
      store.removeItem(storeKey); // an older copy would outlive the newer feed it no longer matches
      for (const entry of others) if (entry.old) store.removeItem(entry.key);
      return;
    }
    let used = others.reduce((sum, entry) => sum + entry.size, 0);
    const evict = (need: number) => {
      while (others.length && (others[0]!.old || need > 0)) {
        const entry = others.shift()!;
        store.removeItem(entry.key);
        used -= entry.size;
        need -= entry.size;
      }
    };
    evict(used + size - limits.budget);
    try {
      store.setItem(storeKey, value);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      evict(size);
      store.setItem(storeKey, value);
    }
  } catch {
    // Quota still full, storage revoked, or a value that cannot be serialized: the copy is a
    // courtesy, never a reason to fail. What is left under this key would be older than the feed.
    try {
      store.removeItem(storeKey);
    } catch {
      // nothing more to do
    }
  }
}

/** The stored copy, unless it is missing, unreadable or older than `maxAge` (then it is deleted). */
export function readLastKnownGood<T extends object>(key: string, codec: Codec<T>, maxAge: number): { data: T; fetchedAt: Date } | undefined {
  const store = maxAge > 0 ? storage() : undefined;
  if (!store) return undefined;
  const storeKey = LKG_PREFIX + key;
  try {
    const raw = store.getItem(storeKey);
    if (!raw) return undefined;
    const stored = JSON.parse(raw) as { fetchedAt: string; data: unknown };
    const fetchedAt = new Date(stored.fetchedAt);
    if (expired(fetchedAt.getTime(), maxAge, Date.now())) {
      store.removeItem(storeKey);
      return undefined;
    }
    return { data: codec.restore ? codec.restore(stored.data) : (stored.data as T), fetchedAt };
  } catch {
    // Unreadable, or of a shape the codec no longer accepts: it would never be used again.
    try {
      store.removeItem(storeKey);
    } catch {
      // storage revoked meanwhile
    }
    return undefined;
  }
}
