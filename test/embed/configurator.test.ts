// The configurator (demo/configurator.html, loading the built cdn/ that `npm test` builds):
// whatever it is set to, its snippets pasted into a blank page render the same widget.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { allAttributes, attributesOf, closeFrames, docOf, openFrame, settledIn, titlesOf, waitFor } from './frames.js';

let doc: Document;

const $ = <T extends Element = HTMLElement>(selector: string) => doc.querySelector<T>(selector)!;

/** Sets a control the way a user would: value, then `input` and `change`. */
function set(selector: string, value: string | boolean): void {
  const control = $<HTMLInputElement>(selector);
  if (typeof value === 'boolean') {
    if (control.checked !== value) control.click();
    return;
  }
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

function choose(name: string, value: string): void {
  $<HTMLInputElement>(`input[name="${name}"][value="${value}"]`).click();
}

const snippet = (which: 'script' | 'iframe') => $<HTMLTextAreaElement>(`#snippet-${which}`).value;
const blankPage = (body: string) => `<!doctype html><html lang="id"><head><meta charset="utf-8"></head><body>${body}</body></html>`;

async function openConfigurator(query = ''): Promise<HTMLIFrameElement> {
  const frame = await openFrame({ src: `/demo/configurator.html${query}`, width: 1280, height: 1000 });
  doc = docOf(frame);
  await waitFor(() => doc.documentElement.hasAttribute('data-ready'), 'the configurator to start');
  return frame;
}

interface Case {
  widget: 'releases' | 'videos' | 'directory' | 'social' | 'alert';
  settings: [string, string | boolean][];
  expected: Record<string, string>;
}

const here = (path: string) => new URL(path, location.href).href;

const CASES: Case[] = [
  {
    widget: 'releases',
    settings: [
      ['#releases-layout', 'cards'],
      ['#releases-limit', '3'],
      ['#releases-time-zone', 'Asia/Makassar'],
      ['fieldset[data-attr="show"] input[value="summary"]', false],
      ['#heading', 'Berita <b>Pemprov</b> & "Kabupaten"'],
      ['#heading-level', '3'],
      ['#accent-on', true],
      ['#accent', '#b00020'],
      // On the embed page's origin: the page refuses a fallback anywhere else (see embed-page.test.ts).
      ['#fallback', here('/berita')],
    ],
    expected: {
      src: here('/demo/data/releases.json'),
      layout: 'cards',
      limit: '3',
      'time-zone': 'Asia/Makassar',
      show: 'heading image date source',
      heading: 'Berita <b>Pemprov</b> & "Kabupaten"',
      'heading-level': '3',
    },
  },
  {
    widget: 'videos',
    settings: [
      ['#videos-layout', 'list'],
      ['#videos-limit', '2'],
      ['#videos-featured', true],
      ['#videos-thumbnails', 'local'],
      ['#lang', 'en'],
    ],
    expected: { src: here('/demo/data/videos.json'), layout: 'list', limit: '2', featured: '', thumbnails: 'local', lang: 'en' },
  },
  {
    widget: 'directory',
    settings: [
      ['#directory-group', 'alpha'],
      ['#directory-limit', '4'],
      ['#directory-type', 'dinas,badan'],
      ['#directory-layout', 'compact'],
    ],
    expected: { src: here('/demo/data/directory.json'), group: 'alpha', limit: '4', type: 'dinas,badan', layout: 'compact' },
  },
  {
    widget: 'social',
    settings: [
      ['#social-size', 'large'],
      ['#social-variant', 'mono'],
      ['#social-show-handle', true],
      ['#social-name', 'Pemprov Contoh'],
      ['#social-instagram', 'akun_lain'],
    ],
    expected: { profile: here('/demo/data/siar.json'), size: 'large', variant: 'mono', 'show-handle': '', name: 'Pemprov Contoh', instagram: 'akun_lain' },
  },
  {
    widget: 'alert',
    settings: [
      ['#alert-area', 'Contoh Utara'],
      ['#alert-min-severity', 'Minor'],
      ['#alert-kinds input[value="announcement"]', false],
      ['#alert-min-magnitude', '4.5'],
      ['#alert-refresh', '120'],
      ['#alert-time-zone', 'Asia/Makassar'],
      // Not the banner's: it has no heading and no fallback link (see below).
      ['#heading', 'Judul'],
    ],
    expected: {
      src: here('/demo/data/alerts.json'),
      area: 'Contoh Utara',
      'min-severity': 'Minor',
      kinds: 'weather earthquake',
      'min-magnitude': '4.5',
      refresh: '120',
      'time-zone': 'Asia/Makassar',
    },
  },
];

describe('configurator (demo/configurator.html)', function () {
  this.timeout(40_000);
  afterEach(closeFrames);

  for (const { widget, settings, expected } of CASES) {
    it(`${widget}: the script snippet, pasted into a blank page, renders the same widget`, async () => {
      await openConfigurator();
      choose('widget', widget);
      choose('library', 'self');
      for (const [selector, value] of settings) set(selector, value);
      const preview = await settledIn(() => doc, `#preview siar-${widget}`);
      expect(attributesOf(preview)).to.deep.equal(expected);
      if (widget === 'social') await waitFor(() => titlesOf(preview).length > 3, 'the profile’s accounts in the preview');

      const code = snippet('script');
      expect(code).to.contain(`<script type="module" src="${here('/cdn/siar.js')}"`);
      const pasted = await openFrame({ srcdoc: blankPage(code) });
      const twin = await settledIn(() => docOf(pasted), `siar-${widget}`);
      expect(allAttributes(twin)).to.deep.equal(allAttributes(preview));
      expect(twin.getAttribute('state')).to.equal(preview.getAttribute('state'));
      expect(twin.getAttribute('state')).to.equal('ready');
      // (<siar-social> is `ready` with its first account, before the profile adds the others.)
      await waitFor(() => JSON.stringify(titlesOf(twin)) === JSON.stringify(titlesOf(preview)), 'the same items as the preview');
      expect(titlesOf(twin).length).to.be.greaterThan(0);
      const accent = (el: Element) => getComputedStyle(el).getPropertyValue('--siar-color-accent').trim();
      expect(accent(twin)).to.equal(accent(preview));
    });

    it(`${widget}: the iframe snippet renders the same widget and sizes itself`, async () => {
      await openConfigurator();
      choose('widget', widget);
      for (const [selector, value] of settings) set(selector, value);
      const preview = await settledIn(() => doc, `#preview siar-${widget}`);
      if (widget === 'social') await waitFor(() => titlesOf(preview).length > 3, 'the profile’s accounts in the preview');

      const host = await openFrame({ srcdoc: blankPage(`<h1>Situs Kabupaten</h1>${snippet('iframe')}`), height: 900 });
      const iframe = await waitFor(() => docOf(host).querySelector('iframe'), 'the iframe');
      expect(iframe.getAttribute('sandbox')).to.contain('allow-scripts');
      expect(iframe.title).to.not.equal('');
      const embedded = await settledIn(() => iframe.contentDocument, `siar-${widget}`, 12_000);
      expect(attributesOf(embedded)).to.deep.equal(attributesOf(preview));
      expect(embedded.getAttribute('state')).to.equal(preview.getAttribute('state'));
      await waitFor(() => JSON.stringify(titlesOf(embedded)) === JSON.stringify(titlesOf(preview)), 'the same items as the preview');
      await waitFor(() => {
        const content = Math.ceil(iframe.contentDocument!.documentElement.getBoundingClientRect().height);
        return iframe.style.height === `${content}px`;
      }, 'the resize snippet to fit the iframe to its content');
    });
  }

  it('writes the pinned CDN one-tag embed with the build’s SRI hash by default', async () => {
    await openConfigurator();
    const sri = (await (await fetch('/cdn/sri.json')).json()) as { url: string; integrity: string };
    const code = snippet('script');
    expect(code.split('\n')[0]).to.equal(`<script type="module" src="${sri.url}" integrity="${sri.integrity}" crossorigin="anonymous"></script>`);
    expect(sri.url).to.match(/^https:\/\/cdn\.jsdelivr\.net\/npm\/siar@\d+\.\d+\.\d+\/cdn\/siar\.js$/);
    // A self-hosted copy elsewhere may be another version: no hash for it.
    choose('library', 'self');
    set('#base', 'https://contohprov.go.id/siar/');
    expect(snippet('script').split('\n')[0]).to.equal('<script type="module" src="https://contohprov.go.id/siar/siar.js"></script>');
    expect(snippet('iframe')).to.match(/^<iframe\n  src="https:\/\/contohprov\.go\.id\/siar\/embed\.html\?widget=releases&amp;src=/);
    expect(snippet('iframe')).to.contain('<script src="https://contohprov.go.id/siar/embed-resize.js" async></script>');
  });

  it('escapes what the user types and refuses non-http(s) addresses', async () => {
    await openConfigurator();
    set('#heading', '"><script>parent.__siarConfigPwned = 1</script>');
    set('#src', 'javascript:alert(1)');
    const code = snippet('script');
    expect(code).to.contain('heading="&quot;&gt;&lt;script&gt;parent.__siarConfigPwned = 1&lt;/script&gt;"');
    expect(code).not.to.contain('javascript:');
    expect(snippet('iframe')).not.to.contain('javascript');
    const src = $<HTMLInputElement>('#src');
    expect(src.getAttribute('aria-invalid')).to.equal('true');
    expect($('#src-error').hidden).to.equal(false);
    expect($('#src-error').textContent).to.contain('http');
    // Pasted, the heading is text.
    const pasted = await openFrame({ srcdoc: blankPage(code.replace(/<script type="module" src="[^"]+"[^>]*>/, `<script type="module" src="${here('/cdn/siar.js')}">`)) });
    const el = await settledIn(() => docOf(pasted), 'siar-releases');
    expect(el.getAttribute('heading')).to.equal('"><script>parent.__siarConfigPwned = 1</script>');
    expect((window as unknown as { __siarConfigPwned?: number }).__siarConfigPwned).to.equal(undefined);
  });

  it('says which options an iframe cannot take', async () => {
    await openConfigurator();
    choose('widget', 'social');
    set('#social-layout', 'floating');
    const note = $('#iframe-note');
    expect(note.hidden).to.equal(false);
    expect(note.textContent).to.contain('layout="floating"');
    expect(snippet('iframe')).not.to.contain('floating');
  });

  it('alert: a bare <siar-alert> snippet (no reserved room, no fallback link, no heading) and a 0-high iframe that grows', async () => {
    await openConfigurator();
    set('#heading', 'Judul');
    set('#fallback', here('/berita'));
    choose('widget', 'alert');
    expect($('fieldset[data-widget="alert"]').hidden).to.equal(false);
    for (const id of ['#field-fallback', '#field-heading', '#field-heading-level']) expect($(id).hidden, id).to.equal(true);
    const preview = await settledIn(() => doc, '#preview siar-alert');
    expect(preview.getAttribute('state')).to.equal('ready');
    expect(preview.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.match(/\S/);
    expect(preview.querySelector('a')).to.equal(null);
    expect($('#preview-status').textContent).to.match(/siap/);
    const code = snippet('script');
    const lines = code.split('\n');
    expect(lines).to.have.length(2);
    expect(lines[1]).to.equal(`<siar-alert src="${here('/demo/data/alerts.json')}"></siar-alert>`);
    expect(code).not.to.contain('<style').and.not.to.contain(':not(:defined)').and.not.to.contain('<a ').and.not.to.contain('heading');
    expect(snippet('iframe')).to.match(/^<iframe\n  src="[^"]*embed\.html\?widget=alert&amp;src=/);
    expect(snippet('iframe')).to.contain('height="0"').and.not.to.contain('fallback=');
    expect($('#iframe-note').hidden).to.equal(false);
    expect($('#iframe-note').textContent).to.contain('0');
    // An area nothing names: the preview is empty, and takes no room.
    set('#alert-area', 'Kabupaten Tidak Ada');
    const empty = await waitFor(() => {
      const el = doc.querySelector<HTMLElement>('#preview siar-alert');
      return el?.getAttribute('area') === 'Kabupaten Tidak Ada' && el.getAttribute('state') === 'empty' ? el : undefined;
    }, 'an empty preview', 8000);
    expect(empty.getBoundingClientRect().height).to.equal(0);
  });

  it('alert: refuses bad values, says why beside the field, and leaves them out of both snippets', async () => {
    await openConfigurator();
    choose('widget', 'alert');
    const bad: [string, string][] = [
      ['#alert-min-magnitude', '12'],
      ['#alert-min-magnitude', '-1'],
      ['#alert-refresh', '10'],
      ['#alert-refresh', '45.5'],
    ];
    for (const [selector, value] of bad) {
      set(selector, value);
      const name = selector.replace('#alert-', '');
      expect($(selector).getAttribute('aria-invalid'), `${selector}=${value}`).to.equal('true');
      expect($(`${selector}-error`).hidden, `${selector}=${value}`).to.equal(false);
      expect($(`${selector}-error`).textContent).to.match(/\d/);
      expect(snippet('script'), `${selector}=${value}`).not.to.contain(`${name}=`);
      expect(snippet('iframe'), `${selector}=${value}`).not.to.contain(`${name}=`);
      set(selector, '');
    }
    set('#alert-min-magnitude', '6');
    set('#alert-refresh', '30');
    expect($('#alert-min-magnitude').getAttribute('aria-invalid')).to.equal('false');
    expect($('#alert-refresh-error').hidden).to.equal(true);
    expect(snippet('script')).to.contain('min-magnitude="6"').and.to.contain('refresh="30"');
    expect(snippet('iframe')).to.contain('min-magnitude=6').and.to.contain('refresh=30');
    // No kind at all is an error, not an empty list.
    for (const kind of ['weather', 'earthquake', 'announcement']) set(`#alert-kinds input[value="${kind}"]`, false);
    expect($('#alert-kinds-error').hidden).to.equal(false);
    expect(snippet('script')).not.to.contain('kinds=');
    set('#alert-kinds input[value="earthquake"]', true);
    expect($('#alert-kinds-error').hidden).to.equal(true);
    expect(snippet('script')).to.contain('kinds="earthquake"');
    // Area: text, escaped, at most 120 characters even when set by script.
    set('#alert-area', `"><script>parent.__siarConfigPwned = 2</script>${'x'.repeat(200)}`);
    const area = snippet('script').match(/ area="([^"]*)"/)![1]!;
    expect(area.startsWith('&quot;&gt;&lt;script&gt;')).to.equal(true);
    expect(area.replaceAll('&quot;', '"').replaceAll('&gt;', '>').replaceAll('&lt;', '<').replaceAll('&amp;', '&')).to.have.length(120);
    expect(snippet('iframe')).not.to.contain('<script>parent');
    expect((window as unknown as { __siarConfigPwned?: number }).__siarConfigPwned).to.equal(undefined);
  });

  it('trades one sample source for another when the widget changes, but keeps the user’s own', async () => {
    await openConfigurator();
    const src = $<HTMLInputElement>('#src');
    expect(src.value).to.equal('data/releases.json');
    choose('widget', 'directory');
    expect(src.value).to.equal('data/directory.json');
    set('#src', 'https://contohprov.go.id/siar/opd.json');
    choose('widget', 'releases');
    expect(src.value).to.equal('https://contohprov.go.id/siar/opd.json');
    choose('source', 'profile');
    expect($('#field-src').hidden).to.equal(true);
    expect(snippet('script')).to.contain(`profile="${here('/demo/data/siar.json')}"`);
    expect(snippet('script')).not.to.contain(' src="https://contohprov.go.id/siar/opd.json"');
  });

  it('copies a snippet and says so in a live region', async () => {
    await openConfigurator();
    const status = $('#copy-status');
    expect(status.getAttribute('role')).to.equal('status');
    $<HTMLButtonElement>('button[data-copy="snippet-iframe"]').click();
    await waitFor(() => status.textContent, 'a copy message');
    // Clipboard access depends on the browser's permissions: either it is copied, or the code is
    // selected for Ctrl+C and the message says so.
    expect(status.textContent).to.match(/disalin|Ctrl\+C/);
    if (/Ctrl\+C/.test(status.textContent!)) {
      const area = $<HTMLTextAreaElement>('#snippet-iframe');
      expect(doc.activeElement).to.equal(area);
      expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
    }
  });

  it('switches the interface to English and back, and the preview follows', async () => {
    await openConfigurator();
    await settledIn(() => doc, '#preview siar-releases');
    $<HTMLButtonElement>('.lang-switch button[data-lang="en"]').click();
    expect(doc.documentElement.lang).to.equal('en');
    expect($('h1').textContent).to.equal('Widget configurator');
    expect($('button[data-copy="snippet-script"]').textContent).to.equal('Copy the script-tag code');
    expect($('.lang-switch button[data-lang="en"]').getAttribute('aria-pressed')).to.equal('true');
    const preview = await settledIn(() => doc, '#preview siar-releases');
    expect(preview.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('Press releases');
    $<HTMLButtonElement>('.lang-switch button[data-lang="id"]').click();
    expect($('h1').textContent).to.equal('Konfigurator widget');
    closeFrames();
    // ?lang=en opens it in English.
    await openConfigurator('?lang=en');
    expect($('h1').textContent).to.equal('Widget configurator');
  });

  it('previews the iframe snippet itself', async () => {
    await openConfigurator();
    choose('preview-mode', 'iframe');
    const frame = await waitFor(() => doc.querySelector<HTMLIFrameElement>('#preview iframe'), 'the preview iframe');
    expect(frame.src).to.equal(snippet('iframe').match(/src="([^"]+)"/)![1]!.replaceAll('&amp;', '&'));
    const el = await settledIn(() => frame.contentDocument, 'siar-releases');
    expect(el.getAttribute('state')).to.equal('ready');
    await waitFor(() => frame.style.height && frame.style.height !== `${frame.height}px`, 'the preview iframe to be sized');
  });

  it('is usable with the keyboard alone', async () => {
    const frame = await openConfigurator();
    frame.focus();
    $<HTMLInputElement>('input[name="widget"][value="releases"]').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect($<HTMLInputElement>('input[name="widget"]:checked').value).to.equal('videos');
    await settledIn(() => doc, '#preview siar-videos');
    expect(snippet('script')).to.contain('<siar-videos');
    expect(doc.querySelector('fieldset[data-widget="videos"]')!.hasAttribute('hidden')).to.equal(false);
    expect(doc.querySelector('fieldset[data-widget="releases"]')!.hasAttribute('hidden')).to.equal(true);
  });

  it('passes axe, with every form control labelled', async () => {
    // The page's own policy forbids injecting axe-core, so the same markup and script run in a
    // copy without the CSP meta tag.
    const html = await (await fetch('/demo/configurator.html')).text();
    const copy = html
      .replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, '')
      .replace('<head>', '<head><base href="/demo/configurator.html" />')
      // Absolute too: the preload scanner may fetch before <base> applies.
      .replace(/ (href|src)="(?![a-z]+:|#|\/)/g, ' $1="/demo/');
    expect(copy).not.to.contain('Content-Security-Policy');
    const frame = await openFrame({ srcdoc: copy, width: 1280, height: 1000 });
    doc = docOf(frame);
    await waitFor(() => doc.documentElement.hasAttribute('data-ready'), 'the configurator to start');
    await settledIn(() => doc, '#preview siar-releases');
    for (const control of doc.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
      const labelled = control.labels?.length || control.getAttribute('aria-labelledby') || control.getAttribute('aria-label');
      expect(labelled, control.id || control.name).to.be.ok;
    }
    const axeScript = doc.createElement('script');
    axeScript.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      axeScript.onload = resolve;
      axeScript.onerror = reject;
      doc.head.append(axeScript);
    });
    type Axe = { run: (context: Document) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> };
    const axe = (frame.contentWindow as Window & { axe: Axe }).axe;
    for (const widget of ['releases', 'alert']) {
      doc.querySelector<HTMLInputElement>(`input[name="widget"][value="${widget}"]`)!.click();
      if (widget === 'alert') {
        // With its errors showing too.
        const refresh = doc.querySelector<HTMLInputElement>('#alert-refresh')!;
        refresh.value = '10';
        refresh.dispatchEvent(new Event('change', { bubbles: true }));
        doc.querySelector<HTMLInputElement>('#alert-kinds input[value="weather"]')!.click();
      }
      for (const lang of ['id', 'en']) {
        doc.querySelector<HTMLButtonElement>(`.lang-switch button[data-lang="${lang}"]`)!.click();
        await settledIn(() => doc, `#preview siar-${widget}`);
        if (widget === 'alert') expect(doc.querySelector('#alert-refresh-error')!.textContent, lang).to.match(/30/);
        const { violations } = await axe.run(doc);
        expect(violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${widget} ${lang}`).to.deep.equal([]);
      }
    }
  });
});
