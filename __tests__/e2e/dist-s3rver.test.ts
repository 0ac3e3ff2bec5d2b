// The bundled action against a real S3-compatible server: every object checked one by one.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT, runDist } from '../helpers/run-dist.js'
import { S3RVER_CREDENTIALS, startS3rver, type S3rverHandle } from '../helpers/s3rver.js'

const CASE = path.join(REPO_ROOT, '__fixtures__/conformance/cases/manifest-references')
let server: S3rverHandle
let client: S3Client
let project: string

beforeAll(async () => {
  server = await startS3rver()
  await server.createBucket('site')
  client = new S3Client({ region: 'us-east-1', endpoint: server.endpoint, forcePathStyle: true, credentials: S3RVER_CREDENTIALS })
  project = await mkdtemp(path.join(os.tmpdir(), 'cs3-s3e2e-'))
  await cp(CASE, project, { recursive: true })
})

afterAll(async () => {
  client?.destroy()
  await server?.stop()
})

function inputs(extra: Record<string, string> = {}) {
  return {
    'working-directory': project,
    settings: 'config/settings.py',
    bucket: 'site',
    prefix: 'static',
    'endpoint-url': server.endpoint,
    'aws-access-key-id': S3RVER_CREDENTIALS.accessKeyId,
    'aws-secret-access-key': S3RVER_CREDENTIALS.secretAccessKey,
    ...extra
  }
}

async function bucketKeys(): Promise<string[]> {
  const listed = await client.send(new ListObjectsV2Command({ Bucket: 'site', Prefix: 'static/' }))
  return (listed.Contents ?? []).map((object) => object.Key!).sort()
}

describe('dist/index.js against s3rver', () => {
  it('uploads the Django-identical manifest tree with the right headers, then nothing on a rerun', async () => {
    const first = await runDist(inputs())
    expect(first.stdout).not.toContain('::error')
    expect(first.code).toBe(0)
    const expected = JSON.parse(await readFile(path.join(CASE, 'expected/collected.json'), 'utf8')) as {
      path: string
      kind: string
    }[]
    const keys = await bucketKeys()
    expect(keys.filter((key) => !key.startsWith('static/.collectstatic-s3/'))).toEqual(
      expected.map((file) => `static/${file.path}`).sort()
    )

    const manifest = JSON.parse(await readFile(path.join(CASE, 'expected/staticfiles.json'), 'utf8')) as {
      paths: Record<string, string>
      hash: string
    }
    for (const hashed of Object.values(manifest.paths)) expect(keys).toContain(`static/${hashed}`)
    // Key order among files of the same depth follows the directory listing (see the fixtures' README).
    const uploaded = JSON.parse((await getObject('static/staticfiles.json')).toString('utf8'))
    expect(uploaded).toEqual(manifest)
    const head = await client.send(new HeadObjectCommand({ Bucket: 'site', Key: 'static/staticfiles.json' }))
    expect(head).toMatchObject({ ContentType: 'application/json; charset=utf-8', CacheControl: 'max-age=86400' })
    for (const [original, hashed] of Object.entries(manifest.paths)) {
      const bytes = await readFile(path.join(CASE, 'expected/root', hashed))
      const type = original.endsWith('.css') ? 'text/css; charset=utf-8' : undefined
      await expectObject(`static/${hashed}`, bytes, type, 'public, max-age=31536000, immutable')
    }

    const second = await runDist(inputs())
    expect(second.code).toBe(0)
    expect(second.outputs).toMatchObject({ uploaded: '0', failed: '0' })
    expect(second.summary).toMatch(/uploaded 0 files/)
    expect((second.report as { requests: Record<string, number> }).requests).not.toHaveProperty('PutObject')
  })

  it('re-sends only the changed file and its hashed copy, manifest last', async () => {
    const changed = path.join(project, 'assets/img/dot.png')
    await writeFile(changed, Buffer.concat([await readFile(changed), Buffer.from('extra')]))
    const run = await runDist(inputs())
    expect(run.code).toBe(0)
    const uploads = (run.report as { files: { path: string; action: string }[] }).files
      .filter((file) => file.action === 'upload')
      .map((file) => file.path)
    expect(uploads).toContain('img/dot.png')
    expect(uploads.at(-1)).toBe('staticfiles.json')
  })

  it('fails with a clear error for a bucket that does not exist', async () => {
    const run = await runDist(inputs({ bucket: 'no-such-bucket' }))
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::.*no-such-bucket/)
  })

  async function expectObject(key: string, bytes: Buffer, contentType: string | undefined, cacheControl: string) {
    const head = await client.send(new HeadObjectCommand({ Bucket: 'site', Key: key }))
    if (contentType) expect(head.ContentType).toBe(contentType)
    expect(head.CacheControl).toBe(cacheControl)
    expect(await getObject(key)).toEqual(bytes)
  }

  async function getObject(key: string): Promise<Buffer> {
    const body = await client.send(new GetObjectCommand({ Bucket: 'site', Key: key }))
    return Buffer.from(await body.Body!.transformToByteArray())
  }
})
