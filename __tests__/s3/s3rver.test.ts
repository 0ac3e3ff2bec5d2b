import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client
} from '@aws-sdk/client-s3'
import { randomBytes } from 'node:crypto'
import { mkdtemp, mkdir, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { createS3Target, type S3Target } from '../../src/adapters/s3-target.js'
import { executePlan, type ExecutionResult } from '../../src/execute/execute.js'
import type { OutputFile } from '../../src/model.js'
import { planUpload, type PlanOptions } from '../../src/plan/plan.js'
import { prepareObjects, type PrepareOptions } from '../../src/plan/prepare.js'
import { answerWhenWritten } from '../../scripts/local-s3.mjs'
import { S3RVER_CREDENTIALS, startS3rver, type S3rverHandle } from '../helpers/s3rver.js'

let server: S3rverHandle
let client: S3Client
let bucketCount = 0

beforeAll(async () => {
  server = await startS3rver()
  client = new S3Client({ region: 'us-east-1', endpoint: server.endpoint, forcePathStyle: true, credentials: S3RVER_CREDENTIALS })
})

afterAll(async () => {
  client?.destroy()
  await server?.stop()
})

interface Site {
  bucket: string
  files: Record<string, string | Buffer>
}

async function newSite(files: Record<string, string | Buffer>): Promise<Site> {
  const bucket = `site-${++bucketCount}`
  await server.createBucket(bucket)
  return { bucket, files }
}

interface DeployOptions {
  prepare?: Partial<PrepareOptions>
  plan?: Partial<PlanOptions>
  bucket?: string
}

/** One run as the action does it: prepare → inventory → plan → execute, with a fresh target. */
async function deploy(
  site: Site,
  options: DeployOptions = {}
): Promise<{ result: ExecutionResult; requests: Record<string, number> }> {
  const source = await mkdtemp(path.join(os.tmpdir(), 'site-'))
  try {
    const outputs: OutputFile[] = []
    for (const [name, content] of Object.entries(site.files)) {
      await mkdir(path.dirname(path.join(source, name)), { recursive: true })
      await writeFile(path.join(source, name), content)
      outputs.push({
        path: name,
        body: { kind: 'file', absPath: path.join(source, name) },
        role: name === 'staticfiles.json' ? 'manifest' : 'original'
      })
    }
    const target = s3Target(options.bucket ?? site.bucket)
    try {
      const objects = await prepareObjects(outputs, {
        cacheControl: 'max-age=86400',
        cacheControlHashed: 'immutable',
        objectParameters: {},
        gzip: false,
        gzipContentTypes: ['text/css', 'text/javascript', 'image/svg+xml'],
        concurrency: 8,
        ...options.prepare
      })
      const inventory = await target.inventory('staticfiles.json')
      const plan = planUpload(objects, inventory, {
        overwrite: 'changed',
        deleteRemoved: false,
        keepPreviousManifest: true,
        maxDelete: 100,
        compareHeaders: true,
        ...options.plan
      })
      const result = await executePlan(plan, target, { concurrency: 8, inventory })
      return { result, requests: target.requestCounts() }
    } finally {
      target.destroy()
    }
  } finally {
    await rm(source, { recursive: true, force: true })
  }
}

function s3Target(bucket: string): S3Target {
  return createS3Target({
    bucket,
    prefix: 'static',
    region: 'us-east-1',
    endpoint: server.endpoint,
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
    concurrency: 8
  })
}

const reasons = (result: ExecutionResult) =>
  Object.fromEntries(result.files.map((file) => [file.path, `${file.action} ${file.reason}`]))

async function head(bucket: string, key: string) {
  return client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
}

async function bytes(bucket: string, key: string): Promise<Buffer> {
  const output = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
  return Buffer.from(await (output.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray())
}

const SITE = {
  'css/site.css': 'body { color: red }\n',
  'js/app.js': 'console.log("hi")\n',
  'img/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
  'robots.txt': 'User-agent: *\n',
  'fonts/a b.woff2': 'woff2'
}

describe('against s3rver', () => {
  it('uploads cold, then sends nothing when nothing changed, then only what changed', async () => {
    const site = await newSite({ ...SITE })
    const cold = await deploy(site)
    expect(Object.values(reasons(cold.result))).toEqual(Array(5).fill('upload new'))
    expect(cold.requests.PutObject).toBe(6) // 5 files + the upload state
    expect((await bytes(site.bucket, 'static/img/logo.png')).equals(SITE['img/logo.png'])).toBe(true)
    const css = await head(site.bucket, 'static/css/site.css')
    expect([css.ContentType, css.CacheControl, css.ContentLength]).toEqual(['text/css; charset=utf-8', 'max-age=86400', 20])
    expect((await head(site.bucket, 'static/fonts/a b.woff2')).ContentType).toBe('font/woff2')
    expect((await head(site.bucket, 'static/.collectstatic-s3/state.json')).ContentType).toBe('application/json')

    const rerun = await deploy(site)
    expect(Object.values(reasons(rerun.result))).toEqual(Array(5).fill('skip unchanged'))
    expect(rerun.requests).toEqual({ ListObjectsV2: 1, GetObject: 1 })

    site.files['js/app.js'] = 'console.log("changed")\n'
    const edit = await deploy(site)
    expect(edit.result.files.filter((file) => file.action === 'upload').map((file) => `${file.path} ${file.reason}`)).toEqual([
      'js/app.js changed'
    ])
    expect(edit.requests.PutObject).toBe(2) // the file + the updated state
    expect((await bytes(site.bucket, 'static/js/app.js')).toString()).toBe('console.log("changed")\n')
  })

  it('signs keys that need escaping, so each file takes one request', async () => {
    const files = {
      'css/a+b (1).css': 'a',
      'img/ünï çødé.svg': '<svg/>',
      "js/x!*'~.js": 'x',
      'fonts/a%20b.woff': 'w',
      'a=b&c;d,e@f$.txt': 't'
    }
    const site = await newSite(files)
    const cold = await deploy(site)
    expect(cold.requests.PutObject).toBe(Object.keys(files).length + 1) // no request repeated through the SDK
    for (const [name, content] of Object.entries(files))
      expect((await bytes(site.bucket, `static/${name}`)).toString()).toBe(content)
    expect(Object.values(reasons((await deploy(site)).result))).toEqual(Array(5).fill('skip unchanged'))
  })

  it('re-uploads every file when cache-control changes, without a HEAD per file', async () => {
    const site = await newSite({ ...SITE })
    await deploy(site)
    const changed = await deploy(site, { prepare: { cacheControl: 'max-age=60' } })
    expect(Object.values(reasons(changed.result))).toEqual(Array(5).fill('upload headers changed'))
    expect(changed.requests.HeadObject).toBeUndefined()
    expect((await head(site.bucket, 'static/robots.txt')).CacheControl).toBe('max-age=60')
  })

  it('gzips configured types with Content-Encoding', async () => {
    const site = await newSite({ 'css/site.css': 'body { color: red }\n'.repeat(20), 'img/logo.png': SITE['img/logo.png'] })
    await deploy(site, { prepare: { gzip: true } })
    const css = await head(site.bucket, 'static/css/site.css')
    expect([css.ContentEncoding, css.ContentType]).toEqual(['gzip', 'text/css; charset=utf-8'])
    expect(gunzipSync(await bytes(site.bucket, 'static/css/site.css')).toString()).toBe('body { color: red }\n'.repeat(20))
    expect((await head(site.bucket, 'static/img/logo.png')).ContentEncoding).toBeUndefined()
    const rerun = await deploy(site, { prepare: { gzip: true } })
    expect(rerun.requests.PutObject).toBeUndefined()
  })

  it('deletes removed files, keeps the state object, and refuses more than max-delete', async () => {
    const site = await newSite({ ...SITE, 'old/a.css': 'a', 'old/b.css': 'b' })
    await deploy(site)
    delete site.files['old/a.css']
    delete site.files['old/b.css']
    await expect(deploy(site, { plan: { deleteRemoved: true, maxDelete: 1 } })).rejects.toThrow(
      /would delete 2 objects, more than max-delete \(1\)/
    )
    expect((await head(site.bucket, 'static/old/a.css')).ContentLength).toBe(1)

    site.files['robots.txt'] = 'changed\n'
    const pruned = await deploy(site, { plan: { deleteRemoved: true, maxDelete: 2 } })
    expect(reasons(pruned.result)).toEqual(
      expect.objectContaining({
        'old/a.css': 'delete removed locally',
        'old/b.css': 'delete removed locally',
        'robots.txt': 'upload changed'
      })
    )
    await expect(head(site.bucket, 'static/old/a.css')).rejects.toThrow()
    expect((await head(site.bucket, 'static/.collectstatic-s3/state.json')).ContentLength).toBeGreaterThan(0)
    const again = await deploy(site, { plan: { deleteRemoved: true, maxDelete: 2 } })
    expect(again.requests).toEqual({ ListObjectsV2: 1, GetObject: 1 })
  })

  it('keeps differing objects with overwrite: never and reports the conflict', async () => {
    const site = await newSite({ ...SITE })
    await deploy(site)
    site.files['robots.txt'] = 'Disallow: /\n'
    site.files['new.txt'] = 'new'
    const never = await deploy(site, { plan: { overwrite: 'never' } })
    expect(reasons(never.result)).toEqual(
      expect.objectContaining({ 'robots.txt': 'skip exists (overwrite: never)', 'new.txt': 'upload new' })
    )
    expect((await bytes(site.bucket, 'static/robots.txt')).toString()).toBe('User-agent: *\n')
  })

  it('sends large files in parts (streamed above the memory budget, read whole below it) and not again on the rerun', async () => {
    const big = randomBytes(20 * 1024 * 1024)
    const medium = randomBytes(9 * 1024 * 1024)
    const site = await newSite({ 'media/big.bin': big, 'media/medium.bin': medium, 'a.css': 'a' })
    const cold = await deploy(site)
    expect(cold.requests).toEqual(
      expect.objectContaining({ CreateMultipartUpload: 2, UploadPart: 5, CompleteMultipartUpload: 2 })
    )
    expect((await bytes(site.bucket, 'static/media/big.bin')).equals(big)).toBe(true)
    expect((await bytes(site.bucket, 'static/media/medium.bin')).equals(medium)).toBe(true)
    const rerun = await deploy(site)
    expect(reasons(rerun.result)['media/big.bin']).toBe('skip unchanged')
    expect(reasons(rerun.result)['media/medium.bin']).toBe('skip unchanged')
    expect(rerun.requests).toEqual({ ListObjectsV2: 1, GetObject: 1 })
  })

  it('lists more than 1,000 keys, including names that sort before a sibling folder', async () => {
    // The state object and 998 keys first, so the page boundary of the rerun's listing falls
    // where s3rver's walk order differs from key order.
    const files: Record<string, string> = {}
    for (let index = 0; index < 998; index++) files[`a/${String(index).padStart(4, '0')}.txt`] = String(index)
    Object.assign(files, { 'css/fonts.css': 'f', 'css/fonts/a.woff': 'w', 'css/fonts-extra.css': 'e', 'js/z.js': 'z' })
    const site = await newSite(files)
    const cold = await deploy(site)
    expect(cold.result.uploaded).toBe(1002)
    const rerun = await deploy(site)
    expect(rerun.result.files.every((file) => file.reason === 'unchanged')).toBe(true)
    expect(rerun.requests).toEqual({ ListObjectsV2: 2, GetObject: 1 })
  }, 120_000)

  it('the local server lists what a PUT stored as soon as it answered', async () => {
    const { bucket } = await newSite({})
    const bodies = Array.from({ length: 64 }, (_, index) => randomBytes(64 * 1024 + index))
    await Promise.all(
      bodies.map((body, index) => client.send(new PutObjectCommand({ Bucket: bucket, Key: `${index}`, Body: body })))
    )
    const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
    const sizes = Object.fromEntries((listed.Contents ?? []).map((object) => [object.Key, object.Size]))
    expect(sizes).toEqual(Object.fromEntries(bodies.map((body, index) => [`${index}`, body.length])))
  }, 60_000)

  it('the local server lists keys written or deleted after its last listing, in key order', async () => {
    const { bucket } = await newSite({})
    const put = (key: string, body: string) => client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }))
    const listing = async () => {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
      return (listed.Contents ?? []).map((object) => `${object.Key}:${object.Size}`)
    }
    await Promise.all(['b/1', 'd', 'c/x'].map((key) => put(key, key)))
    expect(await listing()).toEqual(['b/1:3', 'c/x:3', 'd:1'])
    await Promise.all([put('a', 'aaaa'), put('c', 'cc'), put('d', 'dddddd')])
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'b/1' }))
    expect(await listing()).toEqual(['a:4', 'c:2', 'c/x:3', 'd:6'])
    await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: [{ Key: 'a' }, { Key: 'c/x' }] } }))
    expect(await listing()).toEqual(['c:2', 'd:6'])
  }, 60_000)

  it('says clearly when the bucket does not exist', async () => {
    const site: Site = { bucket: 'no-such-bucket', files: { 'a.css': 'a' } }
    await expect(deploy(site)).rejects.toThrow(
      /Bucket 'no-such-bucket' does not exist at http:\/\/127\.0\.0\.1:\d+\. Check the bucket input/
    )
  })
})

describe('answerWhenWritten (the local server)', () => {
  it("answers a PUT only once the object's file has its full size, as S3 answers once it stored the object", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'answer-when-written-'))
    // s3rver's fault, modelled: putObject resolves while its file stream is still writing.
    class LateStore {
      getResourcePath(_bucket: string, key: string) {
        return path.join(dir, key)
      }
      async putObject(object: { bucket: string; key: string; content: Buffer }) {
        setTimeout(() => void writeFile(this.getResourcePath(object.bucket, object.key), object.content), 30)
        return { size: object.content.length }
      }
    }
    answerWhenWritten(LateStore)
    const content = randomBytes(1000)
    await new LateStore().putObject({ bucket: 'b', key: 'k', content })
    expect((await stat(path.join(dir, 'k'))).size).toBe(1000)
    await rm(dir, { recursive: true, force: true })
  })
})
