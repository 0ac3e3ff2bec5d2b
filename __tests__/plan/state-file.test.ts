// The stored state: format 2 written (header digests once, an MD5 only where it is not the
// ETag, one line per entry), format 1 of earlier versions still read, anything malformed refused.
import { describe, expect, it } from '@jest/globals'
import type { UploadState } from '../../src/model.js'
import { parseState, serializeState } from '../../src/plan/state-file.js'
import { sameState } from '../../src/plan/state.js'

const md5 = (n: number) => n.toString(16).padStart(32, '0')
const H1 = 'a'.repeat(64)
const H2 = 'b'.repeat(64)

const state: UploadState = {
  version: 2,
  partSize: 8388608,
  objects: Object.assign(Object.create(null) as UploadState['objects'], {
    'css/site.css': { etag: md5(1), headersDigest: H1, md5: md5(1) },
    'big.bin': { etag: `${md5(2)}-3`, headersDigest: H2, md5: md5(3) },
    'kms.js': { etag: 'ffff', headersDigest: H1 },
    ['__proto__']: { etag: md5(4), headersDigest: H2, md5: md5(4) }
  }),
  pendingInvalidation: ['css/site.css', 'b.js', 'b.js'],
  blobs: Object.assign(Object.create(null) as NonNullable<UploadState['blobs']>, {
    ['1'.repeat(40)]: { size: 12, md5: md5(1) },
    ['2'.repeat(40)]: { size: 9_000_000, md5: md5(3), multipartEtag: `${md5(2)}-3` }
  })
}

describe('serializeState (format 2)', () => {
  it('writes each header digest once and an MD5 only where it is not the ETag, one line per entry', () => {
    const text = serializeState(state)
    expect(text.split(H1)).toHaveLength(2)
    expect(text).toContain(`"css/site.css":["${md5(1)}",1]`)
    expect(text).toContain(`"big.bin":["${md5(2)}-3",0,"${md5(3)}"]`)
    expect(text).toContain('"kms.js":["ffff",1,null]')
    expect(text).toContain(`"${'2'.repeat(40)}":[9000000,"${md5(3)}","${md5(2)}-3"]`)
    expect(text).toContain('"pendingInvalidation":["b.js","css/site.css"]')
    expect(text.indexOf('"big.bin":')).toBeLessThan(text.indexOf('"css/site.css":'))
    expect(JSON.parse(text)).toMatchObject({ version: 2, partSize: 8388608, headers: [H2, H1] }) // in the order of the sorted paths
  })

  it('reads back what it wrote, the same state by sameState (a rerun writes nothing)', () => {
    const parsed = parseState(serializeState(state))
    expect(parsed).toEqual({ ...state, pendingInvalidation: ['b.js', 'css/site.css'] })
    expect(Object.getPrototypeOf(parsed?.objects)).toBeNull()
    expect(parsed?.objects['__proto__']).toEqual({ etag: md5(4), headersDigest: H2, md5: md5(4) })
    expect(sameState(parsed, state)).toBe(true)
  })

  it('takes under half the bytes format 1 took for the same 20,000 objects', () => {
    const many: UploadState = { version: 2, partSize: 8388608, objects: {}, blobs: {} }
    for (let i = 0; i < 20_000; i++) {
      many.objects[`app${i % 10}/static/img/file-${i}.png`] = { etag: md5(i), headersDigest: i % 3 ? H1 : H2, md5: md5(i) }
      many.blobs![i.toString(16).padStart(40, '0')] = { size: i, md5: md5(i) }
    }
    const format1 = `${JSON.stringify({ version: 1, partSize: many.partSize, objects: many.objects, blobs: many.blobs }, null, 1)}\n`
    const format2 = serializeState(many)
    expect(format2.length).toBeLessThan(format1.length * 0.5)
    expect(sameState(parseState(format2), many)).toBe(true)
    // Read in format 1 it says the same, and is written again once (in format 2).
    expect(sameState(parseState(format1), { ...many, version: 1 })).toBe(true)
    expect(sameState(parseState(format1), many)).toBe(false)
  })
})

describe('parseState', () => {
  it('reads format 1, as earlier versions wrote it', () => {
    const text = JSON.stringify({
      version: 1,
      partSize: 5,
      objects: { 'a.css': { etag: '"ABC"', headersDigest: 'h', md5: md5(1) }, 'b.css': { etag: 'abc-2', headersDigest: 'h' } },
      blobs: { plain: { size: 0, md5: md5(1) }, broken: { size: -1, md5: md5(1) } }
    })
    expect(parseState(text)).toEqual({
      version: 1,
      partSize: 5,
      objects: { 'a.css': { etag: 'abc', headersDigest: 'h', md5: md5(1) }, 'b.css': { etag: 'abc-2', headersDigest: 'h' } },
      blobs: { plain: { size: 0, md5: md5(1) } }
    })
  })

  it('normalises ETags and drops malformed blob rows, keeping the rest', () => {
    const text = JSON.stringify({
      version: 2,
      partSize: 5,
      headers: ['h'],
      objects: { a: ['W/"AB"', 0] },
      blobs: {
        good: [3, md5(1)],
        parts: [9, md5(1), 'e-2'],
        negative: [-1, md5(1)],
        notHex: [1, 'x'],
        odd: [1, md5(1), 2],
        bare: 7
      }
    })
    expect(parseState(text)).toEqual({
      version: 2,
      partSize: 5,
      objects: { a: { etag: 'ab', headersDigest: 'h', md5: 'ab' } },
      blobs: { good: { size: 3, md5: md5(1) }, parts: { size: 9, md5: md5(1), multipartEtag: 'e-2' } }
    })
  })

  it.each([
    ['no header list', { objects: { a: ['e', 0] } }],
    ['a header index past the list', { headers: ['h'], objects: { a: ['e', 1] } }],
    ['a header index that is not an integer', { headers: ['h'], objects: { a: ['e', '0'] } }],
    ['an ETag that is not a string', { headers: ['h'], objects: { a: [1, 0] } }],
    ['an MD5 that is neither a string nor null', { headers: ['h'], objects: { a: ['e', 0, 5] } }],
    ['a row of the wrong length', { headers: ['h'], objects: { a: ['e'] } }],
    ['an entry that is not a row', { headers: ['h'], objects: { a: { etag: 'e', headersDigest: 'h' } } }]
  ])('refuses a state with %s', (_, fields) => {
    expect(parseState(JSON.stringify({ version: 2, partSize: 5, ...fields }))).toBeNull()
  })

  it('refuses an unknown version and anything that is not JSON', () => {
    expect(parseState(JSON.stringify({ version: 3, partSize: 5, headers: [], objects: {} }))).toBeNull()
    expect(parseState('{"version":2')).toBeNull()
  })
})
