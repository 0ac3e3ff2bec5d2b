// The direct requests must be the SDK's: the same request line and the same headers for every
// object parameter, signed for the endpoint the SDK would resolve, and the same listing read back.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { ListObjectsV2Command, PutObjectCommand, S3Client, type PutObjectCommandInput } from '@aws-sdk/client-s3'
import http from 'node:http'
import https from 'node:https'
import { gzipSync } from 'node:zlib'
import nock from 'nock'
import { createDirectS3, putsDirectly } from '../../src/adapters/s3-direct.js'
import { blockNetwork, restoreNetwork } from '../helpers/nock.js'

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }
const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) }
// Headers that describe the sender or the signature, not the object: they differ by design.
const SDK_ONLY =
  /^(authorization|x-amz-date|x-amz-content-sha256|user-agent|x-amz-user-agent|amz-sdk-.*|x-amz-checksum-.*|x-amz-sdk-checksum-algorithm|expect)$/

const EVERY_PARAMETER: Partial<PutObjectCommandInput> = {
  ACL: 'public-read',
  CacheControl: 'public, max-age=31536000, immutable',
  ContentDisposition: 'attachment; filename="a b.css"',
  ContentEncoding: 'gzip',
  ContentLanguage: 'en',
  ContentType: 'text/css; charset="utf-8"',
  Expires: new Date('2030-01-01T00:00:00Z'),
  GrantFullControl: 'id="owner"',
  GrantRead: 'uri="http://acs.amazonaws.com/groups/global/AllUsers"',
  GrantReadACP: 'id="reader"',
  GrantWriteACP: 'id="writer"',
  Metadata: { team: 'web', build: '42' },
  ServerSideEncryption: 'aws:kms',
  SSEKMSKeyId: 'arn:aws:kms:us-east-1:111122223333:key/abc',
  SSEKMSEncryptionContext: 'eyJhIjoiYiJ9',
  BucketKeyEnabled: true,
  StorageClass: 'STANDARD_IA',
  Tagging: 'team=web&tier=static',
  WebsiteRedirectLocation: '/elsewhere',
  ObjectLockMode: 'GOVERNANCE',
  ObjectLockRetainUntilDate: new Date('2031-02-03T04:05:06Z'),
  ObjectLockLegalHoldStatus: 'OFF',
  ExpectedBucketOwner: '111122223333',
  RequestPayer: 'requester'
}

function client(extra: ConstructorParameters<typeof S3Client>[0] = {}) {
  return new S3Client({ region: 'us-east-1', credentials, requestChecksumCalculation: 'WHEN_REQUIRED', ...extra })
}

/** Answers one PUT and hands back its request line and headers. */
function capturePut(origin: string, path: string | RegExp = /.*/) {
  const seen: { path?: string; headers?: Record<string, string> } = {}
  nock(origin)
    .put(path)
    .query(true)
    .reply((request: Request) => {
      const url = new URL(request.url)
      seen.path = `${url.pathname}${url.search}`
      seen.headers = Object.fromEntries(request.headers.entries())
      return [200, '', { ETag: '"0123456789abcdef0123456789abcdef"' }]
    })
  return seen
}

const objectHeaders = (headers: Record<string, string> = {}) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !SDK_ONLY.test(name)))

beforeAll(blockNetwork)
afterEach(() => {
  const pending = nock.pendingMocks()
  nock.cleanAll()
  expect(pending).toEqual([])
})
afterAll(() => {
  agents.http.destroy()
  agents.https.destroy()
  restoreNetwork()
})

describe('direct PutObject', () => {
  it('sends the request line and object headers the SDK sends, for every object parameter', async () => {
    const endpoint = 'http://s3.test'
    const s3 = client({ endpoint, forcePathStyle: true })
    const body = gzipSync('body{}') // nock decodes bodies sent with Content-Encoding: gzip
    const input = {
      ...EVERY_PARAMETER,
      Bucket: 'bucket',
      Key: "static/a b/(x)!*'+é.css",
      ContentLength: body.length,
      ContentMD5: 'AAAAAAAAAAAAAAAAAAAAAA=='
    }
    const viaSdk = capturePut(endpoint)
    await s3.send(new PutObjectCommand({ ...input, Body: body }))
    const direct = await createDirectS3({ client: s3, bucket: 'bucket', agents })
    const viaDirect = capturePut(endpoint)
    expect(direct).toBeDefined()
    await expect(direct!.put(input, body)).resolves.toBe('"0123456789abcdef0123456789abcdef"')
    expect(viaDirect.path).toBe(viaSdk.path)
    expect(objectHeaders(viaDirect.headers)).toEqual(objectHeaders(viaSdk.headers))
    expect(viaDirect.headers?.['x-amz-content-sha256']).toBe('UNSIGNED-PAYLOAD')
    expect(viaDirect.headers?.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/us-east-1\/s3\/aws4_request, SignedHeaders=.*content-md5.*, Signature=[0-9a-f]{64}$/
    )
    s3.destroy()
  })

  it('addresses the bucket the way the SDK resolves it on AWS (virtual-hosted, regional)', async () => {
    const s3 = client({ region: 'eu-west-1' })
    const seen = capturePut('https://my-bucket.s3.eu-west-1.amazonaws.com', '/static/site.css')
    const direct = await createDirectS3({ client: s3, bucket: 'my-bucket', agents })
    await direct!.put(
      { Bucket: 'my-bucket', Key: 'static/site.css', ContentType: 'text/css', ContentLength: 2 },
      Buffer.from('{}')
    )
    expect(seen.path).toBe('/static/site.css?x-id=PutObject')
    expect(seen.headers?.authorization).toContain('/eu-west-1/s3/aws4_request')
    s3.destroy()
  })

  it('rejects anything but a 200, so the caller can repeat the request through the SDK', async () => {
    const endpoint = 'http://s3.test'
    nock(endpoint).put('/bucket/x.css').query(true).reply(503, '<Error><Code>SlowDown</Code></Error>')
    const s3 = client({ endpoint, forcePathStyle: true })
    const direct = await createDirectS3({ client: s3, bucket: 'bucket', agents })
    await expect(direct!.put({ Bucket: 'bucket', Key: 'x.css', ContentLength: 1 }, Buffer.from('x'))).rejects.toThrow('HTTP 503')
    s3.destroy()
  })

  it('leaves customer-provided encryption keys to the SDK, which encodes them', () => {
    expect(putsDirectly({ ACL: 'private', Metadata: { a: 'b' } })).toBe(true)
    expect(putsDirectly({ SSECustomerAlgorithm: 'AES256', SSECustomerKey: 'k'.repeat(32) })).toBe(false)
  })

  it('is not used for buckets that need another signing scheme (S3 Express)', async () => {
    const s3 = client({ region: 'us-east-1' })
    await expect(createDirectS3({ client: s3, bucket: 'cache--use1-az4--x-s3', agents })).resolves.toBeUndefined()
    s3.destroy()
  })
})

const LISTING =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>bucket</Name>' +
  '<Prefix>static/</Prefix><KeyCount>3</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>true</IsTruncated>' +
  '<Contents><Key>static/a &amp; b &lt;1&gt;.css</Key><LastModified>2026-01-01T00:00:00.000Z</LastModified>' +
  '<ETag>&quot;0123456789abcdef0123456789abcdef&quot;</ETag><ChecksumAlgorithm>CRC32</ChecksumAlgorithm><Size>12</Size><StorageClass>STANDARD</StorageClass></Contents>' +
  '<Contents><Size>0</Size><Key>static/&#233;t&#xE9;/</Key><ETag>"d41d8cd98f00b204e9800998ecf8427e"</ETag></Contents>' +
  '<Contents><Key>static/big.bin</Key><ETag>&quot;aaaabbbbccccddddeeeeffff00001111-3&quot;</ETag><Size>25165824</Size></Contents>' +
  '<NextContinuationToken>1/abc+def==</NextContinuationToken></ListBucketResult>'

describe('direct ListObjectsV2', () => {
  it('sends the request line the SDK sends and reads back the same page', async () => {
    const endpoint = 'http://s3.test'
    const s3 = client({ endpoint, forcePathStyle: true })
    const paths: string[] = []
    nock(endpoint)
      .get('/bucket/')
      .query(true)
      .times(2)
      .reply((request: Request) => {
        const url = new URL(request.url)
        paths.push(
          `${url.pathname}?${[...url.searchParams]
            .sort()
            .map(([k, v]) => `${k}=${v}`)
            .join('&')}`
        )
        return [200, LISTING, { 'Content-Type': 'application/xml' }]
      })
    const viaSdk = await s3.send(
      new ListObjectsV2Command({
        Bucket: 'bucket',
        Prefix: 'static/',
        MaxKeys: 1000,
        ContinuationToken: '1/abc+def==',
        ExpectedBucketOwner: '1'
      })
    )
    const direct = await createDirectS3({ client: s3, bucket: 'bucket', agents })
    const viaDirect = await direct!.listPage({
      prefix: 'static/',
      continuationToken: '1/abc+def==',
      parameters: { ExpectedBucketOwner: '1' }
    })
    expect(paths[1]).toBe(paths[0])
    expect(viaDirect).toEqual({
      objects: (viaSdk.Contents ?? []).map((item) => ({ key: item.Key, size: item.Size, etag: item.ETag })),
      isTruncated: viaSdk.IsTruncated,
      nextContinuationToken: viaSdk.NextContinuationToken
    })
    expect(viaDirect.objects.map((item) => item.key)).toEqual(['static/a & b <1>.css', 'static/été/', 'static/big.bin'])
    s3.destroy()
  })

  it('rejects an error page, so the SDK lists again and explains it', async () => {
    const endpoint = 'http://s3.test'
    nock(endpoint).get('/bucket/').query(true).reply(403, '<Error><Code>AccessDenied</Code></Error>')
    const s3 = client({ endpoint, forcePathStyle: true })
    const direct = await createDirectS3({ client: s3, bucket: 'bucket', agents })
    await expect(direct!.listPage({ prefix: '', parameters: {} })).rejects.toThrow('HTTP 403')
    s3.destroy()
  })
})
