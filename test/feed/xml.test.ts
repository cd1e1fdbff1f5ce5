import { expect } from '@open-wc/testing';
import {
  XML_NS,
  XMLNS_NS,
  XmlError,
  XmlParser,
  attr,
  attrNS,
  childNamed,
  childrenNamed,
  fromDom,
  parseXml,
  serializeXml,
  textContent,
  type XmlElement,
} from '../../src/feed/xml.js';

function xmlError(text: string): XmlError {
  try {
    parseXml(text);
  } catch (error) {
    expect(error, text).to.be.instanceOf(XmlError);
    return error as XmlError;
  }
  throw new Error(`expected an XmlError for ${text}`);
}

/** What the browser's parser says about `text`: the document, or undefined when it is not well-formed. */
function domParse(text: string): Document | undefined {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  return doc.getElementsByTagName('parsererror').length ? undefined : doc;
}

/** The tree as plain data, for deep comparison. */
function shape(el: XmlElement): unknown {
  return {
    name: el.name,
    prefix: el.prefix,
    local: el.local,
    ns: el.ns,
    attrs: el.attrs.map((a) => ({ ...a })),
    nodes: el.nodes.map((n) => (typeof n === 'string' ? n : shape(n))),
  };
}

const ANY = new Set<string | null>([null, 'urn:a', 'urn:b', 'http://www.w3.org/2005/Atom', 'http://search.yahoo.com/mrss/']);

describe('xml: namespaces', () => {
  it('resolves default and prefixed namespaces, redeclarations and xmlns=""', () => {
    const root = parseXml(
      '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:m="http://search.yahoo.com/mrss/" xmlns:a="urn:a">' +
        '<entry><m:group><m:title>judul</m:title></m:group><a:x xmlns:a="urn:b"/><plain xmlns=""><inner/></plain></entry></feed>',
    );
    expect([root.local, root.ns, root.prefix]).to.deep.equal(['feed', 'http://www.w3.org/2005/Atom', null]);
    const entry = root.children[0]!;
    expect(entry.ns).to.equal('http://www.w3.org/2005/Atom');
    const group = childNamed(entry, 'group', ANY)!;
    expect([group.name, group.prefix, group.local, group.ns]).to.deep.equal(['m:group', 'm', 'group', 'http://search.yahoo.com/mrss/']);
    expect(childNamed(entry, 'x', ANY)!.ns, 'a prefix redeclared on the element itself').to.equal('urn:b');
    const plain = childNamed(entry, 'plain', ANY)!;
    expect(plain.ns, 'xmlns="" undeclares the default').to.equal(null);
    expect(plain.children[0]!.ns).to.equal(null);
    expect(childNamed(entry, 'group', new Set(['http://www.w3.org/2005/Atom'])), 'namespace filter').to.equal(undefined);
  });

  it('gives attributes their namespace only through a prefix, and reads xml:base and xml:lang', () => {
    const root = parseXml('<r xmlns="urn:a" xmlns:p="urn:b" x="1" p:x="2" xml:base="https://contohprov.go.id/a/" xml:lang="id"/>');
    expect(attr(root, 'x')).to.equal('1');
    expect(attr(root, 'p:x')).to.equal('2');
    expect(attrNS(root, null, 'x'), 'unprefixed attributes have no namespace').to.equal('1');
    expect(attrNS(root, 'urn:b', 'x')).to.equal('2');
    expect(attrNS(root, 'urn:a', 'x')).to.equal(null);
    expect(attrNS(root, XML_NS, 'base')).to.equal('https://contohprov.go.id/a/');
    expect(attrNS(root, XML_NS, 'lang')).to.equal('id');
    expect(attr(root, 'missing')).to.equal(null);
    // Declarations are attributes in the xmlns namespace, first and default first, as in the DOM.
    expect(root.attrs.slice(0, 2).map((a) => [a.name, a.ns])).to.deep.equal([
      ['xmlns', XMLNS_NS],
      ['xmlns:p', XMLNS_NS],
    ]);
  });

  it('refuses unbound prefixes, undeclaring a prefix and rebinding xml or xmlns', () => {
    for (const text of [
      '<a:r/>',
      '<r a:x="1"/>',
      '<r xmlns:p=""/>',
      '<r xmlns:xml="urn:other"/>',
      '<r xmlns:xmlns="urn:x"/>',
      '<r xmlns="http://www.w3.org/XML/1998/namespace"/>',
      '<xmlns:r/>',
      '<r><p:a xmlns:p="urn:a"/><p:b/></r>',
      '<r xmlns:a="urn:x" xmlns:b="urn:x" a:y="1" b:y="2"/>',
    ]) {
      expect(xmlError(text).code, text).to.equal('syntax');
    }
  });
});

describe('xml: text', () => {
  it('merges text, CDATA and references into one string per run, as textContent reads it', () => {
    const root = parseXml('<r>a<![CDATA[<b>&amp;</b>]]>c&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&#x1F600;<i>d</i>e<!-- note --><?pi x?>f</r>');
    expect(root.nodes[0]).to.equal('a<b>&amp;</b>c&<>"\'AB😀');
    expect(root.nodes.length).to.equal(3);
    expect(root.nodes[2], 'comments and processing instructions dropped').to.equal('ef');
    expect(textContent(root)).to.equal('a<b>&amp;</b>c&<>"\'AB😀def');
    expect(textContent(parseXml('<r/>'))).to.equal('');
  });

  it('normalizes line ends everywhere and white space in attribute values, but not escaped white space', () => {
    const root = parseXml('<r a="x\r\ny\tz&#10;w">1\r\n2\r3</r>');
    expect(attr(root, 'a')).to.equal('x y z\nw');
    expect(textContent(root)).to.equal('1\n2\n3');
  });

  it('refuses undeclared entities and references to characters XML forbids', () => {
    for (const text of ['<r>&nbsp;</r>', '<r>&copy 2024</r>', '<r>a & b</r>', '<r>&AMP;</r>', '<r>&#0;</r>', '<r>&#xD800;</r>', '<r>&#X41;</r>', '<r>&#x110000;</r>', '<r>&#65</r>', '<r a="&foo;"/>', '<r>\u0001</r>', '<r>\uFFFE</r>']) {
      expect(xmlError(text).code, text).to.equal('syntax');
    }
  });
});

describe('xml: DOCTYPE, XXE and entity expansion', () => {
  it('never reads a DOCTYPE: internal subsets, entity declarations and external entities stop the parse', () => {
    for (const text of [
      '<!DOCTYPE r [<!ENTITY id "tag:contohprov,">]><r>&id;2024</r>',
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "https://evil.example/x">]><rss>&x;</rss>',
      '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss/>',
      '<!-- c --><!DOCTYPE r><r/>',
    ]) {
      const error = xmlError(text);
      expect(error.code, text).to.equal('doctype');
    }
    expect(xmlError('<r/><!DOCTYPE r>').code, 'a DOCTYPE after the root is simply ill-formed').to.equal('syntax');
  });

  it('does not expand a billion laughs', () => {
    const lols = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const text = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${lols}]><lolz>&lol9;</lolz>`;
    const t = performance.now();
    expect(xmlError(text).code).to.equal('doctype');
    expect(performance.now() - t, 'refused before any expansion').to.be.below(50);
    // Without its declarations the reference is merely undeclared.
    expect(xmlError('<lolz>&lol9;</lolz>').code).to.equal('syntax');
  });
});

describe('xml: ill-formed documents', () => {
  it('refuses what the browser refuses', () => {
    for (const text of [
      '',
      '   ',
      'text<r/>',
      '<r>',
      '<r><a></r>',
      '<r></a></r>',
      '<r></R>',
      '<r/><r/>',
      '<r>a</r>b',
      '<r/>&amp;',
      '<r>]]></r>',
      '<r><!-- a -- b --></r>',
      '<r a="1" a="2"/>',
      '<r a=1/>',
      '<r a="1"b="2"/>',
      "<r a='<'/>",
      '<r/ >',
      '<r >x</ r>',
      '<1r/>',
      '<a:b:c/>',
      '  <?xml version="1.0"?><r/>',
      '<?xml version="2.0"?><r/>',
      '<?xml version="1.0" standalone="yes" encoding="utf-8"?><r/>',
      '<r><?xml foo?></r>',
      '<r><![CDATA[x</r>',
      '<r><![cdata[x]]></r>',
    ]) {
      expect(xmlError(text).code, JSON.stringify(text)).to.equal('syntax');
      expect(domParse(text), `the browser agrees on ${JSON.stringify(text)}`).to.equal(undefined);
    }
  });

  it('accepts what the browser accepts, with the same tree', () => {
    for (const text of [
      '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<!-- c --><?pi x?>\n<r/>\n<!-- after -->\n',
      "<?xml version='1.1'?><r/>",
      '\uFEFF<r/>',
      '<r\n a\n=\n\'1\'\n></r\n>',
      '<r.a-b_c é="1"><é/><r·/></r.a-b_c>',
      '<r xmlns:p="urn:a"><p:q xmlns:p="urn:b" p:a="1"/><p:s/></r>',
      '<r a="&lt;" b=\'"\' c="\'"/>',
      '<r>]]&gt; ]> ]]</r>',
      '<r><![CDATA[]]><!----></r>',
      '<rss xmlns:atom="http://www.w3.org/2005/Atom"><channel><atom:link rel="self" href="x"/><title>A &amp; B</title></channel></rss>',
    ]) {
      const dom = domParse(text);
      expect(dom, `the browser accepts ${JSON.stringify(text)}`).not.to.equal(undefined);
      expect(shape(parseXml(text)), text).to.deep.equal(shape(fromDom(dom!.documentElement)));
    }
  });

  it('stops at 5,000 levels of nesting, as the browser does', () => {
    const nest = (depth: number) => `${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}`;
    expect(textContent(parseXml(nest(5000)))).to.equal('x');
    expect(xmlError(nest(5001)).code).to.equal('syntax');
    expect(domParse(nest(5001))).to.equal(undefined);
  });
});

describe('xml: reading and writing the tree', () => {
  it('finds children by local name and namespace, also in an element with thousands of children', () => {
    const many = `<channel>${'<item><title>t</title></item>'.repeat(3000)}<title>judul</title><a:title xmlns:a="urn:a">lain</a:title></channel>`;
    const channel = parseXml(many);
    expect(childrenNamed(channel, 'item', ANY).length).to.equal(3000);
    expect(textContent(childNamed(channel, 'title', new Set([null]))!)).to.equal('judul');
    expect(textContent(childNamed(channel, 'title', new Set(['urn:a']))!)).to.equal('lain');
    expect(childrenNamed(channel, 'nothing', ANY)).to.deep.equal([]);
  });

  it('serializes XHTML content as XMLSerializer does', () => {
    const text =
      '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:h="http://www.w3.org/1999/xhtml"><content type="xhtml">' +
      '<div xmlns="http://www.w3.org/1999/xhtml"><p class="a&amp;b" title="x&quot;y&lt;z&gt;&#10;">a &amp; &lt;b&gt; <b>tebal</b><br/><span></span><img src="x.png"/></p>' +
      '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg><x:y xmlns:x="urn:x" x:a="1" xml:lang="id">t</x:y><h:p>h<h:br/></h:p><q xmlns="">kosong</q></div>' +
      '</content></feed>';
    const div = parseXml(text).children[0]!.children[0]!;
    const domDiv = domParse(text)!.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'div')[0]!;
    const expected = Array.from(domDiv.children, (el) => new XMLSerializer().serializeToString(el));
    expect(div.children.map(serializeXml)).to.deep.equal(expected);
    expect(serializeXml(div.children[0]!)).to.equal(
      '<p xmlns="http://www.w3.org/1999/xhtml" class="a&amp;b" title="x&quot;y&lt;z&gt;&#10;">a &amp; &lt;b&gt; <b>tebal</b><br /><span></span><img src="x.png" /></p>',
    );
  });

  it('parses in steps when asked to pause, to the same tree', () => {
    const text = `<rss><channel>${Array.from({ length: 2000 }, (_, i) => `<item><title>${i}</title></item>`).join('')}</channel></rss>`;
    const parser = new XmlParser(text);
    let pauses = 0;
    let root: XmlElement | undefined;
    while (!(root = parser.run(() => true))) pauses++;
    expect(pauses, 'asked every few hundred elements').to.be.greaterThan(5);
    expect(shape(root)).to.deep.equal(shape(parseXml(text)));
  });
});
