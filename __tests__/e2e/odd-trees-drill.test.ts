// Odd trees through dist/index.js into s3rver, checked key by key, then a rerun that uploads
// nothing: spaces, NFC and NFD spellings of one name (two files on Linux, two keys), URL
// metacharacters, leading dashes, a 220-byte name, empty files, a deep path near S3's limit.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runDist } from '../helpers/run-dist.js'
import { S3RVER_CREDENTIALS, startS3rver, type S3rverHandle } from '../helpers/s3rver.js'

// Linux allows 255 bytes, but s3rver stores an object as `<name>._S3rver_object` and its metadata as
// `<name>._S3rver_metadata.json` (ENAMETOOLONG above 233 bytes), and a hashed copy is 13 bytes
// longer: 220 bytes is the longest name it can hold in both runs.
const LONG_NAME = `${'n'.repeat(216)}.css`
const FILES: Record<string, string> = {
  'with space.css': 'a {}',
  'two  spaces/and tab\there.txt': 'tab',
  'caf\u00e9.css': 'nfc',
  'cafe\u0301.css': 'nfd',
  '#hash.css': 'hash',
  'q?.css': 'question',
  '100%.css': 'percent',
  '%20literal.css': 'encoded-looking',
  'a+b.css': 'plus',
  'a&b=c;d.css': 'amp',
  '-leading.css': 'dash',
  '--double/--x.js': 'dashes',
  [LONG_NAME]: 'long',
  'empty.txt': '',
  'empty/also-empty.bin': '',
  'ünï/cødé/日本語.txt': 'unicode',
  'quote\'and"double.css': 'quotes',
  'brackets[1](2){3}.css': 'brackets',
  'star*.css': 'star'
}

let server: S3rverHandle
let client: S3Client
let project: string

beforeAll(async () => {
  server = await startS3rver()
  await server.createBucket('odd')
  client = new S3Client({ region: 'us-east-1', endpoint: server.endpoint, forcePathStyle: true, credentials: S3RVER_CREDENTIALS })
  project = await mkdtemp(path.join(os.tmpdir(), 'cs3-odd-'))
  const deep = path.join('deep', ...Array.from({ length: 3 }, (_, i) => `${i}`.repeat(250)), `${'d'.repeat(190)}.txt`)
  for (const [name, body] of Object.entries({ ...FILES, [deep]: 'deep' })) {
    await mkdir(path.dirname(path.join(project, 'assets', name)), { recursive: true })
    await writeFile(path.join(project, 'assets', name), body)
  }
})

afterAll(async () => {
  client?.destroy()
  await server?.stop()
  await rm(project, { recursive: true, force: true })
})

const inputs = (extra: Record<string, string> = {}) => ({
  'working-directory': project,
  'static-dirs': 'assets',
  bucket: 'odd',
  prefix: 'static',
  'endpoint-url': server.endpoint,
  'aws-access-key-id': S3RVER_CREDENTIALS.accessKeyId,
  'aws-secret-access-key': S3RVER_CREDENTIALS.secretAccessKey,
  ...extra
})

async function listKeys(bucket = 'odd'): Promise<string[]> {
  const keys: string[] = []
  let token: string | undefined
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'static/', ContinuationToken: token }))
    keys.push(...(page.Contents ?? []).map((object) => object.Key!))
    token = page.NextContinuationToken
  } while (token)
  return keys.filter((key) => !key.startsWith('static/.collectstatic-s3/')).sort()
}

describe('odd file names into s3rver', () => {
  it('stores every file under its exact UTF-8 key with its bytes, then a rerun sends nothing', async () => {
    const first = await runDist(inputs())
    expect(first.stdout).not.toContain('::error')
    expect(first.code).toBe(0)
    const deepKey = (await listKeys()).find((key) => key.startsWith('static/deep/'))!
    expect(Buffer.byteLength(deepKey)).toBeGreaterThan(950)
    const expected = [...Object.keys(FILES).map((name) => `static/${name}`), deepKey].sort()
    expect(await listKeys()).toEqual(expected)
    expect(first.outputs).toMatchObject({ uploaded: String(expected.length), failed: '0' })
    // NFC and NFD are different names on Linux, so different keys, as Django's os.listdir gives them.
    expect(expected).toContain('static/caf\u00e9.css')
    expect(expected).toContain('static/cafe\u0301.css')
    for (const [name, body] of Object.entries(FILES)) {
      const object = await client.send(new GetObjectCommand({ Bucket: 'odd', Key: `static/${name}` }))
      expect(Buffer.from(await object.Body!.transformToByteArray()).toString('utf8')).toBe(body)
    }

    const second = await runDist(inputs())
    expect(second.code).toBe(0)
    expect(second.outputs).toMatchObject({ uploaded: '0', failed: '0', skipped: String(expected.length) })
    expect((second.report as { requests: Record<string, number> }).requests).not.toHaveProperty('PutObject')
  })

  it('with hashing: every manifest entry is a key with the original bytes, and a rerun sends nothing', async () => {
    await server.createBucket('odd-hashed')
    const hashed = () => inputs({ bucket: 'odd-hashed', manifest: 'true' })
    const first = await runDist(hashed())
    expect(first.stdout).not.toContain('::error')
    expect(first.code).toBe(0)
    const keys = await listKeys('odd-hashed')
    const manifestObject = await client.send(new GetObjectCommand({ Bucket: 'odd-hashed', Key: 'static/staticfiles.json' }))
    const manifest = JSON.parse(await manifestObject.Body!.transformToString()) as { paths: Record<string, string> }
    // The manifest names only objects that exist, each with the bytes of the file it was hashed from.
    // (Django's own rules give '#hash.css' and '%20literal.css' odd hashed names: see the
    // conformance case `filenames`; this checks the bucket, not those rules.)
    expect(Object.keys(manifest.paths).length).toBeGreaterThanOrEqual(Object.keys(FILES).length - 2)
    for (const [name, hashedName] of Object.entries(manifest.paths)) {
      expect(keys).toContain(`static/${hashedName}`)
      if (!(name in FILES)) continue
      const object = await client.send(new GetObjectCommand({ Bucket: 'odd-hashed', Key: `static/${hashedName}` }))
      expect(Buffer.from(await object.Body!.transformToByteArray()).toString('utf8')).toBe(FILES[name])
    }
    const second = await runDist(hashed())
    expect(second.code).toBe(0)
    expect(second.outputs).toMatchObject({ uploaded: '0', failed: '0' })
  })
})
