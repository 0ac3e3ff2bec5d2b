// The settings idioms of real projects the evaluator follows (issue 10), each in a small
// Django project under __fixtures__/projects/idiom-*; real Django 5.2 reads every one of
// them to the same apps, directories and static settings asserted here.
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
    // These tests are about the evaluator: the fake interpreter only answers sys.path.
    settingsReader: 'evaluator',
    ...options
  })
}

/** The parts of a discovered project these tests compare, paths relative to the project. */
async function summary(project: string, options: Partial<DiscoverOptions> = {}) {
  const root = path.join(PROJECTS, project)
  const rel = (dir: string) => path.relative(root, dir) || '.'
  const found = await discover(project, options)
  return {
    installed: found.installedApps?.value,
    apps: found.apps.map((app) => `${app.name}=${rel(app.path)}`),
    unresolved: found.unresolvedApps,
    dirs: found.staticDirs?.value.map((dir) => [dir.prefix, rel(dir.path)]),
    url: found.staticUrl?.value,
    root: found.staticRoot ? rel(found.staticRoot.value) : undefined,
    problems: found.problems
  }
}

describe('helper functions', () => {
  test('defined in the settings and imported from a sibling module: parameters, defaults, *args, **kwargs, closures', async () => {
    expect(await summary('idiom-helpers')).toEqual({
      installed: ['django.contrib.staticfiles', 'catalog', 'blog', 'reports'],
      apps: ['catalog=catalog', 'blog=blog', 'reports=reports'],
      unresolved: [],
      dirs: [
        ['', 'assets'],
        ['vendor', 'third_party/dist']
      ],
      url: '/static/',
      root: 'collected',
      problems: []
    })
  })

  test('the same helpers follow the environment', async () => {
    const env = { DJANGO_DEBUG: 'yes', EXTRA_APPS: ' shop, ,blog ', STATIC_URL: '/s/', STATIC_ROOT: '/srv/static' }
    const found = await summary('idiom-helpers', { env })
    expect(found.installed).toEqual(['django.contrib.staticfiles', 'catalog', 'shop', 'blog'])
    expect(found.url).toBe('/s/')
    expect((await discover('idiom-helpers', { env })).staticRoot?.value).toBe('/srv/static')
  })
})

test('lambda path helpers, with *parts and a keyword default', async () => {
  expect(await summary('idiom-lambdas')).toEqual({
    installed: ['django.contrib.staticfiles', 'shop', 'blog'],
    apps: ['shop=shop', 'blog=blog'],
    unresolved: [],
    dirs: [
      ['', 'static'],
      ['legacy', 'old/static']
    ],
    url: '/assets/',
    root: 'public/static',
    problems: []
  })
})

test('getattr / hasattr on a configuration module imported with importlib and from-import', async () => {
  expect(await summary('idiom-getattr')).toEqual({
    installed: ['django.contrib.staticfiles', 'core', 'reports'],
    apps: ['core=core', 'reports=reports'],
    unresolved: [],
    dirs: [['', 'theme/default']],
    url: '/portal/static/',
    root: 'static',
    problems: []
  })
  const missing = await discover('idiom-getattr', { env: { PORTAL_CONFIGURATION: 'portal.nowhere' } })
  expect(missing.problems.map((problem) => problem.message).join('\n')).toContain('no module named portal.nowhere was found')
})

test('urllib.parse on an environment value', async () => {
  const found = await discover('idiom-urlparse')
  const root = path.join(PROJECTS, 'idiom-urlparse')
  expect(found.staticUrl?.value).toBe('/site/static/')
  expect(found.staticRoot?.value).toBe(path.join(root, 'collected/site files'))
  expect(found.staticDirs?.value).toEqual([{ prefix: '', path: path.join(root, 'cdn_assets') }])
  expect(found.aws?.AWS_S3_CUSTOM_DOMAIN?.value).toBe('cdn.example.com')
  expect(found.aws?.AWS_LOCATION?.value).toBe('site/static')
  expect(found.apps.map((app) => app.name)).toEqual(['catalog'])
  expect(found.problems).toEqual([])
  const plain = await discover('idiom-urlparse', { env: { CDN_URL: 'http://assets.example.org/v2/' } })
  expect(plain.staticUrl?.value).toBe('/v2/')
  expect(plain.aws?.AWS_S3_CUSTOM_DOMAIN?.value).toBe('assets.example.org')
  expect(plain.staticDirs?.value).toEqual([])
})

test("sys.argv is collectstatic's: `'collectstatic' not in sys.argv` and `sys.argv[1:2]` are decided, not guessed", async () => {
  expect(await summary('idiom-argv')).toEqual({
    installed: ['django.contrib.staticfiles', 'catalog', 'dashboard'],
    apps: ['catalog=catalog', 'dashboard=dashboard'],
    unresolved: [],
    dirs: [
      ['', 'assets'],
      ['build', 'frontend/build']
    ],
    url: '/static/',
    root: 'staticfiles',
    problems: []
  })
})

test('an AppConfig whose name is computed: evaluated where it can be, else the entry module is the app, with a notice', async () => {
  const found = await summary('idiom-computed-appconfig')
  expect(found.apps).toEqual(['chartkit=chartkit', 'widgets=widgets', 'mapkit=mapkit'])
  expect(found.unresolved).toEqual([])
  expect(found.root).toBe('collected')
  expect(found.problems).toEqual([
    {
      kind: 'settings',
      severity: 'notice',
      file: 'mapkit/apps.py',
      line: 6,
      message:
        "The name of mapkit.apps.MapkitConfig, the default AppConfig of 'mapkit', could not be evaluated: sys.modules[...] is not evaluated " +
        "(`sys.modules[__package__]`); as that config is in mapkit's own apps.py, the app was taken to be the module mapkit at " +
        `${path.join(PROJECTS, 'idiom-computed-appconfig', 'mapkit')}. If it is not, list the app directories in the \`apps\` input.`
    }
  ])
})

test('class-based settings are an error that names the pattern, the classes and the fix, never a silent empty result', async () => {
  const found = await discover('idiom-class-settings')
  const errors = found.problems.filter((problem) => problem.severity === 'error')
  expect(errors).toEqual([
    {
      kind: 'settings',
      severity: 'error',
      file: 'mysite/settings.py',
      line: 7,
      message:
        'The settings use class-based settings (settings held as class attributes): Base (line 7), Prod (line 21) define ' +
        "INSTALLED_APPS, STATICFILES_DIRS, STATIC_URL, STATIC_ROOT. The action's own evaluator does not follow which class becomes " +
        "the settings, so it cannot tell what Django would collect. Install the project's requirements before this step " +
        "(actions/setup-python, then pip install -r requirements.txt) so the project's Python reads the settings (the `python` input), " +
        'or set the `apps`, `static-dirs`, `static-url` and `static-root` inputs.'
    }
  ])
  expect(found.installedApps).toBeUndefined()
})
