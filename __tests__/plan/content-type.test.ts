import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { baseType, contentTypeFor, guessType, withCharset } from '../../src/plan/content-type.js'

interface Guess {
  type: string | null
  encoding: string | null
}
const golden = JSON.parse(readFileSync(new URL('../../__fixtures__/conformance/mimetypes.json', import.meta.url), 'utf8')) as {
  system: Record<string, Guess>
}

describe('guessType (Python mimetypes with Debian mime.types)', () => {
  it.each(Object.entries(golden.system))('%s', (name, expected) => {
    expect(guessType(name)).toEqual(expected)
    expect(guessType(`static/css/${name}`)).toEqual(expected)
  })

  it('follows Python for names the golden does not cover', () => {
    expect(guessType('x.wav')).toEqual({ type: 'audio/x-wav', encoding: null })
    expect(guessType('x.JS')).toEqual({ type: 'text/javascript', encoding: null })
    expect(guessType('x.js.GZ')).toEqual({ type: 'application/gzip', encoding: null }) // encodings are case-sensitive
    expect(guessType('x.svgz')).toEqual({ type: 'image/svg+xml', encoding: 'gzip' })
    expect(guessType('x.tar.Z')).toEqual({ type: 'application/x-tar', encoding: 'compress' })
    expect(guessType('.css')).toEqual({ type: null, encoding: null }) // a dot file has no extension
    expect(guessType('dir.d/file')).toEqual({ type: null, encoding: null })
    expect(guessType('a:b.css')).toEqual({ type: 'text/css', encoding: null })
    expect(guessType('data:image/png,x')).toEqual({ type: 'image/png', encoding: null })
  })
})

describe('contentTypeFor', () => {
  it('adds charset to text types and falls back to octet-stream', () => {
    expect(contentTypeFor('a.css')).toEqual({ contentType: 'text/css; charset=utf-8' })
    expect(contentTypeFor('a.js')).toEqual({ contentType: 'text/javascript; charset=utf-8' })
    expect(contentTypeFor('a.json')).toEqual({ contentType: 'application/json; charset=utf-8' })
    expect(contentTypeFor('a.svg')).toEqual({ contentType: 'image/svg+xml; charset=utf-8' })
    expect(contentTypeFor('a.xml')).toEqual({ contentType: 'application/xml; charset=utf-8' })
    expect(contentTypeFor('a.png')).toEqual({ contentType: 'image/png' })
    expect(contentTypeFor('a.woff2')).toEqual({ contentType: 'font/woff2' })
    expect(contentTypeFor('a.js.map')).toEqual({ contentType: 'application/octet-stream' })
    expect(contentTypeFor('a.scss')).toEqual({ contentType: 'application/octet-stream' })
    expect(contentTypeFor('LICENSE')).toEqual({ contentType: 'application/octet-stream' })
    expect(contentTypeFor('a.js.gz')).toEqual({ contentType: 'text/javascript; charset=utf-8', contentEncoding: 'gzip' })
    expect(contentTypeFor('a.gz')).toEqual({ contentType: 'application/octet-stream', contentEncoding: 'gzip' })
  })

  it('leaves explicit parameters alone and strips them for comparison', () => {
    expect(withCharset('text/html; charset=latin-1')).toBe('text/html; charset=latin-1')
    expect(baseType('Text/CSS; charset=utf-8')).toBe('text/css')
  })
})
