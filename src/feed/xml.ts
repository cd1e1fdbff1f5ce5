/**
 * A small, strict, non-validating XML 1.0 parser with namespaces, for feeds.
 *
 * It builds a light tree with what the feed readers use (qualified and local names, resolved
 * namespace URIs, attributes, element children, text with CDATA and character references) and
 * rejects whatever the browser's `DOMParser` rejects in a document without a DOCTYPE: unclosed
 * or mismatched tags, undeclared entities (`&nbsp;`), text or a second element after the root,
 * `]]>` in text, `--` in comments, unbound prefixes, repeated attributes, characters XML forbids,
 * nesting deeper than 5,000 elements.
 *
 * A DOCTYPE is never read: the parser stops with code `doctype`, so no entity is ever declared,
 * expanded or fetched here (no XXE, no "billion laughs"). Comments and processing instructions
 * are checked and dropped.
 *
 * Self-contained (no DOM), so it runs anywhere and can be split into its own chunk.
 */

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** An attribute. Namespace declarations are attributes too, in {@link XMLNS_NS}, as in the DOM. */
export interface XmlAttr {
  /** Qualified name as written (`xml:base`). */
  readonly name: string;
  readonly prefix: string | null;
  readonly local: string;
  readonly ns: string | null;
  readonly value: string;
}

/** Text of the tree: a string per run of character data (CDATA included), merged. */
export type XmlNode = XmlElement | string;

const NO_ATTRS: readonly XmlAttr[] = Object.freeze([]);
const NO_ELEMENTS: readonly XmlElement[] = Object.freeze([]);
const NO_NODES: readonly XmlNode[] = Object.freeze([]);

export class XmlElement {
  /** Qualified name as written (`media:content`). */
  readonly name: string;
  readonly prefix: string | null;
  readonly local: string;
  /** Namespace URI, `null` for none. */
  readonly ns: string | null;
  /** Namespace declarations first, then the other attributes, each in document order (as the DOM has them). */
  readonly attrs: readonly XmlAttr[];
  readonly parent: XmlElement | null;
  /** Element children in document order. */
  children: readonly XmlElement[];
  /**
   * Content so far: none, the text of an element that has only text (most elements of a feed,
   * kept without an array), or element and text children in order.
   */
  content: undefined | string | XmlNode[];
  /** Children by local name, built on first use for elements with many children. */
  byLocal: Map<string, XmlElement[]> | undefined;
  /** Free for the reader of the tree to memoize a value per element (feeds keep the `xml:base` in force). */
  memo: unknown;

  constructor(name: string, prefix: string | null, local: string, ns: string | null, attrs: readonly XmlAttr[], parent: XmlElement | null) {
    this.name = name;
    this.prefix = prefix;
    this.local = local;
    this.ns = ns;
    this.attrs = attrs;
    this.parent = parent;
    this.children = NO_ELEMENTS;
    this.content = undefined;
    this.byLocal = undefined;
    this.memo = undefined;
  }

  /** Element and text children in document order; comments and processing instructions are dropped. */
  get nodes(): readonly XmlNode[] {
    const content = this.content;
    return content === undefined ? NO_NODES : typeof content === 'string' ? [content] : content;
  }
}

/** Why a text is not a document the parser accepts. */
export class XmlError extends Error {
  override name = 'XmlError';
  /** `doctype`: the text has a DOCTYPE, which this parser never reads; `syntax`: not well-formed. */
  readonly code: 'syntax' | 'doctype';
  /** Offset in the (line-end normalized) text. */
  readonly offset: number;
  constructor(code: 'syntax' | 'doctype', message: string, offset: number) {
    super(`${message} (at ${offset})`);
    this.code = code;
    this.offset = offset;
  }
}

function fail(message: string, offset: number): never {
  throw new XmlError('syntax', message, offset);
}

// ── names ──────────────────────────────────────────────────────────────────────────────────
// XML 1.0 (fifth edition) NameStartChar / NameChar without ':' (NCName); astral planes as pairs.
const START = 'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const CHAR = `${START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040`;
const ASTRAL = '[\\uD800-\\uDB7F][\\uDC00-\\uDFFF]';
const NCNAME = `(?:[${START}]|${ASTRAL})(?:[${CHAR}]|${ASTRAL})*`;
/** A qualified name at `lastIndex` (sticky). */
const QNAME = new RegExp(`${NCNAME}(?::${NCNAME})?`, 'y');
/** ASCII name characters: 1 may start a name, 2 may follow. */
const ASCII_NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_NAME[c] = /[A-Za-z_]/.test(ch) ? 1 : /[-.0-9]/.test(ch) ? 2 : 0;
}

/**
 * The end of the qualified name starting at `j` in `s`, or -1 when there is none. ASCII names are
 * scanned by hand; anything else goes to {@link QNAME}.
 */
function qnameEnd(s: string, j: number): number {
  let c = s.charCodeAt(j);
  if (c < 128 && ASCII_NAME[c] === 1) {
    let k = j + 1;
    let colon = false;
    for (;;) {
      c = s.charCodeAt(k);
      if (c < 128 && ASCII_NAME[c] !== 0) {
        k++;
      } else if (c === 58 && !colon) {
        const next = s.charCodeAt(k + 1);
        if (next < 128 && ASCII_NAME[next] === 1) {
          colon = true;
          k += 2;
        } else if (next >= 128) {
          break;
        } else {
          return k;
        }
      } else if (c >= 128) {
        break;
      } else {
        return k;
      }
    }
  }
  QNAME.lastIndex = j;
  return QNAME.test(s) ? QNAME.lastIndex : -1;
}
/** A processing instruction's target (any Name). */
const PI_TARGET = new RegExp(`(?:[:${START}]|${ASTRAL})(?:[:${CHAR}]|${ASTRAL})*`, 'y');

const WS = ' \t\n';
const XML_DECL = new RegExp(
  `<\\?xml[${WS}]+version[${WS}]*=[${WS}]*(?:"1\\.[0-9]+"|'1\\.[0-9]+')` +
    `(?:[${WS}]+encoding[${WS}]*=[${WS}]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?` +
    `(?:[${WS}]+standalone[${WS}]*=[${WS}]*(?:"(?:yes|no)"|'(?:yes|no)'))?[${WS}]*\\?>`,
  'y',
);
// eslint-disable-next-line no-control-regex
const BAD_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MAX_DEPTH = 5000;
/** What an attribute value needs more than slicing for. */
const ATTR_SPECIAL = /[<&\t\n]/;

/** Character and predefined entity references in `t` (a text run or attribute value) replaced. */
function decodeRefs(t: string, offset: number): string {
  let out = '';
  let k = 0;
  for (let a = t.indexOf('&'); a >= 0; a = t.indexOf('&', k)) {
    const semi = t.indexOf(';', a + 1);
    if (semi < 0) fail('Unterminated reference', offset + a);
    out += t.slice(k, a);
    if (t.charCodeAt(a + 1) === 35 /* # */) {
      const hex = t.charCodeAt(a + 2) === 120; /* x */
      let code = 0;
      let p = a + (hex ? 3 : 2);
      if (p === semi) fail('Empty character reference', offset + a);
      for (; p < semi; p++) {
        const c = t.charCodeAt(p);
        let d: number;
        if (c >= 48 && c <= 57) d = c - 48;
        else if (hex && c >= 97 && c <= 102) d = c - 87;
        else if (hex && c >= 65 && c <= 70) d = c - 55;
        else fail('Bad character reference', offset + a);
        code = code * (hex ? 16 : 10) + d;
        if (code > 0x10ffff) fail('Character reference out of range', offset + a);
      }
      if (!(code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000)) {
        fail('Character reference to a character XML forbids', offset + a);
      }
      out += String.fromCodePoint(code);
    } else {
      switch (t.slice(a + 1, semi)) {
        case 'lt':
          out += '<';
          break;
        case 'gt':
          out += '>';
          break;
        case 'amp':
          out += '&';
          break;
        case 'quot':
          out += '"';
          break;
        case 'apos':
          out += "'";
          break;
        default:
          fail('Undeclared entity', offset + a);
      }
    }
    k = semi + 1;
  }
  return k ? out + t.slice(k) : t;
}

/**
 * Names are looked up in a small table before they are sliced out of the text, so each name is
 * one string per document; the names feeds use most start as the program's own (internalized)
 * literals, which makes the readers' comparisons with them cheap.
 */
const COMMON_NAMES = (
  'rss channel item title link description guid pubDate category enclosure author language image url width height ' +
  'feed entry id updated published summary content name email uri subtitle logo icon type rel href length isPermaLink ' +
  'xmlns base lang creator date subject encoded thumbnail group community statistics views videoId medium duration ' +
  'term label RDF about resource div p a br b i img span alt src text mode xml media dc yt itunes rdf atom'
).split(' ');
const NAME_SLOTS = 1024;
function nameSlot(s: string, start: number, end: number): number {
  const len = end - start;
  return ((len << 5) ^ (s.charCodeAt(start) * 7) ^ (s.charCodeAt(start + (len > 1 ? 1 : 0)) * 13) ^ s.charCodeAt(end - 1)) & (NAME_SLOTS - 1);
}
const SEEDED_NAMES: (string | undefined)[] = new Array<string | undefined>(NAME_SLOTS).fill(undefined);
for (const name of COMMON_NAMES) SEEDED_NAMES[nameSlot(name, 0, name.length)] = name;

type Scope = Map<string, string | null>;
const TOP_SCOPE: Scope = new Map([['xml', XML_NS]]);

/**
 * A parse that can stop and go on later, so a large document need not be one long task:
 * `run(pause)` returns the root when the document is complete, or `undefined` when `pause()`
 * said to stop (asked every few hundred elements); call `run` again to go on.
 */
export class XmlParser {
  private readonly s: string;
  private i = 0;
  private readonly stack: XmlElement[] = [];
  private readonly scopes: Scope[] = [];
  private scope: Scope = TOP_SCOPE;
  private root: XmlElement | undefined;
  /** Next `]]>` / `&` at or after the last text run looked at (text.length when none). */
  private cdEnd = -1;
  private amp = -1;
  private readonly names = SEEDED_NAMES.slice();
  /** The current tag's attributes, as written (reused from tag to tag). */
  private readonly attrNames: string[] = [];
  private readonly attrValues: string[] = [];

  constructor(text: string) {
    let s = text;
    const wellFormed = (s as { isWellFormed?: () => boolean }).isWellFormed;
    if (wellFormed ? !wellFormed.call(s) : /[\uD800-\uDFFF]/.test(s)) s = s.replace(LONE_SURROGATE, '\uFFFD');
    if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
    if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    this.s = s;
    const bad = BAD_CHAR.exec(s);
    if (bad) fail(`Character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} is not allowed in XML`, bad.index);
    if (s.startsWith('<?xml') && WS.includes(s.charAt(5) || '?')) {
      XML_DECL.lastIndex = 0;
      if (!XML_DECL.test(s)) fail('Malformed XML declaration', 0);
      this.i = XML_DECL.lastIndex;
    }
  }

  run(pause?: () => boolean): XmlElement | undefined {
    const s = this.s;
    const n = s.length;
    const stack = this.stack;
    let i = this.i;
    let top: XmlElement | undefined = stack[stack.length - 1];
    let steps = 0;
    let cdEnd = this.cdEnd;
    let amp = this.amp;
    const names = this.attrNames;
    const values = this.attrValues;
    for (;;) {
      if (!top) {
        // ── outside the root: white space, comments, processing instructions, one element ──
        let c = s.charCodeAt(i);
        while (c === 32 || c === 10 || c === 9) c = s.charCodeAt(++i);
        if (i >= n) {
          if (!this.root) fail('No root element', i);
          this.i = i;
          return this.root;
        }
        if (c !== 60 /* < */) fail('Text outside the root element', i);
        const c1 = s.charCodeAt(i + 1);
        if (c1 === 33 /* ! */) {
          if (s.startsWith('<!--', i)) {
            i = this.comment(i);
          } else if (s.startsWith('<!DOCTYPE', i) && !this.root) {
            throw new XmlError('doctype', 'Document type declarations are not read', i);
          } else {
            fail('Unexpected markup outside the root element', i);
          }
          continue;
        }
        if (c1 === 63 /* ? */) {
          i = this.pi(i);
          continue;
        }
        if (this.root || c1 === 47 /* / */) fail('Unexpected markup after the root element', i);
      } else {
        // ── content: text up to the next '<' ──
        const lt = s.indexOf('<', i);
        if (lt < 0) fail(`Unclosed element <${top.name}>`, n);
        if (lt > i) {
          if (cdEnd < i) cdEnd = s.indexOf(']]>', i) >>> 0;
          if (cdEnd < lt) fail("']]>' in text", cdEnd);
          if (amp < i) amp = s.indexOf('&', i) >>> 0;
          const raw = s.slice(i, lt);
          addText(top, amp < lt ? decodeRefs(raw, i) : raw);
          i = lt;
        }
        const c1 = s.charCodeAt(i + 1);
        if (c1 === 47 /* / */) {
          // end tag
          const name = top.name;
          const len = name.length;
          for (let k = 0; k < len; k++) {
            if (s.charCodeAt(i + 2 + k) !== name.charCodeAt(k)) fail(`Mismatched end tag, expected </${name}>`, i);
          }
          let j = i + 2 + len;
          let c = s.charCodeAt(j);
          while (c === 32 || c === 10 || c === 9) c = s.charCodeAt(++j);
          if (c !== 62 /* > */) fail(`Mismatched end tag, expected </${name}>`, i);
          i = j + 1;
          stack.pop();
          this.scope = this.scopes.pop()!;
          top = stack[stack.length - 1];
          continue;
        }
        if (c1 === 33 /* ! */) {
          if (s.startsWith('<!--', i)) {
            i = this.comment(i);
          } else if (s.startsWith('<![CDATA[', i)) {
            const end = s.indexOf(']]>', i + 9);
            if (end < 0) fail('Unclosed CDATA section', i);
            addText(top, s.slice(i + 9, end));
            i = end + 3;
          } else {
            fail('Unexpected markup', i);
          }
          continue;
        }
        if (c1 === 63 /* ? */) {
          i = this.pi(i);
          continue;
        }
      }

      // ── start tag at i ──
      if (pause && ++steps >= 256) {
        steps = 0;
        if (pause()) {
          this.i = i;
          this.cdEnd = cdEnd;
          this.amp = amp;
          return undefined;
        }
      }
      let j = qnameEnd(s, i + 1);
      if (j < 0) fail('Bad element name', i + 1);
      const qname = this.name(s, i + 1, j);
      let count = 0;
      let empty = false;
      for (;;) {
        let c = s.charCodeAt(j);
        const spaced = c === 32 || c === 10 || c === 9;
        while (c === 32 || c === 10 || c === 9) c = s.charCodeAt(++j);
        if (c === 62 /* > */) {
          j++;
          break;
        }
        if (c === 47 /* / */) {
          if (s.charCodeAt(j + 1) !== 62) fail("Expected '>' after '/'", j);
          j += 2;
          empty = true;
          break;
        }
        if (!spaced) fail(j >= n ? 'Unexpected end in a tag' : 'Unexpected character in a tag', j);
        const nameEnd = qnameEnd(s, j);
        if (nameEnd < 0) fail('Bad attribute name', j);
        const aname = this.name(s, j, nameEnd);
        j = nameEnd;
        c = s.charCodeAt(j);
        while (c === 32 || c === 10 || c === 9) c = s.charCodeAt(++j);
        if (c !== 61 /* = */) fail("Expected '=' after an attribute name", j);
        c = s.charCodeAt(++j);
        while (c === 32 || c === 10 || c === 9) c = s.charCodeAt(++j);
        if (c !== 34 && c !== 39) fail('Expected a quoted attribute value', j);
        const end = s.indexOf(c === 34 ? '"' : "'", j + 1);
        if (end < 0) fail('Unclosed attribute value', j);
        let value = s.slice(j + 1, end);
        if (ATTR_SPECIAL.test(value)) {
          if (value.indexOf('<') >= 0) fail("'<' in an attribute value", j);
          if (value.indexOf('\n') >= 0 || value.indexOf('\t') >= 0) value = value.replace(/[\t\n]/g, ' ');
          if (value.indexOf('&') >= 0) value = decodeRefs(value, j + 1);
        }
        for (let k = 0; k < count; k++) if (names[k] === aname) fail(`Repeated attribute ${aname}`, j);
        names[count] = aname;
        values[count] = value;
        count++;
        j = end + 1;
      }
      const parent: XmlElement | null = top ?? null;
      const outer = this.scope;
      const el: XmlElement = count ? this.element(qname, count, parent, i) : this.plainElement(qname, parent, i);
      if (parent) {
        addChild(parent, el);
      } else {
        this.root = el;
      }
      i = j;
      if (!empty) {
        if (stack.length >= MAX_DEPTH) fail('Elements nested too deeply', i);
        stack.push(el);
        this.scopes.push(outer);
        top = el;
      } else {
        this.scope = outer;
      }
    }
  }

  /** `s.slice(start, end)`, one string per distinct name. */
  private name(s: string, start: number, end: number): string {
    const slot = nameSlot(s, start, end);
    const known = this.names[slot];
    const len = end - start;
    if (known !== undefined && known.length === len) {
      let k = 0;
      while (k < len && known.charCodeAt(k) === s.charCodeAt(start + k)) k++;
      if (k === len) return known;
    }
    const name = s.slice(start, end);
    this.names[slot] = name;
    return name;
  }

  /** An element without attributes: the scope does not change. */
  private plainElement(qname: string, parent: XmlElement | null, at: number): XmlElement {
    const colon = qname.indexOf(':');
    if (colon < 0) return new XmlElement(qname, null, qname, this.scope.get('') ?? null, NO_ATTRS, parent);
    return this.prefixed(qname, colon, NO_ATTRS, parent, at);
  }

  private prefixed(qname: string, colon: number, attrs: readonly XmlAttr[], parent: XmlElement | null, at: number): XmlElement {
    const prefix = this.name(qname, 0, colon);
    if (prefix === 'xmlns') fail("'xmlns' cannot be an element prefix", at);
    const ns = this.scope.get(prefix);
    if (!ns) fail(`Element ${qname}: prefix is unbound`, at);
    return new XmlElement(qname, prefix, this.name(qname, colon + 1, qname.length), ns, attrs, parent);
  }

  /**
   * An element with attributes: namespace declarations open a new scope (left in `this.scope`
   * for the element's content), then names are resolved in it.
   */
  private element(qname: string, count: number, parent: XmlElement | null, at: number): XmlElement {
    let decls: XmlAttr[] | undefined;
    const attrs: XmlAttr[] = [];
    let scope = this.scope;
    for (let k = 0; k < count; k++) {
      const name = this.attrNames[k]!;
      const value = this.attrValues[k]!;
      if (name.startsWith('xmlns') && (name.length === 5 || name.charCodeAt(5) === 58)) {
        if (scope === this.scope) scope = new Map(scope);
        if (name.length === 5) {
          if (value === XML_NS || value === XMLNS_NS) fail(`${value} cannot be the default namespace`, at);
          scope.set('', value || null);
          (decls ??= []).push({ name, prefix: null, local: name, ns: XMLNS_NS, value });
        } else {
          const p = this.name(name, 6, name.length);
          if (p === 'xmlns') fail("The prefix 'xmlns' cannot be declared", at);
          if (p === 'xml' ? value !== XML_NS : !value) fail(`Bad declaration of prefix ${p}`, at);
          scope.set(p, value);
          (decls ??= []).push({ name, prefix: 'xmlns', local: p, ns: XMLNS_NS, value });
        }
      } else {
        attrs.push({ name, prefix: null, local: name, ns: null, value });
      }
    }
    this.scope = scope;
    // Prefixed attributes, now that every declaration of the tag is known.
    for (let k = 0; k < attrs.length; k++) {
      const a = attrs[k]!;
      const colon = a.name.indexOf(':');
      if (colon < 0) continue;
      const prefix = this.name(a.name, 0, colon);
      const ns = scope.get(prefix);
      if (!ns || prefix === 'xmlns') fail(`Attribute ${a.name}: prefix is unbound`, at);
      const local = this.name(a.name, colon + 1, a.name.length);
      for (let m = 0; m < k; m++) {
        const b = attrs[m]!;
        if (b.ns === ns && b.local === local) fail(`Repeated attribute {${ns}}${local}`, at);
      }
      attrs[k] = { name: a.name, prefix, local, ns, value: a.value };
    }
    let all = attrs;
    if (decls) {
      // The browser's DOM lists declarations default first, then by prefix: so does this tree.
      if (decls.length > 1) decls.sort((a, b) => (a.prefix === null ? -1 : b.prefix === null ? 1 : a.local < b.local ? -1 : a.local > b.local ? 1 : 0));
      all = attrs.length ? decls.concat(attrs) : decls;
    }
    const colon = qname.indexOf(':');
    if (colon < 0) return new XmlElement(qname, null, qname, scope.get('') ?? null, all, parent);
    return this.prefixed(qname, colon, all, parent, at);
  }

  /** A comment at `i`; returns the offset after it. */
  private comment(i: number): number {
    const end = this.s.indexOf('--', i + 4);
    if (end < 0) fail('Unclosed comment', i);
    if (this.s.charCodeAt(end + 2) !== 62) fail("'--' in a comment", end);
    return end + 3;
  }

  /** A processing instruction at `i`; returns the offset after it. */
  private pi(i: number): number {
    const s = this.s;
    PI_TARGET.lastIndex = i + 2;
    if (!PI_TARGET.test(s)) fail('Bad processing instruction', i);
    const j = PI_TARGET.lastIndex;
    if (j - i - 2 === 3 && s.slice(i + 2, j).toLowerCase() === 'xml') fail("'<?xml' is only allowed at the very start", i);
    const end = s.indexOf('?>', j);
    if (end < 0) fail('Unclosed processing instruction', i);
    const c = s.charCodeAt(j);
    if (end !== j && c !== 32 && c !== 10 && c !== 9) fail('Bad processing instruction', i);
    return end + 2;
  }
}

function addChild(parent: XmlElement, el: XmlElement): void {
  if (parent.children === NO_ELEMENTS) parent.children = [el];
  else (parent.children as XmlElement[]).push(el);
  const content = parent.content;
  if (content === undefined) parent.content = [el];
  else if (typeof content === 'string') parent.content = [content, el];
  else content.push(el);
}

function addText(parent: XmlElement, text: string): void {
  const content = parent.content;
  if (content === undefined) {
    parent.content = text;
  } else if (typeof content === 'string') {
    parent.content = content + text;
  } else {
    const last = content.length - 1;
    if (typeof content[last] === 'string') content[last] += text;
    else content.push(text);
  }
}

/** Parses a whole document at once; throws {@link XmlError}. */
export function parseXml(text: string): XmlElement {
  return new XmlParser(text).run()!;
}

// ── reading the tree ──────────────────────────────────────────────────────────────────────

/** The concatenated text of `el` and its descendants (the DOM's `textContent`). */
export function textContent(el: XmlElement): string {
  const content = el.content;
  if (content === undefined) return '';
  if (typeof content === 'string') return content;
  let out = '';
  const stack: (readonly XmlNode[])[] = [content];
  const at: number[] = [0];
  while (stack.length) {
    const list = stack[stack.length - 1]!;
    const k = at[at.length - 1]!;
    if (k >= list.length) {
      stack.pop();
      at.pop();
      continue;
    }
    at[at.length - 1] = k + 1;
    const node = list[k]!;
    if (typeof node === 'string') out += node;
    else if (typeof node.content === 'string') out += node.content;
    else if (node.content) {
      stack.push(node.content);
      at.push(0);
    }
  }
  return out;
}

/** The value of the attribute with qualified name `name` (the DOM's `getAttribute`), or `null`. */
export function attr(el: XmlElement, name: string): string | null {
  const attrs = el.attrs;
  for (let k = 0; k < attrs.length; k++) if (attrs[k]!.name === name) return attrs[k]!.value;
  return null;
}

/** The value of the attribute `{ns}local` (the DOM's `getAttributeNS`), or `null`. */
export function attrNS(el: XmlElement, ns: string | null, local: string): string | null {
  const attrs = el.attrs;
  for (let k = 0; k < attrs.length; k++) {
    const a = attrs[k]!;
    if (a.local === local && a.ns === ns) return a.value;
  }
  return null;
}

/** Elements with more children than this get an index by local name. */
const INDEX_FROM = 24;

function indexed(el: XmlElement, local: string): readonly XmlElement[] {
  let index = el.byLocal;
  if (!index) {
    index = new Map();
    for (const c of el.children) {
      const list = index.get(c.local);
      if (list) list.push(c);
      else index.set(c.local, [c]);
    }
    el.byLocal = index;
  }
  return index.get(local) ?? NO_ELEMENTS;
}

/** The first element child of `el` with local name `local` and a namespace in `ns`. */
export function childNamed(el: XmlElement, local: string, ns: ReadonlySet<string | null>): XmlElement | undefined {
  const list = el.children.length > INDEX_FROM ? indexed(el, local) : el.children;
  for (let k = 0; k < list.length; k++) {
    const c = list[k]!;
    if (c.local === local && ns.has(c.ns)) return c;
  }
  return undefined;
}

/** Every element child of `el` with local name `local` and a namespace in `ns`. */
export function childrenNamed(el: XmlElement, local: string, ns: ReadonlySet<string | null>): readonly XmlElement[] {
  const list = el.children.length > INDEX_FROM ? indexed(el, local) : el.children;
  let out: XmlElement[] | undefined;
  for (let k = 0; k < list.length; k++) {
    const c = list[k]!;
    if (c.local === local && ns.has(c.ns)) {
      if (out) out.push(c);
      else out = [c];
    }
  }
  return out ?? NO_ELEMENTS;
}

/** True when some descendant of `el` is `{ns}local`. */
export function hasDescendant(el: XmlElement, ns: string | null, local: string): boolean {
  const stack: XmlElement[] = [...el.children];
  while (stack.length) {
    const c = stack.pop()!;
    if (c.local === local && c.ns === ns) return true;
    for (let k = c.children.length - 1; k >= 0; k--) stack.push(c.children[k]!);
  }
  return false;
}

// ── serializing (as XMLSerializer does, for XHTML content) ──────────────────────────────────

const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

export function escapeXmlText(s: string): string {
  return /[&<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s;
}
function escapeAttr(s: string): string {
  return /[&<>"\t\n\r]/.test(s)
    ? s.replace(/[&<>"\t\n\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' })[c]!)
    : s;
}

/**
 * `el` as markup, the way the browser's `XMLSerializer` writes a node of a parsed document:
 * namespace declarations added where the context lacks them, `<br />` for XHTML void
 * elements, `<x/>` for other empty ones. Character data (CDATA included) is written escaped.
 */
export function serializeXml(el: XmlElement): string {
  const out: string[] = [];
  write(el, null, TOP_SCOPE, out);
  return out.join('');
}

function write(el: XmlElement, inheritedDefault: string | null, inherited: Scope, out: string[]): void {
  let def = inheritedDefault;
  let map = inherited;
  const own = (): Scope => (map === inherited ? (map = new Map(map)) : map);
  for (const a of el.attrs) {
    if (a.ns !== XMLNS_NS) continue;
    if (a.prefix === null) def = a.value || null;
    else own().set(a.local, a.value);
  }
  let tag = `<${el.name}`;
  if (el.prefix !== null) {
    if (map.get(el.prefix) !== el.ns) {
      tag += ` xmlns:${el.prefix}="${escapeAttr(el.ns ?? '')}"`;
      own().set(el.prefix, el.ns);
    }
  } else if (def !== el.ns) {
    tag += ` xmlns="${escapeAttr(el.ns ?? '')}"`;
    def = el.ns;
  }
  for (const a of el.attrs) {
    if (a.prefix !== null && a.ns !== XMLNS_NS && map.get(a.prefix) !== a.ns) {
      tag += ` xmlns:${a.prefix}="${escapeAttr(a.ns ?? '')}"`;
      own().set(a.prefix, a.ns);
    }
    tag += ` ${a.name}="${escapeAttr(a.value)}"`;
  }
  if (!el.nodes.length) {
    out.push(el.ns === XHTML_NS ? (VOID.has(el.local) ? `${tag} />` : `${tag}></${el.name}>`) : `${tag}/>`);
    return;
  }
  out.push(`${tag}>`);
  for (const node of el.nodes) {
    if (typeof node === 'string') out.push(escapeXmlText(node));
    else write(node, def, map, out);
  }
  out.push(`</${el.name}>`);
}

// ── from a DOM (documents the browser's parser read) ────────────────────────────────────────

/** The same light tree for a DOM element (text and CDATA kept, comments and PIs dropped). */
export function fromDom(root: Element): XmlElement {
  const convert = (el: Element, parent: XmlElement | null): XmlElement => {
    const attrs: XmlAttr[] = [];
    for (const a of Array.from(el.attributes)) attrs.push({ name: a.name, prefix: a.prefix, local: a.localName, ns: a.namespaceURI, value: a.value });
    return new XmlElement(el.tagName, el.prefix, el.localName, el.namespaceURI, attrs.length ? attrs : NO_ATTRS, parent);
  };
  const top = convert(root, null);
  const stack: [Element, XmlElement][] = [[root, top]];
  while (stack.length) {
    const [dom, node] = stack.pop()!;
    for (let c = dom.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        const child = convert(c as Element, node);
        addChild(node, child);
        stack.push([c as Element, child]);
      } else if (c.nodeType === 3 || c.nodeType === 4) {
        addText(node, (c as CharacterData).data);
      }
    }
  }
  return top;
}
