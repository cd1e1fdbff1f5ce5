import { emulateMedia, expect, fixture, fixtureSync, html, oneEvent, sendKeys } from '../keys.js';
import '../../src/components/releases/releases.js';
import type { SiarReleases } from '../../src/components/releases/releases.component.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { expectAccessible, fresh, hits, resetFeeds, settled, shadowText, whenSettled } from '../helpers.js';

const A = '/__mock/fixture?name=releases/a.json';
const B = '/__mock/fixture?name=releases/b.xml';

function titles(el: SiarReleases): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((t) => {
    const copy = t.cloneNode(true) as Element;
    copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
    return copy.textContent!.trim();
  });
}
function q<T extends Element = HTMLElement>(el: SiarReleases, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}
function qa<T extends Element = HTMLElement>(el: SiarReleases, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

describe('<siar-releases>', () => {
  beforeEach(resetFeeds);

  describe('content', () => {
    it('puts urgent, then pinned, then newest first; drops retracted items and repeated links', async () => {
      const el = await settled<SiarReleases>(html`<siar-releases limit="10" src=${fresh(A)}></siar-releases>`);
      expect(el.state).to.equal('ready');
      expect(titles(el)).to.deep.equal([
        'Peringatan Cuaca Ekstrem',
        'Jadwal Layanan Libur',
        'Rapat Koordinasi Bupati',
        'Klarifikasi Kabar Bantuan Palsu',
        'Gambar Rusak',
        'Tanpa Tanggal',
      ]);
      await expectAccessible(el);
    });

    it('shows 5 items by default and honours limit', async () => {
      const src = fresh(A);
      const el = await settled<SiarReleases>(html`<siar-releases src=${src}></siar-releases>`);
      expect(qa(el, '[part~="item"]')).to.have.length(5);
      el.limit = 2;
      await el.updateComplete;
      expect(qa(el, '[part~="item"]')).to.have.length(2);
    });

    it('merges several feeds, keeps the same guid from two feeds, and labels each item with its source', async () => {
      const el = await settled<SiarReleases>(html`<siar-releases limit="20" src="${fresh(A)} ${fresh(B)}"></siar-releases>`);
      expect(titles(el)).to.deep.equal([
        'Peringatan Cuaca Ekstrem',
        'Jadwal Layanan Libur',
        'Posyandu Serentak',
        'Rapat Koordinasi Bupati',
        'Vaksin Hoaks Dibantah',
        'Klarifikasi Kabar Bantuan Palsu',
        'Gambar Rusak',
        'Tanpa Tanggal',
      ]);
      const sources = qa(el, '[part~="source"]').map((s) => s.textContent);
      expect(sources[2]).to.equal('Sumber: Dinas Kesehatan');
      expect(sources[3]).to.equal('Sumber: Biro Adpim');
    });

    it('still shows the feeds that loaded when one of several fails', async () => {
      const el = await settled<SiarReleases>(html`<siar-releases src="${fresh(A)} ${fresh('/__mock/status?code=500')}"></siar-releases>`);
      expect(el.state).to.equal('ready');
      expect(titles(el)[0]).to.equal('Peringatan Cuaca Ekstrem');
    });

    it('badges urgent, pinned, hoax clarifications and announcements, and announces urgent items politely', async () => {
      const el = await settled<SiarReleases>(html`<siar-releases limit="10" src="${fresh(A)} ${fresh(B)}"></siar-releases>`);
      const badges = qa(el, '[part~="item"]').map((item) => [...item.querySelectorAll('[part="badge"]')].map((b) => b.textContent));
      expect(badges[0]).to.deep.equal(['Penting']);
      expect(badges[1]).to.deep.equal(['Disematkan', 'Pengumuman']);
      expect(badges[4]).to.deep.equal(['Klarifikasi Hoaks']);
      expect(badges[5]).to.deep.equal(['Klarifikasi Hoaks']);
      const live = q(el, '.visually-hidden[role="status"]')!;
      expect(live.textContent).to.contain('Informasi penting: Peringatan Cuaca Ekstrem');
      expect(q(el, '[part~="item"]')!.classList.contains('urgent')).to.equal(true);
    });

    it('prepares its row templates off the page: no request, no event, nothing added outside the widget', async () => {
      const selects: Event[] = [];
      document.addEventListener('siar-select', (e) => selects.push(e));
      const el = await settled<SiarReleases>(html`<siar-releases src=${fresh(A)}></siar-releases>`);
      expect(el.state).to.equal('ready');
      // The warm-up's sample row (see view.ts) must not show anywhere or be fetched.
      expect(performance.getEntriesByType('resource').some((r) => r.name.includes('example.invalid'))).to.equal(false);
      expect(titles(el)).to.not.include('Siaran pers');
      expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(5);
      expect(el.shadowRoot!.querySelector('a[href="https://example.invalid/"]')).to.equal(null);
      expect(document.querySelector('a[href="https://example.invalid/"]')).to.equal(null);
      expect(selects).to.have.length(0);
    });

    it('styles what only items have (badges, urgent marker, titles) once they arrive, without a second copy', async () => {
      const el = await settled<SiarReleases>(html`<siar-releases limit="10" src="${fresh(A)} ${fresh(B)}"></siar-releases>`);
      // These rules come with the item templates (view.styles.ts), after the first frame.
      const badge = getComputedStyle(q(el, '[part="badge"]')!);
      expect(badge.borderTopStyle).to.equal('solid');
      expect(badge.borderTopLeftRadius).to.equal('999px');
      expect(getComputedStyle(q(el, '[part~="item"].urgent')!).borderLeftWidth).to.equal('4px');
      expect(getComputedStyle(q(el, '[part="title"]')!).display).to.equal('inline');
      // A reload (new src) renders again but adopts the sheet once.
      const sheets = el.shadowRoot!.adoptedStyleSheets.length;
      el.src = fresh(A);
      await whenSettled(el);
      expect(el.shadowRoot!.adoptedStyleSheets.length).to.equal(sheets);
    });

    it('writes dates in <time datetime> in the province time zone with its label', async () => {
      const el = await settled<SiarReleases>(html`<siar-releases time-zone="Asia/Makassar" limit="10" src=${fresh(A)}></siar-releases>`);
      const time = qa<HTMLTimeElement>(el, 'time[part="date"]')[2]!;
      expect(time.dateTime).to.equal('2026-11-20T00:00:00.000Z');
      expect(time.textContent).to.contain('20 Nov 2026, 08.00 WITA');
      const jakarta = await settled<SiarReleases>(html`<siar-releases limit="10" src=${fresh(A)}></siar-releases>`);
      expect(qa(jakarta, 'time[part="date"]')[2]!.textContent).to.contain('20 Nov 2026, 07.00 WIB');
    });

    it('shows a recent item relatively as well', async () => {
      const now = new Date(Date.now() - 2 * 3600_000).toISOString();
      const body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [{ id: '1', url: 'https://contohprov.go.id/1', title: 'Baru', date_published: now }] });
      const el = await settled<SiarReleases>(html`<siar-releases src=${fresh(`/__mock/text?type=application/json&body=${encodeURIComponent(body)}`)}></siar-releases>`);
      expect(q(el, 'time')!.textContent).to.match(/^2 jam yang lalu · /);
    });
  });

  describe('attributes', () => {
    for (const layout of ['list', 'cards', 'compact', 'ticker'] as const) {
      it(`renders the ${layout} layout accessibly`, async () => {
        const el = await settled<SiarReleases>(html`<siar-releases layout=${layout} src=${fresh(A)}></siar-releases>`);
        expect(q(el, '[part="base"]')!.classList.contains(`layout-${layout}`)).to.equal(true);
        const compact = layout === 'compact' || layout === 'ticker';
        expect(qa(el, '[part~="image"]').length > 0).to.equal(!compact);
        expect(qa(el, '[part="summary"]').length > 0).to.equal(!compact);
        expect(titles(el)).to.have.length(5);
        await expectAccessible(el);
      });
    }

    it('falls back to the list layout for an unknown value', async () => {
      const el = await settled<SiarReleases>(html`<siar-releases layout="carousel" src=${fresh(A)}></siar-releases>`);
      expect(el.layout).to.equal('list');
    });

    it('filters by category or kind and by query, updating the state', async () => {
      const el = await settled<SiarReleases>(html`<siar-releases category="hoax-clarification" src="${fresh(A)} ${fresh(B)}"></siar-releases>`);
      expect(titles(el)).to.deep.equal(['Vaksin Hoaks Dibantah', 'Klarifikasi Kabar Bantuan Palsu']);
      el.category = 'kesehatan, pemerintahan';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Posyandu Serentak', 'Rapat Koordinasi Bupati']);
      el.category = '';
      el.query = 'HOAKS';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Vaksin Hoaks Dibantah', 'Klarifikasi Kabar Bantuan Palsu']);
      el.query = 'tidak ada kata ini';
      await el.updateComplete;
      await el.updateComplete;
      expect(el.state).to.equal('empty');
      expect(shadowText(el)).to.contain('Tidak ada informasi yang cocok');
      await expectAccessible(el);
    });

    it('sets heading text and level; item titles sit one level below', async () => {
      const el = await settled<SiarReleases>(html`<siar-releases heading="Berita Pemprov" heading-level="3" src=${fresh(A)}></siar-releases>`);
      const h = q(el, 'h3[part="heading"]')!;
      expect(h.textContent).to.equal('Berita Pemprov');
      expect(q(el, '[part="base"]')!.getAttribute('aria-labelledby')).to.equal(h.id);
      expect(qa(el, 'h4[part="title"]')).to.have.length(5);
    });

    it('shows only the parts named in show', async () => {
      const el = await settled<SiarReleases>(html`<siar-releases show="date" src=${fresh(A)}></siar-releases>`);
      expect(q(el, '[part="heading"]')).to.equal(null);
      expect(q(el, '[part="base"]')!.getAttribute('aria-label')).to.equal('Siaran Pers');
      expect(qa(el, '[part~="image"], [part="summary"], [part="source"]')).to.have.length(0);
      expect(qa(el, 'time')).to.have.length(5);
      expect(qa(el, 'h2[part="title"]')).to.have.length(5);
    });

    it('links to all releases with more-href, safely', async () => {
      const el = await settled<SiarReleases>(html`<siar-releases more-href="https://contohprov.go.id/berita" src=${fresh(A)}></siar-releases>`);
      const more = q<HTMLAnchorElement>(el, '[part="more-link"]')!;
      expect(more.href).to.equal('https://contohprov.go.id/berita');
      expect(more.rel).to.equal('noopener noreferrer');
      const bad = await settled<SiarReleases>(html`<siar-releases more-href="javascript:alert(1)" src=${fresh(A)}></siar-releases>`);
      expect(q(bad, '[part="more-link"]')).to.equal(null);
    });

    it('speaks English with lang="en" and takes string overrides', async () => {
      const el = await settled<SiarReleases>(
        html`<siar-releases lang="en" strings='{"badgeUrgent":"Breaking"}' limit="10" src=${fresh(A)}></siar-releases>`,
      );
      expect(q(el, 'h2')!.textContent).to.equal('Press releases');
      expect(shadowText(el)).to.contain('Breaking');
      expect(shadowText(el)).to.contain('Hoax clarification');
      expect(shadowText(el)).to.contain('(opens in a new tab)');
    });
  });

  describe('motion and colour schemes', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

    it('moves the ticker, pauses it with a button, and keeps a single focusable copy', async () => {
      const el = await settled<SiarReleases>(html`<siar-releases layout="ticker" src=${fresh(A)}></siar-releases>`);
      const track = q(el, '.track')!;
      expect(getComputedStyle(track).animationName).to.equal('ticker');
      const pause = q<HTMLButtonElement>(el, '[part="pause-button"]')!;
      expect(pause.textContent!.trim()).to.equal('Jeda');
      pause.click();
      await el.updateComplete;
      expect(pause.getAttribute('aria-pressed')).to.equal('true');
      expect(getComputedStyle(track).animationPlayState).to.equal('paused');
      const clone = q(el, '.clone')!;
      expect(clone.getAttribute('aria-hidden')).to.equal('true');
      expect(clone.querySelector('a, button, [tabindex]')).to.equal(null);
      await expectAccessible(el);
    });

    it('does not move under prefers-reduced-motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await settled<SiarReleases>(html`<siar-releases layout="ticker" src=${fresh(A)}></siar-releases>`);
      expect(getComputedStyle(q(el, '.track')!).animationName).to.equal('none');
      expect(getComputedStyle(q(el, '.clone')!).display).to.equal('none');
      const loading = await fixture<SiarReleases>(html`<siar-releases src=${fresh(`${A}&delay=300`)}></siar-releases>`);
      expect(getComputedStyle(q(loading, '.bone')!).animationName).to.equal('none');
    });

    for (const layout of ['list', 'cards', 'compact', 'ticker'] as const) {
      it(`passes axe (contrast included) in the dark scheme: ${layout}`, async () => {
        await emulateMedia({ colorScheme: 'dark' });
        const el = await settled<SiarReleases>(html`<siar-releases layout=${layout} limit="10" src="${fresh(A)} ${fresh(B)}"></siar-releases>`);
        expect(getComputedStyle(el).color).to.equal('rgb(232, 237, 242)');
        await expectAccessible(el);
      });
    }
  });

  describe('images', () => {
    it('reserves space for images, loads them lazily, and swaps a broken one for a placeholder', async () => {
      const el = await settled<SiarReleases>(html`<siar-releases limit="10" src=${fresh(A)}></siar-releases>`);
      const img = q<HTMLImageElement>(el, 'img[part~="image"]')!;
      expect(img.loading).to.equal('lazy');
      expect(img.alt).to.equal('');
      expect(img.getAttribute('width')).to.equal('320');
      expect(img.getAttribute('height')).to.equal('180');
      const items = qa(el, '[part~="item"]');
      const broken = items[4]!;
      await new Promise((r) => setTimeout(r, 300));
      await el.updateComplete;
      expect(broken.querySelector('.placeholder'), 'broken image replaced').to.not.equal(null);
      expect(items[1]!.querySelector('.placeholder'), 'missing image placeholder').to.not.equal(null);
    });
  });

  describe('states', () => {
    it('shows a skeleton while loading, announced as a status', async () => {
      const el = await fixture<SiarReleases>(html`<siar-releases src=${fresh(`${A}&delay=400`)}></siar-releases>`);
      expect(el.getAttribute('state')).to.equal('loading');
      const status = q(el, '[part="status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.contain('Memuat');
      expect(qa(el, '.bone').length).to.be.greaterThan(0);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
      await expectAccessible(el);
      await oneEvent(el, 'siar-load');
      expect(el.getAttribute('state')).to.equal('ready');
    });

    it('emits siar-load with the count', async () => {
      const el = fixtureSync<SiarReleases>(html`<siar-releases limit="3" src=${fresh(A)}></siar-releases>`);
      const event = (await oneEvent(el, 'siar-load')) as CustomEvent<{ count: number; stale: boolean }>;
      expect(event.detail).to.deep.equal({ count: 3, stale: false, errors: [] });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('shows the empty state with the source link', async () => {
      const body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Kosong', home_page_url: 'https://contohprov.go.id/berita', items: [] });
      const el = await settled<SiarReleases>(html`<siar-releases src=${fresh(`/__mock/text?type=application/feed%2Bjson&body=${encodeURIComponent(body)}`)}></siar-releases>`);
      expect(el.state).to.equal('empty');
      expect(shadowText(el)).to.contain('Belum ada informasi untuk ditampilkan.');
      expect(q<HTMLAnchorElement>(el, '[part="source-link"]')!.href).to.equal('https://contohprov.go.id/berita');
      await expectAccessible(el);
    });

    const failures: [string, string, string][] = [
      ['/__mock/status?code=404', 'http', 'galat 404'],
      ['/__mock/html', 'unsupported', 'tidak berisi umpan'],
      ['/__mock/fixture?name=truncated.xml', 'parse', 'rusak atau tidak lengkap'],
      ['/__mock/redirect-loop', 'network', 'tidak dapat dihubungi'],
    ];
    for (const [path, kind, text] of failures) {
      it(`ends a ${kind} failure in a localized error state with retry, source link and fallback`, async () => {
        const el = fixtureSync<SiarReleases>(
          html`<siar-releases src=${fresh(path)}><a href="https://contohprov.go.id/berita">Siaran pers</a></siar-releases>`,
        );
        const event = (await oneEvent(el, 'siar-error')) as CustomEvent<{ kind: string }>;
        await el.updateComplete;
        expect(event.detail.kind).to.equal(kind);
        expect(el.getAttribute('state')).to.equal('error');
        expect(q(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
        expect(shadowText(el)).to.contain(text);
        expect(q(el, '[part="retry-button"]')!.textContent).to.equal('Coba lagi');
        expect(q<HTMLAnchorElement>(el, '[part="source-link"]')!.href).to.contain(path.split('?')[0]);
        expect(q<HTMLSlotElement>(el, 'slot')!.assignedElements()[0]!.textContent).to.equal('Siaran pers');
        await expectAccessible(el);
      });
    }

    it('says so when no src is set, without a retry button', async () => {
      const el = await settled<SiarReleases>(html`<siar-releases></siar-releases>`);
      expect(el.state).to.equal('error');
      expect(shadowText(el)).to.contain('Sumber data belum diatur');
      expect(q(el, '[part="retry-button"]')).to.equal(null);
      await expectAccessible(el);
    });

    it('retries on the button and recovers', async () => {
      const src = fresh(A);
      const realFetch = window.fetch;
      window.fetch = () => Promise.resolve(new Response('down', { status: 503 }));
      let el: SiarReleases;
      try {
        el = await settled<SiarReleases>(html`<siar-releases src=${src}></siar-releases>`);
        expect(el.state).to.equal('error');
      } finally {
        window.fetch = realFetch;
      }
      const loaded = oneEvent(el, 'siar-load');
      q<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
      await loaded;
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(titles(el)).to.have.length(5);
    });

    it('shows the last-known-good copy, marked as possibly outdated, when the source fails', async () => {
      const src = fresh(A);
      await settled<SiarReleases>(html`<siar-releases src=${src}></siar-releases>`);
      clearFeedCache();
      const realFetch = window.fetch;
      window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      try {
        const el = await settled<SiarReleases>(html`<siar-releases src=${src}></siar-releases>`);
        expect(el.state).to.equal('ready');
        const notice = q(el, '[part="stale"]')!;
        expect(notice.textContent).to.contain('salinan tersimpan');
        // Its look comes with the item templates (results.ts): a warning surface, not bare text.
        expect(getComputedStyle(notice).backgroundColor).to.equal('rgb(255, 244, 214)');
        expect(titles(el)[0]).to.equal('Peringatan Cuaca Ekstrem');
        await expectAccessible(el);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('two widgets with the same src make one request', async () => {
      const src = fresh(`${B}&delay=50`);
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
  });

  describe('dates (issue #14)', () => {
    const json = (items: object[]) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'x', items });
    const served = (body: string, type = 'application/json') => fresh(`/__mock/text?type=${encodeURIComponent(type)}&body=${encodeURIComponent(body)}`);
    const times = (el: SiarReleases) => qa<HTMLTimeElement>(el, 'time[part="date"]');

    it('reads a date-time without a zone as local time in the widget\'s zone: 10.00, not 17.00', async () => {
      const body = json([{ id: '1', url: 'https://contohprov.go.id/1', title: 'Tanpa zona', content_text: 'x', date_published: '2023-10-17T10:00:00' }]);
      const wib = await settled<SiarReleases>(html`<siar-releases src=${served(body)}></siar-releases>`);
      expect(times(wib)[0]!.textContent).to.equal('17 Okt 2023, 10.00 WIB');
      expect(times(wib)[0]!.dateTime).to.equal('2023-10-17T03:00:00.000Z');
      const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Rapat</title><link>https://contohprov.go.id/2</link><pubDate>Selasa, 17 Oktober 2023 10:00</pubDate></item></channel></rss>`;
      const wita = await settled<SiarReleases>(html`<siar-releases time-zone="Asia/Makassar" src=${served(rss, 'application/rss+xml')}></siar-releases>`);
      expect(times(wita)[0]!.textContent).to.equal('17 Okt 2023, 10.00 WITA');
      expect(times(wita)[0]!.dateTime).to.equal('2023-10-17T02:00:00.000Z');
    });

    it('takes the zone from the province profile when the widget has none', async () => {
      const profile = JSON.stringify({ version: 1, name: 'Pemerintah Provinsi Contoh', time_zone: 'Asia/Jayapura' });
      const body = json([{ id: '1', url: 'https://contohprov.go.id/1', title: 'Tanpa zona', content_text: 'x', date_published: '2023-10-17T10:00:00' }]);
      const el = await settled<SiarReleases>(html`<siar-releases profile=${served(profile)} src=${served(body)}></siar-releases>`);
      expect(times(el)[0]!.textContent).to.equal('17 Okt 2023, 10.00 WIT');
      expect(times(el)[0]!.dateTime).to.equal('2023-10-17T01:00:00.000Z');
    });

    it('reads the feed again in the new zone when time-zone changes', async () => {
      const body = json([{ id: '1', url: 'https://contohprov.go.id/1', title: 'Tanpa zona', content_text: 'x', date_published: '2023-10-17T10:00:00' }]);
      const el = await settled<SiarReleases>(html`<siar-releases src=${served(body)}></siar-releases>`);
      const loaded = oneEvent(el, 'siar-load');
      el.timeZone = 'Asia/Makassar';
      const reloaded = await Promise.race([loaded.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 3000))]);
      expect(reloaded, 'siar-load after changing time-zone').to.equal(true);
      await el.updateComplete;
      expect(times(el)[0]!.textContent).to.equal('17 Okt 2023, 10.00 WITA');
    });

    it('prints a date without a time as the day alone, in every zone', async () => {
      const body = json([
        { id: '1', url: 'https://contohprov.go.id/1', title: 'Hanya tanggal', content_text: 'x', date_published: '2023-10-16' },
        // A Siar feed written by siar build: the day's midnight in the province (WITA) + date_only.
        { id: '2', url: 'https://contohprov.go.id/2', title: 'Dari siar build', content_text: 'x', date_published: '2023-10-15T00:00:00+08:00', _siar: { kind: 'release', date_only: true } },
      ]);
      for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']) {
        const el = await settled<SiarReleases>(html`<siar-releases time-zone=${zone} src=${served(body)}></siar-releases>`);
        expect(times(el).map((t) => t.textContent), zone).to.deep.equal(['16 Okt 2023', '15 Okt 2023']);
        expect(times(el).map((t) => t.dateTime), zone).to.deep.equal(['2023-10-16', '2023-10-15']);
      }
      const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Pengumuman</title><link>https://contohprov.go.id/3</link><pubDate>Senin, 16 Oktober 2023</pubDate></item></channel></rss>`;
      const el = await settled<SiarReleases>(html`<siar-releases lang="en" src=${served(rss, 'application/rss+xml')}></siar-releases>`);
      expect(times(el)[0]!.textContent).to.equal('16 Oct 2023');
    });

    it('dates and sorts Atom entries that have only <updated>', async () => {
      const entry = (n: number, updated: string) =>
        `<entry><title>Rilis ${n}</title><id>urn:x:${n}</id><link href="https://contohprov.go.id/${n}"/><updated>${updated}</updated><summary>s</summary></entry>`;
      const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id><updated>2023-10-18T00:00:00Z</updated>
${entry(1, '2023-10-15T09:00:00+07:00')}${entry(2, '2023-10-17T09:00:00+07:00')}
<entry><title>Rilis 3</title><id>urn:x:3</id><link href="https://contohprov.go.id/3"/><published>2023-10-16T09:00:00+07:00</published><updated>2023-10-18T09:00:00+07:00</updated><summary>s</summary></entry>
${entry(4, '2023-10-16T12:00:00+07:00')}</feed>`;
      const el = await settled<SiarReleases>(html`<siar-releases src=${served(atom, 'application/atom+xml')}></siar-releases>`);
      expect(titles(el)).to.deep.equal(['Rilis 2', 'Rilis 4', 'Rilis 3', 'Rilis 1']);
      expect(times(el).map((t) => t.textContent)).to.deep.equal([
        '17 Okt 2023, 09.00 WIB',
        '16 Okt 2023, 12.00 WIB',
        '16 Okt 2023, 09.00 WIB',
        '15 Okt 2023, 09.00 WIB',
      ]);
    });
  });

  describe('interaction', () => {
    it('emits a cancelable siar-select before following a link', async () => {
      const el = await settled<SiarReleases>(html`<siar-releases src=${fresh(A)}></siar-releases>`);
      let selected: unknown;
      el.addEventListener('siar-select', (e) => {
        selected = (e as CustomEvent<{ item: { id: string } }>).detail.item.id;
        e.preventDefault();
      });
      const link = q<HTMLAnchorElement>(el, 'a[part="link"]')!;
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link.dispatchEvent(click);
      expect(selected).to.equal('a4');
      expect(click.defaultPrevented).to.equal(true);
    });

    it('reaches every item link with Tab, in order', async () => {
      const el = await settled<SiarReleases>(html`<siar-releases limit="3" src=${fresh(A)}></siar-releases>`);
      const links = qa<HTMLAnchorElement>(el, 'a[part="link"]');
      links[0]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(links[1]);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(links[2]);
    });
  });

  describe('hostile feed', () => {
    it('renders scripts, handlers, javascript: and data: links, SVG and entity tricks as harmless text', async () => {
      let fired = false;
      const realAlert = window.alert;
      window.alert = () => {
        fired = true;
      };
      try {
        const el = await settled<SiarReleases>(html`<siar-releases limit="10" src=${fresh('/__mock/fixture?name=releases/hostile.json')}></siar-releases>`);
        expect(el.state).to.equal('ready');
        const root = el.shadowRoot!;
        expect(root.querySelector('script, iframe, svg:not(.icon), object, embed, [onerror], [onload], [onmouseover]')).to.equal(null);
        const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        expect(hrefs).to.deep.equal(['https://contohprov.go.id/aman%22%20onmouseover=%22alert(12)']);
        for (const img of root.querySelectorAll('img')) expect(img.getAttribute('src')).to.match(/^https?:/);
        expect(titles(el)).to.deep.equal(['Judul x', '<img src=x onerror=alert(10)>', 'Tautan dengan kutip']);
        expect(shadowText(el)).to.contain("{{constructor.constructor('alert(13)')()}}");
        expect(root.querySelector('[part="badge"]')).to.equal(null);
        await new Promise((r) => setTimeout(r, 100));
        expect(fired).to.equal(false);
      } finally {
        window.alert = realAlert;
      }
    });
  });
});

describe('mergeFeeds', () => {
  it('drops the same link syndicated by two feeds but keeps reused guids', async () => {
    const { mergeFeeds } = await import('../../src/components/releases/select.js');
    const base = { format: 'json' as const, link: undefined, description: '', image: undefined, url: 'x', fetchedAt: new Date(), source: 'network' as const };
    const item = (id: string, url: string) => ({ id, url, title: id, summary: '', published: undefined, image: undefined, categories: [], authors: [], kind: 'release' as const });
    const merged = mergeFeeds([
      { ...base, title: 'A', items: [item('1', 'https://a.example/1'), item('2', 'https://a.example/2')] },
      { ...base, title: 'B', items: [item('1', 'https://b.example/1'), item('3', 'https://a.example/2')] },
    ]);
    expect(merged.map((i) => `${i.source}:${i.id}`)).to.deep.equal(['A:1', 'A:2', 'B:1']);
  });
});
