// The invalidation step against nock'ed CloudFront: the exact CreateInvalidation / GetInvalidation
// exchange (REST-XML at cloudfront.amazonaws.com), retries while busy, waiting, and the cases
// that must send nothing.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { createCloudFrontCdn } from '../../src/adapters/cdn-cloudfront.js'
import { createRecordingCdn } from '../../src/adapters/cdn-recording.js'
import type { Target } from '../../src/adapters/target.js'
import { invalidateChanges, type CdnRun, type FinishedRun } from '../../src/execute/invalidate.js'
import type { CdnSettings } from '../../src/inputs/settings.js'
import type { PlannedFile, PreparedObject, Problem, UploadState } from '../../src/model.js'
import { blockNetwork, restoreNetwork } from '../helpers/nock.js'

const CF = 'https://cloudfront.amazonaws.com'
const PATH = '/2020-05-31/distribution/E2QWRUHAPOMQZL/invalidation'
const NS = 'http://cloudfront.amazonaws.com/doc/2020-05-31/'
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }

const created = (id: string, status = 'InProgress') =>
  `<?xml version="1.0"?><Invalidation xmlns="${NS}"><Id>${id}</Id><Status>${status}</Status><CreateTime>2026-12-01T00:00:00Z</CreateTime>` +
  `<InvalidationBatch><Paths><Quantity>0</Quantity></Paths><CallerReference>r</CallerReference></InvalidationBatch></Invalidation>`
const cfError = (code: string, message: string) =>
  `<?xml version="1.0"?><ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>req</RequestId></ErrorResponse>`
const xml = { 'content-type': 'text/xml' }

const object = (path: string, role: PreparedObject['role']) => ({ path, role }) as PreparedObject
const upload = (path: string, reason = 'changed', role: PreparedObject['role'] = 'original'): PlannedFile => ({
  path,
  action: 'upload',
  reason,
  object: object(path, role)
})
const del = (path: string): PlannedFile => ({ path, action: 'delete', reason: 'removed locally', remoteSize: 1 })

const settings: CdnSettings = {
  distributionId: 'E2QWRUHAPOMQZL',
  pathPrefix: '/static/',
  maxPaths: 100,
  wait: false,
  waitTimeoutSeconds: 60
}
const owingState: UploadState = { version: 1, partSize: 8, objects: {}, pendingInvalidation: ['css/app.css'] }

function stateTarget() {
  const states: UploadState[] = []
  const target = { writeState: async (state: UploadState) => void states.push(state) } as unknown as Target
  return { target, states }
}

function cdnRun(overrides: Partial<CdnRun> = {}, cdnSettings: Partial<CdnSettings> = {}) {
  const sleeps: number[] = []
  let clock = 1_000_000
  const run: CdnRun = {
    cdn: createCloudFrontCdn({ distributionId: settings.distributionId, credentials, maxAttempts: 1 }),
    settings: { ...settings, ...cdnSettings },
    hashing: true,
    sleep: async (ms) => {
      sleeps.push(ms)
      clock += ms
    },
    now: () => clock,
    ...overrides
  }
  return { run, sleeps }
}

function finished(files: PlannedFile[], extra: Partial<FinishedRun> = {}): FinishedRun {
  return { files, failed: 0, owedBefore: [], universe: files.map((file) => file.path), state: owingState, ...extra }
}

/** Paths of a CreateInvalidation request body, in order. */
function pathsOf(body: string): string[] {
  return [...body.matchAll(/<Path>([^<]*)<\/Path>/g)].map((match) => match[1] as string)
}

beforeAll(() => blockNetwork())
afterEach(() => nock.cleanAll())
afterAll(() => restoreNetwork())

describe('CloudFront invalidation', () => {
  it('invalidates only changed and deleted unhashed keys, in one request, then forgets what was owed', async () => {
    const bodies: string[] = []
    const scope = nock(CF)
      .post(PATH, (body) => {
        bodies.push(typeof body === 'string' ? body : JSON.stringify(body))
        return true
      })
      .matchHeader('content-type', /xml/)
      .reply(201, created('I2J0I21PCUYOIK'), xml)
    const files = [
      upload('css/app.css'),
      upload('css/app.0123456789ab.css', 'changed', 'hashed'),
      upload('staticfiles.json', 'changed', 'manifest'),
      upload('img/new.png', 'new'),
      del('js/old.js'),
      del('js/old.0123456789ab.js')
    ]
    const { target, states } = stateTarget()
    const { run } = cdnRun()
    const problems: Problem[] = []
    const outcome = await invalidateChanges(finished(files, { owedBefore: ['fonts/owed.woff2'] }), target, run, problems)
    expect(scope.isDone()).toBe(true)
    expect(pathsOf(bodies[0] as string)).toEqual(['/static/css/app.css', '/static/fonts/owed.woff2', '/static/js/old.js'])
    expect(bodies[0]).toMatch(/<Quantity>3<\/Quantity>/)
    expect(bodies[0]).toMatch(/<CallerReference>collectstatic-s3-1000000-[0-9a-f]{12}<\/CallerReference>/)
    expect(outcome).toMatchObject({ id: 'I2J0I21PCUYOIK', status: 'InProgress', keys: 3, dryRun: false })
    expect(outcome.paths.map((path) => path.why)).toEqual([
      'changed',
      'owed: uploaded by an earlier run that did not finish',
      'deleted'
    ])
    expect(problems).toEqual([])
    expect(run.cdn.requestCounts()).toEqual({ CreateInvalidation: 1 })
    // The state no longer owes anything once the invalidation exists.
    expect(states).toHaveLength(1)
    expect(states[0]).not.toHaveProperty('pendingInvalidation')
  })

  it('retries TooManyInvalidationsInProgress with backoff, with the same caller reference', async () => {
    const references: string[] = []
    const record = (body: string) => {
      references.push(/<CallerReference>([^<]*)</.exec(body)?.[1] ?? '')
      return true
    }
    nock(CF)
      .post(PATH, record)
      .times(2)
      .reply(
        400,
        cfError(
          'TooManyInvalidationsInProgress',
          'Processing your request will cause you to exceed the maximum number of in-progress wildcard invalidations.'
        ),
        xml
      )
      .post(PATH, record)
      .reply(201, created('IRETRIED'), xml)
    const { run, sleeps } = cdnRun()
    const outcome = await invalidateChanges(finished([upload('a.css')]), stateTarget().target, run, [])
    expect(outcome.id).toBe('IRETRIED')
    expect(sleeps).toEqual([5000, 10000])
    expect(new Set(references).size).toBe(1)
    expect(run.cdn.requestCounts()).toEqual({ CreateInvalidation: 3 })
  })

  it('gives up when the distribution stays busy: an error, and the paths stay owed', async () => {
    nock(CF).post(PATH).times(8).reply(400, cfError('TooManyInvalidationsInProgress', 'busy'), xml)
    const { target, states } = stateTarget()
    const { run, sleeps } = cdnRun()
    const problems: Problem[] = []
    const outcome = await invalidateChanges(finished([upload('a.css')]), target, run, problems)
    expect(sleeps).toHaveLength(7)
    expect(outcome.id).toBeNull()
    expect(outcome.error).toMatch(/too many invalidations in progress.*stay owed in the upload state/)
    expect(problems).toEqual([expect.objectContaining({ severity: 'error' })])
    expect(states).toEqual([])
  })

  it('names the permission when CloudFront denies the request, and does not retry it', async () => {
    nock(CF)
      .post(PATH)
      .reply(403, cfError('AccessDenied', 'User is not authorized to perform: cloudfront:CreateInvalidation'), xml)
    const { run, sleeps } = cdnRun()
    const outcome = await invalidateChanges(finished([upload('a.css')]), stateTarget().target, run, [])
    expect(outcome.error).toMatch(
      /Access denied: cloudfront:CreateInvalidation on arn:aws:cloudfront::<account>:distribution\/E2QWRUHAPOMQZL/
    )
    expect(sleeps).toEqual([])
  })

  it('merges many changes into wildcards within the cap', async () => {
    let body = ''
    nock(CF)
      .post(PATH, (b) => {
        body = String(b)
        return true
      })
      .reply(201, created('IWILD'), xml)
    const files = [
      ...Array.from({ length: 30 }, (_, i) => upload(`img/icons/i${i}.svg`)),
      upload('css/site.css'),
      upload('js/app.js')
    ]
    const { run } = cdnRun({}, { maxPaths: 5 })
    const problems: Problem[] = []
    const outcome = await invalidateChanges(finished(files), stateTarget().target, run, problems)
    expect(pathsOf(body)).toEqual(['/static/css/site.css', '/static/img/icons/*', '/static/js/app.js'])
    expect(outcome.paths[1]?.why).toBe('30 changed keys under img/icons/')
    expect(problems).toEqual([])
  })

  it('waits for completion when asked, within the deadline', async () => {
    nock(CF).post(PATH).reply(201, created('IWAIT'), xml)
    nock(CF).get('/2020-05-31/distribution/E2QWRUHAPOMQZL/invalidation/IWAIT').reply(200, created('IWAIT'), xml)
    nock(CF).get('/2020-05-31/distribution/E2QWRUHAPOMQZL/invalidation/IWAIT').reply(200, created('IWAIT', 'Completed'), xml)
    const { run, sleeps } = cdnRun({}, { wait: true })
    const outcome = await invalidateChanges(finished([upload('a.css')]), stateTarget().target, run, [])
    expect(outcome.status).toBe('Completed')
    expect(sleeps).toEqual([5000, 10000])
    expect(run.cdn.requestCounts()).toEqual({ CreateInvalidation: 1, GetInvalidation: 2 })
  })

  it('stops waiting at the deadline with a note, not a failure', async () => {
    nock(CF).post(PATH).reply(201, created('ISLOW'), xml)
    nock(CF).get('/2020-05-31/distribution/E2QWRUHAPOMQZL/invalidation/ISLOW').times(10).reply(200, created('ISLOW'), xml)
    const { run, sleeps } = cdnRun({}, { wait: true, waitTimeoutSeconds: 12 })
    const outcome = await invalidateChanges(finished([upload('a.css')]), stateTarget().target, run, [])
    expect(sleeps).toEqual([5000, 7000])
    expect(outcome.error).toBeUndefined()
    expect(outcome.notes.at(-1)).toMatch(/Not completed within 12 s .* carries on in the background/)
  })

  it('sends nothing after a failed run, or when nothing unhashed changed', async () => {
    const { run } = cdnRun()
    const { target, states } = stateTarget()
    const failedRun = await invalidateChanges(finished([upload('a.css')], { failed: 1 }), target, run, [])
    expect(failedRun.notes[0]).toMatch(/Nothing invalidated: 1 upload\(s\) failed/)
    const onlyHashed = await invalidateChanges(
      finished([upload('a.0123456789ab.css', 'changed', 'hashed'), upload('staticfiles.json', 'changed', 'manifest')]),
      target,
      run,
      []
    )
    expect(onlyHashed.notes[0]).toMatch(/Nothing to invalidate/)
    expect(run.cdn.requestCounts()).toEqual({})
    expect(states).toEqual([])
  })

  it('records in a dry run what it would invalidate', async () => {
    const cdn = createRecordingCdn('E2QWRUHAPOMQZL')
    const { target, states } = stateTarget()
    const { run } = cdnRun({ cdn })
    const outcome = await invalidateChanges(finished([upload('a.css'), del('b.css')]), target, run, [])
    expect(cdn.recorded).toEqual([['/static/a.css', '/static/b.css']])
    expect(outcome).toMatchObject({ dryRun: true, id: null, status: 'dry run' })
    expect(states).toEqual([])
  })
})
