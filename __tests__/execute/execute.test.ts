import { describe, expect, it } from '@jest/globals'
import type { Target } from '../../src/adapters/target.js'
import { executePlan } from '../../src/execute/execute.js'
import type { Inventory, Plan, PlannedFile, PreparedObject, UploadState } from '../../src/model.js'

function object(path: string, role: PreparedObject['role'] = 'original'): PreparedObject {
  return {
    path,
    role,
    body: { kind: 'bytes', data: Buffer.from(path) },
    size: path.length,
    md5: `md5-${path}`,
    contentType: 'text/plain',
    cacheControl: '',
    parameters: {},
    headersDigest: `h-${path}`
  }
}
const upload = (path: string, role: PreparedObject['role'] = 'original'): PlannedFile => ({
  path,
  action: 'upload',
  reason: 'new',
  object: object(path, role)
})
const del = (path: string): PlannedFile => ({ path, action: 'delete', reason: 'removed locally', remoteSize: 1 })

/** An in-memory target that logs every call in order and fails the paths it is told to. */
function fakeTarget(failing: Record<string, string> = {}, stateFails = false) {
  const log: string[] = []
  const states: UploadState[] = []
  const target: Target = {
    tracksHeaders: true,
    describe: () => 'fake',
    inventory: async () => ({ available: false, reason: 'fake' }),
    async put(o) {
      await new Promise((resolve) => setTimeout(resolve, o.role === 'manifest' ? 0 : 5))
      if (failing[o.path]) throw new Error(failing[o.path])
      log.push(`put ${o.path}`)
      return { etag: `etag-${o.path}` }
    },
    async remove(paths) {
      log.push(`remove ${paths.join(',')}`)
      return paths.filter((p) => failing[p]).map((p) => ({ path: p, error: failing[p] as string }))
    },
    async writeState(state) {
      if (stateFails) throw new Error('state denied')
      log.push('state')
      states.push(state)
    },
    requestCounts: () => ({ PutObject: log.filter((l) => l.startsWith('put')).length })
  }
  return { target, log, states }
}

const empty: Inventory = { available: true, objects: new Map(), state: null, previousManifestPaths: new Set() }

describe('executePlan', () => {
  it('uploads, then the manifest, then the state, then deletes', async () => {
    const plan: Plan = {
      files: [
        upload('staticfiles.json', 'manifest'),
        upload('a.css'),
        upload('b.css'),
        { path: 'c.css', action: 'skip', reason: 'unchanged' },
        del('old.css')
      ],
      problems: []
    }
    const { target, log, states } = fakeTarget()
    const result = await executePlan(plan, target, { concurrency: 4, inventory: empty })
    expect(log.slice(2)).toEqual(['put staticfiles.json', 'state', 'remove old.css'])
    expect(log.slice(0, 2).sort()).toEqual(['put a.css', 'put b.css'])
    expect(Object.keys(states[0]?.objects ?? {}).sort()).toEqual(['a.css', 'b.css', 'staticfiles.json'])
    expect(states[0]?.objects['a.css']).toEqual({ etag: 'etag-a.css', headersDigest: 'h-a.css', md5: 'md5-a.css' })
    expect([result.uploaded, result.deleted, result.failed, result.stateWritten, result.problems]).toEqual([3, 1, 0, true, []])
    expect(result.bytesUploaded).toBe('staticfiles.json'.length + 10)
    expect(result.files.map((f) => f.action)).toEqual(['upload', 'upload', 'upload', 'skip', 'delete'])
  })

  it('keeps every result when files fail, and then neither replaces the manifest nor deletes', async () => {
    const plan: Plan = {
      files: [upload('a.css'), upload('b.css'), upload('c.css'), upload('staticfiles.json', 'manifest'), del('old.css')],
      problems: []
    }
    const { target, log, states } = fakeTarget({ 'a.css': 'Access denied: s3:PutObject', 'c.css': 'Access denied: s3:PutObject' })
    const result = await executePlan(plan, target, { concurrency: 2, inventory: empty })
    expect(log).toEqual(['put b.css', 'state'])
    expect(Object.keys(states[0]?.objects ?? {})).toEqual(['b.css'])
    expect(result.files.map((f) => `${f.path} ${f.action}: ${f.reason}`)).toEqual([
      'a.css fail: Access denied: s3:PutObject',
      'b.css upload: new',
      'c.css fail: Access denied: s3:PutObject',
      'staticfiles.json skip: not uploaded: 2 other uploads failed, so the live manifest was kept',
      'old.css skip: not deleted: 2 uploads failed'
    ])
    expect(result.failed).toBe(2)
    expect(result.problems).toEqual([
      { kind: 'upload', severity: 'error', message: 'Access denied: s3:PutObject (2 files: a.css, c.css)' }
    ])
  })

  it('reports failed deletions per file', async () => {
    const { target } = fakeTarget({ 'b.css': 'AccessDenied' })
    const result = await executePlan({ files: [del('a.css'), del('b.css')], problems: [] }, target, {
      concurrency: 1,
      inventory: empty
    })
    expect(result.files.map((f) => f.action)).toEqual(['delete', 'fail'])
    expect(result.problems[0]?.message).toBe("AccessDenied ('b.css')")
  })

  it('writes the state only when it changed (or was read in format 1), and only warns when that fails', async () => {
    const state: UploadState = { version: 2, partSize: 8388608, objects: { 'a.css': { etag: 'aa', headersDigest: 'h' } } }
    const inventory: Inventory = {
      available: true,
      objects: new Map([['a.css', { path: 'a.css', size: 1, etag: 'aa' }]]),
      state,
      previousManifestPaths: new Set()
    }
    const skipOnly = { files: [{ path: 'a.css', action: 'skip' as const, reason: 'unchanged' as const }], problems: [] }
    const unchanged = fakeTarget()
    const quiet = await executePlan(skipOnly, unchanged.target, { concurrency: 1, inventory })
    expect([quiet.stateWritten, unchanged.log]).toEqual([false, []])
    const upgraded = fakeTarget()
    const once = await executePlan(skipOnly, upgraded.target, {
      concurrency: 1,
      inventory: { ...inventory, state: { ...state, version: 1 } }
    })
    expect(once.stateWritten).toBe(true)
    const failing = fakeTarget({}, true)
    const result = await executePlan({ files: [upload('b.css')], problems: [] }, failing.target, { concurrency: 1, inventory })
    expect(result.stateWritten).toBe(false)
    expect(result.failed).toBe(0)
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('state denied') })
    ])
  })

  it('writes no state for targets that keep no headers', async () => {
    const { target, log } = fakeTarget()
    const folderLike = { ...target, tracksHeaders: false }
    await executePlan({ files: [upload('a.css')], problems: [] }, folderLike, { concurrency: 1, inventory: empty })
    expect(log).toEqual(['put a.css'])
  })
})
