// dist/index.js as the runner runs it, against s3rver and a local stand-in for CloudFront
// (AWS_ENDPOINT_URL_CLOUDFRONT, the SDK's own endpoint setting): the invalidation and the outputs
// later steps use.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { appendFile, cp, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT, runDist } from '../helpers/run-dist.js'
import { S3RVER_CREDENTIALS, startS3rver, type S3rverHandle } from '../helpers/s3rver.js'
import { startLocalCloudFront, type LocalCloudFront } from '../../scripts/local-cloudfront.mjs'

const CASE = path.join(REPO_ROOT, '__fixtures__/conformance/cases/manifest-references')
let server: S3rverHandle
let cloudfront: LocalCloudFront
let requests: LocalCloudFront['requests']
let project: string

beforeAll(async () => {
  server = await startS3rver()
  await server.createBucket('cdn-site')
  project = await mkdtemp(path.join(os.tmpdir(), 'cs3-cdn-e2e-'))
  await cp(CASE, project, { recursive: true })
  cloudfront = await startLocalCloudFront()
  requests = cloudfront.requests
})

afterAll(async () => {
  await cloudfront?.stop()
  await server?.stop()
})

function inputs(extra: Record<string, string> = {}) {
  return {
    'working-directory': project,
    settings: 'config/settings.py',
    bucket: 'cdn-site',
    prefix: 'static',
    'endpoint-url': server.endpoint,
    'aws-access-key-id': S3RVER_CREDENTIALS.accessKeyId,
    'aws-secret-access-key': S3RVER_CREDENTIALS.secretAccessKey,
    'cloudfront-distribution-id': 'E2QWRUHAPOMQZL',
    'public-url': 'https://d111111abcdef8.cloudfront.net/',
    ...extra
  }
}

const env = () => ({ AWS_ENDPOINT_URL_CLOUDFRONT: cloudfront.endpoint })
const reportOf = (run: { report: unknown }) =>
  run.report as { requests: Record<string, number>; invalidation: { paths: { path: string }[] } | null }

describe('dist/index.js with a CloudFront distribution', () => {
  it('a first deploy: outputs for later steps, no invalidation of new keys', async () => {
    const run = await runDist(inputs(), env())
    expect(run.stdout).not.toContain('::error')
    expect(run.code).toBe(0)
    const changed = JSON.parse(run.outputs['changed-keys'] ?? '') as string[]
    expect(changed).toContain('static/staticfiles.json')
    expect(changed).toContain('static/css/base.css')
    expect(changed).toContain('static/css/base.56775c12069f.css')
    expect(run.outputs).toMatchObject({
      'changed-keys-truncated': 'false',
      'manifest-key': 'static/staticfiles.json',
      'static-url': 'https://d111111abcdef8.cloudfront.net/static/',
      'invalidation-id': '',
      'invalidated-paths': '[]'
    })
    expect(requests).toEqual([])
    expect(run.summary).toMatch(/#### Invalidation: CloudFront distribution E2QWRUHAPOMQZL/)
    expect(run.summary).toMatch(/Nothing to invalidate/)
  })

  it('a dry run shows what it would invalidate and sends nothing', async () => {
    await appendFile(path.join(project, 'assets/css/base.css'), '\n/* v2 */\n')
    const run = await runDist(inputs({ 'dry-run': 'true' }), env())
    expect(run.code).toBe(0)
    expect(run.outputs['invalidation-id']).toBe('')
    expect(JSON.parse(run.outputs['invalidated-paths'] ?? '')).toEqual(['/static/css/base.css'])
    expect(run.summary).toMatch(/would invalidate 1 path/)
    expect(requests).toEqual([])
  })

  it('a deploy that changed an unhashed file invalidates exactly that path, once', async () => {
    const run = await runDist(inputs({ 'cloudfront-wait': 'true' }), env())
    expect(run.stdout).not.toContain('::error')
    expect(run.code).toBe(0)
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      'POST /2020-05-31/distribution/E2QWRUHAPOMQZL/invalidation',
      'GET /2020-05-31/distribution/E2QWRUHAPOMQZL/invalidation/I1EXAMPLE'
    ])
    expect(requests[0]?.body).toContain('<Paths><Quantity>1</Quantity><Items><Path>/static/css/base.css</Path></Items></Paths>')
    expect(run.outputs['invalidation-id']).toBe('I1EXAMPLE')
    expect(JSON.parse(run.outputs['invalidated-paths'] ?? '')).toEqual(['/static/css/base.css'])
    const changed = JSON.parse(run.outputs['changed-keys'] ?? '') as string[]
    expect(changed).toContain('static/css/base.css')
    expect(changed).toContain('static/staticfiles.json')
    expect(reportOf(run).requests).toMatchObject({ CreateInvalidation: 1, GetInvalidation: 1 })
    expect(run.summary).toMatch(/invalidated 1 path covering 1 changed key · ID <code>I1EXAMPLE<\/code> \(Completed\)/)
    expect(run.summary).toContain('| <code>/static/css/base.css</code> | changed |')
  })

  it('a denied invalidation fails the step and stays owed for the next run', async () => {
    await appendFile(path.join(project, 'assets/js/util.js'), '\n// v2\n')
    cloudfront.denied.add('EDENIED0000000')
    const denied = await runDist(inputs({ 'cloudfront-distribution-id': 'EDENIED0000000' }), env())
    expect(denied.code).toBe(1)
    expect(denied.stdout).toMatch(
      /::error::The CDN was not invalidated: Access denied: cloudfront:CreateInvalidation on arn:aws:cloudfront::<account>:distribution\/EDENIED0000000/
    )
    expect(denied.outputs['invalidation-id']).toBe('')
    requests.length = 0
    const next = await runDist(inputs(), env())
    expect(next.code).toBe(0)
    expect(cloudfront.invalidations()).toEqual([['/static/js/util.js']])
    expect(next.summary).toContain('owed: uploaded by an earlier run that did not finish')
  })

  it('a rerun with nothing changed sends nothing and changes no keys', async () => {
    requests.length = 0
    const run = await runDist(inputs(), env())
    expect(run.code).toBe(0)
    expect(requests).toEqual([])
    expect(run.outputs).toMatchObject({
      'changed-keys': '[]',
      'manifest-key': '',
      'invalidation-id': '',
      'invalidated-paths': '[]'
    })
    expect(reportOf(run).requests).not.toHaveProperty('CreateInvalidation')
  })
})
