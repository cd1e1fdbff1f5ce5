import { expect, fixture, html } from '../keys.js';
import '../../src/components/videos/videos.js';
import '../../src/components/releases/releases.js';
import type { SiarReleases } from '../../src/components/releases/releases.component.js';
import { fresh, resetFeeds, whenSettled } from '../helpers.js';
import { clearFeedCache } from '../../src/feed/index.js';
// @ts-expect-error plain JS module of the demo (the configurator's snippet), no types
import { reservedHeight, reservationStyle } from '../../demo/configurator.reserve.js';

// Issue #12: a widget mid-page must not push the page about (CLS ≤ 0.01). Each case puts the widget
// above other content, measures the skeleton, waits for the list, and fails on any 'layout-shift'
// entry or on a skeleton that is not exactly as tall as the list that replaced it.

const A = '/__mock/fixture?name=releases/a.json&delay=300';
const EMPTY = '/__mock/slow?ms=300';
const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);

const frames = (n = 2) => new Promise<void>((resolve) => {
  const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
  step(n);
});

/** Collects layout shifts (not caused by input) while `run` runs. */
async function shifts(run: () => Promise<void>): Promise<{ value: number; sources: string[] }[]> {
  const seen: { value: number; sources: string[] }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
      if (!e.hadRecentInput) seen.push({ value: e.value, sources: (e.sources ?? []).map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 60) ?? String(s.node)) });
    }
  });
  observer.observe({ type: 'layout-shift' });
  await run();
  await frames(3);
  for (const e of observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
    if (!e.hadRecentInput) seen.push({ value: e.value, sources: [] });
  }
  observer.disconnect();
  return seen;
}

async function page(attrs: { layout: string; src: string; width?: number; show?: string; moreHref?: string; lang?: string }) {
  let el!: SiarReleases;
  let skeleton = 0;
  const found = await shifts(async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width:${attrs.width ?? 360}px">
      <siar-releases
        limit="5"
        layout=${attrs.layout}
        src=${fresh(attrs.src)}
        show=${attrs.show ?? 'image date summary source heading'}
        more-href=${attrs.moreHref ?? ''}
        lang=${attrs.lang ?? 'id'}
      ><a href="https://contohprov.go.id/berita">Siaran pers Pemprov Contoh</a></siar-releases>
      <p id="below">Layanan</p>
    </div>`);
    el = wrapper.querySelector('siar-releases')!;
    await el.updateComplete;
    await frames();
    expect(el.state).to.equal('loading');
    skeleton = el.getBoundingClientRect().height;
    await whenSettled(el);
    await frames();
  });
  return { el, skeleton, final: el.getBoundingClientRect().height, shifts: found };
}

describe('<siar-releases> keeps its room (no layout shift)', () => {
  beforeEach(resetFeeds);

  for (const layout of ['list', 'cards', 'compact', 'ticker']) {
    for (const width of [320, 720]) {
      it(`${layout} at ${width}px: the skeleton is exactly as tall as the five items, and nothing shifts`, async () => {
        const { el, skeleton, final, shifts: found } = await page({ layout, src: A, width });
        expect(el.state).to.equal('ready');
        expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(5);
        expect(final, 'final height vs skeleton').to.be.closeTo(skeleton, 0.5);
        expect(found, JSON.stringify(found)).to.deep.equal([]);
        const expected = reservedHeight({ layout, limit: 5 });
        if (layout === 'cards') expect(expected).to.equal(undefined);
        else expect(final, 'height vs the documented reservation').to.be.closeTo(expected * rem, 0.5);
      });
    }
  }

  it('English strings, other parts and the "all releases" link: still the documented height', async () => {
    for (const show of ['title date', 'image summary', 'heading']) {
      const { final, skeleton, shifts: found } = await page({ layout: 'list', src: A, show, moreHref: 'https://contohprov.go.id/berita', lang: 'en' });
      expect(final).to.be.closeTo(skeleton, 0.5);
      expect(final).to.be.closeTo(reservedHeight({ layout: 'list', limit: 5, show, moreHref: true }) * rem, 0.5);
      expect(found).to.deep.equal([]);
    }
  });

  it('an empty feed keeps the reserved room instead of pulling the page up', async () => {
    const { el, skeleton, final, shifts: found } = await page({ layout: 'list', src: EMPTY });
    expect(el.state).to.equal('empty');
    expect(final).to.be.closeTo(skeleton, 0.5);
    expect(found).to.deep.equal([]);
  });

  it('a saved copy (source down) and the fresh list after it take the same room: no shift either way', async () => {
    const src = fresh(A);
    const first = await fixture<SiarReleases>(html`<siar-releases limit="5" src=${src}></siar-releases>`);
    await whenSettled(first);
    first.remove();
    clearFeedCache(); // memory only: the last-known-good copy stays in localStorage
    const realFetch = window.fetch;
    window.fetch = () => new Promise((_, reject) => setTimeout(() => reject(new TypeError('Failed to fetch')), 300));
    let el!: SiarReleases;
    let skeleton = 0;
    let staleHeight = 0;
    try {
      const found = await shifts(async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style="width:360px">
          <siar-releases limit="5" src=${src}></siar-releases>
          <p>Layanan</p>
        </div>`);
        el = wrapper.querySelector('siar-releases')!;
        await el.updateComplete;
        await frames();
        skeleton = el.getBoundingClientRect().height;
        await whenSettled(el);
        await frames();
        staleHeight = el.getBoundingClientRect().height;
      });
      expect(el.shadowRoot!.querySelector('[part="stale"]'), 'the saved copy is shown').to.exist;
      expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(4);
      expect(staleHeight).to.be.closeTo(skeleton, 0.5);
      expect(found, JSON.stringify(found)).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
    // The source is back: a fresh load replaces the saved copy in place.
    const found = await shifts(async () => {
      const loaded = new Promise((r) => el.addEventListener('siar-load', r, { once: true }));
      el.src = fresh(A);
      await loaded;
      await el.updateComplete;
      await frames();
    });
    expect(el.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(5);
    expect(el.getBoundingClientRect().height).to.be.closeTo(skeleton, 0.5);
    expect(found, JSON.stringify(found)).to.deep.equal([]);
  });

  it('before the element is defined, the documented snippet reserves the same room (real page load in a frame)', async () => {
    // The snippet of docs/embed.md, as webmasters paste it: the <style> line, the script, the element.
    const doc = await (await fetch('/docs/embed.md')).text();
    const style = /<style>siar-releases:not\(:defined\)\{[^<]*\}<\/style>/.exec(doc)?.[0];
    expect(style, 'docs/embed.md carries the reservation').to.equal(reservationStyle({ layout: 'list', limit: 5 }));
    const host = await (await fetch('/demo/host/releases.html')).text();
    expect(host, 'demo/host/releases.html uses the documented snippet').to.contain(style);

    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:380px;height:1400px;border:0';
    const src = fresh(A.replace('delay=300', 'delay=600'));
    frame.srcdoc = `<!doctype html><html lang="id"><head><meta charset="utf-8">
<script>window.__shifts=[];new PerformanceObserver(l=>{for(const e of l.getEntries())if(!e.hadRecentInput)window.__shifts.push(e.value)}).observe({type:'layout-shift',buffered:true});</script>
</head><body style="margin:0;font:1rem/1.5 system-ui">
<h1>Selamat datang</h1><p>Situs resmi.</p>
${style}
<siar-releases src="${src}" limit="5"><a href="https://contohprov.go.id/berita">Siaran pers Pemprov Contoh</a></siar-releases>
<p id="below">Layanan</p>
<script type="module">await new Promise((r) => setTimeout(r, 150)); window.__before = document.querySelector('siar-releases').getBoundingClientRect().height; await import('/src/components/releases/releases.ts');</script>
</body></html>`;
    document.body.append(frame);
    try {
      const win = frame.contentWindow as Window & { __shifts: number[]; __before?: number };
      const deadline = Date.now() + 8000;
      let el: (Element & { state?: string }) | null = null;
      while (Date.now() < deadline) {
        el = frame.contentDocument?.querySelector('siar-releases') ?? null;
        if (el?.getAttribute('state') === 'ready' && win.__before) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(el?.getAttribute('state')).to.equal('ready');
      await new Promise((r) => setTimeout(r, 200));
      const after = el!.getBoundingClientRect().height;
      expect(win.__before, 'reserved before definition').to.be.closeTo(after, 0.5);
      expect(win.__shifts).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('<siar-videos> keeps its room (no layout shift)', () => {
  beforeEach(resetFeeds);

  for (const layout of ['grid', 'list', 'carousel']) {
    it(`${layout}: the skeleton is exactly as tall as the videos, and nothing shifts`, async () => {
      let el!: HTMLElement & { state: string; updateComplete: Promise<boolean> };
      let skeleton = 0;
      const found = await shifts(async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style="width:600px">
          <siar-videos limit="3" layout=${layout} thumbnails="local" src=${fresh('/__mock/fixture?name=save-data/videos-layout.json&delay=300')}></siar-videos>
          <p>Layanan</p>
        </div>`);
        el = wrapper.querySelector('siar-videos')!;
        await el.updateComplete;
        await frames();
        expect(el.state).to.equal('loading');
        skeleton = el.getBoundingClientRect().height;
        await whenSettled(el as never);
        await frames();
      });
      expect(el.state).to.equal('ready');
      expect(el.getBoundingClientRect().height).to.be.closeTo(skeleton, 0.5);
      expect(found, JSON.stringify(found)).to.deep.equal([]);
    });
  }
});
