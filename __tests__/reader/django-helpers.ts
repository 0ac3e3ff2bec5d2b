// Real Pythons with Django for the project-reader tests: the virtual environment .ci/run makes
// (Django 5.2.17, CS3_DJANGO_PYTHON) and Debian's python3-django (3.2) with django-compressor.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from '../helpers/run-dist.js'

export const PROJECTS = path.join(REPO_ROOT, '__fixtures__/projects')

export interface DjangoPython {
  python: string
  version: string
}

export function djangoPythons(): DjangoPython[] {
  const candidates = [process.env.CS3_DJANGO_PYTHON ?? '', '/usr/bin/python3'].filter(Boolean)
  const found: DjangoPython[] = []
  for (const python of candidates) {
    try {
      const version = execFileSync(python, ['-c', 'import django; print(django.get_version())'], { encoding: 'utf8' }).trim()
      if (!found.some((other) => other.version === version)) found.push({ python, version })
    } catch {
      // Not there or without Django: left out.
    }
  }
  return found
}

/** Every fixture project with a manage.py (other engineers' fixtures included). */
export function fixtureProjects(): string[] {
  return readdirSync(PROJECTS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(PROJECTS, entry.name, 'manage.py')))
    .map((entry) => entry.name)
    .sort()
}

export interface DjangoRun {
  ok: boolean
  /** Source files `collectstatic --dry-run -v 2` would copy, absolute. */
  sources: string[]
  lastLine: string
}

export function djangoCollectstatic(python: string, project: string, env: Record<string, string> = {}): DjangoRun {
  const run = spawnSync(python, ['manage.py', 'collectstatic', '--dry-run', '--noinput', '-v', '2'], {
    cwd: project,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PYTHONDONTWRITEBYTECODE: '1', ...env },
    timeout: 60_000
  })
  const sources = [...run.stdout.matchAll(/^Pretending to copy '(.+)'$/gm)].map((match) => match[1] as string)
  const lastLine = `${run.stderr}`.trim().split('\n').pop() ?? ''
  return { ok: run.status === 0, sources: sources.sort(), lastLine }
}
