// A rollup plugin that minifies the CSS inside Lit's css`…` tagged templates of our own compiled
// modules (build/**): comments go, runs of white space become one space, and the spaces around
// `{ } ; , :` (after a colon only; before one it can be a descendant combinator, `.a :focus`) are
// dropped. Template expressions (`${…}`) are left untouched. Lit's own code and other packages
// are not touched. `minifyCss` is exported for its test.

/** Minifies one stretch of CSS text (no template expressions inside). */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** The end (index after the closing backtick) of the template literal whose body starts at `i`. */
function templateEnd(code, i, parts) {
  let start = i;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === '`') {
      parts.push({ css: code.slice(start, i) });
      return i + 1;
    } else if (c === '$' && code[i + 1] === '{') {
      parts.push({ css: code.slice(start, i) });
      let depth = 1;
      let j = i + 2;
      // Expressions in our styles are plain references (unsafeCSS(x), a constant); no nested templates.
      while (j < code.length && depth) {
        if (code[j] === '{') depth++;
        else if (code[j] === '}') depth--;
        j++;
      }
      parts.push({ expr: code.slice(i, j) });
      i = start = j;
    } else i++;
  }
  throw new Error('unterminated css template');
}

export function minifyCssLiterals() {
  return {
    name: 'siar-minify-css-literals',
    transform(code, id) {
      if (!/[\\/]build[\\/]/.test(id) || !/\bcss ?`/.test(code)) return null;
      let out = '';
      let last = 0;
      for (const match of code.matchAll(/\bcss ?`/g)) {
        if (match.index < last) continue;
        const bodyStart = match.index + match[0].length;
        const parts = [];
        const end = templateEnd(code, bodyStart, parts);
        const body = parts.map((p) => (p.expr ?? minifyCss(p.css))).join('');
        out += code.slice(last, bodyStart) + body + '`';
        last = end;
      }
      return { code: out + code.slice(last), map: null };
    },
  };
}

/**
 * A rollup plugin that shortens the markup of Lit's html`…` and svg`…` tagged templates in our own
 * compiled modules: every run of white space that holds a line break becomes one space. The DOM
 * keeps the same text nodes and renders the same (no template of ours uses `white-space: pre`);
 * only the indentation of the source goes. Template expressions are not touched: the templates are
 * found with rollup's own parser, and only their literal parts (quasis) are edited.
 */
export function collapseHtmlLiterals() {
  return {
    name: 'siar-collapse-html-literals',
    transform(code, id) {
      if (!/[\\/]build[\\/]/.test(id) || !/\b(?:html|svg) ?`/.test(code)) return null;
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'html' || node.tag.name === 'svg')) {
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const short = raw.replace(/\s*\n\s*/g, ' ');
            if (short !== raw) edits.push([quasi.start, quasi.end, short]);
          }
        }
        for (const key of Object.keys(node)) {
          const value = node[key];
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object' && typeof value.type === 'string') visit(value);
        }
      };
      visit(this.parse(code));
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
