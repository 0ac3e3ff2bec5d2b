// Every conformance case (shared and version cases) for every Django release: the finders must
// yield that release's candidates, the checks its messages.
import { afterAll, describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { checkStaticDirs } from '../../src/find/checks.js'
import { findStaticFiles, type FinderConfig } from '../../src/find/finders.js'
import { normalizeIgnorePatterns } from '../../src/find/ignore.js'
import { compareCodePoints } from '../../src/pylib/text.js'
import type { FoundFile } from '../../src/model.js'
import { CONFORMANCE_DIR, releaseCases, type ReleaseCase } from '../helpers/conformance-releases.js'

const CASES = path.join(CONFORMANCE_DIR, 'cases')

interface CaseInputs {
  apps: Array<{ name: string; path: string }>
  staticfiles_dirs: Array<{ prefix: string; path: string }>
  finders: string[]
  static_root: string | null
  ignore_patterns: { cli: string[]; app_config: string[]; use_defaults: boolean; effective_sorted: string[] }
}
interface CaseFile {
  runs: Array<{ id: string; expected: string }>
  symlinks?: Array<{ path: string; target: string }>
  inputs: CaseInputs
}
type Candidates = Record<string, Array<{ source: string; finder: string; prefix: string }>>

const entries = releaseCases()
const labelled = (list: ReleaseCase[]) => list.map((entry) => [`${entry.series} ${entry.name}`, entry] as const)

function readCase(entry: ReleaseCase): { spec: CaseFile; expectedDir: string } {
  const spec = JSON.parse(readFileSync(path.join(entry.expectedRoot, 'case.json'), 'utf8')) as CaseFile
  const firstRun = spec.runs[0]
  if (!firstRun) throw new Error(`case ${entry.name} has no runs`)
  return { spec, expectedDir: path.join(entry.expectedRoot, firstRun.expected) }
}

const scratch: string[] = []
afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A scratch copy of the case (with its symlinks made) and a STATIC_ROOT path outside it. */
async function prepare(entry: ReleaseCase, spec: CaseFile): Promise<{ caseRoot: string; staticRoot: string }> {
  const base = await mkdtemp(path.join(os.tmpdir(), `conformance-${entry.name}-`))
  scratch.push(base)
  const caseRoot = path.join(base, 'case')
  await cp(entry.inputDir, caseRoot, { recursive: true, filter: (source) => path.basename(source) !== 'expected' })
  for (const link of spec.symlinks ?? []) await symlink(link.target, path.join(caseRoot, link.path))
  return { caseRoot, staticRoot: path.join(base, 'static_root') }
}

function placeholders(value: string, caseRoot: string, staticRoot: string): string {
  return value.replaceAll('<STATIC_ROOT>', staticRoot).replaceAll('<CASE_ROOT>', caseRoot)
}

function finderConfig(inputs: CaseInputs, caseRoot: string, staticRoot: string): FinderConfig {
  const { cli, app_config, use_defaults } = inputs.ignore_patterns
  return {
    projectRoot: caseRoot,
    staticDirs: inputs.staticfiles_dirs.map((dir) => ({
      prefix: dir.prefix,
      path: placeholders(dir.path, caseRoot, staticRoot)
    })),
    // Django's own apps (`<DJANGO_SRC>/…`) have no static dir in these cases.
    apps: inputs.apps
      .filter((app) => !app.path.startsWith('<DJANGO_SRC>'))
      .map((app) => ({ name: app.name, path: path.join(caseRoot, app.path) })),
    ignorePatterns: normalizeIgnorePatterns(cli, app_config, use_defaults),
    finders: inputs.finders
  }
}

const FINDER_OF_KIND = {
  dir: 'django.contrib.staticfiles.finders.FileSystemFinder',
  app: 'django.contrib.staticfiles.finders.AppDirectoriesFinder'
} as const

function asCandidate(file: FoundFile, caseRoot: string) {
  return {
    source: path.relative(caseRoot, file.absPath).split(path.sep).join('/'),
    finder: file.source.kind === 'finder' ? file.source.label : FINDER_OF_KIND[file.source.kind],
    prefix: file.source.prefix
  }
}

const finderCases = entries.filter((entry) => existsSync(path.join(readCase(entry).expectedDir, 'candidates.json')))

describe('conformance: finders, every release', () => {
  test('every case with candidates.json is covered', () => {
    expect(finderCases.length).toBeGreaterThanOrEqual(6 * 46)
  })

  test.each(labelled(finderCases))('%s', async (_label, entry) => {
    const { spec, expectedDir } = readCase(entry)
    const expected = JSON.parse(readFileSync(path.join(expectedDir, 'candidates.json'), 'utf8')) as Candidates
    const { caseRoot, staticRoot } = await prepare(entry, spec)
    const config = finderConfig(spec.inputs, caseRoot, staticRoot)
    expect([...config.ignorePatterns].sort(compareCodePoints)).toEqual(spec.inputs.ignore_patterns.effective_sorted)

    const collection = await findStaticFiles(config)

    const actual: Record<string, ReturnType<typeof asCandidate>[]> = {}
    for (const file of collection.files) actual[file.path] = [asCandidate(file, caseRoot)]
    for (const duplicate of collection.duplicates) {
      expect(actual[duplicate.path]?.[0]).toEqual(asCandidate(duplicate.used, caseRoot))
      actual[duplicate.path]?.push(...duplicate.ignored.map((file) => asCandidate(file, caseRoot)))
    }
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort())
    for (const [destination, sources] of Object.entries(expected)) {
      expect({ destination, sources: actual[destination] }).toEqual({ destination, sources })
    }
    expect(collection.problems).toHaveLength(collection.duplicates.length)
  })
})

/** `?: (staticfiles.W004) text` lines of a Django system-check report. */
function expectedChecks(stderr: string): Array<{ code: string; text: string }> {
  return [...stderr.matchAll(/^\?: \((staticfiles\.[A-Z]\d+)\) (.*)$/gm)].map((m) => ({
    code: m[1] as string,
    text: m[2] as string
  }))
}

describe('conformance: system checks, every release', () => {
  test('the checks cases are among those covered', () => {
    expect(entries.filter((entry) => entry.name.startsWith('checks-')).length).toBeGreaterThanOrEqual(6 * 3)
  })

  test.each(labelled(entries))('%s', async (_label, entry) => {
    const { spec, expectedDir } = readCase(entry)
    const stderr = readFileSync(path.join(expectedDir, 'stderr.txt'), 'utf8')
    const { caseRoot, staticRoot } = await prepare(entry, spec)
    const { staticDirs } = finderConfig(spec.inputs, caseRoot, staticRoot)
    const root = spec.inputs.static_root === null ? null : placeholders(spec.inputs.static_root, caseRoot, staticRoot)

    const problems = checkStaticDirs(staticDirs, root, caseRoot)

    const expected = expectedChecks(stderr).map((check) => ({
      code: check.code,
      text: placeholders(check.text, caseRoot, staticRoot)
    }))
    const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code)
    const actual = problems.map((problem) => ({
      code: problem.code as string,
      text: problem.message.slice(0, expected.find((e) => e.code === problem.code)?.text.length ?? 0)
    }))
    expect(actual.sort(byCode)).toEqual(expected.sort(byCode))
    for (const problem of problems) {
      const severity = problem.code?.includes('.W') ? 'warning' : 'error'
      expect(problem.severity).toBe(severity)
      expect(problem.message).toMatch(/`static-(dirs|root)` input/)
    }
  })
})

test('fixture directories exist', () => {
  expect(statSync(CASES).isDirectory()).toBe(true)
})

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(dir, path.join(prefix, entry.name)) : [path.join(prefix, entry.name)]))
    .sort()
}

test("the shared cases' goldens are the 5.2.17 goldens the suites run", () => {
  const shared = readdirSync(CASES).filter((name) => existsSync(path.join(CASES, name, 'expected')))
  expect(shared.length).toBeGreaterThanOrEqual(31)
  for (const name of shared) {
    const own = path.join(CASES, name, 'expected')
    const versioned = path.join(CONFORMANCE_DIR, 'versions', '5.2.17', name, 'expected')
    expect({ name, files: filesUnder(own) }).toEqual({ name, files: filesUnder(versioned) })
    for (const file of filesUnder(own))
      expect(readFileSync(path.join(own, file)).equals(readFileSync(path.join(versioned, file)))).toBe(true)
  }
})
