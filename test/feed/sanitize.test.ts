import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/feed/sanitize.js';

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
