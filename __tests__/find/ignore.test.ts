import { describe, expect, test } from '@jest/globals'
import { DEFAULT_IGNORE_PATTERNS, isIgnored, normalizeIgnorePatterns } from '../../src/find/ignore.js'
import { join, normpath } from '../../src/pylib/posixpath.js'

// [input, Python 3.11 posixpath.normpath(input)]
const NORMPATH: Array<[string, string]> = [
  ['build/', 'build'],
  ['./x', 'x'],
  ['a//b', 'a/b'],
  ['', '.'],
  ['.', '.'],
  ['/', '/'],
  ['//', '//'],
  ['///', '/'],
  ['//a//b', '//a/b'],
  ['///a', '/a'],
  ['a/../b', 'b'],
  ['../a', '../a'],
  ['a/..', '.'],
  ['a/../..', '..'],
  ['/..', '/'],
  ['/../a', '/a'],
  ['x/./y/', 'x/y'],
  ['CVS', 'CVS'],
  ['.*', '.*'],
  ['*~', '*~'],
  ['*/drafts/*', '*/drafts/*'],
  ['./', '.'],
  ['..', '..'],
  ['a/b/../../..', '..'],
  ['//..', '//']
]

describe('posixpath', () => {
  test.each(NORMPATH)('normpath(%j) is %j', (input, expected) => {
    expect(normpath(input)).toBe(expected)
  })

  test('join follows Python', () => {
    expect(join('a', 'b')).toBe('a/b')
    expect(join('lib/', 'a.js')).toBe('lib/a.js')
    expect(join('', 'b')).toBe('b')
    expect(join('a', '/b')).toBe('/b')
    expect(join('vendor/charts', 'x.js')).toBe('vendor/charts/x.js')
  })
})

describe('normalizeIgnorePatterns', () => {
  test('cli patterns first, then the app config list, normalised and de-duplicated', () => {
    expect(normalizeIgnorePatterns(['build/', './x', 'a//b', '.*', 'CVS/'], [...DEFAULT_IGNORE_PATTERNS], true)).toEqual([
      'build',
      'x',
      'a/b',
      '.*',
      'CVS',
      '*~'
    ])
  })

  test('--no-default-ignore drops the app config list', () => {
    expect(normalizeIgnorePatterns(['*.map'], ['CVS', '.*', '*~'], false)).toEqual(['*.map'])
    expect(normalizeIgnorePatterns([], ['CVS'], false)).toEqual([])
  })

  test('a replaced app config list is used instead of the defaults', () => {
    expect(normalizeIgnorePatterns(['*.css'], ['CVS', '.*', '*~', '*.scss', 'src'], true)).toEqual([
      '*.css',
      'CVS',
      '.*',
      '*~',
      '*.scss',
      'src'
    ])
  })

  test('an empty pattern becomes "." like Python', () => {
    expect(normalizeIgnorePatterns([''], [], true)).toEqual(['.'])
  })
})

describe('isIgnored', () => {
  const defaults = [...DEFAULT_IGNORE_PATTERNS]
  test('defaults: CVS, dotfiles, names ending in ~', () => {
    expect(isIgnored('CVS', defaults)).toBe(true)
    expect(isIgnored('.gitkeep', defaults)).toBe(true)
    expect(isIgnored('.well-known', defaults)).toBe(true)
    expect(isIgnored('notes.txt~', defaults)).toBe(true)
    expect(isIgnored('keep~me.txt', defaults)).toBe(false)
    expect(isIgnored('cvs', defaults)).toBe(false)
  })

  test('any one pattern is enough; none means nothing is ignored', () => {
    expect(isIgnored('js/app.js.map', ['*.css', '*.map'])).toBe(true)
    expect(isIgnored('anything', [])).toBe(false)
  })
})
