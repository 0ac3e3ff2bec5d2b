// The Python settings reader: who runs it, with what environment, what it returns, and what
// happens when the project's code cannot be imported.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { actionDefaults } from '../../__fixtures__/action-defaults.js'
import { fakeToolkit } from '../../__fixtures__/fake-toolkit.js'
import { helperEnvironment } from '../../src/adapters/python-reader.js'
import { ActionError } from '../../src/errors.js'
import { groupMissingApps } from '../../src/inputs/app-inputs.js'
import { getSettings } from '../../src/inputs/input-helper.js'
import { postProcess } from '../../src/manifest/post-process.js'
import { discoverProject } from '../../src/project/discover.js'
import { tempProject } from '../project/project-helpers.js'
import { djangoPythons, PROJECTS } from './django-helpers.js'

const PLAIN_PYTHON = ['python3', '/usr/bin/python3'].find((python) => {
  try {
    execFileSync(python, ['-c', 'pass'])
    return true
  } catch {
    return false
  }
}) as string
const django52 = djangoPythons().find((python) => python.version.startsWith('5.2'))
if (!django52)
  console.warn('python-reader: Django 5.2 tests skipped (set CS3_DJANGO_PYTHON to a venv with django==5.2.17, see .ci/run).')
const withDjango = django52 ? it : it.skip
const anyDjango = djangoPythons()[0]
const withAnyDjango = anyDjango ? it : it.skip
const BASE_ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }
const MANAGE = "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site_conf.settings')\n"

function settings(project: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return getSettings(fakeToolkit({ 'working-directory': project, 'dry-run': 'true', ...inputs }, actionDefaults()), {
    ...BASE_ENV,
    ...env
  })
}

async function fixture(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `cs3-${name}-`))
  await cp(path.join(PROJECTS, name), dir, { recursive: true })
  return dir
}

describe('the helper environment', () => {
  it("leaves out the action's inputs (credentials among them) and the runner's tokens, keeps AWS_* and the rest", () => {
    const env = helperEnvironment({
      'INPUT_AWS-SECRET-ACCESS-KEY': 'secret',
      INPUT_BUCKET: 'b',
      ACTIONS_RUNTIME_TOKEN: 't',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      AWS_STORAGE_BUCKET_NAME: 'site',
      AWS_SECRET_ACCESS_KEY: 'standard',
      PATH: '/bin'
    })
    expect(env).toEqual({
      AWS_STORAGE_BUCKET_NAME: 'site',
      AWS_SECRET_ACCESS_KEY: 'standard',
      PATH: '/bin',
      PYTHONDONTWRITEBYTECODE: '1'
    })
  })

  it('the settings really run without them, with sys.argv as collectstatic and the project root first on sys.path', async () => {
    const dir = await tempProject({
      'manage.py': MANAGE,
      'site_conf/__init__.py': '',
      'site_conf/settings.py': [
        'import os, sys',
        "SEEN = [k for k in os.environ if k.startswith('INPUT_')]",
        "STATIC_URL = '/%d/%s/%s/' % (len(SEEN), sys.argv[1], os.environ.get('AWS_LOCATION_HINT', 'none'))",
        'STATIC_ROOT = sys.path[0]',
        "INSTALLED_APPS = ['shop']"
      ].join('\n'),
      'shop/__init__.py': '',
      'shop/static/a.css': ''
    })
    const project = await discoverProject({
      workingDirectory: dir,
      settings: '',
      python: PLAIN_PYTHON,
      ignoreApps: [],
      settingsReader: 'python',
      env: { ...BASE_ENV, 'INPUT_AWS-SECRET-ACCESS-KEY': 'secret', AWS_LOCATION_HINT: 'kept' }
    })
    expect(project.reader?.kind).toBe('python')
    expect(project.staticUrl?.value).toBe('/0/collectstatic/kept/')
    expect(project.staticRoot?.value).toBe(dir)
  })
})

describe('when the settings cannot be imported', () => {
  const broken = () =>
    tempProject({
      'manage.py': MANAGE,
      'site_conf/__init__.py': '',
      'site_conf/settings.py': "INSTALLED_APPS = ['shop']\nimport os\nSECRET = os.environ['NEEDED_SECRET']\n",
      'shop/__init__.py': '',
      'shop/static/a.css': ''
    })

  it("settings-reader: python fails with the exception's last line and file:line", async () => {
    const dir = await broken()
    const error = await settings(dir, { 'settings-reader': 'python', python: PLAIN_PYTHON }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ActionError)
    expect((error as ActionError).message).toContain("KeyError: 'NEEDED_SECRET'")
    expect((error as ActionError).message).toContain(`${path.join(dir, 'site_conf/settings.py')}:3`)
    expect((error as ActionError).details).toEqual({ file: path.join(dir, 'site_conf/settings.py'), line: 3 })
  })

  withAnyDjango('auto falls back to the evaluator and says why', async () => {
    const dir = await broken()
    const python = anyDjango!.python
    const result = await settings(dir, { python })
    expect(result.origins.find((origin) => origin.name === 'settings-reader')).toEqual({
      name: 'settings-reader',
      value: 'evaluator',
      from: `${python} could not import the settings`
    })
    expect(
      result.problems.find((problem) => problem.severity === 'notice' && problem.message.includes("KeyError: 'NEEDED_SECRET'"))
    ).toBeDefined()
  })

  it("auto does not start the reader when no django package is on the interpreter's path, and says so", async () => {
    const dir = await broken()
    // -S: no site-packages, so no Django however the machine has it installed.
    const python = path.join(await tempProject({}), 'python-no-site')
    await writeFile(python, `#!/bin/sh\nexec ${PLAIN_PYTHON} -S "$@"\n`, { mode: 0o755 })
    const result = await settings(dir, { python })
    expect(result.origins.find((origin) => origin.name === 'settings-reader')).toEqual({
      name: 'settings-reader',
      value: 'evaluator',
      from: `Django is not importable for ${python}`
    })
    // The settings were never imported, so no import error is reported.
    expect(result.problems.some((problem) => problem.message.includes('NEEDED_SECRET') && problem.severity === 'notice')).toBe(
      false
    )
  })
})

describe('pull_request_target', () => {
  const project = () =>
    tempProject({
      'manage.py': MANAGE,
      'site_conf/__init__.py': '',
      'site_conf/settings.py': "INSTALLED_APPS = ['shop']\n",
      'shop/__init__.py': '',
      'shop/static/a.css': ''
    })

  it("does not run the project's code unless an input opts in", async () => {
    const dir = await project()
    const evaluated = await settings(dir, { python: PLAIN_PYTHON }, { GITHUB_EVENT_NAME: 'pull_request_target' })
    expect(evaluated.origins.find((origin) => origin.name === 'settings-reader')?.from).toContain('pull_request_target')
    await expect(
      settings(dir, { python: PLAIN_PYTHON, 'settings-reader': 'python' }, { GITHUB_EVENT_NAME: 'pull_request_target' })
    ).rejects.toThrow(/pull_request_target/)
    const allowed = await settings(
      dir,
      { python: PLAIN_PYTHON, 'settings-reader': 'python', 'settings-reader-on-pull-request-target': 'true' },
      { GITHUB_EVENT_NAME: 'pull_request_target' }
    )
    expect(allowed.origins.find((origin) => origin.name === 'settings-reader')?.value).toContain('python')
  })
})

describe('with Django 5.2', () => {
  withDjango('class-based settings and a FileSystemFinder subclass: its files come from its list()', async () => {
    const dir = await fixture('reader-class-settings')
    const result = await settings(dir, { python: django52!.python })
    expect(result.finders).toContain('site_conf.finders.ThemeFinder')
    expect(result.listedFiles?.['site_conf.finders.ThemeFinder']).toEqual([
      expect.objectContaining({ path: 'theme/theme.css', prefix: 'theme', absPath: path.join(dir, 'theme/theme.css') })
    ])
    expect(result.origins.find((origin) => origin.name === 'django-version')?.value).toBe('5.2 (5.2.17)')
    expect(result.origins.find((origin) => origin.name === 'app-paths')?.value).toContain('shop=shop')
  })

  withDjango('a computed AppConfig.name resolves through AppConfig.create', async () => {
    const dir = await fixture('reader-computed-name')
    const result = await settings(dir, { python: django52!.python })
    expect(result.apps.map((app) => [app.name, app.path])).toContainEqual(['widgets', path.join(dir, 'widgets')])
  })

  withDjango('the `apps` input takes dotted app names', async () => {
    const dir = await fixture('reader-computed-name')
    const result = await settings(dir, { python: django52!.python, apps: 'django.contrib.admin\nwidgets' })
    expect(result.apps.map((app) => app.name)).toEqual(['django.contrib.admin', 'widgets'])
    expect(result.apps[0]!.path).toMatch(/django\/contrib\/admin$/)
  })

  withDjango(
    'a lenient storage subclass: refused without storage-overrides, named methods; lenient hashing equals Django',
    async () => {
      const dir = await fixture('reader-lenient-storage')
      await expect(settings(dir, { python: django52!.python })).rejects.toThrow(
        /overrides hashed_name \(site_conf\.storage\.LenientManifestStaticFilesStorage\).*storage-overrides: lenient/
      )
      const lenient = await settings(dir, { python: django52!.python, 'storage-overrides': 'lenient' })
      expect(lenient.manifest?.keepMissingReferences).toBe(true)
      expect(lenient.manifest?.strict).toBe(false)
      expect(lenient.problems.find((problem) => problem.message.includes('storage-overrides: lenient'))?.severity).toBe('warning')

      execFileSync(django52!.python, ['manage.py', 'collectstatic', '--noinput'], {
        cwd: dir,
        env: { ...BASE_ENV, PYTHONDONTWRITEBYTECODE: '1' }
      })
      const djangoManifest = JSON.parse(await readFile(path.join(dir, 'collected/staticfiles.json'), 'utf8')) as {
        paths: Record<string, string>
      }
      const ours = await postProcess(
        [
          { path: 'img/logo.png', absPath: path.join(dir, 'assets/img/logo.png') },
          { path: 'css/site.css', absPath: path.join(dir, 'assets/css/site.css') }
        ],
        {
          staticUrl: '/static/',
          manifestName: 'staticfiles.json',
          jsModules: false,
          keepIntermediateFiles: false,
          maxPasses: 5,
          keepMissingReferences: true
        }
      )
      expect(Object.fromEntries(ours.paths)).toEqual(djangoManifest.paths)
      const hashedCss = ours.outputs.find((output) => output.path === djangoManifest.paths['css/site.css'])!
      const body = hashedCss.body.kind === 'bytes' ? hashedCss.body.data : Buffer.alloc(0)
      expect(body.toString('utf8')).toBe(
        await readFile(path.join(dir, 'collected', djangoManifest.paths['css/site.css']!), 'utf8')
      )
    }
  )

  withDjango('CompressorFinder: listed by the Python reader when it imports, else skipped with a notice', async () => {
    const dir = await fixture('reader-compressor')
    const evaluated = await settings(dir, { python: django52!.python, 'settings-reader': 'evaluator' })
    expect(evaluated.finders).not.toContain('compressor.finders.CompressorFinder')
    expect(evaluated.problems.find((problem) => problem.message.includes('CompressorFinder'))?.severity).toBe('notice')
  })

  withDjango('an unknown finder without the Python reader names the finder and the fix', async () => {
    const dir = await fixture('reader-class-settings')
    const evaluated = await settings(dir, { python: django52!.python, 'settings-reader': 'evaluator' }).catch(
      (error: Error) => error
    )
    const text = evaluated instanceof Error ? evaluated.message : evaluated.problems.map((problem) => problem.message).join('\n')
    expect(text).toMatch(/class|ThemeFinder/)
  })
})

describe('one problem per cause', () => {
  it('missing apps of one package are one problem listing them', () => {
    const unresolved = ['wagtail.admin', 'wagtail.documents', 'wagtail.images', 'crispy_forms'].map((entry) => ({
      entry,
      severity: 'error' as const,
      message: `The app '${entry}' was not found.`
    }))
    const problems = groupMissingApps(unresolved, 'settings.py')
    expect(problems).toHaveLength(2)
    expect(problems[0]!.message).toMatch(
      /^3 apps of the package wagtail .*'wagtail\.admin', 'wagtail\.documents', 'wagtail\.images'/
    )
    expect(problems.every((problem) => problem.incomplete && problem.severity === 'warning')).toBe(true)
  })
})
