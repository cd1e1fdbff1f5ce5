import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/components/releases/releases.js';
import type { SiarReleases } from '../../src/components/releases/releases.component.js';
import { expectAccessible, fresh, hits, resetFeeds, settled, shadowText, whenSettled } from '../helpers.js';

describe('<siar-releases>', () => {
  beforeEach(resetFeeds);

  it('shows the latest items, urgent first, with links that open safely', async () => {
    const src = fresh('/__mock/fixture?name=feed.json');
    const el = await settled<SiarReleases>(html`<siar-releases src=${src}></siar-releases>`);
    expect(el.state).to.equal('ready');
    const titles = [...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((t) => t.textContent!.replace(/\(membuka tab baru\)/, '').trim());
    expect(titles).to.deep.equal(['Status Siaga Banjir di Tiga Kabupaten', 'Video: Pasar Murah', 'Video dengan _siar.video']);
    for (const a of el.shadowRoot!.querySelectorAll('a[part~="link"]')) {
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(a.getAttribute('target')).to.equal('_blank');
    }
    expect(shadowText(el)).to.contain('Penting');
    expect(shadowText(el)).not.to.contain('Berita yang Ditarik');
    await expectAccessible(el);
  });

  it('shows a skeleton while loading, announced as a status', async () => {
    const src = fresh('/__mock/fixture?name=feed.json&delay=400');
    const el = await fixture<SiarReleases>(html`<siar-releases src=${src}></siar-releases>`);
    expect(el.state).to.equal('loading');
    expect(el.getAttribute('state')).to.equal('loading');
    const status = el.shadowRoot!.querySelector('[part="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.contain('Memuat');
    expect(el.shadowRoot!.querySelectorAll('.bone').length).to.be.greaterThan(0);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    await expectAccessible(el);
    await oneEvent(el, 'siar-load');
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('two widgets with the same src make one request', async () => {
    const src = fresh('/__mock/fixture?name=rss2.xml&delay=50');
    // fixtureSync: a plain <div> would make fixture() wait for an animation frame.
    const wrapper = fixtureSync<HTMLElement>(html`<div>
      <siar-releases src=${src}></siar-releases><siar-releases src=${src} layout="cards"></siar-releases>
    </div>`);
    const [a, b] = wrapper.querySelectorAll('siar-releases');
    await Promise.all([whenSettled(a!), whenSettled(b!)]);
    expect(a!.state).to.equal('ready');
    expect(b!.state).to.equal('ready');
    expect(await hits(src)).to.equal(1);
  });

  it('ends in a localized error state with retry and source link, showing the fallback', async () => {
    const src = fresh('/__mock/status?code=404');
    const el = await settled<SiarReleases>(
      html`<siar-releases src=${src}><a href="https://contohprov.go.id/berita">Siaran pers</a></siar-releases>`,
    );
    expect(el.state).to.equal('error');
    expect(shadowText(el)).to.contain('galat 404');
    expect(el.shadowRoot!.querySelector('[part="retry-button"]')?.textContent).to.equal('Coba lagi');
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="source-link"]')!.href).to.contain('/__mock/status');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Siaran pers');
    await expectAccessible(el);
  });

  it('speaks English when lang="en"', async () => {
    const el = await settled<SiarReleases>(html`<siar-releases lang="en" src=${fresh('/__mock/status?code=500')}></siar-releases>`);
    expect(shadowText(el)).to.contain('error 500');
    expect(shadowText(el)).to.contain('Try again');
  });
});
