import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/feed/url.js';

/** What safeUrl must answer: strip controls, trim, let the browser's URL parser resolve, check the scheme. */
function reference(raw: string, base?: string, schemes: readonly string[] = ['http:', 'https:']): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = raw.replace(/[\u0000-\u001F\u007F]/g, '').trim();
  if (!cleaned) return undefined;
  let baseHref: string | undefined;
  if (base) {
    try {
      const b = new URL(base);
      baseHref = ['http:', 'https:'].includes(b.protocol) ? b.href : undefined;
    } catch {
      baseHref = undefined;
    }
  }
  try {
    const url = base ? new URL(cleaned, baseHref) : new URL(cleaned);
    return schemes.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const BASE = 'https://contohprov.go.id/feed';

describe('safeUrl', () => {
  const attacks = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'javascript://contohprov.go.id/%0aalert(1)',
    'https:javascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
  ];
  for (const raw of attacks) {
    it(`never lets ${JSON.stringify(raw)} through as anything but http(s)`, () => {
      const out = safeUrl(raw, BASE);
      if (out !== undefined) expect(out).to.match(/^https?:\/\//);
      expect(out).to.equal(reference(raw, BASE));
    });
  }

  const cases = [
    'https://contohprov.go.id/berita/1',
    'http://contohprov.go.id/',
    'https://contohprov.go.id',
    'https://contohprov.go.id?x=1',
    'HTTPS://contohprov.go.id/a',
    'https://ContohProv.go.id/a',
    'https://contohprov.go.id:443/a',
    'http://contohprov.go.id:80/a',
    'https://contohprov.go.id:8443/a',
    'https://user:pw@contohprov.go.id/a',
    'https://contohprov.go.id/a/./b',
    'https://contohprov.go.id/a/../b',
    'https://contohprov.go.id/a/..',
    'https://contohprov.go.id/a/.',
    'https://contohprov.go.id/a/%2e%2E/b',
    'https://contohprov.go.id/.well-known/x',
    'https://contohprov.go.id/a/.../b',
    'https://contohprov.go.id/a b',
    'https://contohprov.go.id/a%20b',
    'https://contohprov.go.id/%7Ea',
    'https://contohprov.go.id/a"b',
    "https://contohprov.go.id/a?b='c'",
    'https://contohprov.go.id/a?b=<c>',
    'https://contohprov.go.id/a#b c',
    'https://contohprov.go.id/a#',
    'https://contohprov.go.id/a?',
    'https://contohprov.go.id/a?b=1&c=2#x/y?z',
    'https://contohprov.go.id/a\\b',
    'https://contohprov.go.id/a{b}|c^d`e',
    'https://contohprov.go.id/é',
    'https://kabupaten-contoh.go.id/é?q=ü#ä',
    'https://contöh.go.id/',
    'https://xn--contoh-9ya.go.id/',
    'https://xn--.go.id/',
    'https://0x7f.1/',
    'https://127.0.0.1/',
    'https://1.2.3.4.5/',
    'https://a.09/',
    'https://a.0x1f/',
    'https://a..b/',
    'https://-a-.b-/',
    'https://contohprov.go.id./a',
    'https://contohprov.go.id/a/:@!$&()*+,;=~_-.',
    'https://contohprov.go.id/a?:@!$&()*+,;=~_-./?',
    'https:/contohprov.go.id/a',
    'https:contohprov.go.id/a',
    'https:///contohprov.go.id/a',
    '//contohprov.go.id/a',
    '/berita/1',
    'berita/1',
    '../berita/1',
    '?page=2',
    '#top',
    '',
    '   ',
    ' https://contohprov.go.id/a ',
    'https://contohprov.go.id/a\n',
    'https://contohprov.go.id/a\u00a0',
    'https://contohprov.go.id/a\u2028b',
    'https://contohprov.go.id/a\u007fb',
    'ftp://contohprov.go.id/a',
    'mailto:humas@contohprov.go.id',
    'tel:+62401123456',
  ];
  for (const raw of cases) {
    it(`reads ${JSON.stringify(raw)} as the browser's URL parser does`, () => {
      expect(safeUrl(raw, BASE)).to.equal(reference(raw, BASE));
      expect(safeUrl(raw)).to.equal(reference(raw));
      expect(safeUrl(raw, 'not a url')).to.equal(reference(raw, 'not a url'));
      expect(safeUrl(raw, BASE, ['mailto:', 'tel:'])).to.equal(reference(raw, BASE, ['mailto:', 'tel:']));
      expect(safeUrl(raw, undefined, ['https:'])).to.equal(reference(raw, undefined, ['https:']));
    });
  }

  it('reads 5,000 random URL-like strings as the browser does', () => {
    const pieces = [
      'https://', 'http://', 'HTTP://', 'https:', '//', 'contohprov', '.go.id', '.', '..', '/', 'a', 'B', '0', '9', '0x', '-', '_', '~',
      ':', '443', '@', '?', '#', '&', '=', '%', '2e', '41', ' ', '\t', '\n', '\\', '"', "'", '<', '>', '{', '|', '^', '`', 'é', 'xn--',
      '!', '$', '(', '*', '+', ',', ';', '\u00a0', '\u0000', 'javascript:', 'data:',
    ];
    let seed = 99;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 0) % n;
    const failures: string[] = [];
    for (let run = 0; run < 5000; run++) {
      let raw = run % 2 ? 'https://' : '';
      for (let k = 1 + random(12); k > 0; k--) raw += pieces[random(pieces.length)];
      for (const base of [BASE, undefined]) {
        const got = safeUrl(raw, base);
        const want = reference(raw, base);
        if (got !== want) failures.push(`${JSON.stringify(raw)} → ${got} ≠ ${want}`);
      }
    }
    expect(failures.slice(0, 5)).to.deep.equal([]);
  });
});
