import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import net from 'node:net'
import { gzipSync } from 'node:zlib'
import nock from 'nock'
import { createS3Target, type S3TargetConfig } from '../../src/adapters/s3-target.js'
import { ActionError } from '../../src/errors.js'
import type { PreparedObject } from '../../src/model.js'
import { planUpload } from '../../src/plan/plan.js'
import { prepareObjects } from '../../src/plan/prepare.js'
import { serializeState } from '../../src/plan/state-file.js'
import { blockNetwork, restoreNetwork } from '../helpers/nock.js'

const ENDPOINT = 'http://s3.test'
const MiB = 1024 * 1024
// The marker a multipart upload leaves while it is open (multipart-markers.ts).
const MARKER = /^\/bucket\/static\/\.collectstatic-s3\/multipart\/[0-9a-f]{40}$/

function target(extra: Partial<S3TargetConfig> = {}) {
  const s3 = createS3Target({
    bucket: 'bucket',
    prefix: 'static',
    region: 'us-east-1',
    endpoint: ENDPOINT,
    forcePathStyle: true,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
    concurrency: 4,
    maxAttempts: 3,
    ...extra
  })
  // nock cannot answer `Expect: 100-continue` (sent for bodies of 2 MB and more): the request
  // would leave the mock. Real servers (s3rver tests) keep the SDK default.
  ;(s3.client.config as { expectContinueHeader?: boolean | number }).expectContinueHeader = false
  return s3
}

interface Listed {
  key: string
  size: number
  etag: string
}

function listXml(items: Listed[], next?: string): string {
  const contents = items
    .map(
      (item) =>
        `<Contents><Key>${item.key}</Key><Size>${item.size}</Size><ETag>&quot;${item.etag}&quot;</ETag><StorageClass>STANDARD</StorageClass></Contents>`
    )
    .join('')
  return (
    '<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
    `<Name>bucket</Name><Prefix>static/</Prefix><KeyCount>${items.length}</KeyCount><MaxKeys>1000</MaxKeys>` +
    `<IsTruncated>${next ? 'true' : 'false'}</IsTruncated>${next ? `<NextContinuationToken>${next}</NextContinuationToken>` : ''}${contents}</ListBucketResult>`
  )
}

function errorXml(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>R</RequestId></Error>`
}

const md5 = (data: Buffer | string) => createHash('md5').update(data).digest('hex')

function object(path: string, data: Buffer, extra: Partial<PreparedObject> = {}): PreparedObject {
  return {
    path,
    body: { kind: 'bytes', data },
    size: data.length,
    md5: md5(data),
    contentType: 'text/css; charset=utf-8',
    cacheControl: 'max-age=60',
    parameters: {},
    headersDigest: 'h',
    role: 'original',
    ...extra
  }
}

beforeAll(blockNetwork)
afterEach(() => {
  const pending = nock.pendingMocks()
  nock.cleanAll()
  expect(pending).toEqual([])
})
afterAll(restoreNetwork)

describe('S3 inventory', () => {
  it('lists every page under the prefix and reads the state and the live manifest', async () => {
    const state = serializeState({ version: 1, partSize: 8 * MiB, objects: { 'a.css': { etag: 'aa', headersDigest: 'h1' } } })
    const scope = nock(ENDPOINT)
      .get('/bucket/')
      .query({ 'list-type': '2', prefix: 'static/', 'max-keys': '1000' })
      .reply(
        200,
        listXml(
          [
            { key: 'static/a.css', size: 1, etag: 'aa' },
            { key: 'static/', size: 0, etag: 'd41d8cd98f00b204e9800998ecf8427e' }
          ],
          'token-1'
        )
      )
      .get('/bucket/')
      .query({ 'list-type': '2', prefix: 'static/', 'max-keys': '1000', 'continuation-token': 'token-1' })
      .reply(
        200,
        listXml([
          { key: 'static/.collectstatic-s3/state.json', size: state.length, etag: 'ss' },
          { key: 'static/staticfiles.json', size: 9, etag: 'mm' }
        ])
      )
      .get('/bucket/static/.collectstatic-s3/state.json')
      .query({ 'x-id': 'GetObject' })
      .reply(200, state)
      .get('/bucket/static/staticfiles.json')
      .query({ 'x-id': 'GetObject' })
      .reply(200, JSON.stringify({ version: '1.1', paths: { 'a.css': 'a.123.css' } }))
    const s3 = target()
    const inventory = await s3.inventory('staticfiles.json')
    expect(scope.isDone()).toBe(true)
    if (!inventory.available) throw new Error(inventory.reason)
    expect([...inventory.objects.values()]).toEqual([
      { path: 'a.css', size: 1, etag: 'aa' },
      { path: 'staticfiles.json', size: 9, etag: 'mm' }
    ])
    expect(inventory.state?.objects).toEqual({ 'a.css': { etag: 'aa', headersDigest: 'h1' } })
    expect([...inventory.previousManifestPaths].sort()).toEqual(['a.123.css', 'a.css'])
    expect(s3.requestCounts()).toEqual({ ListObjectsV2: 2, GetObject: 2 })
  })

  it('reports a denied listing as unavailable, explaining s3:ListBucket', async () => {
    // Every refusal is seen twice: the direct request, then the SDK's, which parses the error.
    nock(ENDPOINT).get('/bucket/').query(true).times(2).reply(403, errorXml('AccessDenied', 'Access Denied'))
    const inventory = await target().inventory(null)
    expect(inventory.available).toBe(false)
    if (inventory.available) return
    expect(inventory.reason).toContain('s3:ListBucket on arn:aws:s3:::bucket')
    expect(inventory.reason).toContain('every file is uploaded')
  })

  it('recognises AWS multipart ETags as unchanged', async () => {
    const data = Buffer.alloc(25, 1)
    const [prepared] = await prepareObjects([{ path: 'big.bin', body: { kind: 'bytes', data }, role: 'original' }], {
      cacheControl: 'c',
      cacheControlHashed: 'h',
      objectParameters: {},
      gzip: false,
      gzipContentTypes: [],
      concurrency: 1,
      partSize: 10,
      multipartThreshold: 20
    })
    if (!prepared?.multipartEtag) throw new Error('no multipart ETag')
    expect(prepared.multipartEtag).toMatch(/-3$/)
    const state = serializeState({
      version: 1,
      partSize: 10,
      objects: { 'big.bin': { etag: prepared.multipartEtag, headersDigest: prepared.headersDigest } }
    })
    nock(ENDPOINT)
      .get('/bucket/')
      .query(true)
      .reply(
        200,
        listXml([
          { key: 'static/big.bin', size: 25, etag: prepared.multipartEtag },
          { key: 'static/.collectstatic-s3/state.json', size: 1, etag: 'ss' }
        ])
      )
      .get('/bucket/static/.collectstatic-s3/state.json')
      .query(true)
      .reply(200, state)
    const inventory = await target().inventory(null)
    const plan = planUpload([prepared], inventory, {
      overwrite: 'changed',
      deleteRemoved: false,
      keepPreviousManifest: true,
      maxDelete: 1,
      compareHeaders: true
    })
    expect(plan.files.map((f) => `${f.action} ${f.reason}`)).toEqual(['skip unchanged'])
  })

  it('explains a missing bucket, bad credentials and an unreachable endpoint', async () => {
    // Every refusal is seen twice: the direct request, then the SDK's, which parses the error.
    nock(ENDPOINT)
      .get('/bucket/')
      .query(true)
      .times(2)
      .reply(404, errorXml('NoSuchBucket', 'The specified bucket does not exist'))
    await expect(target().inventory(null)).rejects.toThrow(
      /Bucket 'bucket' does not exist at http:\/\/s3\.test\. Check the bucket input/
    )
    nock(ENDPOINT)
      .get('/bucket/')
      .query(true)
      .times(2)
      .reply(403, errorXml('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.'))
    await expect(target().inventory(null)).rejects.toThrow(/access key ID is not known.*aws-access-key-id/)
    nock(ENDPOINT)
      .get('/bucket/')
      .query(true)
      .times(2)
      .reply(403, errorXml('SignatureDoesNotMatch', 'The request signature we calculated does not match'))
    await expect(target().inventory(null)).rejects.toThrow(/secret access key does not match/)
    const closedPort = await freePort()
    await expect(target({ endpoint: `http://127.0.0.1:${closedPort}`, maxAttempts: 1 }).inventory(null)).rejects.toThrow(
      new RegExp(`Could not reach S3 at http://127.0.0.1:${closedPort} \\(ECONNREFUSED\\)`)
    )
    expect(() => target({ bucket: '' })).toThrow(ActionError)
  })
})

describe('S3 put', () => {
  it('sends Content-Type, Cache-Control, Content-MD5 and object parameters', async () => {
    const data = gzipSync('body { color: red }')
    let headers: Record<string, string> = {}
    let received = ''
    nock(ENDPOINT)
      .put('/bucket/static/css/site.css')
      .query({ 'x-id': 'PutObject' })
      .reply(async (request: Request) => {
        headers = Object.fromEntries(request.headers.entries())
        received = await request.text() // nock gunzips bodies sent with Content-Encoding: gzip
        return [200, '', { ETag: `"${md5(data)}"` }]
      })
    const s3 = target()
    const parameters = {
      ACL: 'public-read',
      StorageClass: 'STANDARD_IA',
      Metadata: { team: 'web' },
      ContentDisposition: 'inline',
      Expires: '2030-01-01T00:00:00Z'
    }
    const result = await s3.put(object('css/site.css', data, { parameters, contentEncoding: 'gzip' }))
    expect(result).toEqual({ etag: md5(data) })
    expect(headers).toEqual(
      expect.objectContaining({
        'content-type': 'text/css; charset=utf-8',
        'cache-control': 'max-age=60',
        'content-encoding': 'gzip',
        'content-md5': Buffer.from(md5(data), 'hex').toString('base64'),
        'content-length': String(data.length),
        'content-disposition': 'inline',
        'x-amz-acl': 'public-read',
        'x-amz-storage-class': 'STANDARD_IA',
        'x-amz-meta-team': 'web',
        expires: 'Tue, 01 Jan 2030 00:00:00 GMT'
      })
    )
    expect(received).toBe('body { color: red }')
    expect(headers['x-amz-checksum-crc32']).toBeUndefined()
    expect(s3.requestCounts()).toEqual({ PutObject: 1 })
  })

  it('retries a throttled request', async () => {
    const data = Buffer.from('x')
    nock(ENDPOINT)
      .put('/bucket/static/x.css')
      .query(true)
      .reply(503, errorXml('SlowDown', 'Please reduce your request rate.'))
      .put('/bucket/static/x.css')
      .query(true)
      .reply(200, '', { ETag: `"${md5(data)}"` })
    await expect(target().put(object('x.css', data))).resolves.toEqual({ etag: md5(data) })
  })

  it('names the action and resource when a put is denied', async () => {
    // The direct attempt is denied, then repeated through the SDK, which parses the error.
    nock(ENDPOINT).put('/bucket/static/x.css').query(true).times(2).reply(403, errorXml('AccessDenied', 'Access Denied'))
    await expect(target().put(object('x.css', Buffer.from('x'), { parameters: { ACL: 'public-read' } }))).rejects.toThrow(
      /Access denied: s3:PutObject on arn:aws:s3:::bucket\/static\/x\.css\..*s3:PutObjectAcl/
    )
  })

  it('uploads large objects in parts', async () => {
    const data = Buffer.alloc(11 * MiB, 'a')
    const parts = [data.subarray(0, 5 * MiB), data.subarray(5 * MiB, 10 * MiB), data.subarray(10 * MiB)]
    const partEtags = parts.map((part) => md5(part))
    const seen: number[] = []
    let completeBody = ''
    nock(ENDPOINT)
      .put(MARKER)
      .query(true)
      .reply(200, '', { ETag: '"m"' })
      .delete(MARKER)
      .query(true)
      .reply(204)
      .post('/bucket/static/big.bin')
      .query({ uploads: '' })
      .reply(
        200,
        '<InitiateMultipartUploadResult><Bucket>bucket</Bucket><Key>static/big.bin</Key><UploadId>U1</UploadId></InitiateMultipartUploadResult>'
      )
      .put('/bucket/static/big.bin')
      .query((query) => query.uploadId === 'U1' && typeof query.partNumber === 'string')
      .times(3)
      .reply(async (request: Request) => {
        const partNumber = Number(new URL(request.url).searchParams.get('partNumber'))
        seen.push(partNumber)
        const body = Buffer.from(await request.arrayBuffer())
        expect(md5(body)).toBe(partEtags[partNumber - 1])
        return [200, '', { ETag: `"${partEtags[partNumber - 1]}"` }]
      })
      .post('/bucket/static/big.bin')
      .query((query) => query.uploadId === 'U1')
      .reply(async (request: Request) => {
        completeBody = await request.text()
        return [200, '<CompleteMultipartUploadResult><ETag>&quot;abc-3&quot;</ETag></CompleteMultipartUploadResult>']
      })
    const result = await target({ partSize: 5 * MiB, multipartThreshold: 5 * MiB }).put(object('big.bin', data))
    expect(result).toEqual({ etag: 'abc-3' })
    expect(seen.sort()).toEqual([1, 2, 3])
    for (const etag of partEtags) expect(completeBody).toContain(etag)
  })

  it('aborts a multipart upload that fails', async () => {
    const data = Buffer.alloc(11 * MiB, 'b')
    let aborted = false
    nock(ENDPOINT)
      .put(MARKER)
      .query(true)
      .reply(200, '', { ETag: '"m"' })
      .delete(MARKER)
      .query(true)
      .reply(204)
      .post('/bucket/static/big.bin')
      .query((query) => 'uploads' in query)
      .reply(200, '<InitiateMultipartUploadResult><UploadId>U2</UploadId></InitiateMultipartUploadResult>')
      .put('/bucket/static/big.bin')
      .query(true)
      .times(2) // two parts in flight; the third is never started
      .reply(403, errorXml('AccessDenied', 'Access Denied'))
      .delete('/bucket/static/big.bin')
      .query((query) => query.uploadId === 'U2')
      .reply(() => {
        aborted = true
        return [204, '']
      })
    await expect(target({ partSize: 5 * MiB, multipartThreshold: 5 * MiB }).put(object('big.bin', data))).rejects.toThrow(
      /Access denied: s3:PutObject/
    )
    expect(aborted).toBe(true)
  })
})

describe('S3 remove and state', () => {
  it('deletes in batches of 1,000 and reports per-key errors', async () => {
    const paths = Array.from({ length: 1001 }, (_, index) => `old/${index}.css`)
    const batches: number[] = []
    nock(ENDPOINT)
      .post('/bucket/')
      .query((query) => 'delete' in query)
      .times(2)
      .reply(async (request: Request) => {
        const keys = [...(await request.text()).matchAll(/<Key>([^<]*)<\/Key>/g)].map((match) => match[1])
        batches.push(keys.length)
        expect(keys.every((key) => key?.startsWith('static/old/'))).toBe(true)
        const failed = keys.includes('static/old/1000.css')
          ? '<Error><Key>static/old/1000.css</Key><Code>AccessDenied</Code><Message>Access Denied</Message></Error>'
          : ''
        return [200, `<DeleteResult>${failed}</DeleteResult>`]
      })
    const failures = await target().remove(paths)
    expect(batches).toEqual([1000, 1])
    expect(failures).toEqual([
      {
        path: 'old/1000.css',
        error: expect.stringContaining('Access denied: s3:DeleteObject on arn:aws:s3:::bucket/static/old/1000.css')
      }
    ])
  })

  it('writes the state object as JSON under the prefix', async () => {
    const state = { version: 1 as const, partSize: 8 * MiB, objects: { 'a.css': { etag: 'aa', headersDigest: 'h' } } }
    let contentType = ''
    nock(ENDPOINT)
      .put('/bucket/static/.collectstatic-s3/state.json', serializeState(state))
      .query(true)
      .reply(async (request: Request) => {
        contentType = request.headers.get('content-type') ?? ''
        return [200, '', { ETag: '"x"' }]
      })
    await target({ objectParameters: { ServerSideEncryption: 'AES256', ACL: 'public-read' } }).writeState(state)
    expect(contentType).toBe('application/json')
  })

  it('refuses keys that would leave the prefix', async () => {
    await expect(target().put(object('../x.css', Buffer.from('x')))).rejects.toThrow(/not a plain relative path/)
  })
})

async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  await new Promise((resolve) => server.close(resolve))
  return port
}
