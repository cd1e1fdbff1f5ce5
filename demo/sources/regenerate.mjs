// Rebuilds the sample SOURCES in this folder from the sample data of scripts/sample-data.mjs, in
// the shapes real provincial sources have (WordPress RSS, Atom, RDF, JSON Feed, windows-1252 RSS,
// YouTube channel and playlist Atom, a TikTok CSV list, an Instagram/Facebook JSON list, an MP4
// RSS feed, a directory CSV). Only needed when the sample data changes; it must read the output
// of sample-data.mjs, not of siar build:
//
//   node scripts/sample-data.mjs && node demo/sources/regenerate.mjs \
//     && npm run build && node scripts/demo-data.mjs
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const SRC = join(ROOT, 'demo/sources');
const read = (f) => JSON.parse(readFileSync(join(ROOT, 'demo/data', f), 'utf8'));
const releases = read('releases.json').items;
const videos = read('videos.json').items;
const directory = read('directory.json');
const byId = Object.fromEntries(directory.agencies.map((a) => [a.id, a]));
for (const d of ['releases', 'videos', 'youtube']) rmSync(join(SRC, d), { recursive: true, force: true });
const write = (f, s, enc = 'utf8') => {
  mkdirSync(dirname(join(SRC, f)), { recursive: true });
  writeFileSync(join(SRC, f), s, enc);
};

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (s) => `<![CDATA[${String(s).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
const abs = (u) => (u && u.startsWith('../') ? `https://contohprov.go.id/${u.slice(3)}` : u);
const ms = (s) => Date.parse(s);
const pad = (n) => String(n).padStart(2, '0');
const DAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const MON_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const wita = (t) => new Date(ms(t) + 8 * 3600_000);
const rfc822 = (t) => {
  const d = wita(t);
  return `${DAYS_EN[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MON_EN[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0800`;
};
const gmt = (t) => new Date(ms(t)).toUTCString();
const indo = (t) => {
  const d = wita(t);
  return `${DAYS_ID[d.getUTCDay()]}, ${d.getUTCDate()} ${MON_ID[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}.${pad(d.getUTCMinutes())} WITA`;
};
const utc = (t) => new Date(ms(t)).toISOString().replace('.000Z', 'Z');

const group = (agencies) => releases.filter((it) => agencies.includes(it._siar.agency));
const PORTAL = ['biro-adpim', 'dlhk', 'satpol-pp', 'rsud', 'dkp', 'distanhorti', 'bkd', 'dpmptsp', 'disperindag', 'dispar', 'dinsos'];

// 1. portal.xml: WordPress-style RSS 2.0 of the province portal (many agencies, dc:creator).
{
  const items = group(PORTAL);
  // the portal also republishes one Dinkes release (same URL): siar build merges the two
  const dup = releases.find((it) => it._siar.agency === 'dinkes' && it.id.endsWith('2340'));
  const list = [...items, { ...dup, id: 'https://contohprov.go.id/?p=2340' }].sort((a, b) => ms(b.date_published) - ms(a.date_published));
  const body = list
    .map(
      (it) => `    <item>
      <title>${esc(it.title)}</title>
      <link>${esc(it.url)}</link>
      <dc:creator>${cdata(byId[it._siar.agency].name)}</dc:creator>
      <pubDate>${rfc822(it.date_published)}</pubDate>${it.date_modified ? `\n      <dcterms:modified>${it.date_modified}</dcterms:modified>` : ''}
${it.tags.map((t) => `      <category>${cdata(t)}</category>`).join('\n')}
      <guid isPermaLink="false">${esc(it.id)}</guid>
      <description>${cdata(`${it.summary} [&hellip;]`)}</description>
      <content:encoded>${cdata(it.content_html)}</content:encoded>${it.image ? `\n      <enclosure url="${esc(abs(it.image))}" length="1200" type="image/svg+xml"/>` : ''}
    </item>`,
    )
    .join('\n');
  write(
    'releases/portal.xml',
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Berita – Pemerintah Provinsi Contoh</title>
    <atom:link href="https://contohprov.go.id/feed/" rel="self" type="application/rss+xml"/>
    <link>https://contohprov.go.id</link>
    <description>Portal resmi Pemerintah Provinsi Contoh (DATA CONTOH FIKTIF)</description>
    <language>id-ID</language>
    <generator>https://wordpress.org/?v=6.6</generator>
${body}
  </channel>
</rss>
`,
  );
}

// 2. dinkes.xml: RSS 2.0 from a regional CMS, Indonesian dates, image only inside the content.
{
  const items = group(['dinkes']);
  const body = items
    .map(
      (it) => `    <item>
      <title>${esc(it.title)}</title>
      <link>${esc(it.url)}</link>
      <guid isPermaLink="false">${esc(it.id)}</guid>
      <pubDate>${indo(it.date_published)}</pubDate>
${it.tags.map((t) => `      <category>${esc(t)}</category>`).join('\n')}
      <description>${esc(it.summary)}</description>
      <content:encoded>${cdata(`${it.image ? `<p><img src="${abs(it.image)}" alt="" width="640" height="360" onerror="alert(1)"></p>` : ''}${it.content_html}`)}</content:encoded>
    </item>`,
    )
    .join('\n');
  write(
    'releases/dinkes.xml',
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Berita Dinas Kesehatan Provinsi Contoh</title>
    <link>https://dinkes.contohprov.go.id</link>
    <description>Siaran pers Dinas Kesehatan (DATA CONTOH FIKTIF)</description>
${body}
  </channel>
</rss>
`,
  );
}

// 3/8. Atom feeds (BPBD, Bapenda): categories as terms, image as rel=enclosure, dates in UTC.
function atom(file, agency, title) {
  const items = group([agency]);
  const a = byId[agency];
  const body = items
    .map(
      (it) => `  <entry>
    <id>${esc(it.id)}</id>
    <title type="html">${esc(esc(it.title))}</title>
    <link rel="alternate" type="text/html" href="${esc(it.url)}"/>${it.image ? `\n    <link rel="enclosure" type="image/svg+xml" href="${esc(abs(it.image))}"/>` : ''}
    <published>${utc(it.date_published)}</published>
    <updated>${utc(it.date_modified ?? it.date_published)}</updated>
    <author><name>${esc(a.name)}</name></author>
${it.tags.map((t) => `    <category term="${esc(t)}"/>`).join('\n')}
    <summary type="text">${esc(it.summary)}</summary>
    <content type="html">${esc(it.content_html)}</content>
  </entry>`,
    )
    .join('\n');
  write(
    file,
    `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
  <title>${esc(title)}</title>
  <id>${esc(a.website)}/</id>
  <link rel="alternate" href="${esc(a.website)}/"/>
  <updated>${utc(items[0].date_modified ?? items[0].date_published)}</updated>
${body}
</feed>
`,
  );
}
atom('releases/bpbd.atom', 'bpbd', 'Informasi BPBD Provinsi Contoh');
atom('releases/bapenda.atom', 'bapenda', 'Berita Bapenda Provinsi Contoh');

// 4. diskominfo.json: JSON Feed 1.1 from another Siar-aware CMS (with its own _siar).
{
  const items = group(['diskominfo']).map((it) => ({
    id: it.id,
    url: it.url,
    title: it.title,
    summary: it.summary,
    content_html: it.content_html,
    date_published: it.date_published,
    ...(it.image ? { image: abs(it.image) } : {}),
    tags: it.tags,
    // "Literasi Digital … Hoaks" is a release about hoaxes, not a clarification: the CMS says so.
    ...(it.tags.includes('Literasi Digital') ? { _siar: { kind: 'release' } } : {}),
  }));
  write('releases/diskominfo.json', `${JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Siaran Pers Diskominfo Provinsi Contoh', home_page_url: 'https://diskominfo.contohprov.go.id', items }, null, 2)}\n`);
}

// 5. disdik.rdf: RSS 1.0 with Dublin Core dates and subjects.
{
  const items = group(['disdik']);
  write(
    'releases/disdik.rdf',
    `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel rdf:about="https://disdik.contohprov.go.id/rss">
    <title>Dinas Pendidikan Provinsi Contoh</title>
    <link>https://disdik.contohprov.go.id</link>
    <description>Berita Dinas Pendidikan (DATA CONTOH FIKTIF)</description>
    <items><rdf:Seq>${items.map((it) => `<rdf:li resource="${esc(it.url)}"/>`).join('')}</rdf:Seq></items>
  </channel>
${items
  .map(
    (it) => `  <item rdf:about="${esc(it.url)}">
    <title>${esc(it.title)}</title>
    <link>${esc(it.url)}</link>
    <dc:date>${it.date_published}</dc:date>
${it.tags.map((t) => `    <dc:subject>${esc(t)}</dc:subject>`).join('\n')}
    <description>${esc(it.summary)}</description>
    <content:encoded>${cdata(`${it.image ? `<figure><img src="${abs(it.image)}" alt=""></figure>` : ''}${it.content_html}`)}</content:encoded>
  </item>`,
  )
  .join('\n')}
</rdf:RDF>
`,
  );
}

// 6. pupr.xml: an old CMS that still writes windows-1252.
{
  const items = group(['pupr']);
  const xml = `<?xml version="1.0" encoding="windows-1252"?>
<rss version="2.0">
  <channel>
    <title>Dinas PUPR Provinsi Contoh</title>
    <link>https://pupr.contohprov.go.id</link>
    <description>Berita Dinas Pekerjaan Umum dan Penataan Ruang (DATA CONTOH FIKTIF)</description>
${items
  .map(
    (it) => `    <item>
      <title>${esc(it.title)}</title>
      <link>${esc(it.url)}</link>
      <guid isPermaLink="false">${esc(it.id)}</guid>
      <pubDate>${rfc822(it.date_published)}</pubDate>
${it.tags.map((t) => `      <category>${esc(t)}</category>`).join('\n')}
      <description>${esc(`${it.image ? `<img src="${abs(it.image)}" alt="">` : ''}${it.content_html}`)}</description>
    </item>`,
  )
  .join('\n')}
  </channel>
</rss>
`;
  // characters windows-1252 lacks become numeric references
  const cp = new TextDecoder('windows-1252');
  const table = new Map();
  for (let b = 0; b < 256; b++) table.set(cp.decode(new Uint8Array([b])), b);
  const bytes = [];
  for (const ch of xml) {
    if (table.has(ch)) bytes.push(table.get(ch));
    else for (const c of Buffer.from(`&#${ch.codePointAt(0)};`, 'latin1')) bytes.push(c);
  }
  mkdirSync(join(SRC, 'releases'), { recursive: true });
  writeFileSync(join(SRC, 'releases/pupr.xml'), Buffer.from(bytes));
}

// 7. dishub.xml: RSS 2.0 with GMT dates; summaries only (no full content).
{
  const items = group(['dishub']);
  write(
    'releases/dishub.xml',
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Dinas Perhubungan Provinsi Contoh</title>
    <link>https://dishub.contohprov.go.id</link>
    <description>Berita Dishub (DATA CONTOH FIKTIF)</description>
${items
  .map(
    (it) => `    <item>
      <title>${esc(it.title)}</title>
      <link>${esc(it.url)}</link>
      <guid isPermaLink="false">${esc(it.id)}</guid>
      <pubDate>${gmt(it.date_published)}</pubDate>
${it.tags.map((t) => `      <category>${esc(t)}</category>`).join('\n')}
      <description>${esc(it.content_html)}</description>${it.image ? `\n      <media:thumbnail url="${esc(abs(it.image))}" width="640" height="360"/>` : ''}
    </item>`,
  )
  .join('\n')}
  </channel>
</rss>
`,
  );
}

// ---- videos ------------------------------------------------------------------------------------
const V = videos.map((v, i) => ({ ...v, n: i + 1 }));
const yt = (agencies) => V.filter((v) => v._siar.video.provider === 'youtube' && agencies.includes(v._siar.agency));
function ytFeed(file, kind, idValue, name, entries) {
  const body = entries
    .map((v) => {
      const vid = v._siar.video.id;
      return ` <entry>
  <id>yt:video:${vid}</id>
  <yt:videoId>${vid}</yt:videoId>
  <yt:channelId>UCcOnToHpRoViNsI00000000</yt:channelId>
  <title>${esc(v.title)}</title>
  <link rel="alternate" href="${esc(v.url)}"/>
  <author>
   <name>${esc(name)}</name>
   <uri>https://www.youtube.com/channel/UCcOnToHpRoViNsI00000000</uri>
  </author>
  <published>${new Date(ms(v.date_published)).toISOString().replace('.000Z', '+00:00')}</published>
  <updated>${new Date(ms(v.date_published) + 3 * 3600_000).toISOString().replace('.000Z', '+00:00')}</updated>
  <media:group>
   <media:title>${esc(v.title)}</media:title>
   <media:content url="https://www.youtube.com/v/${vid}?version=3" type="application/x-shockwave-flash" width="640" height="390" duration="${v._siar.video.duration}"/>
   <media:thumbnail url="https://contohprov.go.id/img/videos/v${pad(v.n)}.svg" width="480" height="360"/>
   <media:description>${esc(`${v.summary}\n\nIkuti kanal resmi Pemerintah Provinsi Contoh:\nInstagram @humasprovcontoh · TikTok @humasprovcontoh\nhttps://contohprov.go.id`)}</media:description>
   <media:community>
    <media:starRating count="${Math.max(3, Math.round(v._siar.video.views / 40))}" average="5.00" min="1" max="5"/>
    <media:statistics views="${v._siar.video.views}"/>
   </media:community>
  </media:group>
 </entry>`;
    })
    .join('\n');
  write(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
 <link rel="self" href="http://www.youtube.com/feeds/videos.xml?${kind}_id=${idValue}"/>
 <id>yt:${kind}:${idValue}</id>
 <title>${esc(name)}</title>
 <author>
  <name>${esc(name)}</name>
 </author>
 <published>2019-03-11T02:15:07+00:00</published>
${body}
</feed>
`,
  );
}
ytFeed('youtube/channel-UCcOnToHpRoViNsI00000000.xml', 'channel', 'UCcOnToHpRoViNsI00000000', 'Humas Provinsi Contoh', yt(['biro-adpim', 'diskominfo', 'bapenda', 'dpmptsp', 'pupr', 'bkd']));
ytFeed('youtube/channel-UCdInKeSpRoVcOnToH000000.xml', 'channel', 'UCdInKeSpRoVcOnToH000000', 'Dinkes Provinsi Contoh', yt(['dinkes']));
ytFeed('youtube/channel-UCdIsPaRpRoVcOnToH000000.xml', 'channel', 'UCdIsPaRpRoVcOnToH000000', 'Dispar Provinsi Contoh', yt(['dispar']));
// the BPBD playlist also lists the governor's bridge video, already in the Humas channel
ytFeed('youtube/playlist-PLcOnToHsIaGaBeNcAnA000000000000.xml', 'playlist', 'PLcOnToHsIaGaBeNcAnA000000000000', 'Siaga Bencana — BPBD Provinsi Contoh', [...yt(['bpbd']), ...V.filter((v) => v.n === 3)]);

const listRow = (v) => ({
  url: v.url,
  title: v.title,
  date: indo(v.date_published),
  summary: v.summary,
  image: `https://contohprov.go.id/img/videos/v${pad(v.n)}.svg`,
  agency: v._siar.agency,
  kind: v._siar.kind,
  tags: v.tags.join('|'),
  duration: v._siar.video.duration,
  views: v._siar.video.views,
});
{
  const rows = V.filter((v) => v._siar.video.provider === 'tiktok').map(listRow);
  const cols = ['url', 'title', 'date', 'summary', 'image', 'agency', 'kind', 'tags', 'duration', 'views'];
  const q = (s) => (/[",\n]/.test(String(s)) ? `"${String(s).replace(/"/g, '""')}"` : String(s));
  write('videos/tiktok.csv', `${cols.join(',')}\n${rows.map((r) => cols.map((c) => q(r[c])).join(',')).join('\n')}\n`);
}
{
  const rows = V.filter((v) => ['instagram', 'facebook'].includes(v._siar.video.provider)).map((v) => {
    const r = listRow(v);
    return { ...r, tags: v.tags, kind: undefined };
  });
  write('videos/social-videos.json', `${JSON.stringify(rows, null, 2)}\n`);
}
{
  const files = V.filter((v) => v._siar.video.provider === 'file');
  write(
    'videos/video-pemprov.xml',
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Video Pemerintah Provinsi Contoh</title>
    <link>https://contohprov.go.id/video</link>
    <description>Video yang disimpan di server Pemprov Contoh (DATA CONTOH FIKTIF)</description>
${files
  .map(
    (v) => `    <item>
      <title>${esc(v.title)}</title>
      <link>${esc(v.url)}</link>
      <guid isPermaLink="false">${esc(v.id)}</guid>
      <dc:creator>${esc(byId[v._siar.agency].name)}</dc:creator>
      <pubDate>${rfc822(v.date_published)}</pubDate>
${v.tags.map((t) => `      <category>${esc(t)}</category>`).join('\n')}
      <description>${esc(v.summary)}</description>
      <enclosure url="https://contohprov.go.id/media/contoh.mp4" length="4718592" type="video/mp4"/>
      <media:content url="https://contohprov.go.id/media/contoh.mp4" type="video/mp4" medium="video" duration="${v._siar.video.duration}"/>
      <media:thumbnail url="https://contohprov.go.id/img/videos/v${pad(v.n)}.svg" width="640" height="360"/>
      <media:community><media:statistics views="${v._siar.video.views}"/></media:community>
    </item>`,
  )
  .join('\n')}
  </channel>
</rss>
`,
  );
}

// ---- directory CSV (";"-separated, BOM, quoted fields: as Excel in an Indonesian locale writes it)
{
  const cols = ['id', 'name', 'short_name', 'aliases', 'type', 'parent', 'head_name', 'head_title', 'address', 'phone', 'whatsapp', 'email', 'website', 'ppid_name', 'ppid_phone', 'ppid_email', 'ppid_website', 'instagram', 'facebook', 'youtube', 'x', 'tiktok', 'lat', 'lon', 'hours', 'logo'];
  const cell = (a, c) => {
    const v = c === 'aliases' ? (a.aliases ?? []).join(' | ') : c.startsWith('head_') ? a.head?.[c.slice(5)] : c.startsWith('ppid_') ? a.ppid?.[c.slice(5)] : ['instagram', 'facebook', 'youtube', 'x', 'tiktok'].includes(c) ? a.social?.[c] : c === 'lat' ? a.geo?.lat : c === 'lon' ? a.geo?.lon : a[c];
    if (v === undefined) return '';
    const s = c === 'lat' || c === 'lon' ? String(v).replace('.', ',') : String(v);
    return /[";\n]/.test(s) || s.includes(',') ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [cols.join(';'), ...directory.agencies.map((a) => cols.map((c) => cell(a, c)).join(';'))];
  write('opd.csv', `\uFEFF${lines.join('\r\n')}\r\n`);
}
console.log('demo/sources written');
