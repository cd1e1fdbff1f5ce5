// The build's literal minifiers (scripts/minify-css.mjs): what they shorten, and what they must
// leave alone (template expressions, strings in them, other people's code).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAst } from 'rollup/parseAst';
import { collapseHtmlLiterals, minifyCss } from '../../scripts/minify-css.mjs';

const ID = '/repo/build/components/x.js';
const run = (code, id = ID) => collapseHtmlLiterals().transform.call({ parse: (c) => parseAst(c) }, code, id);

test('html and svg templates lose their indentation, one space per line break', () => {
  const code = 'const a = html `<ul>\n      <li class="a\n   b">${x}</li>\n    </ul>`;\nconst b = svg`<g>\n  <path/>\n</g>`;';
  const out = run(code).code;
  assert.equal(out, 'const a = html `<ul> <li class="a b">${x}</li> </ul>`;\nconst b = svg`<g> <path/> </g>`;');
});

test('expressions are left as they are, nested templates are collapsed on their own', () => {
  const code = "html`<p>\n  ${cond ? html`<b>\n  x</b>` : '  keep\\n  this  '}\n  ${`\n plain template \n`}\n</p>`";
  const out = run(code).code;
  assert.equal(out, "html`<p> ${cond ? html`<b> x</b>` : '  keep\\n  this  '} ${`\n plain template \n`} </p>`");
});

test('white space without a line break, and code outside build/, are not touched', () => {
  assert.equal(run('html`<a>  b  </a>`'), null);
  assert.equal(run('html`<a>\n b</a>`', '/repo/node_modules/lit/x.js'), null);
  assert.equal(run('const s = "html`\\n`";'), null);
});

test('minifyCss drops comments and spaces but keeps descendant combinators before a colon', () => {
  assert.equal(minifyCss(' .a  :focus { color: red ; } /* x */\n .b,\n .c { margin: 0 }'), '.a :focus{color:red}.b,.c{margin:0}');
});
