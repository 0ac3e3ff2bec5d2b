// Every hashing case of the conformance suite (the shared cases and the version cases), for
// every Django release: post-process the collected files and compare the destination tree,
// file hashes, staticfiles.json and the outcome with what that release produced.
import { describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
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
import { releaseOf, type DjangoRelease } from '../../src/manifest/releases.js'
import { releaseCases, type ReleaseCase } from '../helpers/conformance-releases.js'

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
const readJsonSync = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T
const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex')
const bodyBytes = async (body: Body): Promise<Buffer> => (body.kind === 'bytes' ? body.data : readFile(body.absPath))

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

function optionsOf(info: CaseInfo, release: DjangoRelease): ManifestOptions {
  const storage = info.inputs.storage
  return {
    release,
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

async function checkManifest(expectedDir: string, result: PostProcessResult, release: DjangoRelease): Promise<void> {
  const expectedBytes = await readFile(path.join(expectedDir, 'staticfiles.json'))
  const expected = JSON.parse(expectedBytes.toString('utf8')) as { paths: Record<string, string>; version: string; hash: string }
  const actualBytes = await bodyBytes(result.manifest.body)
  const actual = JSON.parse(actualBytes.toString('utf8')) as typeof expected
  expect(new Map(Object.entries(actual.paths))).toEqual(new Map(Object.entries(expected.paths)))
  expect(actual.version).toBe(expected.version)
  expect(actual.hash).toBe(expected.hash)
  // 6.0+ sort the keys: the bytes are fixed.
  if (release.manifestOrder === 'sorted') {
    expect(actualBytes.toString('utf8')).toBe(expectedBytes.toString('utf8'))
    return
  }
  // Same-depth keys may come in another listing order; depths must line up exactly.
  expect([...result.paths.keys()].map(depth)).toEqual(Object.keys(expected.paths).map(depth))
  const reordered = new Map(Object.keys(expected.paths).map((key) => [key, result.paths.get(key)!]))
  expect(manifestBody(reordered).equals(expectedBytes)).toBe(true)
}

async function checkSuccess(
  expectedDir: string,
  files: CollectedInput[],
  result: PostProcessResult,
  release: DjangoRelease
): Promise<void> {
  const collected = await readJson<CollectedEntry[]>(path.join(expectedDir, 'collected.json'))
  const tree = await actualTree(files, result)
  expect(new Map([...tree].sort())).toEqual(new Map(collected.map((e) => [e.path, e.sha256] as [string, string]).sort()))
  for (const entry of collected.filter((e) => e.kind === 'generated')) {
    const output = result.outputs.find((o) => o.path === entry.path)
    expect(output?.role).toBe('hashed')
    if (entry.hashed_from !== undefined) expect(output?.hashedFrom).toBe(entry.hashed_from)
  }
  expect(collected.find((e) => e.kind === 'manifest')?.path).toBe(result.manifest.path)
  await checkManifest(expectedDir, result, release)
}

/** Each known-bug notice must point at a file whose hashed name the fixing release's golden changes. */
function checkBugNotices(entry: ReleaseCase, result: PostProcessResult): void {
  for (const notice of result.releaseBugs) {
    const fixing = releaseCases().find((other) => other.series === notice.fixedIn && other.name === entry.name)!
    const golden = readJsonSync<{ paths: Record<string, string> }>(path.join(fixing.expectedRoot, 'expected', 'staticfiles.json'))
    expect({ file: notice.file, hashed: golden.paths[notice.file] }).not.toEqual({
      file: notice.file,
      hashed: result.paths.get(notice.file)
    })
  }
  if (entry.name === 'sourcemap-data-uri' && entry.series === '4.2') expect(result.releaseBugs.length).toBeGreaterThanOrEqual(4)
  if (entry.name === 'nested-url-data-uri')
    expect(result.releaseBugs.length > 0).toBe(['4.2', '5.0', '5.1', '5.2'].includes(entry.series))
}

/** What Django's stderr says: the file `Post-processing '…' failed!` names (null: none) and the exception. */
function djangoFailure(stderr: string) {
  return {
    failing: /^Post-processing '(.*)' failed!$/m.exec(stderr)?.[1] ?? null,
    notFound: /^(?:ValueError|CommandError): The file '(.*)' could not be found with /m.exec(stderr)?.[1],
    outside: /SuspiciousFileOperation: The joined path \((.*)\) is located outside/m.exec(stderr)?.[1],
    decode: /^(?:UnicodeDecodeError|CommandError): ('utf-8' codec .*)$/m.exec(stderr)?.[1],
    maxPasses: /^(?:RuntimeError|CommandError): Max post-process passes exceeded\.$/m.test(stderr),
    // 6.1: "'x.css' contains this reference '…' on line \nN: <line>"
    line: /contains this reference '.*' on line \n(\d+): /m.exec(stderr)?.[1]
  }
}

async function checkFailure(expectedDir: string, run: Promise<PostProcessResult>): Promise<void> {
  const stderr = await readFile(path.join(expectedDir, 'stderr.txt'), 'utf8')
  const django = djangoFailure(stderr)
  const error = await run.then(
    () => undefined,
    (e: unknown) => e
  )
  if (django.notFound !== undefined || django.outside !== undefined) {
    expect(error).toBeInstanceOf(MissingReferenceError)
    const first = (error as MissingReferenceError).references[0]!
    if (django.notFound !== undefined) {
      expect(first).toMatchObject({ file: django.failing, missing: django.notFound, outside: false })
      expect((error as Error).message).toContain(`The file '${django.notFound}' could not be found`)
    } else {
      expect(first.outside).toBe(true)
    }
    if (django.line !== undefined) expect(first.line).toBe(Number(django.line))
  } else if (django.decode !== undefined) {
    expect(error).toBeInstanceOf(NotUtf8Error)
    expect((error as NotUtf8Error).files[0]!.detail).toBe(django.decode)
    if (django.failing !== null) expect((error as NotUtf8Error).files[0]!.file).toBe(django.failing)
  } else {
    expect(django.maxPasses).toBe(true)
    expect(error).toBeInstanceOf(MaxPassesExceededError)
  }
  expect((error as { djangoNames: string | null }).djangoNames).toBe(django.failing)
  if (django.failing !== null) expect((error as Error).message).toContain(`Post-processing '${django.failing}' failed!`)
}

async function runCase(entry: ReleaseCase): Promise<void> {
  const { name, inputDir: caseDir, expectedRoot } = entry
  const release = releaseOf(entry.series)!
  const info = await readJson<CaseInfo>(path.join(expectedRoot, 'case.json'))
  const expectedDir = path.join(expectedRoot, info.runs[0]!.expected)
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
    const run = postProcess(files, optionsOf(info, release))
    if (exitCode === 0) {
      const result = await run
      await checkSuccess(expectedDir, files, result, release)
      checkBugNotices(entry, result)
    } else await checkFailure(expectedDir, run)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

const all = releaseCases()
const hashing = all.filter((entry) => readJsonSync<CaseInfo>(path.join(entry.expectedRoot, 'case.json')).inputs.storage.hashing)

describe('conformance: hashing cases, every release', () => {
  test('every release has the shared and the version cases', () => {
    for (const series of ['4.2', '5.0', '5.1', '5.2', '6.0', '6.1'])
      expect(all.filter((entry) => entry.series === series).length).toBe(48)
    expect(hashing.length).toBeGreaterThanOrEqual(6 * 30)
  })
  test.each(hashing.map((entry) => [`${entry.series} ${entry.name}`, entry] as const))('%s', async (_label, entry) => {
    await runCase(entry)
  })
})
