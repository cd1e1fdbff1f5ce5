import { expect } from '@open-wc/testing';
import { parseFeed, parseFeedSync, loadFeed, clearFeedCache, FeedError, type Feed } from '../../src/feed/index.js';
import { parseFeedAsync } from '../../src/feed/parse-async.js';
import { thrownFeedError } from '../helpers.js';

async function fixture(name: string, baseUrl = 'https://contohprov.go.id/siar/feed'): Promise<Feed> {
  const text = await (await fetch(`/test/fixtures/${name}`)).text();
  return parseFeedSync(text, { baseUrl });
}


describe('parseFeed: RSS 2.0', () => {
  it('reads channel and items into the item model', async () => {
    const feed = await fixture('rss2.xml');
    expect(feed.format).to.equal('rss');
    expect(feed.title).to.equal('Dinas Kesehatan Provinsi Contoh');
    expect(feed.link).to.equal('https://dinkes.contohprov.go.id/');
    expect(feed.description).to.equal('Berita & siaran pers');
    expect(feed.language).to.equal('id');
    expect(feed.image?.url).to.equal('https://contohprov.go.id/logo.png');
    expect(feed.items).to.have.length(3);
    const [first] = feed.items;
    expect(first!.id).to.equal('dinkes-001');
    expect(first!.title).to.equal('Vaksinasi & Imunisasi Anak Dimulai');
    expect(first!.url).to.equal('https://dinkes.contohprov.go.id/berita/vaksinasi');
    expect(first!.summary).to.equal('Program imunisasi dimulai hari ini. Kunjungi puskesmas terdekat.');
    expect(first!.published?.toISOString()).to.equal('2023-10-17T03:00:00.000Z');
    expect(first!.categories).to.deep.equal(['Kesehatan', 'Imunisasi']);
    expect(first!.authors).to.deep.equal([{ name: 'Humas Dinkes' }]);
    expect(first!.image?.url).to.equal('https://dinkes.contohprov.go.id/img/vaksin-besar.jpg');
    expect(first!.contentHtml).to.contain('Isi lengkap');
    expect(first!.kind).to.equal('release');
  });

  it('resolves relative links, reads media:thumbnail with its size and maps Hoaks to a kind', async () => {
    const feed = await fixture('rss2.xml');
    const item = feed.items[1]!;
    expect(item.url).to.equal('https://contohprov.go.id/berita/klarifikasi-vaksin');
    expect(item.id).to.equal('https://contohprov.go.id/berita/klarifikasi-vaksin');
    expect(item.image).to.deep.equal({ url: 'https://dinkes.contohprov.go.id/img/klarifikasi.jpg', width: 640, height: 360 });
    expect(item.kind).to.equal('hoax-clarification');
    expect(item.published?.toISOString()).to.equal('2023-10-17T01:00:00.000Z');
  });

  it('uses a permalink guid as the link and gives an unparseable date as undefined', async () => {
    const item = (await fixture('rss2.xml')).items[2]!;
    expect(item.url).to.equal('https://dinkes.contohprov.go.id/berita/tanpa-tanggal');
    expect(item.published).to.equal(undefined);
    expect(item.image).to.equal(undefined);
  });

  it('mends bare ampersands and HTML entities in ill-formed feeds', async () => {
    const feed = await fixture('illformed.xml');
    expect(feed.title).to.equal('Dinas PU & Tata Ruang');
    expect(feed.items[0]!.title).to.equal('Jalan Provinsi © 2023 & Jembatan');
    expect(feed.items[0]!.url).to.equal('https://pu.contohprov.go.id/a?x=1&y=2');
  });
});

describe('parseFeed: RSS 1.0 (RDF)', () => {
  it('reads items outside the channel, dc:date and dc:subject', async () => {
    const feed = await fixture('rdf.xml');
    expect(feed.format).to.equal('rdf');
    expect(feed.title).to.equal('Bappeda Provinsi Contoh');
    expect(feed.language).to.equal('id');
    const item = feed.items[0]!;
    expect(item.title).to.equal('Musrenbang Provinsi 2024');
    expect(item.summary).to.equal('Musyawarah perencanaan pembangunan digelar.');
    expect(item.published?.toISOString()).to.equal('2023-10-17T01:30:00.000Z');
    expect(item.categories).to.deep.equal(['Perencanaan']);
    expect(item.authors[0]!.name).to.equal('Bappeda');
  });
});

describe('parseFeed: Atom 1.0', () => {
  it('applies xml:base on feed, entry and link', async () => {
    const feed = await fixture('atom.xml');
    expect(feed.format).to.equal('atom');
    expect(feed.title).to.equal('Diskominfo Provinsi Contoh');
    expect(feed.link).to.equal('https://diskominfo.contohprov.go.id/');
    expect(feed.image?.url).to.equal('https://diskominfo.contohprov.go.id/logo.svg');
    expect(feed.language).to.equal('id');
    const entry = feed.items[0]!;
    expect(entry.url).to.equal('https://diskominfo.contohprov.go.id/berita/lapor-diperluas');
    expect(entry.image?.url).to.equal('https://diskominfo.contohprov.go.id/img/lapor.png');
  });

  it('reads text, html and xhtml constructs, dates, authors and categories', async () => {
    const [entry, second] = (await fixture('atom.xml')).items;
    expect(entry!.id).to.equal('tag:contohprov.go.id,2023:lapor');
    expect(entry!.summary).to.equal('Aduan warga kini bisa lewat WhatsApp.');
    expect(entry!.contentHtml).to.contain('<b');
    expect(entry!.published?.toISOString()).to.equal('2023-10-17T04:00:00.000Z');
    expect(entry!.updated?.toISOString()).to.equal('2023-10-18T00:00:00.000Z');
    expect(entry!.authors).to.deep.equal([{ name: 'Tim Humas', url: 'https://diskominfo.contohprov.go.id/humas' }]);
    expect(entry!.categories).to.deep.equal(['Layanan Publik', 'Pengumuman']);
    expect(entry!.kind).to.equal('announcement');
    expect(second!.title).to.equal('Hasil Survei Kepuasan');
    expect(second!.summary).to.equal('Indeks kepuasan naik.');
    expect(second!.image?.url).to.equal('https://diskominfo.contohprov.go.id/img/survei.jpg');
    // Only <updated>: it dates the entry (issue #14), as in feedparser and rss-parser.
    expect(second!.published?.toISOString()).to.equal('2023-10-16T08:00:00.000Z');
    expect(second!.updated?.toISOString()).to.equal('2023-10-16T08:00:00.000Z');
  });
});

describe('parseFeed: Atom 0.3', () => {
  const atom03 = (title: string) =>
    `<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>t</title><entry>${title}<link rel="alternate" type="text/html" href="https://contohprov.go.id/1"/><id>1</id></entry></feed>`;

  it('reads undeclared markup in a title as HTML, as Atom 0.3 feeds mean it', () => {
    expect(parseFeedSync(atom03('<title>Banjir &lt;b&gt;surut&lt;/b&gt;</title>')).items[0]!.title).to.equal('Banjir surut');
  });

  it('takes type="text/plain" at its word', () => {
    expect(parseFeedSync(atom03('<title type="text/plain">Tanda &lt;b&gt; tetap teks</title>')).items[0]!.title).to.equal('Tanda <b> tetap teks');
  });
});

describe('parseFeed: YouTube channel Atom', () => {
  it('takes the video id from yt:videoId and thumbnail, description and views from media:group', async () => {
    const feed = await fixture('youtube.xml');
    expect(feed.format).to.equal('youtube');
    const [video, short] = feed.items;
    expect(video!.video).to.deep.equal({
      provider: 'youtube',
      id: 'cOnToH00001',
      url: 'https://www.youtube.com/watch?v=cOnToH00001',
      aspect: '16:9',
      views: 1234,
    });
    expect(video!.image).to.deep.equal({ url: 'https://i1.ytimg.com/vi/cOnToH00001/hqdefault.jpg', width: 480, height: 360 });
    expect(video!.summary).to.equal('Jembatan sepanjang 120 meter diresmikan.');
    expect(JSON.stringify(feed)).not.to.contain('/v/cOnToH');
    expect(short!.video?.aspect).to.equal('9:16');
    expect(short!.video?.url).to.equal('https://www.youtube.com/shorts/cOnToH00002');
    expect(short!.video?.views).to.equal(0);
  });
});

describe('parseFeed: JSON Feed', () => {
  it('reads JSON Feed 1.1 with the _siar extension', async () => {
    const feed = await fixture('feed.json', 'https://contohprov.go.id/siar/releases.json');
    expect(feed.format).to.equal('json');
    expect(feed.title).to.equal('Siaran Pers Pemprov Contoh');
    expect(feed.image?.url).to.equal('https://contohprov.go.id/siar/img/logo.png');
    const [urgent, video, retracted] = feed.items;
    expect(urgent!.priority).to.equal('urgent');
    expect(urgent!.kind).to.equal('announcement');
    expect(urgent!.agency).to.equal('bpbd');
    expect(urgent!.summary).to.equal('Warga diminta waspada.');
    expect(urgent!.image?.url).to.equal('https://contohprov.go.id/siar/img/banjir.jpg');
    expect(urgent!.authors).to.deep.equal([{ name: 'Biro Administrasi Pimpinan' }]);
    expect(video!.id).to.equal('2');
    expect(video!.url).to.equal('https://www.youtube.com/watch?v=cOnToH00003');
    expect(video!.video?.id).to.equal('cOnToH00003');
    expect(video!.priority, 'unknown priority is dropped').to.equal(undefined);
    expect(video!.published?.toISOString()).to.equal('2023-10-17T01:00:00.000Z');
    expect(video!.summary).to.equal('Pasar murah digelar di alun-alun.');
    expect(retracted!.retracted).to.equal(true);
    expect(retracted!.image?.url).to.equal('https://contohprov.go.id/img/cabut.jpg');
  });

  it('drops a repeated id within one feed and prefers _siar.video', async () => {
    const feed = await fixture('feed.json', 'https://contohprov.go.id/siar/releases.json');
    expect(feed.items.map((i) => i.id)).to.deep.equal(['rel-003', '2', 'rel-001', 'vid-1']);
    expect(feed.items[3]!.video).to.deep.equal({
      provider: 'youtube',
      id: 'cOnToH00004',
      url: 'https://www.youtube.com/shorts/cOnToH00004',
      aspect: '9:16',
      duration: 61,
      views: 99,
    });
  });

  it('reads JSON Feed 1.0 author and attachments', async () => {
    const feed = await fixture('feed-1.0.json');
    expect(feed.items[0]!.title).to.equal('');
    expect(feed.items[0]!.summary).to.equal('Hanya HTML & teks');
    expect(feed.items[0]!.authors).to.deep.equal([{ name: 'Biro Umum', url: 'https://biroumum.contohprov.go.id/' }]);
    expect(feed.items[1]!.authors).to.deep.equal([{ name: 'Dinas Sosial' }]);
    expect(feed.items[1]!.image?.url).to.equal('https://contohprov.go.id/b.png');
  });

  it('accepts a byte-order mark', () => {
    const feed = parseFeedSync('\uFEFF{"version":"https://jsonfeed.org/version/1.1","title":"BOM","items":[]}');
    expect(feed.title).to.equal('BOM');
  });
});

describe('parseFeed: JSON Feed image sizes from the publisher kit', () => {
  const feed = (siar: unknown) =>
    parseFeedSync(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: [{ id: '1', url: 'https://contohprov.go.id/1', title: 'A', content_text: 'a', image: 'thumbs/a.jpg', _siar: siar }],
      }),
      { baseUrl: 'https://contohprov.go.id/siar/releases.json' },
    ).items[0]!.image;

  it('reads _siar.image_width and image_height, so a widget can reserve the box', () => {
    expect(feed({ image_width: 640, image_height: 360 })).to.deep.equal({ url: 'https://contohprov.go.id/siar/thumbs/a.jpg', width: 640, height: 360 });
  });

  it('ignores sizes that are not positive numbers, or come alone', () => {
    for (const siar of [{ image_width: '640', image_height: '360' }, { image_width: -1, image_height: 360 }, { image_width: 640 }, { image_width: null, image_height: 2 }, 'x']) {
      expect(feed(siar), JSON.stringify(siar)).to.deep.equal({ url: 'https://contohprov.go.id/siar/thumbs/a.jpg' });
    }
  });
});

describe('parseFeed: errors', () => {
  it('gives truncated XML and JSON as parse errors', async () => {
    for (const name of ['truncated.xml', 'truncated.json']) {
      const text = await (await fetch(`/test/fixtures/${name}`)).text();
      const error = thrownFeedError(() => parseFeedSync(text));
      expect(error.kind, name).to.equal('parse');
      expect(error.name).to.equal('FeedError');
    }
  });

  it('rejects HTML pages, other XML and other JSON as unsupported', () => {
    expect(thrownFeedError(() => parseFeedSync('<!DOCTYPE html><html><body>Beranda</body></html>')).kind).to.equal('unsupported');
    expect(thrownFeedError(() => parseFeedSync('<html><body><p>x</p></body></html>')).kind).to.equal('unsupported');
    expect(thrownFeedError(() => parseFeedSync('<?xml version="1.0"?><kml><Document/></kml>')).kind).to.equal('unsupported');
    expect(thrownFeedError(() => parseFeedSync('{"data":[1,2,3]}')).kind).to.equal('unsupported');
    expect(thrownFeedError(() => parseFeedSync('{"version":"https://jsonfeed.org/version/9","items":[]}')).kind).to.equal('unsupported');
    expect(thrownFeedError(() => parseFeedSync('plain words')).kind).to.equal('unsupported');
    expect(thrownFeedError(() => parseFeedSync('   ')).kind).to.equal('parse');
  });

  it('gives ill-formed XML as a parse error, after mending what can be mended', () => {
    const rss = (body: string) => `<rss version="2.0"><channel>${body}</channel></rss>`;
    for (const text of [
      rss('<title>a</titel>'),
      rss('<title>a'),
      rss('<item><title>a</item></title>'),
      `${rss('<title>a</title>')}<p>more</p>`,
      `${rss('<title>a</title>')} tail`,
      rss('<title>a&#0;b</title>'),
      rss('<title>a]]>b</title>'),
      rss('<title a="1" a="2">a</title>'),
      rss('<media:title>a</media:title>'),
    ]) {
      const error = thrownFeedError(() => parseFeedSync(text));
      expect(error.kind, text).to.equal('parse');
    }
    // Bare ampersands and unknown or HTML named entities are mended, as before.
    expect(parseFeedSync(rss('<title>a &foo; &nbsp;b & c</title>')).title).to.equal('a &foo; b & c');
  });
});

describe('parseFeed: hostile input', () => {
  it('turns markup in every field into inert text and drops unsafe URLs', async () => {
    let fired = false;
    (window as unknown as { alert: () => void }).alert = () => {
      fired = true;
    };
    const feed = await fixture('hostile.xml');
    expect(feed.title).to.equal('Jahat');
    expect(feed.link).to.equal(undefined);
    expect(feed.description).to.equal('');
    const [first, second, third] = feed.items;
    expect(first!.title).to.equal('Judul tebal');
    expect(first!.url).to.equal(undefined);
    expect(first!.summary, 'SVG text stays text').to.equal('svgklik teks aman');
    expect(first!.image, 'data: image dropped; <img src=x> resolves but is only a URL').to.deep.equal({
      url: 'https://contohprov.go.id/siar/x',
    });
    expect(first!.categories).to.deep.equal([]);
    expect(second!.url, 'tab-obfuscated javascript: link').to.equal(undefined);
    expect(second!.summary, "double-escaped markup stays visible text").to.equal("<script>alert(9)</script>");
    expect(second!.image).to.equal(undefined);
    expect(third!.url).to.equal(undefined);
    for (const item of [first!, third!]) {
      for (const value of [item.title, item.summary, ...item.categories]) expect(value).not.to.match(/<(script|img|iframe|svg)/);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(fired, 'no script ran while parsing').to.equal(false);
  });

  it('never turns entity tricks into live URLs', () => {
    const feed = parseFeedSync(
      '<rss version="2.0"><channel><item><guid>e</guid><link>&#106;avascript:alert(1)</link><enclosure url="JaVaScRiPt:alert(1)" type="image/png"/></item></channel></rss>',
    );
    expect(feed.items[0]!.url).to.equal(undefined);
    expect(feed.items[0]!.image).to.equal(undefined);
  });

  it('does not expand external entities or fetch a DTD', () => {
    const feed = parseFeedSync(
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "https://evil.example/x">]><rss version="2.0"><channel><title>a&x;b</title></channel></rss>',
    );
    expect(feed.title).not.to.contain('evil');
  });

  it('never expands a billion laughs', () => {
    const lols = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const text = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${lols}]><rss version="2.0"><channel><title>&lol9;</title></channel></rss>`;
    const t = performance.now();
    // The browser's parser refuses the expansion; mending then reads the references as text.
    expect(parseFeedSync(text).title).to.equal('&lol9;');
    expect(performance.now() - t).to.be.below(1000);
  });

  it('reads a feed with a DOCTYPE as the browser does: small internal entities, XHTML named entities', () => {
    const internal = parseFeedSync(
      '<!DOCTYPE rss [<!ENTITY id "tag:contohprov.go.id,">]><rss version="2.0"><channel><item><guid isPermaLink="false">&id;2024:1</guid></item></channel></rss>',
    );
    expect(internal.items[0]!.id).to.equal('tag:contohprov.go.id,2024:1');
    const xhtml = parseFeedSync(
      '<!DOCTYPE rss PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><rss version="2.0"><channel><title>Dinas&nbsp;PU &eacute;</title></channel></rss>',
    );
    expect(xhtml.title).to.equal('Dinas PU é');
  });

  it('keeps comments in XHTML content out of the text', () => {
    const feed = parseFeedSync(
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e1</id><title>t</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Jalan <!--catatan internal--><b>tol</b></div></content></entry></feed>',
    );
    expect(feed.items[0]!.contentHtml).to.equal('Jalan <b xmlns="http://www.w3.org/1999/xhtml">tol</b>');
  });
});

/** A large RSS feed, like the benchmark's. */
function bigRss(items: number): string {
  const list = Array.from(
    { length: items },
    (_, i) =>
      `<item><title>Siaran pers ${i} &amp; layanan</title><link>https://contohprov.go.id/berita/${i}</link><guid>https://contohprov.go.id/berita/${i}</guid><description><![CDATA[<p>Ringkasan <strong>berita</strong> ${i}.</p>]]></description><pubDate>Fri, 20 Nov 2026 09:00:00 +0700</pubDate><category>Pemerintahan</category><enclosure url="/img/${i}.jpg" type="image/jpeg"/></item>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Besar</title><link>https://contohprov.go.id/</link>${list}</channel></rss>`;
}

/** Counts how often other tasks got the main thread while `work` ran. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    turns++;
    if (running) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  try {
    const result = await work();
    return { result, turns };
  } finally {
    running = false;
    channel.port1.close();
  }
}

type SchedulerLike = { yield?: (() => Promise<void>) | undefined };

/** Runs `work` with `scheduler.yield` replaced (an own property over the prototype's method). */
async function withSchedulerYield<T>(replacement: SchedulerLike['yield'], work: () => Promise<T>): Promise<T> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (!scheduler) return work();
  scheduler.yield = replacement;
  try {
    return await work();
  } finally {
    delete scheduler.yield;
  }
}

/** Counts the `scheduler.yield()` calls `work` makes (where the browser has the Scheduler API). */
async function yieldsDuring<T>(work: () => Promise<T>): Promise<{ result: T; yields: number }> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  const original = scheduler?.yield;
  let yields = 0;
  const result = await withSchedulerYield(
    original
      ? () => {
          yields++;
          return original.call(scheduler);
        }
      : undefined,
    work,
  );
  return { result, yields };
}

describe('parseFeed (the public, asynchronous one)', () => {
  it('loads the parser on demand and resolves to the same feed as parseFeedSync', async () => {
    const text = '<rss version="2.0"><channel><title>T</title><item><title>A &amp; B</title><link>/a</link></item></channel></rss>';
    const feed = await parseFeed(text, { baseUrl: 'https://contohprov.go.id/feed' });
    expect(feed).to.deep.equal(parseFeedSync(text, { baseUrl: 'https://contohprov.go.id/feed' }));
    expect(feed.items[0]).to.deep.include({ title: 'A & B', url: 'https://contohprov.go.id/a' });
  });

  it('rejects with a FeedError instead of throwing', async () => {
    const result = parseFeed('plain words');
    expect(result).to.be.instanceOf(Promise);
    const error = await result.then(() => undefined, (e: unknown) => e);
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('unsupported');
  });
});

describe('parseFeedAsync', () => {
  const base = 'https://contohprov.go.id/siar/feed';

  it('gives the same feeds as parseFeedSync', async () => {
    for (const name of ['rss2.xml', 'atom.xml', 'rdf.xml', 'youtube.xml', 'illformed.xml', 'hostile.xml', 'feed.json', 'feed-1.0.json']) {
      const text = await (await fetch(`/test/fixtures/${name}`)).text();
      expect(await parseFeedAsync(text, { baseUrl: base }), name).to.deep.equal(parseFeedSync(text, { baseUrl: base }));
    }
    const big = bigRss(1500);
    expect(await parseFeedAsync(big, { baseUrl: base })).to.deep.equal(parseFeedSync(big, { baseUrl: base }));
  });

  it('rejects with the same error kinds', async () => {
    for (const text of ['', '<rss><channel>', '<kml/>', '{"data":1}', bigRss(800).replace('</channel>', '')]) {
      let error: unknown;
      try {
        await parseFeedAsync(text);
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(text.slice(0, 30))).to.be.instanceOf(FeedError);
      expect((error as FeedError).kind).to.equal(thrownFeedError(() => parseFeedSync(text)).kind);
    }
  });

  it('yields to the main thread between slices of a large feed with scheduler.yield()', async function () {
    if (!(globalThis as { scheduler?: SchedulerLike }).scheduler?.yield) this.skip();
    const text = bigRss(3000);
    const sliced = await yieldsDuring(() => parseFeedAsync(text, { baseUrl: base }));
    expect(sliced.result.items.length).to.equal(3000);
    expect(sliced.yields, 'slices of about 8 ms').to.be.greaterThan(1);
    const small = await yieldsDuring(() => parseFeedAsync(bigRss(3), { baseUrl: base }));
    expect(small.yields, 'a small feed is parsed at once').to.equal(0);
  });

  it('reads a long JSON Feed in slices too, with the same result', async () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Provinsi Contoh',
      items: Array.from({ length: 3000 }, (_, i) => ({
        id: `r${i}`,
        url: `https://contohprov.go.id/berita/${i}`,
        title: `Siaran pers &amp; pengumuman nomor ${i}`,
        summary: `<p>Ringkasan <b>siaran</b> pers nomor ${i} dari Pemerintah Provinsi Contoh.</p>`,
        date_published: `2023-10-${String((i % 28) + 1).padStart(2, '0')}T08:00:00+07:00`,
        tags: ['Pemerintahan'],
      })),
    });
    const sliced = await withSchedulerYield(undefined, () => turnsDuring(() => parseFeedAsync(json, { baseUrl: base })));
    expect(sliced.result.items.length).to.equal(3000);
    expect(sliced.turns, 'other tasks ran while the items were read').to.be.greaterThan(1);
    expect(sliced.result).to.deep.equal(parseFeedSync(json, { baseUrl: base }));
  });

  it('lets other tasks run between slices where there is no scheduler.yield()', async () => {
    const text = bigRss(3000);
    const sliced = await withSchedulerYield(undefined, () => turnsDuring(() => parseFeedAsync(text, { baseUrl: base })));
    expect(sliced.result.items.length).to.equal(3000);
    expect(sliced.turns, 'other tasks ran while the feed was parsed').to.be.greaterThan(1);
    const whole = await turnsDuring(async () => parseFeedSync(text, { baseUrl: base }));
    expect(whole.turns, 'parseFeedSync is one task').to.equal(0);
  });

  it('is what loadFeed parses with', async () => {
    const text = bigRss(3000);
    const realFetch = window.fetch;
    window.fetch = () => Promise.resolve(new Response(text, { headers: { 'content-type': 'application/rss+xml' } }));
    try {
      clearFeedCache();
      const { result, turns } = await withSchedulerYield(undefined, () =>
        turnsDuring(() => loadFeed('https://contohprov.go.id/slices/feed.xml', { lastKnownGood: false })),
      );
      expect(result.items.length).to.equal(3000);
      expect(turns, 'other tasks ran while the feed was parsed').to.be.greaterThan(1);
    } finally {
      window.fetch = realFetch;
      clearFeedCache();
    }
  });
});
