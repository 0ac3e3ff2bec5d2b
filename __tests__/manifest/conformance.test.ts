// Every hashing case of the conformance suite: post-process the collected files
// and compare the destination tree, file hashes, staticfiles.json and errors with
// what Django 5.2 produced.
import { describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Body } from '../../src/model.js'
import { manifestBody } from '../../src/manifest/manifest-json.js'
import {
  MaxPassesExceededError,
  MissingReferenceError,
  NotUtf8Error,
  postProcess,
  type CollectedInput,
  type ManifestOptions,
  type PostProcessResult
} from '../../src/manifest/post-process.js'

const CASES_DIR = path.join(process.cwd(), '__fixtures__', 'conformance', 'cases')

interface CaseInfo {
  runs: Array<{ id: string; expected: string }>
  inputs: {
    static_url_effective: string
    collectstatic_args: string[]
    storage: {
      hashing: boolean
      manifest_name: string
      max_post_process_passes: number
      keep_intermediate_files: boolean
      support_js_module_import_aggregation: boolean
    }
  }
}

interface CollectedEntry {
  path: string
  sha256: string
  kind: 'copied' | 'generated' | 'manifest'
  source?: string
  hashed_from?: string
}

type Candidates = Record<string, Array<{ source: string }>>

const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, 'utf8')) as T
const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex')
const bodyBytes = async (body: Body): Promise<Buffer> => (body.kind === 'bytes' ? body.data : readFile(body.absPath))

async function hashingCases(): Promise<string[]> {
  const names = (await readdir(CASES_DIR, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name)
  const hashing: string[] = []
  for (const name of names.sort()) {
    const info = await readJson<CaseInfo>(path.join(CASES_DIR, name, 'case.json'))
    if (info.inputs.storage.hashing) hashing.push(name)
  }
  return hashing
}

/** Winners of candidates.json in Django's collection order (its stdout 'Copying' lines). */
function collectedFiles(candidates: Candidates, stdout: string, root: string): CollectedInput[] {
  const destBySource = new Map(Object.entries(candidates).map(([dest, sources]) => [sources[0]!.source, dest]))
  const order: string[] = []
  for (const match of stdout.matchAll(/^Copying '<CASE_ROOT>\/(.*)'$/gm)) {
    const dest = destBySource.get(match[1]!)
    if (dest !== undefined && !order.includes(dest)) order.push(dest)
  }
  for (const dest of Object.keys(candidates)) if (!order.includes(dest)) order.push(dest)
  return order.map((dest) => ({ path: dest, absPath: path.join(root, candidates[dest]![0]!.source) }))
}

function optionsOf(info: CaseInfo): ManifestOptions {
  const storage = info.inputs.storage
  return {
    staticUrl: info.inputs.static_url_effective,
    manifestName: storage.manifest_name,
    jsModules: storage.support_js_module_import_aggregation,
    keepIntermediateFiles: storage.keep_intermediate_files,
    maxPasses: storage.max_post_process_passes
  }
}

async function actualTree(files: CollectedInput[], result: PostProcessResult): Promise<Map<string, string>> {
  const tree = new Map<string, string>()
  for (const file of files) tree.set(file.path, sha256(await readFile(file.absPath)))
  for (const output of [...result.outputs, result.manifest]) tree.set(output.path, sha256(await bodyBytes(output.body)))
  return tree
}

const depth = (p: string): number => p.split('/').length

async function checkManifest(expectedDir: string, result: PostProcessResult): Promise<void> {
  const expectedBytes = await readFile(path.join(expectedDir, 'staticfiles.json'))
  const expected = JSON.parse(expectedBytes.toString('utf8')) as { paths: Record<string, string>; version: string; hash: string }
  const actualBytes = await bodyBytes(result.manifest.body)
  const actual = JSON.parse(actualBytes.toString('utf8')) as typeof expected
  expect(new Map(Object.entries(actual.paths))).toEqual(new Map(Object.entries(expected.paths)))
  expect(actual.version).toBe(expected.version)
  expect(actual.hash).toBe(expected.hash)
  // Same-depth keys may come in another listing order; depths must line up exactly.
  expect([...result.paths.keys()].map(depth)).toEqual(Object.keys(expected.paths).map(depth))
  const reordered = new Map(Object.keys(expected.paths).map((key) => [key, result.paths.get(key)!]))
  expect(manifestBody(reordered).equals(expectedBytes)).toBe(true)
}

async function checkSuccess(expectedDir: string, files: CollectedInput[], result: PostProcessResult): Promise<void> {
  const collected = await readJson<CollectedEntry[]>(path.join(expectedDir, 'collected.json'))
  const tree = await actualTree(files, result)
  expect(new Map([...tree].sort())).toEqual(new Map(collected.map((e) => [e.path, e.sha256] as [string, string]).sort()))
  for (const entry of collected.filter((e) => e.kind === 'generated')) {
    const output = result.outputs.find((o) => o.path === entry.path)
    expect(output?.role).toBe('hashed')
    if (entry.hashed_from !== undefined) expect(output?.hashedFrom).toBe(entry.hashed_from)
  }
  expect(collected.find((e) => e.kind === 'manifest')?.path).toBe(result.manifest.path)
  await checkManifest(expectedDir, result)
}

async function checkFailure(expectedDir: string, run: Promise<PostProcessResult>): Promise<void> {
  const stderr = await readFile(path.join(expectedDir, 'stderr.txt'), 'utf8')
  const failing = /^Post-processing '(.*)' failed!$/m.exec(stderr)?.[1]
  const error = await run.then(
    () => undefined,
    (e: unknown) => e
  )
  const notFound = /^ValueError: The file '(.*)' could not be found with /m.exec(stderr)
  const decode = /^UnicodeDecodeError: (.*)$/m.exec(stderr)
  if (notFound) {
    expect(error).toBeInstanceOf(MissingReferenceError)
    const refs = (error as MissingReferenceError).references
    expect(refs).toContainEqual(expect.objectContaining({ file: failing, missing: notFound[1] }))
    expect((error as Error).message).toContain(`The file '${notFound[1]}' could not be found`)
  } else if (decode) {
    expect(error).toBeInstanceOf(NotUtf8Error)
    expect((error as NotUtf8Error).files[0]).toMatchObject({ file: failing, detail: decode[1] })
  } else {
    expect(stderr).toMatch(/^RuntimeError: Max post-process passes exceeded\.$/m)
    expect(error).toBeInstanceOf(MaxPassesExceededError)
    expect((error as MaxPassesExceededError).paths.join(', ')).toBe(failing)
  }
  expect((error as Error).message).toContain(`Post-processing '${failing}' failed!`)
}

async function runCase(name: string): Promise<void> {
  const caseDir = path.join(CASES_DIR, name)
  const info = await readJson<CaseInfo>(path.join(caseDir, 'case.json'))
  const expectedDir = path.join(caseDir, info.runs[0]!.expected)
  const args = info.inputs.collectstatic_args
  if (args.some((a) => a === '--no-post-process' || a === '--dry-run' || a === '-n')) {
    const collected = await readJson<CollectedEntry[]>(path.join(expectedDir, 'collected.json'))
    expect(collected.filter((e) => e.kind !== 'copied')).toEqual([])
    return
  }
  const root = await mkdtemp(path.join(tmpdir(), `manifest-${name}-`))
  try {
    await cp(caseDir, root, { recursive: true })
    const candidates = await readJson<Candidates>(path.join(expectedDir, 'candidates.json'))
    const stdout = await readFile(path.join(expectedDir, 'stdout.txt'), 'utf8')
    const files = collectedFiles(candidates, stdout, root)
    const { exit_code: exitCode } = await readJson<{ exit_code: number }>(path.join(expectedDir, 'result.json'))
    const run = postProcess(files, optionsOf(info))
    if (exitCode === 0) await checkSuccess(expectedDir, files, await run)
    else await checkFailure(expectedDir, run)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

const cases = await hashingCases()

describe('conformance: hashing cases', () => {
  test('there are hashing cases to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20)
  })
  test.each(cases)('%s', async (name) => {
    await runCase(name)
  })
})
