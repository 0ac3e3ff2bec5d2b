// The bundled action, run as the Actions runner runs it.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT, runDist } from '../helpers/run-dist.js'

const CASE = path.join(REPO_ROOT, '__fixtures__/conformance/cases/basic-two-apps-prefix')
const CASE_INPUTS = {
  apps: 'shop\naccounts\napps/catalog\nblog',
  'static-dirs': 'assets\nvendor=third_party\nvendor/charts=charts_dist'
}
let project: string

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'cs3-e2e-'))
  await cp(CASE, project, { recursive: true })
})

interface ReportShape {
  dryRun: boolean
  files: { path: string; source: string; action: string; reason: string }[]
  totals: Record<string, number>
}

describe('dist/index.js as the runner runs it', () => {
  it('plans a dry run without credentials and writes outputs, summary and report', async () => {
    const run = await runDist({ 'working-directory': project, 'dry-run': 'true', ...CASE_INPUTS })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ uploaded: '11', skipped: '0', duplicates: '0', collected: '11', target: 'none' })
    const report = run.report as ReportShape
    expect(report.dryRun).toBe(true)
    expect(report.files.map((file) => file.path).sort()).toEqual(
      Object.keys(JSON.parse(await readFile(path.join(CASE, 'expected/candidates.json'), 'utf8'))).sort()
    )
    expect(report.files.find((file) => file.path === 'vendor/charts/bar.js')).toMatchObject({
      source: 'charts_dist/bar.js',
      action: 'upload'
    })
    expect(run.summary).toContain('collectstatic-s3 (dry run): would upload 11 files')
  })

  it('copies into static-root, then copies only what changed', async () => {
    const root = path.join(project, 'staticfiles')
    const inputs = { 'working-directory': project, 'static-root': root, ...CASE_INPUTS }
    const first = await runDist(inputs)
    expect(first.code).toBe(0)
    expect(first.outputs.uploaded).toBe('11')
    expect(await readFile(path.join(root, 'vendor/charts/bar.js'), 'utf8')).toBe(
      await readFile(path.join(project, 'charts_dist/bar.js'), 'utf8')
    )
    await writeFile(path.join(project, 'assets/site.css'), 'body { color: red }\n')
    const second = await runDist(inputs)
    expect(second.outputs).toMatchObject({ uploaded: '1', skipped: '10' })
    const report = second.report as ReportShape
    expect(report.files.find((file) => file.action === 'upload')).toMatchObject({ path: 'site.css', reason: 'changed' })
    expect(new Set(report.files.filter((file) => file.action === 'skip').map((file) => file.reason))).toEqual(
      new Set(['unchanged'])
    )
    expect(second.summary).toMatch(/Skipped: 10 files/)
  })

  it('fails with one clear error naming the input', async () => {
    const run = await runDist({ 'working-directory': project, 'dry-run': 'true', 'fail-on': 'everything', ...CASE_INPUTS })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("::error::Input 'fail-on': 'everything' is not one of")
    expect(run.summary).toContain('collectstatic-s3 failed')
  })

  it('fails on an empty project, naming the inputs to check', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'cs3-empty-'))
    await mkdir(path.join(empty, 'assets'))
    const run = await runDist({ 'working-directory': empty, 'dry-run': 'true', 'static-dirs': 'assets' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::Input 'static-dirs': no static files found in 1 source/)
  })

  it('fails on duplicates when asked to, before writing anything', async () => {
    const dupes = await mkdtemp(path.join(os.tmpdir(), 'cs3-dupes-'))
    await mkdir(path.join(dupes, 'a'))
    await mkdir(path.join(dupes, 'b'))
    await writeFile(path.join(dupes, 'a/x.css'), 'a')
    await writeFile(path.join(dupes, 'b/x.css'), 'b')
    const root = path.join(dupes, 'out')
    const run = await runDist({ 'working-directory': dupes, 'static-dirs': 'a\nb', 'static-root': root, 'fail-on': 'duplicates' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error file=.*b\/x\.css.*::/)
    await expect(readFile(path.join(root, 'x.css'))).rejects.toThrow()
  })
})
