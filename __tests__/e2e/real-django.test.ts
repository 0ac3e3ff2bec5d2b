// The action's collection equals what a real Django lists with `collectstatic --dry-run`, for the
// example project, with django.contrib.admin found through that Python's real sys.path.
// CI installs Debian's python3-django; elsewhere the test is skipped when no Django is installed.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT, runDist } from '../helpers/run-dist.js'

const PYTHON = '/usr/bin/python3'

function djangoVersion(): string | null {
  try {
    return execFileSync(PYTHON, ['-c', 'import django; print(django.get_version())'], { encoding: 'utf8' }).trim()
  } catch {
    return null
  }
}

const version = djangoVersion()
if (!version && process.env.CI) throw new Error(`CI must have Django for ${PYTHON}: .ci/run installs python3-django.`)
const describeWithDjango = version ? describe : describe.skip

describeWithDjango(`against Django ${version ?? '(not installed)'} from ${PYTHON}`, () => {
  it('collects the same files from the same sources as manage.py collectstatic --dry-run', async () => {
    const project = await mkdtemp(path.join(os.tmpdir(), 'cs3-django-'))
    await cp(path.join(REPO_ROOT, 'examples/django-project'), project, { recursive: true })
    await rm(path.join(project, 'staticfiles'), { recursive: true, force: true })
    const django = execFileSync(PYTHON, ['manage.py', 'collectstatic', '--dry-run', '--noinput', '-v', '2'], {
      cwd: project,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME }
    })
    const djangoSources = [...django.matchAll(/^Pretending to copy '(.+)'$/gm)].map((match) => match[1]!)
    const djangoShadowed = [...django.matchAll(/^Found another file with the destination path '(.+?)'/gm)].map(
      (match) => match[1]!
    )
    expect(djangoSources.some((source) => source.includes('/django/contrib/admin/static/'))).toBe(true)

    const run = await runDist({ 'working-directory': project, 'dry-run': 'true', python: PYTHON })
    expect(run.code).toBe(0)
    const report = run.report as { files: { path: string; source: string }[]; duplicates: { path: string }[] }
    const ours = report.files.map((file) => path.resolve(project, file.source))
    expect(ours.sort()).toEqual(djangoSources.sort())
    expect(report.duplicates.map((duplicate) => duplicate.path).sort()).toEqual(djangoShadowed.sort())
    expect(Number(run.outputs.collected)).toBe(Number(/(\d+) static files? copied/.exec(django)![1]))
  })
})
