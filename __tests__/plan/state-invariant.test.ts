// The state never vouches for headers an object does not have (plan/state.ts): the state before
// the uploads drops the entries they could contradict, and the state after keeps no entry for an
// upload that did not succeed.
import { describe, expect, it } from '@jest/globals'
import type { Inventory, Plan, PlannedFile, PreparedObject, UploadState } from '../../src/model.js'
import { nextUploadState, stateBeforeUploads } from '../../src/plan/state.js'

const stored: UploadState = {
  version: 1,
  partSize: 8,
  objects: {
    'same-bytes.css': { etag: 'm1', headersDigest: 'old', md5: 'm1' },
    'new-bytes.css': { etag: 'm2', headersDigest: 'old', md5: 'm2' },
    'kept.css': { etag: 'm3', headersDigest: 'h', md5: 'm3' },
    'same-headers.css': { etag: 'm4', headersDigest: 'h', md5: 'm4' }
  }
}
const inventory: Inventory = {
  available: true,
  state: stored,
  previousManifestPaths: new Set(),
  objects: new Map(Object.entries(stored.objects).map(([path, entry]) => [path, { path, size: 1, etag: entry.etag }]))
}
const object = (path: string, md5: string, headersDigest: string) => ({ path, md5, headersDigest, size: 1 }) as PreparedObject
const upload = (path: string, md5: string, headersDigest: string, reason = 'headers changed'): PlannedFile => ({
  path,
  action: 'upload',
  reason,
  object: object(path, md5, headersDigest)
})
const skip = (path: string): PlannedFile => ({ path, action: 'skip', reason: 'unchanged', object: object(path, 'm3', 'h') })

describe('state before the uploads', () => {
  it('drops the entry of an object whose headers change while its bytes (so its ETag) stay', () => {
    const plan: Plan = { files: [upload('same-bytes.css', 'm1', 'new'), skip('kept.css')], problems: [] }
    const state = stateBeforeUploads(plan, inventory, 8)
    expect(state && Object.keys(state.objects).sort()).toEqual(['kept.css', 'new-bytes.css', 'same-headers.css'])
  })

  it('writes nothing when no entry could be contradicted: new bytes, same headers, no state', () => {
    const plan: Plan = {
      files: [upload('new-bytes.css', 'other', 'new', 'changed'), upload('same-headers.css', 'm4', 'h', 'overwrite: always')],
      problems: []
    }
    expect(stateBeforeUploads(plan, inventory, 8)).toBeNull()
    expect(stateBeforeUploads(plan, { ...inventory, state: null }, 8)).toBeNull()
  })

  it('also drops an entry whose ETag is not an MD5 but whose recorded MD5 matches (SSE-KMS)', () => {
    const kms: Inventory = {
      ...inventory,
      state: { ...stored, objects: { 'k.css': { etag: 'random', headersDigest: 'old', md5: 'm9' } } }
    }
    const state = stateBeforeUploads({ files: [upload('k.css', 'm9', 'new')], problems: [] }, kms, 8)
    expect(state?.objects).toEqual({})
  })
})

describe('state after the uploads', () => {
  it('keeps no entry for an upload that failed, was interrupted or never started', () => {
    const plan: Plan = {
      files: [upload('same-bytes.css', 'm1', 'new'), upload('new-bytes.css', 'x', 'new'), skip('kept.css')],
      problems: []
    }
    const after = nextUploadState(plan, inventory, new Map([['new-bytes.css', 'x']]), { partSize: 8, deleting: false })
    expect(after.objects['same-bytes.css']).toBeUndefined()
    expect(after.objects['new-bytes.css']).toEqual({ etag: 'x', headersDigest: 'new', md5: 'x' })
    expect(after.objects['kept.css']).toEqual(stored.objects['kept.css'])
  })
})
