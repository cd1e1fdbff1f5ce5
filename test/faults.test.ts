// Every failure a real feed host produces ends in a clear, localized error state with a link to
// the source — for every widget that loads data — within the time-out, with no uncaught error.
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../src/components/releases/releases.js';
import '../src/components/videos/videos.js';
import '../src/components/directory/directory.js';
import { configureLoading } from '../src/feed/index.js';
import type { SiarElement } from '../src/internal/base-element.js';
import { fresh, resetFeeds, shadowText } from './helpers.js';

const faults: [string, string, string][] = [
  ['404', '/__mock/status?code=404', 'http'],
  ['500', '/__mock/status?code=500', 'http'],
  ['a server that never answers', '/__mock/slow?ms=20000', 'timeout'],
  ['a 50 MB body', '/__mock/big?mb=50', 'too-large'],
  ['HTML instead of a feed', '/__mock/html', 'unsupported'],
  ['truncated XML', '/__mock/fixture?name=truncated.xml', 'parse'],
  ['truncated JSON', '/__mock/fixture?name=truncated.json', 'parse'],
  ['a redirect loop', '/__mock/redirect-loop', 'network'],
  ['a CORS refusal', '/__mock/cross-origin?name=rss2.xml', 'network'],
];

const widgets: [string, (src: string) => ReturnType<typeof html>][] = [
  ['siar-releases', (src) => html`<siar-releases src=${src}><a href="https://contohprov.go.id/berita">Berita</a></siar-releases>`],
  ['siar-videos', (src) => html`<siar-videos src=${src}><a href="https://contohprov.go.id/video">Video</a></siar-videos>`],
  ['siar-directory', (src) => html`<siar-directory src=${src}><a href="https://contohprov.go.id/opd">OPD</a></siar-directory>`],
];

describe('faults', () => {
  const uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
  before(() => {
    configureLoading({ timeout: 1500, maxBytes: 2 * 1024 * 1024 });
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    configureLoading({ timeout: 12_000, maxBytes: 5 * 1024 * 1024 });
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(resetFeeds);

  for (const [tag, template] of widgets) {
    for (const [name, path, kind] of faults) {
      it(`${tag}: ${name} → error state (${kind}) with the source link, in time`, async () => {
        const started = performance.now();
        const el = fixtureSync<SiarElement>(template(fresh(path)));
        const event = (await oneEvent(el, 'siar-error')) as CustomEvent<{ kind: string }>;
        await el.updateComplete;
        expect(performance.now() - started).to.be.below(5000);
        expect(event.detail.kind).to.equal(kind);
        expect(el.getAttribute('state')).to.equal('error');
        const root = el.shadowRoot!;
        expect(root.querySelector('[part="error"]')?.getAttribute('role')).to.equal('alert');
        expect(root.querySelector<HTMLAnchorElement>('[part="source-link"]')?.href).to.contain('/__mock/');
        expect(root.querySelector('[part="retry-button"]')).to.not.equal(null);
        expect(shadowText(el).length).to.be.greaterThan(20);
        expect(uncaught).to.deep.equal([]);
      });
    }
  }

  it('stays responsive while a 50 MB body is refused', async () => {
    const el = fixtureSync<SiarElement>(html`<siar-releases src=${fresh('/__mock/big?mb=50')}></siar-releases>`);
    const gaps: number[] = [];
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }, 10);
    await oneEvent(el, 'siar-error');
    clearInterval(timer);
    expect(Math.max(...gaps)).to.be.below(250);
  });

  it('renders a feed sent in the wrong charset instead of failing', async () => {
    const el = fixtureSync<SiarElement>(html`<siar-releases src=${fresh('/__mock/fixture?name=windows-1252.xml&type=application/xml;charset=utf-8')}></siar-releases>`);
    await oneEvent(el, 'siar-load');
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(shadowText(el)).to.contain('Na');
    expect(uncaught).to.deep.equal([]);
  });
});
