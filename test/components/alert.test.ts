import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/alert/alert.js';
import '../../src/components/province/province.js';
import type { SiarAlert } from '../../src/components/alert/alert.component.js';
import { alertToJson } from '../../src/feed/alert-json.js';
import { capLinks } from '../../src/components/alert/read.js';
import { parseXml } from '../../src/feed/xml.js';
import type { CapAlert, CapInfo } from '../../src/feed/cap.js';
import { expectAccessible, fresh, hits, resetFeeds, shadowText, whenSettled } from '../helpers.js';

const HOUR = 3_600_000;

function info(lang: string, over: Partial<CapInfo> = {}): CapInfo {
  const now = Date.now();
  return {
    language: lang,
    categories: ['Met'],
    event: lang === 'en' ? 'Heavy Rain' : 'Hujan Lebat',
    responseTypes: ['Prepare'],
    urgency: 'Immediate',
    severity: 'Severe',
    certainty: 'Likely',
    effective: new Date(now - HOUR),
    expires: new Date(now + 2 * HOUR),
    headline: lang === 'en' ? 'Heavy rain in Contoh Utara Regency' : 'Hujan lebat di Kabupaten Contoh Utara',
    instruction: lang === 'en' ? 'Avoid travel.' : 'Hindari bepergian.',
    web: 'https://contohprov.go.id/peringatan/1',
    parameters: [],
    areas: [{ description: lang === 'en' ? 'Contoh Utara Regency' : 'Kabupaten Contoh Utara', polygons: [[[-6.1, 106.8], [-6.1, 107], [-6.3, 107], [-6.3, 106.8], [-6.1, 106.8]]], circles: [], geocodes: [] }],
    ...over,
  };
}

function alert(identifier: string, over: Partial<CapAlert> = {}, infos: CapInfo[] = [info('id'), info('en')]): CapAlert {
  return { identifier, sender: 'bpbd@contohprov.go.id', sent: new Date(Date.now() - HOUR), status: 'Actual', msgType: 'Alert', scope: 'Public', references: [], infos, ...over };
}

/** A JSON Feed of alerts served by the mock server (a URL no other test used). */
function feed(...alerts: CapAlert[]): string {
  const body = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Peringatan Provinsi Contoh',
    items: alerts.map((a) => ({ id: `${a.sender},${a.identifier}`, content_text: 'x', _siar: { alert: alertToJson(a) } })),
  });
  return fresh(`/__mock/text?type=${encodeURIComponent('application/feed+json')}&body=${encodeURIComponent(body)}`);
}

async function banner(src: string, attrs: Partial<Record<'lang' | 'area' | 'min-severity' | 'kinds', string>> = {}): Promise<SiarAlert> {
  const el = await fixture<SiarAlert>(html`<siar-alert src=${src} lang=${attrs.lang ?? 'id'} area=${attrs.area ?? ''} min-severity=${attrs['min-severity'] ?? 'Moderate'} kinds=${attrs.kinds ?? ''}></siar-alert>`);
  await whenSettled(el);
  return el;
}

const parts = (el: SiarAlert, part: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];

describe('<siar-alert>', () => {
  beforeEach(() => {
    resetFeeds();
    localStorage.removeItem('siar:alert:dismissed');
  });

  it('shows an alert in force with its severity in words, what, where, when, what to do, the source and a safe link', async () => {
    const src = feed(alert('a1'));
    const el = await fixture<SiarAlert>(html`<siar-alert src=${src}></siar-alert>`);
    const shown = oneEvent(el, 'siar-alert');
    await whenSettled(el);
    expect(el.state).to.equal('ready');
    expect(parts(el, 'banner')).to.have.length(1);
    expect(parts(el, 'severity')[0]!.textContent).to.equal('Berbahaya');
    expect(parts(el, 'event')[0]!.textContent).to.equal('Hujan Lebat');
    expect(parts(el, 'headline')[0]!.textContent).to.equal('Hujan lebat di Kabupaten Contoh Utara');
    expect(parts(el, 'area')[0]!.textContent).to.equal('Kabupaten Contoh Utara');
    expect(parts(el, 'time')[0]!.querySelectorAll('time')).to.have.length(2);
    expect(parts(el, 'instruction')[0]!.textContent).to.equal('Hindari bepergian.');
    const link = parts(el, 'link')[0] as HTMLAnchorElement;
    expect(link.href).to.equal('https://contohprov.go.id/peringatan/1');
    expect(link.rel).to.equal('noopener noreferrer');
    expect((await shown).detail.alert.key).to.equal('bpbd@contohprov.go.id,a1');
    // A new Severe alert is announced assertively.
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Hujan lebat di Kabupaten Contoh Utara');
    await expectAccessible(el);
  });

  it('picks the info in the widget language', async () => {
    const el = await banner(feed(alert('a2')), { lang: 'en' });
    expect(parts(el, 'headline')[0]!.textContent).to.equal('Heavy rain in Contoh Utara Regency');
    expect(parts(el, 'severity')[0]!.textContent).to.equal('Severe');
    expect(parts(el, 'dismiss-button')[0]!.getAttribute('aria-label')).to.equal('Dismiss warning: Heavy rain in Contoh Utara Regency');
  });

  it('takes no space at all when nothing is in force (expired, test messages, below min-severity)', async () => {
    const expired = alert('old', {}, [info('id', { effective: new Date(Date.now() - 5 * HOUR), expires: new Date(Date.now() - HOUR) })]);
    const test = alert('t1', { status: 'Test' });
    const minor = alert('m1', {}, [info('id', { severity: 'Minor' })]);
    const el = await banner(feed(expired, test, minor));
    expect(el.state).to.equal('empty');
    expect(parts(el, 'banner')).to.have.length(0);
    expect(el.getBoundingClientRect().height).to.equal(0);
    const shownMinor = await banner(feed(minor), { 'min-severity': 'Minor' });
    expect(parts(shownMinor, 'banner')).to.have.length(1);
  });

  it('puts the most severe first and the others behind "+N peringatan lain"', async () => {
    const extreme = alert('x1', {}, [info('id', { severity: 'Extreme', headline: 'Siaga banjir' })]);
    const el = await banner(feed(alert('s1'), extreme));
    expect(parts(el, 'headline').map((h) => h.textContent)).to.deep.equal(['Siaga banjir']);
    const more = parts(el, 'more-button')[0]!;
    expect(more.textContent!.trim()).to.equal('+1 peringatan lain');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await el.updateComplete;
    expect(parts(el, 'headline').map((h) => h.textContent)).to.deep.equal(['Siaga banjir', 'Hujan lebat di Kabupaten Contoh Utara']);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    await expectAccessible(el);
  });

  it('hides a dismissed alert on this site until it is updated, and never a later alert', async () => {
    const src = feed(alert('d1'));
    const el = await banner(src);
    const dismissed = oneEvent(el, 'siar-dismiss');
    parts(el, 'dismiss-button')[0]!.click();
    expect((await dismissed).detail.alert.key).to.equal('bpbd@contohprov.go.id,d1');
    await el.updateComplete;
    expect(parts(el, 'banner')).to.have.length(0);
    // Another page view: still dismissed.
    expect(parts(await banner(feed(alert('d1'))), 'banner')).to.have.length(0);
    // The update (a new identifier naming d1) shows again.
    const update = alert('d2', { msgType: 'Update', references: [{ sender: 'bpbd@contohprov.go.id', identifier: 'd1' }] });
    const again = await banner(feed(alert('d1'), update));
    expect(parts(again, 'banner')).to.have.length(1);
    expect(JSON.parse(localStorage.getItem('siar:alert:dismissed')!)).to.have.length(1);
  });

  it('drops alerts replaced or cancelled, and filters by area name or point and by kind', async () => {
    const cancel = alert('c2', { msgType: 'Cancel', references: [{ sender: 'bpbd@contohprov.go.id', identifier: 'c1' }] }, []);
    expect(parts(await banner(feed(alert('c1'), cancel)), 'banner')).to.have.length(0);
    expect(parts(await banner(feed(alert('f1')), { area: 'Contoh Utara' }), 'banner')).to.have.length(1);
    expect(parts(await banner(feed(alert('f2')), { area: 'Contoh Selatan' }), 'banner')).to.have.length(0);
    expect(parts(await banner(feed(alert('f3')), { area: '-6.2,106.9' }), 'banner')).to.have.length(1);
    expect(parts(await banner(feed(alert('f4')), { kinds: 'earthquake' }), 'banner')).to.have.length(0);
  });

  it('reads a CAP index, following same-origin links only', async () => {
    const index = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Index</title>
      <entry><title>a</title><link rel="related" type="application/cap+xml" href="fixture?name=cap/contoh-hujan-id.xml"/></entry>
      <entry><title>b</title><link href="https://alerts.example.invalid/elsewhere.xml"/></entry></feed>`;
    const src = fresh(`/__mock/text?type=application/atom%2Bxml&body=${encodeURIComponent(index)}`);
    const el = await fixture<SiarAlert>(html`<siar-alert src=${src}></siar-alert>`);
    await whenSettled(el);
    const requested = performance.getEntriesByType('resource').map((e) => e.name);
    expect(requested.some((u) => u.includes('contoh-hujan-id.xml'))).to.equal(true);
    expect(requested.some((u) => u.startsWith('https://alerts.example.invalid'))).to.equal(false);
    // The linked warning was read and judged: it ended on 30 Nov 2026 20.00 WIB, so nothing is in force.
    expect(el.state).to.equal('empty');
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('takes CAP links from Atom and RSS indexes, on the index\'s origin only, http(s) only', () => {
    const atom = parseXml(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="alternate" href="/a.html"/><link rel="related" type="application/cap+xml" href="cap/1.xml"/></entry>
      <entry><link href="https://elsewhere.example/2.xml"/></entry><entry><link href="javascript:alert(1)"/></entry></feed>`);
    expect(capLinks(atom, 'https://contohprov.go.id/siar/index.atom')).to.deep.equal(['https://contohprov.go.id/siar/cap/1.xml']);
    const rss = parseXml(`<rss version="2.0"><channel><item><link>https://bmkg.example/cap/1.xml</link></item><item><link>https://contohprov.go.id/cap/2.xml</link></item></channel></rss>`);
    expect(capLinks(rss, 'https://contohprov.go.id/siar/index.rss')).to.deep.equal(['https://contohprov.go.id/cap/2.xml']);
  });

  it('refreshes with conditional requests: a new alert appears, a cancelled one goes, an unchanged source costs a 304', async () => {
    const body = (...alerts: CapAlert[]) =>
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: alerts.map((a) => ({ id: a.identifier, content_text: 'x', _siar: { alert: alertToJson(a) } })) });
    const first = body(alert('r1'));
    const second = body(alert('r1'), alert('r2', {}, [info('id', { severity: 'Extreme', headline: 'Siaga banjir' })]));
    const third = body(alert('r1'), alert('r2'), alert('r3', { msgType: 'Cancel', references: [{ sender: 'bpbd@contohprov.go.id', identifier: 'r2' }] }, []));
    const src = fresh(`/__mock/sequence?bodies=${encodeURIComponent(JSON.stringify([first, first, second, third]))}`);
    const el = await banner(src);
    const reload = () => (el as unknown as { reload(): Promise<void> }).reload().then(() => el.updateComplete);
    expect(parts(el, 'headline').map((h) => h.textContent)).to.deep.equal(['Hujan lebat di Kabupaten Contoh Utara']);
    await reload(); // unchanged: revalidated
    expect(parts(el, 'banner')).to.have.length(1);
    const announced = oneEvent(el, 'siar-alert');
    await reload(); // a new Extreme alert, first
    expect((await announced).detail.alert.key).to.equal('bpbd@contohprov.go.id,r2');
    expect(parts(el, 'headline')[0]!.textContent).to.equal('Siaga banjir');
    await reload(); // r2 cancelled
    expect(parts(el, 'headline').map((h) => h.textContent)).to.deep.equal(['Hujan lebat di Kabupaten Contoh Utara']);
    expect(await hits(src)).to.equal(4);
  });

  it('stops refreshing when removed from the page', async () => {
    const el = await banner(feed(alert('s9')));
    expect((el as unknown as { timer?: unknown }).timer).not.to.equal(undefined);
    el.remove();
    expect((el as unknown as { timer?: unknown }).timer).to.equal(undefined);
  });

  it('reads the province profile\'s feeds.alerts inside <siar-province> (the demo province: one warning in force)', async () => {
    const page = await fixture<HTMLElement>(html`<siar-province profile="/demo/data/siar.json"><siar-alert></siar-alert></siar-province>`);
    const el = page.querySelector('siar-alert') as SiarAlert;
    await whenSettled(el);
    expect(el.state).to.equal('ready');
    expect(parts(el, 'banner').length).to.be.at.least(1);
    expect(parts(el, 'headline')[0]!.textContent).to.match(/\S/);
    await expectAccessible(el);
  });

  it('pauses refreshing while the page is hidden and resumes when it is shown', async () => {
    const el = await banner(feed(alert('v1')));
    const timer = () => (el as unknown as { timer?: unknown }).timer;
    expect(timer()).not.to.equal(undefined);
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    try {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      expect(timer(), 'no timer while hidden').to.equal(undefined);
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
      expect(timer(), 'a timer again once shown').not.to.equal(undefined);
    } finally {
      delete (document as unknown as { visibilityState?: unknown }).visibilityState;
      Object.defineProperty(Document.prototype, 'visibilityState', visibility);
    }
  });

  it('does not move the page on a refresh that shows nothing new', async () => {
    const page = await fixture<HTMLElement>(html`<div><siar-alert src=${feed(alert('n1'))}></siar-alert><p id="below">Layanan</p></div>`);
    const el = page.querySelector('siar-alert') as SiarAlert;
    await whenSettled(el);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries().map((e) => (e as unknown as { value: number }).value)));
    observer.observe({ type: 'layout-shift' });
    await (el as unknown as { reload(): Promise<void> }).reload();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    observer.disconnect();
    expect(shifts).to.deep.equal([]);
    expect(parts(el, 'banner')).to.have.length(1);
  });

  it('passes axe in every state and both languages', async () => {
    for (const lang of ['id', 'en']) {
      const ready = await banner(feed(alert(`ax-${lang}`), alert(`ax2-${lang}`, {}, [info('id', { severity: 'Moderate' }), info('en', { severity: 'Moderate' })])), { lang });
      await expectAccessible(ready);
      parts(ready, 'more-button')[0]!.click();
      await ready.updateComplete;
      await expectAccessible(ready);
      const empty = await banner(feed(alert(`exp-${lang}`, { status: 'Test' })), { lang });
      await expectAccessible(empty);
      const failed = await banner(fresh('/__mock/status?code=503'), { lang });
      expect(failed.state).to.equal('error');
      await expectAccessible(failed);
    }
  });

  it('refuses a CAP document with a DOCTYPE: an error, nothing shown', async () => {
    const el = await fixture<SiarAlert>(html`<siar-alert src=${fresh('/__mock/fixture?name=cap/xxe.xml')}></siar-alert>`);
    const error = oneEvent(el, 'siar-error');
    expect((await error).detail.kind).to.equal('parse');
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(shadowText(el)).to.equal('');
  });
});
