// Every conformance case's settings.py (shared and version cases) must give, under every Django
// release's rules, the values that release itself reported (its case.json inputs).
import { beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { releaseOf, type DjangoRelease } from '../../src/manifest/releases.js'
import { discoverProject, type DiscoveredProject } from '../../src/project/discover.js'
import { releaseCases, type ReleaseCase } from '../helpers/conformance-releases.js'
import { fakePython } from './project-helpers.js'
const STATIC_ROOT = '/tmp/conformance-static-root'
const DJANGO_SRC = '<DJANGO_SRC>'
const DEFAULT_SWITCHES = {
  manifest_name: 'staticfiles.json',
  manifest_strict: true,
  max_post_process_passes: 5,
  keep_intermediate_files: false,
  support_js_module_import_aggregation: false
}

interface CaseInputs {
  settings_module: string
  installed_apps: string[]
  apps: { name: string; path: string }[]
  staticfiles_dirs: { prefix: string; path: string }[]
  finders: string[]
  static_url_setting: string
  force_script_name: string | null
  static_root: string
  ignore_patterns: { app_config: string[]; app_config_class: string }
  storage: { backend: string; hashing: boolean } & Record<string, unknown>
}

const cases = releaseCases().map((entry) => [`${entry.series} ${entry.name}`, entry] as const)
let noPython = ''

beforeAll(async () => {
  noPython = await fakePython([])
})

function inputsOf(entry: ReleaseCase): CaseInputs {
  return (JSON.parse(readFileSync(path.join(entry.expectedRoot, 'case.json'), 'utf8')) as { inputs: CaseInputs }).inputs
}

function resolvePlaceholder(root: string, value: string): string {
  return value === '<STATIC_ROOT>' ? STATIC_ROOT : path.join(root, value)
}

async function discover(
  root: string,
  settings: string,
  release: DjangoRelease,
  env: NodeJS.ProcessEnv = {}
): Promise<DiscoveredProject> {
  return discoverProject({
    workingDirectory: root,
    settings,
    python: noPython,
    ignoreApps: [],
    release,
    settingsReader: 'evaluator',
    env: { CONFORMANCE_STATIC_ROOT: STATIC_ROOT, ...env }
  })
}

describe.each(cases)('%s', (_label, entry) => {
  const root = entry.inputDir
  const inputs = inputsOf(entry)
  const release = releaseOf(entry.series)!

  test('settings values match what Django reported', async () => {
    const project = await discover(root, inputs.settings_module, release)
    expect(project.settingsFile).toBe(path.join(root, 'config', 'settings.py'))
    expect(project.installedApps?.value).toEqual(inputs.installed_apps)
    expect(project.staticDirs?.value).toEqual(
      inputs.staticfiles_dirs.map((dir) => ({ prefix: dir.prefix, path: resolvePlaceholder(root, dir.path) }))
    )
    expect(project.finders?.value).toEqual(inputs.finders)
    expect(project.staticUrl?.value).toBe(inputs.static_url_setting)
    expect(project.forceScriptName?.value).toBe(inputs.force_script_name)
    expect(project.staticRoot?.value).toBe(resolvePlaceholder(root, inputs.static_root))
    expect(project.problems.filter((problem) => problem.severity !== 'notice')).toEqual([])
  })

  test('apps resolve to the directories Django used; only Django-less apps are missing', async () => {
    const project = await discover(root, inputs.settings_module, release)
    const expected = inputs.apps
      .filter((app) => !app.path.startsWith(DJANGO_SRC))
      .map((app) => ({ name: app.name, path: path.join(root, app.path) }))
    expect(project.apps).toEqual(expected)
    expect(project.unresolvedApps).toEqual([])
  })

  test('storage, hashing switches and the app config ignore list', async () => {
    const project = await discover(root, inputs.settings_module, release)
    expect(project.storage?.value.backend).toBe(inputs.storage.backend)
    expect(project.storage?.value.manifest).toBe(inputs.storage.hashing)
    if (inputs.storage.hashing) {
      const switches = { ...DEFAULT_SWITCHES, ...project.storage?.value.switches }
      const expected = Object.fromEntries(Object.keys(DEFAULT_SWITCHES).map((key) => [key, inputs.storage[key]]))
      expect(switches).toEqual(expected)
    }
    const custom = inputs.ignore_patterns.app_config_class !== 'django.contrib.staticfiles.apps.StaticFilesConfig'
    expect(project.ignorePatterns?.value).toEqual(custom ? inputs.ignore_patterns.app_config : undefined)
  })

  test('DJANGO_SETTINGS_MODULE from the environment finds the same settings', async () => {
    const project = await discover(root, '', release, { DJANGO_SETTINGS_MODULE: inputs.settings_module })
    expect(project.settingsModule).toBe(inputs.settings_module)
    expect(project.installedApps?.value).toEqual(inputs.installed_apps)
  })
})
