// A run stopped mid-way (cancel or deadline): no request is started after the stop, the manifest
// is not uploaded, nothing is deleted, and the state records what did upload.
import { describe, expect, it } from '@jest/globals'
import type { Target } from '../../src/adapters/target.js'
import { executePlan } from '../../src/execute/execute.js'
import { RunControl, RunStoppedError } from '../../src/execute/run-control.js'
import type { Inventory, PlannedFile, PreparedObject, UploadState } from '../../src/model.js'

function object(path: string, role: PreparedObject['role'] = 'original'): PreparedObject {
  return {
    path,
    role,
    body: { kind: 'bytes', data: Buffer.from(path) },
    size: 1,
    md5: `m-${path}`,
    contentType: 't',
    cacheControl: '',
    parameters: {},
    headersDigest: 'h'
  }
}
const upload = (path: string, role: PreparedObject['role'] = 'original'): PlannedFile => ({
  path,
  action: 'upload',
  reason: 'new',
  object: object(path, role)
})
const empty: Inventory = { available: true, objects: new Map(), state: null, previousManifestPaths: new Set() }

describe('a stopped run', () => {
  it('starts nothing after the stop, skips the manifest and deletions, and saves the state of what uploaded', async () => {
    const control = new RunControl()
    const puts: string[] = []
    const states: UploadState[] = []
    const target: Target = {
      tracksHeaders: true,
      describe: () => 'fake',
      inventory: async () => empty,
      async put(o) {
        puts.push(o.path)
        if (puts.length === 2) {
          control.stop({ cause: 'cancelled', detail: 'SIGINT' })
          throw new RunStoppedError(control.stopped!)
        }
        return { etag: `m-${o.path}` }
      },
      remove: async () => {
        throw new Error('must not delete')
      },
      writeState: async (state) => void states.push(state),
      requestCounts: () => ({})
    }
    const files = [
      upload('a.css'),
      upload('b.css'),
      upload('c.css'),
      upload('staticfiles.json', 'manifest'),
      { path: 'old.css', action: 'delete' as const, reason: 'removed locally', remoteSize: 1 }
    ]
    const result = await executePlan({ files, problems: [] }, target, { concurrency: 1, inventory: empty, control })
    expect(puts).toEqual(['a.css', 'b.css'])
    expect(result.stopped).toEqual({ cause: 'cancelled', detail: 'SIGINT' })
    const reasons = Object.fromEntries(result.files.map((file) => [file.path, `${file.action}: ${file.reason}`]))
    expect(reasons).toEqual({
      'a.css': 'upload: new',
      'b.css': 'skip: interrupted: the run was cancelled (SIGINT) while it was being sent; the next run checks it again',
      'c.css': 'skip: not uploaded: the run was cancelled (SIGINT) before it was sent',
      'staticfiles.json': 'skip: not uploaded: the run was cancelled (SIGINT), so the live manifest was kept',
      'old.css': 'skip: not deleted: the run was cancelled (SIGINT)'
    })
    expect(result.failed).toBe(0)
    expect(states).toHaveLength(1)
    expect(Object.keys(states[0]!.objects)).toEqual(['a.css'])
  })

  it('reaches its deadline like a cancel', async () => {
    const control = new RunControl()
    control.setDeadline(5, 'the 1-minute deadline (deadline-minutes)')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(control.stopped).toEqual({ cause: 'deadline', detail: 'the 1-minute deadline (deadline-minutes)' })
    expect(control.signal.aborted).toBe(true)
    control.dispose()
  })
})
