// <siar-social>'s icons load after start-up (icons.ts): the first frame has working links in
// boxes of the icons' size, the icons fill them, and a bar whose icons cannot load stays usable.
// A file of its own: each test file gets a fresh page, so no icon has loaded before these tests.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/social/social.js';
import { SiarSocial } from '../../src/components/social/social.component.js';
import { ICONS } from '../../src/components/social/icons.js';
import { PLATFORMS } from '../../src/components/social/platforms.js';
import { expectAccessible, fresh, hits, resetFeeds, settled, withWarnings } from '../helpers.js';

const PROFILE = '/__mock/fixture?name=profile/siar.json';
const realImport = SiarSocial.importIcons;

const links = (el: SiarSocial) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="link"]')];
const icons = (el: SiarSocial) => [...el.shadowRoot!.querySelectorAll<SVGElement>('svg[part="icon"]')];
const boxes = (el: SiarSocial) => links(el).map((a) => JSON.stringify(a.getBoundingClientRect()));

/** An import the test answers by hand. */
function deferredImport() {
  let settle!: { resolve: () => void; reject: (e: Error) => void };
  const calls: number[] = [];
  const importIcons = () => {
    calls.push(1);
    return new Promise<typeof import('../../src/components/social/icons.js')>((resolve, reject) => {
      settle = { resolve: () => resolve(realImport()), reject };
    });
  };
  return { importIcons, calls, settle: () => settle };
}


describe('<siar-social> icons (loaded after start-up)', () => {
  // The tests run in order on one page: the icons are not loaded until the second one.
  beforeEach(resetFeeds);
  afterEach(() => {
    SiarSocial.importIcons = realImport;
  });

  it('waits for the icons beside its profile; when they cannot load, shows letters and stays usable', async () => {
    const { importIcons, calls, settle } = deferredImport();
    SiarSocial.importIcons = importIcons;
    const url = fresh(PROFILE);
    const { result: el, warnings } = await withWarnings(async () => {
      const bar = await fixture<SiarSocial>(html`<siar-social name="Pemprov Contoh" profile=${url}></siar-social>`);
      await waitUntil(async () => (await hits(url)) === 1, 'profile requested');
      await aTimeout(200);
      // The profile is in; its accounts wait for the icons.
      expect(calls).to.have.length(1);
      expect(bar.state).to.equal('loading');
      expect(links(bar)).to.have.length(0);
      const load = oneEvent(bar, 'siar-load');
      settle().reject(new TypeError('Failed to fetch dynamically imported module'));
      expect((await load).detail).to.deep.equal({ count: 3, stale: false, errors: [] });
      return bar;
    });
    expect(el.state).to.equal('ready');
    expect(icons(el).map((s) => s.textContent!.trim())).to.deep.equal(['IG', 'YT', 'X']);
    // The letters are decoration (aria-hidden, like the icons): the link's name is unchanged.
    expect(icons(el)[0]!.getAttribute('aria-hidden')).to.equal('true');
    expect(links(el)[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('IGInstagram resmi Pemprov Contoh (membuka tab baru)');
    expect(warnings.filter((w) => w.includes('icons could not be loaded'))).to.have.length(1);
    const select = oneEvent(el, 'siar-select');
    // Cancelled, so the link is not followed: a new tab would push this runner's later test pages
    // into the background (no frames, no lazy images).
    el.addEventListener('siar-select', (e) => e.preventDefault(), { once: true });
    links(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    expect((await select).detail.item.platform).to.equal('instagram');
    await expectAccessible(el);
  });

  it('renders declared accounts at once, in icon boxes the icons fill later without moving anything', async () => {
    // The failed import is not remembered: this bar asks again, and its icons are slow.
    const { importIcons, calls, settle } = deferredImport();
    SiarSocial.importIcons = importIcons;
    const el = await fixture<SiarSocial>(html`<siar-social show-handle name="Pemprov Contoh" instagram="humasprovcontoh" x="humasprovcontoh" linkedin="pemprov-contoh"></siar-social>`);
    expect(calls).to.have.length(1);
    // First frame: ready, real links with their names and handles, empty icon boxes.
    expect(el.state).to.equal('ready');
    expect(links(el).map((a) => a.href)).to.deep.equal(['https://www.instagram.com/humasprovcontoh/', 'https://x.com/humasprovcontoh', 'https://www.linkedin.com/company/pemprov-contoh']);
    expect(links(el)[1]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('X (Twitter) resmi Pemprov Contoh@humasprovcontoh (membuka tab baru)');
    expect(icons(el).map((s) => s.childElementCount)).to.deep.equal([0, 0, 0]);
    const first = boxes(el);
    const iconBoxes = icons(el).map((s) => JSON.stringify(s.getBoundingClientRect()));
    settle().resolve();
    await waitUntil(() => icons(el).every((s) => s.childElementCount > 0), 'icons drawn');
    await el.updateComplete;
    expect(boxes(el)).to.deep.equal(first);
    expect(icons(el).map((s) => JSON.stringify(s.getBoundingClientRect()))).to.deep.equal(iconBoxes);
    // Each platform's own icon, the same the directory shows.
    const drawn = icons(el).map((s) => s.innerHTML.replace(/<!--[^>]*-->/g, ''));
    expect(new Set(drawn).size).to.equal(3);
    expect(drawn[0]).to.contain('<rect');
    for (const p of ['instagram', 'x', 'linkedin'] as const) expect(PLATFORMS[p].icon).to.equal(ICONS[p]);
    await expectAccessible(el);
  });

  it('draws the icons in the first frame once a bar on the page has loaded them', async () => {
    let asked = 0;
    SiarSocial.importIcons = () => (asked++, realImport());
    const el = await fixture<SiarSocial>(html`<siar-social youtube="@humasprovcontoh" telegram="humasprovcontoh"></siar-social>`);
    expect(asked).to.equal(0);
    expect(icons(el).map((s) => s.childElementCount > 0)).to.deep.equal([true, true]);
    const profiled = await settled<SiarSocial>(html`<siar-social profile=${fresh(PROFILE)}></siar-social>`);
    expect(links(profiled)).to.have.length(3);
    expect(icons(profiled).every((s) => s.childElementCount > 0)).to.equal(true);
    expect(asked).to.equal(0);
  });
});

describe('<siar-social> icons: preparation', () => {
  it('prepares every icon off the page: nothing reaches the document and nothing is requested', async () => {
    const { prepareIcons } = await import('../../src/components/social/icons.js');
    const before = document.documentElement.outerHTML;
    const requests = performance.getEntriesByType('resource').length;
    prepareIcons();
    expect(document.documentElement.outerHTML).to.equal(before);
    expect(performance.getEntriesByType('resource').length).to.equal(requests);
    // And the icons it prepared are the ones a bar then draws.
    const el = await settled<SiarSocial>(html`<siar-social instagram="humasprovcontoh" tiktok="@humasprovcontoh"></siar-social>`);
    expect(icons(el)).to.have.length(2);
    expect(icons(el).every((svg) => svg.querySelector('path, rect, circle'))).to.equal(true);
  });
});
