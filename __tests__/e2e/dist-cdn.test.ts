// dist/index.js as the runner runs it, against s3rver and a local stand-in for CloudFront
// (AWS_ENDPOINT_URL_CLOUDFRONT, the SDK's own endpoint setting): the invalidation and the outputs
// later steps use.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { appendFile, cp, mkdtemp } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT, runDist } from '../helpers/run-dist.js'
import { S3RVER_CREDENTIALS, startS3rver, type S3rverHandle } from '../helpers/s3rver.js'

const CASE = path.join(REPO_ROOT, '__fixtures__/conformance/cases/manifest-references')
const NS = 'http://cloudfront.amazonaws.com/doc/2020-05-31/'
let server: S3rverHandle
let cloudfront: http.Server
let cloudfrontUrl: string
const requests: { method: string; url: string; body: string }[] = []
let project: string

beforeAll(async () => {
  server = await startS3rver()
  await server.createBucket('cdn-site')
  project = await mkdtemp(path.join(os.tmpdir(), 'cs3-cdn-e2e-'))
  await cp(CASE, project, { recursive: true })
  cloudfront = http.createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      requests.push({ method: request.method ?? '', url: request.url ?? '', body })
      const status = request.method === 'POST' ? 'InProgress' : 'Completed'
      response.writeHead(request.method === 'POST' ? 201 : 200, { 'content-type': 'text/xml' })
      response.end(
        `<?xml version="1.0"?><Invalidation xmlns="${NS}"><Id>I${requests.length}EXAMPLE</Id><Status>${status}</Status>` +
          `<CreateTime>2026-12-01T00:00:00Z</CreateTime><InvalidationBatch><Paths><Quantity>0</Quantity></Paths>` +
          `<CallerReference>r</CallerReference></InvalidationBatch></Invalidation>`
      )
    })
  })
  await new Promise<void>((resolve) => cloudfront.listen(0, '127.0.0.1', resolve))
  cloudfrontUrl = `http://127.0.0.1:${(cloudfront.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => cloudfront?.close(resolve))
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

const env = () => ({ AWS_ENDPOINT_URL_CLOUDFRONT: cloudfrontUrl })
const reportOf = (run: { report: unknown }) => run.report as { requests: Record<string, number>; invalidation: { paths: { path: string }[] } | null }

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

  it('a rerun with nothing changed sends nothing and changes no keys', async () => {
    requests.length = 0
    const run = await runDist(inputs(), env())
    expect(run.code).toBe(0)
    expect(requests).toEqual([])
    expect(run.outputs).toMatchObject({ 'changed-keys': '[]', 'manifest-key': '', 'invalidation-id': '', 'invalidated-paths': '[]' })
    expect(reportOf(run).requests).not.toHaveProperty('CreateInvalidation')
  })
})
