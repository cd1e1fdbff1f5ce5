// Issue #17: every widget fits the slot the host page gives it (a 250–320px sidebar, a 320–360px
// phone column, up to a wide column). Each widget is put in a column of 280, 320, 360, 480 and
// 768px and checked as a reader meets it: nothing reaches outside the column, release titles keep
// most of the width, touch targets meet WCAG 2.2 (2.5.8, 24 × 24 CSS px or spaced apart), boxes
// do not overlap, vertical videos stay a sensible height, and the releases rows keep the
// documented reserved height at every width.
import { expect, fixture, html } from '../keys.js';
import type { TemplateResult } from 'lit';
import '../../src/components/releases/releases.js';
import '../../src/components/videos/videos.js';
import '../../src/components/directory/directory.js';
import '../../src/components/social/social.js';
import '../../src/components/province/province.js';
import '../../src/components/alert/alert.js';
import type { SiarElement } from '../../src/internal/base-element.js';
import { fresh, resetFeeds, whenSettled } from '../helpers.js';
// @ts-expect-error plain JS module of the demo (the configurator's snippet), no types
import { reservedHeight } from '../../demo/configurator.reserve.js';

const WIDTHS = [280, 320, 360, 480, 768];
const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
const RELEASES = '/__mock/fixture?name=releases/a.json';
const VIDEOS = '/__mock/fixture?name=videos.json';
const DIRECTORY = '/demo/data/directory.json?';
const TOL = 0.5;

type Box = { left: number; right: number; top: number; bottom: number; width: number; height: number };

const frames = (n = 2) => new Promise<void>((resolve) => {
  const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
  step(n);
});

/** Elements of the widget's shadow tree (and of nested shadow trees), in document order. */
function elements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...elements(el.shadowRoot));
  }
  return out;
}

function visible(el: Element): boolean {
  if (el.closest('.visually-hidden')) return false;
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.display !== 'none';
}

/** The nearest ancestor (inside the widget) that clips or scrolls its content, if any. */
function clipper(el: Element, host: Element): Element | undefined {
  for (let p = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined); p && p !== host; p = p.parentElement ?? ((p.getRootNode() as ShadowRoot).host as Element | undefined)) {
    const style = getComputedStyle(p);
    if (style.overflowX !== 'visible' && style.display !== 'contents') return p;
  }
  return undefined;
}

const label = (el: Element) => `<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''} class="${el.getAttribute('class') ?? ''}">`;

/** Elements that stick out of the slot (horizontally). Content inside a clipping or scrolling box counts as that box. */
function overflowing(host: HTMLElement, slot: Box): string[] {
  const bad: string[] = [];
  if (host.scrollWidth > host.clientWidth + TOL) bad.push(`host scrollWidth ${host.scrollWidth} > ${host.clientWidth}`);
  for (const el of elements(host.shadowRoot!)) {
    if (!visible(el) || clipper(el, host)) continue;
    const r = el.getBoundingClientRect();
    if (r.left < slot.left - TOL || r.right > slot.right + TOL) bad.push(`${label(el)} ${Math.round(r.left - slot.left)}..${Math.round(r.right - slot.left)}`);
  }
  return bad;
}

const interactive = (el: Element) => el.matches('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])');

/**
 * WCAG 2.2 SC 2.5.8 (AA): a target is at least 24 × 24 CSS px, or a 24px circle on its centre
 * touches no other target; a link inside a line of text is exempt (its size is set by the text).
 */
function smallTargets(host: HTMLElement): string[] {
  const targets = elements(host.shadowRoot!)
    .filter((el) => interactive(el) && visible(el))
    .map((el) => ({ el, r: shown(el, host) }))
    .filter((t): t is { el: Element; r: Box } => t.r !== undefined);
  const bad: string[] = [];
  for (const { el, r } of targets) {
    if (r.width >= 24 - TOL && r.height >= 24 - TOL) continue;
    if (getComputedStyle(el).display === 'inline') continue;
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const crowded = targets.some(({ el: other, r: o }) => {
      if (other === el || other.contains(el) || el.contains(other)) return false;
      const dx = Math.max(o.left - cx, 0, cx - o.right);
      const dy = Math.max(o.top - cy, 0, cy - o.bottom);
      return Math.hypot(dx, dy) < 12;
    });
    if (crowded) bad.push(`${label(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
  }
  return bad;
}

const intersect = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOL && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOL;

/**
 * Boxes a reader must see whole and apart: the named parts (title, image, summary, meta, items,
 * actions, …) that are neither inside one another nor an overlay by design (a video's play
 * button, duration and thumbnail sit on its frame).
 */
function overlaps(host: HTMLElement): string[] {
  const boxes = elements(host.shadowRoot!)
    .filter((el) => (el.hasAttribute('part') || el.matches('.headline')) && getComputedStyle(el).display !== 'inline' && visible(el) && !el.closest('.frame, .clone'))
    .map((el) => ({ el, box: shown(el, host) }))
    .filter((b): b is { el: Element; box: Box } => b.box !== undefined);
  const bad: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      if (intersect(a.box, b.box)) bad.push(`${label(a.el)} × ${label(b.el)}`);
    }
  }
  return bad;
}

/** The part of an element's box left visible by the boxes that clip it (undefined: none). */
function shown(el: Element, host: Element): Box | undefined {
  const r = el.getBoundingClientRect();
  let box = { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  for (let c = clipper(el, host); c; c = clipper(c, host)) {
    const k = c.getBoundingClientRect();
    box = { left: Math.max(box.left, k.left), right: Math.min(box.right, k.right), top: Math.max(box.top, k.top), bottom: Math.min(box.bottom, k.bottom) };
  }
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  return width > TOL && height > TOL ? { ...box, width, height } : undefined;
}

async function inSlot<T extends SiarElement>(width: number, widget: TemplateResult): Promise<{ el: T; slot: Box }> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width:${width}px;margin:0 auto">${widget}</div>`);
  const el = wrapper.firstElementChild as T;
  await whenSettled(el);
  await frames();
  expect(el.state, `${el.localName} settles`).to.equal('ready');
  return { el, slot: wrapper.getBoundingClientRect() };
}

function fits(el: HTMLElement, slot: Box): void {
  expect(overflowing(el, slot), 'nothing reaches outside the slot').to.deep.equal([]);
  expect(smallTargets(el), 'targets of 24 × 24 px or spaced apart').to.deep.equal([]);
  expect(overlaps(el), 'no overlapping boxes').to.deep.equal([]);
}

describe('widgets fit the slot they are given (issue #17)', () => {
  beforeEach(resetFeeds);

  for (const width of WIDTHS) {
    describe(`${width}px`, () => {
      for (const layout of ['list', 'cards', 'compact', 'ticker']) {
        it(`<siar-releases layout="${layout}">`, async () => {
          const { el, slot } = await inSlot<SiarElement>(width, html`<siar-releases layout=${layout} limit="5" lang="id" src=${fresh(RELEASES)}></siar-releases>`);
          fits(el, slot);
          const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"]')];
          expect(items).to.have.length(5);
          if (layout !== 'ticker') {
            for (const item of items) {
              const headline = item.querySelector('.headline')!.getBoundingClientRect();
              // The title's box, not the words in it: a short title must not pass for a narrow box.
              if (width <= 360) expect(headline.width / slot.width, `title box ${Math.round(headline.width)}px of ${width}px`).to.be.at.least(0.6);
            }
          }
          if (layout === 'list' || layout === 'compact') {
            // One fixed row height per layout at a width, and the documented reservation holds.
            const heights = new Set(items.map((i) => Math.round(i.getBoundingClientRect().height * 10) / 10));
            expect([...heights], 'rows of one height').to.have.length(1);
            expect(el.getBoundingClientRect().height).to.be.closeTo(reservedHeight({ layout, limit: 5 }) * rem, TOL);
          }
          if (layout === 'cards') {
            const lefts = new Set(items.map((i) => Math.round(i.getBoundingClientRect().left)));
            if (width < 480) expect(lefts.size, 'one column of cards').to.equal(1);
          }
          if (layout === 'ticker') {
            // One line: the strip is as tall at 280px as at 768px.
            expect(el.shadowRoot!.querySelector('.ticker')!.getBoundingClientRect().height).to.be.closeTo(3.5 * rem, TOL);
            const viewport = el.shadowRoot!.querySelector('.viewport')!.getBoundingClientRect();
            expect(viewport.width / slot.width, 'room for the scrolling titles').to.be.at.least(0.6);
          }
        });
      }

      for (const layout of ['list', 'compact']) {
        it(`<siar-releases layout="${layout}">: the skeleton is exactly as tall as the list`, async () => {
          const wrapper = await fixture<HTMLElement>(html`<div style="width:${width}px"><siar-releases layout=${layout} limit="4" src=${fresh(`${RELEASES}&delay=300`)}></siar-releases></div>`);
          const el = wrapper.firstElementChild as SiarElement;
          await el.updateComplete;
          await frames();
          expect(el.state).to.equal('loading');
          const skeleton = el.getBoundingClientRect().height;
          await whenSettled(el);
          await frames();
          expect(el.getBoundingClientRect().height).to.be.closeTo(skeleton, TOL);
          expect(skeleton).to.be.closeTo(reservedHeight({ layout, limit: 4 }) * rem, TOL);
        });
      }

      it('<siar-releases> list, all "show" variants: rows keep the documented height', async () => {
        for (const show of ['image title date', 'image summary', 'image', 'title date summary']) {
          const { el } = await inSlot<SiarElement>(width, html`<siar-releases limit="3" show=${show} src=${fresh(RELEASES)}></siar-releases>`);
          expect(el.getBoundingClientRect().height, show).to.be.closeTo(reservedHeight({ layout: 'list', limit: 3, show }) * rem, TOL);
          for (const item of el.shadowRoot!.querySelectorAll('[part~="item"]')) {
            const box = item.getBoundingClientRect();
            for (const child of item.querySelectorAll('.image, .headline, .summary, .meta')) {
              const r = child.getBoundingClientRect();
              expect(r.bottom, `${show}: ${child.className} inside its row`).to.be.at.most(box.bottom + TOL);
            }
          }
          expect(overlaps(el), show).to.deep.equal([]);
        }
      });

      it('<siar-releases save-data="on">: the "show images" button shares the heading row, in both languages', async () => {
        for (const lang of ['id', 'en']) {
          const { el, slot } = await inSlot<SiarElement>(width, html`<siar-releases limit="2" save-data="on" lang=${lang} src=${fresh(RELEASES)}></siar-releases>`);
          expect(el.shadowRoot!.querySelector('.images-toggle'), 'the toggle is shown').to.exist;
          const heading = el.shadowRoot!.querySelector<HTMLElement>('[part~="heading"]')!;
          expect(heading.scrollWidth, 'the default heading is not cut').to.be.at.most(heading.clientWidth);
          fits(el, slot);
          expect(el.getBoundingClientRect().height, lang).to.be.closeTo(reservedHeight({ layout: 'list', limit: 2 }) * rem, TOL);
        }
      });

      for (const layout of ['grid', 'list', 'carousel']) {
        it(`<siar-videos layout="${layout}">`, async () => {
          const { el, slot } = await inSlot<SiarElement>(width, html`<siar-videos layout=${layout} thumbnails="local" lang="id" src=${fresh(VIDEOS)}></siar-videos>`);
          fits(el, slot);
          const vertical = el.shadowRoot!.querySelector('.ratio-9-16');
          expect(vertical, 'the fixture has a Short').to.exist;
          const r = vertical!.getBoundingClientRect();
          expect(r.width / r.height, 'a Short keeps its 9:16 frame').to.be.closeTo(9 / 16, 0.01);
          // In a narrow slot the Short is no taller than 24rem, so the page goes on below it.
          if (width < 480) expect(r.height).to.be.at.most(24 * rem + TOL);
          else expect(r.height).to.be.at.most(36 * rem + TOL);
        });
      }

      for (const layout of ['cards', 'compact']) {
        it(`<siar-directory layout="${layout}">, an agency opened`, async () => {
          const { el, slot } = await inSlot<SiarElement>(width, html`<siar-directory layout=${layout} limit="4" lang="id" src=${fresh(DIRECTORY)}></siar-directory>`);
          fits(el, slot);
          const toggle = el.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]')!;
          toggle.click();
          const deadline = Date.now() + 5000;
          while (!el.shadowRoot!.querySelector('[part~="action"]') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
          await frames();
          const actions = [...el.shadowRoot!.querySelectorAll('[part~="action"]')];
          expect(actions.length, 'contact actions shown').to.be.greaterThan(0);
          for (const a of actions) {
            const r = a.getBoundingClientRect();
            expect(r.left >= slot.left - TOL && r.right <= slot.right + TOL, `${label(a)} within reach`).to.equal(true);
          }
          fits(el, slot);
        });
      }

      it('every widget through the demo profile (<siar-province>), as a regency sidebar has them', async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style="width:${width}px;margin:0 auto">
          <siar-province profile=${fresh('/demo/data/siar.json')}>
            <siar-alert></siar-alert>
            <siar-releases limit="3" more-href="https://contohprov.go.id/berita"></siar-releases>
            <siar-releases layout="compact" limit="3"></siar-releases>
            <siar-videos layout="list" limit="4" thumbnails="local"></siar-videos>
            <siar-videos limit="4" thumbnails="local"></siar-videos>
            <siar-directory layout="compact" limit="4"></siar-directory>
            <siar-social show-handle></siar-social>
          </siar-province>
        </div>`);
        const widgets = [...wrapper.querySelectorAll<SiarElement>('siar-alert, siar-releases, siar-videos, siar-directory, siar-social')];
        await Promise.all(widgets.map((w) => whenSettled(w)));
        await frames();
        const slot = wrapper.getBoundingClientRect();
        for (const el of widgets) {
          expect(el.state, el.localName).to.equal('ready');
          expect(overflowing(el, slot), `${el.localName} ${el.getAttribute('layout') ?? ''}: nothing outside the slot`).to.deep.equal([]);
          expect(smallTargets(el), `${el.localName}: target size`).to.deep.equal([]);
          expect(overlaps(el), `${el.localName}: no overlap`).to.deep.equal([]);
        }
      });

      for (const layout of ['horizontal', 'vertical']) {
        it(`<siar-social layout="${layout}" show-handle>, nine accounts`, async () => {
          const { el, slot } = await inSlot<SiarElement>(
            width,
            html`<siar-social layout=${layout} show-handle name="Pemprov Contoh" instagram="humasprovcontoh" facebook="humasprovcontoh" youtube="@humasprovcontoh" x="humasprovcontoh" tiktok="@humasprovcontoh" whatsapp="0029VaContoh0000000000" threads="humasprovcontoh" telegram="humasprovcontoh" linkedin="pemprov-contoh"></siar-social>`,
          );
          fits(el, slot);
          expect(el.shadowRoot!.querySelectorAll('a[href]')).to.have.length(9);
        });
      }
    });
  }

  it('the checks can fail: a list wider than the slot, an image over the title, two tiny links side by side are caught', async () => {
    const { el, slot } = await inSlot<SiarElement>(
      320,
      html`<siar-releases class="broken" limit="2" src=${fresh(RELEASES)} more-href="https://contohprov.go.id/berita"></siar-releases>
        <style>
          .broken::part(list) { width: 400px; }
          .broken::part(more-link) { display: inline-block; width: 12px; height: 12px; overflow: hidden; }
          .broken::part(image) { position: relative; top: -30px; }
        </style>`,
    );
    expect(overflowing(el, slot).join(' '), 'overflow').to.contain('part="list"');
    expect(overlaps(el).join(' '), 'overlap').to.contain('part="image"');
    expect(smallTargets(el), 'target size').to.deep.equal([]); // a lone small target is spaced: allowed
    const second = el.shadowRoot!.querySelector('[part~="more-link"]')!.closest('p')!;
    second.append(second.firstElementChild!.cloneNode(true));
    expect(smallTargets(el).join(' '), 'two small targets side by side').to.contain('more-link');
  });
});
