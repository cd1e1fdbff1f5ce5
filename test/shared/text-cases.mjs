// One table of text cases, run against the widgets' engine (test/feed/text.test.ts, src/feed) and
// the publisher CLI (test/cli/units.test.mjs, dist/node/cli): both must give the same text, cut
// and classification for the same input.

/** [html, plain text] */
export const textCases = [
  ['<p>Satu&nbsp;dua</p><p>tiga &amp; <b>empat</b><script>x()</script></p>', 'Satu dua tiga & empat'],
  ['Teks   biasa\n\tdua baris', 'Teks biasa dua baris'],
  ['A &#150; B', 'A – B'],
  ['&#128;&#146;s &#x93;kutip&#x94;', '€’s “kutip”'],
  ['\u0093kutip\u0094 dari ekspor lama', '“kutip” dari ekspor lama'],
  ['A &amp; B &lt;tag&gt; &quot;kutip&quot; &#39;satu&#39; &#x2014; &#8211; &hellip;', 'A & B <tag> "kutip" \'satu\' — – …'],
  ['&euro;&nbsp;5 &rarr; &lang;x&rang; &Omega; &oelig;', '€ 5 → ⟨x⟩ Ω œ'],
  ['&amp tanpa titik koma, &copy 2026', '& tanpa titik koma, © 2026'],
  ['&notit; &unknownentity; tetap', '¬it; &unknownentity; tetap'],
  ['&#0; &#x110000; &#xD800; &#00000000065;', '\ufffd \ufffd \ufffd A'],
  ['<div>satu<br>dua<br/>tiga</div><ul><li>a</li><li>b</li></ul>', 'satu dua tiga a b'],
  ['<p>di<em>tekan</em>kan</p>', 'ditekankan'],
  ['<a href="https://contohprov.go.id" title="a>b">tautan</a> akhir', 'tautan akhir'],
  ["<img alt='x>y' src='/img/c.jpg'>teks", 'teks'],
  ['x < y dan y > z, <3', 'x < y dan y > z, <3'],
  ['<!-- komentar --><p>setelah komentar</p><!--> tetap', 'setelah komentar tetap'],
  ['<!DOCTYPE html><?php echo 1 ?><![CDATA[x]]>y', 'y'],
  ['<style>p{}</style><title>Judul</title><iframe src="x"><p>bingkai</p></iframe>aman', 'aman'],
  ['<script>if (a </b) x("</p>")</script>aman', 'aman'],
  ['<noscript>Aktifkan JS</noscript><template><p>templat</p></template><object><p>objek</p></object>isi', 'isi'],
  ['<textarea>&lt;b&gt;</textarea><select><option>Pilih</option></select>isi', 'isi'],
  ['<title>Dokumen</title><svg><title>Peta</title><desc>ikon</desc><text>grafik</text></svg> teks', 'Petaikongrafik teks'],
  ['<svg><text><![CDATA[a < b]]></text><style>.x{}</style></svg><math><mi>x</mi></math>', 'a < bx'],
  ['<svg><g></g><p>keluar</p>', 'keluar'],
  ['<P CLASS="x">HURUF BESAR</P><BR>baris', 'HURUF BESAR baris'],
  ['<p>tak ditutup <b>tebal', 'tak ditutup tebal'],
  ['teks <b class="x', 'teks'],
  ['</>kosong</ x>', 'kosong'],
  ['<h2>Judul</h2><table><tr><td>a</td><td>b</td></tr></table>', 'Judul a b'],
  ['<p>Ringkasan singkat.</p><p>The post Judul Berita appeared first on Pemprov Contoh.</p>', 'Ringkasan singkat.'],
  ['<p>Ringkasan yang terpotong [&hellip;]</p>', 'Ringkasan yang terpotong…'],
  ['<p>Kalimat penuh. [...]</p>', 'Kalimat penuh.'],
];

/** [text, max, cut] */
export const truncateCases = [
  ['Satu dua tiga empat lima', 14, 'Satu dua tiga…'],
  ['pendek', 14, 'pendek'],
  ['Pertama, kedua, ketiga, keempat, kelima', 34, 'Pertama, kedua, ketiga, keempat…'],
  ['Kata satu... dua tiga', 13, 'Kata satu…'],
  ['Supercalifragilistik', 10, 'Supercali…'],
  ['🌊🌊🌊🌊🌊', 4, '🌊…'],
];

/** [categories, kind the built-in words give ('release' when none)] */
export const kindCases = [
  [['Klarifikasi Hoaks'], 'hoax-clarification'],
  [['Berita', 'Cek Fakta'], 'hoax-clarification'],
  [['FACT-CHECK'], 'hoax-clarification'],
  [['Pengumuman', 'Hoaks'], 'hoax-clarification'],
  [['Pengumuman Resmi'], 'announcement'],
  [['Maklumat'], 'announcement'],
  [['Berita', 'Kesehatan'], 'release'],
  [['pengumumannya'], 'release'],
  [[], 'release'],
];

/** [value, is it an agency id] */
export const agencyIdCases = [
  ['dinkes', true],
  ['dinas-kesehatan-2', true],
  ['a'.repeat(64), true],
  ['a'.repeat(65), false],
  ['Dinkes', false],
  ['-dinkes', false],
  ['dinkes/../x', false],
  ['', false],
];
