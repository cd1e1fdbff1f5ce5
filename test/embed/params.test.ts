import { expect } from '@open-wc/testing';
import { EMBED_RULES, embedQuery, hexColour, httpUrl, parseEmbedParams } from '../../src/embed/params.js';

const BASE = 'https://contohprov.go.id/siar/embed.html';
const parse = (query: string) => parseEmbedParams(query, BASE);

describe('embed parameters', () => {
  it('reads a releases configuration and resolves relative URLs against the embed page', () => {
    const config = parse('widget=releases&src=releases.json&limit=3&layout=cards&lang=en&heading-level=3&time-zone=Asia/Makassar&id=berita-1');
    expect(config).to.deep.equal({
      widget: 'releases',
      tag: 'siar-releases',
      attributes: {
        src: 'https://contohprov.go.id/siar/releases.json',
        limit: '3',
        layout: 'cards',
        lang: 'en',
        'heading-level': '3',
        'time-zone': 'Asia/Makassar',
      },
      id: 'berita-1',
      fallback: 'https://contohprov.go.id/siar/releases.json',
    });
  });

  it('returns nothing for a missing or unknown widget, including prototype names', () => {
    for (const widget of ['', 'province', 'script', '__proto__', 'constructor', 'toString', 'RELEASES']) {
      expect(parse(`widget=${encodeURIComponent(widget)}&src=a.json`), widget).to.equal(undefined);
    }
    expect(parse('src=a.json')).to.equal(undefined);
  });

  it('ignores parameters that are not on the widget’s list', () => {
    const config = parse('widget=videos&src=v.json&onload=alert(1)&style=color:red&category=x&seo=1&strings=%7B%7D&class=x&slot=y');
    expect(config!.attributes).to.deep.equal({ src: 'https://contohprov.go.id/siar/v.json' });
  });

  it('drops every URL that is not http(s), however it is disguised', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', '//', 'blob:https://x/y']) {
      const config = parse(new URLSearchParams({ widget: 'releases', src: bad, profile: bad, 'more-href': bad, fallback: bad }).toString())!;
      expect(config.attributes, bad).not.to.have.any.keys('profile', 'more-href');
      // `src` is a space-separated list (as the widget reads it): "java\tscript:x" is the
      // harmless relative URL "java" plus a refused "script:x".
      for (const url of [...(config.attributes.src?.split(' ') ?? []), config.fallback ?? 'https://ok']) {
        expect(new URL(url).protocol, `${bad} → ${url}`).to.equal('https:');
      }
    }
    expect(httpUrl('http://localhost:8000/demo/data/releases.json', BASE)).to.equal('http://localhost:8000/demo/data/releases.json');
  });

  it('keeps the good URLs of a space-separated src (at most five) and drops the bad ones', () => {
    const config = parse(new URLSearchParams({ widget: 'releases', src: 'a.json javascript:alert(1) https://dinkes.contohprov.go.id/feed' }).toString());
    expect(config!.attributes.src).to.equal('https://contohprov.go.id/siar/a.json https://dinkes.contohprov.go.id/feed');
    const many = parse(new URLSearchParams({ widget: 'releases', src: '1 2 3 4 5 6 7' }).toString());
    expect(many!.attributes.src!.split(' ')).to.have.length(5);
    // The directory reads one source: two are one invalid URL.
    expect(parse(new URLSearchParams({ widget: 'directory', src: 'a.json' }).toString())!.attributes.src).to.equal('https://contohprov.go.id/siar/a.json');
    expect(parse(new URLSearchParams({ widget: 'directory', src: 'a.json b.json' }).toString())!.attributes.src).to.equal(undefined);
  });

  it('clamps numbers and ignores what is not a whole number', () => {
    expect(parse('widget=releases&limit=100000')!.attributes.limit).to.equal('50');
    expect(parse('widget=releases&limit=-3')!.attributes.limit).to.equal('1');
    expect(parse('widget=releases&heading-level=9')!.attributes['heading-level']).to.equal('6');
    expect(parse('widget=directory&limit=0')!.attributes.limit).to.equal('0');
    for (const bad of ['1e9', 'Infinity', 'NaN', '3.5', '0x10', '', '99999999999999999999']) {
      expect(parse(`widget=releases&limit=${encodeURIComponent(bad)}`)!.attributes.limit, bad).to.equal(undefined);
    }
  });

  it('accepts only the widget’s own words', () => {
    expect(parse('widget=releases&layout=grid')!.attributes.layout).to.equal(undefined);
    expect(parse('widget=videos&layout=grid')!.attributes.layout).to.equal('grid');
    expect(parse('widget=social&layout=floating')!.attributes.layout, 'floating has no height in an iframe').to.equal(undefined);
    expect(parse('widget=releases&lang=fr')!.attributes.lang).to.equal(undefined);
    expect(parse('widget=releases&time-zone=Europe/Paris')!.attributes['time-zone']).to.equal(undefined);
    expect(parse('widget=releases&show=date,title,summary,onerror')!.attributes.show).to.equal('date summary');
    expect(parse('widget=releases&show=')!.attributes.show).to.equal('');
    expect(parse('widget=directory&type=dinas,badan,<b>,RSUD')!.attributes.type).to.equal('dinas,badan,rsud');
  });

  it('keeps free text as text: control characters collapsed, length capped', () => {
    const heading = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    expect(parse(`widget=releases&heading=${encodeURIComponent(heading)}`)!.attributes.heading).to.equal(heading);
    expect(parse(`widget=releases&heading=${encodeURIComponent('a\u0000b\nc')}`)!.attributes.heading).to.equal('a b c');
    expect([...parse(`widget=releases&heading=${'x'.repeat(5000)}`)!.attributes.heading!]).to.have.length(120);
  });

  it('reads flags, the id and the accent colour strictly', () => {
    expect(parse('widget=videos&featured=1')!.attributes.featured).to.equal('');
    expect(parse('widget=videos&featured=0')!.attributes.featured).to.equal(undefined);
    expect(parse('widget=social&show-handle=true')!.attributes['show-handle']).to.equal('');
    expect(parse('widget=releases&id=a"b')!.id).to.equal('');
    expect(parse(`widget=releases&id=${'a'.repeat(65)}`)!.id).to.equal('');
    expect(hexColour('#C0FFEE')).to.equal('#c0ffee');
    expect(hexColour('#abc')).to.equal('#aabbcc');
    for (const bad of ['red', 'url(x)', '#12345', '#1234567', '#abc;color:red', 'expression(alert(1))']) expect(hexColour(bad), bad).to.equal(undefined);
    expect(parse('widget=releases&accent=%23b00020')!.accent).to.equal('#b00020');
  });

  it('reads an alert configuration: area as capped text, severity and kinds from their lists, magnitude 0–10, refresh ≥ 30', () => {
    const config = parse(new URLSearchParams({ widget: 'alert', src: 'alerts.json https://contohprov.go.id/cap.xml', area: '  Kabupaten\tContoh Utara ', 'min-severity': 'Severe', kinds: 'earthquake,weather earthquake', 'min-magnitude': '4.5', refresh: '120', 'time-zone': 'Asia/Makassar', lang: 'en', heading: 'x', 'heading-level': '3', limit: '2' }).toString())!;
    expect(config.tag).to.equal('siar-alert');
    expect(config.attributes).to.deep.equal({
      src: 'https://contohprov.go.id/siar/alerts.json https://contohprov.go.id/cap.xml',
      area: 'Kabupaten Contoh Utara',
      'min-severity': 'Severe',
      kinds: 'earthquake weather',
      'min-magnitude': '4.5',
      refresh: '120',
      'time-zone': 'Asia/Makassar',
      lang: 'en',
    });
    const one = (name: string, value: string) => parse(new URLSearchParams({ widget: 'alert', [name]: value }).toString())!.attributes[name];
    expect(one('area', '-3.95,122.5')).to.equal('-3.95,122.5');
    expect(one('area', 'a'.repeat(200))).to.have.length(120);
    for (const bad of ['severe', 'SEVERE', 'Catastrophic', 'Extreme Severe', '']) expect(one('min-severity', bad), bad).to.equal(undefined);
    for (const sev of ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown']) expect(one('min-severity', sev)).to.equal(sev);
    expect(one('kinds', 'tsunami flood')).to.equal(undefined);
    for (const bad of ['1e3', 'NaN', 'Infinity', '0x5', '5,5', 'lima', '', '5.']) expect(one('min-magnitude', bad), bad).to.equal(undefined);
    expect(one('min-magnitude', '11')).to.equal('10');
    expect(one('min-magnitude', '-2')).to.equal('0');
    expect(one('min-magnitude', '0')).to.equal('0');
    for (const bad of ['soon', '60.5', '1e9', '']) expect(one('refresh', bad), bad).to.equal(undefined);
    expect(one('refresh', '5')).to.equal('30');
    expect(one('refresh', '999999999')).to.equal('86400');
    // Written back exactly.
    expect(parse(embedQuery('alert', config.attributes))!.attributes).to.deep.equal(config.attributes);
  });

  it('writes back (embedQuery) exactly what it reads', () => {
    const attributes = { src: 'https://contohprov.go.id/siar/videos.json', layout: 'carousel', featured: '', limit: '4', heading: 'Video <b>' };
    const query = embedQuery('videos', { ...attributes, seo: '', layout: 'carousel', thumbnails: 'remote' }, { accent: '#123456', id: 'v1' });
    expect(query).not.to.contain('seo').and.not.to.contain('remote');
    const config = parse(query)!;
    expect(config.attributes).to.deep.equal(attributes);
    expect(config.accent).to.equal('#123456');
    expect(config.id).to.equal('v1');
  });

  describe('with the page’s allowlist (only its own origin and the listed ones)', () => {
    const strict = (params: Record<string, string>, allow: string[] = []) => parseEmbedParams(new URLSearchParams(params), BASE, allow)!;

    it('keeps URLs on the page’s own origin, relative or absolute', () => {
      const config = strict({ widget: 'releases', src: 'releases.json /siar/lain.json', profile: 'https://contohprov.go.id/siar/siar.json', 'more-href': '/berita', fallback: 'https://contohprov.go.id/' });
      expect(config.refused).to.deep.equal([]);
      expect(config.attributes).to.deep.equal({
        src: 'https://contohprov.go.id/siar/releases.json https://contohprov.go.id/siar/lain.json',
        profile: 'https://contohprov.go.id/siar/siar.json',
        'more-href': 'https://contohprov.go.id/berita',
      });
      expect(config.fallback).to.equal('https://contohprov.go.id/');
    });

    it('refuses every other origin in src, profile, more-href and fallback, and names it', () => {
      for (const name of ['src', 'profile', 'more-href', 'fallback']) {
        const config = strict({ widget: 'releases', [name]: 'https://palsu.example/siar/releases.json' });
        expect(config.refused, name).to.deep.equal(['https://palsu.example']);
        expect(config.attributes, name).to.deep.equal({});
        expect(config.fallback, name).to.equal(undefined);
      }
      // Look-alikes: another scheme, a longer host, credentials, another port.
      for (const url of ['http://contohprov.go.id/siar/a.json', 'https://contohprov.go.id.palsu.example/a.json', 'https://contohprov.go.id@palsu.example/a.json', 'https://contohprov.go.id:8443/a.json', 'https://palsu.example/?https://contohprov.go.id/']) {
        const config = strict({ widget: 'videos', src: url });
        expect(config.refused, url).to.have.length(1);
        expect(config.attributes.src, url).to.equal(undefined);
      }
    });

    it('refuses a src list whole when one of its URLs is foreign', () => {
      const config = strict({ widget: 'releases', src: 'releases.json https://palsu.example/a.json https://lain.example/b.json https://palsu.example/c.json', limit: '3' });
      expect(config.attributes).to.deep.equal({ limit: '3' });
      expect(config.refused).to.deep.equal(['https://palsu.example', 'https://lain.example']);
    });

    it('accepts the listed origins exactly', () => {
      const allow = ['https://Dinkes.ContohProv.go.id/', 'http://127.0.0.1:8000', 'not an origin', 'https://*.contohprov.go.id'];
      const config = strict({ widget: 'releases', src: 'https://dinkes.contohprov.go.id/feed http://127.0.0.1:8000/demo/data/releases.json', fallback: 'https://dinkes.contohprov.go.id/berita' }, allow);
      expect(config.refused).to.deep.equal([]);
      expect(config.attributes.src).to.equal('https://dinkes.contohprov.go.id/feed http://127.0.0.1:8000/demo/data/releases.json');
      expect(config.fallback).to.equal('https://dinkes.contohprov.go.id/berita');
      // A wildcard is not a pattern; neither are other ports or sub-domains.
      for (const url of ['https://rsud.contohprov.go.id/feed', 'http://127.0.0.1:8001/a.json', 'https://dinkes.contohprov.go.id:444/a']) {
        expect(strict({ widget: 'releases', src: url }, allow).refused, url).to.have.length(1);
      }
    });

    it('still drops what is not http(s) without calling it a source', () => {
      const config = strict({ widget: 'releases', src: 'javascript:alert(1)', profile: 'data:application/json,{}', fallback: 'vbscript:x' });
      expect(config.refused).to.deep.equal([]);
      expect(config.attributes).to.deep.equal({});
    });

    it('does not check origins without an allowlist (the configurator cannot know a remote page’s)', () => {
      const config = parse('widget=releases&src=https%3A%2F%2Fpalsu.example%2Fa.json')!;
      expect(config.attributes.src).to.equal('https://palsu.example/a.json');
      expect(config).not.to.have.property('refused');
    });
  });

  it('lists every widget attribute a webmaster can set, and only those', () => {
    expect(Object.keys(EMBED_RULES)).to.deep.equal(['releases', 'videos', 'directory', 'social', 'alert']);
    for (const [widget, rules] of Object.entries(EMBED_RULES)) {
      expect(rules).to.include.keys('profile', 'lang');
      // The alert banner has no heading.
      if (widget === 'alert') expect(rules).not.to.have.any.keys('heading', 'heading-level', 'limit', 'show');
      else expect(rules).to.include.keys('heading', 'heading-level');
      expect(rules).not.to.have.any.keys('strings', 'state', 'style', 'seo', 'slot', 'id');
    }
  });
});
