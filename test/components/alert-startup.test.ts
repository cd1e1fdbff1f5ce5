import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/alert/alert.js';
import type { SiarAlert } from '../../src/components/alert/alert.component.js';
import { fresh, resetFeeds, whenSettled } from '../helpers.js';

// <siar-alert>'s start-up: an empty first frame, and the banner templates (view.ts) with date
// formatting arriving only with the reader (read.ts), i.e. with the first request.

const parts = (el: SiarAlert, part: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];

/** BMKG earthquake JSON (autogempa) for one quake at `time`, served by the mock server. */
function quakeSource(time: Date): string {
  const body = JSON.stringify({
    Infogempa: {
      gempa: {
        DateTime: time.toISOString(),
        Magnitude: '5.6',
        Kedalaman: '10 km',
        Coordinates: '-6.20,106.90',
        Wilayah: '25 km BaratDaya KAB-CONTOHUTARA',
        Potensi: 'Gempa ini tidak berpotensi tsunami',
        Dirasakan: 'III Contoh Utara',
      },
    },
  });
  return fresh(`/__mock/text?type=application/json&body=${encodeURIComponent(body)}`);
}

/**
 * The modules a module imports statically, as the test server serves them (TypeScript compiled,
 * `import type` erased): `import … from`, bare `import '…'` and `export … from`. Dynamic
 * `import()` is not followed (that is what loads later).
 */
async function staticGraph(entry: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [new URL(entry, location.href).href];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    // Lit and the other packages are shared start-up code anyway: only our own modules matter here.
    if (url.includes('/node_modules/')) continue;
    const response = await fetch(url);
    expect(response.ok, url).to.equal(true);
    const code = await response.text();
    for (const m of code.matchAll(/(?:^|[;}\n])\s*(?:import\s*["']([^"']+)["']|(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["'])/g)) {
      queue.push(new URL((m[1] ?? m[2])!, url).href.replace(/\?.*$/, ''));
    }
  }
  // Imports name `.js`, the server maps them to the `.ts` sources: compared without the extension.
  return new Set([...seen].map((u) => new URL(u).pathname.replace(/\.[jt]s$/, '')));
}

describe('<siar-alert> start-up', () => {
  beforeEach(() => resetFeeds());

  it('draws an empty first frame (no height, no text), then the banner with its quake details and dates once data arrives', async () => {
    const time = new Date(Date.now() - 10 * 60_000);
    const el = await fixture<SiarAlert>(html`<siar-alert src=${quakeSource(time)} .strings=${{ label: 'Info gempa' } as SiarAlert['strings']}></siar-alert>`);
    // The request starts in a task of its own, after this first frame.
    expect(el.state).to.equal('loading');
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(el.shadowRoot!.querySelector('*:not(style)')).to.equal(null);
    expect(getComputedStyle(el).backgroundColor, 'a transparent host from the first frame').to.equal('rgba(0, 0, 0, 0)');
    const shown = oneEvent(el, 'siar-alert');
    await whenSettled(el);
    expect(el.state).to.equal('ready');
    expect((await shown).detail.alert.kind).to.equal('earthquake');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(parts(el, 'base')[0]!.getAttribute('aria-label'), 'the page\'s strings override the banner\'s').to.equal('Info gempa');
    expect(parts(el, 'severity')[0]!.textContent).to.equal('Waspada');
    // The banner's styles came with its templates: coloured by severity (Moderate: #ffd54f), the
    // dismiss button in its corner.
    expect(getComputedStyle(parts(el, 'banner')[0]!).backgroundColor).to.equal('rgb(255, 213, 79)');
    expect(getComputedStyle(parts(el, 'dismiss-button')[0]!).position).to.equal('absolute');
    expect(getComputedStyle(el).backgroundColor, 'the host stays transparent').to.equal('rgba(0, 0, 0, 0)');
    expect(parts(el, 'source')[0]!.textContent).to.equal('Sumber: BMKG');
    const quake = el.shadowRoot!.querySelector('.quake')!;
    expect(quake.textContent).to.contain('Magnitudo 5.6, kedalaman 10 km');
    expect(quake.textContent).to.contain('Dirasakan: III Contoh Utara');
    expect(quake.querySelector('strong')!.textContent).to.equal('Gempa ini tidak berpotensi tsunami');
    // Dates: the instant in `datetime`, the wall clock of Western Indonesia (UTC+7) in words.
    const [start, end] = [...parts(el, 'time')[0]!.querySelectorAll('time')];
    expect(start!.getAttribute('datetime')).to.equal(time.toISOString());
    expect(end!.getAttribute('datetime')).to.equal(new Date(time.getTime() + 6 * 3_600_000).toISOString());
    const wib = new Date(time.getTime() + 7 * 3_600_000);
    const month = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'][wib.getUTCMonth()];
    const clock = `${String(wib.getUTCHours()).padStart(2, '0')}.${String(wib.getUTCMinutes()).padStart(2, '0')}`;
    expect(start!.textContent).to.equal(`${wib.getUTCDate()} ${month} ${wib.getUTCFullYear()}, ${clock} WIB`);
    expect(parts(el, 'time')[0]!.textContent).to.contain('sampai');
  });

  it('loads no banner template, banner styles, reader or date formatting at start-up: they come with the first request', async () => {
    const startup = await staticGraph('/src/components/alert/alert.ts');
    // The walk follows the element's own imports (else the checks below would prove nothing).
    expect([...startup]).to.include.members(['/src/components/alert/alert.component', '/src/internal/base-element', '/src/internal/styles']);
    for (const later of ['/src/components/alert/view', '/src/components/alert/alert.styles', '/src/components/alert/read', '/src/internal/format', '/src/feed/alerts', '/src/feed/cap']) {
      expect([...startup], later).not.to.include(later);
    }
    // …and the reader, loaded with the first request, brings the templates and formatting along.
    const lazy = await staticGraph('/src/components/alert/read.ts');
    expect([...lazy]).to.include.members(['/src/components/alert/view', '/src/components/alert/alert.styles', '/src/internal/format']);
  });
});
