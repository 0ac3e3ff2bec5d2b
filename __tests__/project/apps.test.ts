// INSTALLED_APPS → directories, the way Python's import system and Django's AppConfig.create do it.
import { beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../../src/errors.js'
import { discoverProject, type DiscoverOptions } from '../../src/project/discover.js'
import { findPythonPath, startPythonProbe } from '../../src/project/python-path.js'
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

function project(apps: string[], files: Record<string, string> = {}, extraSettings = '') {
  return tempProject({
    'manage.py': 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings")\n',
    'settings.py': `INSTALLED_APPS = ${JSON.stringify(apps)}\n${extraSettings}`,
    ...files
  })
}

describe('the Python path of an interpreter', () => {
  test('apps installed in site-packages are found through the python input', async () => {
    const site = await tempProject({
      'fakepkg/__init__.py': '',
      'fakepkg/static/fakepkg/widget.js': 'widget()\n',
      'django/__init__.py': '',
      'django/contrib/__init__.py': '',
      'django/contrib/admin/__init__.py': '',
      'django/contrib/admin/static/admin/css/base.css': 'body {}\n',
      'django/contrib/staticfiles/__init__.py': ''
    })
    const python = await fakePython([site, '/does/not/exist', path.join(site, 'python311.zip')])
    const dir = await project(['django.contrib.admin', 'django.contrib.staticfiles', 'fakepkg', 'local_app'], {
      'local_app/__init__.py': ''
    })
    const found = await discover(dir, { python })
    expect(found.apps).toEqual([
      { name: 'django.contrib.admin', path: path.join(site, 'django/contrib/admin') },
      { name: 'django.contrib.staticfiles', path: path.join(site, 'django/contrib/staticfiles') },
      { name: 'fakepkg', path: path.join(site, 'fakepkg') },
      { name: 'local_app', path: path.join(dir, 'local_app') }
    ])
    expect(found.unresolvedApps).toEqual([])
  })

  test('the project folder comes first, as sys.path[0] does for manage.py', async () => {
    const site = await tempProject({ 'shop/__init__.py': '' })
    const dir = await project(['shop'], { 'shop/__init__.py': '' })
    const found = await discover(dir, { python: await fakePython([site]) })
    expect(found.apps).toEqual([{ name: 'shop', path: path.join(dir, 'shop') }])
  })

  test("the settings reader starts the interpreter's own sys.executable, not a version manager's shim again", async () => {
    const dir = await project(['shop'], { 'shop/__init__.py': '' })
    const executable = '/opt/python/3.12/bin/python3.12'
    const started: string[] = []
    const runner = {
      read: async (request: { interpreter: string }) => {
        started.push(request.interpreter)
        throw new Error('no Django here')
      }
    }
    const shim = await fakePython([], executable)
    const found = await discover(dir, { python: shim, settingsReader: 'auto', runner })
    expect(started).toEqual([executable])
    // Messages still name the interpreter as the input gave it.
    expect(found.reader?.why).toContain(`${shim} could not import the settings`)
  })

  test('a probe started early is used when it asked the same interpreter in the same folder, else it is asked again', async () => {
    const site = await tempProject({ 'fakepkg/__init__.py': '' })
    const dir = await project(['fakepkg'])
    // The interpreter itself knows no site-packages; only the early answer has the app's folder.
    const python = await fakePython([])
    const answered = (answerFor: string, cwd: string) => ({
      python: answerFor,
      cwd,
      answer: Promise.resolve({ interpreter: answerFor, entries: [site] })
    })
    const found = (pythonProbe: ReturnType<typeof answered>) =>
      discover(dir, { python, pythonProbe }).then((project) => project.apps.map((app) => app.path))
    expect(await found(answered(python, dir))).toEqual([path.join(site, 'fakepkg')])
    expect(await found(answered('/other/python3', dir))).toEqual([])
    expect(await found(answered(python, site))).toEqual([])
  })

  test('startPythonProbe answers as findPythonPath does', async () => {
    const site = await tempProject({ 'fakepkg/__init__.py': '' })
    const python = await fakePython([site])
    const probe = startPythonProbe(python, site, {})
    expect(probe).toMatchObject({ python, cwd: site })
    expect(await probe.answer).toEqual(await findPythonPath(python, site, {}))
  })

  test('an early probe that failed fails the reading that uses it, and stays quiet when unused', async () => {
    const dir = await project(['shop'], { 'shop/__init__.py': '' })
    const broken = startPythonProbe('/no/such/python', dir, {})
    await expect(discover(dir, { python: '/no/such/python', pythonProbe: broken })).rejects.toThrow(
      "Input 'python': could not get sys.path from '/no/such/python'"
    )
    const unused = startPythonProbe('/no/such/python', dir, {})
    expect((await discover(dir, { pythonProbe: unused })).apps).toEqual([{ name: 'shop', path: path.join(dir, 'shop') }])
  })

  test('an interpreter with no django package on its path is not started again to read the settings (auto)', async () => {
    const dir = await project(['shop'], { 'shop/__init__.py': '' })
    const started: string[] = []
    const runner = {
      read: async (request: { interpreter: string }) => {
        started.push(request.interpreter)
        throw new Error('not reached in auto')
      }
    }
    const withoutDjango = await tempProject({})
    const python = path.join(withoutDjango, 'python')
    await writeFile(python, `#!/bin/sh\necho '${JSON.stringify({ path: [], executable: null, django: false })}'\n`, {
      mode: 0o755
    })
    const auto = await discover(dir, { python, settingsReader: 'auto', runner })
    expect(started).toEqual([])
    expect(auto.reader).toEqual({ kind: 'evaluator', why: `Django is not importable for ${python}` })
    expect(auto.apps.map((app) => app.name)).toEqual(['shop'])
    // `python` asks the reader anyway: its answer is what the error message reports.
    await expect(discover(dir, { python, settingsReader: 'python', runner })).rejects.toThrow('not reached in auto')
    expect(started).toEqual([python])
  })

  test("the probe tells whether a django package is on the interpreter's path, without importing it", async () => {
    const real = '/usr/bin/python3'
    if (!existsSync(real)) return
    const hasDjango = spawnSync(real, ['-c', 'import django'], { stdio: 'ignore' }).status === 0
    expect((await findPythonPath(real, '/', {})).djangoFound).toBe(hasDjango)
    // -S: no site-packages, so no Django from the system's packages.
    const bare = path.join(await tempProject({}), 'python-no-site')
    await writeFile(bare, `#!/bin/sh\nexec ${real} -S "$@"\n`, { mode: 0o755 })
    expect((await findPythonPath(bare, '/', {})).djangoFound).toBe(false)
    // A project folder holding a `django` package is on the path too (sys.path[0] is where the probe runs).
    const vendored = await tempProject({ 'django/__init__.py': '' })
    expect((await findPythonPath(bare, vendored, {})).djangoFound).toBe(true)
  })

  test('findPythonPath: a given interpreter that does not work is an input error; none at all is fine', async () => {
    await expect(findPythonPath('/no/such/python', '/', {})).rejects.toThrow(InputError)
    await expect(findPythonPath('/no/such/python', '/', {})).rejects.toThrow(
      "Input 'python': could not get sys.path from '/no/such/python'"
    )
    expect(await findPythonPath('', '/', { PATH: '/nonexistent' })).toEqual({ interpreter: null, entries: [] })
  })
})

describe('app modules and AppConfig classes', () => {
  test('regular and namespace packages, single-file modules and apps in subfolders', async () => {
    const dir = await project(['apps.catalog', 'nsapp', 'single', 'apps.catalog.sub'], {
      'apps/__init__.py': '',
      'apps/catalog/__init__.py': '',
      'apps/catalog/sub/__init__.py': '',
      'nsapp/static/nsapp/a.css': '',
      'single.py': ''
    })
    const found = await discover(dir)
    expect(found.apps).toEqual([
      { name: 'apps.catalog', path: path.join(dir, 'apps/catalog') },
      { name: 'nsapp', path: path.join(dir, 'nsapp') },
      { name: 'single', path: dir },
      { name: 'apps.catalog.sub', path: path.join(dir, 'apps/catalog/sub') }
    ])
  })

  test('a namespace package spread over two path entries needs an AppConfig path, as in Django', async () => {
    const site = await tempProject({ 'split/other/__init__.py': '' })
    const dir = await project(['split'], { 'split/static/split/a.css': '' })
    const found = await discover(dir, { python: await fakePython([site]) })
    expect(found.apps).toEqual([])
    expect(found.unresolvedApps).toEqual([
      {
        entry: 'split',
        severity: 'error',
        message: `The app module split has several filesystem locations (${path.join(dir, 'split')}, ${path.join(site, 'split')}); Django requires an AppConfig subclass with a 'path' class attribute for it.`
      }
    ])
  })

  test('AppConfig classes: name, path, inherited name, and the default config of an app module', async () => {
    const dir = await project(['shop.apps.ShopConfig', 'elsewhere.apps.ElsewhereConfig', 'orders', 'twoconfigs'], {
      'shop/__init__.py': '',
      'shop/apps.py': 'from django.apps import AppConfig\nclass ShopConfig(AppConfig):\n    name = "shop"\n    label = "store"\n',
      'elsewhere/__init__.py': '',
      'elsewhere/apps.py': [
        'import os',
        'from django.apps import AppConfig',
        'class ElsewhereConfig(AppConfig):',
        '    name = "elsewhere"',
        '    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "real_location")',
        ''
      ].join('\n'),
      'orders/__init__.py': '',
      'orders/apps.py':
        'from django.apps import AppConfig\nclass OrdersConfig(AppConfig):\n    name = "orders"\n    path = "/opt/orders"\n',
      'twoconfigs/__init__.py': '',
      'twoconfigs/apps.py': [
        'from django.apps import AppConfig',
        'class One(AppConfig):',
        '    name = "twoconfigs"',
        '    path = "/one"',
        'class Two(AppConfig):',
        '    name = "twoconfigs"',
        '    path = "/two"',
        ''
      ].join('\n')
    })
    const found = await discover(dir)
    expect(found.apps).toEqual([
      { name: 'shop', path: path.join(dir, 'shop') },
      { name: 'elsewhere', path: path.join(dir, 'real_location') },
      { name: 'orders', path: '/opt/orders' },
      { name: 'twoconfigs', path: path.join(dir, 'twoconfigs') }
    ])
  })

  test('a StaticFilesConfig subclass gives the ignore patterns; a missing class is an error', async () => {
    const dir = await project(['site.apps.StaticConfig', 'shop.apps.Missing'], {
      'site/__init__.py': '',
      'site/apps.py': [
        'from django.contrib.staticfiles.apps import StaticFilesConfig',
        'class StaticConfig(StaticFilesConfig):',
        '    ignore_patterns = StaticFilesConfig.ignore_patterns + ["*.scss"] if False else ["CVS", ".*", "*~", "*.scss"]',
        ''
      ].join('\n'),
      'shop/__init__.py': '',
      'shop/apps.py': ''
    })
    const found = await discover(dir)
    expect(found.ignorePatterns).toEqual({
      value: ['CVS', '.*', '*~', '*.scss'],
      from: { source: 'settings', file: path.join(dir, 'site/apps.py'), line: 3 }
    })
    expect(found.unresolvedApps).toEqual([
      expect.objectContaining({
        entry: 'shop.apps.Missing',
        severity: 'error',
        message: expect.stringContaining('the module shop.apps does not define a class Missing')
      })
    ])
  })

  test('sys.path changes in the settings are followed', async () => {
    const dir = await project(
      ['catalog'],
      { 'apps/catalog/__init__.py': '' },
      'import os, sys\nfrom pathlib import Path\nBASE_DIR = Path(__file__).resolve().parent\nsys.path.insert(0, os.path.join(BASE_DIR, "apps"))\n'
    )
    const found = await discover(dir)
    expect(found.apps).toEqual([{ name: 'catalog', path: path.join(dir, 'apps/catalog') }])
  })

  test('duplicates are reported and ignore-apps matches entries and app names', async () => {
    const dir = await project(['shop', 'shop.apps.ShopConfig', 'blog.apps.BlogConfig', 'missing_pkg'], {
      'shop/__init__.py': '',
      'shop/apps.py': 'from django.apps import AppConfig\nclass ShopConfig(AppConfig):\n    name = "shop"\n',
      'blog/__init__.py': '',
      'blog/apps.py': 'from django.apps import AppConfig\nclass BlogConfig(AppConfig):\n    name = "blog"\n'
    })
    const found = await discover(dir, { ignoreApps: ['blog', 'missing_pkg'] })
    expect(found.apps).toEqual([{ name: 'shop', path: path.join(dir, 'shop') }])
    expect(found.unresolvedApps).toEqual([])
    expect(found.problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining("INSTALLED_APPS lists the app shop twice (as 'shop.apps.ShopConfig')")
    ])
  })
})
