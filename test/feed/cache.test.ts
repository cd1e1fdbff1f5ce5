// Bounded caches: the in-memory LRU, and the last-known-good copies in the page's localStorage
// (maximum age, total budget, quota-full and storage-denied pages).
import { expect } from '@open-wc/testing';
import { loadFeed, clearFeedCache, configureLoading, FeedError } from '../../src/feed/index.js';

const DAY = 24 * 60 * 60_000;
let n = 0;
/** A URL no other test has used, so the page-wide cache and request sharing start clean. */
function unique(path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}key=cache-${Date.now()}-${n++}`;
}
function absolute(url: string): string {
  return new URL(url, location.href).href;
}
async function hits(url: string): Promise<number> {
  const key = new URL(url, location.href).searchParams.get('key');
  return ((await (await fetch(`/__mock/hits?key=${key}`)).json()) as { hits: number }).hits;
}
/** The page's localStorage keys holding a last-known-good copy of `url`. */
function storedKeys(url: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)!;
    if (key.startsWith('siar:lkg:') && key.endsWith(` ${absolute(url)}`)) keys.push(key);
  }
  return keys;
}
function siarKeys(): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)!.startsWith('siar:lkg:')) keys.push(localStorage.key(i)!);
  return keys.sort();
}
/** Runs `work` while every request answers HTTP 500 (the feed's host is down). */
async function whileDown<T>(work: () => Promise<T>): Promise<T> {
  const realFetch = window.fetch;
  window.fetch = () => Promise.resolve(new Response('down', { status: 500 }));
  try {
    return await work();
  } finally {
    window.fetch = realFetch;
  }
}
async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected loadFeed to fail');
}
/** Moves a stored copy's fetch time `ms` into the past, as if it had been saved then. */
function age(key: string, ms: number): void {
  const stored = JSON.parse(localStorage.getItem(key)!) as { fetchedAt: string };
  stored.fetchedAt = new Date(Date.now() - ms).toISOString();
  localStorage.setItem(key, JSON.stringify(stored));
}
const tick = () => new Promise((r) => setTimeout(r, 5));

const HOST_KEYS = { 'preferensi-tema': 'gelap', 'siar-pengaturan': JSON.stringify({ tata: 'kartu' }), 'keranjang:1': 'x'.repeat(2000) };

describe('bounded caches', () => {
  let defaults: ReturnType<typeof configureLoading>;
  before(() => {
    defaults = configureLoading();
  });
  beforeEach(() => {
    clearFeedCache({ stored: true });
    for (const [key, value] of Object.entries(HOST_KEYS)) localStorage.setItem(key, value);
  });
  afterEach(() => {
    configureLoading(defaults);
    for (const key of Object.keys(HOST_KEYS)) localStorage.removeItem(key);
    clearFeedCache({ stored: true });
  });

  describe('memory', () => {
    it('drops the least recently used entry, not the oldest', async () => {
      configureLoading({ memoryEntries: 2 });
      const [a, b, c] = [0, 1, 2].map(() => unique('/__mock/fixture?name=rss2.xml'));
      await loadFeed(a!, { lastKnownGood: false });
      await loadFeed(b!, { lastKnownGood: false });
      expect((await loadFeed(a!, { lastKnownGood: false })).source).to.equal('memory'); // a is now the most recent
      await loadFeed(c!, { lastKnownGood: false }); // evicts b
      expect((await loadFeed(a!, { lastKnownGood: false })).source).to.equal('memory');
      expect((await loadFeed(c!, { lastKnownGood: false })).source).to.equal('memory');
      expect((await loadFeed(b!, { lastKnownGood: false })).source).to.equal('network');
      expect([await hits(a!), await hits(b!), await hits(c!)]).to.deep.equal([1, 2, 1]);
    });

    it('keeps nothing with memoryEntries 0, and a lowered bound trims at once', async () => {
      const a = unique('/__mock/fixture?name=feed.json');
      const b = unique('/__mock/fixture?name=feed.json');
      await loadFeed(a, { lastKnownGood: false });
      await loadFeed(b, { lastKnownGood: false });
      configureLoading({ memoryEntries: 1 });
      expect((await loadFeed(b, { lastKnownGood: false })).source).to.equal('memory');
      expect((await loadFeed(a, { lastKnownGood: false })).source).to.equal('network');
      configureLoading({ memoryEntries: 0 });
      expect((await loadFeed(a, { lastKnownGood: false })).source).to.equal('network');
      expect(await hits(a)).to.equal(3);
    });

    it('ignores settings that are not finite numbers ≥ 0', () => {
      const before = configureLoading();
      const after = configureLoading({ memoryEntries: -1, maxStaleAge: Number.NaN, storageBudget: Infinity });
      expect(after).to.deep.equal(before);
      expect(before.maxStaleAge).to.equal(7 * DAY);
      expect(before.storageBudget).to.equal(512 * 1024);
    });
  });

  describe('last-known-good copies', () => {
    it('never returns a copy older than maxStaleAge, and deletes it', async () => {
      const url = unique('/__mock/fixture?name=rss2.xml');
      await loadFeed(url);
      const [key] = storedKeys(url);
      expect(key, 'a copy was stored').to.be.a('string');
      age(key!, 8 * DAY);
      clearFeedCache();
      const error = await failure(whileDown(() => loadFeed(url)));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(500);
      expect(localStorage.getItem(key!), 'the expired copy is removed').to.equal(null);
    });

    it('honours maxStaleAge per load and page-wide', async () => {
      const url = unique('/__mock/fixture?name=rss2.xml');
      const fresh = await loadFeed(url);
      const [key] = storedKeys(url);
      age(key!, 3 * DAY);
      clearFeedCache();
      // Within the default 7 days: shown, marked stale, with the time it was saved.
      const stale = await whileDown(() => loadFeed(url));
      expect(stale.source).to.equal('stale');
      expect(stale.items.map((i) => i.title)).to.deep.equal(fresh.items.map((i) => i.title));
      expect(Date.now() - stale.fetchedAt.getTime()).to.be.within(3 * DAY - 60_000, 3 * DAY + 60_000);
      // A page whose urgent notices matter for hours, not days: the same copy is too old.
      configureLoading({ maxStaleAge: DAY });
      expect((await failure(whileDown(() => loadFeed(url)))).kind).to.equal('http');
      expect(localStorage.getItem(key!)).to.equal(null);
    });

    it('lets the per-load maxStaleAge win over the page default', async () => {
      const url = unique('/__mock/fixture?name=rss2.xml');
      await loadFeed(url);
      const [key] = storedKeys(url);
      age(key!, 2 * DAY);
      clearFeedCache();
      configureLoading({ maxStaleAge: DAY });
      expect((await whileDown(() => loadFeed(url, { maxStaleAge: 3 * DAY }))).source).to.equal('stale');
      expect((await failure(whileDown(() => loadFeed(url)))).kind).to.equal('http');
      expect(localStorage.getItem(key!)).to.equal(null);
    });

    it('uses no copy with maxStaleAge 0, and stores none', async () => {
      const url = unique('/__mock/fixture?name=rss2.xml');
      await loadFeed(url, { maxStaleAge: 0 });
      expect(storedKeys(url)).to.deep.equal([]);
      await loadFeed(url, { ttl: 0 });
      clearFeedCache();
      expect((await failure(whileDown(() => loadFeed(url, { maxStaleAge: 0 })))).kind).to.equal('http');
    });

    it('still reads a copy written before copies recorded their maximum age', async () => {
      const url = unique('/__mock/fixture?name=rss2.xml');
      const fresh = await loadFeed(url);
      const [key] = storedKeys(url);
      const { fetchedAt, data } = JSON.parse(localStorage.getItem(key!)!) as { fetchedAt: string; data: unknown };
      localStorage.setItem(key!, JSON.stringify({ fetchedAt, data })); // the 0.1 shape
      clearFeedCache();
      const stale = await whileDown(() => loadFeed(url));
      expect(stale.source).to.equal('stale');
      expect(stale.title).to.equal(fresh.title);
    });

    it('keeps all copies within the budget, evicting the oldest first and never the page’s own keys', async () => {
      const urls = [0, 1, 2, 3].map(() => unique('/__mock/fixture?name=rss2.xml'));
      await loadFeed(urls[0]!);
      const [first] = storedKeys(urls[0]!);
      const one = 2 * (first!.length + localStorage.getItem(first!)!.length);
      configureLoading({ storageBudget: Math.floor(2.5 * one) });
      for (const url of urls.slice(1)) {
        await tick();
        await loadFeed(url);
      }
      // Room for two: the two newest stay.
      expect(urls.map((u) => storedKeys(u).length)).to.deep.equal([0, 0, 1, 1]);
      let used = 0;
      for (const key of siarKeys()) used += 2 * (key.length + localStorage.getItem(key)!.length);
      expect(used).to.be.at.most(Math.floor(2.5 * one));
      for (const [key, value] of Object.entries(HOST_KEYS)) expect(localStorage.getItem(key), key).to.equal(value);
    });

    it('evicts by age, not by order in storage: an older copy rewritten is the newest', async () => {
      const [a, b, c] = [0, 1, 2].map(() => unique('/__mock/fixture?name=rss2.xml'));
      await loadFeed(a!);
      const [keyA] = storedKeys(a!);
      const one = 2 * (keyA!.length + localStorage.getItem(keyA!)!.length);
      configureLoading({ storageBudget: Math.floor(2.5 * one) });
      await tick();
      await loadFeed(b!);
      await tick();
      await loadFeed(a!, { ttl: 0 }); // a is fetched again: b is now the oldest copy
      await tick();
      await loadFeed(c!);
      expect([a, b, c].map((u) => storedKeys(u!).length)).to.deep.equal([1, 0, 1]);
    });

    it('does not keep a copy larger than the whole budget, and removes old-format and expired copies on write', async () => {
      localStorage.setItem('siar:lkg:v1:feed https://contoh.go.id/rss', JSON.stringify({ fetchedAt: new Date().toISOString(), data: {} }));
      localStorage.setItem(
        'siar:lkg:v2:feed@Asia/Jakarta https://contoh.go.id/lama',
        JSON.stringify({ fetchedAt: new Date(Date.now() - 30 * DAY).toISOString(), data: { items: [] } }),
      );
      configureLoading({ storageBudget: 200 });
      const url = unique('/__mock/fixture?name=rss2.xml');
      await loadFeed(url);
      expect(storedKeys(url)).to.deep.equal([]);
      expect(siarKeys()).to.deep.equal([]);
      for (const [key, value] of Object.entries(HOST_KEYS)) expect(localStorage.getItem(key), key).to.equal(value);
    });
  });

  describe('a page whose storage is full', () => {
    let realSetItem: typeof Storage.prototype.setItem;
    beforeEach(() => {
      realSetItem = Storage.prototype.setItem;
    });
    afterEach(() => {
      Storage.prototype.setItem = realSetItem;
    });
    const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

    it('loads anyway, and a later failure throws the feed’s error', async () => {
      Storage.prototype.setItem = function () {
        throw quota();
      };
      const url = unique('/__mock/fixture?name=rss2.xml');
      const feed = await loadFeed(url);
      expect(feed.source).to.equal('network');
      expect(feed.items.length).to.equal(3);
      expect(storedKeys(url)).to.deep.equal([]);
      clearFeedCache();
      expect((await failure(whileDown(() => loadFeed(url)))).kind).to.equal('http');
      for (const [key, value] of Object.entries(HOST_KEYS)) expect(localStorage.getItem(key), key).to.equal(value);
    });

    it('evicts the oldest Siar copies and retries once', async () => {
      const old = unique('/__mock/fixture?name=rss2.xml');
      await loadFeed(old);
      expect(storedKeys(old).length).to.equal(1);
      await tick();
      let calls = 0;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        calls++;
        if (calls === 1) throw quota(); // full until something is freed
        realSetItem.call(this, key, value);
      };
      const url = unique('/__mock/fixture?name=rss2.xml');
      expect((await loadFeed(url)).source).to.equal('network');
      expect(calls).to.equal(2);
      expect(storedKeys(url).length, 'the new copy is kept').to.equal(1);
      expect(storedKeys(old), 'the older copy made room').to.deep.equal([]);
      for (const [key, value] of Object.entries(HOST_KEYS)) expect(localStorage.getItem(key), key).to.equal(value);
    });

    it('gives up after one retry, leaving no outdated copy behind', async () => {
      const url = unique('/__mock/fixture?name=rss2.xml');
      await loadFeed(url);
      expect(storedKeys(url).length).to.equal(1);
      let calls = 0;
      Storage.prototype.setItem = function () {
        calls++;
        throw quota();
      };
      expect((await loadFeed(url, { ttl: 0 })).source).to.equal('network');
      expect(calls).to.equal(2);
      expect(storedKeys(url)).to.deep.equal([]);
    });
  });

  describe('a page where storage is denied', () => {
    const denied = () => new DOMException('Access is denied for this document.', 'SecurityError');
    let own: PropertyDescriptor | undefined;
    afterEach(() => {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as { localStorage?: Storage }).localStorage;
    });

    it('loads, and fails cleanly, when reading localStorage throws (sandboxed iframe)', async () => {
      const url = unique('/__mock/fixture?name=rss2.xml');
      own = Object.getOwnPropertyDescriptor(window, 'localStorage');
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw denied();
        },
      });
      expect(() => window.localStorage).to.throw();
      const feed = await loadFeed(url);
      expect(feed.source).to.equal('network');
      expect(feed.items.length).to.equal(3);
      clearFeedCache({ stored: true });
      const error = await failure(whileDown(() => loadFeed(url)));
      expect(error.kind).to.equal('http');
    });

    it('loads, and fails cleanly, when every storage call throws (access revoked)', async () => {
      const url = unique('/__mock/fixture?name=rss2.xml');
      await loadFeed(url); // a copy exists, but can no longer be read
      clearFeedCache();
      const real = Object.getOwnPropertyDescriptor(window, 'localStorage') ?? Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage');
      const storage = real!.get!.call(window) as Storage;
      const throwing = new Proxy(storage, {
        get(target, name) {
          if (name === 'length' || typeof Reflect.get(target, name) === 'function') {
            if (name === 'length') throw denied();
            return () => {
              throw denied();
            };
          }
          return Reflect.get(target, name);
        },
      });
      own = Object.getOwnPropertyDescriptor(window, 'localStorage');
      Object.defineProperty(window, 'localStorage', { configurable: true, get: () => throwing });
      expect(() => window.localStorage.getItem('x')).to.throw();
      expect(() => clearFeedCache({ stored: true })).not.to.throw();
      const error = await failure(whileDown(() => loadFeed(url)));
      expect(error.kind).to.equal('http');
      expect((await loadFeed(unique('/__mock/fixture?name=feed.json'))).source).to.equal('network');
    });
  });
});
