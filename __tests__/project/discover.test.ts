// Finding the settings module and extracting the static-files settings from it.
import { beforeAll, describe, expect, test } from '@jest/globals'
import path from 'node:path'
import { InputError } from '../../src/errors.js'
import { RELEASES } from '../../src/manifest/releases.js'
import { discoverProject, type DiscoverOptions } from '../../src/project/discover.js'
import { fakePython, tempProject } from './project-helpers.js'

let noPython = ''

beforeAll(async () => {
  noPython = await fakePython([])
})

function discover(workingDirectory: string, options: Partial<DiscoverOptions> = {}) {
  return discoverProject({
    workingDirectory,
    settings: '',
    python: noPython,
    ignoreApps: [],
    env: {},
    settingsReader: 'evaluator',
    ...options
  })
}

const MANAGE = (module: string) => `import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "${module}")\n`

describe('finding the settings', () => {
  test('no manage.py and no settings input: nothing to read, and that is not an error', async () => {
    const dir = await tempProject({ 'README.md': 'not a Django project' })
    const project = await discover(dir)
    expect(project).toEqual({
      settingsFile: null,
      settingsModule: null,
      projectDir: dir,
      apps: [],
      unresolvedApps: [],
      problems: []
    })
  })

  test('a settings input that points nowhere is an input error with the fix', async () => {
    const dir = await tempProject({ 'manage.py': MANAGE('site.settings') })
    await expect(discover(dir, { settings: 'config/settings/prod.py' })).rejects.toThrow(InputError)
    await expect(discover(dir, { settings: 'config/settings/prod.py' })).rejects.toThrow(
      `Input 'settings': 'config/settings/prod.py' was not found (looked for ${path.join(dir, 'config/settings/prod.py')})`
    )
    await expect(discover(dir, { settings: 'config.settings.prod' })).rejects.toThrow(
      "the settings module 'config.settings.prod' was not found"
    )
  })

  test('DJANGO_SETTINGS_MODULE wins over the default in manage.py', async () => {
    const dir = await tempProject({
      'manage.py': MANAGE('site.settings.local'),
      'site/__init__.py': '',
      'site/settings/__init__.py': '',
      'site/settings/local.py': 'STATIC_URL = "/local/"\n',
      'site/settings/ci.py': 'STATIC_URL = "/ci/"\n'
    })
    expect((await discover(dir)).staticUrl?.value).toBe('/local/')
    const fromEnv = await discover(dir, { env: { DJANGO_SETTINGS_MODULE: 'site.settings.ci' } })
    expect(fromEnv.settingsModule).toBe('site.settings.ci')
    expect(fromEnv.staticUrl?.value).toBe('/ci/')
    const fromInput = await discover(dir, {
      settings: 'site.settings.local',
      env: { DJANGO_SETTINGS_MODULE: 'site.settings.ci' }
    })
    expect(fromInput.staticUrl?.value).toBe('/local/')
  })

  test('manage.py in a single subfolder sets the project directory; several are reported', async () => {
    const dir = await tempProject({
      'backend/manage.py': MANAGE('app.settings'),
      'backend/app/__init__.py': '',
      'backend/app/settings.py': 'STATIC_ROOT = "collected"\n'
    })
    const project = await discover(dir)
    expect(project.projectDir).toBe(path.join(dir, 'backend'))
    expect(project.staticRoot?.value).toBe(path.join(dir, 'backend', 'collected'))
    const two = await tempProject({ 'a/manage.py': MANAGE('x.settings'), 'b/manage.py': MANAGE('y.settings') })
    const ambiguous = await discover(two)
    expect(ambiguous.settingsFile).toBeNull()
    expect(ambiguous.problems[0]?.message).toContain('Found several manage.py files (a/manage.py, b/manage.py)')
  })

  test('a settings file outside any package is named by its path and can import the project', async () => {
    const dir = await tempProject({
      'manage.py': MANAGE('mysite.settings'),
      'mysite/__init__.py': '',
      'mysite/settings.py': 'INSTALLED_APPS = ["django.contrib.staticfiles"]\nSTATIC_URL = "static/"\n',
      'deploy/ci_settings.py': 'from mysite.settings import *\nSTATIC_URL = "https://cdn.example/static/"\n'
    })
    const project = await discover(dir, { settings: 'deploy/ci_settings.py' })
    expect(project.settingsModule).toBe('deploy.ci_settings')
    expect(project.installedApps?.value).toEqual(['django.contrib.staticfiles'])
    expect(project.staticUrl?.value).toBe('https://cdn.example/static/')
  })
})

describe('extracting settings', () => {
  test('what cannot be evaluated is reported with file, line, expression and the input to use', async () => {
    const dir = await tempProject({
      'manage.py': MANAGE('settings'),
      'settings.py': [
        'import os',
        'from myhelpers import extra_apps',
        'INSTALLED_APPS = ["django.contrib.staticfiles", extra_apps()]',
        'if os.environ["CDN"]:',
        '    STATIC_ROOT = "/cdn-root"',
        'else:',
        '    STATIC_ROOT = "/plain-root"',
        ''
      ].join('\n')
    })
    const project = await discover(dir)
    expect(project.installedApps?.value).toEqual(['django.contrib.staticfiles'])
    expect(project.staticRoot?.value).toBe('/cdn-root')
    expect(project.problems).toEqual([
      {
        kind: 'settings',
        severity: 'warning',
        message:
          'INSTALLED_APPS[1] could not be evaluated, so it was left out: calls to myhelpers.extra_apps() are not evaluated (no module named ' +
          'myhelpers was found in the project or on the Python path) (`extra_apps()`). Set the `apps` input (the app directories, in INSTALLED_APPS order) to override.',
        file: 'settings.py',
        line: 3,
        incomplete: true
      },
      {
        kind: 'settings',
        severity: 'warning',
        message:
          'STATIC_ROOT may not be what Django would use: the condition `if os.environ["CDN"]` could not be evaluated ' +
          '(environment variable CDN is not set, at line 4), so its first branch was assumed. Set the `static-root` input to override.',
        file: 'settings.py',
        line: 4
      }
    ])
  })

  test('a project storage subclass: manifest switches and S3 class options under OPTIONS', async () => {
    const dir = await tempProject({
      'manage.py': MANAGE('site.settings'),
      'site/__init__.py': '',
      'site/storage.py': [
        'from storages.backends.s3 import S3ManifestStaticStorage',
        'class BaseStatic(S3ManifestStaticStorage):',
        '    location = "static"',
        '    file_overwrite = False',
        'class StaticStorage(BaseStatic):',
        '    manifest_name = "assets.json"',
        '    manifest_strict = False',
        '    max_post_process_passes = 10',
        '    default_acl = "public-read"',
        ''
      ].join('\n'),
      'site/settings.py': [
        'STORAGES = {"staticfiles": {"BACKEND": "site.storage.StaticStorage", "OPTIONS": {"location": "assets", "bucket_name": "b"}}}',
        'AWS_IS_GZIPPED = True',
        'AWS_SECRET_ACCESS_KEY = "never read"',
        ''
      ].join('\n')
    })
    const project = await discover(dir)
    expect(project.storage?.value).toEqual({
      backend: 'site.storage.StaticStorage',
      manifest: true,
      options: { location: 'assets', file_overwrite: false, default_acl: 'public-read', bucket_name: 'b' },
      switches: { manifest_name: 'assets.json', manifest_strict: false, max_post_process_passes: 10 }
    })
    expect(project.aws).toEqual({
      AWS_IS_GZIPPED: { value: true, from: { source: 'settings', file: path.join(dir, 'site/settings.py'), line: 2 } }
    })
  })

  test('STATICFILES_STORAGE (Django 4.2), a filesystem storage location, relative paths and FORCE_SCRIPT_NAME', async () => {
    const dir = await tempProject({
      'manage.py': MANAGE('settings'),
      'settings.py': [
        'STATICFILES_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"',
        'STATIC_ROOT = "public/static"',
        'STATICFILES_DIRS = ["assets", ("lib", "node_modules/lib/")]',
        'STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]',
        'FORCE_SCRIPT_NAME = "/app"',
        ''
      ].join('\n')
    })
    const project = await discover(dir, { release: RELEASES['4.2'] })
    expect(project.storage?.value).toEqual({
      backend: 'whitenoise.storage.CompressedManifestStaticFilesStorage',
      manifest: true,
      options: {},
      switches: {}
    })
    expect(project.staticRoot?.value).toBe(path.join(dir, 'public/static'))
    expect(project.staticDirs?.value).toEqual([
      { prefix: '', path: path.join(dir, 'assets') },
      { prefix: 'lib', path: `${path.join(dir, 'node_modules/lib')}/` }
    ])
    expect(project.finders?.value).toEqual(['django.contrib.staticfiles.finders.FileSystemFinder'])
    expect(project.forceScriptName?.value).toBe('/app')

    const withLocation = await tempProject({
      'manage.py': MANAGE('settings'),
      'settings.py':
        'STORAGES = {"staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage", "OPTIONS": {"location": "out", "base_url": "/s/"}}}\n'
    })
    const located = await discover(withLocation)
    expect(located.staticRoot?.value).toBe(path.join(withLocation, 'out'))
    expect(located.staticUrl?.value).toBe('/s/')
    expect(located.storage?.value.options).toEqual({})
  })

  test('STATICFILES_STORAGE counts up to Django 5.0 only; with STORAGES there it is an error', async () => {
    const legacy = 'STATICFILES_STORAGE = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"\n'
    const storages = 'STORAGES = {"staticfiles": {"BACKEND": "storages.backends.s3.S3ManifestStaticStorage"}}\n'
    const only = await tempProject({ 'manage.py': MANAGE('settings'), 'settings.py': legacy })
    for (const series of ['4.2', '5.0'] as const) {
      const project = await discover(only, { release: RELEASES[series] })
      expect(project.storage?.value).toMatchObject({
        backend: 'django.contrib.staticfiles.storage.ManifestStaticFilesStorage',
        manifest: true
      })
      expect(project.problems).toEqual([])
    }
    for (const series of ['5.1', '5.2', '6.0', '6.1'] as const) {
      const project = await discover(only, { release: RELEASES[series] })
      expect(project.storage?.value).toMatchObject({
        backend: 'django.contrib.staticfiles.storage.StaticFilesStorage',
        manifest: false
      })
      expect(project.problems).toEqual([
        expect.objectContaining({
          severity: 'notice',
          line: 1,
          message: expect.stringMatching(
            new RegExp(`^Django ${series} ignores STATICFILES_STORAGE .*without hashed names.*\`django-version\``)
          )
        })
      ])
    }
    const both = await tempProject({ 'manage.py': MANAGE('settings'), 'settings.py': storages + legacy })
    const old = await discover(both, { release: RELEASES['5.0'] })
    expect(old.storage).toBeUndefined()
    expect(old.problems).toEqual([
      expect.objectContaining({ severity: 'error', line: 2, message: expect.stringMatching(/mutually exclusive/) })
    ])
    const current = await discover(both, { release: RELEASES['5.1'] })
    expect(current.storage?.value).toMatchObject({ backend: 'storages.backends.s3.S3ManifestStaticStorage', manifest: true })
    expect(current.problems).toEqual([
      expect.objectContaining({ severity: 'notice', message: expect.stringMatching(/so STORAGES is used/) })
    ])
  })
})
