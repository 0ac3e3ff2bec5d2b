import { describe, expect, test } from '@jest/globals'
import { fnmatchcase, translate } from '../../src/find/fnmatch.js'

// [pattern, name, what CPython 3.11's fnmatch.fnmatchcase returns]
const PYTHON_RESULTS: Array<[string, string, boolean]> = [
  ['[!a]', 'a', false],
  ['[!a]', 'b', true],
  ['[!a]', '/', true],
  ['[!a]', '', false],
  ['[!a]', 'bb', false],
  ['[', '[', true],
  ['[', 'a', false],
  ['a[b', 'a[b', true],
  ['[!', '[!', true],
  ['[!]', '[!]', true],
  ['[a', '[a', true],
  ['*', 'a/b/c', true],
  ['*.js', 'js/app.js', true],
  ['*', '.hidden', true],
  ['.*', '.gitkeep', true],
  ['.*', 'a.b', false],
  ['*', 'a\nb', true],
  ['?', '\n', true],
  ['[]]', ']', true],
  ['[]]', 'a', false],
  ['[!]]', ']', false],
  ['[!]]', 'a', true],
  ['[]a]', 'a', true],
  ['[a-]', 'a', true],
  ['[a-]', '-', true],
  ['[a-]', 'b', false],
  ['[-a]', '-', true],
  ['[z-a]', 'z', false],
  ['[z-a]', 'a', false],
  ['[z-a]', 'm', false],
  ['[z-a]', '', false],
  ['x[z-a]y', 'xy', false],
  ['[!z-a]', 'q', true],
  ['[!z-a]', '/', true],
  ['[a-c]', 'b', true],
  ['[a-c]', 'd', false],
  ['[a-c]', 'B', false],
  ['[!a-c]', 'b', false],
  ['[!a-c]', 'd', true],
  ['[a-b-c]', '-', true],
  ['[a-b-c]', 'c', true],
  ['[a-b-c]', 'b', true],
  ['[--a]', '0', true],
  ['[b-a-c]', '-', true],
  ['[b-a-c]', 'b', false],
  ['a+b', 'a+b', true],
  ['a+b', 'aab', false],
  ['f(x)', 'f(x)', true],
  ['$x', '$x', true],
  ['^x', '^x', true],
  ['a\\b', 'a\\b', true],
  ['[\\]', '\\', true],
  ['[^a]', '^', true],
  ['[^a]', 'b', false],
  ['[[]', '[', true],
  ['a.b', 'a.b', true],
  ['a.b', 'axb', false],
  ['{a,b}', 'a', false],
  ['{a,b}', '{a,b}', true],
  ['a|b', 'a', false],
  ['a|b', 'a|b', true],
  ['[a&&b]', '&', true],
  ['[a~~b]', '~', true],
  ['[a||b]', '|', true],
  ['*~', 'file~', true],
  ['*~', 'keep~me.txt', false],
  ['CVS', 'CVS', true],
  ['CVS', 'cvs', false],
  ['*.TMP', 'x.tmp', false],
  ['*.TMP', 'x.TMP', true],
  ['vendor/*', 'vendor/lib.js', true],
  ['vendor/*', 'vendor/a/b.js', true],
  ['*/drafts/*', 'pages/drafts/wip.html', true],
  ['*/drafts/*', 'drafts/top.html', false],
  ['a*b*c', 'abc', true],
  ['a*b*c', 'aXbYbZc', true],
  ['a*b*c', 'acb', false],
  ['*a*a*', 'aa', true],
  ['*a*a*', 'a', false],
  ['**', 'x', true],
  ['a**b', 'ab', true],
  ['?.js', 'é.js', true],
  ['?', '😀', true],
  ['??', '😀', false],
  ['[😀]', '😀', true],
  ['[é-ü]', 'ö', true],
  ['*.css', 'style.css\n', false]
]

describe('fnmatchcase (CPython 3.11 port)', () => {
  test.each(PYTHON_RESULTS)('pattern %j against %j is %j', (pattern, name, expected) => {
    expect(fnmatchcase(name, pattern)).toBe(expected)
  })

  test('is case-sensitive everywhere', () => {
    expect(fnmatchcase('README.md', 'readme.md')).toBe(false)
    expect(fnmatchcase('Logo.PNG', '*.png')).toBe(false)
  })

  test('the whole name must match', () => {
    expect(fnmatchcase('app.js.map', '*.js')).toBe(false)
    expect(fnmatchcase('xdocs', 'docs')).toBe(false)
  })
})

describe('translate', () => {
  test('mirrors Python: atomic lazy groups between stars, trailing .*', () => {
    expect(translate('a*b*c')).toBe('a(?=(.*?b))\\1.*c')
    expect(translate('*.txt')).toBe('.*\\.txt')
    expect(translate('*')).toBe('.*')
  })

  test('empty range never matches, negated empty range matches anything', () => {
    expect(translate('[z-a]')).toBe('(?!)')
    expect(translate('[!z-a]')).toBe('.')
  })

  test('classes are escaped for JavaScript', () => {
    expect(translate('[]]')).toBe('[\\]]')
    expect(translate('[!]]')).toBe('[^\\]]')
    expect(translate('[^a]')).toBe('[\\^a]')
    expect(translate('[a-]')).toBe('[a\\-]')
  })
})
