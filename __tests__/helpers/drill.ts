// What the fault and cancel drills share: a project of small files and one multipart-sized file
// collected with hashed names, s3rver behind the fault proxy, an in-process run of the action
// through a recording toolkit, and the checks every drill ends with.
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client
} from '@aws-sdk/client-s3'
import { expect } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Toolkit } from '../../src/adapters/toolkit.js'
import { run } from '../../src/main.js'
import { actionDefaults } from '../../scripts/run-action.mjs'
import { startFaultProxy, type FaultProxy } from './fault-proxy.js'
import { S3RVER_CREDENTIALS, startS3rver, type S3rverHandle } from './s3rver.js'

export const BUCKET = 'drills'
export const PREFIX = 'static'
export const MiB = 1024 * 1024
/** Bytes of the file sent in parts (8 MiB parts: two of them). */
export const BIG_SIZE = 8 * MiB + 4321
/** A key under the prefix that the collection does not have: delete-removed removes it after a clean run only. */
export const STRAY = `${PREFIX}/stray.txt`

export interface Drill {
  s3: S3rverHandle
  proxy: FaultProxy
  /** Straight to s3rver (no faults), for the checks. */
  client: S3Client
  project: string
  reportDir: string
  stop(): Promise<void>
}

export async function startDrill(smallFiles = 24): Promise<Drill> {
  const s3 = await startS3rver()
  await s3.createBucket(BUCKET)
  const proxy = await startFaultProxy(s3.endpoint)
  const client = new S3Client({
    region: 'us-east-1',
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS
  })
  const project = await mkdtemp(path.join(os.tmpdir(), 'cs3-drill-'))
  await mkdir(path.join(project, 'assets/js'), { recursive: true })
  await mkdir(path.join(project, 'assets/media'), { recursive: true })
  for (let index = 0; index < smallFiles; index++) await writeSmall(project, index, 'v1')
  await writeBig(project, 'v1')
  return {
    s3,
    proxy,
    client,
    project,
    reportDir: await mkdtemp(path.join(os.tmpdir(), 'cs3-drill-report-')),
    async stop() {
      client.destroy()
      await proxy.stop()
      await s3.stop()
    }
  }
}

export function smallPath(index: number): string {
  return `js/f${String(index).padStart(2, '0')}.js`
}

export async function writeSmall(project: string, index: number, version: string): Promise<void> {
  // Scripts without references: their hashed copies have the same bytes.
  await writeFile(
    path.join(project, 'assets', smallPath(index)),
    `// file ${index} ${version}\nwindow.f${index} = '${version}'\n`
  )
}

export async function writeBig(project: string, version: string): Promise<void> {
  const data = Buffer.alloc(BIG_SIZE, version)
  await writeFile(path.join(project, 'assets/media/big.bin'), data)
}

/** The inputs of a drill run: hashed names, delete-removed, the proxy as the endpoint. */
export function drillInputs(drill: Drill, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'working-directory': drill.project,
    'static-dirs': 'assets',
    manifest: 'true',
    bucket: BUCKET,
    prefix: PREFIX,
    'endpoint-url': drill.proxy.endpoint,
    'aws-access-key-id': S3RVER_CREDENTIALS.accessKeyId,
    'aws-secret-access-key': S3RVER_CREDENTIALS.secretAccessKey,
    'delete-removed': 'true',
    concurrency: '8',
    'request-timeout': '2',
    ...extra
  }
}

export interface InProcessRun {
  failed: string | null
  summary: string
  errors: string[]
  warnings: string[]
  notices: string[]
  outputs: Record<string, string>
  report: DrillReport | null
  wallMs: number
}

export interface DrillReport {
  files: { path: string; action: string; reason: string }[]
  problems: { severity: string; message: string }[]
  totals: { uploaded: number; failed: number; deleted: number; skipped: number }
  stopped: { cause: string; detail: string } | null
  requests: Record<string, number>
}

/** One run of the action in this process, through a toolkit that records everything. */
export async function runInProcess(inputs: Record<string, string>, reportDir: string): Promise<InProcessRun> {
  const reportFile = path.join(reportDir, `report-${Date.now()}-${Math.random().toString(36).slice(2)}.json`)
  const all: Record<string, string> = { ...actionDefaults(), 'report-file': reportFile, ...inputs }
  const result: InProcessRun = {
    failed: null,
    summary: '',
    errors: [],
    warnings: [],
    notices: [],
    outputs: {},
    report: null,
    wallMs: 0
  }
  const toolkit: Toolkit = {
    getInput: (name) => all[name] ?? '',
    setSecret: () => {},
    setOutput: (name, value) => (result.outputs[name] = String(value)),
    info: () => {},
    notice: (message) => result.notices.push(message),
    warning: (message) => result.warnings.push(message),
    error: (message) => result.errors.push(message),
    setFailed: (message) => (result.failed = message),
    appendSummary: async (markdown) => {
      result.summary += markdown
    }
  }
  const started = performance.now()
  await run(toolkit, {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: inputs['working-directory'] ?? process.cwd(),
    AWS_EC2_METADATA_DISABLED: 'true'
  })
  result.wallMs = performance.now() - started
  result.report = await readFile(reportFile, 'utf8').then(
    (text) => JSON.parse(text) as DrillReport,
    () => null
  )
  return result
}

export function uploadedPaths(report: DrillReport | null): string[] {
  return (report?.files ?? [])
    .filter((file) => file.action === 'upload')
    .map((file) => file.path)
    .sort()
}

export async function putStray(drill: Drill): Promise<void> {
  await drill.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: STRAY, Body: 'stray' }))
}

export async function exists(drill: Drill, key: string): Promise<boolean> {
  try {
    await drill.client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))
    return true
  } catch {
    return false
  }
}

export async function bytesOf(drill: Drill, key: string): Promise<Buffer> {
  const output = await drill.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  return Buffer.from(await output.Body!.transformToByteArray())
}

export async function listKeys(drill: Drill): Promise<Map<string, { etag: string; size: number }>> {
  const keys = new Map<string, { etag: string; size: number }>()
  let token: string | undefined
  do {
    const page = await drill.client.send(
      new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${PREFIX}/`, ContinuationToken: token })
    )
    for (const item of page.Contents ?? [])
      keys.set(item.Key!, { etag: (item.ETag ?? '').replace(/"/g, ''), size: item.Size ?? 0 })
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return keys
}

const md5 = (data: Buffer) => createHash('md5').update(data).digest('hex')

/**
 * What every drill ends with: no torn object (every hashed name matches its bytes, every
 * single-part ETag is its bytes' MD5), the live manifest names only objects that exist with the
 * bytes of the version it was made from, and no multipart upload is left open.
 */
export async function expectConsistentBucket(drill: Drill): Promise<void> {
  const keys = await listKeys(drill)
  for (const [key, { etag, size }] of keys) {
    if (key.includes('/.collectstatic-s3/')) continue
    const md5Hex = await contentMd5(drill, key, etag, size)
    const hashed = /\.([0-9a-f]{12})\.[^./]+$/.exec(key)
    if (hashed) expect({ key, hash: md5Hex.slice(0, 12) }).toEqual({ key, hash: hashed[1] })
  }
  const manifestKey = `${PREFIX}/staticfiles.json`
  if (keys.has(manifestKey)) {
    const manifest = JSON.parse((await bytesOf(drill, manifestKey)).toString('utf8')) as { paths: Record<string, string> }
    for (const hashed of Object.values(manifest.paths))
      expect({ named: hashed, exists: keys.has(`${PREFIX}/${hashed}`) }).toEqual({ named: hashed, exists: true })
  }
  expect(await openUploads(drill)).toEqual([])
}

const verified = new Map<string, string>()

/**
 * The MD5 of an object's bytes. A single-part ETag is that MD5 as the server computed it from the
 * stored bytes; an object sent in parts is read back (once per version) and checked for its size.
 */
async function contentMd5(drill: Drill, key: string, etag: string, size: number): Promise<string> {
  if (!etag.includes('-')) return etag
  const known = verified.get(`${key} ${etag}`)
  if (known) return known
  const data = await bytesOf(drill, key)
  expect({ key, size: data.length }).toEqual({ key, size })
  const digest = md5(data)
  verified.set(`${key} ${etag}`, digest)
  return digest
}

export async function openUploads(drill: Drill): Promise<string[]> {
  const listed = await drill.client.send(new ListMultipartUploadsCommand({ Bucket: BUCKET, Prefix: `${PREFIX}/` }))
  return (listed.Uploads ?? []).map((upload) => upload.Key ?? '')
}

/** The live manifest's entry for an original path (undefined when there is no manifest). */
export async function liveHashedName(drill: Drill, original: string): Promise<string | undefined> {
  if (!(await exists(drill, `${PREFIX}/staticfiles.json`))) return undefined
  const manifest = JSON.parse((await bytesOf(drill, `${PREFIX}/staticfiles.json`)).toString('utf8')) as {
    paths: Record<string, string>
  }
  return manifest.paths[original]
}

/** A clean run (no faults) after a drill: succeeds, deletes the stray, leaves a consistent bucket; `checkIdle`: and a run after it sends nothing. */
export async function expectCleanRerun(
  drill: Drill,
  extra: Record<string, string> = {},
  checkIdle = false
): Promise<InProcessRun> {
  drill.proxy.setRules([])
  const rerun = await runInProcess(drillInputs(drill, extra), drill.reportDir)
  expect({ failed: rerun.failed, errors: rerun.errors }).toEqual({ failed: null, errors: [] })
  await expectConsistentBucket(drill)
  expect(await exists(drill, STRAY)).toBe(false)
  if (checkIdle) {
    const again = await runInProcess(drillInputs(drill, extra), drill.reportDir)
    expect(uploadedPaths(again.report)).toEqual([])
  }
  return rerun
}
