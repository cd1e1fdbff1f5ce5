// Small pieces of the publisher CLI: positions in JSON text, time zones, decoding, URL keys,
// environment expansion, HTML to text, truncation and classification.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { locateJson } from '../../dist/node/cli/json-pos.js';
import { formatInZone } from '../../dist/node/cli/zone.js';
import { readFileSync } from 'node:fs';
import { decode, fetchUrl } from '../../dist/node/cli/fetch.js';
import { decodeCases } from '../shared/decode-cases.mjs';
import { serve } from '../fixtures/cli/harness.mjs';
import { agencyOf, kindOf, urlKey } from '../../dist/node/cli/normalize.js';
import { expandEnv } from '../../dist/node/cli/config.js';
import { htmlToText, truncate } from '../../dist/node/cli/html.js';
import { agencyIdCases, kindCases, textCases, truncateCases } from '../shared/text-cases.mjs';
import { parseDuration, parseSource } from '../../dist/node/cli/parse-source.js';

describe('json-pos', () => {
  it('maps pointers (with escaped keys) to value and key positions', () => {
    const text = '\uFEFF{\n  "a/b": [1, {"~x": "y"}],\r\n  "c": null\n}';
    const r = locateJson(text);
    assert.equal(r.ok, true);
    assert.deepEqual(r.locations.value('/a~1b/1/~0x'), { line: 2, column: 21, offset: text.indexOf('"y"') });
    assert.deepEqual(r.locations.key('/c'), { line: 3, column: 3, offset: text.indexOf('"c"') });
    assert.equal(r.locations.nearest('/a~1b/1/missing').column, 14);
    assert.deepEqual(r.locations.value(''), { line: 1, column: 1, offset: 1 }, 'the BOM takes no column');
    assert.equal(locateJson('[1, 2,]').error.reason, 'unexpected-token');
    assert.equal(locateJson('{"a": "\\q"}').error.reason, 'bad-string');
    assert.equal(locateJson('{"a": 01}').error.reason, 'unexpected-token');
    assert.equal(locateJson('  ').error.reason, 'empty');
    assert.deepEqual(locateJson('{} x').error.position, { line: 1, column: 4, offset: 3 });
  });
});

describe('zone', () => {
  it('writes RFC 3339 in WIB, WITA and WIT', () => {
    const d = new Date('2026-11-20T00:30:15.999Z');
    assert.equal(formatInZone(d, 'Asia/Jakarta'), '2026-11-20T07:30:15+07:00');
    assert.equal(formatInZone(d, 'Asia/Makassar'), '2026-11-20T08:30:15+08:00');
    assert.equal(formatInZone(d, 'Asia/Jayapura'), '2026-11-20T09:30:15+09:00');
    assert.equal(formatInZone(new Date('2026-12-31T20:00:00Z'), 'Asia/Jayapura'), '2027-01-01T05:00:00+09:00');
  });
});

// The same table runs in the browser (test/feed/load.test.ts): one decoder, one behaviour.
describe('decode (shared with the browser engine)', () => {
  for (const c of decodeCases) {
    it(c.name, () => assert.equal(decode(c.bytes, c.contentType), c.text));
  }

  it('reads an ISO-8859-1 feed that declares no encoding, fetched over HTTP, with correct titles', async () => {
    const server = await serve({ '/uol.xml': { body: readFileSync('test/fixtures/latin1-undeclared.xml'), type: 'application/rss+xml' } });
    try {
      const fetched = await fetchUrl(server.url('/uol.xml'), { timeoutMs: 5000, retries: 0, backoffMs: 0, maxBytes: 1e6, userAgent: 'siar-test' });
      const feed = await parseSource(fetched.text);
      assert.equal(feed.title, 'Notícias de Exemplo');
      assert.deepEqual(feed.entries.map((e) => e.title), [
        'Governo anuncia ação de vacinação em São João',
        'Prefeitura lança programa de educação para jovens',
        'Eleição: candidatos debatem saúde pública e segurança',
        'Previsão indica chuva forte na região até sábado',
        'Câmara aprova orçamento e criação de três creches',
        'Polícia investiga fraude em licitação de iluminação',
      ]);
      assert.ok(!fetched.text.includes('\ufffd'));
    } finally {
      await server.close();
    }
  });
});

describe('urlKey', () => {
  it('ignores fragments, tracking parameters, trailing slashes, http vs https and case', () => {
    assert.equal(urlKey('http://Uji.go.id/Berita/1/?utm_source=x&id=2#top'), urlKey('https://uji.go.id/berita/1?id=2'));
    assert.notEqual(urlKey('https://uji.go.id/berita/1'), urlKey('https://uji.go.id/berita/2'));
  });
});

describe('expandEnv', () => {
  it('expands ${VAR} and ${VAR:-default}, keeps $${…} literal, and lists what is missing', () => {
    const missing = [];
    const out = expandEnv({ a: '${A}/x', b: ['${B:-dflt}', '$${A}'], c: '${NOPE}', n: 1 }, { A: 'aa' }, '', missing);
    assert.deepEqual(out, { a: 'aa/x', b: ['dflt', '${A}'], c: '', n: 1 });
    assert.deepEqual(missing, [{ pointer: '/c', name: 'NOPE' }]);
  });
});

// The same tables run in the browser (test/feed/text.test.ts): one text module, one behaviour.
describe('text (shared with the widgets)', () => {
  const ctx = { source: { id: 'uji' }, categories: {} };
  for (const [html, text] of textCases) {
    it(`htmlToText(${JSON.stringify(html).slice(0, 50)})`, () => assert.equal(htmlToText(html), text));
  }
  for (const [text, max, cut] of truncateCases) {
    it(`truncate(${JSON.stringify(text)}, ${max})`, () => assert.equal(truncate(text, max), cut));
  }
  for (const [categories, kind] of kindCases) {
    it(`kind of ${JSON.stringify(categories)}`, () => assert.equal(kindOf(categories, {}, ctx), kind));
  }
  for (const [value, valid] of agencyIdCases) {
    it(`agency id ${JSON.stringify(value.slice(0, 20))}`, () => {
      assert.equal(agencyOf({ agency: value, authors: [] }, [], ctx), valid ? value : undefined);
      assert.equal(agencyOf({ authors: [], siar: { agency: value } }, [], ctx), valid ? value : undefined);
    });
  }
});

describe('parseDuration', () => {
  it('reads h:mm:ss, m:ss and rejects the rest', () => {
    assert.equal(parseDuration('1:02:03'), 3723);
    assert.equal(parseDuration('0:35'), 35);
    assert.equal(parseDuration('x'), undefined);
  });
});
