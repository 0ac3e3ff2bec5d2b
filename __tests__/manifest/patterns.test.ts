// Django 5.2's rewrite patterns compiled by CPython 3.11.7's `re` (IGNORECASE) and
// applied with a converter that wraps every captured URL in [...]: the JS regexes
// must find the same matches and capture the same URLs.
import { describe, expect, test } from '@jest/globals'
import { isAdjustable, patternsFor, type RewritePattern } from '../../src/manifest/patterns.js'

const CPYTHON: Record<'css' | 'js' | 'jsmod', Array<[string, string]>> = {
  css: [
    [
      'a { background: url(x.png) } b { background: URL(\'y.png\') } c{background:url( "z.png" )}',
      'a { background: url("[x.png]") } b { background: url("[y.png]") } c{background:url("["z.png" ]")}'
    ],
    ['myurl(x) url(\n x.png) url(a\nb) url()', 'myurl("[x]") url("[x.png]") url(a\nb) url("[]")'],
    ['url("a.png" ) url(\'b.png") url(c.png\r)', 'url("[a.png" ]") url("[b.png]") url("[c.png\r]")'],
    [
      "@import 'a.css';\n@IMPORT \"b.css\";\n@import url(c.css);\n@import\t' d.css ';",
      '@import url("[a.css]");\n@import url("[b.css]");\n@import url("[c.css]");\n@import url("[d.css ]");'
    ],
    [
      "@\u0131mport 'dotless.css'; @\u0130MPORT 'dotted.css'; @\u0131mport url(x)",
      '@import url("[dotless.css]"); @import url("[dotted.css]"); @\u0131mport url("[x]")'
    ],
    [
      '/*# sourceMappingURL=a.css.map */\n  /*# sourceMappingURL=indented.map */\n/*#\tsourceMappingURL=tab.map   */\n/*# sourcemappingurl=lower.map */',
      '/*# sourceMappingURL=[a.css.map ] */\n  /*# sourceMappingURL=indented.map */\n/*# sourceMappingURL=[tab.map   ] */\n/*# sourcemappingurl=lower.map */'
    ],
    [
      '/*# sourceMappingURL=crlf.map */\r\nx\n/*# sourceMappingURL=end.map */',
      '/*# sourceMappingURL=crlf.map */\r\nx\n/*# sourceMappingURL=[end.map ] */'
    ],
    [
      '/*# sourceMappingURL=a */ trailing */\n/*# sourceMappingURL=x.map*/',
      '/*# sourceMappingURL=[a */ trailing ] */\n/*# sourceMappingURL=[x.map] */'
    ],
    [
      'url(\u3000spaced.png\u3000) url(\ufeffbom.png) url(\u001cx.png)',
      'url("[spaced.png\u3000]") url("[\ufeffbom.png]") url("[x.png]")'
    ],
    ['ur\u017f(x) url(\ud83d\ude00.png) url(caf\u00e9.png)', 'ur\u017f(x) url("[\ud83d\ude00.png]") url("[caf\u00e9.png]")']
  ],
  js: [
    [
      '//# sourceMappingURL=app.js.map\n  //# sourceMappingURL=indented.map\n//@ sourceMappingURL=old.map\n//#  sourceMappingURL=two.map',
      '//# sourceMappingURL=[app.js.map]\n  //# sourceMappingURL=indented.map\n//@ sourceMappingURL=old.map\n//#  sourceMappingURL=two.map'
    ],
    [
      'x;\r\n//# sourceMappingURL=crlf.map\r\n//# sourceMappingURL=last.map',
      'x;\r\n//# sourceMappingURL=[crlf.map\r]\n//# sourceMappingURL=[last.map]'
    ]
  ],
  jsmod: [
    [
      "import { a } from './a.js';\nimport * as ns from \"../b.js\";\nimport def from '/static/c.js' ;\nimport 'pkg';\nimport \"./side.js\";",
      'import { a } from "[./a.js]";\nimport * as ns from "[../b.js]";\nimport def from "[/static/c.js]";\nimport \'pkg\';\nimport"[./side.js]";'
    ],
    [
      'export { x } from \'./x.js\';\nexport * from "./all.js";\nconst m = import(\'./dyn.js\');\nimport("https://x/y.js")',
      'export { x } from "[./x.js]";\nexport * from "[./all.js]";\nconst m = import("[./dyn.js]");\nimport("[https://x/y.js]")'
    ],
    ['import "./side.js";\nexport { a } from "./lib/a.js";', 'import"[./side.js]";\nexport { a } from "[./lib/a.js]";'],
    [
      "import{a}from'./a.js';import*as b from'./b.js';IMPORT {c} FROM './c.js';",
      'import{a} from "[./a.js]";import*as b from "[./b.js]";import {c} from "[./c.js]";'
    ],
    ["import {\n  a,\n  b\n} from './multi.js'\n;", 'import {\n  a,\n  b\n} from "[./multi.js]";'],
    [
      "import * as \u00e9t\u00e9 from './u.js'; import * as x1 from 'bare'; import \u0131mport from './x.js';",
      'import * as \u00e9t\u00e9 from "[./u.js]"; import * as x1 from \'bare\'; import \u0131mport from "[./x.js]";'
    ],
    [
      '//# sourceMappingURL=app.js.map\n  //# sourceMappingURL=indented.map\n//@ sourceMappingURL=old.map\n//#  sourceMappingURL=two.map',
      '//# sourceMappingURL=[app.js.map]\n  //# sourceMappingURL=indented.map\n//@ sourceMappingURL=old.map\n//#  sourceMappingURL=two.map'
    ],
    [
      'x;\r\n//# sourceMappingURL=crlf.map\r\n//# sourceMappingURL=last.map',
      'x;\r\n//# sourceMappingURL=[crlf.map\r]\n//# sourceMappingURL=[last.map]'
    ]
  ]
}

/** Python's pattern.sub(converter, text) for each pattern in turn. */
function substituteAll(patterns: RewritePattern[], text: string): string {
  for (const { regex, urlGroup, render } of patterns) {
    let out = ''
    let copied = 0
    regex.lastIndex = 0
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      out += text.slice(copied, match.index) + render(`[${match[urlGroup]}]`, match)
      copied = match.index + match[0].length
    }
    text = out + text.slice(copied)
  }
  return text
}

describe('patterns capture what Python captures', () => {
  test.each(CPYTHON.css)('css %j', (input, expected) => {
    expect(substituteAll(patternsFor('a.css', false), input)).toBe(expected)
  })
  test.each(CPYTHON.js)('js %j', (input, expected) => {
    expect(substituteAll(patternsFor('a.js', false), input)).toBe(expected)
  })
  test.each(CPYTHON.jsmod)('js with module imports %j', (input, expected) => {
    expect(substituteAll(patternsFor('a.js', true), input)).toBe(expected)
  })
})

describe('adjustable files', () => {
  test('*.css and *.js only, case-sensitive, at any depth', () => {
    for (const path of ['a.css', 'x/y/b.js', '.css', 'a.min.js']) expect(isAdjustable(path)).toBe(true)
    for (const path of ['UPPER.CSS', 'a.mjs', 'a.cjs', 'a.css.map', 'a.jsx', 'css', 'a.Js'])
      expect(isAdjustable(path)).toBe(false)
    expect(patternsFor('a.mjs', true)).toEqual([])
    expect(patternsFor('a.css', true)).toHaveLength(3)
    expect(patternsFor('a.js', false)).toHaveLength(1)
    expect(patternsFor('a.js', true)).toHaveLength(5)
  })
})
