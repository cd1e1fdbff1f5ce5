import { expect, fixture, html, oneEvent, sendKeys } from '../keys.js';
import '../../src/components/videos/videos.js';
import { SiarVideos } from '../../src/components/videos/videos.component.js';
import { expectAccessible, fresh, perRender, resetFeeds, settled, shadowText, whenSettled } from '../helpers.js';

const PROVIDER = /(youtube|youtube-nocookie|ytimg|tiktok|instagram|facebook|fbcdn)\./;

function providerUrlsIn(el: SiarVideos): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('img, iframe, video, source, link, script')]
    .map((n) => n.getAttribute('src') ?? n.getAttribute('href') ?? '')
    .filter((u) => PROVIDER.test(u));
}

describe('<siar-videos>', () => {
  beforeEach(resetFeeds);

  it('renders facades with real buttons and no provider request before a click (thumbnails="local")', async () => {
    const el = await settled<SiarVideos>(html`<siar-videos thumbnails="local" src=${fresh('/__mock/fixture?name=videos.json')}></siar-videos>`);
    expect(el.state).to.equal('ready');
    const buttons = [...el.shadowRoot!.querySelectorAll('button[part="play-button"]')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Putar video: Peresmian Jembatan',
      'Putar video: Pasar Murah #Shorts',
      'Putar video: Senam Sehat',
      'Putar video: Klip Sendiri',
    ]);
    expect(shadowText(el)).not.to.contain('Bukan video');
    expect(providerUrlsIn(el)).to.deep.equal([]);
    const provider = performance.getEntriesByType('resource').filter((e) => PROVIDER.test(e.name));
    expect(provider.map((e) => e.name)).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('prepares its facade templates off the page: no request, no element, no event outside the widget', async () => {
    const events: Event[] = [];
    for (const type of ['siar-select', 'siar-play']) document.addEventListener(type, (e) => events.push(e));
    const el = await settled<SiarVideos>(html`<siar-videos thumbnails="local" src=${fresh('/__mock/fixture?name=videos.json')}></siar-videos>`);
    expect(el.state).to.equal('ready');
    // The warm-up's sample (view.ts) is a self-hosted file on example.invalid: never fetched or shown.
    expect(performance.getEntriesByType('resource').some((r) => r.name.includes('example.invalid'))).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(4);
    expect(el.shadowRoot!.querySelector('a[href*="example.invalid"]')).to.equal(null);
    expect(document.querySelector('a[href*="example.invalid"], video')).to.equal(null);
    expect(events).to.have.length(0);
  });

  it('uses YouTube thumbnails only by default, never a player, before a click', async () => {
    const el = await settled<SiarVideos>(html`<siar-videos src=${fresh('/__mock/fixture?name=videos.json')}></siar-videos>`);
    const urls = providerUrlsIn(el);
    expect(urls.length).to.be.greaterThan(0);
    for (const url of urls) expect(url).to.match(/^https:\/\/i\.ytimg\.com\/vi\/cOnToH00002\//);
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
  });

  it('falls back from a broken thumbnail through maxres → sd → hq to a placeholder', async () => {
    const body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'x',
      items: [{ id: 'y', url: 'https://www.youtube.com/watch?v=cOnToH00009', title: 'Rusak', image: '/__mock/status?code=404&thumb=1' }],
    });
    // The YouTube thumbnail hosts are unreachable here: to the widget, the same as a missing size.
    const el = await settled<SiarVideos>(html`<siar-videos src=${fresh(`/__mock/text?type=application/json&body=${encodeURIComponent(body)}`)}></siar-videos>`);
    const seen: string[] = [];
    const frame = el.shadowRoot!.querySelector('[part="frame"]')!;
    const record = () => {
      const src = frame.querySelector('img')?.getAttribute('src');
      if (src && seen.at(-1) !== src) seen.push(src);
    };
    record();
    const observer = new MutationObserver(record);
    observer.observe(frame, { subtree: true, childList: true, attributes: true, attributeFilter: ['src'] });
    const end = Date.now() + 8000;
    while (!frame.querySelector('.placeholder') && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    expect(seen).to.deep.equal([
      new URL('/__mock/status?code=404&thumb=1', location.href).href,
      'https://i.ytimg.com/vi/cOnToH00009/maxresdefault.jpg',
      'https://i.ytimg.com/vi/cOnToH00009/sddefault.jpg',
      'https://i.ytimg.com/vi/cOnToH00009/hqdefault.jpg',
    ]);
    expect(frame.querySelector('.placeholder')).to.not.equal(null);
    expect(frame.querySelector('button[part="play-button"]')).to.not.equal(null);
  });

  it('reserves 16:9 and 9:16 boxes', async () => {
    const el = await settled<SiarVideos>(html`<siar-videos thumbnails="local" layout="list" src=${fresh('/__mock/fixture?name=videos.json')}></siar-videos>`);
    const frames = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="frame"]')];
    const ratio = (f: HTMLElement) => f.getBoundingClientRect().width / f.getBoundingClientRect().height;
    expect(ratio(frames[0]!)).to.be.closeTo(16 / 9, 0.02);
    expect(ratio(frames[1]!)).to.be.closeTo(9 / 16, 0.02);
    expect(ratio(frames[2]!)).to.be.closeTo(9 / 16, 0.02);
  });

  for (const how of ['click', 'Enter', ' '] as const) {
    it(`loads the YouTube player already playing after ${how === ' ' ? 'Space' : how}, moves focus and emits siar-play`, async () => {
      const el = await settled<SiarVideos>(html`<siar-videos thumbnails="local" src=${fresh('/__mock/fixture?name=videos.json')}></siar-videos>`);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="play-button"]')!;
      const played = oneEvent(el, 'siar-play');
      if (how === 'click') button.click();
      else {
        button.focus();
        await sendKeys({ press: how === ' ' ? 'Space' : 'Enter' });
      }
      const event = (await played) as CustomEvent<{ item: { id: string } }>;
      expect(event.detail.item.id).to.equal('v1');
      const iframe = el.shadowRoot!.querySelector('iframe')!;
      expect(iframe.src).to.equal('https://www.youtube-nocookie.com/embed/cOnToH00001?autoplay=1&playsinline=1&rel=0');
      expect(iframe.title).to.equal('Peresmian Jembatan');
      expect(el.shadowRoot!.activeElement).to.equal(iframe);
    });
  }

  it('plays self-hosted files in a <video> element', async () => {
    const el = await settled<SiarVideos>(html`<siar-videos thumbnails="local" src=${fresh('/__mock/fixture?name=videos.json')}></siar-videos>`);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="play-button"]')[3]!.click();
    await el.updateComplete;
    const video = el.shadowRoot!.querySelector('video')!;
    expect(video.getAttribute('src')).to.match(/\/demo\/media\/contoh\.mp4$/);
    expect(video.controls).to.equal(true);
  });

  it('scrolls the carousel with its buttons and the keyboard', async () => {
    const el = await settled<SiarVideos>(
      html`<siar-videos style="width:400px" layout="carousel" thumbnails="local" src=${fresh('/__mock/fixture?name=videos.json')}></siar-videos>`,
    );
    const list = el.shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
    expect(list.tabIndex).to.equal(0);
    expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
    const [, next] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="nav-button"]');
    next!.click();
    await new Promise((r) => setTimeout(r, 600));
    expect(list.scrollLeft).to.be.greaterThan(0);
    list.scrollLeft = 0;
    list.focus();
    await sendKeys({ press: 'ArrowRight' });
    await new Promise((r) => setTimeout(r, 300));
    expect(list.scrollLeft).to.be.greaterThan(0);
    await expectAccessible(el);
  });

  it('shows the skeleton first, then the videos once the feed and their templates have loaded', async () => {
    const el = await fixture<SiarVideos>(html`<siar-videos lang="en" layout="list" thumbnails="local" src=${fresh('/__mock/fixture?name=videos.json&delay=300')}></siar-videos>`);
    const loaded = oneEvent(el, 'siar-load');
    await el.updateComplete;
    const root = el.shadowRoot!;
    // First frame: the same boxes as the videos (12 by default), nothing to play yet.
    expect(el.state).to.equal('loading');
    expect(root.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(root.querySelectorAll('ul[aria-hidden="true"] .frame.ratio-16-9.bone')).to.have.length(12);
    expect(root.querySelector('[part="item"], [part="play-button"]')).to.equal(null);
    const event = (await loaded) as CustomEvent<{ count: number }>;
    await el.updateComplete;
    expect([el.state, event.detail.count]).to.deep.equal(['ready', 4]);
    expect(root.querySelector('.bone')).to.equal(null);
    const items = [...root.querySelectorAll('[part="item"]')];
    const titles = items.map((i) => [...i.querySelector('[part="link"]')!.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim());
    expect(titles).to.deep.equal(['Peresmian Jembatan', 'Pasar Murah #Shorts', 'Senam Sehat', 'Klip Sendiri']);
    expect(items[0]!.querySelector('[part="duration"]')!.textContent).to.equal('6:45');
    expect(items[0]!.querySelector('[part="meta"]')!.textContent).to.match(/^25k views · .*\b2026$/);
    expect(root.querySelectorAll('[part="play-button"]')).to.have.length(4);
    expect(root.querySelector('[part="list"]')!.getAttribute('aria-labelledby')).to.equal(root.querySelector('[part="heading"]')!.id);
  });

  it('draws four facades per task, the others holding their place, and sends siar-load once all twelve show', async () => {
    const el = await fixture<SiarVideos>(html`<siar-videos thumbnails="local" src=${fresh('/demo/data/videos.json')}></siar-videos>`);
    const list = () => el.shadowRoot!.querySelector('[part="list"]');
    const seen = await perRender(el, () => ({
      items: list()?.children.length,
      facades: list()?.querySelectorAll('[part="play-button"]').length,
      held: list()?.querySelectorAll(':scope > li[aria-hidden="true"] > .frame.bone + .title + .meta').length,
      height: Math.round(list()?.getBoundingClientRect().height ?? 0),
    }));
    // The places held are as tall as the videos that take them: the page below does not move.
    expect(new Set(seen.map((s) => s.height)).size, `list heights ${seen.map((s) => s.height)}`).to.equal(1);
    // Every render has the twelve places; the facades come four at a time.
    expect(seen.map((s) => s.items)).to.satisfy((n: number[]) => n.every((x) => x === 12));
    expect(seen.map((s) => [s.facades, s.held]).filter(([f], i, all) => f !== all[i - 1]?.[0])).to.deep.equal([
      [4, 8],
      [8, 4],
      [12, 0],
    ]);
    expect(el.shadowRoot!.querySelector('.bone')).to.equal(null);
    await expectAccessible(el);
  });

  it('styles what only videos have (play button, thumbnails, durations, carousel buttons) as they arrive, once', async () => {
    // Those rules come with the video templates (view.styles.ts), not at start-up.
    const startup = SiarVideos.elementStyles.map((s) => (s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('') : s.cssText)).join('');
    expect(startup).to.contain('.frame');
    for (const rule of ['.play', '.duration', '.thumb', '.nav button']) expect(startup).not.to.contain(rule);
    const el = await fixture<SiarVideos>(html`<siar-videos style="width:400px" layout="carousel" thumbnails="local" src=${fresh('/__mock/fixture?name=videos.json')}></siar-videos>`);
    // Styled in the same task that draws the videos: checked as soon as the first play button is in the tree.
    let atArrival: string | undefined;
    const observer = new MutationObserver(() => {
      const play = el.shadowRoot!.querySelector('[part="play-button"]');
      if (play && atArrival === undefined) atArrival = getComputedStyle(play).position;
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await whenSettled(el);
    observer.disconnect();
    expect(atArrival).to.equal('absolute');
    const root = el.shadowRoot!;
    const play = root.querySelector<HTMLElement>('[part="play-button"]')!;
    const frame = play.closest<HTMLElement>('[part="frame"]')!;
    expect(play.getBoundingClientRect().height).to.be.closeTo(frame.getBoundingClientRect().height, 0.5);
    expect(getComputedStyle(root.querySelector('[part="duration"]')!).position).to.equal('absolute');
    expect(getComputedStyle(root.querySelector('.thumb')!).objectFit).to.equal('cover');
    expect(getComputedStyle(root.querySelector('.play-bg')!).fillOpacity).to.equal('0.8');
    const nav = getComputedStyle(root.querySelector('[part="nav-button"]')!);
    expect([nav.minWidth, nav.minHeight, nav.cursor]).to.deep.equal(['44px', '44px', 'pointer']);
    // A reload (new src) renders again but adopts the sheet once.
    const sheets = root.adoptedStyleSheets.length;
    el.src = fresh('/__mock/fixture?name=videos.json');
    await whenSettled(el);
    expect(root.adoptedStyleSheets.length).to.equal(sheets);
  });

  it('keeps its video templates out of the start-up module: they load with the first request', async () => {
    // What a bundler follows at start-up: the component's static imports (a dynamic import() is a lazy chunk).
    const source = await (await fetch(new URL('../../src/components/videos/videos.component.ts', import.meta.url))).text();
    // (The test server serves it compiled, its specifiers possibly rewritten: compared without extension or query.)
    const statics = [...source.matchAll(/^\s*import\s+(?:[^'"();]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!.replace(/[?#].*$/, '').replace(/\.[jt]s$/, ''));
    expect(statics).to.include('./videos.styles');
    for (const lazy of ['./view', './embed', '../../internal/format', '../../internal/results']) expect(statics).not.to.include(lazy);
    expect(/import\(\s*['"]\.\/view\.[jt]s['"]\s*\)/.test(source), 'a dynamic import of ./view.js').to.equal(true);
  });

  it('shows the empty and error states', async () => {
    const empty = await settled<SiarVideos>(html`<siar-videos src=${fresh('/__mock/fixture?name=rss2.xml')}></siar-videos>`);
    expect(empty.state).to.equal('empty');
    expect(shadowText(empty)).to.contain('Belum ada informasi');
    await expectAccessible(empty);
    const error = await settled<SiarVideos>(html`<siar-videos lang="en" src=${fresh('/__mock/status?code=500')}></siar-videos>`);
    expect(error.state).to.equal('error');
    expect(shadowText(error)).to.contain('error 500');
    await expectAccessible(error);
  });
});
