import { expect } from '@open-wc/testing';
import { BLOCK, SKIP, cleanText, collapse, htmlInfo, htmlToText, isAgencyId, truncate, type HtmlInfo } from '../../src/feed/text.js';
import { buildItem, kindFromCategories } from '../../src/feed/normalize.js';
import { agencyIdCases, kindCases, textCases, truncateCases } from '../shared/text-cases.mjs';

/**
 * The browser's own HTML parser, as the reference the string tokenizer must match: the same
 * elements skipped (an SVG <title> is read), the same block spacing, the first <img> with a src.
 */
function browserInfo(html: string): HtmlInfo {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const parts: string[] = [];
  let image: string | undefined;
  let imageAlt: string | undefined;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        parts.push(child.nodeValue ?? '');
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        const name = element.localName;
        if (SKIP.has(name) && !(name === 'title' && element.namespaceURI !== 'http://www.w3.org/1999/xhtml')) continue;
        if (name === 'img' && image === undefined && element.getAttribute('src')?.trim()) {
          image = element.getAttribute('src')!;
          imageAlt = element.getAttribute('alt') ?? undefined;
        }
        const block = BLOCK.has(name);
        if (block) parts.push(' ');
        walk(element);
        if (block) parts.push(' ');
      }
    }
  };
  walk(doc.body);
  const info: HtmlInfo = { text: cleanText(parts.join('')) };
  if (image) info.image = image;
  if (imageAlt) info.imageAlt = imageAlt;
  return info;
}

const tricky = [
  '<img src="/img/a.jpg" alt="Foto &amp; keterangan"><p>Isi</p><img src="/img/b.jpg">',
  '<img alt="tanpa sumber"><img src=/tanpa-kutip.jpg alt=foto>',
  '<img src="" alt="kosong"><image src="/img/image.jpg" alt="image jadi img">',
  '<img src="/a.jpg?x=1&amp;y=2&copy=3&not" alt="&notit; &amp">',
  '<svg><image href="/svg.jpg"/></svg><img src="/html.jpg">',
  '<svg/>setelah svg kosong',
  '<svg><style>a</svg>b',
  '<svg><font color="red">merah</font></svg>',
  '<math><mi>x</mi></math>rumus',
  '<select><p>x</p><select>y',
  '<select><option>a</option><textarea>b</textarea>c',
  '<select><option>a</option><input value="b">c',
  '<template><template>dalam</template>luar</template>sesudah',
  '<object><object>a</object>b</object>c',
  '<xmp><b>tebal</b> &amp;</xmp>',
  '<plaintext><b>semua</b> &amp; sisanya',
  '<title>a</title >b<style>c</style\t>d<script>e</script/>f',
  '<scriptx>bukan skrip</scriptx><script>x</scriptx></script>y',
  '<p\nclass="a"\n>baris\r\nbaru\rlagi</p>',
  'nol\u0000byte',
  '<p =a b="1" c=\'2\'d=3>atribut aneh</p>',
  '<a title="tak ditutup>teks',
  '<a href=x/>garis miring</a>',
  '<!---->a<!-- a -- b -->c<!--x--!>d<!--->e',
  '<!--tak ditutup',
  'akhir <',
  'akhir </',
  '&#x;&#;&x; &',
  '<br/><hr><dd>a<dt>b',
];

describe('htmlInfo', () => {
  for (const [html] of textCases) {
    it(`reads ${JSON.stringify(html).slice(0, 60)} as the browser's parser does`, () => {
      expect(htmlInfo(html)).to.deep.equal(browserInfo(html));
    });
  }
  for (const html of tricky) {
    it(`reads ${JSON.stringify(html).slice(0, 60)} as the browser's parser does`, () => {
      expect(htmlInfo(html)).to.deep.equal(browserInfo(html));
    });
  }

  it('reads 5,000 random fragments of feed-like markup as the browser does', () => {
    // Pieces real feeds contain, broken and recombined (no tables: the parser moves stray text
    // out of them, which a text reader does not need to copy). The seed is fixed so a failure
    // can be reproduced; over many seeds about 2 in 10,000 such strings still differ, all of them
    // <form>, <svg>, <select> or <template> nested into each other in broken ways, and mostly by
    // a space.
    const pieces = [
      '<p>', '</p>', '<b>', '</b>', '<br/>', '<div class="a>b">', '</div>', '<li>', 'kata', ' ', '\n', 'é', '&amp;', '&copy', '&nbsp;',
      '&#150;', '&#x201C;', '&hellip;', '&bogus;', '&', '<', '>', '"', "'", '=', '/', '<!--', '-->', '<!', '<?', '</', '<script>',
      '</script>', '<style>', '</style>', '<svg>', '</svg>', '<math>', '</math>', '<img src="f.jpg" alt="Foto">', '<img alt=x src=',
      '<title>', '</title>', '<template>', '</template>', '<select>', '</select>', '<textarea>', '</textarea>', '<noscript>',
      '</noscript>', '<iframe>', '</iframe>', '<xmp>', '</xmp>', '<image src="i.jpg">', '<![CDATA[', ']]>', '<a href="/x">', '</a>',
      '<h2>', '</h2>', '<object>', '</object>', '<font size=2>', '\u0093', '<li>', '</li>', '<ul>', '</ul>', '<dd>', '<dt>', '<h3>',
      '</h3>', '<pre>', '</pre>', '<blockquote>', '</br>', '<hr>', '<p class=x', '&not', '&#0;', '<form>', '</form>',
      '<span>', '</span>', '<em>', '</i>', '<figure>', '<figcaption>', '<section>', '</section>', '<plaintext>',
    ];
    let seed = 4242;
    const random = (n: number): number => {
      // mulberry32
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    const failures: string[] = [];
    for (let run = 0; run < 5000; run++) {
      let html = '';
      for (let k = 1 + random(25); k > 0; k--) html += pieces[random(pieces.length)];
      const got = htmlInfo(html);
      const want = browserInfo(html);
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${JSON.stringify(html)} → ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
    expect(failures.slice(0, 5)).to.deep.equal([]);
  });

  it('finds the first image and its alt text', () => {
    expect(htmlInfo(tricky[0]!)).to.deep.equal({ text: 'Isi', image: '/img/a.jpg', imageAlt: 'Foto & keterangan' });
    expect(htmlInfo(tricky[1]!).image).to.equal('/tanpa-kutip.jpg');
  });

  it('never executes or loads anything', async () => {
    let fired = false;
    (window as unknown as { __x: () => void }).__x = () => {
      fired = true;
    };
    htmlInfo('<img src="x" onerror="__x()"><script>__x()</script><svg onload="__x()"></svg>');
    await new Promise((r) => setTimeout(r, 50));
    expect(fired).to.equal(false);
  });

  it('reads 2,000 ordinary items quickly', () => {
    const item = '<p>Pemerintah Provinsi Contoh <strong>menyalurkan</strong> bantuan&nbsp;ke 12 kabupaten.</p><img src="/a.jpg" alt="Bantuan"><p>Selengkapnya &hellip;</p>';
    const started = performance.now();
    for (let i = 0; i < 2000; i++) htmlInfo(item + i);
    expect(performance.now() - started).to.be.below(500);
  });
});

describe('collapse and cleanText', () => {
  // The definition the fast path must keep: C1 controls mapped, white space runs to one space, trimmed.
  const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  const reference = (text: string): string =>
    text
      .replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]!)
      .replace(/[\s\u00a0\u200b]+/g, ' ')
      .trim();

  it('collapses 5,000 random strings of words and every kind of space as the definition does', () => {
    const pieces = ['kata', 'é', 'x', ' ', '  ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u200b', '\u0085', '\u0093', '\u1680',
      '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200c', '\u007f', '\u00a1', '😀'];
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 0) % n;
    const failures: string[] = [];
    for (let run = 0; run < 5000; run++) {
      let text = '';
      for (let k = random(8); k > 0; k--) text += pieces[random(pieces.length)];
      if (collapse(text) !== reference(text)) failures.push(JSON.stringify(text));
    }
    expect(failures.slice(0, 5)).to.deep.equal([]);
  });

  it('leaves text that needs nothing as it is, and trims what does', () => {
    expect(collapse('Siaran pers 12')).to.equal('Siaran pers 12');
    expect(collapse(' Siaran pers')).to.equal('Siaran pers');
    expect(collapse('Siaran pers ')).to.equal('Siaran pers');
    expect(collapse('Siaran  pers\u00a0\u0093baru\u0094')).to.equal('Siaran pers “baru”');
    expect(collapse('')).to.equal('');
    expect(collapse(' ')).to.equal('');
  });

  it('removes CMS tails only where they are', () => {
    expect(cleanText('Isi berita. The post Judul appeared first on Humas Contoh.')).to.equal('Isi berita.');
    expect(cleanText('Isi berita yang dipotong [&hellip;]')).to.equal('Isi berita yang dipotong…');
    expect(cleanText('Kalimat penuh. [...]')).to.equal('Kalimat penuh.');
    expect(cleanText('Daftar [1]')).to.equal('Daftar [1]');
    expect(cleanText('appeared first on nothing')).to.equal('appeared first on nothing');
    expect(cleanText('The post Judul appeared first on Humas [...]')).to.equal('');
  });
});

// The same tables run against the CLI in test/cli/units.test.mjs.
describe('text, shared with the CLI', () => {
  for (const [html, text] of textCases) {
    it(`htmlToText(${JSON.stringify(html).slice(0, 50)})`, () => {
      expect(htmlToText(html)).to.equal(text);
    });
  }
  for (const [text, max, cut] of truncateCases) {
    it(`truncate(${JSON.stringify(text)}, ${max})`, () => {
      expect(truncate(text, max)).to.equal(cut);
    });
  }
  for (const [categories, kind] of kindCases) {
    it(`kind of ${JSON.stringify(categories)}`, () => {
      expect(kindFromCategories(categories)).to.equal(kind);
    });
  }
  for (const [value, valid] of agencyIdCases) {
    it(`agency id ${JSON.stringify(value.slice(0, 20))}`, () => {
      expect(isAgencyId(value)).to.equal(valid);
      expect(buildItem({ title: 'x', siar: { agency: value } }, undefined).agency).to.equal(valid ? value : undefined);
    });
  }
});
