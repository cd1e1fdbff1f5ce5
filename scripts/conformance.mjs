#!/usr/bin/env node
/**
 * `npm run conformance` — measures the browser feed engine (dist/feed.js → parseFeed) against
 * the public corpora in ../shared/corpora. A measurement, not a gate: it exits 0 whatever the
 * score, and non-zero only when the runner itself cannot run (no browser, no dist/feed.js).
 *
 * How it works
 *  - A node:http server on 127.0.0.1 (random port) serves the repo (for dist/) and the corpora.
 *  - Chromium (puppeteer-core; CHROME_PATH or /usr/bin/chromium) loads a blank page from that
 *    server; every request to any other host is aborted and counted.
 *  - Files are processed in batches per page.evaluate: fetch bytes, decode, parseFeed(text,
 *    { contentType, baseUrl }), serialize the Feed (Dates as epoch ms) or the thrown error.
 *  - Checks are evaluated in Node against the serialized result.
 *
 * Decoding (the runner's job, not the engine's): BOM, then the HTTP charset from the index's
 * content type, then the XML declaration's encoding, else UTF-8 (UTF-16/32 sniffed from the
 * first bytes; UTF-32 decoded by hand, everything else by TextDecoder). Like Response.text(),
 * a UTF-8 BOM is removed for XML; for JSON Feed files it is KEPT, so the engine must cope with a
 * leading U+FEFF (the corpus has a JSON file with a BOM on purpose).
 *
 * Base URL: the file's URL on the local server; for feedparser's `http` tests, feedparser's own
 * document URI (http://127.0.0.1:8097/tests/<path>) resolved with the Content-Location header,
 * since that is what the expectations were written against. Content type: the index's, else none.
 *
 * feedparser key mapping (everything else is counted as not applicable, with a reason):
 *   bozo                                  → parse group: false ⇒ parseFeed must not throw;
 *                                           true ⇒ it must throw a FeedError (parse/unsupported).
 *                                           bozo=true that stems from character-encoding
 *                                           detection (illformed/chardet, encoding/) is n/a:
 *                                           the runner decodes, not the engine.
 *   feed.title, feed.title_detail.value   → feed.title                        (title)
 *   feed.link, feed.links[k] alternate    → feed.link                         (link)
 *   feed.description/subtitle/tagline(+_detail.value) → feed.description      (summary)
 *   feed.image.href/url                   → feed.image.url                    (enclosure)
 *   feed.language                         → feed.language (case-insensitive)  (other)
 *   entries[n].title, title_detail.value  → items[n].title                    (title)
 *   entries[n].link, links[k] alternate   → items[n].url                      (link)
 *   entries[n].summary/description, summary_detail.value → items[n].summary   (summary)
 *   entries[n].published_parsed           → items[n].published (UTC, to the second) (date)
 *   entries[n].updated_parsed             → items[n].updated, else items[n].published (date)
 *   entries[n].enclosures[k].href/url, image.href, media_thumbnail[k].url
 *                                         → items[n].image.url or video.url/id (enclosure)
 *   entries[n].content[0].value           → items[n].contentHtml (as text)    (other)
 *   entries[n].id / guid                  → items[n].id (exact)               (other)
 *   entries[n].tags[k].term, category     → items[n].categories[k]            (other)
 *   entries[n].author / author_detail / authors[k] name+url → items[n].authors[k] (other)
 * Links whose expected value is not http(s) are n/a (Siar keeps only http/https by design).
 *
 * Text comparison (title, summary, description, content): feedparser keeps HTML in these
 * fields, Siar gives plain text. The expected value is converted to text by the browser's HTML
 * parser (tags stripped, <script>/<style> dropped, entities decoded) — except when it contains
 * `<` and the source file declares type="text"/"text/plain", where it is already plain text.
 * JSON Feed title/summary/description are plain text by spec, but real feeds carry entities in
 * them (&#8217;), so there either reading passes. Both sides then have white space collapsed. A check also passes when the two agree once all
 * white space is removed (block-element spacing differences), or when the engine truncated the
 * text (got ends in "…" / "..." and is a prefix of the expected text). URLs are compared after
 * `new URL()` normalisation on both sides.
 *
 * JSON Feed and YouTube folders have no index.json: their checks are derived here from the
 * files themselves (JSON.parse in Node; for YouTube an independent DOMParser extraction in the
 * page). Reference outputs stored beside the inputs (*_expected.json, *.serde.json, JSON
 * Schemas, parser dumps) are listed as skipped. A sample "passes" when all its checks pass.
 *
 * Output: a table per folder × field group, the headline (target: ≥95 % of applicable
 * feedparser `wellformed` checks in title/link/date/summary/enclosure, and every JSON Feed and
 * YouTube sample), failures (≤40 lines on screen) and bench/conformance.json with everything.
 *
 * Env: CHROME_PATH (browser), SIAR_FEED_MODULE (alternative feed module file, for development).
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corporaDir = path.resolve(repo, '../shared/corpora');
const moduleFile = path.resolve(process.env.SIAR_FEED_MODULE || path.join(repo, 'dist/feed.js'));
const outFile = path.join(repo, 'bench/conformance.json');
const BATCH = 150;
const SCREEN_FAILURES = 40;
const CORE_GROUPS = ['title', 'link', 'date', 'summary', 'enclosure'];
const GROUPS = [...CORE_GROUPS, 'other', 'parse'];
const FP_DOC_BASE = 'http://127.0.0.1:8097/tests/';

// ───────────────────────────── helpers ─────────────────────────────

const collapse = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
const noSpace = (s) => String(s ?? '').replace(/\s+/g, '');
const pct = (p, n) => (n ? `${((100 * p) / n).toFixed(1)}%` : '—');
const isHttp = (u) => typeof u === 'string' && /^https?:/i.test(u.trim());
function normUrl(u) {
  if (typeof u !== 'string') return u;
  try {
    return new URL(u.trim()).href;
  } catch {
    return u.trim();
  }
}
function fmtPath(p) {
  return p.map((x, i) => (typeof x === 'number' ? `[${x}]` : i ? `.${x}` : x)).join('');
}
const genericPath = (p) => p.map((x, i) => (typeof x === 'number' ? '[]' : i ? `.${x}` : x)).join('');
function short(v, max = 90) {
  let s;
  if (v === undefined) s = 'undefined';
  else if (typeof v === 'string') s = JSON.stringify(v);
  else s = JSON.stringify(v);
  if (s === undefined) s = String(v);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
class Missing extends Error {}
const need = (cond, msg) => {
  if (!cond) throw new Missing(msg);
};
function itemOf(feed, n) {
  const items = feed.items ?? [];
  need(items[n], `no items[${n}] (feed has ${items.length} item${items.length === 1 ? '' : 's'})`);
  return items[n];
}
const imgUrl = (img) => (typeof img === 'string' ? img : img?.url);
const dateMs = (v) => (v && typeof v === 'object' && '$date' in v ? v.$date : undefined);
function fmtDate(ms) {
  return typeof ms === 'number' ? new Date(ms).toISOString().replace('.000Z', 'Z') : ms;
}
function tupleMs(t) {
  return Array.isArray(t) ? Date.UTC(t[0], t[1] - 1, t[2], t[3], t[4], t[5]) : undefined;
}

// ───────────────────────────── check model ─────────────────────────────
// A check: { group, sub, label, expected, applicable, reason?, kind, get?, ... }.
// kind: text | url | date | exact | ci | absent | list | bozo | ok | throws | pred

const check = (o) => ({ applicable: true, ...o });
const na = (label, expected, reason, reasonKey) => ({
  applicable: false,
  label,
  expected,
  reason,
  reasonKey: reasonKey ?? reason,
});

/** Evaluate one applicable check against a page result; returns { pass, got, note? }. */
function evaluate(c, res, textOf) {
  if (c.kind === 'bozo') {
    if (c.expected) {
      const pass = res.status === 'error' && ['parse', 'unsupported'].includes(res.error.kind);
      return { pass, got: describeStatus(res) };
    }
    return { pass: res.status === 'ok', got: describeStatus(res) };
  }
  if (c.kind === 'throws') {
    const pass = res.status === 'error' && (!c.errorKinds || c.errorKinds.includes(res.error.kind));
    return { pass, got: describeStatus(res) };
  }
  if (c.kind === 'ok') return { pass: res.status === 'ok', got: describeStatus(res) };
  if (res.status !== 'ok') return { pass: false, got: describeStatus(res) };
  let got;
  try {
    got = c.get(res.feed);
  } catch (e) {
    if (e instanceof Missing) return { pass: false, got: `(${e.message})` };
    throw e;
  }
  switch (c.kind) {
    case 'text': {
      const g = collapse(got);
      const alts = c.either
        ? [collapse(c.expected), collapse(textOf(c.expected))]
        : c.plain
          ? [collapse(c.expected)]
          : [collapse(textOf(c.expected))];
      if (alts.includes(g)) return { pass: true, got };
      if (alts.some((a) => noSpace(a) === noSpace(g))) return { pass: true, got, note: 'white space differs' };
      const cut = g.replace(/(…|\.\.\.)$/, '').trimEnd();
      if (cut !== g && cut && alts.some((a) => a.startsWith(cut)))
        return { pass: true, got, note: 'truncated' };
      return { pass: false, got, expectedText: alts[0] };
    }
    case 'prefix': {
      // summary derived from longer content: non-empty and a prefix of it (maybe with ellipsis)
      const g = collapse(got);
      const full = collapse(c.html ? textOf(c.expected) : c.expected);
      const cut = g.replace(/(…|\.\.\.)$/, '').trimEnd();
      const pass = !!g && (full === g || full.startsWith(cut) || noSpace(full).startsWith(noSpace(cut)));
      return { pass, got, expectedText: full };
    }
    case 'url': {
      const gots = Array.isArray(got) ? got : [got];
      return { pass: gots.some((g) => normUrl(g) === normUrl(c.expected)), got };
    }
    case 'date': {
      const ms = dateMs(got);
      if (ms === undefined)
        return { pass: false, got: got === undefined ? undefined : `(not a Date: ${short(got)})` };
      const pass = Math.floor(ms / 1000) === Math.floor(c.expectedMs / 1000);
      return { pass, got: fmtDate(ms) };
    }
    case 'exact':
      return { pass: String(got ?? '').trim() === String(c.expected ?? '').trim(), got };
    case 'ci':
      return {
        pass: String(got ?? '').trim().toLowerCase() === String(c.expected ?? '').trim().toLowerCase(),
        got,
      };
    case 'absent':
      return { pass: got === undefined || got === null || got === '', got };
    case 'list':
      return { pass: JSON.stringify(got ?? []) === JSON.stringify(c.expected), got };
    case 'pred': {
      const r = c.test(got);
      return typeof r === 'object' ? { got, ...r } : { pass: !!r, got };
    }
    default:
      throw new Error(`unknown check kind ${c.kind}`);
  }
}
function describeStatus(res) {
  if (res.status === 'ok') return 'parsed';
  if (res.status === 'error') return `FeedError(${res.error.kind}): ${res.error.message}`;
  if (res.status === 'crash') return `CRASH ${res.error.name}: ${res.error.message}`;
  return `${res.status}: ${res.error?.message ?? ''}`;
}

// ───────────────────────────── feedparser mapping ─────────────────────────────

const FP_SUPPLEMENT = {
  // Expectations feedparser's index could not turn into structured checks, re-stated by hand.
  'json/example.json': [
    check({ group: 'parse', sub: 'bozo', label: 'bozo', kind: 'bozo', expected: false }),
    check({ group: 'title', sub: 'feed.title', label: 'feed.title', kind: 'text', expected: 'My Example Feed', get: (f) => f.title }),
    check({ group: 'other', sub: 'count', label: 'len(entries)', kind: 'exact', expected: 2, get: (f) => f.items?.length }),
  ],
  'wellformed/xml/escaped_apos.xml': [
    check({ group: 'title', sub: 'feed.title', label: 'feed.title', kind: 'text', plain: true, expected: "it's correct", get: (f) => f.title }),
  ],
  'wellformed/rss/item_guid_not_permalink.xml': [
    check({ group: 'link', sub: 'entries[].link', label: 'not entries[0].link (guid isPermaLink=false)', kind: 'absent', expected: undefined, get: (f) => itemOf(f, 0).url }),
  ],
  'wellformed/media-rss/item_media_category_multiple.xml': [
    check({ group: 'other', sub: 'entries[].tags', label: 'entries[0].tags[*].term', kind: 'list', expected: ['cat1', 'cat2'], get: (f) => itemOf(f, 0).categories }),
  ],
};

function fpLinkRel(f, prefix, k) {
  for (const c of f.checks ?? []) {
    const p = c.path ?? [];
    if (p.length === prefix.length + 3 && prefix.every((x, i) => p[i] === x) && p[prefix.length] === 'links' && p[prefix.length + 1] === k && p[prefix.length + 2] === 'rel')
      return c.expected;
    if (p.length === prefix.length + 2 && prefix.every((x, i) => p[i] === x) && p[prefix.length] === 'links' && p[prefix.length + 1] === k && c.expected && typeof c.expected === 'object')
      return c.expected.rel;
  }
  return undefined;
}

function mapFeedparserCheck(c, f, sourceText) {
  if (c.kind === 'bozo') {
    if (c.expected && (f.path.startsWith('illformed/chardet/') || f.suite === 'encoding'))
      return na('bozo', c.expected, 'bozo from character-encoding detection (runner decodes, not the engine)');
    return check({ group: 'parse', sub: 'bozo', label: 'bozo', kind: 'bozo', expected: c.expected });
  }
  const p = c.path ?? [];
  const label = fmtPath(p);
  const gp = genericPath(p);
  const exp = c.expected;
  const notModelled = () => na(label, exp, `${gp}: not modelled by Siar`, gp);
  const plainText = () =>
    typeof exp === 'string' && /</.test(exp) && /type=["'](text|text\/plain)["']/.test(sourceText);
  const text = (group, get) =>
    typeof exp === 'string' || exp === null
      ? check({ group, sub: gp, label, kind: 'text', expected: exp ?? '', plain: plainText(), get })
      : na(label, exp, `${gp}: non-string expectation`, gp);
  const url = (group, get) =>
    exp === null
      ? check({ group, sub: gp, label, kind: 'absent', expected: exp, get })
      : isHttp(exp)
        ? check({ group, sub: gp, label, kind: 'url', expected: exp, get })
        : na(label, exp, 'non-http(s) URL (Siar keeps http/https only)');

  if (p[0] === 'feed') {
    const rest = p.slice(1);
    const key = rest.map(String).join('.');
    if (key === 'title' || key === 'title_detail.value') return text('title', (fd) => fd.title);
    if (key === 'link') return url('link', (fd) => fd.link);
    if (rest[0] === 'links' && typeof rest[1] === 'number') {
      const k = rest[1];
      const tail = rest.slice(2).join('.');
      if (tail !== 'href' && !(tail === '' && exp && typeof exp === 'object')) return notModelled();
      const rel = fpLinkRel(f, ['feed'], k) ?? (typeof exp === 'object' ? exp.rel : undefined);
      if (rel ? rel !== 'alternate' : k !== 0) return na(label, exp, 'feed.links[] other than the alternate link', 'feed.links[] (non-alternate)');
      const href = typeof exp === 'object' ? exp.href : exp;
      if (!isHttp(href)) return na(label, exp, 'non-http(s) URL (Siar keeps http/https only)');
      return check({ group: 'link', sub: 'feed.link', label, kind: 'url', expected: href, get: (fd) => fd.link });
    }
    if (['description', 'subtitle', 'tagline', 'subtitle_detail.value', 'tagline_detail.value'].includes(key))
      return text('summary', (fd) => fd.description);
    if (key === 'image.href' || key === 'image.url') return url('enclosure', (fd) => imgUrl(fd.image));
    if (key === 'language') {
      if (f.headers && Object.keys(f.headers).some((h) => /content-language/i.test(h)))
        return na(label, exp, 'language from the HTTP Content-Language header (not passed to parseFeed)');
      return exp === null
        ? check({ group: 'other', sub: 'feed.language', label, kind: 'absent', expected: exp, get: (fd) => fd.language })
        : check({ group: 'other', sub: 'feed.language', label, kind: 'ci', expected: exp, get: (fd) => fd.language });
    }
    return notModelled();
  }

  if (p[0] === 'entries' && typeof p[1] === 'number') {
    const n = p[1];
    const rest = p.slice(2);
    const key = rest.map(String).join('.');
    const it = (fd) => itemOf(fd, n);
    if (key === 'title' || key === 'title_detail.value') return text('title', (fd) => it(fd).title);
    if (key === 'link') return url('link', (fd) => it(fd).url);
    if (rest[0] === 'links' && typeof rest[1] === 'number') {
      const k = rest[1];
      const tail = rest.slice(2).join('.');
      if (tail !== 'href' && !(tail === '' && exp && typeof exp === 'object')) return notModelled();
      const rel = fpLinkRel(f, ['entries', n], k) ?? (typeof exp === 'object' ? exp.rel : undefined);
      if (rel ? rel !== 'alternate' : k !== 0) return na(label, exp, 'entries[].links[] other than the alternate link', 'entries[].links[] (non-alternate)');
      const href = typeof exp === 'object' ? exp.href : exp;
      if (!isHttp(href)) return na(label, exp, 'non-http(s) URL (Siar keeps http/https only)');
      return check({ group: 'link', sub: 'entries[].link', label, kind: 'url', expected: href, get: (fd) => it(fd).url });
    }
    if (['summary', 'summary_detail.value', 'description'].includes(key)) return text('summary', (fd) => it(fd).summary);
    if (key === 'content.0.value') {
      // contentHtml is raw HTML: the page adds its text as __contentText for comparison.
      const t = text('other', (fd) => {
        const i = it(fd);
        need(typeof i.contentHtml === 'string', 'no contentHtml');
        return i.__contentText;
      });
      if (t.applicable) t.sub = 'entries[].content[].value';
      return t;
    }
    if (key === 'published_parsed' || key === 'updated_parsed') {
      if (!Array.isArray(exp)) return na(label, exp, `${gp}: non-tuple expectation`, gp);
      const get =
        key === 'published_parsed'
          ? (fd) => it(fd).published
          : (fd) => it(fd).updated ?? it(fd).published;
      return check({ group: 'date', sub: gp, label, kind: 'date', expected: exp, expectedMs: tupleMs(exp), get });
    }
    if (key === 'id' || key === 'guid')
      return check({ group: 'other', sub: 'entries[].id', label, kind: 'exact', expected: exp, get: (fd) => it(fd).id });
    if ((rest[0] === 'tags' && typeof rest[1] === 'number' && rest[2] === 'term') || key === 'category') {
      // Siar keeps category labels, de-duplicated: the term (or its Atom label) must be among them.
      const alts = [exp];
      const esc = String(exp).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const tag = new RegExp(`<[^>]*\\bterm=["']${esc}["'][^>]*>`).exec(sourceText)?.[0];
      const lbl = tag && /\blabel=["']([^"']*)["']/.exec(tag)?.[1];
      if (lbl) alts.push(lbl);
      return check({
        group: 'other', sub: `entries[].${key === 'category' ? 'category' : 'tags[].term'}`, label, kind: 'pred', expected: alts.join(' | '),
        get: (fd) => it(fd).categories,
        test: (g) => Array.isArray(g) && alts.some((a) => g.map((x) => String(x).trim()).includes(String(a).trim())),
      });
    }
    const authorName = (k) =>
      check({ group: 'other', sub: 'entries[].author.name', label, kind: 'exact', expected: exp, get: (fd) => it(fd).authors?.[k]?.name });
    const authorUrl = (k) =>
      isHttp(exp)
        ? check({ group: 'other', sub: 'entries[].author.url', label, kind: 'url', expected: exp, get: (fd) => it(fd).authors?.[k]?.url })
        : na(label, exp, 'non-http(s) URL (Siar keeps http/https only)');
    if (key === 'author_detail.name') return authorName(0);
    if (key === 'author_detail.url' || key === 'author_detail.href') return authorUrl(0);
    if (rest[0] === 'authors' && typeof rest[1] === 'number') {
      if (rest[2] === 'name') return authorName(rest[1]);
      if (rest[2] === 'url' || rest[2] === 'href') return authorUrl(rest[1]);
      return notModelled();
    }
    if (key === 'author') {
      // feedparser: "name (email)", or just the name, or just the e-mail
      return check({
        group: 'other', sub: 'entries[].author', label, kind: 'pred', expected: exp,
        get: (fd) => it(fd).authors?.[0]?.name,
        test: (g) => !!g && (g === exp || String(exp).startsWith(`${g} (`) || String(exp).includes(g)),
      });
    }
    const mediaUrls = (fd) => {
      const i = it(fd);
      return [imgUrl(i.image), i.video?.url, i.video?.id].filter(Boolean);
    };
    if (rest[0] === 'enclosures' && typeof rest[1] === 'number') {
      const tail = rest.slice(2).join('.');
      const href = tail === 'href' || tail === 'url' ? exp : tail === '' && exp && typeof exp === 'object' ? exp.href ?? exp.url : undefined;
      if (href === undefined) return notModelled();
      if (rest[1] !== 0) return na(label, exp, 'enclosures after the first (Siar keeps one image/video per item)');
      if (!isHttp(href)) return na(label, exp, 'non-http(s) URL (Siar keeps http/https only)');
      return check({ group: 'enclosure', sub: 'entries[].enclosures[].href', label, kind: 'url', expected: href, get: mediaUrls });
    }
    if (key === 'image.href') return url('enclosure', (fd) => imgUrl(it(fd).image));
    if (rest[0] === 'media_thumbnail' && rest[2] === 'url') return url('enclosure', (fd) => imgUrl(it(fd).image));
    return notModelled();
  }
  return notModelled();
}

function feedparserTasks() {
  const dir = path.join(corporaDir, 'feedparser');
  const indexFile = path.join(dir, 'index.json');
  if (!fs.existsSync(indexFile)) return [];
  const index = JSON.parse(fs.readFileSync(indexFile, 'utf8'));
  return index.map((f) => {
    const src = fs.readFileSync(path.join(dir, f.path), 'utf8');
    const checks = (f.checks ?? []).map((c) => mapFeedparserCheck(c, f, src));
    checks.push(...(FP_SUPPLEMENT[f.path] ?? []));
    let baseUrl = null;
    if (f.http) {
      const doc = FP_DOC_BASE + f.path;
      const loc = f.headers && Object.entries(f.headers).find(([k]) => /^content-location$/i.test(k));
      let fromHeader;
      try {
        fromHeader = loc ? new URL(loc[1], doc).href : undefined;
      } catch {}
      // feedparser ignores an unsafe (non-http) Content-Location; so do we.
      baseUrl = isHttp(fromHeader) ? fromHeader : doc;
    }
    return {
      corpus: 'feedparser',
      folder: `feedparser/${f.suite}`,
      file: `feedparser/${f.path}`,
      json: f.format === 'jsonfeed',
      contentType: f.contentType ?? undefined,
      baseUrl, // null ⇒ the file's own URL
      checks,
      note: f.checkError && !(FP_SUPPLEMENT[f.path]) ? `expectation not structured (${f.checkError}): ${f.expect}` : undefined,
    };
  });
}

// ───────────────────────────── JSON Feed ─────────────────────────────

const REFERENCE_OUTPUT = /(_expected\.json|\.serde\.json)$|(^|\/)schema-v[\d.]+\.json$/;

function walk(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out.sort();
}

function jsonFeedChecks(raw, fileUrl) {
  const checks = [];
  let data;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch {
    checks.push(check({ group: 'parse', sub: 'invalid JSON', label: 'invalid/truncated JSON ⇒ FeedError(parse) (error state)', kind: 'throws', errorKinds: ['parse'], expected: 'FeedError(parse)' }));
    return checks;
  }
  if (/^\uFEFF/.test(raw)) checks.push(check({ group: 'parse', sub: 'BOM', label: 'JSON with byte-order mark parses', kind: 'ok', expected: 'parsed' }));
  else checks.push(check({ group: 'parse', sub: 'parses', label: 'parses', kind: 'ok', expected: 'parsed' }));
  checks.push(check({ group: 'other', sub: 'format', label: 'feed.format', kind: 'exact', expected: 'json', get: (f) => f.format }));
  if (typeof data.title === 'string')
    checks.push(check({ group: 'title', sub: 'feed.title', label: 'feed.title', kind: 'text', either: true, expected: data.title, get: (f) => f.title }));
  if (isHttp(data.home_page_url))
    checks.push(check({ group: 'link', sub: 'feed.link', label: 'feed.link ← home_page_url', kind: 'url', expected: data.home_page_url, get: (f) => f.link }));
  if (typeof data.description === 'string')
    checks.push(check({ group: 'summary', sub: 'feed.description', label: 'feed.description', kind: 'text', either: true, expected: data.description, get: (f) => f.description }));
  const icons = [data.icon, data.favicon].filter(isHttp);
  if (icons.length)
    checks.push(check({ group: 'enclosure', sub: 'feed.image', label: 'feed.image.url ← icon|favicon', kind: 'pred', expected: icons.join(' | '), get: (f) => imgUrl(f.image), test: (g) => icons.some((i) => normUrl(i) === normUrl(g)) }));
  if (typeof data.language === 'string')
    checks.push(check({ group: 'other', sub: 'feed.language', label: 'feed.language', kind: 'ci', expected: data.language, get: (f) => f.language }));

  const feedAuthors = Array.isArray(data.authors) ? data.authors : data.author ? [data.author] : [];
  const seen = new Set();
  const items = (Array.isArray(data.items) ? data.items : []).filter((it) => {
    if (it?.id === undefined || it?.id === null || it.id === '') return true;
    const k = String(it.id);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  checks.push(check({ group: 'other', sub: 'count', label: 'items.length', kind: 'exact', expected: items.length, get: (f) => f.items?.length }));
  items.forEach((it, n) => {
    const I = (f) => itemOf(f, n);
    const L = (s) => `items[${n}].${s}`;
    if (it.id !== undefined && it.id !== null && it.id !== '')
      checks.push(check({ group: 'other', sub: 'item.id', label: L('id'), kind: 'exact', expected: String(it.id), get: (f) => I(f).id }));
    if (typeof it.title === 'string' && it.title)
      checks.push(check({ group: 'title', sub: 'item.title', label: L('title'), kind: 'text', either: true, expected: it.title, get: (f) => I(f).title }));
    if (typeof it.url === 'string' && it.url) {
      let abs;
      try {
        abs = new URL(it.url, fileUrl).href;
      } catch {}
      if (isHttp(abs)) checks.push(check({ group: 'link', sub: 'item.url', label: L('url'), kind: 'url', expected: abs, get: (f) => I(f).url }));
    }
    if (typeof it.summary === 'string' && it.summary.trim())
      checks.push(check({ group: 'summary', sub: 'item.summary ← summary', label: L('summary ← summary'), kind: 'text', either: true, expected: it.summary, get: (f) => I(f).summary }));
    else if (typeof it.content_text === 'string' && it.content_text.trim())
      checks.push(check({ group: 'summary', sub: 'item.summary ← content_text', label: L('summary ← content_text (prefix)'), kind: 'prefix', expected: it.content_text, get: (f) => I(f).summary }));
    else if (typeof it.content_html === 'string' && it.content_html.trim())
      checks.push(check({ group: 'summary', sub: 'item.summary ← content_html', label: L('summary ← text of content_html (prefix)'), kind: 'prefix', html: true, expected: it.content_html, get: (f) => I(f).summary }));
    if (typeof it.content_html === 'string' && it.content_html)
      checks.push(check({ group: 'other', sub: 'item.contentHtml', label: L('contentHtml ← content_html'), kind: 'exact', expected: it.content_html, get: (f) => I(f).contentHtml }));
    for (const [k, field, label] of [['date_published', 'published', 'published'], ['date_modified', 'updated', 'updated']]) {
      if (typeof it[k] !== 'string') continue;
      const ms = Date.parse(it[k]);
      if (Number.isNaN(ms)) continue;
      checks.push(check({ group: 'date', sub: `item.${label}`, label: L(`${label} ← ${k}`), kind: 'date', expected: it[k], expectedMs: ms, get: (f) => I(f)[field] }));
    }
    if (isHttp(it.image))
      checks.push(check({ group: 'enclosure', sub: 'item.image', label: L('image.url ← image'), kind: 'url', expected: new URL(it.image, fileUrl).href, get: (f) => imgUrl(I(f).image) }));
    if (Array.isArray(it.tags) && it.tags.length) {
      const tags = [...new Set(it.tags.map((t) => String(t).trim()).filter(Boolean))];
      checks.push(check({ group: 'other', sub: 'item.categories', label: L('categories ← tags'), kind: 'list', expected: tags, get: (f) => I(f).categories }));
    }
    const authors = (Array.isArray(it.authors) ? it.authors : it.author ? [it.author] : feedAuthors).filter((a) => a?.name);
    if (authors.length)
      checks.push(check({ group: 'other', sub: 'item.authors', label: L(`authors ← ${it.authors ? 'authors' : it.author ? 'author' : 'feed authors'}`), kind: 'list', expected: authors.map((a) => a.name), get: (f) => (I(f).authors ?? []).map((a) => a.name) }));
  });
  return checks;
}

function jsonFeedTasks(serverUrl) {
  const dir = path.join(corporaDir, 'jsonfeed');
  if (!fs.existsSync(dir)) return { tasks: [], skipped: [] };
  const tasks = [];
  const skipped = [];
  for (const file of walk(dir)) {
    if (!file.endsWith('.json')) continue;
    const rel = path.relative(corporaDir, file).split(path.sep).join('/');
    if (REFERENCE_OUTPUT.test(rel)) {
      skipped.push({ file: rel, reason: 'reference output / schema, not a feed' });
      continue;
    }
    const raw = fs.readFileSync(file, 'utf8');
    tasks.push({
      corpus: 'jsonfeed', folder: 'jsonfeed', file: rel, json: true, contentType: undefined, baseUrl: null,
      checks: jsonFeedChecks(raw, `${serverUrl}/corpora/${rel}`),
    });
  }
  return { tasks, skipped };
}

// ───────────────────────────── YouTube ─────────────────────────────

const FLASH = /youtube(-nocookie)?\.com\/v\/|x-shockwave-flash/i;
function ytWatchOk(u, id) {
  if (typeof u !== 'string') return false;
  try {
    const x = new URL(u);
    if (!/^https?:$/.test(x.protocol) || FLASH.test(u)) return false;
    if (/(^|\.)youtu\.be$/.test(x.hostname)) return x.pathname.slice(1) === id;
    if (!/(^|\.)youtube(-nocookie)?\.com$/.test(x.hostname)) return false;
    return x.searchParams.get('v') === id || x.pathname.endsWith(`/${id}`);
  } catch {
    return false;
  }
}

/** Checks for a YouTube sample, from the reference the page extracted with its own DOMParser. */
function youtubeChecks(ref) {
  const checks = [check({ group: 'parse', sub: 'parses', label: 'parses', kind: 'ok', expected: 'parsed' })];
  if (!ref || ref.error) {
    checks.push(check({ group: 'parse', sub: 'reference', label: 'reference extraction', kind: 'pred', expected: 'well-formed Atom', get: () => ref?.error, test: () => false }));
    return checks;
  }
  if (ref.title) checks.push(check({ group: 'title', sub: 'feed.title', label: 'feed.title', kind: 'text', plain: true, expected: ref.title, get: (f) => f.title }));
  if (isHttp(ref.link)) checks.push(check({ group: 'link', sub: 'feed.link', label: 'feed.link ← link[rel=alternate]', kind: 'url', expected: ref.link, get: (f) => f.link }));
  checks.push(check({ group: 'other', sub: 'count', label: 'items.length', kind: 'exact', expected: ref.entries.length, get: (f) => f.items?.length }));
  ref.entries.forEach((e, n) => {
    const I = (f) => itemOf(f, n);
    const L = (s) => `items[${n}].${s}`;
    const id = e.videoId;
    checks.push(check({
      group: 'enclosure', sub: 'no Flash /v/ URL', label: L('* never the Flash /v/ URL'), kind: 'pred', expected: 'no youtube.com/v/ or x-shockwave-flash anywhere in the item',
      get: (f) => JSON.stringify(I(f)).match(FLASH)?.[0], test: (g) => !g,
    }));
    if (e.atomId) checks.push(check({ group: 'other', sub: 'item.id', label: L('id ← atom:id'), kind: 'exact', expected: e.atomId, get: (f) => I(f).id }));
    const title = e.title || e.mediaTitle;
    if (title) checks.push(check({ group: 'title', sub: 'item.title', label: L(`title ← ${e.title ? 'atom:title' : 'media:title'}`), kind: 'text', plain: true, expected: title, get: (f) => I(f).title }));
    if (isHttp(e.link)) checks.push(check({ group: 'link', sub: 'item.url', label: L('url ← link[rel=alternate]'), kind: 'url', expected: e.link, get: (f) => I(f).url }));
    else if (id) checks.push(check({ group: 'link', sub: 'item.url', label: L('url (no link: a YouTube page for the yt:videoId)'), kind: 'pred', expected: `https://www.youtube.com/watch?v=${id}`, get: (f) => I(f).url, test: (g) => ytWatchOk(g, id) }));
    if (id) {
      checks.push(check({ group: 'enclosure', sub: 'video.provider', label: L('video.provider'), kind: 'exact', expected: 'youtube', get: (f) => I(f).video?.provider }));
      checks.push(check({ group: 'enclosure', sub: 'video.id', label: L('video.id ← yt:videoId'), kind: 'exact', expected: id, get: (f) => I(f).video?.id }));
      checks.push(check({ group: 'enclosure', sub: 'video.url', label: L('video.url is a YouTube page for the id'), kind: 'pred', expected: `https://www.youtube.com/watch?v=${id}`, get: (f) => I(f).video?.url, test: (g) => ytWatchOk(g, id) }));
      if (e.views.length)
        checks.push(check({ group: 'other', sub: 'video.views', label: L('video.views ← media:statistics@views'), kind: 'pred', expected: e.views.join(' | '), get: (f) => I(f).video?.views, test: (g) => e.views.includes(g) }));
    }
    const thumbs = e.thumbs.filter((t) => isHttp(t.url));
    if (thumbs.length) {
      // YouTube puts one thumbnail in media:group; kitchen-sink feeds may have several: any will do.
      const find = (u) => thumbs.find((t) => normUrl(t.url) === normUrl(u));
      checks.push(check({ group: 'enclosure', sub: 'item.image', label: L('image.url ← media:thumbnail'), kind: 'pred', expected: thumbs.length > 1 ? `one of ${thumbs.map((t) => t.url).join(' | ')}` : thumbs[0].url, get: (f) => imgUrl(I(f).image), test: (g) => !!find(g) }));
      if (thumbs.some((t) => t.width && t.height))
        checks.push(check({
          group: 'enclosure', sub: 'item.image size', label: L('image width×height ← that media:thumbnail'), kind: 'pred', expected: 'the size of the chosen thumbnail (when the feed gives one)',
          get: (f) => { const i = I(f).image; return i && typeof i === 'object' ? { url: i.url, size: `${i.width}x${i.height}` } : undefined; },
          test: (g) => { const t = g && find(g.url); return { pass: !!t && (!(t.width && t.height) || g.size === `${t.width}x${t.height}`), got: g?.size, expectedText: t ? `${t.width}x${t.height}` : 'a thumbnail' }; },
        }));
    }
    if (e.description)
      checks.push(check({ group: 'summary', sub: 'item.summary', label: L('summary ← media:description'), kind: 'text', plain: true, expected: e.description, get: (f) => I(f).summary }));
    for (const [k, field] of [['published', 'published'], ['updated', 'updated']]) {
      const ms = e[k] ? Date.parse(e[k]) : NaN;
      if (!Number.isNaN(ms)) checks.push(check({ group: 'date', sub: `item.${field}`, label: L(`${field} ← atom:${k}`), kind: 'date', expected: e[k], expectedMs: ms, get: (f) => I(f)[field] }));
    }
    if (e.author) checks.push(check({ group: 'other', sub: 'item.authors', label: L('authors[0].name ← atom:author'), kind: 'exact', expected: e.author, get: (f) => I(f).authors?.[0]?.name }));
  });
  return checks;
}

function youtubeTasks() {
  const dir = path.join(corporaDir, 'youtube');
  if (!fs.existsSync(dir)) return { tasks: [], skipped: [] };
  const tasks = [];
  const skipped = [];
  for (const file of walk(dir)) {
    const rel = path.relative(corporaDir, file).split(path.sep).join('/');
    if (/LICENSE/i.test(path.basename(file))) continue;
    if (!file.endsWith('.xml')) {
      skipped.push({ file: rel, reason: 'reference output of another parser, not a feed' });
      continue;
    }
    tasks.push({ corpus: 'youtube', folder: 'youtube', file: rel, json: false, contentType: undefined, baseUrl: null, youtube: true, checks: null });
  }
  return { tasks, skipped };
}

// ───────────────────────────── page side ─────────────────────────────

/** Installed into the page: decoding, serialization, YouTube reference extraction, html→text. */
function pageHelpers() {
  const LABELS = { 'utf-16': 'utf-16le', ucs2: 'utf-16le', u16: 'utf-16le', utf16: 'utf-16le', 'iso-10646-ucs-2': 'utf-16le' };
  function decodeUtf32(bytes, le) {
    let s = '';
    const parts = [];
    for (let i = 0; i + 3 < bytes.length; i += 4) {
      const cp = le
        ? bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)
        : (bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3];
      s += cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
      if (s.length > 8192) parts.push(s), (s = '');
    }
    parts.push(s);
    return parts.join('');
  }
  function decode(buf, contentType, isJson) {
    const b = new Uint8Array(buf);
    let enc = null;
    let bom = 0;
    let family = 'ascii';
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) (enc = 'utf-8'), (bom = 3);
    else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) (enc = 'utf-32be'), (bom = 4);
    else if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) (enc = 'utf-32le'), (bom = 4);
    else if (b[0] === 0xfe && b[1] === 0xff) (enc = 'utf-16be'), (bom = 2);
    else if (b[0] === 0xff && b[1] === 0xfe) (enc = 'utf-16le'), (bom = 2);
    else if (b[0] === 0 && b[1] === 0 && b[2] === 0 && b[3] === 0x3c) family = 'utf-32be';
    else if (b[0] === 0x3c && b[1] === 0 && b[2] === 0 && b[3] === 0) family = 'utf-32le';
    else if (b[0] === 0 && b[1] === 0x3c) family = 'utf-16be';
    else if (b[0] === 0x3c && b[1] === 0) family = 'utf-16le';
    let source = enc ? 'bom' : null;
    if (!enc && !isJson) {
      const m = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType || '');
      if (m) (enc = m[1].toLowerCase()), (source = 'http');
    }
    if (!enc && !isJson) {
      const head = raw(b.subarray(0, 2048), family);
      const m = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/.exec(head);
      if (m) {
        enc = m[1].toLowerCase();
        source = 'xml';
        if (family !== 'ascii' && !enc.startsWith('utf-16') && !enc.startsWith('utf-32') && !/^(ucs|u16|utf16|iso-10646)/.test(enc)) enc = family;
        if (family.startsWith('utf-16') && /^(utf-16|ucs-?2|u16|utf16|iso-10646-ucs-2)$/.test(enc)) enc = family;
        if (family.startsWith('utf-32') && /^(utf-32|ucs-?4|u32|utf32)$/.test(enc)) enc = family;
      }
    }
    if (!enc) (enc = family === 'ascii' ? 'utf-8' : family), (source = source || 'default');
    enc = LABELS[enc] || enc;
    return { text: raw(b.subarray(bom), enc, isJson && bom ? '\uFEFF' : ''), encoding: enc, source };
  }
  function raw(bytes, enc, prefix = '') {
    if (enc === 'ascii') enc = 'latin1';
    if (/^(utf-?32|ucs-?4|u32)/.test(enc)) return prefix + decodeUtf32(bytes, !/be$/.test(enc));
    let dec;
    try {
      dec = new TextDecoder(enc, { ignoreBOM: true });
    } catch {
      dec = new TextDecoder('utf-8', { ignoreBOM: true });
    }
    return prefix + dec.decode(bytes);
  }
  function ser(v, depth = 0) {
    if (v instanceof Date) return { $date: Number.isNaN(v.getTime()) ? 'Invalid Date' : v.getTime() };
    if (v === null || typeof v !== 'object') return typeof v === 'function' ? '(function)' : v;
    if (depth > 8) return '(deep)';
    if (Array.isArray(v)) return v.map((x) => ser(x, depth + 1));
    const o = {};
    for (const k of Object.keys(v)) o[k] = ser(v[k], depth + 1);
    return o;
  }
  const BLOCK = 'p,div,br,li,ul,ol,h1,h2,h3,h4,h5,h6,tr,td,th,table,blockquote,pre,section,article,header,footer,dd,dt,hr';
  function htmlToText(s) {
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${s}`, 'text/html');
    doc.querySelectorAll('script,style,template').forEach((e) => e.remove());
    doc.body.querySelectorAll(BLOCK).forEach((e) => e.after(' '));
    return (doc.body.textContent || '').replace(/\s+/g, ' ').trim();
  }
  // Independent of the engine: what a YouTube channel Atom feed says, read with DOMParser.
  function ytRef(text) {
    const A = 'http://www.w3.org/2005/Atom';
    const YT = 'http://www.youtube.com/xml/schemas/2015';
    const M = 'http://search.yahoo.com/mrss/';
    const doc = new DOMParser().parseFromString(text.replace(/^\uFEFF/, ''), 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) return { error: 'reference: not well-formed XML' };
    const root = doc.documentElement;
    const kids = (el, ns, name) => [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
    const kid = (el, ns, name) => kids(el, ns, name)[0];
    const txt = (el) => (el ? el.textContent.trim() : undefined);
    const alt = (el) => kids(el, A, 'link').find((l) => (l.getAttribute('rel') || 'alternate') === 'alternate')?.getAttribute('href') || undefined;
    return {
      title: txt(kid(root, A, 'title')),
      link: alt(root),
      entries: kids(root, A, 'entry').map((e) => {
        const group = kid(e, M, 'group');
        // media:group's thumbnails first, then any other media:thumbnail in the entry
        const thumbEls = [...(group ? kids(group, M, 'thumbnail') : []), ...e.getElementsByTagNameNS(M, 'thumbnail')];
        const thumbs = [...new Set(thumbEls)].filter((t) => t.getAttribute('url')).map((t) => ({
          url: t.getAttribute('url'),
          width: Number(t.getAttribute('width')) || undefined,
          height: Number(t.getAttribute('height')) || undefined,
        }));
        const views = [...e.getElementsByTagNameNS(M, 'statistics')].map((x) => x.getAttribute('views')).filter((v) => v != null && /^\d+$/.test(v)).map(Number);
        const desc = group ? kid(group, M, 'description') : kid(e, M, 'description');
        const author = kid(e, A, 'author');
        return {
          atomId: txt(kid(e, A, 'id')),
          videoId: txt(kid(e, YT, 'videoId')),
          title: txt(kid(e, A, 'title')),
          mediaTitle: group ? txt(kid(group, M, 'title')) : undefined,
          link: alt(e),
          published: txt(kid(e, A, 'published')),
          updated: txt(kid(e, A, 'updated')),
          thumbs,
          description: desc ? desc.textContent.replace(/\s+/g, ' ').trim() : undefined,
          views,
          author: author ? txt(kid(author, A, 'name')) : undefined,
        };
      }),
    };
  }
  async function runBatch(tasks, moduleUrl) {
    const mod = await import(moduleUrl);
    const parseFeed = mod.parseFeedSync ?? mod.parseFeed; // 0.2+: parseFeed resolves, parseFeedSync returns
    if (typeof parseFeed !== 'function') throw new Error(`${moduleUrl} does not export parseFeed`);
    const bufs = await Promise.all(tasks.map((t) => fetch(t.url).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status} for ${t.url}`))))));
    return tasks.map((t, i) => {
      const dec = decode(bufs[i], t.contentType, t.json);
      const out = { encoding: dec.encoding, encodingSource: dec.source };
      if (t.youtube) out.ref = ytRef(dec.text);
      const t0 = performance.now();
      try {
        const opts = {};
        if (t.contentType) opts.contentType = t.contentType;
        opts.baseUrl = t.baseUrl;
        const feed = parseFeed(dec.text, opts);
        out.status = 'ok';
        out.feed = ser(feed);
        for (const it of out.feed.items ?? []) if (typeof it?.contentHtml === 'string') it.__contentText = htmlToText(it.contentHtml);
      } catch (e) {
        if (e && e.name === 'FeedError') {
          out.status = 'error';
          out.error = { kind: e.kind, message: String(e.message) };
        } else {
          out.status = 'crash';
          out.error = { name: e?.name ?? typeof e, message: String(e?.message ?? e), stack: String(e?.stack ?? '').split('\n').slice(0, 4).join('\n') };
        }
      }
      out.ms = performance.now() - t0;
      return out;
    });
  }
  window.__siarConformance = { runBatch, htmlToText: (list) => list.map(htmlToText) };
}

// ───────────────────────────── server ─────────────────────────────

const MIME = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.map': 'application/json', '.html': 'text/html', '.json': 'application/octet-stream', '.xml': 'application/octet-stream' };
function startServer() {
  const roots = [
    ['/__feed__/', path.dirname(moduleFile)],
    ['/corpora/', corporaDir],
    ['/', repo],
  ];
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (urlPath === '/__conformance__.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><meta charset="utf-8"><title>Siar conformance</title>');
      return;
    }
    for (const [prefix, root] of roots) {
      if (!urlPath.startsWith(prefix)) continue;
      const file = path.resolve(root, urlPath.slice(prefix.length));
      if (file !== root && !file.startsWith(root + path.sep)) break;
      fs.readFile(file, (err, data) => {
        if (err) {
          res.writeHead(404).end('not found');
          return;
        }
        // Bytes only: no charset, so decoding stays the runner's (page-side) decision.
        res.writeHead(200, { 'content-type': MIME[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(data);
      });
      return;
    }
    res.writeHead(404).end('not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ───────────────────────────── main ─────────────────────────────

// ── CAP alerts (issue #15): the alert model over ../shared/corpora/cap ───────────────────────────
/**
 * Runs the alert reader Siar ships (src/feed/cap.ts, alerts.ts; and the publisher kit's index
 * reader, src/cli/alerts.ts — the same TypeScript the browser runs, compiled for Node into
 * dist/node/ by `npm run build`) over every sample in ../shared/corpora/cap. Expectations are read
 * from each file independently of the parser (regular expressions over the XML text; JSON.parse):
 *  - a CAP document: identifier, sender, sent, status, msgType, scope, number of <references>
 *    entries, number and languages of <info>, first info's severity, headline and expires,
 *    number of <polygon> and <circle>;
 *  - a document with a DOCTYPE (xee.cap): refused, with the DOCTYPE named;
 *  - a document missing a required element (invalid.cap): reported, naming that element;
 *  - an Atom/RSS index: one link per <entry>/<item>, each an http(s) URL;
 *  - BMKG earthquake JSON: magnitude, coordinates, time and felt report.
 * A sample passes when all its checks pass. Returns the figures (also written to bench/conformance.json).
 */
async function capConformance() {
  const dir = path.join(corporaDir, 'cap');
  if (!fs.existsSync(dir)) {
    console.log(`CAP alerts: no corpus at ${path.relative(repo, dir)} — skipped.`);
    return undefined;
  }
  const capJs = path.join(repo, 'dist/node/feed/cap.js');
  if (!fs.existsSync(capJs)) {
    console.log('CAP alerts: dist/node/feed/cap.js not found (run `npm run build`) — skipped.');
    return undefined;
  }
  const { parseCap, isCap } = await import(path.join(repo, 'dist/node/feed/cap.js'));
  const { parseQuakes } = await import(path.join(repo, 'dist/node/feed/alerts.js'));
  const { indexLinks } = await import(path.join(repo, 'dist/node/cli/alerts.js'));
  const files = walk(dir).filter((f) => /\.(cap|xml|atom|rss|json)$/i.test(f)).sort();
  const tag = (xml, name) => [...xml.matchAll(new RegExp(`<(?:[\\w-]+:)?${name}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w-]+:)?${name}>`, 'g'))].map((m) => collapse(m[1]));
  const first = (xml, name) => tag(xml, name)[0];
  const time = (v) => (v ? Date.parse(v) : undefined);
  const samples = [];
  for (const file of files) {
    const rel = path.relative(dir, file);
    const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const checks = [];
    const expect = (name, expected, got) => checks.push({ name, expected, got, pass: JSON.stringify(expected) === JSON.stringify(got) });
    let kind;
    try {
      if (/\.json$/i.test(file)) {
        kind = 'bmkg-gempa';
        const raw = JSON.parse(text).Infogempa.gempa;
        const list = Array.isArray(raw) ? raw : [raw];
        const quakes = parseQuakes(JSON.parse(text));
        expect('quakes', list.length, quakes.length);
        list.forEach((g, i) => {
          const q = quakes[i] ?? {};
          expect(`[${i}].magnitude`, Number(g.Magnitude), q.magnitude);
          expect(`[${i}].coordinates`, g.Coordinates.split(',').map(Number), [q.lat, q.lon]);
          expect(`[${i}].time`, Date.parse(g.DateTime), q.time?.getTime());
          expect(`[${i}].felt`, g.Dirasakan, q.felt);
        });
      } else if (/<!DOCTYPE/i.test(text)) {
        kind = 'refused (DOCTYPE)';
        let error;
        try {
          parseCap(text);
        } catch (e) {
          error = e;
        }
        expect('refused', true, !!error && error.name === 'FeedError');
        expect('reason', 'DOCTYPE', /DOCTYPE/.test(error?.message ?? '') ? 'DOCTYPE' : error?.message);
      } else if (/<(?:[\w-]+:)?(rss|feed)[\s>]/.test(text.slice(0, 2000)) && !isCap(text)) {
        kind = 'index';
        const n = (text.match(/<(?:[\w-]+:)?(entry|item)[\s>]/g) ?? []).length;
        const links = indexLinks(text, 'https://index.example/');
        expect('links', n, links.length);
        expect('http(s) links', true, links.every((l) => /^https?:\/\//.test(l.url)));
      } else {
        const required = ['identifier', 'sender', 'sent', 'status', 'msgType', 'scope'];
        const missing = required.filter((k) => !first(text, k));
        if (missing.length) {
          kind = 'invalid';
          let error;
          try {
            parseCap(text);
          } catch (e) {
            error = e;
          }
          expect('reported', true, !!error && error.name === 'FeedError');
          expect('names the missing element', missing.map((m) => `<${m}>`), missing.filter((m) => error?.message.includes(`<${m}>`)).map((m) => `<${m}>`));
        } else {
          kind = 'cap';
          const a = parseCap(text);
          for (const k of ['identifier', 'sender', 'status', 'msgType', 'scope']) expect(k, first(text, k), a[k]);
          expect('sent', time(first(text, 'sent')), a.sent.getTime());
          const refs = first(text, 'references');
          expect('references', refs ? refs.split(/\s+/).length : 0, a.references.length);
          const infos = text.split(/<(?:[\w-]+:)?info[\s>]/).slice(1);
          expect('infos', infos.length, a.infos.length);
          expect('languages', infos.map((i) => first(i, 'language') ?? 'en-US'), a.infos.map((i) => i.language));
          if (infos.length) {
            const i0 = infos[0];
            expect('severity', first(i0, 'severity'), a.infos[0].severity);
            expect('headline', first(i0, 'headline'), a.infos[0].headline);
            expect('expires', time(first(i0, 'expires')), a.infos[0].expires?.getTime());
            expect('polygons', tag(i0, 'polygon').length, a.infos[0].areas.reduce((n, ar) => n + ar.polygons.length, 0));
            expect('circles', tag(i0, 'circle').length, a.infos[0].areas.reduce((n, ar) => n + ar.circles.length, 0));
          }
        }
      }
    } catch (e) {
      checks.push({ name: 'no exception', expected: 'a result', got: String(e?.message ?? e), pass: false });
    }
    samples.push({ file: rel, kind, checks, pass: checks.length > 0 && checks.every((c) => c.pass) });
  }
  const n = samples.reduce((a, s) => a + s.checks.length, 0);
  const passed = samples.reduce((a, s) => a + s.checks.filter((c) => c.pass).length, 0);
  const ok = samples.filter((s) => s.pass).length;
  console.log('');
  console.log(`CAP alerts (../shared/corpora/cap, dist/node/feed/cap.js): ${samples.length} files`);
  for (const s of samples) {
    const p = s.checks.filter((c) => c.pass).length;
    console.log(`  ${s.pass ? '✓' : '✗'} ${s.file.padEnd(52)} ${String(s.kind).padEnd(18)} ${p}/${s.checks.length}`);
    for (const c of s.checks.filter((c) => !c.pass)) console.log(`      ${c.name}: expected ${short(c.expected, 50)} got ${short(c.got, 50)}`);
  }
  const result = { samples: { passed: ok, total: samples.length }, checks: { passed, applicable: n, share: n ? passed / n : 0 }, met: ok === samples.length, files: samples };
  console.log(`  CAP HEADLINE: ${ok}/${samples.length} samples pass every check, ${passed}/${n} checks = ${pct(passed, n)}  ${result.met ? 'MET' : 'NOT MET'} (target: every sample)`);
  console.log('');
  return result;
}

async function main() {
  const started = Date.now();
  if (!fs.existsSync(corporaDir)) {
    console.log(`conformance: no corpora at ${corporaDir} — nothing to measure.`);
    return;
  }
  const cap = await capConformance();
  if (!fs.existsSync(moduleFile)) {
    console.error(`conformance: ${path.relative(repo, moduleFile) || moduleFile} not found — run \`npm run build\` first.`);
    process.exitCode = 1;
    return;
  }
  const { default: puppeteer } = await import('puppeteer-core');
  const server = await startServer();
  const base = `http://127.0.0.1:${server.address().port}`;
  const moduleUrl = `${base}/__feed__/${path.basename(moduleFile)}`;

  const jf = jsonFeedTasks(base);
  const yt = youtubeTasks();
  const tasks = [...feedparserTasks(), ...jf.tasks, ...yt.tasks];
  const skipped = [...jf.skipped, ...yt.skipped];
  for (const t of tasks) {
    t.url = `${base}/corpora/${t.file.split('/').map(encodeURIComponent).join('/')}`;
    if (!t.baseUrl) t.baseUrl = t.url;
  }

  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const external = [];
  let results;
  let textOf = (s) => String(s ?? '');
  try {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const u = req.url();
      if (u.startsWith(`${base}/`) || u.startsWith('data:') || u.startsWith('blob:') || u === 'about:blank') req.continue();
      else {
        external.push(u);
        req.abort();
      }
    });
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e?.message ?? e)));
    await page.goto(`${base}/__conformance__.html`);
    await page.evaluate(pageHelpers);

    results = [];
    for (let i = 0; i < tasks.length; i += BATCH) {
      const slice = tasks.slice(i, i + BATCH).map((t) => ({ url: t.url, contentType: t.contentType, baseUrl: t.baseUrl, json: t.json, youtube: !!t.youtube }));
      results.push(...(await page.evaluate((ts, m) => window.__siarConformance.runBatch(ts, m), slice, moduleUrl)));
    }
    // YouTube checks depend on the page's reference extraction.
    tasks.forEach((t, i) => {
      if (t.youtube) t.checks = youtubeChecks(results[i].ref);
    });
    // Expected HTML → text, in one go.
    const needText = new Set();
    for (const t of tasks)
      for (const c of t.checks) if (c.applicable && ((c.kind === 'text' && (!c.plain || c.either)) || (c.kind === 'prefix' && c.html))) needText.add(String(c.expected ?? ''));
    const list = [...needText];
    const texts = list.length ? await page.evaluate((l) => window.__siarConformance.htmlToText(l), list) : [];
    const textMap = new Map(list.map((s, i) => [s, texts[i]]));
    textOf = (s) => textMap.get(String(s ?? '')) ?? String(s ?? '');
    if (pageErrors.length) console.log(`page errors: ${pageErrors.slice(0, 3).join(' | ')}`);
  } finally {
    await browser.close();
    server.close();
  }

  // ── evaluate ──
  const folders = new Map();
  const failures = [];
  const crashes = [];
  const naReasons = new Map();
  const subStats = new Map();
  const samples = { jsonfeed: { pass: 0, total: 0, failed: [] }, youtube: { pass: 0, total: 0, failed: [] } };
  const perFile = [];
  const folderRow = (name) => {
    if (!folders.has(name)) folders.set(name, { files: 0, na: 0, groups: Object.fromEntries(GROUPS.map((g) => [g, { n: 0, pass: 0 }])) });
    return folders.get(name);
  };
  tasks.forEach((t, i) => {
    const res = results[i];
    const row = folderRow(t.folder);
    row.files++;
    if (res.status === 'crash') crashes.push({ file: t.file, error: `${res.error.name}: ${res.error.message}`, stack: res.error.stack });
    let filePass = true;
    let applicable = 0;
    const fileChecks = [];
    for (const c of t.checks) {
      if (!c.applicable) {
        row.na++;
        const k = `${t.corpus}: ${c.reasonKey ?? c.reason}`;
        naReasons.set(k, (naReasons.get(k) ?? 0) + 1);
        continue;
      }
      applicable++;
      const r = evaluate(c, res, textOf);
      const g = row.groups[c.group];
      g.n++;
      if (r.pass) g.pass++;
      else filePass = false;
      const sk = `${t.folder} | ${c.group} | ${c.sub}`;
      const ss = subStats.get(sk) ?? { n: 0, pass: 0 };
      ss.n++;
      if (r.pass) ss.pass++;
      subStats.set(sk, ss);
      const entry = {
        check: c.label,
        group: c.group,
        expected: c.kind === 'date' ? fmtDate(c.expectedMs) : c.expected,
        ...(r.expectedText !== undefined && r.expectedText !== c.expected ? { expectedText: r.expectedText } : {}),
        got: r.got,
        pass: r.pass,
        ...(r.note ? { note: r.note } : {}),
      };
      fileChecks.push(entry);
      if (!r.pass) failures.push({ folder: t.folder, file: t.file, ...entry });
    }
    if (t.corpus === 'jsonfeed' || t.corpus === 'youtube') {
      const s = samples[t.corpus];
      s.total++;
      if (filePass && applicable) s.pass++;
      else s.failed.push(t.file);
    }
    perFile.push({
      file: t.file, folder: t.folder, status: res.status, ...(res.error ? { error: res.error } : {}),
      encoding: res.encoding, encodingSource: res.encodingSource, baseUrl: t.baseUrl, contentType: t.contentType,
      ms: Math.round(res.ms * 100) / 100, applicable, pass: filePass, checks: fileChecks,
      ...(t.note ? { note: t.note } : {}),
    });
  });

  // ── print ──
  const order = [...folders.keys()].sort((a, b) => {
    const rank = (f) => (f === 'feedparser/wellformed' ? 0 : f.startsWith('feedparser/') ? 1 : f === 'jsonfeed' ? 2 : 3);
    return rank(a) - rank(b) || a.localeCompare(b);
  });
  const W = 23;
  const cell = (g) => (g.n ? `${g.pass}/${g.n} ${pct(g.pass, g.n)}` : '—').padStart(16);
  const line = (s = '') => console.log(s);
  line('');
  line(`Siar feed-engine conformance — ${path.relative(repo, moduleFile)} — ${tasks.length} files, ${Math.round((Date.now() - started) / 100) / 10}s`);
  line('Cells: passed/applicable share. "core" = title+link+date+summary+enclosure. n/a = checks on fields Siar does not model.');
  line('');
  line(`${'folder'.padEnd(W)}${'files'.padStart(6)}${GROUPS.map((g) => g.padStart(16)).join('')}${'core'.padStart(18)}${'all'.padStart(18)}${'n/a'.padStart(7)}`);
  const totals = { files: 0, na: 0, groups: Object.fromEntries(GROUPS.map((g) => [g, { n: 0, pass: 0 }])) };
  const sumGroups = (row, gs) => gs.reduce((a, g) => ({ n: a.n + row.groups[g].n, pass: a.pass + row.groups[g].pass }), { n: 0, pass: 0 });
  const summaryTable = [];
  for (const name of order) {
    const row = folders.get(name);
    totals.files += row.files;
    totals.na += row.na;
    for (const g of GROUPS) (totals.groups[g].n += row.groups[g].n), (totals.groups[g].pass += row.groups[g].pass);
    const core = sumGroups(row, CORE_GROUPS);
    const all = sumGroups(row, GROUPS);
    summaryTable.push({ folder: name, files: row.files, groups: row.groups, core, all, notApplicable: row.na });
    line(`${name.padEnd(W)}${String(row.files).padStart(6)}${GROUPS.map((g) => cell(row.groups[g])).join('')}${cell(core).padStart(18)}${cell(all).padStart(18)}${String(row.na).padStart(7)}`);
  }
  const tc = sumGroups(totals, CORE_GROUPS);
  const ta = sumGroups(totals, GROUPS);
  line(`${'TOTAL'.padEnd(W)}${String(totals.files).padStart(6)}${GROUPS.map((g) => cell(totals.groups[g])).join('')}${cell(tc).padStart(18)}${cell(ta).padStart(18)}${String(totals.na).padStart(7)}`);

  const wf = folders.get('feedparser/wellformed');
  const wfCore = wf ? sumGroups(wf, CORE_GROUPS) : { n: 0, pass: 0 };
  const wfShare = wfCore.n ? wfCore.pass / wfCore.n : 0;
  const jOk = samples.jsonfeed.total > 0 && samples.jsonfeed.pass === samples.jsonfeed.total;
  const yOk = samples.youtube.total > 0 && samples.youtube.pass === samples.youtube.total;
  const headline = {
    wellformedCore: { passed: wfCore.pass, applicable: wfCore.n, share: wfShare, target: 0.95, met: wfShare >= 0.95 },
    jsonfeedSamples: { passed: samples.jsonfeed.pass, total: samples.jsonfeed.total, met: jOk, failed: samples.jsonfeed.failed },
    youtubeSamples: { passed: samples.youtube.pass, total: samples.youtube.total, met: yOk, failed: samples.youtube.failed },
  };
  headline.met = headline.wellformedCore.met && jOk && yOk;
  line('');
  line('══ HEADLINE (target: ≥95% of feedparser/wellformed title+link+date+summary+enclosure checks, all JSON Feed and YouTube samples) ══');
  line(`  feedparser/wellformed core : ${wfCore.pass}/${wfCore.n} = ${pct(wfCore.pass, wfCore.n)}  ${headline.wellformedCore.met ? 'MET' : 'NOT MET'} (target 95%)`);
  line(`  JSON Feed samples          : ${samples.jsonfeed.pass}/${samples.jsonfeed.total} pass every check  ${jOk ? 'MET' : 'NOT MET'}`);
  line(`  YouTube samples            : ${samples.youtube.pass}/${samples.youtube.total} pass every check  ${yOk ? 'MET' : 'NOT MET'}`);
  if (cap) line(`  CAP alert samples          : ${cap.samples.passed}/${cap.samples.total} pass every check, ${cap.checks.passed}/${cap.checks.applicable} checks = ${pct(cap.checks.passed, cap.checks.applicable)}  ${cap.met ? 'MET' : 'NOT MET'}`);
  line(`  overall                    : ${headline.met ? 'TARGET MET' : 'TARGET NOT MET'}`);
  line('');
  if (crashes.length) {
    line(`Engine crashes (threw something other than FeedError): ${crashes.length}`);
    for (const c of crashes.slice(0, 5)) line(`  ${c.file}: ${c.error}`);
    line('');
  }
  if (external.length) line(`External requests attempted (blocked): ${external.length}, e.g. ${external[0]}\n`);
  if (skipped.length) line(`Skipped (reference outputs, not feeds): ${skipped.length} files — listed in bench/conformance.json\n`);

  // failure clusters: folder × field
  const clusters = [...subStats.entries()]
    .map(([k, s]) => ({ key: k, fail: s.n - s.pass, n: s.n }))
    .filter((c) => c.fail > 0)
    .sort((a, b) => b.fail - a.fail);
  line('Top failure clusters (folder | group | field: failed/applicable):');
  for (const c of clusters.slice(0, 15)) line(`  ${String(c.fail).padStart(4)}/${String(c.n).padEnd(5)} ${c.key}`);
  line('');

  line(`Failures (${failures.length}; first ${Math.min(SCREEN_FAILURES, failures.length)} on screen, all in ${path.relative(repo, outFile)}):`);
  const byFolder = new Map();
  for (const f of failures) byFolder.set(f.folder, [...(byFolder.get(f.folder) ?? []), f]);
  const folderNames = order.filter((n) => byFolder.has(n));
  const quota = Math.max(3, Math.floor(SCREEN_FAILURES / Math.max(1, folderNames.length)));
  let shown = 0;
  const statusOf = new Map(perFile.map((f) => [f.file, f]));
  for (const name of folderNames) {
    const list = byFolder.get(name);
    line(`  ── ${name} (${list.length} failed checks)`);
    // A file the engine rejected fails all its checks for one reason: show it once.
    const rows = [];
    const done = new Set();
    for (const f of list) {
      const st = statusOf.get(f.file);
      if (st.status !== 'ok') {
        if (done.has(f.file)) continue;
        done.add(f.file);
        const n = list.filter((x) => x.file === f.file).length;
        rows.push(`    ${f.file.replace(/^[^/]+\//, '')}  [${n} check${n > 1 ? 's' : ''}]  expected ${n === 1 && f.check !== 'bozo' ? short(f.expected, 40) : f.check === 'bozo' && f.expected ? 'a FeedError' : 'to parse'}  got ${short(describeStatus(st), 80)}`);
      } else {
        const exp = f.expectedText !== undefined ? f.expectedText : f.expected;
        rows.push(`    ${f.file.replace(/^[^/]+\//, '')}  ${f.check}  expected ${short(exp, 60)}  got ${short(f.got, 60)}`);
      }
    }
    for (const r of rows.slice(0, quota)) {
      if (shown >= SCREEN_FAILURES) break;
      line(r);
      shown++;
    }
    if (rows.length > quota) line(`    … ${rows.length - quota} more`);
  }
  line('');
  const topNa = [...naReasons.entries()].sort((a, b) => b[1] - a[1]);
  line(`Not applicable: ${totals.na} checks; most common: ${topNa.slice(0, 6).map(([k, v]) => `${k.replace(/^\w+: /, '')} (${v})`).join('; ')}`);

  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(
    outFile,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        module: path.relative(repo, moduleFile),
        seconds: (Date.now() - started) / 1000,
        headline,
        cap,
        summary: summaryTable,
        clusters,
        crashes,
        externalRequests: external,
        notApplicable: Object.fromEntries(topNa),
        skipped,
        failures,
        files: perFile,
      },
      null,
      1,
    )}\n`,
  );
  line(`Wrote ${path.relative(repo, outFile)} (${Math.round((Date.now() - started) / 100) / 10}s).`);
}

main().catch((e) => {
  console.error('conformance runner crashed:', e);
  process.exit(1);
});
