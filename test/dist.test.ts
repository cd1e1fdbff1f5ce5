// Smoke test of the built bundle (npm test builds first): what a page gets from one script tag.
import { expect, fixture, html } from '@open-wc/testing';
import { whenSettled, fresh } from './helpers.js';

type Bundle = typeof import('../src/siar.js');
const bundleUrl = '/cdn/siar.js';

describe('cdn/siar.js', () => {
  let api: Bundle;
  before(async () => {
    api = (await import(/* @vite-ignore */ bundleUrl)) as Bundle;
  });

  it('registers all four elements (each one task after the bundle runs) and exports the programmatic API', async () => {
    const tags = ['siar-releases', 'siar-videos', 'siar-directory', 'siar-social', 'siar-province'];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    for (const tag of tags) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
    expect(api.parseFeed).to.be.a('function');
    expect(api.loadFeed).to.be.a('function');
    expect(api.FeedError).to.be.a('function');
    expect(new api.FeedError('timeout', 'x').name).to.equal('FeedError');
  });

  it('parses with the bundled engine, loading the parser on demand', async () => {
    const feed = await api.parseFeed('<rss version="2.0"><channel><title>T</title><item><title>A &amp; B</title><link>/a</link></item></channel></rss>', {
      baseUrl: 'https://contohprov.go.id/feed',
    });
    expect(feed.items[0]).to.deep.include({ title: 'A & B', url: 'https://contohprov.go.id/a' });
  });

  it('renders a widget from the bundle without loading DOMPurify', async () => {
    const el = await fixture<HTMLElement & { state: string }>(html`<siar-releases src=${fresh('/__mock/fixture?name=feed.json')}></siar-releases>`);
    await whenSettled(el as never);
    expect(el.state).to.equal('ready');
    const purify = performance.getEntriesByType('resource').filter((e) => /purify/.test(e.name));
    expect(purify).to.have.length(0);
  });

  it('shows every widget\'s own strings from the bundle, in both languages (none dropped by tree-shaking)', async () => {
    for (const [lang, search, strings] of [['id', 'Cari instansi', api.DEFAULT_STRINGS.id], ['en', 'Search agencies', api.DEFAULT_STRINGS.en]] as const) {
      expect(strings.searchAgencies, lang).to.equal(search);
      const el = await fixture<HTMLElement & { state: string }>(
        html`<siar-directory lang=${lang} src=${fresh('/test/fixtures/directory/small.json')}></siar-directory>`,
      );
      await whenSettled(el as never);
      expect(el.state).to.equal('ready');
      const text = el.shadowRoot!.textContent ?? '';
      const label = el.shadowRoot!.querySelector('label, [aria-label]');
      expect(`${text} ${label?.getAttribute('aria-label') ?? ''}`, lang).to.contain(search);
      expect(text, 'no raw string key on screen').not.to.match(/\b(searchAgencies|agenciesFound|typeDinas|releasesHeading)\b/);
    }
  });
});
