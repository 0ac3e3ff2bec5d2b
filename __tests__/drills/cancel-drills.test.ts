// Cancel drills: the bundled action (dist/index.js) as a child process, signalled the way the
// runner cancels a step (SIGINT, then SIGTERM a few seconds later), or killed outright, while
// small PUTs, a multipart upload or the listing are under way (slowed by the fault proxy so the
// signal lands there). Each is followed by a rerun, and every run ends with the bucket checks.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { HeadObjectCommand } from '@aws-sdk/client-s3'
import type { FaultRule, Operation } from '../helpers/fault-proxy.js'
import { startDist, type StartedDist } from '../helpers/run-dist.js'
import {
  BUCKET,
  drillInputs,
  expectCleanRerun,
  expectConsistentBucket,
  exists,
  listKeys,
  liveHashedName,
  openUploads,
  PREFIX,
  putStray,
  runInProcess,
  smallPath,
  startDrill,
  STRAY,
  uploadedPaths,
  writeBig,
  writeSmall,
  type Drill,
  type DrillReport
} from '../helpers/drill.js'

let drill: Drill
let version = 1

beforeAll(async () => {
  drill = await startDrill()
  const first = await runInProcess(drillInputs(drill), drill.reportDir)
  expect(first.failed).toBeNull()
}, 60_000)

afterAll(async () => {
  await drill?.stop()
})

interface Signalled {
  run: Awaited<StartedDist['done']>
  /** Milliseconds from the first signal to the exit. */
  exitAfterMs: number
}

/**
 * Starts the action with `rules` in place and, when `trigger` sees the `count`-th request of its
 * operation, sends `signals` (the next one 2.5 s after the previous, if the process still runs).
 */
async function signalDuring(
  rules: FaultRule[],
  trigger: { operation: Operation; count: number; key?: RegExp },
  signals: NodeJS.Signals[],
  extra: Record<string, string> = {}
): Promise<Signalled> {
  await putStray(drill)
  drill.proxy.setRules(rules)
  drill.proxy.log.length = 0
  const started = await startDist(drillInputs(drill, extra))
  let seen = 0
  let firstSignalAt = 0
  const timers: NodeJS.Timeout[] = []
  drill.proxy.onRequest((request) => {
    if (request.operation !== trigger.operation || (trigger.key && !trigger.key.test(request.key))) return
    if (++seen !== trigger.count) return
    firstSignalAt = performance.now()
    signals.forEach((signal, index) => {
      timers.push(
        setTimeout(
          () => started.child.exitCode === null && started.child.signalCode === null && started.child.kill(signal),
          index * 2_500
        )
      )
    })
  })
  // However the drill goes, the child does not outlive it.
  const guard = setTimeout(() => started.child.kill('SIGKILL'), 30_000)
  const run = await started.done
  clearTimeout(guard)
  for (const timer of timers) clearTimeout(timer)
  drill.proxy.onRequest(null)
  drill.proxy.setRules([])
  expect(firstSignalAt).toBeGreaterThan(0)
  return { run, exitAfterMs: performance.now() - firstSignalAt }
}

function report(run: Signalled['run']): DrillReport {
  expect(run.report).not.toBeNull()
  return run.report as DrillReport
}

function notUploadedByStop(stopped: DrillReport): string[] {
  return stopped.files
    .filter((file) => file.action === 'skip' && /^(not uploaded|interrupted)/.test(file.reason))
    .map((file) => file.path)
    .sort()
}

const slow = (operation: Operation, ms: number): FaultRule => ({ operation, fault: { kind: 'delay', ms } })

describe('cancel drills', () => {
  it('SIGINT then SIGTERM during small PUTs: stops within seconds, manifest kept, state saved; the rerun sends only the rest', async () => {
    version++
    for (let index = 0; index < 12; index++) await writeSmall(drill.project, index, `v${version}`)
    const manifestBefore = await liveHashedName(drill, smallPath(0))
    const { run, exitAfterMs } = await signalDuring(
      [slow('PutObject', 400)],
      { operation: 'PutObject', count: 5 },
      ['SIGINT', 'SIGTERM'],
      { concurrency: '2' }
    )
    expect(run.code).not.toBe(0)
    expect(exitAfterMs).toBeLessThan(5_000)
    const stopped = report(run)
    expect(stopped.stopped).toEqual({ cause: 'cancelled', detail: 'SIGINT' })
    expect(run.summary).toMatch(/Stopped: the run was cancelled \(SIGINT\)\. \d+ files? uploaded, \d+ files? not uploaded/)
    expect(run.stdout).toMatch(/::error::Stopped: the run was cancelled \(SIGINT\)/)
    expect(stopped.files.find((file) => file.path === 'staticfiles.json')?.reason).toMatch(/not uploaded: the run was cancelled/)
    expect(stopped.totals.uploaded).toBeGreaterThan(0)
    expect(notUploadedByStop(stopped).length).toBeGreaterThan(0)
    expect(await liveHashedName(drill, smallPath(0))).toBe(manifestBefore)
    expect(await exists(drill, STRAY)).toBe(true)
    await expectConsistentBucket(drill)

    const rerun = await expectCleanRerun(drill)
    // What the cancelled run did upload is not sent again.
    expect(uploadedPaths(rerun.report)).toEqual(notUploadedByStop(stopped))
  })

  it('SIGINT during a multipart upload: the upload is aborted, its marker removed, nothing left open', async () => {
    await writeBig(drill.project, `m${++version}`)
    const { run, exitAfterMs } = await signalDuring([slow('UploadPart', 1_500)], { operation: 'UploadPart', count: 1 }, [
      'SIGINT',
      'SIGTERM'
    ])
    expect(run.code).not.toBe(0)
    expect(exitAfterMs).toBeLessThan(5_000)
    expect(report(run).stopped?.cause).toBe('cancelled')
    expect(drill.proxy.log.some((entry) => entry.operation === 'AbortMultipartUpload')).toBe(true)
    expect(await openUploads(drill)).toEqual([])
    expect([...(await listKeys(drill)).keys()].filter((key) => key.includes('/.collectstatic-s3/multipart/'))).toEqual([])
    expect(await exists(drill, STRAY)).toBe(true)
    await expectConsistentBucket(drill)
    const rerun = await expectCleanRerun(drill)
    expect(uploadedPaths(rerun.report)).toEqual(expect.arrayContaining(['media/big.bin', 'staticfiles.json']))
  })

  it('SIGINT then SIGTERM during the listing: stops before anything is sent and says so', async () => {
    await writeSmall(drill.project, 20, `l${++version}`)
    const { run, exitAfterMs } = await signalDuring([slow('ListObjectsV2', 4_000)], { operation: 'ListObjectsV2', count: 1 }, [
      'SIGINT',
      'SIGTERM'
    ])
    expect(run.code).not.toBe(0)
    expect(exitAfterMs).toBeLessThan(3_000)
    expect(run.summary).toMatch(/Stopped before anything was uploaded: the run was cancelled \(SIGINT\)/)
    expect(drill.proxy.log.filter((entry) => entry.operation === 'PutObject')).toEqual([])
    await expectConsistentBucket(drill)
    await expectCleanRerun(drill, {}, true)
  })

  it('kill -9 mid-run while headers change: the state never vouches for them, the rerun aborts the abandoned upload', async () => {
    await writeBig(drill.project, `k${++version}`)
    const { run } = await signalDuring(
      [slow('UploadPart', 3_000), slow('PutObject', 100)],
      { operation: 'UploadPart', count: 1 },
      ['SIGKILL'],
      { 'cache-control': 'max-age=7', concurrency: '4' }
    )
    expect(run.signal).toBe('SIGKILL')
    expect(await openUploads(drill)).toHaveLength(1)

    // Back to the old header: whatever the killed run sent with max-age=7 must be sent again.
    const rerun = await runInProcess(drillInputs(drill), drill.reportDir)
    expect(rerun.failed).toBeNull()
    expect(rerun.notices.join('\n')).toMatch(
      /Aborted 1 multipart upload an earlier run of this action left open: static\/media\/big/
    )
    await expectConsistentBucket(drill)
    for (const key of (await listKeys(drill)).keys()) {
      if (key.includes('/.collectstatic-s3/') || /\.[0-9a-f]{12}\./.test(key)) continue
      const head = await drill.client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))
      expect({ key, cacheControl: head.CacheControl }).toEqual({ key, cacheControl: 'max-age=86400' })
    }
    expect(await exists(drill, `${PREFIX}/media/big.bin`)).toBe(true)
    await expectCleanRerun(drill, {}, true)
  })
})
