// Realistic layouts: cookiecutter-django (split settings, django-environ, S3 in production),
// a flat `django-admin startproject`, and a src/ layout with python-decouple.
import { beforeAll, describe, expect, test } from '@jest/globals'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { discoverProject, type DiscoverOptions } from '../../src/project/discover.js'
import { fakePython } from './project-helpers.js'

const PROJECTS = fileURLToPath(new URL('../../__fixtures__/projects', import.meta.url))
let noPython = ''

beforeAll(async () => {
  noPython = await fakePython([])
})

function discover(project: string, options: Partial<DiscoverOptions> = {}) {
  return discoverProject({
    workingDirectory: path.join(PROJECTS, project),
    settings: '',
    python: noPython,
    ignoreApps: [],
    env: {},
    settingsReader: 'evaluator',
    ...options
  })
}

describe('cookiecutter-django', () => {
  const root = path.join(PROJECTS, 'cookiecutter')
  const thirdParty = ['crispy_forms', 'crispy_bootstrap5', 'allauth', 'allauth.account', 'allauth.mfa', 'allauth.socialaccount']

  test("manage.py's default (local settings) through two star imports", async () => {
    const project = await discover('cookiecutter')
    expect(project.settingsModule).toBe('config.settings.local')
    expect(project.settingsFile).toBe(path.join(root, 'config/settings/local.py'))
    expect(project.installedApps?.value).toEqual([
      'whitenoise.runserver_nostatic',
      'django.contrib.auth',
      'django.contrib.contenttypes',
      'django.contrib.sessions',
      'django.contrib.sites',
      'django.contrib.messages',
      'django.contrib.staticfiles',
      'django.contrib.admin',
      'django.forms',
      ...thirdParty,
      'myproject.users',
      'debug_toolbar',
      'django_extensions'
    ])
    expect(project.installedApps?.from).toEqual({
      source: 'settings',
      file: path.join(root, 'config/settings/local.py'),
      line: 55
    })
    expect(project.apps).toEqual([{ name: 'myproject.users', path: path.join(root, 'myproject/users') }])
    expect(project.staticDirs?.value).toEqual([{ prefix: '', path: path.join(root, 'myproject/static') }])
    expect(project.staticDirs?.from).toEqual({ source: 'settings', file: path.join(root, 'config/settings/base.py'), line: 124 })
    expect(project.staticRoot?.value).toBe(path.join(root, 'staticfiles'))
    expect(project.staticUrl?.value).toBe('/static/')
    expect(project.storage?.value).toEqual({
      backend: 'django.contrib.staticfiles.storage.StaticFilesStorage',
      manifest: false,
      options: {},
      switches: {}
    })
    expect(project.storage?.from.source).toBe('default')
    expect(project.problems).toEqual([])
  })

  test('apps that are not installed: errors for packages, a warning for the admin', async () => {
    const project = await discover('cookiecutter')
    expect(project.unresolvedApps.map((app) => [app.entry, app.severity])).toEqual([
      ['whitenoise.runserver_nostatic', 'error'],
      ['django.contrib.admin', 'warning'],
      ...thirdParty.map((entry) => [entry, 'error']),
      ['debug_toolbar', 'error'],
      ['django_extensions', 'error']
    ])
    const crispy = project.unresolvedApps.find((app) => app.entry === 'crispy_forms')
    expect(crispy?.message).toContain('pip install -r requirements.txt')
    expect(crispy?.message).toContain("add 'crispy_forms' to `ignore-apps`")
    expect(project.unresolvedApps.find((app) => app.entry === 'django.contrib.admin')?.message).toContain(
      "the admin's CSS, JavaScript and images"
    )
  })

  test('ignore-apps leaves the listed entries out', async () => {
    const ignoreApps = [
      'whitenoise.runserver_nostatic',
      'django.contrib.admin',
      ...thirdParty,
      'debug_toolbar',
      'django_extensions'
    ]
    const project = await discover('cookiecutter', { ignoreApps })
    expect(project.unresolvedApps).toEqual([])
    expect(project.apps.map((app) => app.name)).toEqual(['myproject.users'])
  })

  test('production settings from DJANGO_SETTINGS_MODULE: S3 storage, AWS settings, STATIC_URL', async () => {
    const project = await discover('cookiecutter', {
      env: {
        DJANGO_SETTINGS_MODULE: 'config.settings.production',
        DJANGO_AWS_STORAGE_BUCKET_NAME: 'my-bucket',
        DJANGO_AWS_S3_REGION_NAME: 'eu-west-1'
      }
    })
    const production = path.join(root, 'config/settings/production.py')
    expect(project.settingsModule).toBe('config.settings.production')
    expect(project.installedApps?.value.slice(-2)).toEqual(['storages', 'anymail'])
    expect(project.storage?.value).toEqual({
      backend: 'storages.backends.s3.S3Storage',
      manifest: false,
      options: { location: 'static', default_acl: 'public-read' },
      switches: {}
    })
    expect(project.storage?.from).toEqual({ source: 'settings', file: production, line: 80 })
    expect(project.staticUrl?.value).toBe('https://my-bucket.s3.amazonaws.com/static/')
    expect(project.aws).toEqual({
      AWS_STORAGE_BUCKET_NAME: { value: 'my-bucket', from: { source: 'settings', file: production, line: 59 } },
      AWS_QUERYSTRING_AUTH: { value: false, from: { source: 'settings', file: production, line: 61 } },
      AWS_S3_OBJECT_PARAMETERS: {
        value: { CacheControl: 'max-age=604800, s-maxage=604800, must-revalidate' },
        from: { source: 'settings', file: production, line: 65 }
      },
      AWS_S3_REGION_NAME: { value: 'eu-west-1', from: { source: 'settings', file: production, line: 74 } },
      AWS_S3_CUSTOM_DOMAIN: { value: null, from: { source: 'settings', file: production, line: 76 } }
    })
    expect(project.problems).toEqual([])
  })

  test('without the bucket variable, STATIC_URL and the bucket are reported with the variable and the input', async () => {
    const project = await discover('cookiecutter', { settings: 'config/settings/production.py' })
    expect(project.settingsModule).toBe('config.settings.production')
    expect(project.staticUrl).toBeUndefined()
    expect(project.aws?.AWS_STORAGE_BUCKET_NAME).toBeUndefined()
    expect(project.problems).toEqual([
      {
        kind: 'settings',
        severity: 'warning',
        message:
          'STATIC_URL could not be evaluated: environment variable DJANGO_AWS_STORAGE_BUCKET_NAME is not set and has no default ' +
          '(`env("DJANGO_AWS_STORAGE_BUCKET_NAME")`). Set the `static-url` input to override. Or set DJANGO_AWS_STORAGE_BUCKET_NAME in the step\'s env.',
        file: 'config/settings/production.py',
        line: 59
      },
      {
        kind: 'settings',
        severity: 'warning',
        message:
          'AWS_STORAGE_BUCKET_NAME could not be evaluated: environment variable DJANGO_AWS_STORAGE_BUCKET_NAME is not set and has no default ' +
          '(`env("DJANGO_AWS_STORAGE_BUCKET_NAME")`). Set the `bucket` input to override. Or set DJANGO_AWS_STORAGE_BUCKET_NAME in the step\'s env.',
        file: 'config/settings/production.py',
        line: 59
      }
    ])
  })
})

describe('django-admin startproject layout', () => {
  const root = path.join(PROJECTS, 'startproject')

  test('settings.py with Path and os.path.join forms, an AppConfig path entry, a conditional STORAGES', async () => {
    const project = await discover('startproject', { ignoreApps: ['django.contrib.admin'] })
    expect(project.settingsModule).toBe('mysite.settings')
    expect(project.apps).toEqual([{ name: 'polls', path: path.join(root, 'polls') }])
    expect(project.unresolvedApps).toEqual([])
    expect(project.staticDirs?.value).toEqual([
      { prefix: '', path: path.join(root, 'static') },
      { prefix: 'vendor', path: path.join(root, 'assets/vendor') }
    ])
    expect(project.staticRoot?.value).toBe(path.join(root, 'staticfiles'))
    expect(project.staticUrl?.value).toBe('static/')
    expect(project.storage?.value.manifest).toBe(true)
    expect(project.problems).toEqual([])
  })

  test('the environment decides the condition: DEBUG on keeps the default storage', async () => {
    const project = await discover('startproject', { env: { DJANGO_DEBUG: '1' } })
    expect(project.storage?.value.backend).toBe('django.contrib.staticfiles.storage.StaticFilesStorage')
    expect(project.unresolvedApps).toEqual([expect.objectContaining({ entry: 'django.contrib.admin', severity: 'warning' })])
  })
})

describe('src/ layout with python-decouple', () => {
  const root = path.join(PROJECTS, 'src-layout')

  test('settings and apps are found in src/ (assumed installed), with notices', async () => {
    const project = await discover('src-layout')
    expect(project.settingsFile).toBe(path.join(root, 'src/webapp/settings.py'))
    expect(project.apps).toEqual([
      { name: 'shop', path: path.join(root, 'src/shop') },
      { name: 'blog', path: path.join(root, 'src/blog') }
    ])
    expect(project.staticDirs?.value).toEqual([{ prefix: '', path: path.join(root, 'frontend/dist') }])
    expect(project.staticRoot?.value).toBe(path.join(root, 'public/assets'))
    expect(project.staticUrl?.value).toBe('/assets/')
    expect(project.storage?.value.backend).toBe('django.contrib.staticfiles.storage.ManifestStaticFilesStorage')
    expect(project.problems.map((problem) => [problem.severity, problem.message.split(' was found')[0]])).toEqual([
      ['notice', 'webapp'],
      ['notice', 'shop'],
      ['notice', 'blog']
    ])
  })

  test('decouple reads the environment first', async () => {
    const project = await discover('src-layout', { env: { HASH_STATIC: 'off', STATIC_ROOT: '/srv/assets' } })
    expect(project.storage?.value.backend).toBe('django.contrib.staticfiles.storage.StaticFilesStorage')
    expect(project.staticRoot?.value).toBe('/srv/assets')
  })
})
