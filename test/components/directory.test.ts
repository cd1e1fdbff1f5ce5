import { aTimeout, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/directory/directory.js';
import type { SiarDirectory } from '../../src/components/directory/directory.component.js';
import { expectAccessible, fresh, hits, perRender, resetFeeds, settled, shadowText, whenSettled } from '../helpers.js';

const DEMO = '/demo/data/directory.json';
const SMALL = '/__mock/fixture?name=directory/small.json&type=application/json';

function root(el: SiarDirectory): ShadowRoot {
  return el.shadowRoot!;
}

/** Ids of the agencies shown, in order. */
function shownIds(el: SiarDirectory): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('[part~="item"]:not([hidden])')].map((li) => li.dataset['id']!);
}

function item(el: SiarDirectory, id: string): HTMLElement {
  const li = [...root(el).querySelectorAll<HTMLElement>('[part~="item"]:not([hidden])')].find((x) => x.dataset['id'] === id);
  if (!li) throw new Error(`agency ${id} is not shown`);
  return li;
}

function summary(el: SiarDirectory, id: string): HTMLElement {
  return item(el, id).querySelector('summary')!;
}

async function openAgency(el: SiarDirectory, id: string): Promise<HTMLElement> {
  summary(el, id).click();
  await el.updateComplete;
  return item(el, id);
}

function input(el: SiarDirectory): HTMLInputElement {
  return root(el).querySelector('input[type="search"]')!;
}

/** Types into the search field the way the browser does (value, then an input event). */
async function search(el: SiarDirectory, text: string): Promise<void> {
  const field = input(el);
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

function status(el: SiarDirectory): HTMLElement {
  return root(el).querySelector('[part="count"]')!;
}

async function announced(el: SiarDirectory, text: string): Promise<void> {
  await waitUntil(() => status(el).textContent!.includes(text), `status never said "${text}" (said "${status(el).textContent}")`, {
    timeout: 3000,
  });
}

/** Accessible name of a link made of text nodes (what the widget renders): its text minus `aria-hidden` parts. */
function linkName(a: Element): string {
  const copy = a.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** What a sighted user reads on a link. */
function visibleText(a: Element): string {
  const copy = a.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function clearHash(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

describe('<siar-directory>', () => {
  beforeEach(resetFeeds);
  afterEach(clearHash);

  // Runs first (mocha runs a suite's own tests before its nested ones): the reader is not loaded yet.
  it('fetches its reader and list view (search, rows, details) while the directory downloads, not at start-up', async () => {
    const fetched = (path: string) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => new URL(e.name).pathname.endsWith(path));
    // What only a loaded directory needs: the element is defined (imported above) without any of it.
    const onDemand = [
      '/components/directory/read.ts',
      '/components/directory/view.ts',
      '/components/directory/view.styles.ts',
      '/components/directory/search.ts',
      '/components/directory/details.ts',
      '/directives/repeat.js',
      '/directives/live.js',
      '/directives/guard.js',
      '/internal/results.ts',
      '/internal/trusted.ts',
    ];
    expect(customElements.get('siar-directory'), 'the element is defined').to.exist;
    for (const path of onDemand) expect(fetched(path)?.name, `${path} is not loaded at start-up`).to.equal(undefined);
    const src = fresh(`${SMALL}&delay=1500`);
    const el = await fixture<SiarDirectory>(html`<siar-directory src=${src}></siar-directory>`);
    // The first frame is the same without them: the heading and the four-row skeleton.
    expect(el.state).to.equal('loading');
    expect(root(el).querySelectorAll('.bone').length).to.equal(4);
    await oneEvent(el, 'siar-load');
    const data = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => e.name.endsWith(src));
    expect(data, 'the directory was requested').to.exist;
    for (const path of onDemand) {
      const entry = fetched(path);
      expect(entry, `${path} was requested`).to.exist;
      // The directory is held back 1.5 s; the code arrived long before it.
      expect(entry!.responseEnd, path).to.be.below(data!.responseEnd - 500);
    }
    expect(el.state).to.equal('ready');
    expect(shownIds(el).length).to.equal(8);
    expect(root(el).querySelector('input[type="search"]'), 'the search form').to.exist;
  });

  describe('states', () => {
    it('shows a skeleton while loading, announced as a status', async () => {
      const el = await fixture<SiarDirectory>(html`<siar-directory src=${fresh(`${SMALL}&delay=1000`)}></siar-directory>`);
      expect(el.getAttribute('state')).to.equal('loading');
      const status = root(el).querySelector('[part="status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.contain('Memuat');
      expect(root(el).querySelectorAll('.bone').length).to.equal(4);
      expect(root(el).querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
      const loading = oneEvent(el, 'siar-load');
      await expectAccessible(el);
      const loaded = await loading;
      expect(loaded.detail).to.deep.equal({ count: 8, stale: false, errors: [] });
      expect(el.getAttribute('state')).to.equal('ready');
    });

    it('lists the 44 sample agencies grouped by type, axe-clean', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory src=${fresh(DEMO)}></siar-directory>`);
      expect(el.state).to.equal('ready');
      expect(shownIds(el).length).to.equal(44);
      expect(root(el).querySelector('h2')!.textContent).to.equal('Direktori Perangkat Daerah');
      const groups = [...root(el).querySelectorAll('h3[part="group-heading"]')].map((h) => h.textContent);
      expect(groups).to.deep.equal([
        'Sekretariat',
        'Inspektorat',
        'Badan',
        'Dinas',
        'Biro',
        'Rumah Sakit Umum Daerah',
        'Satuan Polisi Pamong Praja',
        'Kantor',
        'Unit Pelaksana Teknis Daerah',
      ]);
      expect(status(el).getAttribute('role')).to.equal('status');
      expect(status(el).textContent).to.equal('44 instansi ditemukan');
      const label = root(el).querySelector('label[for]')!;
      expect(label.textContent).to.equal('Cari instansi');
      expect(root(el).getElementById(label.getAttribute('for')!)).to.equal(input(el));
      expect(root(el).querySelector('[role="search"]')).to.exist;
      expect(root(el).querySelectorAll('[style]').length, 'no inline styles (strict CSP)').to.equal(0);
      await expectAccessible(el);
    });

    it('styles what only a loaded directory has (rows, badges, chevrons, contact links) once it arrives, without a second copy', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory group="none" src=${fresh(SMALL)}></siar-directory>`);
      const opened = await openAgency(el, 'diskominfo');
      // These rules come with the list's templates (view.styles.ts), after the first frame.
      const toggle = getComputedStyle(opened.querySelector('[part="toggle"]')!);
      expect(toggle.display).to.equal('flex');
      expect(toggle.minHeight, 'a 44px target').to.equal('44px');
      expect(getComputedStyle(opened.querySelector('[part="toggle"]')!, '::after').content, 'the chevron').to.equal('""');
      expect(getComputedStyle(opened.querySelector('.agency')!).borderTopStyle).to.equal('solid');
      const badge = getComputedStyle(opened.querySelector('[part="type"]')!);
      expect(badge.borderTopStyle).to.equal('solid');
      expect(badge.borderTopLeftRadius).to.equal('999px');
      expect(getComputedStyle(opened.querySelector('[part~="action-whatsapp"]')!).color).to.equal('rgb(10, 125, 59)');
      expect(getComputedStyle(opened.querySelector('[part~="action"] svg')!).width).to.equal('18px');
      expect(getComputedStyle(root(el).querySelector('[part="search"]')!).display).to.equal('flex');
      // A reload (new src) renders again but adopts the sheet once.
      const sheets = root(el).adoptedStyleSheets.length;
      el.src = fresh(SMALL);
      await whenSettled(el);
      expect(root(el).adoptedStyleSheets.length).to.equal(sheets);
    });

    it('is axe-clean with an agency open, in both layouts', async () => {
      for (const layout of ['cards', 'compact']) {
        const el = await settled<SiarDirectory>(html`<siar-directory src=${fresh(SMALL)} layout=${layout}></siar-directory>`);
        await openAgency(el, 'diskominfo');
        await openAgency(el, 'rsud');
        expect(root(el).querySelectorAll('[style]').length).to.equal(0);
        await expectAccessible(el);
      }
    });

    it('ends in a localized error state with retry and source link, showing the fallback', async () => {
      const src = fresh('/__mock/status?code=404');
      const el = await settled<SiarDirectory>(
        html`<siar-directory src=${src}><a href="https://contohprov.go.id/opd">Daftar perangkat daerah</a></siar-directory>`,
      );
      expect(el.state).to.equal('error');
      expect(shadowText(el)).to.contain('galat 404');
      const retry = root(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!;
      expect(retry.textContent).to.equal('Coba lagi');
      expect(root(el).querySelector<HTMLAnchorElement>('[part="source-link"]')!.href).to.contain('/__mock/status');
      expect(root(el).querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Daftar perangkat daerah');
      await expectAccessible(el);
      retry.click();
      await oneEvent(el, 'siar-error');
      expect(await hits(src)).to.equal(2);
    });

    it('reports broken JSON and JSON that is not a directory in plain words', async () => {
      const broken = await settled<SiarDirectory>(html`<siar-directory src=${fresh('/__mock/fixture?name=directory/truncated.json')}></siar-directory>`);
      expect(broken.state).to.equal('error');
      expect(shadowText(broken)).to.contain('rusak atau tidak lengkap');
      const other = await settled<SiarDirectory>(html`<siar-directory src=${fresh('/__mock/fixture?name=directory/not-a-directory.json')}></siar-directory>`);
      expect(shadowText(other)).to.contain('tidak berisi');
      const none = await settled<SiarDirectory>(html`<siar-directory></siar-directory>`);
      expect(none.state).to.equal('error');
      expect(shadowText(none)).to.contain('Sumber data belum diatur');
      expect(root(none).querySelector('[part="retry-button"]')).to.equal(null);
      await expectAccessible(none);
    });

    it('is empty, axe-clean, for a directory without agencies', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory src=${fresh('/__mock/fixture?name=directory/empty.json')}></siar-directory>`);
      expect(el.state).to.equal('empty');
      expect(root(el).querySelector('[part="empty"]')!.getAttribute('role')).to.equal('status');
      expect(shadowText(el)).to.contain('Belum ada informasi');
      await expectAccessible(el);
    });

    it('is empty, with one warning, when every entry is invalid', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await settled<SiarDirectory>(html`<siar-directory src=${fresh('/__mock/fixture?name=directory/all-invalid.json')}></siar-directory>`);
        expect(el.state).to.equal('empty');
      } finally {
        console.warn = original;
      }
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.contain('3 entries skipped');
    });

    it('skips invalid entries with one warning and shows the rest', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      let el: SiarDirectory;
      try {
        el = await settled<SiarDirectory>(html`<siar-directory group="none" src=${fresh('/__mock/fixture?name=directory/mixed.json')}></siar-directory>`);
      } finally {
        console.warn = original;
      }
      expect(el.state).to.equal('ready');
      expect(shownIds(el)).to.deep.equal(['dinkes', 'dishub', 'bpbd']);
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.contain('duplicate id');
      expect(warnings[0]).to.contain('no name');
    });

    it('is empty with a "nothing matches" text when the type filter leaves nothing', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory type="kecamatan" src=${fresh(SMALL)}></siar-directory>`);
      expect(el.state).to.equal('empty');
      expect(shadowText(el)).to.contain('Tidak ada informasi yang cocok');
      el.type = 'rsud';
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(shownIds(el)).to.deep.equal(['rsud']);
    });

    it('makes one request for two widgets with the same src', async () => {
      const src = fresh(`${SMALL}&delay=50`);
      const wrapper = fixtureSync<HTMLElement>(html`<div>
        <siar-directory src=${src}></siar-directory><siar-directory src=${src} layout="compact"></siar-directory>
      </div>`);
      const [a, b] = wrapper.querySelectorAll('siar-directory');
      await Promise.all([whenSettled(a!), whenSettled(b!)]);
      expect(a!.state).to.equal('ready');
      expect(b!.state).to.equal('ready');
      expect(await hits(src)).to.equal(1);
    });
  });

  describe('search', () => {
    for (const query of ['kominfo', 'Diskominfo', 'dinas komunikasi', 'KOMINFO', 'Dînas Kômunikasi', 'informatika statistik']) {
      it(`"${query}" finds Dinas Komunikasi, Informatika dan Statistik`, async () => {
        const el = await settled<SiarDirectory>(html`<siar-directory src=${fresh(DEMO)}></siar-directory>`);
        await search(el, query);
        expect(shownIds(el)).to.deep.equal(['diskominfo']);
        await announced(el, '1 instansi ditemukan');
      });
    }

    it('searches as the user types, and announces the count once typing pauses', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory src=${fresh(DEMO)}></siar-directory>`);
      input(el).focus();
      await sendKeys({ type: 'rumah sakit' });
      await el.updateComplete;
      expect(input(el).value).to.equal('rumah sakit');
      expect(el.query).to.equal('rumah sakit');
      expect(shownIds(el)).to.deep.equal(['rsud', 'rsj']);
      const event = await oneEvent(el, 'siar-search');
      expect(event.detail).to.deep.equal({ query: 'rumah sakit', type: '', count: 2 });
      expect(status(el).textContent).to.equal('2 instansi ditemukan');
      await expectAccessible(el);
    });

    it('says so when nothing matches, and is still axe-clean', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory src=${fresh(DEMO)}></siar-directory>`);
      await search(el, 'zzz tidak ada');
      expect(shownIds(el)).to.deep.equal([]);
      expect(el.state).to.equal('ready');
      await announced(el, 'Tidak ada instansi yang cocok dengan “zzz tidak ada”.');
      await expectAccessible(el);
      await search(el, '');
      expect(shownIds(el).length).to.equal(44);
    });

    it('takes an initial search from the query attribute', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory query="samsat" group="none" src=${fresh(DEMO)}></siar-directory>`);
      expect(input(el).value).to.equal('samsat');
      expect(shownIds(el).sort()).to.deep.equal(['bapenda', 'uptd-samsat-kota']);
      expect(status(el).textContent).to.equal('2 instansi ditemukan');
    });

    it('orders by relevance when not grouped', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory group="none" src=${fresh(DEMO)}></siar-directory>`);
      await search(el, 'pu');
      expect(shownIds(el)[0]).to.equal('pupr');
    });

    it('brings rows back as they were when the search widens, in the language of the moment', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory group="alpha" src=${fresh(SMALL)}></siar-directory>`);
      const all = shownIds(el);
      await openAgency(el, 'dinkes');
      await search(el, 'zzz tidak ada');
      expect(shownIds(el)).to.deep.equal([]);
      expect(root(el).querySelectorAll('[part~="item"]').length, 'rows left out are not in the DOM').to.equal(0);
      el.lang = 'en';
      await el.updateComplete;
      await search(el, '');
      expect(shownIds(el)).to.deep.equal(all);
      const li = item(el, 'dinkes');
      expect(li.querySelector('details')!.open).to.equal(true);
      expect(li.querySelector('[part="type"]')!.textContent).to.equal('Department (dinas)');
      expect(li.textContent).to.contain('Office hours');
      await expectAccessible(el);
    });

    it('shows fresh data in the rows it keeps', async () => {
      const directory = (name: string) =>
        JSON.stringify({ agencies: [{ id: 'dinkes', name, type: 'dinas' }, { id: 'bpbd', name: 'Badan Penanggulangan Bencana Daerah', type: 'badan' }] });
      const realFetch = window.fetch;
      window.fetch = async (input: RequestInfo | URL) =>
        new Response(directory(String(input).includes('/v2') ? 'Dinas Kesehatan Daerah' : 'Dinas Kesehatan'), { headers: { 'content-type': 'application/json' } });
      try {
        const el = await settled<SiarDirectory>(html`<siar-directory src="https://fresh.example/v1/directory.json"></siar-directory>`);
        await search(el, 'kesehatan');
        expect(shownIds(el)).to.deep.equal(['dinkes']);
        const loaded = oneEvent(el, 'siar-load');
        el.src = 'https://fresh.example/v2/directory.json';
        await loaded;
        await el.updateComplete;
        expect(item(el, 'dinkes').querySelector('[part="name"]')!.textContent).to.equal('Dinas Kesehatan Daerah');
        await search(el, '');
        expect(shownIds(el)).to.deep.equal(['bpbd', 'dinkes']);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('keeps each keystroke within a frame for 500 agencies', async function () {
      this.timeout(30_000);
      const demo = (await (await fetch(DEMO)).json()) as { agencies: Record<string, unknown>[] };
      const agencies = Array.from({ length: 500 }, (_, i) => {
        const a = demo.agencies[i % demo.agencies.length]!;
        return { ...a, id: `${a['id']}-${i}`, name: `${a['name']} ${i}` };
      });
      const body = JSON.stringify({ version: 1, agencies });
      const realFetch = window.fetch;
      window.fetch = async () => new Response(body, { headers: { 'content-type': 'application/json' } });
      let el: SiarDirectory;
      try {
        el = await settled<SiarDirectory>(html`<siar-directory src="https://big.example/directory.json"></siar-directory>`);
      } finally {
        window.fetch = realFetch;
      }
      expect(shownIds(el).length).to.equal(500);
      const groups = root(el).querySelector('.groups')!;
      const typed = 'dinas kesehatan';
      const times: number[] = [];
      for (let round = 0; round < 3; round++) {
        // type it, then delete it again: narrowing and widening both count
        const steps = [...typed].map((_, i) => typed.slice(0, i + 1));
        for (const text of [...steps, ...steps.reverse().slice(1), '']) {
          const t0 = performance.now();
          await search(el, text);
          groups.getBoundingClientRect(); // style and layout included
          if (round) times.push(performance.now() - t0);
        }
      }
      times.sort((a, b) => a - b);
      const median = times[times.length >> 1]!;
      const p90 = times[Math.floor(times.length * 0.9)]!;
      console.log(`[bench] <siar-directory> 500 agencies, keystroke to layout: median ${median.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms, worst ${times[times.length - 1]!.toFixed(1)} ms`);
      expect(median).to.be.below(16);
    });
  });

  describe('grouping, filters and limit', () => {
    it('groups A–Z and not at all', async () => {
      const alpha = await settled<SiarDirectory>(html`<siar-directory group="alpha" src=${fresh(SMALL)}></siar-directory>`);
      expect([...root(alpha).querySelectorAll('[part="group-heading"]')].map((h) => h.textContent)).to.deep.equal(['B', 'D', 'R', 'S', 'U']);
      expect(shownIds(alpha)).to.deep.equal(['bpbd', 'dinkes', 'diskominfo', 'dpmptsp', 'rsud', 'satpol-pp', 'setda', 'labkes']);
      expect(root(alpha).querySelector('[part="type"]')!.textContent).to.equal('Badan');
      const none = await settled<SiarDirectory>(html`<siar-directory group="none" src=${fresh(SMALL)}></siar-directory>`);
      expect(root(none).querySelectorAll('[part="group-heading"]').length).to.equal(0);
      expect(shownIds(none)).to.deep.equal(['setda', 'diskominfo', 'dinkes', 'rsud', 'bpbd', 'dpmptsp', 'satpol-pp', 'labkes']);
      await expectAccessible(none);
    });

    it('puts group headings one level below the widget heading', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory heading="OPD Provinsi Uji" heading-level="3" src=${fresh(SMALL)}></siar-directory>`);
      expect(root(el).querySelector('h3[part="heading"]')!.textContent).to.equal('OPD Provinsi Uji');
      expect(root(el).querySelectorAll('h4[part="group-heading"]').length).to.equal(6);
    });

    it('shows only the types of the type attribute, and offers a type choice', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory type="dinas, badan" src=${fresh(SMALL)}></siar-directory>`);
      expect(shownIds(el)).to.deep.equal(['bpbd', 'diskominfo', 'dinkes', 'dpmptsp']);
      const select = root(el).querySelector<HTMLSelectElement>('[part="type-select"]')!;
      expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Semua jenis', 'Badan (1)', 'Dinas (3)']);
      expect(root(el).querySelector(`label[for="${select.id}"]`)!.textContent).to.equal('Jenis instansi');
      select.value = 'badan';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['bpbd']);
      await announced(el, '1 instansi ditemukan');
      const single = await settled<SiarDirectory>(html`<siar-directory type="rsud" src=${fresh(SMALL)}></siar-directory>`);
      expect(root(single).querySelector('[part="type-select"]')).to.equal(null);
    });

    it('limits the list, then shows all and moves focus to the first new agency', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory limit="5" src=${fresh(DEMO)}></siar-directory>`);
      expect(shownIds(el)).to.deep.equal(['setda', 'setwan', 'inspektorat', 'bappeda', 'bpkad']);
      const button = root(el).querySelector<HTMLButtonElement>('[part="show-all-button"]')!;
      expect(button.textContent!.trim()).to.equal('Tampilkan semua (44)');
      await expectAccessible(el);
      button.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(shownIds(el).length).to.equal(44);
      expect(root(el).querySelector('[part="show-all-button"]')).to.equal(null);
      expect(root(el).activeElement).to.equal(summary(el, 'bapenda'));
    });

    it('counts search results past the limit in the button', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory limit="3" src=${fresh(DEMO)}></siar-directory>`);
      await search(el, 'biro');
      expect(shownIds(el).length).to.equal(3);
      expect(root(el).querySelector('[part="show-all-button"]')!.textContent!.trim()).to.equal('Tampilkan semua (7)');
      await search(el, 'biro hukum');
      expect(root(el).querySelector('[part="show-all-button"]')).to.equal(null);
    });
  });

  describe('an agency', () => {
    it('opens from its summary and offers every contact as a real link naming the agency', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory src=${fresh(SMALL)}></siar-directory>`);
      const closed = item(el, 'diskominfo');
      expect(closed.querySelector('[part="details"]')).to.equal(null);
      setTimeout(() => summary(el, 'diskominfo').click());
      const selected = await oneEvent(el, 'siar-select');
      expect(selected.detail.item.id).to.equal('diskominfo');
      await el.updateComplete;
      const li = item(el, 'diskominfo');
      expect(li.querySelector('details')!.open).to.equal(true);
      const name = 'Dinas Komunikasi, Informatika dan Statistik';
      const text = li.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Rina Kartikasari, S.Kom., M.T.');
      expect(text).to.contain('Jl. Kapten Pierre Tendean No. 78');
      expect(text).to.contain('Senin–Kamis 07.30–16.00 WITA');
      expect(text).to.contain('PPID Utama Provinsi Uji');

      const links = [...li.querySelectorAll<HTMLAnchorElement>('a')];
      const byHref = (start: string) => links.filter((a) => a.getAttribute('href')!.startsWith(start));
      expect(byHref('tel:').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+62401312345', 'tel:+62401312347']);
      expect(byHref('https://wa.me/').map((a) => a.getAttribute('href'))).to.deep.equal(['https://wa.me/6281234567890']);
      expect(byHref('mailto:').map((a) => a.getAttribute('href'))).to.deep.equal(['mailto:diskominfo@ujiprov.go.id', 'mailto:ppid@ujiprov.go.id']);
      expect(byHref('https://www.openstreetmap.org/')[0]!.getAttribute('href')).to.equal(
        'https://www.openstreetmap.org/?mlat=-3.99576&mlon=122.49788#map=17/-3.99576/122.49788',
      );
      const website = links.find((a) => a.getAttribute('href') === 'https://diskominfo.ujiprov.go.id/')!;
      expect(linkName(website)).to.equal(`Situs web ${name}: diskominfo.ujiprov.go.id (membuka tab baru)`);
      expect(linkName(byHref('tel:')[0]!)).to.equal(`Telepon ${name}: (0401) 312345`);
      expect(linkName(byHref('tel:')[1]!)).to.equal(`Telepon PPID Utama Provinsi Uji (${name}): +62 401 312347`);
      expect(linkName(byHref('https://wa.me/')[0]!)).to.contain(`WhatsApp ${name}: +62 812-3456-7890`);
      expect(linkName(byHref('https://www.openstreetmap.org/')[0]!)).to.contain(`Lihat peta lokasi ${name}`);
      // The social accounts: own-host URLs and handles only (the Facebook URL on another host is dropped).
      expect([...li.querySelectorAll('[part="social-link"]')].map((a) => [a.getAttribute('href'), linkName(a), visibleText(a)])).to.deep.equal([
        ['https://www.instagram.com/diskominfouji/', `Instagram resmi ${name} (membuka tab baru)`, 'Instagram'],
        ['https://www.youtube.com/@diskominfouji', `YouTube resmi ${name} (membuka tab baru)`, 'YouTube'],
        ['https://twitter.com/kominfouji', `X (Twitter) resmi ${name} (membuka tab baru)`, 'X (Twitter)'],
        ['https://www.tiktok.com/@diskominfouji', `TikTok resmi ${name} (membuka tab baru)`, 'TikTok'],
      ]);
      for (const a of links) {
        // Every action names its agency, and contains the words a sighted (voice-control) user sees.
        expect(linkName(a), a.href).to.contain(name);
        expect(linkName(a), a.href).to.contain(visibleText(a));
        if (/^https?:/.test(a.getAttribute('href')!)) {
          expect(a.getAttribute('target')).to.equal('_blank');
          expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
        } else {
          expect(a.hasAttribute('target')).to.equal(false);
        }
      }
      // Closing again.
      summary(el, 'diskominfo').click();
      await el.updateComplete;
      expect(item(el, 'diskominfo').querySelector('details')!.open).to.equal(false);
    });

    it('shows the logo, resolved against the directory URL, or a monogram', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory src=${fresh(SMALL)}></siar-directory>`);
      const logo = item(el, 'diskominfo').querySelector<HTMLImageElement>('img[part="logo"]')!;
      expect(logo.src).to.equal(new URL('/__mock/fixture?name=directory/logo.svg&type=image/svg%2Bxml', location.href).href);
      expect(logo.alt).to.equal('');
      expect(item(el, 'dinkes').querySelector('[part="logo"]')!.textContent).to.equal('DI');
      expect(item(el, 'bpbd').querySelector('[part="logo"]')!.textContent).to.equal('BP');
      const compact = await settled<SiarDirectory>(html`<siar-directory layout="compact" src=${fresh(SMALL)}></siar-directory>`);
      expect(root(compact).querySelector('[part="logo"]')).to.equal(null);
    });

    it('links phone numbers in every Indonesian form, and keeps short numbers local', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory src=${fresh(SMALL)}></siar-directory>`);
      const tel = async (id: string) => {
        const li = await openAgency(el, id);
        return [...li.querySelectorAll('a[part~="action-phone"], a[part~="action-whatsapp"]')].map((a) => a.getAttribute('href'));
      };
      expect(await tel('setda')).to.deep.equal(['tel:+62401312345']);
      expect(await tel('dinkes')).to.deep.equal(['tel:+62401312388', 'https://wa.me/6281234567891']);
      expect(await tel('rsud')).to.deep.equal(['tel:119', 'https://wa.me/6281234567816']);
      expect(await tel('bpbd')).to.deep.equal(['tel:+62401312367']);
      expect(await tel('dpmptsp')).to.deep.equal(['tel:+62401312444']);
      expect(await tel('labkes')).to.deep.equal(['tel:+62213900123']);
      // No geo: the map link searches for the address.
      expect(item(el, 'labkes').querySelector('a[part~="map-link"]')!.getAttribute('href')).to.equal(
        'https://www.openstreetmap.org/search?query=Jl.%20Kesehatan%20No.%202%2C%20Kota%20Uji',
      );
    });

    it('renders hostile data as harmless text', async () => {
      (window as { __pwned?: unknown }).__pwned = undefined;
      const el = await settled<SiarDirectory>(html`<siar-directory group="none" src=${fresh('/__mock/fixture?name=directory/hostile.json')}></siar-directory>`);
      await openAgency(el, 'evil');
      await openAgency(el, 'vb');
      await aTimeout(50);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
      const shadow = root(el);
      expect(shadow.querySelectorAll('script, iframe, svg[onload], [onerror], [onload], b').length).to.equal(0);
      expect([...shadow.querySelectorAll('img')].length).to.equal(0);
      expect(shadowText(el)).to.contain('<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script>');
      expect(shadowText(el)).to.contain('<svg onload=window.__pwned=3>');
      for (const a of shadow.querySelectorAll('a')) {
        expect(a.getAttribute('href')).to.match(/^(https:\/\/|tel:|mailto:)/);
      }
      expect(shadow.querySelectorAll('a[part~="action"], [part="social-link"]').length, 'only the map links').to.equal(
        shadow.querySelectorAll('a[part~="map-link"]').length,
      );
      // A number with markup after it is shown as text, not linked.
      expect(shadowText(el)).to.contain('+62 812-3456-7890"><script>');
      await expectAccessible(el);
    });
  });

  describe('keyboard', () => {
    it('reaches search, type choice, agencies and their actions with Tab; Enter opens an agency', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory type="dinas,badan" src=${fresh(SMALL)}></siar-directory>`);
      input(el).focus();
      await sendKeys({ type: 'dinas' });
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['diskominfo', 'dinkes', 'dpmptsp']);
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(root(el).querySelector('[part="type-select"]'));
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(summary(el, 'diskominfo'));
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(summary(el, 'dinkes'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(item(el, 'dinkes').querySelector('details')!.open).to.equal(true);
      // Contacts first, then the map link under the address.
      await sendKeys({ press: 'Tab' });
      expect((root(el).activeElement as HTMLAnchorElement).getAttribute('href')).to.equal('tel:+62401312388');
      await sendKeys({ press: 'Tab' });
      expect((root(el).activeElement as HTMLAnchorElement).getAttribute('href')).to.equal('https://wa.me/6281234567891');
      await sendKeys({ press: 'Tab' });
      expect((root(el).activeElement as HTMLAnchorElement).getAttribute('href')).to.equal('mailto:dinkes@ujiprov.go.id');
      await sendKeys({ press: 'Tab' });
      expect((root(el).activeElement as HTMLAnchorElement).getAttribute('part')).to.contain('map-link');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(summary(el, 'dpmptsp'));
      // Space toggles too; Shift+Tab back and Enter closes.
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(item(el, 'dpmptsp').querySelector('details')!.open).to.equal(true);
    });
  });

  describe('a long directory', () => {
    it('draws eight rows per task; siar-load and updateComplete wait for the last one', async () => {
      const el = await fixture<SiarDirectory>(html`<siar-directory src=${fresh(DEMO)}></siar-directory>`);
      // One render per task: 8, 16, … then all 44 — never the 44 rows in one go.
      const counts = await perRender(el, () => shownIds(el).length);
      expect(counts.filter((n, i) => n !== counts[i - 1])).to.deep.equal([8, 16, 24, 32, 40, 44]);
      expect(shownIds(el)).to.have.length(44);
      expect(el.state).to.equal('ready');
    });

    it('is whole when updateComplete resolves after the first rows', async () => {
      const el = await fixture<SiarDirectory>(html`<siar-directory src=${fresh(DEMO)}></siar-directory>`);
      // Read at the render that turned the widget ready (a MutationObserver runs before the next
      // task), so the first rows are all there is when updateComplete is asked for.
      const rows = await new Promise<[number, number]>((resolve) => {
        const observer = new MutationObserver(async () => {
          if (el.state !== 'ready') return;
          observer.disconnect();
          const first = shownIds(el).length;
          await el.updateComplete;
          resolve([first, shownIds(el).length]);
        });
        observer.observe(el, { attributes: true, attributeFilter: ['state'] });
      });
      expect(rows).to.deep.equal([8, 44]);
    });

    it('once drawn, draws a wider list at once (a search cleared, "show all")', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory limit="5" src=${fresh(DEMO)}></siar-directory>`);
      expect(shownIds(el)).to.have.length(5);
      root(el).querySelector<HTMLButtonElement>('[part="show-all-button"]')!.click();
      await el.updateComplete;
      expect(shownIds(el)).to.have.length(44);
      await search(el, 'dinas');
      const some = shownIds(el).length;
      await search(el, '');
      expect([some < 44, shownIds(el).length]).to.deep.equal([true, 44]);
    });

    it('opens a deep link past the first rows on load', async () => {
      history.replaceState(null, '', '#uptd-labkes');
      const el = await settled<SiarDirectory>(html`<siar-directory src=${fresh(DEMO)}></siar-directory>`);
      await waitUntil(() => root(el).activeElement === summary(el, 'uptd-labkes'), 'uptd-labkes was not focused');
      expect(item(el, 'uptd-labkes').querySelector('details')!.open).to.equal(true);
    });
  });

  describe('deep links', () => {
    it('opens, focuses and scrolls to #agency-id on load', async () => {
      history.replaceState(null, '', '#dinkes');
      const el = await settled<SiarDirectory>(html`<siar-directory src=${fresh(SMALL)}></siar-directory>`);
      await waitUntil(() => root(el).activeElement === summary(el, 'dinkes'), 'dinkes was not focused');
      expect(item(el, 'dinkes').querySelector('details')!.open).to.equal(true);
      expect(document.activeElement).to.equal(el);
    });

    it('follows hashchange, clearing a search and lifting the limit that hide the agency', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory limit="2" src=${fresh(DEMO)}></siar-directory>`);
      await search(el, 'kominfo');
      expect(shownIds(el)).to.deep.equal(['diskominfo']);
      setTimeout(() => {
        location.hash = '#uptd-labkes';
      });
      const selected = await oneEvent(el, 'siar-select');
      expect(selected.detail.item.id).to.equal('uptd-labkes');
      await el.updateComplete;
      expect(el.query).to.equal('');
      expect(input(el).value).to.equal('');
      expect(shownIds(el).length).to.equal(44);
      expect(item(el, 'uptd-labkes').querySelector('details')!.open).to.equal(true);
      expect(root(el).activeElement).to.equal(summary(el, 'uptd-labkes'));
    });

    it('lifts the limit for an agency past it in display order', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory limit="2" src=${fresh(SMALL)}></siar-directory>`);
      // Grouped by type, the first two shown are setda and bpbd; diskominfo is second in the data.
      expect(shownIds(el)).to.deep.equal(['setda', 'bpbd']);
      expect(await el.reveal('diskominfo')).to.equal(true);
      expect(shownIds(el).length).to.equal(8);
      expect(root(el).activeElement).to.equal(summary(el, 'diskominfo'));
    });

    it('ignores fragments that name no agency it lists', async () => {
      history.replaceState(null, '', '#dinkes');
      const el = await settled<SiarDirectory>(html`<siar-directory type="rsud" src=${fresh(SMALL)}></siar-directory>`);
      await aTimeout(20);
      expect(await el.reveal('dinkes')).to.equal(false);
      expect(await el.reveal('nope')).to.equal(false);
      expect(root(el).querySelector('details[open]')).to.equal(null);
    });
  });

  describe('JSON-LD', () => {
    it('exposes schema.org GovernmentOrganization items', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory type="rsud" src=${fresh(SMALL)}></siar-directory>`);
      const ld = el.jsonLd() as { '@graph': Record<string, unknown>[] };
      expect(ld['@graph'].map((g) => g['name'])).to.deep.equal(['Rumah Sakit Umum Daerah Provinsi Uji']);
      expect(ld['@graph'][0]!['@type']).to.equal('GovernmentOrganization');
      expect(el.querySelector('script')).to.equal(null);
    });

    it('adds a script in the light DOM with seo, kept in step and removed without it', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory seo src=${fresh(SMALL)}></siar-directory>`);
      const scripts = el.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts.length).to.equal(1);
      const data = JSON.parse(scripts[0]!.textContent!) as { '@graph': { name: string; telephone?: string }[] };
      expect(data).to.deep.equal(el.jsonLd());
      expect(data['@graph'].length).to.equal(8);
      expect(data['@graph'][1]!.telephone).to.equal('+62401312345');
      el.type = 'badan';
      await el.updateComplete;
      expect(el.querySelectorAll('script').length).to.equal(1);
      expect((JSON.parse(el.querySelector('script')!.textContent!) as { '@graph': unknown[] })['@graph'].length).to.equal(1);
      el.seo = false;
      await el.updateComplete;
      expect(el.querySelector('script')).to.equal(null);
    });

    it('cannot be broken out of by hostile names', async () => {
      (window as { __pwned?: unknown }).__pwned = undefined;
      const el = await settled<SiarDirectory>(html`<siar-directory seo src=${fresh('/__mock/fixture?name=directory/hostile.json')}></siar-directory>`);
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(script.textContent).not.to.contain('<');
      expect(script.textContent).not.to.contain('\u2028');
      expect(el.children.length).to.equal(1);
      expect(el.querySelectorAll('img, iframe, svg').length).to.equal(0);
      const data = JSON.parse(script.textContent!) as { '@graph': { name: string; url?: string }[] };
      expect(data['@graph'][0]!.name).to.equal('<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script>');
      expect(data['@graph'].some((g) => g.url)).to.equal(false);
      // Re-parsing the host's markup as HTML would keep the script whole.
      const copy = new DOMParser().parseFromString(`<body>${el.outerHTML}</body>`, 'text/html');
      expect(copy.querySelectorAll('script').length).to.equal(1);
      expect(copy.querySelectorAll('img').length).to.equal(0);
      await aTimeout(50);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });

    it('works on a page that enforces Trusted Types', async function () {
      this.timeout(20_000);
      const frame = document.createElement('iframe');
      // Absolute: an about:srcdoc page cannot resolve a relative src (see the report on pageUrl()).
      const src = new URL(fresh(SMALL), location.href).href;
      frame.srcdoc = `<!doctype html>
        <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'">
        <body><script>
          addEventListener('error', (e) => parent.postMessage({ error: String(e.message) }, '*'));
          addEventListener('unhandledrejection', (e) => parent.postMessage({ error: String(e.reason) }, '*'));
        </script><script type="module">
          import '/src/components/directory/directory.ts';
          const el = document.createElement('siar-directory');
          el.setAttribute('seo', '');
          el.setAttribute('src', ${JSON.stringify(src)});
          const violations = [];
          document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
          el.addEventListener('siar-load', async () => {
            await el.updateComplete;
            const script = el.querySelector('script[type="application/ld+json"]');
            parent.postMessage({ state: el.state, graph: script ? JSON.parse(script.textContent)['@graph'].length : -1, violations }, '*');
          });
          document.body.append(el);
        </script>`;
      const message = new Promise<{ state: string; graph: number; violations: string[] }>((resolve) =>
        addEventListener('message', (e) => resolve(e.data as { state: string; graph: number; violations: string[] }), { once: true }),
      );
      document.body.append(frame);
      try {
        expect(await message).to.deep.equal({ state: 'ready', graph: 8, violations: [] });
      } finally {
        frame.remove();
      }
    });
  });

  describe('language', () => {
    it('speaks English with lang="en"', async () => {
      const el = await settled<SiarDirectory>(html`<siar-directory lang="en" src=${fresh(SMALL)}></siar-directory>`);
      expect(root(el).querySelector('h2')!.textContent).to.equal('Agency directory');
      expect(root(el).querySelector('label')!.textContent).to.equal('Search agencies');
      expect(status(el).textContent).to.equal('8 agencies found');
      expect([...root(el).querySelectorAll('[part="group-heading"]')].map((h) => h.textContent)).to.include('Regional public hospital');
      const li = await openAgency(el, 'dinkes');
      expect(li.textContent).to.contain('Head');
      expect(li.textContent).to.contain('Office hours');
      expect(linkName(li.querySelector('a[part~="action-phone"]')!)).to.equal('Call Dinas Kesehatan: 0401 312 388');
      await search(el, 'nothing here');
      await announced(el, 'No agency matches “nothing here”.');
      await expectAccessible(el);
    });

    it('takes the language of the nearest [lang] ancestor, and string overrides', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB">
        <siar-directory strings='{"directoryHeading":"Who to contact"}' src=${fresh(SMALL)}></siar-directory>
      </div>`);
      const el = wrapper.querySelector('siar-directory')!;
      await whenSettled(el);
      expect(root(el).querySelector('h2')!.textContent).to.equal('Who to contact');
      expect(status(el).textContent).to.equal('8 agencies found');
    });
  });

  it('falls back to the cards layout and type grouping for unknown values', async () => {
    const el = await settled<SiarDirectory>(html`<siar-directory layout="grid" group="size" src=${fresh(SMALL)}></siar-directory>`);
    expect(el.getAttribute('layout')).to.equal('cards');
    expect(root(el).querySelectorAll('[part="group-heading"]').length).to.equal(6);
  });
});
