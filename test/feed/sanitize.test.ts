import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/feed/sanitize.js';
import { closeFrames, openFrame, waitFor } from '../embed/frames.js';

describe('sanitizeHtml (DOMPurify, loaded lazily)', () => {
  it('removes scripts, handlers, frames, SVG and styles, and keeps text', async () => {
    const out = await sanitizeHtml(
      '<p onclick="alert(1)" style="color:red">Teks <b>tebal</b></p><script>alert(2)</script><iframe src="https://evil.example"></iframe><svg onload="alert(3)"></svg><img src=x onerror="alert(4)"><form action="https://evil.example"><input></form>',
      'https://contohprov.go.id/siar/',
    );
    const doc = new DOMParser().parseFromString(out, 'text/html');
    expect(doc.querySelector('script, iframe, svg, form, input, [onclick], [onerror], [style]')).to.equal(null);
    expect(doc.body.textContent).to.contain('Teks tebal');
    expect(doc.querySelector('img')!.getAttribute('src')).to.equal('https://contohprov.go.id/siar/x');
    expect(doc.querySelector('img')!.getAttribute('loading')).to.equal('lazy');
  });

  it('keeps only http(s), mailto and tel links, opening safely in a new tab', async () => {
    const out = await sanitizeHtml(
      '<a href="javascript:alert(1)">a</a><a href="/berita">b</a><a href="mailto:humas@contohprov.go.id">c</a><a href="data:text/html,x">d</a><a href="  java&#09;script:alert(1)">e</a>',
      'https://contohprov.go.id/',
    );
    const links = [...new DOMParser().parseFromString(out, 'text/html').querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([null, 'https://contohprov.go.id/berita', 'mailto:humas@contohprov.go.id', null, null]);
    for (const a of links.filter((l) => l.hasAttribute('href'))) {
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(a.getAttribute('target')).to.equal('_blank');
    }
  });
});

describe('sanitizeHtml leaves the page’s own DOMPurify alone', () => {
  it('the shared DOMPurify instance gives its own default output after sanitizeHtml has run', async () => {
    const { default: DOMPurify } = await import('dompurify');
    const dirty = '<p><a href="/berita">tautan</a> <img src="foto.jpg"> <video src="v.mp4" autoplay></video></p>';
    const ours = await sanitizeHtml(dirty, 'https://contohprov.go.id/');
    expect(ours, 'sanitizeHtml did its own rewriting').to.contain('rel="noopener noreferrer"');
    // What DOMPurify itself does with it (nothing to remove), whatever ran before in this page.
    expect(DOMPurify.sanitize(dirty)).to.equal('<p><a href="/berita">tautan</a> <img src="foto.jpg"> <video src="v.mp4" autoplay=""></video></p>');
    expect(DOMPurify.sanitize('<p style="color:red">x</p>'), 'its defaults are untouched too').to.equal('<p style="color:red">x</p>');
    expect(typeof DOMPurify.removeHook('afterSanitizeAttributes'), 'no hook on the shared instance').to.equal('undefined');
  });
});

describe('sanitizeHtml: video and audio', () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('resolves src and poster against the base, keeps only http(s), and never autoplays', async () => {
    const out = parse(
      await sanitizeHtml(
        '<video src="klip.mp4" poster="/poster.jpg" autoplay muted loop><source src="klip.webm" type="video/webm"><source src="javascript:alert(1)"><track src="teks.vtt" kind="captions"></video>' +
          '<audio src="data:audio/wav;base64,AAAA" autoplay></audio><audio><source src="//cdn.contohprov.go.id/siaran.mp3"></audio>' +
          '<video src="  java&#09;script:alert(1)" poster="vbscript:x"></video>',
        'https://contohprov.go.id/siar/',
      ),
    );
    const [video, bad] = [...out.querySelectorAll('video')];
    expect(video!.getAttribute('src')).to.equal('https://contohprov.go.id/siar/klip.mp4');
    expect(video!.getAttribute('poster')).to.equal('https://contohprov.go.id/poster.jpg');
    expect([...video!.querySelectorAll('source')].map((s) => s.getAttribute('src'))).to.deep.equal(['https://contohprov.go.id/siar/klip.webm', null]);
    expect(video!.querySelector('track')!.getAttribute('src')).to.equal('https://contohprov.go.id/siar/teks.vtt');
    expect(bad!.hasAttribute('src')).to.equal(false);
    expect(bad!.hasAttribute('poster')).to.equal(false);
    const [audio, audio2] = [...out.querySelectorAll('audio')];
    expect(audio!.hasAttribute('src')).to.equal(false);
    expect(audio2!.querySelector('source')!.getAttribute('src')).to.equal('https://cdn.contohprov.go.id/siaran.mp3');
    for (const media of out.querySelectorAll('video, audio')) {
      expect(media.hasAttribute('autoplay'), media.outerHTML).to.equal(false);
      expect(media.hasAttribute('controls'), media.outerHTML).to.equal(true);
      expect(media.getAttribute('preload'), media.outerHTML).to.equal('none');
    }
  });

  it('drops relative media URLs when there is no base to resolve them against', async () => {
    const out = parse(await sanitizeHtml('<video src="klip.mp4" poster="p.jpg"></video><img src="x.jpg">'));
    expect(out.querySelector('video')!.hasAttribute('src')).to.equal(false);
    expect(out.querySelector('video')!.hasAttribute('poster')).to.equal(false);
    expect(out.querySelector('img')!.hasAttribute('src')).to.equal(false);
  });
});

describe('sanitizeHtml under Trusted Types', () => {
  afterEach(closeFrames);

  it('works beside the app’s own DOMPurify on a page that allows each policy name once', async () => {
    // The app's DOMPurify has created its `dompurify` policy; a second one would be refused
    // (no 'allow-duplicates'). Siar parses through its own `siar-inert` policy instead.
    const frame = await openFrame({
      srcdoc: `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types siar-inert lit-html dompurify">
<script type="module">
window.out = [];
document.addEventListener('securitypolicyviolation', (e) => out.push('violation ' + e.effectiveDirective));
const { default: DOMPurify } = await import('${location.origin}/node_modules/dompurify/dist/purify.es.mjs');
out.push(DOMPurify.sanitize('<b>app</b>'));
const { sanitizeHtml } = await import('${location.origin}/src/feed/sanitize.ts');
try { out.push(await sanitizeHtml('<p><a href="/berita">tautan</a><script>x()<\\/script></p>', 'https://contohprov.go.id/')); } catch (e) { out.push('threw ' + e); }
out.push('done');
</script></head><body></body></html>`,
    });
    const win = frame.contentWindow as Window & { out?: string[] };
    await waitFor(() => win.out?.includes('done'), 'the page script');
    expect(win.out).to.deep.equal(['<b>app</b>', '<p><a href="https://contohprov.go.id/berita" target="_blank" rel="noopener noreferrer">tautan</a></p>', 'done']);
  });
});
