import { expect, fixture, html, sendKeys } from '../keys.js';
import '../../src/components/releases/releases.js';
import '../../src/components/videos/videos.js';
import type { SiarReleases } from '../../src/components/releases/releases.component.js';
import type { SiarVideos } from '../../src/components/videos/videos.component.js';
import { expectAccessible, fresh, resetFeeds, settled } from '../helpers.js';

// Issue #12: readers who ask to save data get text first. Their browser says so through
// navigator.connection (saveData, or a 2G-class effectiveType); the tests stand in for it.
// Every image of the fixtures points at the mock server with its own key, so "no request" is
// counted where it matters: at the server.

const RELEASES = '/__mock/fixture?name=save-data/releases.json';
const VIDEOS = '/__mock/fixture?name=save-data/videos.json';

function emulateConnection(connection: { saveData?: boolean; effectiveType?: string } | undefined): void {
  Object.defineProperty(navigator, 'connection', { value: connection, configurable: true });
}
function restoreConnection(): void {
  delete (navigator as { connection?: unknown }).connection;
}

async function imageHits(kind: 'release' | 'video'): Promise<number> {
  let total = 0;
  for (const i of [1, 2, 3]) {
    total += ((await (await fetch(`/__mock/hits?key=save-data-${kind}-${i}`)).json()) as { hits: number }).hits;
  }
  return total;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean | Promise<boolean>, ms = 4000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await wait(25);
  }
}

function images(el: Element): HTMLImageElement[] {
  return [...el.shadowRoot!.querySelectorAll('img')];
}
function toggle(el: Element): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="images-button"]');
}

describe('save-data: text first', () => {
  beforeEach(resetFeeds);
  afterEach(restoreConnection);

  it('<siar-releases>: no image is requested until the reader asks; the keyboard shows them', async () => {
    emulateConnection({ saveData: true, effectiveType: '4g' });
    const el = await settled<SiarReleases>(html`<siar-releases src=${fresh(RELEASES)} limit="3"></siar-releases>`);
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(3);
    expect(images(el)).to.have.length(0);
    const button = toggle(el)!;
    expect(button, 'a visible control').to.exist;
    expect(button.textContent!.trim()).to.equal('Tampilkan gambar');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
    await wait(300);
    expect(await imageHits('release'), 'image requests before asking').to.equal(0);
    await expectAccessible(el);

    const before = el.getBoundingClientRect().height;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(images(el)).to.have.length(3);
    expect(el.shadowRoot!.activeElement, 'focus stays on the toggle').to.equal(button);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(el.getBoundingClientRect().height, 'showing images does not move the page').to.be.closeTo(before, 0.5);
    await until(async () => (await imageHits('release')) >= 3);
    await expectAccessible(el);

    // Pressed again: the images go (already fetched, nothing new is asked for).
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(images(el)).to.have.length(0);
  });

  it('<siar-videos>: no thumbnail is requested until the reader asks; play still works', async () => {
    emulateConnection({ effectiveType: 'slow-2g' });
    const el = await settled<SiarVideos>(html`<siar-videos src=${fresh(VIDEOS)} limit="3" lang="en"></siar-videos>`);
    expect(el.state).to.equal('ready');
    expect(images(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('[part~="play-button"]')).to.have.length(3);
    const button = toggle(el)!;
    expect(button.textContent!.trim()).to.equal('Show images');
    await wait(300);
    expect(await imageHits('video')).to.equal(0);
    await expectAccessible(el);

    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(images(el)).to.have.length(3);
    await until(async () => (await imageHits('video')) >= 3);
    await expectAccessible(el);
  });

  it('2g counts as saving data; a fast connection without Save-Data, or no Network Information API, does not', async () => {
    emulateConnection({ effectiveType: '2g' });
    let el = await settled<SiarReleases>(html`<siar-releases src=${fresh(RELEASES)} limit="3"></siar-releases>`);
    expect(images(el)).to.have.length(0);
    expect(toggle(el)).to.exist;

    emulateConnection({ saveData: false, effectiveType: '4g' });
    el = await settled<SiarReleases>(html`<siar-releases src=${fresh(RELEASES)} limit="3"></siar-releases>`);
    expect(images(el)).to.have.length(3);
    expect(toggle(el)).to.equal(null);

    emulateConnection(undefined);
    el = await settled<SiarReleases>(html`<siar-releases src=${fresh(RELEASES)} limit="3"></siar-releases>`);
    expect(images(el)).to.have.length(3);
    expect(toggle(el)).to.equal(null);
  });

  it('the page decides with save-data="on" / "off", the same on both widgets', async () => {
    emulateConnection({ saveData: false, effectiveType: '4g' });
    const on = await settled<SiarReleases>(html`<siar-releases save-data="on" src=${fresh(RELEASES)} limit="3"></siar-releases>`);
    expect(images(on)).to.have.length(0);
    expect(toggle(on)).to.exist;
    const onVideos = await settled<SiarVideos>(html`<siar-videos save-data="on" src=${fresh(VIDEOS)} limit="3"></siar-videos>`);
    expect(images(onVideos)).to.have.length(0);
    expect(toggle(onVideos)).to.exist;

    emulateConnection({ saveData: true });
    const off = await settled<SiarReleases>(html`<siar-releases save-data="off" src=${fresh(RELEASES)} limit="3"></siar-releases>`);
    expect(images(off)).to.have.length(3);
    expect(toggle(off)).to.equal(null);
    const offVideos = await settled<SiarVideos>(html`<siar-videos save-data="off" src=${fresh(VIDEOS)} limit="3"></siar-videos>`);
    expect(images(offVideos)).to.have.length(3);
    expect(toggle(offVideos)).to.equal(null);
  });

  it('no toggle where there are no images to hold back (compact layout, or image left out of show)', async () => {
    emulateConnection({ saveData: true });
    const compact = await settled<SiarReleases>(html`<siar-releases layout="compact" src=${fresh(RELEASES)} limit="3"></siar-releases>`);
    expect(toggle(compact)).to.equal(null);
    const noImage = await settled<SiarReleases>(html`<siar-releases show="title date" src=${fresh(RELEASES)} limit="3"></siar-releases>`);
    expect(toggle(noImage)).to.equal(null);
    expect(images(noImage)).to.have.length(0);
  });

  it('the skeleton already has the toggle row, so text-first mode does not shift either', async () => {
    emulateConnection({ saveData: true });
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width:360px"><siar-releases src=${fresh(RELEASES + '&delay=300')} limit="3" show="image summary date"></siar-releases></div>`,
    );
    const el = wrapper.querySelector<SiarReleases>('siar-releases')!;
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    const skeleton = el.getBoundingClientRect().height;
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.be.closeTo(skeleton, 0.5);
  });
});
