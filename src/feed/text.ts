/**
 * Plain text from feed HTML, truncation and the words that classify items: one implementation
 * for the widgets (src/feed) and the publisher CLI (src/cli), pure string code with no DOM, so
 * both read the same HTML as the same text.
 *
 * {@link htmlInfo} follows the parts of the HTML standard that decide which characters are text:
 * comments and bogus comments, raw-text elements (`<script>`, `<style>`, `<iframe>`…), quoted
 * attribute values containing `>`, character references (HTML 4's named set; numeric references
 * with the windows-1252 mapping for 0x80–0x9F), tags cut off by the end of the input, and where
 * elements end (implied and stray end tags, `<svg>`/`<math>` content). test/feed/text.test.ts
 * holds it to the browser's own parser. Known differences: named references outside HTML 4's set
 * stay as written; text a browser would move out of a broken `<table>` stays in place.
 */
import { fromC1 } from './decode.js';
import { collapse as collapseText } from './collapse.js';

/**
 * True when {@link collapse} would give `text.slice(from, to)` back unchanged: no white space but
 * single spaces between words, no C1 control, nothing to trim. Most titles, categories and ids
 * are like that.
 */
function isCollapsed(text: string, from: number, to: number): boolean {
  let space = true; // at the start, a space would be trimmed
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c > 32 && c < 0x80) {
      space = false;
    } else if (c === 32) {
      if (space) return false;
      space = true;
    } else if (
      c < 32 || c <= 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 ||
      c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
    ) {
      return false; // white space (incl. no-break and zero-width) or a C1 control
    } else {
      space = false;
    }
  }
  return !space || from === to;
}

/**
 * Collapses runs of white space (incl. no-break and zero-width) into single spaces, maps C1
 * controls, trims (the same as `collapse.ts`, which it calls for text that needs it).
 */
export function collapse(text: string): string {
  // Spaces at either end are trimmed in any case (the HTML reader leaves them around blocks).
  let from = 0;
  let to = text.length;
  while (from < to && text.charCodeAt(from) === 32) from++;
  while (to > from && text.charCodeAt(to - 1) === 32) to--;
  if (!isCollapsed(text, from, to)) return collapseText(text);
  return from === 0 && to === text.length ? text : text.slice(from, to);
}

/** Plain text and the first image of an HTML fragment. */
export interface HtmlInfo {
  text: string;
  /** `src` of the first `<img>` with one, unresolved and unchecked. */
  image?: string;
  imageAlt?: string;
}

/**
 * Elements whose content is never text: scripts, styles, the document title, frames, form
 * controls. (An SVG `<title>` is the graphic's text alternative and is read.)
 */
export const SKIP: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'title', 'iframe', 'object', 'noembed', 'noframes', 'textarea', 'select',
]);
/** Elements that separate words when their tags are removed. */
export const BLOCK: ReadonlySet<string> = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table', 'blockquote', 'pre',
  'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'dd', 'dt', 'hr',
]);
/** Elements whose content the tokenizer reads as raw text, up to their end tag. */
const RAW = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title']);
/** HTML start tags that end an open `<svg>` / `<math>` (the standard's "breakout" list). */
const BREAKOUT = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small',
  'span', 'strong', 'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var',
]);

/** HTML 4's named references for U+00A0–U+00FF, in code point order (the legacy set). */
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn ' +
  'sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave ' +
  'Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN ' +
  'szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute ' +
  'icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml ' +
  'yacute thorn yuml';
/** The rest of HTML 4's named references: each name followed by its character. */
const OTHER_NAMES =
  'alefsymℵ AlphaΑ alphaα and∧ ang∠ asymp≈ bdquo„ BetaΒ betaβ bull• cap∩ ChiΧ chiχ circˆ clubs♣ ' +
  'cong≅ crarr↵ cup∪ Dagger‡ dagger† dArr⇓ darr↓ DeltaΔ deltaδ diams♦ empty∅ emsp\u2003 ensp\u2002 ' +
  'EpsilonΕ epsilonε equiv≡ EtaΗ etaη euro€ exist∃ fnofƒ forall∀ frasl⁄ GammaΓ gammaγ ge≥ hArr⇔ ' +
  'harr↔ hearts♥ hellip… imageℑ infin∞ int∫ IotaΙ iotaι isin∈ KappaΚ kappaκ LambdaΛ lambdaλ lang⟨ ' +
  'lArr⇐ larr← lceil⌈ ldquo“ le≤ lfloor⌊ lowast∗ loz◊ lrm\u200e lsaquo‹ lsquo‘ mdash— minus− MuΜ ' +
  'muμ nabla∇ ndash– ne≠ ni∋ notin∉ nsub⊄ NuΝ nuν OEligŒ oeligœ oline‾ OmegaΩ omegaω OmicronΟ ' +
  'omicronο oplus⊕ or∨ otimes⊗ part∂ permil‰ perp⊥ PhiΦ phiφ PiΠ piπ pivϖ Prime″ prime′ prod∏ prop∝ ' +
  'PsiΨ psiψ radic√ rang⟩ rArr⇒ rarr→ rceil⌉ rdquo” realℜ rfloor⌋ RhoΡ rhoρ rlm\u200f rsaquo› ' +
  'rsquo’ sbquo‚ ScaronŠ scaronš sdot⋅ SigmaΣ sigmafς sigmaσ sim∼ spades♠ sube⊆ sub⊂ sum∑ supe⊇ ' +
  'sup⊃ TauΤ tauτ there4∴ ThetaΘ thetasymϑ thetaθ thinsp\u2009 tilde˜ trade™ uArr⇑ uarr↑ upsihϒ ' +
  'UpsilonΥ upsilonυ weierp℘ XiΞ xiξ YumlŸ ZetaΖ zetaζ zwj\u200d zwnj\u200c';


/** Named character references: HTML 4's set (what feeds use), plus `&apos;`. */
const NAMED = new Map<string, string>([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"]]);
/** The names that also work without a semicolon (`&copy 2026`, `&amp tanpa`). */
const LEGACY = new Map<string, string>();
LATIN1_NAMES.split(' ').forEach((name, i) => LEGACY.set(name, String.fromCharCode(0xa0 + i)));
for (const [name, char] of [['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['AMP', '&'], ['LT', '<'], ['GT', '>'], ['QUOT', '"'], ['COPY', '©'], ['REG', '®']]) {
  LEGACY.set(name!, char!);
}
for (const [name, char] of LEGACY) NAMED.set(name, char);
for (const pair of OTHER_NAMES.split(' ')) {
  const name = /^[A-Za-z\d]+/.exec(pair)![0];
  NAMED.set(name, pair.slice(name.length));
}

const REFERENCE = /&(?:#[xX]([\da-fA-F]+);?|#(\d+);?|([A-Za-z][A-Za-z\d]*)(;?))/g;

/**
 * Decodes character references as the HTML standard does in text (`attribute`: in an attribute
 * value, where a legacy name followed by a letter, digit or `=` stays as written).
 */
function decodeReferences(text: string, attribute = false): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (ref, hex: string | undefined, dec: string | undefined, name: string | undefined, semi: string, at: number) => {
    if (name === undefined) {
      const digits = (hex ?? dec!).replace(/^0+/, '');
      if (digits.length > (hex !== undefined ? 6 : 7)) return '\ufffd';
      const code = digits ? parseInt(digits, hex !== undefined ? 16 : 10) : 0;
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return code >= 0x80 && code <= 0x9f ? fromC1(String.fromCharCode(code)) : String.fromCodePoint(code);
    }
    if (semi) {
      const char = NAMED.get(name);
      if (char !== undefined) return char;
    }
    // The longest legacy name the reference starts with (`&notit;` is "¬it;").
    for (let length = Math.min(name.length, 6); length >= 2; length--) {
      const char = LEGACY.get(name.slice(0, length));
      if (char === undefined) continue;
      const next = length < name.length ? name[length]! : semi || text[at + ref.length] || '';
      if (attribute && /[A-Za-z\d=]/.test(next)) return ref;
      return char + ref.slice(1 + length);
    }
    return ref;
  });
}

/** Tab, line feed, form feed, space (carriage returns are line feeds by now). */
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 12;
/** Ends of a tag name, an attribute name, an unquoted attribute value. */
const NAME_END = 1;
const ATTRIBUTE_END = 2;
const UNQUOTED_END = 4;
const ENDS = new Uint8Array(128);
for (const c of '\t\n\f >') ENDS[c.charCodeAt(0)] = NAME_END | ATTRIBUTE_END | UNQUOTED_END;
ENDS[47 /* / */] = NAME_END | ATTRIBUTE_END;
ENDS[61 /* = */] = ATTRIBUTE_END;
/** True for an ASCII letter (`c` is one character, or `undefined` past the end). */
const isLetter = (c: string | undefined): boolean => {
  const code = c === undefined ? 0 : c.charCodeAt(0) | 32;
  return code >= 97 && code <= 122;
};

interface Tag {
  name: string;
  /** Shared and empty for a tag without attributes (most): read it, never write it. */
  attributes: ReadonlyMap<string, string>;
  selfClosing: boolean;
  /** Index just past the closing `>`. */
  end: number;
}

/** The first index from `from` whose character is one of the `stop` ends, else the end of `s`. */
function until(s: string, stop: number, from: number): number {
  const n = s.length;
  let k = from;
  for (; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c < 128 && ENDS[c]! & stop) break;
  }
  return k;
}

/** `name.toLowerCase()`, without a new string for the names that already are (most). */
function lower(name: string): string {
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return name.toLowerCase();
  }
  return name;
}

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

/** Reads a tag whose name starts at `at` (after `<` or `</`); `undefined` when the input ends inside it. */
function readTag(html: string, at: number): Tag | undefined {
  const n = html.length;
  let i = until(html, NAME_END, at);
  const tag: Tag = { name: lower(html.slice(at, i)), attributes: NO_ATTRIBUTES, selfClosing: false, end: n };
  let attributes: Map<string, string> | undefined;
  for (;;) {
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    if (i >= n) return undefined;
    const c = html[i]!;
    if (c === '>') {
      tag.end = i + 1;
      return tag;
    }
    if (c === '/') {
      if (html[i + 1] === '>') {
        tag.selfClosing = true;
        tag.end = i + 2;
        return tag;
      }
      i++;
      continue;
    }
    // An attribute name (its first character may be "=").
    const start = i;
    i = until(html, ATTRIBUTE_END, i + 1);
    const name = lower(html.slice(start, i));
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return undefined;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else if (quote !== '>') {
        const begin = i;
        i = until(html, UNQUOTED_END, i);
        if (i >= n) return undefined;
        value = html.slice(begin, i);
      }
    }
    if (!attributes) tag.attributes = attributes = new Map();
    if (!attributes.has(name)) attributes.set(name, decodeReferences(value.indexOf('\0') < 0 ? value : value.replace(/\0/g, '\ufffd'), true));
  }
}

const rawEnds = new Map<string, RegExp>();
/** Where the raw text of `name` that starts at `from` ends (its end tag), or the end of the input. */
function rawTextEnd(html: string, name: string, from: number): number {
  let re = rawEnds.get(name);
  if (!re) rawEnds.set(name, (re = new RegExp(`</${name}[\\t\\n\\f />]`, 'gi')));
  re.lastIndex = from;
  return re.exec(html)?.index ?? html.length;
}

/** Index just past the next `>` from `from` (a bogus comment), or the end of the input. */
function pastGt(html: string, from: number): number {
  const gt = html.indexOf('>', from);
  return gt < 0 ? html.length : gt + 1;
}

/** The standard's "special" elements that can be open: an end tag for another element stops at them. */
const SPECIAL = new Set([
  ...BLOCK, 'address', 'aside', 'nav', 'main', 'center', 'details', 'dialog', 'dir', 'dl', 'fieldset', 'hgroup', 'menu', 'search',
  'summary', 'listing', 'form', 'button', 'caption', 'applet', 'marquee', 'noscript', 'template', 'object', 'select', 'tbody', 'thead',
  'tfoot', 'colgroup',
]);
/** End tags that close their element when it is in scope, with whatever is open inside it. */
const END_IN_SCOPE = new Set([
  'address', 'article', 'aside', 'blockquote', 'button', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'header', 'hgroup', 'listing', 'main', 'menu', 'nav', 'ol', 'pre', 'search', 'section',
  'summary', 'ul', 'li', 'dd', 'dt', 'applet', 'marquee', 'object', 'template', 'select', 'table', 'caption', 'tbody', 'thead',
  'tfoot', 'tr', 'td', 'th',
]);
/** Start tags that first close an open `<p>`. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'pre', 'listing', 'form', 'plaintext', 'table', 'hr', 'xmp', 'li', 'dd', 'dt',
]);
/** Elements without content (never on the stack of open elements). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Formatting elements: their end tags move elements around but never end a block. */
const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
/** Elements that bound "in scope" searches (Chromium also stops at a customizable <select>). */
const SCOPE = new Set(['html', 'table', 'td', 'th', 'caption', 'marquee', 'object', 'template', 'applet', 'select']);
/** Table parts, ignored outside a table. */
const TABLE_PARTS = new Set(['caption', 'col', 'colgroup', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr']);
/** Foreign elements whose content follows the HTML rules again, by namespace. */
const INTEGRATION = { svg: new Set(['foreignobject', 'desc', 'title']), math: new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml']) };
/** `h1` … `h6`. */
const isHeading = (name: string): boolean => name.length === 2 && name.charCodeAt(0) === 104 && name.charCodeAt(1) >= 49 && name.charCodeAt(1) <= 54;
const BUTTON_SCOPE: ReadonlySet<string> = new Set(['button']);
const LIST_SCOPE: ReadonlySet<string> = new Set(['ol', 'ul']);

/** `text` without NUL characters. */
function withoutNul(text: string): string {
  return text.indexOf('\0') < 0 ? text : text.replace(/\0/g, '');
}

/**
 * Reads an untrusted HTML fragment as plain text, without executing or loading anything:
 * block elements separate words; scripts, styles, frames, graphics and the like are dropped;
 * character references are decoded; white space is collapsed; the WordPress footer is removed.
 *
 * A tokenizer plus the part of the tree builder that decides where elements end (implied ends,
 * stray end tags, `<svg>`/`<math>` and the tags that leave them). Tables are read in source
 * order (a browser moves stray text in a table before it).
 */
export function htmlInfo(html: string | null | undefined): HtmlInfo {
  if (!html) return { text: '' };
  // Without markup, the text is the input with its references decoded (NULs dropped).
  if (html.indexOf('<') < 0) return { text: cleanText(withoutNul(decodeReferences(html))) };
  const src = html.indexOf('\r') < 0 ? html : html.replace(/\r\n?/g, '\n');
  const n = src.length;
  const parts: string[] = [];
  /** Open HTML elements, outermost first. */
  const stack: string[] = [];
  /** Open elements of an <svg> or <math> subtree, with their namespace (HTML inside integration points). */
  const foreign: Array<{ name: string; ns: 'svg' | 'math' | 'html' }> = [];
  let form = false; // the parser's form element pointer
  let hidden = 0; // SKIP elements on the stack
  let image: string | undefined;
  let imageAlt: string | undefined;

  /** True inside a foreign element whose content is not text (an SVG <style> or <script>). */
  const foreignHidden = (): boolean => foreign.length > 0 && foreign.some((e) => SKIP.has(e.name) && !(e.name === 'title' && e.ns !== 'html'));
  /** Whether the text so far is empty or ends in a space: a block's space adds nothing then. */
  let spaced = true;
  const text = (chunk: string): void => {
    if (hidden || !chunk || (spaced && chunk === ' ') || foreignHidden()) return;
    parts.push(chunk);
    spaced = chunk.charCodeAt(chunk.length - 1) === 32;
  };
  /** Closes foreign elements down to (and including) `index`. */
  const popForeign = (index: number): void => {
    while (foreign.length > index) {
      const { name } = foreign.pop()!;
      if (BLOCK.has(name)) text(' ');
    }
  };
  const push = (name: string): void => {
    stack.push(name);
    if (SKIP.has(name)) hidden++;
  };
  /** Closes every element from the top down to (and including) `index`. */
  const popTo = (index: number): void => {
    while (stack.length > index) {
      const name = stack.pop()!;
      if (SKIP.has(name)) hidden--;
      else if (BLOCK.has(name)) text(' ');
    }
  };
  /** Index of the innermost `match`ing element in scope, else -1. */
  const inScope = (match: (name: string) => boolean, bounds: ReadonlySet<string> = SCOPE): number => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (match(stack[k]!)) return k;
      if (SCOPE.has(stack[k]!) || bounds.has(stack[k]!)) return -1;
    }
    return -1;
  };
  /** Index of the innermost `name` element in scope, else -1. */
  const named = (name: string, bounds: ReadonlySet<string> = SCOPE): number => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k] === name) return k;
      if (SCOPE.has(stack[k]!) || bounds.has(stack[k]!)) return -1;
    }
    return -1;
  };
  const closeP = (): void => {
    const p = named('p', BUTTON_SCOPE);
    if (p >= 0) popTo(p);
  };

  /** Where an HTML end tag closes to: the stack index of its element, -1 when the tag is ignored. */
  const target = (name: string): number => {
    if (name === 'p') return named('p', BUTTON_SCOPE);
    if (name === 'template') return stack.lastIndexOf('template');
    if (isHeading(name)) return inScope(isHeading);
    if (END_IN_SCOPE.has(name) || FORMATTING.has(name) || name === 'form') return named(name, name === 'li' ? LIST_SCOPE : SCOPE);
    // Any other end tag closes the innermost element of its name, unless a special element is in the way.
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k] === name) return k;
      if (SPECIAL.has(stack[k]!) || SCOPE.has(stack[k]!)) return -1;
    }
    return -1;
  };
  /** An HTML end tag, in the body. */
  const endTag = (name: string): void => {
    if (name === 'br') return text(' ');
    if (name === 'form') form = false;
    const k = target(name);
    if (k < 0) {
      if (name === 'p') text(' '); // a stray </p> is an empty paragraph
      return;
    }
    // </form> removes the form alone; a formatting end tag moves elements but ends no block.
    if (name === 'form' || FORMATTING.has(name)) stack.splice(k, 1);
    else popTo(k);
  };

  /** Notes the first visible image with a `src`. */
  const see = (tag: Tag): void => {
    const source = tag.attributes.get('src');
    if (image === undefined && source?.trim() && !hidden && !foreignHidden()) {
      image = source;
      imageAlt = tag.attributes.get('alt');
    }
  };

  /** Skips the raw text of `name` from `i`; returns where its end tag starts. */
  const rawText = (name: string, from: number): number => {
    const end = rawTextEnd(src, name, from);
    if (!SKIP.has(name)) text(src.slice(from, end));
    return end;
  };

  /** An HTML start tag, in the body. Returns the new position (raw text elements consume their content). */
  const startTag = (tag: Tag, at: number): number => {
    let name = tag.name;
    if (name === 'image') name = 'img';
    if (TABLE_PARTS.has(name) && !stack.includes('table')) return at; // ignored outside a table
    const select = name === 'select' || name === 'input' ? named('select') : -1;
    if (select >= 0) {
      // Inside a <select>, another <select> closes it; an <input> closes it and then opens.
      popTo(select);
      if (name === 'select') return at;
    }
    if (name === 'li' || name === 'dd' || name === 'dt') {
      const same = name === 'li' ? ['li'] : ['dd', 'dt'];
      for (let k = stack.length - 1; k >= 0; k--) {
        const open = stack[k]!;
        if (same.includes(open)) {
          popTo(k);
          break;
        }
        if (SPECIAL.has(open) && open !== 'address' && open !== 'div' && open !== 'p') break;
      }
    }
    if (name === 'form') {
      if (form) return at; // no form inside a form
      form = true;
    }
    if (CLOSES_P.has(name)) closeP();
    if (isHeading(name) && isHeading(stack[stack.length - 1] ?? '')) popTo(stack.length - 1);
    if (name === 'button') {
      const button = named('button');
      if (button >= 0) popTo(button);
    }
    if (name === 'svg' || name === 'math') {
      if (!tag.selfClosing) foreign.push({ name, ns: name });
      return at;
    }
    if (name === 'plaintext') {
      text(src.slice(at));
      return n;
    }
    if (RAW.has(name)) return rawText(name, at);
    if (BLOCK.has(name)) text(' ');
    if (name === 'img') see(tag);
    if (!VOID.has(name)) push(name);
    return at;
  };

  let i = 0;
  while (i < n) {
    const lt = src.indexOf('<', i);
    const stop = lt < 0 ? n : lt;
    if (stop > i) text(withoutNul(decodeReferences(src.slice(i, stop))));
    if (lt < 0) break;
    i = lt;
    const next = src[i + 1];
    const top = foreign[foreign.length - 1];
    if (next === '!') {
      if (src.startsWith('<!--', i)) {
        if (src.startsWith('<!-->', i)) i += 5;
        else if (src.startsWith('<!--->', i)) i += 6;
        else {
          const close = /--!?>/g;
          close.lastIndex = i + 4;
          const m = close.exec(src);
          i = m ? m.index + m[0].length : n;
        }
      } else if (top && top.ns !== 'html' && src.startsWith('<![CDATA[', i)) {
        const close = src.indexOf(']]>', i + 9);
        text(src.slice(i + 9, close < 0 ? n : close)); // real CDATA in SVG and MathML
        i = close < 0 ? n : close + 3;
      } else {
        i = pastGt(src, i + 2);
      }
      continue;
    }
    if (next === '?') {
      i = pastGt(src, i + 1);
      continue;
    }
    if (next === '/') {
      const first = src[i + 2];
      if (first === undefined) {
        text('</');
        break;
      }
      if (first === '>') {
        i += 3;
        continue;
      }
      if (!isLetter(first)) {
        i = pastGt(src, i + 2);
        continue;
      }
      const tag = readTag(src, i + 2);
      if (!tag) break;
      i = tag.end;
      if (top) {
        if (top.ns !== 'html' && (tag.name === 'p' || tag.name === 'br')) {
          popForeign(0); // these end tags leave foreign content, then count as HTML
          endTag(tag.name);
          continue;
        }
        const k = foreign.map((e) => e.name).lastIndexOf(tag.name);
        if (k >= 0) popForeign(k);
        else if (top.ns !== 'html') {
          // An end tag of an element around the <svg> closes it too, except </form> (which removes
          // the form alone) and a formatting end tag with a block between it and the <svg>.
          const at = target(tag.name);
          if (at >= 0) {
            const stays = tag.name === 'form' || (FORMATTING.has(tag.name) && stack.slice(at + 1).some((o) => SPECIAL.has(o)));
            if (!stays) popForeign(0);
            endTag(tag.name);
          }
        }
        continue;
      }
      endTag(tag.name);
      continue;
    }
    if (!isLetter(next)) {
      text('<');
      i++;
      continue;
    }
    const tag = readTag(src, i + 1);
    if (!tag) break;
    i = tag.end;
    if (top) {
      const inside = top.ns === 'html' || INTEGRATION[top.ns].has(top.name);
      const font = tag.name === 'font' && ['color', 'face', 'size'].some((a) => tag.attributes.has(a));
      if (inside || (!BREAKOUT.has(tag.name) && !font)) {
        const name = inside && tag.name === 'image' ? 'img' : tag.name;
        if (inside && RAW.has(name)) {
          i = rawText(name, i);
          continue;
        }
        if (BLOCK.has(name)) text(' ');
        if (inside && name === 'img') see(tag);
        if (!tag.selfClosing && !(inside && VOID.has(name))) {
          const ns = name === 'svg' && (inside || top.name === 'annotation-xml') ? 'svg' : name === 'math' && inside ? 'math' : inside ? 'html' : top.ns;
          foreign.push({ name, ns });
        }
        continue;
      }
      popForeign(0); // an HTML start tag leaves foreign content
    }
    i = startTag(tag, i);
  }
  const info: HtmlInfo = { text: cleanText(parts.join('')) };
  if (image) info.image = image;
  if (imageAlt) info.imageAlt = imageAlt;
  return info;
}

/** Plain text of an untrusted HTML fragment. */
export function htmlToText(html: string | null | undefined): string {
  return htmlInfo(html).text;
}


/**
 * Collapsed text without the tails CMSs add to excerpts: the WordPress (Yoast) footer
 * "The post … appeared first on …" and a "[…]" read-more marker (dropped after a full sentence,
 * an ellipsis after a cut one).
 */
export function cleanText(text: string): string {
  let out = collapse(text);
  // Each tail is looked for only when the text can have it (the patterns are slow to miss).
  if (out.includes(' appeared first on ')) out = out.replace(/\s*The post .{1,300}? appeared first on .{1,200}?\.?$/, '').trim();
  if (out.endsWith(']')) out = out.replace(/([.!?»"”])?\s*\[(?:…|\.\.\.|&hellip;)\]$/u, (_m, end: string | undefined) => end ?? '…').trim();
  return out;
}

export { truncate } from './collapse.js';

/** Category words that mark a hoax clarification, for feeds without the `_siar` extension. */
export const HOAX_WORDS = /\b(hoaks|hoax|klarifikasi|disinformasi|misinformasi|cek fakta|fact.?check)\b/i;
/** Category words that mark an announcement. */
export const ANNOUNCEMENT_WORDS = /\b(pengumuman|announcement|maklumat)\b/i;

/** The kind the built-in category words give, `undefined` when none matches. */
export function kindFromWords(categories: readonly string[]): 'hoax-clarification' | 'announcement' | undefined {
  if (categories.some((c) => HOAX_WORDS.test(c))) return 'hoax-clarification';
  if (categories.some((c) => ANNOUNCEMENT_WORDS.test(c))) return 'announcement';
  return undefined;
}

/** An agency id as directory.json and `_siar.agency` write it: lower-case letters, digits, hyphens. */
export const AGENCY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** True for a string that is a well-formed agency id. */
export function isAgencyId(value: unknown): value is string {
  return typeof value === 'string' && AGENCY_ID.test(value);
}
