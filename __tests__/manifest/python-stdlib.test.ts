// Python stdlib ports checked against vectors produced by CPython 3.11.7
// (posixpath, urllib.parse, json.dumps) on the same inputs.
import { describe, expect, test } from '@jest/globals'
import { pyJsonDumps, pyJsonString, type PyJson } from '../../src/pylib/json.js'
import { join, normpath, split, splitext } from '../../src/pylib/posixpath.js'
import { caseless, compareCodePoints, pyStrip } from '../../src/pylib/text.js'
import { quote, unquote, urldefrag, urljoin, urlsplit, urlunsplit } from '../../src/pylib/urllib.js'

const CPYTHON: {
  normpath: Record<string, string>
  split: Record<string, [string, string]>
  splitext: Record<string, [string, string]>
  join: Array<[[string, string], string]>
  urlsplit: Record<string, [string, string, string, string, string]>
  urldefrag: Record<string, [string, string]>
  roundtrip: Record<string, string>
  urljoin: Array<[string, string, string]>
  quote: Record<string, string>
  unquote: Record<string, string>
  json: Array<[string, string]>
  json_pairs: string
} = {
  normpath: {
    '': '.',
    '.': '.',
    '..': '..',
    '/': '/',
    '//': '//',
    '///': '/',
    '//a//b': '//a/b',
    'a/./b/../c': 'a/c',
    '../../x': '../../x',
    'a/..': '.',
    'a/../..': '..',
    './a/': 'a',
    '/../a': '/a',
    'a//b/': 'a/b',
    '.a': '.a',
    '..a.b': '..a.b',
    'a.': 'a.',
    'a.b.c': 'a.b.c',
    'dir.x/file': 'dir.x/file',
    'caf\u00e9/\u30d5\u30a1\u30a4\u30eb.txt': 'caf\u00e9/\u30d5\u30a1\u30a4\u30eb.txt',
    'a/b/': 'a/b',
    '/a/b': '/a/b',
    'x/.hidden': 'x/.hidden',
    '...': '...',
    'a/...b': 'a/...b'
  },
  split: {
    '': ['', ''],
    '.': ['', '.'],
    '..': ['', '..'],
    '/': ['/', ''],
    '//': ['//', ''],
    '///': ['///', ''],
    '//a//b': ['//a', 'b'],
    'a/./b/../c': ['a/./b/..', 'c'],
    '../../x': ['../..', 'x'],
    'a/..': ['a', '..'],
    'a/../..': ['a/..', '..'],
    './a/': ['./a', ''],
    '/../a': ['/..', 'a'],
    'a//b/': ['a//b', ''],
    '.a': ['', '.a'],
    '..a.b': ['', '..a.b'],
    'a.': ['', 'a.'],
    'a.b.c': ['', 'a.b.c'],
    'dir.x/file': ['dir.x', 'file'],
    'caf\u00e9/\u30d5\u30a1\u30a4\u30eb.txt': ['caf\u00e9', '\u30d5\u30a1\u30a4\u30eb.txt'],
    'a/b/': ['a/b', ''],
    '/a/b': ['/a', 'b'],
    'x/.hidden': ['x', '.hidden'],
    '...': ['', '...'],
    'a/...b': ['a', '...b']
  },
  splitext: {
    '': ['', ''],
    '.': ['.', ''],
    '..': ['..', ''],
    '/': ['/', ''],
    '//': ['//', ''],
    '///': ['///', ''],
    '//a//b': ['//a//b', ''],
    'a/./b/../c': ['a/./b/../c', ''],
    '../../x': ['../../x', ''],
    'a/..': ['a/..', ''],
    'a/../..': ['a/../..', ''],
    './a/': ['./a/', ''],
    '/../a': ['/../a', ''],
    'a//b/': ['a//b/', ''],
    '.a': ['.a', ''],
    '..a.b': ['..a', '.b'],
    'a.': ['a', '.'],
    'a.b.c': ['a.b', '.c'],
    'dir.x/file': ['dir.x/file', ''],
    'caf\u00e9/\u30d5\u30a1\u30a4\u30eb.txt': ['caf\u00e9/\u30d5\u30a1\u30a4\u30eb', '.txt'],
    'a/b/': ['a/b/', ''],
    '/a/b': ['/a/b', ''],
    'x/.hidden': ['x/.hidden', ''],
    '...': ['...', ''],
    'a/...b': ['a/...b', ''],
    'archive.tar.gz': ['archive.tar', '.gz'],
    LICENSE: ['LICENSE', ''],
    'IMAGE.PNG': ['IMAGE', '.PNG'],
    '.bashrc': ['.bashrc', ''],
    'a/.b.c': ['a/.b', '.c'],
    'a.b/c': ['a.b/c', '']
  },
  join: [
    [['', 'a'], 'a'],
    [['a', 'b'], 'a/b'],
    [['a/', 'b'], 'a/b'],
    [['a', '/b'], '/b'],
    [['css', '../img/x.png'], 'css/../img/x.png'],
    [['', '../x'], '../x'],
    [['a', ''], 'a/']
  ],
  urlsplit: {
    'x.eot?#iefix': ['', '', 'x.eot', '', 'iefix'],
    'a.png#frag': ['', '', 'a.png', '', 'frag'],
    'a.png?v=1#f': ['', '', 'a.png', 'v=1', 'f'],
    '#only': ['', '', '', '', 'only'],
    '': ['', '', '', '', ''],
    'HTTP:x#y': ['http', '', 'x', '', 'y'],
    'DATA:image/png;base64,AA#x': ['data', '', 'image/png;base64,AA', '', 'x'],
    'a;p#f': ['', '', 'a;p', '', 'f'],
    'a;#f': ['', '', 'a;', '', 'f'],
    '//host/p?q#f': ['', 'host', '/p', 'q', 'f'],
    ' \t\u0001 a\tb\nc.png': ['', '', 'abc.png', '', ''],
    'a:b/c': ['a', '', 'b/c', '', ''],
    '1a:b': ['', '', '1a:b', '', ''],
    'a/b;c/d;e?q#f': ['', '', 'a/b;c/d;e', 'q', 'f'],
    'C:\\x': ['c', '', '\\x', '', ''],
    'caf\u00e9.png#\u00fc': ['', '', 'caf\u00e9.png', '', '\u00fc'],
    'a?b?c#d#e': ['', '', 'a', 'b?c', 'd#e'],
    'http://x/y?q': ['http', 'x', '/y', 'q', ''],
    'mailto:a@b': ['mailto', '', 'a@b', '', ''],
    'x.png?#': ['', '', 'x.png', '', ''],
    'x.png?': ['', '', 'x.png', '', ''],
    '?#': ['', '', '', '', '']
  },
  urldefrag: {
    'x.eot?#iefix': ['x.eot', 'iefix'],
    'a.png#frag': ['a.png', 'frag'],
    'a.png?v=1#f': ['a.png?v=1', 'f'],
    '#only': ['', 'only'],
    '': ['', ''],
    'HTTP:x#y': ['http:///x', 'y'],
    'DATA:image/png;base64,AA#x': ['data:image/png;base64,AA', 'x'],
    'a;p#f': ['a;p', 'f'],
    'a;#f': ['a', 'f'],
    '//host/p?q#f': ['//host/p?q', 'f'],
    ' \t\u0001 a\tb\nc.png': [' \t\u0001 a\tb\nc.png', ''],
    'a:b/c': ['a:b/c', ''],
    '1a:b': ['1a:b', ''],
    'a/b;c/d;e?q#f': ['a/b;c/d;e?q', 'f'],
    'C:\\x': ['C:\\x', ''],
    'caf\u00e9.png#\u00fc': ['caf\u00e9.png', '\u00fc'],
    'a?b?c#d#e': ['a?b?c', 'd#e'],
    'http://x/y?q': ['http://x/y?q', ''],
    'mailto:a@b': ['mailto:a@b', ''],
    'x.png?#': ['x.png', ''],
    'x.png?': ['x.png?', ''],
    '?#': ['', '']
  },
  roundtrip: {
    'x.eot?#iefix': 'x.eot#iefix',
    'a.png#frag': 'a.png#frag',
    'a.png?v=1#f': 'a.png?v=1#f',
    '#only': '#only',
    '': '',
    'HTTP:x#y': 'http:///x#y',
    'DATA:image/png;base64,AA#x': 'data:image/png;base64,AA#x',
    'a;p#f': 'a;p#f',
    'a;#f': 'a;#f',
    '//host/p?q#f': '//host/p?q#f',
    ' \t\u0001 a\tb\nc.png': 'abc.png',
    'a:b/c': 'a:b/c',
    '1a:b': '1a:b',
    'a/b;c/d;e?q#f': 'a/b;c/d;e?q#f',
    'C:\\x': 'c:\\x',
    'caf\u00e9.png#\u00fc': 'caf\u00e9.png#\u00fc',
    'a?b?c#d#e': 'a?b?c#d#e',
    'http://x/y?q': 'http://x/y?q',
    'mailto:a@b': 'mailto:a@b',
    'x.png?#': 'x.png',
    'x.png?': 'x.png',
    '?#': ''
  },
  urljoin: [
    ['/static/', 'x.png', '/static/x.png'],
    ['/static/', 'css/../img/', '/static/img/'],
    ['/static/', '.', '/static/'],
    ['/static/', '..', '/'],
    ['/static/', 'a/..', '/static/'],
    ['/static/', 'a/.', '/static/a/'],
    ['/static/', '../../..', '/'],
    ['/static/', 'img/x%20y.png', '/static/img/x%20y.png'],
    ['/static/', 'a//b', '/static/a/b'],
    ['/static/', 'a%3Fb', '/static/a%3Fb'],
    ['/static/', '', '/static/'],
    ['https://cdn.example.com/static/', 'x.png', 'https://cdn.example.com/static/x.png'],
    ['https://cdn.example.com/static/', 'css/../img/', 'https://cdn.example.com/static/img/'],
    ['https://cdn.example.com/static/', '.', 'https://cdn.example.com/static/'],
    ['https://cdn.example.com/static/', '..', 'https://cdn.example.com/'],
    ['https://cdn.example.com/static/', 'a/..', 'https://cdn.example.com/static/'],
    ['https://cdn.example.com/static/', 'a/.', 'https://cdn.example.com/static/a/'],
    ['https://cdn.example.com/static/', '../../..', 'https://cdn.example.com/'],
    ['https://cdn.example.com/static/', 'img/x%20y.png', 'https://cdn.example.com/static/img/x%20y.png'],
    ['https://cdn.example.com/static/', 'a//b', 'https://cdn.example.com/static/a/b'],
    ['https://cdn.example.com/static/', 'a%3Fb', 'https://cdn.example.com/static/a%3Fb'],
    ['https://cdn.example.com/static/', '', 'https://cdn.example.com/static/'],
    ['/app/static/', 'x.png', '/app/static/x.png'],
    ['/app/static/', 'css/../img/', '/app/static/img/'],
    ['/app/static/', '.', '/app/static/'],
    ['/app/static/', '..', '/app/'],
    ['/app/static/', 'a/..', '/app/static/'],
    ['/app/static/', 'a/.', '/app/static/a/'],
    ['/app/static/', '../../..', '/'],
    ['/app/static/', 'img/x%20y.png', '/app/static/img/x%20y.png'],
    ['/app/static/', 'a//b', '/app/static/a/b'],
    ['/app/static/', 'a%3Fb', '/app/static/a%3Fb'],
    ['/app/static/', '', '/app/static/'],
    ['/', 'x.png', '/x.png'],
    ['/', 'css/../img/', '/img/'],
    ['/', '.', '/'],
    ['/', '..', '/'],
    ['/', 'a/..', '/'],
    ['/', 'a/.', '/a/'],
    ['/', '../../..', '/'],
    ['/', 'img/x%20y.png', '/img/x%20y.png'],
    ['/', 'a//b', '/a/b'],
    ['/', 'a%3Fb', '/a%3Fb'],
    ['/', '', '/']
  ],
  quote: {
    'a b.png': 'a%20b.png',
    'caf\u00e9': 'caf%C3%A9',
    '\u65e5\u672c\u8a9e/\u30d5\u30a1\u30a4\u30eb.txt': '%E6%97%A5%E6%9C%AC%E8%AA%9E/%E3%83%95%E3%82%A1%E3%82%A4%E3%83%AB.txt',
    "~!*()'/;:@&=+$,?#[]%": "~!*()'/%3B%3A%40%26%3D%2B%24%2C%3F%23%5B%5D%25",
    'a\u0000b': 'a%00b',
    '\ud83d\ude00': '%F0%9F%98%80'
  },
  unquote: {
    'a%20b': 'a b',
    '%C3%A9': '\u00e9',
    '%c3%a9': '\u00e9',
    '%E9': '\ufffd',
    '%': '%',
    '%%': '%%',
    '%2': '%2',
    '%zz': '%zz',
    '\u00e9%20%C3': '\u00e9 \ufffd',
    '%F0%9F%98%80x': '\ud83d\ude00x',
    '%E2%82A': '\ufffdA',
    '%EF%BB%BFbom': '\ufeffbom',
    'a%2Fb': 'a/b',
    '\u00fc%C3%BC': '\u00fc\u00fc',
    '%C3\u00fc': '\ufffd\u00fc',
    '%ED%A0%80': '\ufffd\ufffd\ufffd',
    '%F4%90%80%80': '\ufffd\ufffd\ufffd\ufffd',
    '%E0%80%80': '\ufffd\ufffd\ufffd'
  },
  json: [
    ['plain', '"plain"'],
    ['caf\u00e9', '"caf\\u00e9"'],
    ['\u65e5\u672c', '"\\u65e5\\u672c"'],
    ['\ud83d\ude00', '"\\ud83d\\ude00"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['\n\r\t\b\f\u0000\u001f\u007f', '"\\n\\r\\t\\b\\f\\u0000\\u001f\\u007f"'],
    ['/', '"/"'],
    ['\u2028', '"\\u2028"'],
    ['\ufeff', '"\\ufeff"']
  ],
  json_pairs: '[["a", "y"], ["b", "x"], ["\\u00e9", "v"], ["\\uffff", "z"], ["\\ud83d\\ude00", "w"]]'
}

describe('posixpath', () => {
  test.each(Object.entries(CPYTHON.normpath))('normpath(%j)', (input, expected) => {
    expect(normpath(input)).toBe(expected)
  })
  test.each(Object.entries(CPYTHON.split))('split(%j)', (input, expected) => {
    expect(split(input)).toEqual(expected)
  })
  test.each(Object.entries(CPYTHON.splitext))('splitext(%j)', (input, expected) => {
    expect(splitext(input)).toEqual(expected)
  })
  test.each(CPYTHON.join)('join(%j)', (parts, expected) => {
    expect(join(...parts)).toBe(expected)
  })
})

describe('urllib.parse', () => {
  test.each(Object.entries(CPYTHON.urlsplit))('urlsplit(%j)', (input, [scheme, netloc, path, query, fragment]) => {
    expect(urlsplit(input)).toEqual({ scheme, netloc, path, query, fragment })
  })
  test.each(Object.entries(CPYTHON.roundtrip))('urlunsplit(urlsplit(%j))', (input, expected) => {
    expect(urlunsplit(urlsplit(input))).toBe(expected)
  })
  test.each(Object.entries(CPYTHON.urldefrag))('urldefrag(%j)', (input, expected) => {
    expect(urldefrag(input)).toEqual(expected)
  })
  test.each(CPYTHON.urljoin)('urljoin(%j, %j)', (base, relative, expected) => {
    expect(urljoin(base, relative)).toBe(expected)
  })
  test.each(Object.entries(CPYTHON.quote))('quote(%j, safe="/~!*()\'")', (input, expected) => {
    expect(quote(input, "/~!*()'")).toBe(expected)
  })
  test.each(Object.entries(CPYTHON.unquote))('unquote(%j)', (input, expected) => {
    expect(unquote(input)).toBe(expected)
  })
})

describe('json.dumps', () => {
  test.each(CPYTHON.json)('string %j', (input, expected) => {
    expect(pyJsonString(input)).toBe(expected)
  })
  test('sorted pairs: code point order, ", " separators, surrogate pairs', () => {
    const pairs: Array<[string, string]> = [
      ['b', 'x'],
      ['a', 'y'],
      ['\uffff', 'z'],
      ['\u{1F600}', 'w'],
      ['é', 'v']
    ]
    expect(pyJsonDumps(pairs.sort(([a], [b]) => compareCodePoints(a, b)))).toBe(CPYTHON.json_pairs)
  })
  test('dict keys keep insertion order, integer-like keys included', () => {
    const dict = new Map<string, string>([
      ['b', '1'],
      ['2024', '2'],
      ['a', '3']
    ])
    expect(
      pyJsonDumps(
        new Map<string, PyJson>([
          ['paths', dict],
          ['version', '1.1']
        ])
      )
    ).toBe('{"paths": {"b": "1", "2024": "2", "a": "3"}, "version": "1.1"}')
  })
})

describe('python text', () => {
  test('str.strip(): Python whitespace, not JS trim()', () => {
    expect(pyStrip(' \t\x1c a b \x85\u3000')).toBe('a b')
    expect(pyStrip('\ufeffx\ufeff')).toBe('\ufeffx\ufeff')
  })
  test('sorted(): code points, not UTF-16 units', () => {
    expect(['\u{1F600}', '\uffff', 'a'].sort(compareCodePoints)).toEqual(['a', '\uffff', '\u{1F600}'])
  })
  test('IGNORECASE letters include ı/İ for i and ſ for s', () => {
    const re = new RegExp(`^${caseless('import')}$`, 'u')
    for (const word of ['import', 'IMPORT', 'ımport', 'İmport', 'ImPoRt']) expect(re.test(word)).toBe(true)
    expect(re.test('imporT ')).toBe(false)
    expect(new RegExp(`^${caseless('as')}$`, 'u').test('aſ')).toBe(true)
  })
})
