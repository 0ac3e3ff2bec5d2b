// URL resolution and hashed names, checked against Django 5.2's HashedFilesMixin code
// (hashed_name, _url, _stored_name, url_converter) run on CPython 3.11.7 with a real
// FileSystemStorage-like directory holding FILES.
import { describe, expect, test } from '@jest/globals'
import { Destination, storageKey } from '../../src/manifest/destination.js'
import { hashedName, md5Hex } from '../../src/manifest/hashed-name.js'
import { resolveUrl, type Resolution } from '../../src/manifest/resolve-url.js'

const FILES: Record<string, string> = {
  'css/a.css': 'a',
  'img/dot.png': 'dot',
  'img/my pic.png': 'pic',
  'img/100%.png': 'pct',
  'fonts/x.eot': 'eot',
  'img/sub/deep.png': 'deep',
  'img/a#b.png': 'hash',
  'q?x.png': 'q',
  'top.png': 'top',
  'img/caf\u00e9.png': 'cafe',
  'img/UP.PNG': 'up',
  LICENSE: 'lic',
  'img/.hidden': 'hid',
  'img/a.b.c.png': 'abc',
  'x/y z/w.png': 'w',
  'img/p%20q.png': 'pq'
}

const TABLE: Record<string, string> = { 'img/sub/deep.png': 'img/sub/deep.TABLEHASH00.png' }

/** [url written in css/a.css, what Django made of it]. MISSING:<path> = ValueError, OUTSIDE = SuspiciousFileOperation. */
const RESOLVED: Array<[string, string]> = [
  ['../img/dot.png', '../img/dot.69eb76c88557.png'],
  ['../img/dot.png?v=3', '../img/dot.69eb76c88557.png?v=3'],
  ['../img/dot.png#frag', '../img/dot.69eb76c88557.png#frag'],
  ['../fonts/x.eot?#iefix', '../fonts/x.8cc16517b421.eot?#iefix'],
  ['../fonts/x.eot?v=1#iefix', '../fonts/x.8cc16517b421.eot?v=1#iefix'],
  ['./../img/./dot.png', './../img/./dot.69eb76c88557.png'],
  ['../img/', '../img/'],
  ['../img', '../img'],
  ['..', ''],
  ['.', 'css'],
  ['./', './'],
  ['#only', 'LEAVE'],
  ['http://x/y.png', 'LEAVE'],
  ['HTTP://x/y.png', 'MISSING:css/HTTP:/x/y.png'],
  ['//cdn/x.png', 'LEAVE'],
  ['data:image/png;base64,AA', 'LEAVE'],
  ['/static/img/dot.png', '/static/img/dot.69eb76c88557.png'],
  ['/static/img/dot.png#x', '/static/img/dot.69eb76c88557.png#x'],
  ['/media/x.png', 'LEAVE'],
  ['/staticx/a.png', 'LEAVE'],
  ['../img/my%20pic.png', '../img/my pic.ed09636a6ea2.png'],
  ['../img/my pic.png', '../img/my pic.ed09636a6ea2.png'],
  ['../img/100%25.png', '../img/100%.973333fd6d3a.png'],
  ['../img/missing.png', 'MISSING:img/missing.png'],
  ['../img/dot.png ', '../img/dot.69eb76c88557.png'],
  [' ../img/dot.png', 'MISSING:css/ ../img/dot.png'],
  ['../img/sub/deep.png', '../img/sub/deep.TABLEHASH00.png'],
  ['../img/sub/../sub/deep.png', '../img/sub/../sub/deep.TABLEHASH00.png'],
  ['../img//sub/deep.png', '../img//sub/deep.TABLEHASH00.png'],
  ['../img/sub/deep.png?x', '../img/sub/deep.6627415e807e.png?x'],
  ['../img/a%23b.png', 'MISSING:img/a'],
  ['../q%3Fx.png', 'MISSING:q'],
  ['../top.png', '../top.b28354b54337.png'],
  ['../../top.png', 'OUTSIDE'],
  ['../../../top.png', 'OUTSIDE'],
  ['../img/caf%C3%A9.png', '../img/caf\u00e9.d2626f412da7.png'],
  ['../img/caf\u00e9.png', '../img/caf\u00e9.d2626f412da7.png'],
  ['../img/UP.PNG', '../img/UP.46c48bec0d28.PNG'],
  ['../LICENSE', '../LICENSE.ba066b54c0a2'],
  ['../img/.hidden', '../img/.hidden.85166c9881ac'],
  ['../img/a.b.c.png', '../img/a.b.c.900150983cd2.png'],
  ['../x/y%20z/w.png', '../x/y z/w.f1290186a5d0.png'],
  ['../img/p%2520q.png', 'MISSING:img/p q.png'],
  ['../img/dot.png?#', '../img/dot.69eb76c88557.png'],
  ['../img/dot.png?', '../img/dot.69eb76c88557.png'],
  ['../img/dot.png;p', 'MISSING:img/dot.png;p'],
  ['../img/dot.png#a/b', '../img/dot.69eb76c88557.png#a/b'],
  ['../img/dot.png#a%2Fb', '../img/dot.69eb76c88557.png#a/b'],
  ['img/dot.png', 'MISSING:css/img/dot.png'],
  ['../img/dot.png"', 'MISSING:img/dot.png"'],
  ['/static//img/dot.png', 'OUTSIDE'],
  ['/static/../top.png', 'OUTSIDE'],
  ['../img/%2E%2E/top.png', '../img/../top.b28354b54337.png'],
  ['../img/dot.png\r', '../img/dot.69eb76c88557.png'],
  ['../IMG/dot.png', 'MISSING:IMG/dot.png'],
  ['../img/dot.png?v=1&w=2#f', '../img/dot.69eb76c88557.png?v=1&w=2#f'],
  ['../fonts/x.eot?#', '../fonts/x.8cc16517b421.eot'],
  ['..%2Fimg/dot.png', '../img/dot.69eb76c88557.png']
]

/** [collected name, hashed_name(name, b"content")]. */
const HASHED_NAMES: Array<[string, string]> = [
  ['css/site.css', 'css/site.9a0364b9e99b.css'],
  ['jquery.min.js', 'jquery.min.9a0364b9e99b.js'],
  ['archive.tar.gz', 'archive.tar.9a0364b9e99b.gz'],
  ['main.css.map', 'main.css.9a0364b9e99b.map'],
  ['LICENSE', 'LICENSE.9a0364b9e99b'],
  ['IMAGE.PNG', 'IMAGE.9a0364b9e99b.PNG'],
  ['percent%20name.txt', 'percent name.9a0364b9e99b.txt'],
  ['hash#name.txt', 'hash.9a0364b9e99b#name.txt'],
  ['q?x.txt', 'q.9a0364b9e99b?x.txt'],
  ['q?#x.txt', 'q.9a0364b9e99b?#x.txt'],
  ['.gitkeep', '.gitkeep.9a0364b9e99b'],
  ['dir/.env', 'dir/.env.9a0364b9e99b'],
  ['a.', 'a.9a0364b9e99b.'],
  ['caf\u00e9.css', 'caf\u00e9.9a0364b9e99b.css'],
  [' lead.txt', 'lead.9a0364b9e99b.txt'],
  ['trail.txt ', 'trail.9a0364b9e99b.txt'],
  ['tab\tin.txt', 'tabin.9a0364b9e99b.txt'],
  ['http:x.txt', 'http:///x.9a0364b9e99b.txt'],
  ['a:b.txt', 'a:b.9a0364b9e99b.txt'],
  ['semi;colon.txt', 'semi;colon.9a0364b9e99b.txt'],
  ['dir.v2/file', 'dir.v2/file.9a0364b9e99b'],
  ['%E9.txt', '\ufffd.9a0364b9e99b.txt'],
  ['x/..y', 'x/..y.9a0364b9e99b'],
  ['d?x/a.txt', 'd.9a0364b9e99b?x/a.txt'],
  ['a/b#c/d.txt', 'a/b.9a0364b9e99b#c/d.txt']
]

function destinationWithFiles(): Destination {
  const destination = new Destination()
  for (const [path, content] of Object.entries(FILES)) destination.write(path, md5Hex(Buffer.from(content, 'utf8')))
  return destination
}

function expectedResolution(django: string): unknown {
  if (django === 'LEAVE') return { kind: 'leave' }
  if (django === 'OUTSIDE') return expect.objectContaining({ kind: 'missing', outside: true })
  if (django.startsWith('MISSING:')) return { kind: 'missing', missing: django.slice(8), outside: false }
  return { kind: 'rewrite', url: django } satisfies Resolution
}

describe('resolveUrl matches Django', () => {
  const context = { staticUrl: '/static/', table: new Map(Object.entries(TABLE)), destination: destinationWithFiles() }
  test.each(RESOLVED)('url(%j) in css/a.css', (url, django) => {
    expect(resolveUrl('css/a.css', url, context)).toEqual(expectedResolution(django))
  })

  test('an absolute STATIC_URL leaves every /... URL alone', () => {
    const cdn = { ...context, staticUrl: 'https://cdn.example.com/static/' }
    expect(resolveUrl('css/a.css', '/static/img/dot.png', cdn)).toEqual({ kind: 'leave' })
    expect(resolveUrl('css/a.css', '../img/dot.png', cdn)).toEqual({ kind: 'rewrite', url: '../img/dot.69eb76c88557.png' })
  })

  test('a script prefix only makes /app/static/... static', () => {
    const prefixed = { ...context, staticUrl: '/app/static/' }
    expect(resolveUrl('css/a.css', '/static/img/dot.png', prefixed)).toEqual({ kind: 'leave' })
    expect(resolveUrl('css/a.css', '/app/static/img/dot.png', prefixed)).toEqual({
      kind: 'rewrite',
      url: '/app/static/img/dot.69eb76c88557.png'
    })
  })

  test('a name in the table wins over the destination copy; a query string misses the table', () => {
    const table = new Map([['img/dot.png', 'img/dot.fromthetable.png']])
    const withTable = { ...context, table }
    expect(resolveUrl('css/a.css', '../img/dot.png', withTable)).toEqual({ kind: 'rewrite', url: '../img/dot.fromthetable.png' })
    expect(resolveUrl('css/a.css', '../img/dot.png?v=2', withTable)).toEqual({
      kind: 'rewrite',
      url: '../img/dot.69eb76c88557.png?v=2'
    })
  })
})

describe('hashedName matches Django', () => {
  const md5 = md5Hex(Buffer.from('content'))
  test.each(HASHED_NAMES)('%j', (name, django) => {
    expect(hashedName(name, md5)).toBe(django)
  })
  test('empty file → d41d8cd98f00', () => {
    expect(hashedName('empty.txt', md5Hex(new Uint8Array()))).toBe('empty.d41d8cd98f00.txt')
  })
})

describe('Destination', () => {
  test('directories exist below written files, lookups are normalised, the root cannot be left', () => {
    const destination = destinationWithFiles()
    expect(destination.lookup('img/sub')).toEqual({ kind: 'dir' })
    expect(destination.lookup('img/sub/')).toEqual({ kind: 'dir' })
    expect(destination.lookup('')).toEqual({ kind: 'dir' })
    expect(destination.lookup('img/./sub/../dot.png').kind).toBe('file')
    expect(destination.lookup('img/nope')).toEqual({ kind: 'missing' })
    expect(destination.lookup('../x')).toEqual({ kind: 'outside' })
    expect(destination.lookup('/etc/passwd')).toEqual({ kind: 'outside' })
    destination.delete('img/sub/deep.png')
    expect(destination.lookup('img/sub/deep.png')).toEqual({ kind: 'missing' })
    expect(destination.lookup('img/sub')).toEqual({ kind: 'dir' })
    expect(storageKey('a//b/./c')).toBe('a/b/c')
  })
})
