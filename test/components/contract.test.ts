// The one contract every widget keeps (docs/events.md): events after rendering, one detail shape,
// a read-only state, the same attributes meaning the same, and a lifecycle that follows the page.
import { aTimeout, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/releases/releases.js';
import '../../src/components/videos/videos.js';
import '../../src/components/directory/directory.js';
import '../../src/components/social/social.js';
import '../../src/components/province/province.js';
import type { SiarReleases } from '../../src/components/releases/releases.component.js';
import type { SiarVideos } from '../../src/components/videos/videos.component.js';
import type { SiarDirectory } from '../../src/components/directory/directory.component.js';
import type { SiarSocial } from '../../src/components/social/social.component.js';
import type { SiarElement } from '../../src/internal/base-element.js';
import { DEFAULT_STRINGS, setStrings } from '../../src/internal/i18n.js';
import { fresh, resetFeeds, settled, shadowText, whenSettled } from '../helpers.js';

const RSS = '/__mock/fixture?name=rss2.xml';
const VIDEOS = '/__mock/fixture?name=videos.json';
const DIRECTORY = '/__mock/fixture?name=directory/small.json&type=application/json';
const PROFILE = '/__mock/fixture?name=profile/siar.json';

const items = (el: Element, part = 'item') => el.shadowRoot!.querySelectorAll(`[part~="${part}"]`).length;

/** Renders a widget and resolves with it and the detail of its first `siar-load`, read inside the listener. */
async function loaded<T extends SiarElement>(template: unknown): Promise<{ el: T; seen: { state: string; items: number; detail: unknown } }> {
  const box = fixtureSync<HTMLDivElement>(html`<div>${template}</div>`);
  const el = box.firstElementChild as T;
  const seen = await new Promise<{ state: string; items: number; detail: unknown }>((resolve) => {
    el.addEventListener('siar-load', (e) => resolve({ state: el.state, items: items(el), detail: e.detail }), { once: true });
  });
  return { el, seen };
}

describe('event contract', () => {
  beforeEach(resetFeeds);

  it('fires siar-load after the items are in the shadow DOM, in every widget', async () => {
    const releases = await loaded<SiarReleases>(html`<siar-releases src=${fresh(RSS)}></siar-releases>`);
    expect(releases.seen.state).to.equal('ready');
    expect(releases.seen.items).to.equal(3);
    expect(releases.seen.detail).to.deep.equal({ count: 3, stale: false, errors: [] });

    const videos = await loaded<SiarVideos>(html`<siar-videos thumbnails="local" src=${fresh(VIDEOS)}></siar-videos>`);
    expect(videos.seen.state).to.equal('ready');
    expect(videos.seen.items).to.equal(4);

    const directory = await loaded<SiarDirectory>(html`<siar-directory src=${fresh(DIRECTORY)}></siar-directory>`);
    expect(directory.seen.state).to.equal('ready');
    expect(directory.seen.items).to.equal(8);

    const social = await loaded<SiarSocial>(html`<siar-social profile=${fresh(PROFILE)}></siar-social>`);
    expect(social.seen.state).to.equal('ready');
    expect(social.seen.items).to.equal(3);
    expect(social.seen.detail).to.deep.equal({ count: 3, stale: false, errors: [] });
  });

  it('reports a source that failed beside one that loaded: in siar-load and in a quiet notice', async () => {
    const bad = fresh('/__mock/status?code=503');
    const { el, seen } = await loaded<SiarReleases>(html`<siar-releases lang="en" src="${fresh(RSS)} ${bad}"></siar-releases>`);
    expect(seen.state).to.equal('ready');
    const detail = seen.detail as { errors: { kind: string; status?: number }[] };
    expect(detail.errors).to.have.length(1);
    expect(detail.errors[0]).to.include({ kind: 'http', status: 503 });
    const notice = el.shadowRoot!.querySelector('[part~="partial"]');
    expect(notice?.textContent).to.contain('1 of 2 sources could not be loaded');
    expect(notice?.getAttribute('role')).to.equal('note');

    const videos = await loaded<SiarVideos>(html`<siar-videos thumbnails="local" src="${fresh(VIDEOS)} ${fresh('/__mock/status?code=404')}"></siar-videos>`);
    expect((videos.seen.detail as { errors: unknown[] }).errors).to.have.length(1);
    expect(videos.el.shadowRoot!.querySelector('[part~="partial"]')?.textContent).to.contain('1 dari 2 sumber');
  });

  it('fires siar-error from <siar-social> when its profile fails, clears the old accounts and says so', async () => {
    const el = await settled<SiarSocial>(html`<siar-social profile=${fresh(PROFILE)}></siar-social>`);
    expect(items(el)).to.equal(3);
    const warn = console.warn;
    console.warn = () => {};
    try {
      const error = oneEvent(el, 'siar-error');
      el.profile = fresh('/__mock/status?code=404');
      const { detail } = await error;
      expect(detail).to.include({ kind: 'http', status: 404 });
      expect(items(el)).to.equal(0);
      expect(el.state).to.equal('error');
      expect(el.shadowRoot!.querySelector('[part="error"]')?.textContent).to.contain('Profil provinsi tidak dapat dimuat');
    } finally {
      console.warn = warn;
    }
  });

  it('gives siar-select one shape, { item }, cancelable wherever it follows a link', async () => {
    const releases = await settled<SiarReleases>(html`<siar-releases src=${fresh(RSS)}></siar-releases>`);
    const videos = await settled<SiarVideos>(html`<siar-videos thumbnails="local" src=${fresh(VIDEOS)}></siar-videos>`);
    const social = await fixture<SiarSocial>(html`<siar-social instagram="humasprovcontoh"></siar-social>`);
    for (const el of [releases, videos, social] as SiarElement[]) {
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="link"]')!;
      let event: CustomEvent | undefined;
      const listener = (e: CustomEvent) => {
        event = e;
        e.preventDefault();
      };
      el.addEventListener('siar-select', listener);
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link.dispatchEvent(click);
      el.removeEventListener('siar-select', listener);
      expect(event, el.localName).to.not.equal(undefined);
      expect(Object.keys(event!.detail), el.localName).to.deep.equal(['item']);
      expect(event!.cancelable, el.localName).to.equal(true);
      expect(event!.bubbles && event!.composed, el.localName).to.equal(true);
      expect(click.defaultPrevented, `${el.localName}: a cancelled select does not follow the link`).to.equal(true);
      expect((event!.detail.item as { url: string }).url, el.localName).to.be.a('string');
    }
  });
});

describe('read-only state', () => {
  beforeEach(resetFeeds);

  it('reverts a page writing the state attribute, and has no setter', async () => {
    const el = await settled<SiarReleases>(html`<siar-releases src=${fresh(RSS)}></siar-releases>`);
    el.setAttribute('state', 'error');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.state).to.equal('ready');
    el.removeAttribute('state');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(() => ((el as unknown as { state: string }).state = 'error')).to.throw(TypeError);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(el.state).to.equal('ready');
  });

  it('keeps emit() and t() out of the public API (the manifest)', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: { name: string; members?: { name: string }[] }[] }[] };
    const base = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'SiarReleases')!;
    const names = (base.members ?? []).map((m) => m.name);
    expect(names).to.include('limit');
    expect(names).not.to.include('emit');
    expect(names).not.to.include('t');
  });
});

describe('same attribute, same meaning', () => {
  beforeEach(resetFeeds);

  it('limit="0" shows every item in every widget', async () => {
    const releases = await settled<SiarReleases>(html`<siar-releases limit="0" src=${fresh(RSS)}></siar-releases>`);
    expect([releases.state, items(releases)]).to.deep.equal(['ready', 3]);
    const videos = await settled<SiarVideos>(html`<siar-videos limit="0" thumbnails="local" src=${fresh(VIDEOS)}></siar-videos>`);
    expect([videos.state, items(videos)]).to.deep.equal(['ready', 4]);
    const directory = await settled<SiarDirectory>(html`<siar-directory limit="0" src=${fresh(DIRECTORY)}></siar-directory>`);
    expect([directory.state, items(directory)]).to.deep.equal(['ready', 8]);
    const social = await fixture<SiarSocial>(html`<siar-social limit="0" instagram="humasprovcontoh" youtube="@humasprovcontoh"></siar-social>`);
    expect(items(social)).to.equal(2);
    // A positive limit caps everywhere.
    const capped = await settled<SiarVideos>(html`<siar-videos limit="2" thumbnails="local" src=${fresh(VIDEOS)}></siar-videos>`);
    expect(items(capped)).to.equal(2);
    const cappedSocial = await fixture<SiarSocial>(html`<siar-social limit="1" instagram="humasprovcontoh" youtube="@humasprovcontoh"></siar-social>`);
    expect(items(cappedSocial)).to.equal(1);
  });

  it('hides the heading of every widget with show (the region keeps its name)', async () => {
    const widgets: SiarElement[] = [
      await settled<SiarReleases>(html`<siar-releases show="date" src=${fresh(RSS)}></siar-releases>`),
      await settled<SiarVideos>(html`<siar-videos show="meta" thumbnails="local" src=${fresh(VIDEOS)}></siar-videos>`),
      await settled<SiarDirectory>(html`<siar-directory show="search" src=${fresh(DIRECTORY)}></siar-directory>`),
      await fixture<SiarSocial>(html`<siar-social show="handle" heading="Ikuti Kami" instagram="humasprovcontoh"></siar-social>`),
    ];
    for (const el of widgets) {
      expect(el.shadowRoot!.querySelector('[part~="heading"]'), el.localName).to.equal(null);
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(base.getAttribute('aria-label') ?? el.shadowRoot!.getElementById(base.getAttribute('aria-labelledby') ?? '')?.textContent, el.localName).to.be.a('string').and.not.equal('');
    }
    const shown = await fixture<SiarSocial>(html`<siar-social heading="Ikuti Kami" instagram="humasprovcontoh"></siar-social>`);
    expect(shown.shadowRoot!.querySelector('[part~="heading"]')?.textContent).to.equal('Ikuti Kami');
  });

  it("gives the directory's <summary> toggle its own part: summary means an item's summary only", async () => {
    const el = await settled<SiarDirectory>(html`<siar-directory src=${fresh(DIRECTORY)}></siar-directory>`);
    expect(el.shadowRoot!.querySelectorAll('summary[part~="toggle"]').length).to.equal(8);
    expect(el.shadowRoot!.querySelector('[part~="summary"]')).to.equal(null);
  });

  it('sets aria-busy on <siar-videos> while it reloads, and the state follows', async () => {
    const el = await settled<SiarVideos>(html`<siar-videos thumbnails="local" src=${fresh(VIDEOS)}></siar-videos>`);
    const base = () => el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base().getAttribute('aria-busy')).to.equal('false');
    el.src = fresh(`${VIDEOS}&delay=300`);
    await waitUntil(() => el.state === 'loading', 'reloads');
    await el.updateComplete;
    expect(base().getAttribute('aria-busy')).to.equal('true');
    await whenSettled(el);
    expect([el.state, base().getAttribute('aria-busy')]).to.deep.equal(['ready', 'false']);
  });
});

describe('lifecycle', () => {
  beforeEach(resetFeeds);

  it('stops loading when removed (no siar-load) and loads again when put back', async () => {
    const el = fixtureSync<SiarReleases>(html`<siar-releases src=${fresh(`${RSS}&delay=300`)}></siar-releases>`);
    let loads = 0;
    el.addEventListener('siar-load', () => loads++);
    await aTimeout(50);
    const parent = el.parentNode!;
    el.remove();
    await aTimeout(500);
    expect(loads, 'no siar-load from a removed widget').to.equal(0);
    parent.appendChild(el);
    await oneEvent(el, 'siar-load');
    expect(loads).to.equal(1);
    expect(el.state).to.equal('ready');
    expect(items(el)).to.equal(3);
  });

  it('drops what a failed profile configured (its time zone) when the widget switches to it', async () => {
    const el = await settled<SiarReleases>(html`<siar-releases profile=${fresh(PROFILE)} src=${fresh(RSS)}></siar-releases>`);
    expect(el.provinceProfile?.timeZone).to.equal('Asia/Jayapura');
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.contain('WIT');
    const reloaded = oneEvent(el, 'siar-load');
    el.profile = fresh('/__mock/status?code=404');
    await reloaded;
    expect(el.state).to.equal('ready'); // its own src still loads
    expect(el.provinceProfile).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.contain('WIB');
  });

  it('<siar-social> follows changes to its light-DOM links', async () => {
    const el = await fixture<SiarSocial>(html`<siar-social><a href="https://www.instagram.com/humasprovcontoh/">Instagram</a></siar-social>`);
    expect(items(el)).to.equal(1);
    const a = document.createElement('a');
    a.href = 'https://www.youtube.com/@humasprovcontoh';
    el.append(a);
    await waitUntil(() => items(el) === 2, 'the new link is read');
    el.querySelector('a')!.remove();
    await waitUntil(() => items(el) === 1, 'the removed link is gone');
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="link"]')!.href).to.equal('https://www.youtube.com/@humasprovcontoh');
  });

  it('setStrings() after render reaches the directory rows', async () => {
    const el = await settled<SiarDirectory>(html`<siar-directory group="alpha" src=${fresh(DIRECTORY)}></siar-directory>`);
    const original = DEFAULT_STRINGS.id.typeDinas;
    expect(shadowText(el)).to.contain(original);
    try {
      setStrings('id', { typeDinas: 'Dinas Daerah Contoh' });
      await el.updateComplete;
      const rowTypes = [...el.shadowRoot!.querySelectorAll('[part~="type"]')].map((t) => t.textContent);
      expect(rowTypes).to.include('Dinas Daerah Contoh');
      expect(rowTypes).not.to.include(original);
    } finally {
      setStrings('id', { typeDinas: original });
    }
  });

  it('follows a lang change on an ancestor', async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="id"><siar-social instagram="humasprovcontoh"></siar-social></div>`);
    const el = box.querySelector<SiarSocial>('siar-social')!;
    expect(shadowText(el)).to.contain('Instagram resmi');
    box.lang = 'en';
    await waitUntil(() => shadowText(el).includes('Official Instagram'), 'switches to English');
    box.lang = 'id';
    await waitUntil(() => shadowText(el).includes('Instagram resmi'), 'and back');
  });

  it('<siar-province> reaches widgets inside shadow roots when its profile changes', async () => {
    const province = await fixture<HTMLElement>(html`<siar-province profile=${fresh('/__mock/status?code=404')}><div></div></siar-province>`);
    const host = province.querySelector('div')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('siar-releases');
    shadow.append(el);
    await whenSettled(el);
    expect(el.state).to.equal('error');
    province.setAttribute('profile', fresh(PROFILE));
    await waitUntil(() => el.state === 'ready', 'loads the new profile', { timeout: 3000 });
    expect(shadowText(el)).to.contain('Sumber: Pemprov Contoh');
  });
});
