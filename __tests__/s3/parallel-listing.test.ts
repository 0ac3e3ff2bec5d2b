// A listing read in ranges must be exactly the sequential listing: checked against an in-memory
// model of ListObjectsV2 (many random buckets), nock (the exact requests) and s3rver (a real server).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import nock from 'nock'
import type { ListPage } from '../../src/adapters/list-xml.js'
import { compareKeys } from '../../src/adapters/listing-ranges.js'
import type { DirectS3, ListPageRequest } from '../../src/adapters/s3-direct.js'
import { listObjects, type ListingContext } from '../../src/adapters/s3-listing.js'
import { createS3Target } from '../../src/adapters/s3-target.js'
import { blockNetwork, restoreNetwork } from '../helpers/nock.js'
import { S3RVER_CREDENTIALS, startS3rver, type S3rverHandle } from '../helpers/s3rver.js'

/** ListObjectsV2 over a sorted key array: prefix, start-after, continuation tokens, 1,000 keys a page. */
function modelBucket(keys: string[]): DirectS3 & { requests: ListPageRequest[] } {
  const sorted = [...keys].sort(compareKeys)
  const requests: ListPageRequest[] = []
  return {
    requests,
    put: async () => undefined,
    async listPage(request: ListPageRequest): Promise<ListPage> {
      requests.push(request)
      const from = request.continuationToken ?? request.startAfter ?? ''
      const page: string[] = []
      let index = firstAfter(sorted, from)
      for (; index < sorted.length && page.length < 1000; index++) {
        if ((sorted[index] as string).startsWith(request.prefix)) page.push(sorted[index] as string)
      }
      const isTruncated = sorted.slice(index).some((key) => key.startsWith(request.prefix))
      return {
        objects: page.map((key) => ({ key, size: key.length, etag: `"${key.length}"` })),
        isTruncated,
        ...(isTruncated ? { nextContinuationToken: page[page.length - 1] as string } : {})
      }
    }
  }
}

function firstAfter(sorted: string[], after: string): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (compareKeys(sorted[middle] as string, after) > 0) high = middle
    else low = middle + 1
  }
  return low
}

function context(direct: DirectS3, localPaths?: string[]): ListingContext {
  return {
    client: undefined as unknown as S3Client,
    bucket: 'b',
    listPrefix: 'static/',
    requestParameters: {},
    direct,
    count: () => {},
    ...(localPaths ? { localPaths: Promise.resolve(localPaths) } : {})
  }
}

const path = (i: number) => `css/f${String(i).padStart(5, '0')}.css`

describe('parallel listing against a model of ListObjectsV2', () => {
  it('equals the sequential listing whatever the remote holds besides the local keys', async () => {
    let seed = 11
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let round = 0; round < 12; round++) {
      const localCount = 500 + Math.floor(random() * 6000)
      const local = Array.from({ length: localCount }, (_, i) => path(i * 2))
      const remote = local.filter(() => random() > 0.2).map((p) => `static/${p}`)
      // Keys only the bucket has: between the boundaries, before the first and past the last local key.
      for (let i = 0; i < random() * 3000; i++) remote.push(`static/${path(Math.floor(random() * localCount * 2) * 2 + 1)}`)
      for (let i = 0; i < random() * 1500; i++) remote.push(`static/zz/${i}.js`, `static/a${i}.js`)
      remote.push('other/outside.css', 'static/', 'static/dir/')
      // Some buckets end early: the first upload of a project, or one that shrank.
      if (round % 3 === 2) remote.splice(Math.floor(random() * remote.length))
      const sequential = await listObjects(context(modelBucket(remote)))
      const bucket = modelBucket(remote)
      const parallel = await listObjects(context(bucket, local))
      expect([...parallel.entries()]).toEqual([...sequential.entries()])
    }
  })

  it('reads a 20,000-key bucket in one page per range, each range 900 local keys, none waiting for another', async () => {
    const local = Array.from({ length: 20_000 }, (_, i) => path(i))
    const bucket = modelBucket(local.map((p) => `static/${p}`))
    const objects = await listObjects(context(bucket, local))
    expect(objects.size).toBe(20_000)
    expect(bucket.requests.length).toBe(23)
    expect(bucket.requests.filter((request) => request.startAfter).map((request) => request.startAfter)).toEqual(
      Array.from({ length: 22 }, (_, i) => `static/${path(i * 900 + 899)}`)
    )
    expect(bucket.requests.filter((request) => request.continuationToken)).toEqual([])
  })

  it('still reads a range in one page when the bucket holds a few keys the run does not have', async () => {
    const local = Array.from({ length: 5000 }, (_, i) => path(i * 2))
    // The state object, and files an earlier deploy left between the local ones.
    const remoteOnly = ['.collectstatic-s3/state.json', ...Array.from({ length: 50 }, (_, i) => path(i * 200 + 1))]
    const bucket = modelBucket([...local, ...remoteOnly].map((p) => `static/${p}`))
    const objects = await listObjects(context(bucket, local))
    expect(objects.size).toBe(5051)
    expect(bucket.requests.filter((request) => request.continuationToken)).toEqual([])
    expect(bucket.requests.length).toBe(6)
  })

  it('asks an empty bucket (a first upload) once per listing request in flight, not once per range', async () => {
    const local = Array.from({ length: 50_000 }, (_, i) => path(i))
    const bucket = modelBucket([])
    const objects = await listObjects({ ...context(bucket, local), concurrency: 4 })
    expect(objects.size).toBe(0)
    expect(bucket.requests.length).toBeLessThanOrEqual(4)
  })

  it('keeps the keys of a range that ended the listing, though the ranges after it are never read', async () => {
    const local = Array.from({ length: 5000 }, (_, i) => path(i))
    // The bucket holds 1,500 keys, all before the second cut, then keys past the last local one.
    const remote = [...local.slice(0, 1500), 'zz/a.js', 'zz/b.js'].map((p) => `static/${p}`)
    const sequential = await listObjects(context(modelBucket(remote)))
    const bucket = modelBucket(remote)
    const parallel = await listObjects({ ...context(bucket, local), concurrency: 1 })
    expect([...parallel.entries()]).toEqual([...sequential.entries()])
    expect(bucket.requests.map((request) => request.startAfter ?? '')).toEqual(['', `static/${path(899)}`])
  })
})

describe('parallel listing over HTTP', () => {
  beforeAll(() => blockNetwork())
  afterAll(() => restoreNetwork())

  const xml = (keys: string[], truncated: boolean, token?: string) =>
    '<?xml version="1.0" encoding="UTF-8"?><ListBucketResult>' +
    keys.map((key) => `<Contents><Key>${key}</Key><Size>1</Size><ETag>"e"</ETag></Contents>`).join('') +
    `<IsTruncated>${truncated}</IsTruncated>${token ? `<NextContinuationToken>${token}</NextContinuationToken>` : ''}</ListBucketResult>`

  it('asks for each range with start-after at a local key and stops at the next one', async () => {
    const local = Array.from({ length: 2500 }, (_, i) => path(i))
    const keys = local.map((p) => `static/${p}`)
    const scope = nock('http://127.0.0.1:9')
      .get('/site/')
      .query((q) => q['list-type'] === '2' && !q['start-after'] && !q['continuation-token'])
      .reply(200, xml(keys.slice(0, 1000), true, 'T1'))
      .get('/site/')
      .query((q) => q['start-after'] === keys[899])
      .reply(200, xml(keys.slice(900, 1900), true, 'T2'))
      .get('/site/')
      .query((q) => q['start-after'] === keys[1799])
      .reply(200, xml([...keys.slice(1800), 'static/zz-remote-only.css'], false))
    const target = createS3Target({
      bucket: 'site',
      prefix: 'static',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9',
      forcePathStyle: true,
      credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' },
      concurrency: 8
    })
    try {
      const inventory = await target.inventory(null, Promise.resolve(local))
      expect(inventory.available && inventory.objects.size).toBe(2501)
      expect(inventory.available && inventory.objects.has('zz-remote-only.css')).toBe(true)
      expect(scope.isDone()).toBe(true)
      expect(target.requestCounts().ListObjectsV2).toBe(3)
    } finally {
      target.destroy()
    }
  })
})

describe('parallel listing against s3rver', () => {
  let server: S3rverHandle
  beforeAll(async () => {
    server = await startS3rver()
  }, 30_000)
  afterAll(async () => server?.stop())

  it('lists a bucket with remote-only keys exactly as a sequential listing does', async () => {
    await server.createBucket('ranges')
    const client = new S3Client({
      region: 'us-east-1',
      endpoint: server.endpoint,
      forcePathStyle: true,
      credentials: S3RVER_CREDENTIALS
    })
    const local = Array.from({ length: 2400 }, (_, i) => path(i * 2))
    const remoteOnly = [
      ...Array.from({ length: 300 }, (_, i) => path(i * 16 + 1)),
      'zz/after.js',
      'a/before.js',
      '\u00E9t\u00E9.css'
    ]
    const keys = [...local.filter((_, i) => i % 7 !== 3), ...remoteOnly].map((p) => `static/${p}`)
    try {
      for (let i = 0; i < keys.length; i += 64) {
        await Promise.all(
          keys.slice(i, i + 64).map((Key) => client.send(new PutObjectCommand({ Bucket: 'ranges', Key, Body: Key })))
        )
      }
      const options = {
        bucket: 'ranges',
        prefix: 'static',
        region: 'us-east-1',
        endpoint: server.endpoint,
        forcePathStyle: true,
        credentials: S3RVER_CREDENTIALS,
        concurrency: 8
      }
      const sequential = createS3Target(options)
      const parallel = createS3Target(options)
      try {
        const one = await sequential.inventory(null)
        const ranged = await parallel.inventory(null, Promise.resolve(local))
        expect(one.available && ranged.available).toBe(true)
        if (!one.available || !ranged.available) return
        expect([...ranged.objects.entries()]).toEqual([...one.objects.entries()])
        expect(ranged.objects.size).toBe(keys.length)
        expect(parallel.requestCounts().ListObjectsV2).toBeLessThanOrEqual(
          (sequential.requestCounts().ListObjectsV2 as number) + 1
        )
      } finally {
        sequential.destroy()
        parallel.destroy()
      }
    } finally {
      client.destroy()
    }
  }, 60_000)
})
