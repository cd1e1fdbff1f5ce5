import { expect } from '@open-wc/testing';
import { loadFeed, clearFeedCache, FeedError, type FeedErrorKind } from '../../src/feed/index.js';
import { decode } from '../../src/feed/decode.js';
import { lazyModule } from '../../src/feed/lazy.js';
import { decodeCases } from '../shared/decode-cases.mjs';

let n = 0;
/** A URL no other test has used, so the page-wide cache and request sharing start clean. */
function unique(path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}key=load-${Date.now()}-${n++}`;
}
async function hits(url: string): Promise<number> {
  const key = new URL(url, location.href).searchParams.get('key');
  return ((await (await fetch(`/__mock/hits?key=${key}`)).json()) as { hits: number }).hits;
}
async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    expect((error as Error).name).to.equal('FeedError');
    return error as FeedError;
  }
  throw new Error('expected loadFeed to fail');
}
async function kindOf(url: string, options = {}): Promise<FeedErrorKind> {
  return (await failure(loadFeed(url, { lastKnownGood: false, ...options }))).kind;
}

describe('loadFeed', () => {
  beforeEach(() => clearFeedCache({ stored: true }));

  it('loads, parses and resolves relative URLs against the feed URL', async () => {
    const url = unique('/__mock/fixture?name=feed.json');
    const feed = await loadFeed(url);
    expect(feed.source).to.equal('network');
    expect(feed.url).to.equal(new URL(url, location.href).href);
    expect(feed.items[0]!.image?.url).to.equal(new URL('/__mock/img/banjir.jpg', location.href).href);
    expect(feed.fetchedAt).to.be.instanceOf(Date);
  });

  it('makes one request for concurrent and later callers of the same URL', async () => {
    const url = unique('/__mock/fixture?name=rss2.xml&delay=100');
    const [a, b, c] = await Promise.all([loadFeed(url), loadFeed(url), loadFeed(url)]);
    const d = await loadFeed(url);
    expect(a.items.length).to.equal(3);
    expect(b.items).to.deep.equal(a.items);
    expect(c.title).to.equal(a.title);
    expect(d.source).to.equal('memory');
    expect(await hits(url)).to.equal(1);
  });

  it('fetches again once the TTL has passed', async () => {
    const url = unique('/__mock/fixture?name=rss2.xml');
    await loadFeed(url);
    await new Promise((r) => setTimeout(r, 20));
    const again = await loadFeed(url, { ttl: 10 });
    expect(again.source).to.equal('network');
    expect(await hits(url)).to.equal(2);
  });

  it('types each failure', async () => {
    expect(await kindOf(unique('/__mock/status?code=404'))).to.equal('http');
    const http = await failure(loadFeed(unique('/__mock/status?code=503'), { lastKnownGood: false }));
    expect(http.status).to.equal(503);
    expect(await kindOf(unique('/__mock/slow'), { timeout: 300 })).to.equal('timeout');
    expect(await kindOf(unique('/__mock/big?mb=50'))).to.equal('too-large');
    expect(await kindOf(unique('/__mock/html'))).to.equal('unsupported');
    expect(await kindOf(unique('/__mock/fixture?name=truncated.xml'))).to.equal('parse');
    expect(await kindOf(unique('/__mock/fixture?name=truncated.json'))).to.equal('parse');
    expect(await kindOf(unique('/__mock/redirect-loop'))).to.equal('network');
    expect(await kindOf(unique('/__mock/cross-origin?name=rss2.xml'))).to.equal('network');
    expect(await kindOf('javascript:alert(1)')).to.equal('unsupported');
  });

  it('stops reading a 50 MB body early instead of buffering it', async () => {
    const started = performance.now();
    expect(await kindOf(unique('/__mock/big?mb=50'), { maxBytes: 256 * 1024 })).to.equal('too-large');
    expect(performance.now() - started).to.be.below(5000);
  });

  it('decodes the charset of the XML declaration', async () => {
    const feed = await loadFeed(unique('/__mock/fixture?name=windows-1252.xml&type=application/xml'));
    expect(feed.title).to.equal('Café “Kopi”');
    expect(feed.items[0]!.title).to.equal('Naïve');
  });

  it('lets a UTF-8 byte-order mark beat a header that says ISO-8859-1', async () => {
    const type = encodeURIComponent('application/rss+xml; charset=iso-8859-1');
    const feed = await loadFeed(unique(`/__mock/fixture?name=utf8-bom.xml&type=${type}`));
    expect(feed.title).to.equal('Berita Provinsi Contoh — “Resmi”');
    expect(feed.items[0]!.title).to.equal('Kafe “Kopi” di Kota Contoh – café terbaik');
  });

  it('reads an ISO-8859-1 feed that declares no encoding at all as windows-1252', async () => {
    const feed = await loadFeed(unique('/__mock/fixture?name=latin1-undeclared.xml&type=application/rss%2Bxml'));
    expect(feed.title).to.equal('Notícias de Exemplo');
    expect(feed.items.map((i) => i.title)).to.deep.equal([
      'Governo anuncia ação de vacinação em São João',
      'Prefeitura lança programa de educação para jovens',
      'Eleição: candidatos debatem saúde pública e segurança',
      'Previsão indica chuva forte na região até sábado',
      'Câmara aprova orçamento e criação de três creches',
      'Polícia investiga fraude em licitação de iluminação',
    ]);
    expect(JSON.stringify(feed.items)).not.to.contain('\ufffd');
    expect(feed.items[0]!.summary).to.equal('Descrição da notícia nº 1: informações à população.');
  });

  it('aborts one caller without cancelling the others, and cancels when all abort', async () => {
    const url = unique('/__mock/fixture?name=rss2.xml&delay=300');
    const a = new AbortController();
    const first = loadFeed(url, { signal: a.signal });
    const second = loadFeed(url);
    a.abort();
    expect((await failure(first)).kind).to.equal('aborted');
    expect((await second).items.length).to.equal(3);

    const lone = new AbortController();
    const only = loadFeed(unique('/__mock/fixture?name=rss2.xml&delay=300'), { signal: lone.signal });
    lone.abort();
    expect((await failure(only)).kind).to.equal('aborted');
  });

  it('returns the last-known-good copy, marked stale, when the network fails', async () => {
    const good = unique('/__mock/fixture?name=rss2.xml');
    const fresh = await loadFeed(good);
    // The same URL now fails: simulate by clearing the memory copy and pointing fetch at a 500.
    clearFeedCache();
    const realFetch = window.fetch;
    window.fetch = () => Promise.resolve(new Response('down', { status: 500 }));
    try {
      const stale = await loadFeed(good);
      expect(stale.source).to.equal('stale');
      expect(stale.error?.kind).to.equal('http');
      expect(stale.error?.status).to.equal(500);
      expect(stale.title).to.equal(fresh.title);
      expect(stale.items.map((i) => i.title)).to.deep.equal(fresh.items.map((i) => i.title));
      expect(stale.items[0]!.published?.toISOString()).to.equal(fresh.items[0]!.published?.toISOString());
      expect(stale.items[2]!.published).to.equal(undefined);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('omits credentials', async () => {
    const realFetch = window.fetch;
    let init: RequestInit | undefined;
    window.fetch = (input, options) => {
      init = options;
      return realFetch(input, options);
    };
    try {
      await loadFeed(unique('/__mock/fixture?name=feed.json'));
    } finally {
      window.fetch = realFetch;
    }
    expect(init?.credentials).to.equal('omit');
    expect(init?.signal).to.be.instanceOf(AbortSignal);
  });
});

// The same table runs against the CLI (test/cli/units.test.mjs): one decoder, one behaviour.
describe('decode (shared with the CLI)', () => {
  for (const c of decodeCases) {
    it(c.name, () => {
      expect(decode(c.bytes, c.contentType)).to.equal(c.text);
    });
  }
});

describe('lazyModule (how the engine, the readers and the saved-copy code load)', () => {
  it('imports once, reports a failure as a network FeedError, and tries again on the next call', async () => {
    let calls = 0;
    const prepared: unknown[] = [];
    const module = { name: 'reader' };
    const load = lazyModule(
      () => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve(module)),
      'test reader',
      (m) => prepared.push(m),
    );
    const error = await load().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('network');
    expect((error as FeedError).message).to.equal("Siar's test reader could not be loaded.");
    expect(load.loaded()).to.equal(undefined);
    expect(await load()).to.equal(module);
    expect(await load()).to.equal(module);
    expect(load.loaded()).to.equal(module);
    expect(calls).to.equal(2);
    expect(prepared).to.deep.equal([module]);
  });
});
