// Widgets embedded on one site, feeds on the province's static host: a second origin
// (test/static-host.mjs) configured exactly as docs/publisher.md says, i.e. it sends
// `Access-Control-Allow-Origin: *` and nothing else, and answers a preflight `OPTIONS` with 405.
// Every feed request must therefore be CORS-simple: no preflight, ever.
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../src/components/releases/releases.js';
import '../src/components/videos/videos.js';
import '../src/components/directory/directory.js';
import '../src/components/social/social.js';
import '../src/components/province/province.js';
import type { SiarReleases } from '../src/components/releases/releases.component.js';
import type { SiarVideos } from '../src/components/videos/videos.component.js';
import type { SiarDirectory } from '../src/components/directory/directory.component.js';
import type { SiarSocial } from '../src/components/social/social.component.js';
import type { SiarElement } from '../src/internal/base-element.js';
import { clearFeedCache, loadFeed, parseFeed } from '../src/feed/index.js';
import { ACCEPT } from '../src/feed/load.js';
import { settled } from './helpers.js';

let origin = '';
let n = 0;
/** An address on the second origin no earlier request used (so the HTTP cache cannot answer). */
const remote = (path: string): string => `${origin}${path}?v=${Date.now()}-${n++}`;

type Counts = Record<string, number>;
async function counts(): Promise<Counts> {
  return (await (await fetch(`${origin}/__hits`, { cache: 'no-store' })).json()) as Counts;
}
/** How many requests of each kind the host saw while `run` ran. */
async function during(run: () => Promise<unknown>): Promise<(key: string) => number> {
  const before = await counts();
  await run();
  const after = await counts();
  return (key) => (after[key] ?? 0) - (before[key] ?? 0);
}

describe('feeds on another origin, served like docs/publisher.md', () => {
  before(async () => {
    origin = ((await (await fetch('/__mock/static-host')).json()) as { origin: string | null }).origin ?? '';
    expect(origin, 'the static host runs').to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(origin).not.to.equal(location.origin);
  });
  beforeEach(() => clearFeedCache({ stored: true }));

  it('is as strict as a real static host: a request needing a preflight fails there', async () => {
    const url = remote('/test/fixtures/rss2.xml');
    let error: unknown;
    const seen = await during(async () => {
      try {
        // The Accept value Siar sent before 0.1.1: 155 bytes, over the 128 a simple request allows.
        await fetch(url, {
          headers: {
            Accept:
              'application/feed+json, application/json;q=0.9, application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
          },
        });
      } catch (e) {
        error = e;
      }
    });
    expect(error).to.be.instanceOf(TypeError);
    expect(seen('OPTIONS /test/fixtures/rss2.xml')).to.equal(1);
    expect(seen('405 /test/fixtures/rss2.xml')).to.equal(1);
    expect(seen('GET /test/fixtures/rss2.xml')).to.equal(0);
  });

  it('sends an Accept value that stays CORS-safelisted', () => {
    expect(new TextEncoder().encode(ACCEPT).length).to.be.at.most(128);
    // Bytes the Fetch standard calls CORS-unsafe in request headers.
    expect(ACCEPT).not.to.match(/[\x00-\x08\x0a-\x1f"():<>?@[\\\]{}\x7f]/);
  });

  it('serves like the documented hosts: CORS header, gzip, 304, nothing outside the folder', async () => {
    const json = remote('/demo/data/releases.json');
    const first = await fetch(json, { cache: 'no-cache' });
    expect(first.headers.get('content-type')).to.equal('application/json');
    const body = new Uint8Array(await first.arrayBuffer());
    // Content-Length is the compressed size: the body was sent gzipped.
    expect(Number(first.headers.get('content-length'))).to.be.below(body.length / 2);
    const revalidated = await during(() => fetch(json, { cache: 'no-cache' }).then((r) => r.text()));
    expect(revalidated('304 /demo/data/releases.json')).to.equal(1);
    expect((await fetch(remote('/test/fixtures/rss2.xml'))).headers.get('content-type')).to.equal('text/xml');
    for (const path of ['/demo/data/%2e%2e/%2e%2e/package.json', '/demo/data/..%2f..%2fpackage.json', '/test/fixtures/%2e%2e/static-host.mjs', '/demo/data/.siar-state.json', '/src/feed/load.ts']) {
      const refused = await fetch(`${origin}${path}`);
      expect(refused.status, path).to.equal(403);
    }
  });

  for (const path of [
    '/test/fixtures/rss2.xml',
    '/test/fixtures/atom.xml',
    '/test/fixtures/rdf.xml',
    '/test/fixtures/youtube.xml',
    '/test/fixtures/feed.json',
    '/test/fixtures/feed-1.0.json',
    '/demo/data/releases.json',
    '/demo/data/releases.xml',
    '/demo/data/videos.json',
  ]) {
    it(`loadFeed reads ${path} without a preflight`, async () => {
      const url = remote(path);
      let itemCount = 0;
      const seen = await during(async () => {
        const feed = await loadFeed(url, { lastKnownGood: false });
        expect(feed.source).to.equal('network');
        itemCount = feed.items.length;
      });
      expect(itemCount).to.be.above(0);
      expect(seen('OPTIONS')).to.equal(0);
      expect(seen(`GET ${path}`)).to.equal(1);
    });
  }

  it('one request for a feed read in two time zones at once, each read with its own zone', async () => {
    // A zone-less date: 08:00 in Jakarta (WIB, +7) and in Jayapura (WIT, +9) are different instants.
    const path = '/test/fixtures/rss2.xml';
    const url = remote(path);
    let wib: Awaited<ReturnType<typeof loadFeed>> | undefined;
    let wit: Awaited<ReturnType<typeof loadFeed>> | undefined;
    const seen = await during(async () => {
      [wib, wit] = await Promise.all([
        loadFeed(url, { lastKnownGood: false, timeZone: 'Asia/Jakarta' }),
        loadFeed(url, { lastKnownGood: false, timeZone: 'Asia/Jayapura' }),
      ]);
    });
    expect(seen(`GET ${path}`)).to.equal(1);
    expect(wib!.items.length).to.be.above(0);
    expect(wit!.items.length).to.equal(wib!.items.length);
    expect(wib!.source).to.equal('network');
    expect(wit!.source).to.equal('network');
  });

  it('parseFeed reads text fetched from the other origin', async () => {
    const response = await fetch(remote('/demo/data/releases.xml'));
    const feed = await parseFeed(await response.text(), { baseUrl: response.url, contentType: response.headers.get('content-type') ?? '' });
    expect(feed.items.length).to.be.above(0);
    expect(feed.items[0]!.url).to.match(/^https?:/);
  });

  const widgets: Array<[string, () => Promise<SiarElement>, string[]]> = [
    ['<siar-releases src>', () => settled<SiarReleases>(html`<siar-releases src=${remote('/demo/data/releases.json')}></siar-releases>`), ['GET /demo/data/releases.json']],
    ['<siar-releases> on RSS', () => settled<SiarReleases>(html`<siar-releases src=${remote('/demo/data/releases.xml')}></siar-releases>`), ['GET /demo/data/releases.xml']],
    ['<siar-videos src>', () => settled<SiarVideos>(html`<siar-videos thumbnails="local" src=${remote('/demo/data/videos.json')}></siar-videos>`), ['GET /demo/data/videos.json']],
    ['<siar-directory src>', () => settled<SiarDirectory>(html`<siar-directory src=${remote('/demo/data/directory.json')}></siar-directory>`), ['GET /demo/data/directory.json']],
    [
      '<siar-releases profile>',
      () => settled<SiarReleases>(html`<siar-releases profile=${remote('/demo/data/siar.json')}></siar-releases>`),
      ['GET /demo/data/siar.json'],
    ],
    [
      '<siar-social profile>',
      async () => {
        const el = await fixture<SiarSocial>(html`<siar-social profile=${remote('/demo/data/siar.json')}></siar-social>`);
        await waitUntil(() => el.state !== 'loading', 'the profile loads', { timeout: 5000 });
        return el;
      },
      ['GET /demo/data/siar.json'],
    ],
  ];
  for (const [name, render, requests] of widgets) {
    it(`${name} reaches ready with no preflight`, async () => {
      let el: SiarElement | undefined;
      const seen = await during(async () => {
        el = await render();
      });
      expect(el!.state).to.equal('ready');
      expect(seen('OPTIONS')).to.equal(0);
      for (const request of requests) expect(seen(request), request).to.be.at.least(1);
    });
  }

  it('<siar-social profile> links the profile accounts', async () => {
    const el = await fixture<SiarSocial>(html`<siar-social profile=${remote('/demo/data/siar.json')}></siar-social>`);
    await waitUntil(() => el.state === 'ready', 'the profile loads', { timeout: 5000 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('a[href^="https://"]').length).to.be.above(0);
  });

  it('<siar-province> and every widget inside it reach ready with no preflight', async () => {
    let wrapper: HTMLElement | undefined;
    const seen = await during(async () => {
      wrapper = fixtureSync<HTMLElement>(html`<siar-province profile=${remote('/demo/data/siar.json')}>
        <siar-releases limit="3"></siar-releases>
        <siar-videos thumbnails="local" limit="3"></siar-videos>
        <siar-directory limit="3"></siar-directory>
        <siar-social></siar-social>
      </siar-province>`);
      const widgets = [...wrapper.querySelectorAll<SiarElement>('siar-releases, siar-videos, siar-directory, siar-social')];
      await waitUntil(() => widgets.every((el) => el.state !== 'loading'), 'every widget settles', { timeout: 8000 });
      await Promise.all(widgets.map((el) => el.updateComplete));
    });
    const states = [...wrapper!.querySelectorAll<SiarElement>('siar-releases, siar-videos, siar-directory, siar-social')].map((el) => [el.localName, el.state]);
    expect(states).to.deep.equal([
      ['siar-releases', 'ready'],
      ['siar-videos', 'ready'],
      ['siar-directory', 'ready'],
      ['siar-social', 'ready'],
    ]);
    expect(seen('OPTIONS')).to.equal(0);
    expect(seen('GET /demo/data/siar.json')).to.equal(1);
  });
});
