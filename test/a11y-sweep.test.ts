// axe-core over every widget × layout × state × language, in the light and dark schemes.
import { emulateMedia, expect, fixture, html } from './keys.js';
import type { TemplateResult } from 'lit';
import '../src/components/releases/releases.js';
import '../src/components/videos/videos.js';
import '../src/components/directory/directory.js';
import '../src/components/social/social.js';
import type { SiarElement } from '../src/internal/base-element.js';
import { expectAccessible, fresh, resetFeeds, whenSettled } from './helpers.js';

const EMPTY_FEED = `/__mock/text?type=application/json&body=${encodeURIComponent(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Kosong', items: [] }))}`;
const sources = {
  releases: { ready: '/__mock/fixture?name=releases/a.json', empty: EMPTY_FEED },
  videos: { ready: '/__mock/fixture?name=videos.json', empty: EMPTY_FEED },
  directory: { ready: '/demo/data/directory.json?', empty: '/__mock/fixture?name=directory/empty.json' },
};
const states = ['loading', 'ready', 'empty', 'error'] as const;
type State = (typeof states)[number];

function src(kind: keyof typeof sources, state: State): string {
  if (state === 'error') return fresh('/__mock/status?code=503');
  if (state === 'loading') return fresh(`${sources[kind].ready.startsWith('/__mock') ? sources[kind].ready : '/__mock/fixture?name=releases/a.json'}&delay=3000`);
  return fresh(sources[kind][state]);
}

const cases: [string, string[], (layout: string, lang: string, state: State) => TemplateResult][] = [
  ['siar-releases', ['list', 'cards', 'compact', 'ticker'], (layout, lang, state) => html`<siar-releases layout=${layout} lang=${lang} src=${src('releases', state)}></siar-releases>`],
  ['siar-videos', ['grid', 'carousel', 'list'], (layout, lang, state) => html`<siar-videos thumbnails="local" layout=${layout} lang=${lang} src=${src('videos', state)}></siar-videos>`],
  ['siar-directory', ['cards', 'compact'], (layout, lang, state) => html`<siar-directory layout=${layout} lang=${lang} limit="6" src=${src('directory', state)}></siar-directory>`],
];

describe('accessibility sweep', () => {
  beforeEach(resetFeeds);
  after(() => emulateMedia({ colorScheme: 'light' }));

  for (const scheme of ['light', 'dark'] as const) {
    for (const [tag, layouts, template] of cases) {
      for (const layout of layouts) {
        for (const lang of ['id', 'en']) {
          for (const state of scheme === 'dark' ? (['ready', 'error'] as const) : states) {
            it(`${tag} ${layout} ${lang} ${state} (${scheme})`, async () => {
              await emulateMedia({ colorScheme: scheme });
              const el = await fixture<SiarElement>(template(layout, lang, state));
              if (state !== 'loading') await whenSettled(el);
              expect(el.state).to.equal(state);
              await expectAccessible(el);
            });
          }
        }
      }
    }
    for (const layout of ['horizontal', 'vertical', 'floating']) {
      for (const variant of ['brand', 'mono']) {
        it(`siar-social ${layout} ${variant} (${scheme})`, async () => {
          await emulateMedia({ colorScheme: scheme });
          const el = await fixture<SiarElement>(
            html`<siar-social layout=${layout} variant=${variant} show-handle name="Pemprov Contoh" instagram="humasprovcontoh" facebook="humasprovcontoh" youtube="@humasprovcontoh" x="humasprovcontoh" tiktok="@humasprovcontoh" whatsapp="0029VaContoh0000000000" threads="humasprovcontoh" telegram="humasprovcontoh" linkedin="pemprov-contoh"></siar-social>`,
          );
          expect(el.state).to.equal('ready');
          await expectAccessible(el);
        });
      }
    }
  }

  // Issue #17: the narrow layouts (container < 30rem) in a 320px phone column, in both schemes.
  for (const scheme of ['light', 'dark'] as const) {
    for (const [tag, layouts, template] of cases) {
      for (const layout of layouts) {
        it(`${tag} ${layout} ready at 320px (${scheme})`, async () => {
          await emulateMedia({ colorScheme: scheme });
          const slot = await fixture<HTMLElement>(html`<div style="width:320px">${template(layout, 'id', 'ready')}</div>`);
          const el = slot.firstElementChild as SiarElement;
          await whenSettled(el);
          expect(el.state).to.equal('ready');
          expect(el.getBoundingClientRect().width).to.equal(320);
          await expectAccessible(el);
        });
      }
    }
    it(`siar-social horizontal with handles at 320px (${scheme})`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const slot = await fixture<HTMLElement>(
        html`<div style="width:320px"><siar-social show-handle name="Pemprov Contoh" instagram="humasprovcontoh" facebook="humasprovcontoh" youtube="@humasprovcontoh" x="humasprovcontoh" tiktok="@humasprovcontoh" whatsapp="0029VaContoh0000000000"></siar-social></div>`,
      );
      const el = slot.firstElementChild as SiarElement;
      expect(el.state).to.equal('ready');
      await expectAccessible(el);
    });
  }

  it('keeps landmark names unique with two widgets of each kind on one page', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <siar-releases src=${fresh(sources.releases.ready)}></siar-releases>
      <siar-releases layout="compact" src=${fresh(sources.releases.ready)}></siar-releases>
      <siar-videos thumbnails="local" src=${fresh(sources.videos.ready)}></siar-videos>
      <siar-videos thumbnails="local" src=${fresh(sources.videos.ready)}></siar-videos>
      <siar-directory limit="2" src=${fresh(sources.directory.ready)}></siar-directory>
      <siar-directory limit="2" src=${fresh(sources.directory.ready)}></siar-directory>
      <siar-social instagram="humasprovcontoh"></siar-social>
      <siar-social youtube="@humasprovcontoh"></siar-social>
    </div>`);
    const widgets = [...page.children] as SiarElement[];
    await Promise.all(widgets.map((w) => whenSettled(w)));
    expect(widgets.map((w) => w.state)).to.deep.equal(Array(8).fill('ready'));
    const names = widgets.map((w) => {
      const base = w.shadowRoot!.querySelector('[part="base"]')!;
      const by = base.getAttribute('aria-labelledby');
      return base.getAttribute('aria-label') ?? w.shadowRoot!.getElementById(by!)!.textContent!.trim();
    });
    expect(names).to.deep.equal(['Siaran Pers', 'Siaran Pers (2)', 'Video', 'Video (2)', 'Direktori Perangkat Daerah', 'Direktori Perangkat Daerah (2)', 'Media Sosial Resmi', 'Media Sosial Resmi (2)']);
    // The visible heading is unchanged.
    expect(widgets[1]!.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Siaran Pers');
    await expectAccessible(page);
  });
});
