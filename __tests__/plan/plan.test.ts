import { describe, expect, it } from '@jest/globals'
import { ActionError } from '../../src/errors.js'
import type { Inventory, RemoteObject, UploadState } from '../../src/model.js'
import { planUpload, type PlanOptions } from '../../src/plan/plan.js'
import type { PreparedUpload } from '../../src/plan/prepare.js'

function object(path: string, md5: string, extra: Partial<PreparedUpload> = {}): PreparedUpload {
  return {
    path,
    body: { kind: 'bytes', data: Buffer.alloc(0) },
    size: 10,
    md5,
    contentType: 'text/css',
    cacheControl: 'max-age=60',
    parameters: {},
    headersDigest: `h-${path}`,
    role: 'original',
    ...extra
  }
}

function inventory(remotes: RemoteObject[], state: UploadState | null, previousManifestPaths: string[] = []): Inventory {
  return {
    available: true,
    objects: new Map(remotes.map((r) => [r.path, r])),
    state,
    previousManifestPaths: new Set(previousManifestPaths)
  }
}

const remote = (path: string, etag: string, size = 10): RemoteObject => ({ path, etag, size })
const stateOf = (entries: Record<string, [string, string]>): UploadState => ({
  version: 1,
  partSize: 8388608,
  objects: Object.fromEntries(Object.entries(entries).map(([path, [etag, headersDigest]]) => [path, { etag, headersDigest }]))
})
const options = (extra: Partial<PlanOptions> = {}): PlanOptions => ({
  overwrite: 'changed',
  deleteRemoved: false,
  keepPreviousManifest: true,
  maxDelete: 100,
  compareHeaders: true,
  ...extra
})
const summary = (files: { path: string; action: string; reason: string }[]) =>
  files.map((f) => `${f.path}: ${f.action} (${f.reason})`)

describe('planUpload', () => {
  it('compares bytes by size and ETag and headers through the valid state', () => {
    const objects = [
      object('new.css', 'n'),
      object('same.css', 'aa'),
      object('resized.css', 'bb'),
      object('edited.css', 'cc'),
      object('headers.css', 'dd'),
      object('nostate.css', 'ee'),
      object('stale.css', 'ff'),
      object('big.bin', 'whole', { size: 30, multipartEtag: '0123-3' })
    ]
    const remotes = [
      remote('same.css', 'aa'),
      remote('resized.css', 'bb', 11),
      remote('edited.css', 'c0'),
      remote('headers.css', 'dd'),
      remote('nostate.css', 'ee'),
      remote('stale.css', 'ff'),
      remote('big.bin', '0123-3', 30)
    ]
    const state = stateOf({
      'same.css': ['aa', 'h-same.css'],
      'headers.css': ['dd', 'old'],
      'stale.css': ['f0', 'h-stale.css'],
      'big.bin': ['0123-3', 'h-big.bin']
    })
    expect(summary(planUpload(objects, inventory(remotes, state), options()).files)).toEqual([
      'new.css: upload (new)',
      'same.css: skip (unchanged)',
      'resized.css: upload (changed)',
      'edited.css: upload (changed)',
      'headers.css: upload (headers changed)',
      'nostate.css: upload (headers unknown)',
      'stale.css: upload (headers unknown)',
      'big.bin: skip (unchanged)'
    ])
  })

  it('recognises objects whose ETag is not an MD5 (SSE-KMS) through the MD5 the state recorded', () => {
    const objects = [object('kms.css', 'local-md5'), object('kms-edited.css', 'new-md5')]
    const remotes = [remote('kms.css', 'opaque-1'), remote('kms-edited.css', 'opaque-2')]
    const state: UploadState = {
      version: 1,
      partSize: 8388608,
      objects: {
        'kms.css': { etag: 'opaque-1', headersDigest: 'h-kms.css', md5: 'local-md5' },
        'kms-edited.css': { etag: 'opaque-2', headersDigest: 'h-kms-edited.css', md5: 'old-md5' }
      }
    }
    expect(summary(planUpload(objects, inventory(remotes, state), options()).files)).toEqual([
      'kms.css: skip (unchanged)',
      'kms-edited.css: upload (changed)'
    ])
  })

  it('ignores headers for targets that keep none', () => {
    const plan = planUpload([object('a.css', 'aa')], inventory([remote('a.css', 'aa')], null), options({ compareHeaders: false }))
    expect(summary(plan.files)).toEqual(['a.css: skip (unchanged)'])
  })

  it('overwrite never keeps differing objects and reports the conflict; always re-sends', () => {
    const objects = [object('a.css', 'aa'), object('b.css', 'bb'), object('c.css', 'cc')]
    const inv = inventory([remote('a.css', 'aa'), remote('b.css', 'b0')], null)
    const never = planUpload(objects, inv, options({ overwrite: 'never' }))
    expect(summary(never.files)).toEqual([
      'a.css: skip (unchanged)',
      'b.css: skip (exists (overwrite: never))',
      'c.css: upload (new)'
    ])
    expect(never.problems).toEqual([
      expect.objectContaining({ kind: 'conflict', severity: 'warning', message: expect.stringContaining('b.css') })
    ])
    expect(summary(planUpload(objects, inv, options({ overwrite: 'always' })).files)).toEqual([
      'a.css: upload (overwrite: always)',
      'b.css: upload (overwrite: always)',
      'c.css: upload (new)'
    ])
  })

  it('deletes what the collection no longer has, keeping the live manifest files', () => {
    const inv = inventory(
      [remote('a.css', 'aa'), remote('z.css', 'zz', 3), remote('old.1.css', 'oo'), remote('m.css', 'mm')],
      null,
      ['m.css', 'm.2.css']
    )
    const plan = planUpload([object('a.css', 'aa')], inv, options({ deleteRemoved: true, compareHeaders: false }))
    expect(summary(plan.files)).toEqual([
      'a.css: skip (unchanged)',
      'm.css: skip (kept: named by the live manifest)',
      'old.1.css: delete (removed locally)',
      'z.css: delete (removed locally)'
    ])
    expect(plan.files[3]?.remoteSize).toBe(3)
    expect(summary(planUpload([object('a.css', 'aa')], inv, options({ compareHeaders: false })).files)).toEqual([
      'a.css: skip (unchanged)'
    ])
    const all = planUpload(
      [object('a.css', 'aa')],
      inv,
      options({ deleteRemoved: true, keepPreviousManifest: false, compareHeaders: false })
    )
    expect(summary(all.files)).toContain('m.css: delete (removed locally)')
  })

  it('refuses to delete more than max-delete before anything happens', () => {
    const inv = inventory([remote('x.css', 'x'), remote('y.css', 'y'), remote('z.css', 'z')], null)
    const attempt = () => planUpload([], inv, options({ deleteRemoved: true, maxDelete: 2 }))
    expect(attempt).toThrow(ActionError)
    expect(attempt).toThrow(/would delete 3 objects, more than max-delete \(2\); nothing was uploaded or deleted/)
    expect(planUpload([], inv, options({ deleteRemoved: true, maxDelete: 3 })).files).toHaveLength(3)
  })

  it('uploads everything, warning once, when listing the target was denied', () => {
    const unavailable: Inventory = {
      available: false,
      listingDenied: true,
      reason: 'listing the bucket was denied (s3:ListBucket)'
    }
    const plan = planUpload([object('a.css', 'aa'), object('b.css', 'bb')], unavailable, options({ deleteRemoved: true }))
    expect(summary(plan.files)).toEqual(['a.css: upload (target not listed)', 'b.css: upload (target not listed)'])
    expect(plan.problems).toEqual([
      expect.objectContaining({
        kind: 'permissions',
        severity: 'warning',
        message: 'Not incremental: listing the bucket was denied (s3:ListBucket)'
      }),
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('delete-removed did nothing') })
    ])
    const never = planUpload([object('a.css', 'aa')], unavailable, options({ overwrite: 'never' }))
    expect(summary(never.files)).toEqual(['a.css: skip (not listed (overwrite: never))'])
    expect(never.problems[1]).toEqual(
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('s3:ListBucket') })
    )
  })

  it('shows every file as an upload in a dry run with nothing to compare against, whatever the overwrite policy', () => {
    const unread: Inventory = { available: false, reason: 'dry run without a bucket' }
    const plan = planUpload([object('a.css', 'aa')], unread, options({ overwrite: 'never', deleteRemoved: true }))
    expect(summary(plan.files)).toEqual(['a.css: upload (target not listed)'])
    expect(plan.problems).toEqual([])
  })

  it('rejects a collected file at the state path and duplicate paths', () => {
    expect(() => planUpload([object('.collectstatic-s3/state.json', 'x')], inventory([], null), options())).toThrow(
      /upload state/
    )
    expect(() => planUpload([object('a.css', 'x'), object('a.css', 'y')], inventory([], null), options())).toThrow(
      /same path 'a.css'/
    )
  })
})
