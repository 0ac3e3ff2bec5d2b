import { describe, expect, it } from '@jest/globals'
import type { Inventory, Plan, PreparedObject, RemoteObject, UploadState } from '../../src/model.js'
import { nextUploadState, normalizeEtag, sameState, validEntry } from '../../src/plan/state.js'
import { parseState, serializeState } from '../../src/plan/state-file.js'

const state: UploadState = {
  version: 2,
  partSize: 8388608,
  objects: { 'b.css': { etag: 'bb', headersDigest: 'h2' }, 'a.css': { etag: 'aa', headersDigest: 'h1' } }
}

const remote = (path: string, etag: string): RemoteObject => ({ path, size: 1, etag })
const object = (path: string, headersDigest: string) => ({ path, headersDigest }) as PreparedObject

describe('upload state', () => {
  it('round-trips, sorted, and rejects anything else', () => {
    const text = serializeState(state)
    expect(text.indexOf('a.css')).toBeLessThan(text.indexOf('b.css'))
    expect(parseState(text)).toEqual(state)
    expect(parseState('not json')).toBeNull()
    expect(parseState('{"version":2,"partSize":1,"objects":{}}')).toBeNull()
    expect(parseState('{"version":1,"partSize":1,"objects":{"a":{"etag":1}}}')).toBeNull()
    expect(
      parseState('{"version":1,"partSize":1,"objects":{"__proto__":{"etag":"\\"X\\"","headersDigest":"h"}}}')?.objects[
        '__proto__'
      ]
    ).toEqual({
      etag: 'x',
      headersDigest: 'h'
    })
  })

  it('reads ETags as the listing normalises them, and keeps only well-formed blob digests', () => {
    const md5 = 'd41d8cd98f00b204e9800998ecf8427e'
    const text = JSON.stringify({
      version: 1,
      partSize: 5,
      objects: {
        'a.css': { etag: 'W/"ABC-2"', headersDigest: 'h', md5 },
        'b.css': { etag: 'abc-2', headersDigest: 'h' },
        constructor: { etag: ' Ab ', headersDigest: 'h' }
      },
      blobs: {
        plain: { size: 0, md5 },
        parts: { size: 9, md5, multipartEtag: 'e-2' },
        'odd-part-etag': { size: 9, md5, multipartEtag: 2 },
        'not-hex': { size: 9, md5: 'x' },
        negative: { size: -1, md5 }
      }
    })
    const parsed = parseState(text)
    expect(parsed?.objects).toEqual({
      'a.css': { etag: 'abc-2', headersDigest: 'h', md5 },
      'b.css': { etag: 'abc-2', headersDigest: 'h' },
      constructor: { etag: 'ab', headersDigest: 'h' }
    })
    expect(Object.getPrototypeOf(parsed?.objects)).toBeNull()
    expect(parsed?.blobs).toEqual({ plain: { size: 0, md5 }, parts: { size: 9, md5, multipartEtag: 'e-2' } })
    for (const etag of ['W/"ABC-2"', 'abc-2', ' Ab ', '"0a"', 'Zz']) {
      const one = JSON.stringify({ version: 1, partSize: 5, objects: { a: { etag, headersDigest: 'h' } } })
      expect(parseState(one)?.objects.a?.etag).toBe(normalizeEtag(etag))
    }
  })

  it('counts an entry only while the listing shows its ETag', () => {
    expect(validEntry(state, remote('a.css', '"AA"'))).toEqual({ etag: 'aa', headersDigest: 'h1' })
    expect(validEntry(state, remote('a.css', 'changed'))).toBeUndefined()
    expect(validEntry(state, remote('c.css', 'aa'))).toBeUndefined()
    expect(validEntry(null, remote('a.css', 'aa'))).toBeUndefined()
    expect(normalizeEtag('W/"ABC-2"')).toBe('abc-2')
  })

  it('builds the next state from valid entries, uploads and deletions', () => {
    const inventory: Inventory = {
      available: true,
      objects: new Map([
        ['a.css', remote('a.css', 'aa')],
        ['b.css', remote('b.css', 'stale')],
        ['old.css', remote('old.css', 'oo')]
      ]),
      state: { ...state, objects: { ...state.objects, 'old.css': { etag: 'oo', headersDigest: 'h3' } } },
      previousManifestPaths: new Set()
    }
    const plan: Plan = {
      files: [
        { path: 'a.css', action: 'skip', reason: 'unchanged', object: object('a.css', 'h1') },
        { path: 'b.css', action: 'upload', reason: 'changed', object: object('b.css', 'h2new') },
        { path: 'c.css', action: 'upload', reason: 'new', object: object('c.css', 'h4') },
        { path: 'old.css', action: 'delete', reason: 'removed locally' }
      ],
      problems: []
    }
    const uploaded = new Map([['b.css', '"B2"']])
    const next = nextUploadState(plan, inventory, uploaded, { partSize: 5, deleting: true })
    expect(next).toEqual({
      version: 2,
      partSize: 5,
      objects: { 'a.css': { etag: 'aa', headersDigest: 'h1' }, 'b.css': { etag: 'b2', headersDigest: 'h2new' } }
    })
    const kept = nextUploadState(plan, inventory, uploaded, { partSize: 5, deleting: false })
    expect(Object.keys(kept.objects).sort()).toEqual(['a.css', 'b.css', 'old.css'])
    expect(sameState(null, next)).toBe(false)
    expect(sameState(next, JSON.parse(JSON.stringify(next)) as UploadState)).toBe(true)
  })
})

describe('sameState', () => {
  const state = (objects: UploadState['objects'], partSize = 8): UploadState => ({ version: 2, partSize, objects })
  const base = { 'a.css': { etag: 'aa', headersDigest: 'h1', md5: 'm1' }, 'b.css': { etag: 'bb', headersDigest: 'h2' } }

  it('is true only when every entry and the part size agree, whatever the key order', () => {
    expect(
      sameState(
        state(base),
        state({ 'b.css': { etag: 'bb', headersDigest: 'h2' }, 'a.css': { etag: 'aa', headersDigest: 'h1', md5: 'm1' } })
      )
    ).toBe(true)
    expect(sameState(state(base), state(base, 16))).toBe(false)
    expect(sameState(state(base), state({ ...base, 'a.css': { etag: 'aa', headersDigest: 'h1' } }))).toBe(false)
    expect(sameState(state(base), state({ ...base, 'b.css': { etag: 'bb', headersDigest: 'h3' } }))).toBe(false)
    expect(sameState(state(base), state({ 'a.css': base['a.css'] }))).toBe(false)
    expect(sameState(state({ 'a.css': base['a.css'] }), state({ 'c.css': base['a.css'] }))).toBe(false)
    expect(sameState(state(base), state({ ...base, 'c.css': base['a.css'] }))).toBe(false)
  })

  it('compares the blob digests entry by entry, whatever their order', () => {
    const blobs = { b1: { size: 3, md5: 'aa' }, b2: { size: 9, md5: 'bb', multipartEtag: 'cc-2' } }
    const withBlobs = (table: UploadState['blobs']): UploadState => ({ ...state(base), blobs: table })
    expect(sameState(withBlobs(blobs), withBlobs({ b2: blobs.b2, b1: blobs.b1 }))).toBe(true)
    expect(sameState(withBlobs(blobs), withBlobs({ ...blobs, b2: { size: 9, md5: 'bb' } }))).toBe(false)
    expect(sameState(withBlobs(blobs), withBlobs({ ...blobs, b1: { size: 4, md5: 'aa' } }))).toBe(false)
    expect(sameState(withBlobs(blobs), withBlobs({ b1: blobs.b1 }))).toBe(false)
    expect(sameState(withBlobs({ b1: blobs.b1 }), withBlobs({ b3: blobs.b1 }))).toBe(false)
    expect(sameState(state(base), withBlobs({}))).toBe(true)
  })
})

describe('what the CDN is owed', () => {
  const owing: UploadState = { ...state, pendingInvalidation: ['css/b.css', 'css/a.css', 'css/a.css'] }

  it('round-trips sorted and once per key; an unreadable list drops the list, not the state', () => {
    const text = serializeState(owing)
    expect(JSON.parse(text).pendingInvalidation).toEqual(['css/a.css', 'css/b.css'])
    expect(parseState(text)?.pendingInvalidation).toEqual(['css/a.css', 'css/b.css'])
    // States without the field (older versions) and an empty list read back as owing nothing.
    expect(parseState(serializeState(state))).toEqual(state)
    expect(serializeState({ ...state, pendingInvalidation: [] })).toBe(serializeState(state))
    const odd = parseState('{"version":1,"partSize":1,"objects":{},"pendingInvalidation":"a.css"}')
    expect(odd).toEqual({ version: 1, partSize: 1, objects: {} })
  })

  it('is carried over by the next state unless the caller says what is owed now', () => {
    const inventory: Inventory = { available: true, objects: new Map(), state: owing, previousManifestPaths: new Set() }
    const plan: Plan = { files: [], problems: [] }
    expect(nextUploadState(plan, inventory, new Map(), { partSize: 5, deleting: false }).pendingInvalidation).toEqual(
      owing.pendingInvalidation
    )
    expect(
      nextUploadState(plan, inventory, new Map(), { partSize: 5, deleting: false, pendingInvalidation: ['x.css'] })
        .pendingInvalidation
    ).toEqual(['x.css'])
    expect(
      nextUploadState(plan, inventory, new Map(), { partSize: 5, deleting: false, pendingInvalidation: [] })
    ).not.toHaveProperty('pendingInvalidation')
  })

  it('counts for sameState, whatever the order', () => {
    expect(sameState(owing, { ...state, pendingInvalidation: ['css/a.css', 'css/b.css'] })).toBe(true)
    expect(sameState(owing, state)).toBe(false)
    expect(sameState(state, { ...state, pendingInvalidation: [] })).toBe(true)
  })
})
