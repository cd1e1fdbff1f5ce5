import { expect } from '@open-wc/testing';
import { htmlInfo, slowHtmlInfo, truncate } from '../../src/feed/text.js';

const samples = [
  '<p>Program <strong>imunisasi</strong> dimulai&nbsp;hari ini.</p><p>Kunjungi puskesmas.</p>',
  'Teks biasa tanpa markah',
  'A &amp; B &lt;tag&gt; &quot;kutip&quot; &#39;satu&#39; &#x2014; &#8211; &hellip;',
  '<div>satu<br>dua<br/>tiga</div><ul><li>a</li><li>b</li></ul>',
  '<img src="/img/a.jpg" alt="Foto &amp; keterangan"><p>Isi</p><img src="/img/b.jpg">',
  "<img alt='x>y' src='/img/c.jpg'>teks",
  '<a href="https://contohprov.go.id" title="a>b">tautan</a> akhir',
  'x < y dan y > z',
  '<!-- komentar --><p>setelah komentar</p>',
  '<p>di<em>tekan</em>kan</p>',
  '<script>alert(1)</script>aman',
  '<style>p{}</style>aman',
  '&copy; 2026 Pemprov &mdash; semua hak',
  '&unknownentity; tetap',
  '&amp tanpa titik koma',
  '<p>tak ditutup <b>tebal',
  '<svg><desc>ikon</desc></svg>teks',
  '<![CDATA[x]]>y',
  '<P CLASS="x">HURUF BESAR</P><BR>baris',
  '<h2>Judul</h2><table><tr><td>a</td><td>b</td></tr></table>',
  '&#128;&#146;s',
  '<img src=/tanpa-kutip.jpg alt=foto>',
];

describe('htmlInfo', () => {
  for (const html of samples) {
    it(`reads ${JSON.stringify(html).slice(0, 50)} as the browser's parser would`, () => {
      expect(htmlInfo(html)).to.deep.equal(slowHtmlInfo(html));
    });
  }

  it('never executes or loads anything', async () => {
    let fired = false;
    (window as unknown as { __x: () => void }).__x = () => {
      fired = true;
    };
    htmlInfo('<img src="x" onerror="__x()"><script>__x()</script><svg onload="__x()"></svg>');
    await new Promise((r) => setTimeout(r, 50));
    expect(fired).to.equal(false);
  });

  it('truncates on a word boundary', () => {
    expect(truncate('Satu dua tiga empat lima', 14)).to.equal('Satu dua tiga…');
    expect(truncate('pendek', 14)).to.equal('pendek');
  });
});
