// The iframe embed as a host page uses it: cdn/embed.html (built by `npm test`) in an iframe.
import { expect } from '@open-wc/testing';
import { removeFile, writeFile } from '@web/test-runner-commands';
import { bakeEmbedPage } from '../../src/embed/allow.js';
import { attributesOf, closeFrames, docOf, openFrame, settledIn, titlesOf, waitFor } from './frames.js';

const EMBED = '/cdn/embed.html';
const RELEASES = '/demo/data/releases.json';

interface Resize {
  type: 'siar:resize';
  height: number;
  id: string;
}

/** Every `siar:resize` message the test page receives, with the window that sent it. */
const received: { data: Resize; source: MessageEventSource | null; origin: string }[] = [];
const onMessage = (event: MessageEvent) => {
  if (event.data?.type === 'siar:resize') received.push({ data: event.data as Resize, source: event.source, origin: event.origin });
};

function embedUrl(params: Record<string, string>): string {
  return `${EMBED}?${new URLSearchParams(params)}`;
}

describe('iframe embed (cdn/embed.html)', function () {
  this.timeout(20_000);
  before(() => addEventListener('message', onMessage));
  after(() => removeEventListener('message', onMessage));
  afterEach(() => {
    closeFrames();
    received.length = 0;
  });

  it('renders one widget from its parameters and reports its height to the parent', async () => {
    const frame = await openFrame({ src: embedUrl({ widget: 'releases', src: RELEASES, limit: '3', layout: 'cards', lang: 'en', 'heading-level': '3', id: 'berita-1', accent: '#b00020' }) });
    const el = await settledIn(() => docOf(frame), 'siar-releases');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(attributesOf(el)).to.deep.equal({
      'heading-level': '3',
      lang: 'en',
      layout: 'cards',
      limit: '3',
      src: new URL(RELEASES, location.href).href,
    });
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(3);
    expect(getComputedStyle(el).getPropertyValue('--siar-color-accent').trim()).to.equal('#b00020');
    expect(docOf(frame).documentElement.lang).to.equal('en');
    expect(docOf(frame).title).to.equal('Press releases');

    // The last message carries the rendered height, from that iframe's window, with its id.
    const last = await waitFor(() => {
      const mine = received.filter((m) => m.source === frame.contentWindow);
      const height = Math.ceil(docOf(frame).documentElement.getBoundingClientRect().height);
      return mine.length && mine.at(-1)!.data.height === height ? mine.at(-1) : undefined;
    }, 'a siar:resize message with the rendered height');
    expect(last.data).to.deep.equal({ type: 'siar:resize', height: last.data.height, id: 'berita-1' });
    expect(last.data.height).to.be.greaterThan(200);
    expect(last.origin).to.equal(location.origin);
  });

  it('reports again when the content grows or shrinks', async () => {
    const frame = await openFrame({ src: embedUrl({ widget: 'releases', src: RELEASES, limit: '2', id: 'grow' }) });
    const el = await settledIn(() => docOf(frame), 'siar-releases');
    const heightNow = () => received.filter((m) => m.source === frame.contentWindow).at(-1)?.data.height ?? 0;
    const before = await waitFor(() => heightNow(), 'a first height');
    el.setAttribute('limit', '8');
    const after = await waitFor(() => (heightNow() > before ? heightNow() : 0), 'a larger height');
    expect(after).to.be.greaterThan(before);
  });

  it('loads only the chosen widget’s module, from its own folder', async () => {
    const frame = await openFrame({ src: embedUrl({ widget: 'directory', src: '/demo/data/directory.json', limit: '3', group: 'alpha' }) });
    await settledIn(() => docOf(frame), 'siar-directory');
    const scripts = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js'));
    expect(scripts).to.include('/cdn/embed.js');
    expect(scripts).to.include('/cdn/elements/siar-directory.js');
    expect(scripts.filter((p) => /siar-(releases|videos|social)\.js|\/siar\.js$/.test(p))).to.deep.equal([]);
    expect(docOf(frame).querySelector('siar-directory')!.getAttribute('group')).to.equal('alpha');
  });

  it('renders the social bar from a profile', async () => {
    const frame = await openFrame({ src: embedUrl({ widget: 'social', profile: '/demo/data/siar.json', size: 'large', 'show-handle': '1', layout: 'floating' }) });
    const el = await settledIn(() => docOf(frame), 'siar-social');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(attributesOf(el)).to.deep.equal({ profile: new URL('/demo/data/siar.json', location.href).href, size: 'large', 'show-handle': '' });
    expect(titlesOf(el).length).to.be.greaterThan(3);
    expect(el.querySelector('a'), 'no fallback link inside <siar-social>: it would be read as an account').to.equal(null);
  });

  it('renders the alert banner from its safe parameters, and takes no room when nothing is in force', async () => {
    const ALERTS = '/demo/data/alerts.json';
    const params = { widget: 'alert', src: ALERTS, area: 'Contoh Utara', 'min-severity': 'Severe', kinds: 'weather bogus', 'min-magnitude': '4.5', refresh: '5', heading: 'x', 'heading-level': '3', strings: '{"label":"<b>"}', fallback: '/berita', id: 'peringatan' };
    const frame = await openFrame({ src: embedUrl(params) });
    const el = await settledIn(() => docOf(frame), 'siar-alert');
    expect(el.getAttribute('state')).to.equal('ready');
    // Unknown kinds dropped, refresh raised to its minimum, no heading, no strings.
    expect(attributesOf(el)).to.deep.equal({ src: new URL(ALERTS, location.href).href, area: 'Contoh Utara', 'min-severity': 'Severe', kinds: 'weather', 'min-magnitude': '4.5', refresh: '30' });
    expect(el.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.match(/\S/);
    expect(el.querySelector('a'), 'no fallback link inside <siar-alert>').to.equal(null);
    expect(docOf(frame).title).to.equal('Peringatan Dini');
    await waitFor(() => received.filter((m) => m.source === frame.contentWindow && m.data.id === 'peringatan').at(-1)?.data.height! > 0, 'a height for the banner');
    closeFrames();
    received.length = 0;

    // An area no alert names: nothing in force, and the page around it is 0 high too.
    const empty = await openFrame({ src: embedUrl({ widget: 'alert', src: ALERTS, area: 'Kabupaten Tidak Ada', id: 'kosong' }) });
    const none = await settledIn(() => docOf(empty), 'siar-alert');
    expect(none.getAttribute('state')).to.equal('empty');
    await waitFor(() => received.filter((m) => m.source === empty.contentWindow && m.data.id === 'kosong').at(-1)?.data.height === 0, 'a height of 0');
  });

  it('refuses bad alert parameters', async () => {
    const frame = await openFrame({ src: embedUrl({ widget: 'alert', src: 'javascript:parent.__siarPwned=7', area: 'x'.repeat(500), 'min-severity': 'Catastrophic', kinds: 'tsunami', 'min-magnitude': '1e3', refresh: 'soon' }) });
    const el = await settledIn(() => docOf(frame), 'siar-alert');
    expect(attributesOf(el)).to.deep.equal({ area: 'x'.repeat(120) });
    expect((window as unknown as { __siarPwned?: number }).__siarPwned).to.equal(undefined);
  });

  it('ignores hostile parameters: javascript: URLs, markup in text, huge numbers, unknown names', async () => {
    const params = {
      widget: 'releases',
      src: 'javascript:parent.__siarPwned=1',
      profile: 'data:application/json,{"name":"x"}',
      heading: '<img src=x onerror="parent.__siarPwned=2"><script>parent.__siarPwned=3</script>',
      limit: '100000',
      'more-href': 'javascript:parent.__siarPwned=4',
      fallback: 'vbscript:x',
      onload: 'parent.__siarPwned=5',
      style: 'background:url(https://tracker.example/x)',
      strings: '{"releasesHeading":"<b>x</b>"}',
      id: '"><script>parent.__siarPwned=6</script>',
      accent: 'red;background:url(https://tracker.example/y)',
    };
    const frame = await openFrame({ src: embedUrl(params) });
    const el = await settledIn(() => docOf(frame), 'siar-releases');
    expect(attributesOf(el)).to.deep.equal({ heading: params.heading, limit: '50' });
    // No source left: the widget says so, in its own error state.
    expect(el.getAttribute('state')).to.equal('error');
    // The heading is text.
    const heading = el.shadowRoot!.querySelector('[part~="heading"]')!;
    expect(heading.textContent).to.contain('<img src=x');
    expect(el.shadowRoot!.querySelector('img[src="x"], script')).to.equal(null);
    expect(docOf(frame).querySelectorAll('script:not([src])')).to.have.length(0);
    expect(el.style.getPropertyValue('--siar-color-accent')).to.equal('');
    expect(el.querySelector('a')).to.equal(null);
    const last = await waitFor(() => received.filter((m) => m.source === frame.contentWindow).at(-1), 'a height');
    expect(last.data.id).to.equal('');
    expect((window as unknown as { __siarPwned?: number }).__siarPwned).to.equal(undefined);
  });

  it('shows a notice for an unknown widget and still reports its height', async () => {
    for (const widget of ['evil', 'province', '__proto__', '', 'ALERT']) {
      const frame = await openFrame({ src: embedUrl({ widget, src: RELEASES, id: 'x' }) });
      const doc = docOf(frame);
      const note = await waitFor(() => doc.querySelector('.siar-embed-note'), 'the notice');
      expect(note.textContent).to.contain('tidak dikenal');
      expect(doc.querySelector('[src*="elements/"]'), widget).to.equal(null);
      expect([...doc.body.querySelectorAll('*')].some((n) => n.localName.startsWith('siar-')), widget).to.equal(false);
      await waitFor(() => received.some((m) => m.source === frame.contentWindow && m.data.id === 'x'), 'a height');
      closeFrames();
    }
  });

  it('shows the fallback link in the error state', async () => {
    // (On the page's own origin: a fallback elsewhere is refused, see below.)
    const frame = await openFrame({ src: embedUrl({ widget: 'releases', src: '/demo/data/tidak-ada.json', fallback: '/berita' }) });
    const el = await settledIn(() => docOf(frame), 'siar-releases');
    expect(el.getAttribute('state')).to.equal('error');
    const link = el.querySelector('a')!;
    expect(link.href).to.equal(`${location.origin}/berita`);
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.textContent).to.equal('Buka sumber resminya');
  });

  it('is a strict page: CSP without inline code, Trusted Types, a <noscript> link', async () => {
    const text = await (await fetch(EMBED)).text();
    const doc = new DOMParser().parseFromString(text, 'text/html');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).to.contain("script-src 'self'");
    expect(csp).to.contain("style-src 'self'");
    expect(csp).to.contain("require-trusted-types-for 'script'");
    expect(csp).not.to.contain('unsafe');
    expect(doc.querySelectorAll('script:not([src]), style, [style]')).to.have.length(0);
    const noscript = new DOMParser().parseFromString(doc.querySelector('noscript')!.innerHTML, 'text/html');
    expect(noscript.querySelectorAll('a[href]').length).to.be.greaterThan(0);
    expect(doc.querySelector('meta[name="generator"]')!.getAttribute('content')).to.match(/^Siar \d+\.\d+\.\d+/);
  });
});

describe('iframe embed: only its own origin and its allowlist', function () {
  this.timeout(20_000);
  before(() => addEventListener('message', onMessage));
  after(() => removeEventListener('message', onMessage));
  afterEach(() => {
    closeFrames();
    received.length = 0;
  });

  /** The test server under its other name (localhost ↔ 127.0.0.1): another origin, same files. */
  const other = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
  let n = 0;
  /** A counted feed URL on the other origin (test/mock-server.mjs counts requests by `key`). */
  const counted = (origin = other) => {
    const key = `embed-allow-${Date.now()}-${n++}`;
    return { key, url: `${origin}/__mock/fixture?name=rss2.xml&key=${key}` };
  };
  const hits = async (key: string) => ((await (await fetch(`/__mock/hits?key=${key}`)).json()) as { hits: number }).hits;
  const settle = () => new Promise((r) => setTimeout(r, 600));
  const resources = (frame: HTMLIFrameElement) => frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name);

  it('refuses a src on another origin: says so in both languages, names the host, requests nothing', async () => {
    const { key, url } = counted();
    const frame = await openFrame({ src: embedUrl({ widget: 'releases', src: url, limit: '3', id: 'tolak', lang: 'en' }) });
    const doc = docOf(frame);
    const box = await waitFor(() => doc.querySelector('.siar-embed-refusal'), 'the refusal');
    const [id, en] = [...box.querySelectorAll('p')];
    expect(id!.lang).to.equal('id');
    expect(id!.textContent).to.contain('Sumber ditolak').and.to.contain(new URL(other).host).and.to.contain(location.host);
    expect(en!.lang).to.equal('en');
    expect(en!.textContent).to.contain('Source refused').and.to.contain(new URL(other).host);
    await settle();
    expect([...doc.body.querySelectorAll('*')].some((el) => el.localName.startsWith('siar-')), 'no widget').to.equal(false);
    expect(resources(frame).filter((u) => u.includes('/elements/') || u.includes('__mock')), 'no widget module, no feed').to.deep.equal([]);
    expect(await hits(key), 'no request reached the other origin').to.equal(0);
    expect(doc.querySelector('a'), 'no link to the stranger').to.equal(null);
    // Still sized by the host page.
    await waitFor(() => received.some((m) => m.source === frame.contentWindow && m.data.id === 'tolak'), 'a height');
  });

  it('refuses the page when profile, more-href or fallback is foreign, even beside the province’s own src', async () => {
    for (const [name, value] of [
      ['profile', counted().url],
      ['more-href', 'https://palsu.example/berita'],
      ['fallback', 'https://palsu.example/'],
    ] as const) {
      const { key: ownKey, url: ownUrl } = counted(location.origin);
      const frame = await openFrame({ src: embedUrl({ widget: 'releases', src: ownUrl, [name]: value }) });
      const doc = docOf(frame);
      const box = await waitFor(() => doc.querySelector('.siar-embed-refusal'), `the refusal for ${name}`);
      expect(box.textContent, name).to.contain(new URL(value).host);
      await settle();
      expect(doc.querySelector('siar-releases'), name).to.equal(null);
      expect(doc.querySelector('a[href]'), name).to.equal(null);
      expect(await hits(ownKey), `${name}: not even the own feed is loaded`).to.equal(0);
      if (name === 'profile') expect(await hits(new URL(value).searchParams.get('key')!), 'profile not requested').to.equal(0);
      closeFrames();
    }
  });

  it('the page’s policy blocks other origins too, whatever its script does', async () => {
    const frame = await openFrame({ src: embedUrl({ widget: 'releases', src: RELEASES, limit: '1' }) });
    await settledIn(() => docOf(frame), 'siar-releases');
    const { key, url } = counted();
    const win = frame.contentWindow as Window & typeof globalThis;
    const violations: string[] = [];
    docOf(frame).addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    let failed = false;
    await win.fetch(url).catch(() => (failed = true));
    await settle();
    expect(failed).to.equal(true);
    expect(violations).to.include('connect-src');
    expect(await hits(key)).to.equal(0);
  });

  it('shows an allowlisted origin’s feed: the list baked into a page is what it reads', async () => {
    // The same page with the other origin on its list, written beside cdn/embed.html.
    const page = bakeEmbedPage(await (await fetch(EMBED)).text(), [other]);
    await writeFile({ path: '../../cdn/embed-allow-test.html', content: page });
    try {
      const { key, url } = counted();
      const frame = await openFrame({ src: `/cdn/embed-allow-test.html?${new URLSearchParams({ widget: 'releases', src: url, limit: '2' })}` });
      const el = await settledIn(() => docOf(frame), 'siar-releases');
      expect(docOf(frame).querySelector('.siar-embed-refusal')).to.equal(null);
      expect(el.getAttribute('src')).to.equal(url);
      expect(await hits(key), 'the feed was requested').to.be.greaterThan(0);
      // … and only that origin: a third one is still refused.
      closeFrames();
      const third = await openFrame({ src: `/cdn/embed-allow-test.html?${new URLSearchParams({ widget: 'releases', src: 'https://palsu.example/a.json' })}` });
      await waitFor(() => docOf(third).querySelector('.siar-embed-refusal'), 'the refusal');
    } finally {
      await removeFile({ path: '../../cdn/embed-allow-test.html' });
    }
  });
});

describe('resize snippet (cdn/embed-resize.js)', function () {
  this.timeout(20_000);
  afterEach(closeFrames);

  /** A host page (srcdoc: the test page's origin and base URL) with the snippet and some iframes. */
  async function hostPage(body: string, snippetAttributes = ''): Promise<Document> {
    const host = await openFrame({
      srcdoc: `<!doctype html><html lang="id"><body><script src="/cdn/embed-resize.js" ${snippetAttributes}></script>${body}</body></html>`,
      height: 1200,
    });
    return docOf(host);
  }

  /** A page under `/__mock/text` whose own script posts `messages` to its parent. */
  const poster = (messages: unknown[]) =>
    `/__mock/text?${new URLSearchParams({ type: 'text/html', body: `<script>for (const m of ${JSON.stringify(messages)}) parent.postMessage(m, '*')</script>` })}`;

  it('is a classic script that leaks no globals', async () => {
    // (Its size, under 1 KB, is checked by scripts/build-embed.mjs on the bytes it writes: the
    // test server re-transforms every .js file it serves.)
    const text = await (await fetch('/cdn/embed-resize.js')).text();
    expect(text).not.to.match(/^\s*(import|export)\b/m);
    const doc = await hostPage('');
    const bare = await openFrame({ srcdoc: '<!doctype html><body></body>' });
    const keys = (w: Window) => Object.keys(w).filter((k) => Number.isNaN(Number(k)));
    expect(keys(doc.defaultView!)).to.deep.equal(keys(bare.contentWindow!));
  });

  it('sizes a Siar iframe to its content', async () => {
    const doc = await hostPage(`<iframe title="Siaran Pers" style="border:0;width:100%" height="900" src="${embedUrl({ widget: 'releases', src: RELEASES, limit: '2' })}"></iframe>`);
    const frame = doc.querySelector('iframe')!;
    await settledIn(() => frame.contentDocument, 'siar-releases');
    await waitFor(() => {
      const content = Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
      return frame.style.height === `${content}px`;
    }, 'the iframe to take its content height');
    expect(parseInt(frame.style.height, 10)).to.be.within(100, 899);
  });

  it('resizes only the iframe that sent the message, and only to sane heights', async () => {
    // `data-siar-embed` makes /__mock/text "the embed", so these pages can post what they like.
    const doc = await hostPage(
      `<iframe id="sender" height="50" src="${poster([
        { type: 'siar:resize', height: 123.2, id: '' },
        { type: 'siar:resize', height: -1 },
        { type: 'siar:resize', height: 1e9 },
        { type: 'siar:resize', height: 'NaN' },
        { type: 'siar:resize', height: '400' },
        { type: 'other', height: 77 },
        'siar:resize',
        null,
      ])}"></iframe>
       <iframe id="silent" height="50" src="/__mock/text?type=text/html&body=diam"></iframe>
       <iframe id="stranger" height="50" srcdoc="<script>parent.postMessage({ type: 'siar:resize', height: 9 }, '*')</script>"></iframe>`,
      'data-siar-embed="/__mock/text"',
    );
    const sender = doc.getElementById('sender') as HTMLIFrameElement;
    await waitFor(() => sender.style.height === '124px', 'the sender to be resized');
    // The host page itself pretending to be an iframe.
    doc.defaultView!.postMessage({ type: 'siar:resize', height: 5 }, '*');
    await new Promise((r) => setTimeout(r, 300));
    expect(sender.style.height).to.equal('124px');
    expect((doc.getElementById('silent') as HTMLIFrameElement).style.height).to.equal('');
    expect((doc.getElementById('stranger') as HTMLIFrameElement).style.height, 'not a Siar embed').to.equal('');
  });

  it('ignores a real Siar embed that is not at the configured embed URL', async () => {
    const doc = await hostPage(`<iframe height="444" src="${embedUrl({ widget: 'releases', src: RELEASES, limit: '1' })}"></iframe>`, 'data-siar-embed="https://contohprov.go.id/siar/embed.html"');
    const frame = doc.querySelector('iframe')!;
    await settledIn(() => frame.contentDocument, 'siar-releases');
    await new Promise((r) => setTimeout(r, 300));
    expect(frame.style.height).to.equal('');
  });
});

describe('Subresource Integrity (cdn/sri.json)', () => {
  afterEach(closeFrames);

  it('pins cdn/siar.js and every module it may load, for this version', async () => {
    const sri = (await (await fetch('/cdn/sri.json')).json()) as { file: string; integrity: string; version: string; url: string; files: Record<string, string> };
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(sri.file).to.equal('siar.js');
    expect(sri.version).to.equal(pkg.version);
    expect(sri.url).to.equal(`https://cdn.jsdelivr.net/npm/siar@${pkg.version}/cdn/siar.js`);
    expect(sri.integrity).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(sri.files['siar.js']).to.equal(sri.integrity);
    // Every module siar.js imports at start is listed (the hashes are of the bytes on disk, which
    // scripts/build-embed.mjs computes; this test server re-transforms the .js it serves).
    const siar = await (await fetch('/cdn/siar.js')).text();
    const imports = [...siar.matchAll(/from\s*["']\.\/([^"']+)["']/g)].map((m) => m[1]!);
    expect(imports.length).to.be.greaterThan(0);
    for (const path of imports) expect(sri.files, path).to.have.property(path);
    expect(Object.keys(sri.files).some((f) => f.startsWith('elements/siar-releases'))).to.equal(true);
  });

  it('the one-tag embed works with integrity and crossorigin on the module script', async () => {
    // The hash of the bytes this server sends, so the browser's check passes only if the
    // snippet's shape is right (module script, integrity, CORS mode) and the chunks still load.
    const bytes = await (await fetch('/cdn/siar.js')).arrayBuffer();
    const integrity = `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))))}`;
    const page = (hash: string) =>
      `<!doctype html><html lang="id"><body><script type="module" src="${location.origin}/cdn/siar.js" integrity="${hash}" crossorigin="anonymous"></script>
        <siar-releases src="${location.origin}${RELEASES}" limit="1"><a href="https://contohprov.go.id/berita">Berita</a></siar-releases></body></html>`;
    const good = await openFrame({ srcdoc: page(integrity) });
    const el = await settledIn(() => docOf(good), 'siar-releases');
    expect(el.getAttribute('state')).to.equal('ready');

    // A wrong hash: the browser refuses the script; the fallback link stays.
    const bad = await openFrame({ srcdoc: page(`sha384-${'A'.repeat(64)}`) });
    await new Promise((r) => setTimeout(r, 500));
    expect(bad.contentWindow!.customElements.get('siar-releases')).to.equal(undefined);
    expect(docOf(bad).querySelector('siar-releases a')!.textContent).to.equal('Berita');
  });
});
