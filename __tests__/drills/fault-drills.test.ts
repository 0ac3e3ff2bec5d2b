// Fault drills: s3rver behind a fault-injecting proxy (127.0.0.1 only), the action run in this
// process. Each drill injects one kind of fault into a run that has something to upload, checks
// what that run did and said, then a clean rerun repairs everything. After every run: no torn
// object, the live manifest names only objects that exist with the right bytes, no multipart
// upload left open, nothing deleted after a failure.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { HeadObjectCommand } from '@aws-sdk/client-s3'
import { rmSync, writeFileSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  BUCKET,
  expectCleanRerun,
  expectConsistentBucket,
  exists,
  drillInputs,
  listKeys,
  liveHashedName,
  MiB,
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
  type Drill
} from '../helpers/drill.js'

let drill: Drill
let version = 1

/** Gives files `indexes` new bytes; returns their paths. */
async function changeSmall(indexes: number[]): Promise<string[]> {
  version++
  for (const index of indexes) await writeSmall(drill.project, index, `v${version}`)
  return indexes.map(smallPath)
}

async function faultRun(extra: Record<string, string> = {}) {
  await putStray(drill)
  return runInProcess(drillInputs(drill, extra), drill.reportDir)
}

function failedPaths(run: Awaited<ReturnType<typeof faultRun>>): string[] {
  return (run.report?.files ?? [])
    .filter((file) => file.action === 'fail')
    .map((file) => file.path)
    .sort()
}

beforeAll(async () => {
  drill = await startDrill()
  const first = await runInProcess(drillInputs(drill), drill.reportDir)
  expect(first.failed).toBeNull()
  await expectConsistentBucket(drill)
}, 60_000)

afterAll(async () => {
  await drill?.stop()
})

describe('fault drills', () => {
  it('503 SlowDown and 500 on a share of PUTs and on listing pages: retried, nothing lost', async () => {
    await changeSmall([0, 1, 2, 3, 4, 5])
    drill.proxy.setRules([
      { operation: 'PutObject', every: 3, times: 6, fault: { kind: 'status', status: 503, code: 'SlowDown' } },
      { operation: 'PutObject', every: 4, times: 4, fault: { kind: 'status', status: 500, code: 'InternalError' } },
      { operation: 'ListObjectsV2', times: 2, fault: { kind: 'status', status: 500, code: 'InternalError' } }
    ])
    const run = await faultRun()
    expect(run.failed).toBeNull()
    expect(drill.proxy.log.filter((entry) => entry.fault === 'status').length).toBeGreaterThanOrEqual(6)
    await expectConsistentBucket(drill)
    await expectCleanRerun(drill, {}, true)
  })

  it('a 500 after the object was stored, and resets mid-request and mid-response (state and manifest reads too)', async () => {
    const changed = await changeSmall([6, 7, 8, 9])
    drill.proxy.setRules([
      { operation: 'PutObject', key: /f06/, times: 2, fault: { kind: 'fail-after' } },
      { operation: 'PutObject', key: /f07/, times: 2, fault: { kind: 'reset-request' } },
      { operation: 'PutObject', key: /f08/, times: 1, fault: { kind: 'reset-response' } },
      { operation: 'GetObject', key: /state\.json$/, times: 1, fault: { kind: 'reset-response' } },
      { operation: 'GetObject', key: /staticfiles\.json$/, times: 1, fault: { kind: 'reset-request' } }
    ])
    const run = await faultRun()
    // Defect 3: one reset while reading the state or the live manifest no longer fails the deploy.
    expect(run.failed).toBeNull()
    expect(run.summary).not.toMatch(/Check endpoint-url/)
    for (const path of changed) expect(uploadedPaths(run.report)).toContain(path)
    await expectConsistentBucket(drill)
    await expectCleanRerun(drill, {}, true)
  })

  it('a hang past request-timeout costs one timeout, not minutes', async () => {
    await changeSmall([10])
    drill.proxy.setRules([{ operation: 'PutObject', key: /f10/, times: 1, fault: { kind: 'hang' } }])
    const run = await faultRun({ 'request-timeout': '1' })
    expect(run.failed).toBeNull()
    expect(run.wallMs).toBeLessThan(10_000)
    await expectConsistentBucket(drill)
    await expectCleanRerun(drill)
  })

  it('403 on some keys: those fail by cause, the rest is uploaded and not sent again; manifest kept, nothing deleted', async () => {
    const changed = await changeSmall([11, 12, 13, 14, 15])
    const manifestBefore = await liveHashedName(drill, smallPath(11))
    drill.proxy.setRules([
      { operation: 'PutObject', key: /f1[23]\.[0-9a-f]{12}\.js$/, fault: { kind: 'status', status: 403, code: 'AccessDenied' } }
    ])
    const run = await faultRun()
    expect(run.failed).toMatch(/2 of \d+ uploads failed/)
    expect(failedPaths(run)).toHaveLength(2)
    expect(run.summary).toMatch(/Access denied: s3:PutObject/)
    expect(await liveHashedName(drill, smallPath(11))).toBe(manifestBefore)
    expect(await exists(drill, STRAY)).toBe(true)
    await expectConsistentBucket(drill)
    const rerun = await expectCleanRerun(drill)
    // Only what the failed run could not upload is sent again, then the manifest.
    expect(uploadedPaths(rerun.report)).toEqual([...failedPaths(run), 'staticfiles.json'].sort())
    expect(changed).toHaveLength(5)
  })

  it('403 on every PUT while headers change: nothing is uploaded (the state cannot be updated first)', async () => {
    drill.proxy.setRules([{ operation: 'PutObject', fault: { kind: 'status', status: 403, code: 'AccessDenied' } }])
    drill.proxy.log.length = 0
    const run = await faultRun({ 'cache-control': 'max-age=60' })
    expect(run.failed).toMatch(/Nothing was uploaded: the upload state could not be updated/)
    expect(run.failed).toMatch(/Access denied: s3:PutObject/)
    const puts = drill.proxy.log.filter((entry) => entry.operation === 'PutObject').map((entry) => entry.key)
    expect(new Set(puts)).toEqual(new Set([`${PREFIX}/.collectstatic-s3/state.json`]))
    expect(await exists(drill, STRAY)).toBe(true)
    await expectConsistentBucket(drill)
    await expectCleanRerun(drill)
  })

  it('UploadPart fails: the multipart upload is aborted, reported as UploadPart, the manifest kept', async () => {
    await writeBig(drill.project, `b${++version}`)
    drill.proxy.setRules([{ operation: 'UploadPart', fault: { kind: 'status', status: 500, code: 'InternalError' } }])
    const run = await faultRun()
    expect(run.failed).toMatch(/uploads failed/)
    expect(run.summary).toMatch(/UploadPart/)
    expect(run.summary).not.toMatch(/PutObject of s3:\/\/drills\/static\/media\/big/)
    expect(drill.proxy.log.some((entry) => entry.operation === 'AbortMultipartUpload')).toBe(true)
    expect(await openUploads(drill)).toEqual([])
    expect(await exists(drill, STRAY)).toBe(true)
    await expectConsistentBucket(drill)
    await expectCleanRerun(drill, {}, true)
  })

  it('CompleteMultipartUpload fails: aborted, reported as CompleteMultipartUpload, no open upload', async () => {
    await writeBig(drill.project, `c${++version}`)
    drill.proxy.setRules([
      { operation: 'CompleteMultipartUpload', fault: { kind: 'status', status: 500, code: 'InternalError' } }
    ])
    const run = await faultRun()
    expect(run.failed).toMatch(/uploads failed/)
    expect(run.summary).toMatch(/CompleteMultipartUpload/)
    expect(await openUploads(drill)).toEqual([])
    expect(await exists(drill, STRAY)).toBe(true)
    await expectConsistentBucket(drill)
    await expectCleanRerun(drill)
  })

  it('the manifest PUT fails: the old manifest stays live, nothing is deleted, the rerun sends only the manifest', async () => {
    const [changed] = await changeSmall([16])
    const before = await liveHashedName(drill, changed!)
    drill.proxy.setRules([
      { operation: 'PutObject', key: /staticfiles\.json$/, fault: { kind: 'status', status: 403, code: 'AccessDenied' } }
    ])
    const run = await faultRun()
    expect(run.failed).toMatch(/1 of \d+ uploads failed/)
    expect(failedPaths(run)).toEqual(['staticfiles.json'])
    expect(await liveHashedName(drill, changed!)).toBe(before)
    expect(await exists(drill, STRAY)).toBe(true)
    await expectConsistentBucket(drill)
    const rerun = await expectCleanRerun(drill)
    expect(uploadedPaths(rerun.report)).toEqual(['staticfiles.json'])
  })

  it('the state PUT fails before the uploads: nothing is uploaded; after them: the next run re-sends rather than trusting it', async () => {
    // Before: the headers change, so the state must drop its entries first, and cannot.
    drill.proxy.setRules([
      { operation: 'PutObject', key: /state\.json$/, fault: { kind: 'status', status: 500, code: 'InternalError' } }
    ])
    const before = await faultRun({ 'cache-control': 'max-age=120' })
    expect(before.failed).toMatch(/Nothing was uploaded: the upload state could not be updated/)
    expect(uploadedPaths(before.report)).toEqual([])
    await expectConsistentBucket(drill)

    // After (defect 2): the pre-upload state is written, the uploads go out with the new header,
    // the final state fails. Back to the old header, the next run must not call them unchanged.
    drill.proxy.setRules([
      { operation: 'PutObject', key: /state\.json$/, every: 1, times: 1, fault: { kind: 'delay', ms: 0 } },
      { operation: 'PutObject', key: /state\.json$/, fault: { kind: 'status', status: 500, code: 'InternalError' } }
    ])
    const after = await faultRun({ 'cache-control': 'max-age=120' })
    expect(after.warnings.join('\n')).toMatch(/upload state could not be saved/)
    const changedHeaders = uploadedPaths(after.report).filter(
      (path) => !/\.[0-9a-f]{12}\./.test(path) && path !== 'staticfiles.json'
    )
    expect(changedHeaders.length).toBeGreaterThan(0)
    const back = await expectCleanRerun(drill)
    for (const path of changedHeaders) expect(uploadedPaths(back.report)).toContain(path)
    for (const path of changedHeaders) {
      const head = await drill.client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `${PREFIX}/${path}` }))
      expect({ path, cacheControl: head.CacheControl }).toEqual({ path, cacheControl: 'max-age=86400' })
    }
  })

  it('DeleteObjects fails: said as a deletion failure, the new manifest is live, the stray stays until the rerun', async () => {
    await changeSmall([17])
    drill.proxy.setRules([{ operation: 'DeleteObjects', fault: { kind: 'status', status: 500, code: 'InternalError' } }])
    const run = await faultRun()
    expect(run.failed).not.toBeNull()
    expect(run.summary).toMatch(/DeleteObjects/)
    expect(await exists(drill, STRAY)).toBe(true)
    await expectConsistentBucket(drill)
    await expectCleanRerun(drill, {}, true)
  })

  it('a big file changed while it is sent in parts: that file fails, nothing is completed under its hashed name', async () => {
    const huge = path.join(drill.project, 'assets/media/huge.bin')
    await writeFile(huge, Buffer.alloc(16 * MiB + 1, 'h'))
    let rewritten = false
    drill.proxy.setRules([{ operation: 'UploadPart', key: /huge/, fault: { kind: 'delay', ms: 300 } }])
    drill.proxy.onRequest((request) => {
      if (rewritten || request.operation !== 'UploadPart' || !request.key.includes('huge')) return
      rewritten = true
      writeFileSync(huge, Buffer.alloc(16 * MiB + 1, 'H')) // same size, other bytes
    })
    const run = await faultRun()
    drill.proxy.onRequest(null)
    expect(rewritten).toBe(true)
    expect(run.failed).toMatch(/uploads failed/)
    expect(run.summary).toMatch(/huge\.bin changed while it was being uploaded/)
    expect(await openUploads(drill)).toEqual([])
    expect([...(await listKeysOf())].filter((key) => key.includes('huge'))).toEqual([])
    await expectConsistentBucket(drill)
    await expectCleanRerun(drill)
    await rm(huge)
  })

  it('a file removed mid-run: said as a local file error, not an S3 one', async () => {
    const [, , removed] = await changeSmall([21, 22, 23])
    const file = path.join(drill.project, 'assets', removed!)
    drill.proxy.setRules([{ operation: 'PutObject', fault: { kind: 'delay', ms: 100 } }])
    drill.proxy.onRequest((request) => {
      if (request.operation === 'PutObject' && request.key.includes('f21')) rmSync(file, { force: true })
    })
    const run = await faultRun({ concurrency: '1' })
    drill.proxy.onRequest(null)
    expect(run.failed).toMatch(/uploads failed/)
    const messages = (run.report?.problems ?? [])
      .filter((problem) => problem.severity === 'error')
      .map((problem) => problem.message)
    expect(messages.join('\n')).toMatch(
      /'js\/f23(\.[0-9a-f]{12})?\.js' was not uploaded: its source .*f23\.js was removed while the action ran/
    )
    expect(messages.join('\n')).not.toMatch(/S3:/)
    expect(await exists(drill, STRAY)).toBe(true)
    await expectConsistentBucket(drill)
    await writeSmall(drill.project, 23, `v${version}`)
    await expectCleanRerun(drill)
  })
})

async function listKeysOf(): Promise<string[]> {
  return [...(await listKeys(drill)).keys()]
}
