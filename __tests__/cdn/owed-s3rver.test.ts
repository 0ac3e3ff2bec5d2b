// An invalidation is never lost: against a real S3-compatible server, a run that fails (or is
// cancelled) after uploading unhashed files leaves them owed in the upload state, and the next
// successful run invalidates them although it sees those files as unchanged.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { appendFile, cp, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { actionDefaults } from '../../__fixtures__/action-defaults.js'
import { fakeToolkit } from '../../__fixtures__/fake-toolkit.js'
import type { Cdn } from '../../src/adapters/cdn.js'
import { createS3Target } from '../../src/adapters/s3-target.js'
import type { PutResult, Target } from '../../src/adapters/target.js'
import type { CdnRun } from '../../src/execute/invalidate.js'
import { getSettings } from '../../src/inputs/input-helper.js'
import type { PreparedObject } from '../../src/model.js'
import { deploy } from '../../src/pipeline.js'
import { REPO_ROOT } from '../helpers/run-dist.js'
import { S3RVER_CREDENTIALS, startS3rver, type S3rverHandle } from '../helpers/s3rver.js'

const CASE = path.join(REPO_ROOT, '__fixtures__/conformance/cases/manifest-references')
let server: S3rverHandle
let client: S3Client
let project: string

beforeAll(async () => {
  server = await startS3rver()
  await server.createBucket('owed')
  client = new S3Client({ region: 'us-east-1', endpoint: server.endpoint, forcePathStyle: true, credentials: S3RVER_CREDENTIALS })
  project = await mkdtemp(path.join(os.tmpdir(), 'cs3-owed-'))
  await cp(CASE, project, { recursive: true })
})

afterAll(async () => {
  client?.destroy()
  await server?.stop()
})

/** A CDN that only remembers what it was asked to invalidate. */
function fakeCdn() {
  const calls: string[][] = []
  const cdn: Cdn = {
    dryRun: false,
    describe: () => 'CloudFront distribution E2QWRUHAPOMQZL',
    async createInvalidation(paths) {
      calls.push(paths)
      return { id: `I${calls.length}`, status: 'InProgress' }
    },
    invalidationStatus: async () => 'Completed',
    requestCounts: () => ({ CreateInvalidation: calls.length })
  }
  return { cdn, calls }
}

/** The real S3 target, with `put` replaced for the objects `intercept` takes. */
function s3Target(intercept?: (object: PreparedObject) => Promise<PutResult> | undefined): Target {
  const inner = createS3Target({
    bucket: 'owed',
    prefix: 'static',
    region: 'us-east-1',
    endpoint: server.endpoint,
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
    concurrency: 4
  })
  return {
    tracksHeaders: inner.tracksHeaders,
    describe: () => inner.describe(),
    inventory: (name) => inner.inventory(name),
    put: (object) => intercept?.(object) ?? inner.put(object),
    remove: (paths) => inner.remove(paths),
    writeState: (state) => inner.writeState(state),
    requestCounts: () => inner.requestCounts()
  }
}

async function run(target: Target) {
  const inputs = {
    'working-directory': project,
    settings: 'config/settings.py',
    bucket: 'owed',
    prefix: 'static',
    'endpoint-url': server.endpoint,
    'aws-access-key-id': S3RVER_CREDENTIALS.accessKeyId,
    'aws-secret-access-key': S3RVER_CREDENTIALS.secretAccessKey,
    'cloudfront-distribution-id': 'E2QWRUHAPOMQZL'
  }
  const settings = await getSettings(fakeToolkit(inputs, actionDefaults()), { GITHUB_WORKSPACE: project })
  const { cdn, calls } = fakeCdn()
  const cdnRun: CdnRun = { cdn, settings: settings.cdn!, hashing: settings.manifest !== null }
  const result = await deploy(settings, target, { cdnRun })
  return { result, calls }
}

async function owedInBucket(): Promise<string[]> {
  const output = await client.send(new GetObjectCommand({ Bucket: 'owed', Key: 'static/.collectstatic-s3/state.json' }))
  const state = JSON.parse(await output.Body!.transformToString()) as { pendingInvalidation?: string[] }
  return state.pendingInvalidation ?? []
}

const change = (file: string) => appendFile(path.join(project, 'assets', file), '\n/* changed */\n')

describe('owed invalidations against s3rver', () => {
  it('a first deploy of new keys invalidates nothing', async () => {
    const { result, calls } = await run(s3Target())
    expect(result.files.filter((file) => file.action === 'fail')).toEqual([])
    expect(calls).toEqual([])
    expect(result.invalidation?.notes[0]).toMatch(/Nothing to invalidate/)
    expect(await owedInBucket()).toEqual([])
  })

  it('a failed run invalidates nothing and leaves what it uploaded owed; the next run invalidates it', async () => {
    await change('css/base.css')
    await change('js/util.js')
    // The hashed copy of util.js fails: the run fails after base.css and util.js went up.
    const failing = s3Target((object) =>
      object.hashedFrom === 'js/util.js' ? Promise.reject(new Error('injected failure')) : undefined
    )
    const failed = await run(failing)
    expect(failed.result.files.find((file) => file.path === 'css/base.css')?.action).toBe('upload')
    expect(failed.result.files.some((file) => file.action === 'fail')).toBe(true)
    expect(failed.calls).toEqual([])
    expect(await owedInBucket()).toEqual(['css/base.css', 'js/util.js'])

    const next = await run(s3Target())
    const base = next.result.files.find((file) => file.path === 'css/base.css')
    expect(base?.action).toBe('skip') // uploaded by the failed run: unchanged now
    expect(next.calls).toEqual([['/static/css/base.css', '/static/js/util.js']])
    expect(next.result.invalidation?.paths.map((p) => p.why)).toEqual([
      'owed: uploaded by an earlier run that did not finish',
      'owed: uploaded by an earlier run that did not finish'
    ])
    expect(await owedInBucket()).toEqual([])
    const again = await run(s3Target())
    expect(again.calls).toEqual([])
  })

  it('a run cancelled mid-upload has already recorded what it owes', async () => {
    await change('css/main.css')
    let release!: (reason: Error) => void
    const hanging = new Promise<PutResult>((_, reject) => (release = reject))
    let started!: () => void
    const reached = new Promise<void>((resolve) => (started = resolve))
    const cancelled = run(
      s3Target((object) => {
        if (object.role !== 'hashed') return undefined
        started()
        return hanging
      })
    )
    await reached
    // The uploads are in flight (one never finishes): the bucket already says what is owed.
    expect(await owedInBucket()).toEqual(['css/main.css'])

    const next = await run(s3Target())
    expect(next.calls).toEqual([['/static/css/main.css']])
    expect(await owedInBucket()).toEqual([])
    release(new Error('cancelled'))
    await cancelled
  })
})
