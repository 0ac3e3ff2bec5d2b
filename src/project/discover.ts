// Reads the Django project without Python: finds the settings module, evaluates it (and
// the files it star-imports), extracts the static-files settings with where each came
// from, and resolves INSTALLED_APPS to directories as Python's import system would.
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Problem } from '../model.js'
import { resolveApps, type AppsResult, type ResolvedApp, type UnresolvedApp } from './app-resolver.js'
import { classBinding } from '../python/class-info.js'
import { classSettingsProblem } from './class-settings.js'
import { DEFAULT_FINDERS, SettingsReader, provenance, type StaticDir, type Valued } from './extract.js'
import { ModuleFinder } from '../python/module-finder.js'
import { ProjectImporter } from '../python/module-loader.js'
import { toPlain, type Gap } from '../python/plain.js'
import { pythonPathFor, type PythonPath, type PythonProbe } from './python-path.js'
import { Runtime } from '../python/runtime.js'
import { findProjectLayout, isInside, type ProjectLayout } from './project-layout.js'
import { locateSettings, type SettingsLocation } from './settings-module.js'
import { SettingsProblems } from './settings-problems.js'
import { readStorage, type StorageSetting } from './storage.js'
import { list, type PyList } from '../python/values.js'
import type { DjangoRelease } from '../manifest/releases.js'
import type { ListedFile, PythonApp, PythonSettingsRunner } from '../adapters/python-reader.js'
import { readWithPython, type SettingsReaderChoice } from './python-read.js'

export type { Provenance, Valued } from './extract.js'

export interface DiscoveredProject {
  /** Absolute path of the settings module file actually read (null if none found). */
  settingsFile: string | null
  settingsModule: string | null
  /** Django's working directory: the folder with manage.py, else the working directory. */
  projectDir: string
  installedApps?: Valued<string[]>
  /** Resolved apps, in INSTALLED_APPS order; `path` is the absolute module directory. */
  apps: ResolvedApp[]
  unresolvedApps: UnresolvedApp[]
  /** Paths as evaluated; relative ones made absolute against projectDir. */
  staticDirs?: Valued<StaticDir[]>
  staticUrl?: Valued<string>
  staticRoot?: Valued<string>
  forceScriptName?: Valued<string | null>
  finders?: Valued<string[]>
  storage?: Valued<StorageSetting>
  /** AWS_* settings found (credentials are never read). */
  aws?: Record<string, Valued<unknown>>
  /** From a project StaticFilesConfig subclass that sets ignore_patterns. */
  ignorePatterns?: Valued<string[]>
  /** Unevaluable expressions, guessed branches, missing modules (kind 'settings'). */
  problems: Problem[]
  /** Which reader produced the settings. */
  reader?: ReaderInfo
  /** Apps as Django's AppConfig.create resolved them (Python reader only). */
  resolvedApps?: PythonApp[]
  /** Files of finders other than Django's two, as their list() yielded them (Python reader only). */
  finderFiles?: Record<string, ListedFile[]>
  /** The `apps` input's dotted names, resolved like INSTALLED_APPS entries. */
  namedApps?: { entry: string; name: string; path: string }[]
  /** The staticfiles storage class as Python sees it (Python reader only). */
  storageClass?: StorageClassInfo
}

export interface ReaderInfo {
  kind: 'python' | 'evaluator'
  interpreter?: string
  pythonVersion?: string
  /** django.VERSION as major.minor.micro, when Django imports. */
  djangoVersion?: string | null
  /** Why the Python reader was not used (evaluator only). */
  why?: string
}

export interface StorageClassInfo {
  backend: string
  mro: string[]
  /** Hashing-related methods a class outside Django, django-storages and whitenoise defines. */
  overrides: { method: string; class: string }[]
  attributes: Record<string, unknown>
}

export interface DiscoverOptions {
  workingDirectory: string
  /** A settings file path or dotted module; '' = DJANGO_SETTINGS_MODULE, else manage.py's default. */
  settings: string
  /** The interpreter whose sys.path is searched; '' = python3, then python. */
  python: string
  ignoreApps: string[]
  env: NodeJS.ProcessEnv
  /** False when the `apps` input lists the apps: no interpreter is asked and INSTALLED_APPS is not resolved. */
  resolveApps?: boolean
  /** The Django release whose rules apply (which storage setting counts); default 5.2. */
  release?: DjangoRelease
  /** `settings-reader`: auto (the project's Python when it imports the settings), python, evaluator. */
  settingsReader?: SettingsReaderChoice
  /** True when the event is pull_request_target and `settings-reader-on-pull-request-target` is not set. */
  untrustedCode?: boolean
  /** The ignore inputs, for non-Django finders' list(). */
  ignore?: string[]
  defaultIgnore?: boolean
  /** Dotted names in the `apps` input, resolved like INSTALLED_APPS entries. */
  namedApps?: string[]
  /** The helper process (tests may pass another). */
  runner?: PythonSettingsRunner
  /** sys.path asked for before the inputs were read (used when it asked the same interpreter here). */
  pythonProbe?: PythonProbe
  timeoutMs?: number
}

export async function discoverProject(options: DiscoverOptions): Promise<DiscoveredProject> {
  const workingDirectory = path.resolve(options.workingDirectory)
  const layout = findProjectLayout(workingDirectory, options.settings)
  const wantsApps =
    (options.resolveApps ?? true) || (options.namedApps?.length ?? 0) > 0 || (options.settingsReader ?? 'auto') !== 'evaluator'
  const python: PythonPath = wantsApps
    ? await pythonPathFor(options.python, layout.projectDir, options.env, options.pythonProbe)
    : { interpreter: null, entries: [] }
  const sysPath = list([layout.projectDir, ...python.entries.filter((entry) => entry !== layout.projectDir)])
  const srcFallback = srcFolders(workingDirectory, layout.projectDir, python.entries)
  const finder = new ModuleFinder(() => stringItems(sysPath), srcFallback)
  const located = locateSettings({
    workingDirectory,
    settings: options.settings,
    env: options.env,
    layout,
    finder,
    searchEntries: [...stringItems(sysPath), ...srcFallback]
  })
  const problems = [...layout.problems, ...located.problems]
  const project: DiscoveredProject = {
    settingsFile: null,
    settingsModule: null,
    projectDir: layout.projectDir,
    apps: [],
    unresolvedApps: [],
    problems
  }
  if (located.location) {
    const read = await readWithPython(project, {
      options,
      interpreter: python.interpreter,
      ...(python.executable ? { executable: python.executable } : {}),
      ...(python.djangoFound !== undefined ? { djangoFound: python.djangoFound } : {}),
      location: located.location
    })
    if (!read) readProject(project, { options, layout, python, sysPath, finder, location: located.location, workingDirectory })
    else if (!project.resolvedApps && (options.resolveApps ?? true))
      resolveWithEvaluator(project, { options, layout, python, sysPath, finder, location: located.location, workingDirectory })
  }
  project.problems = project.problems.map((problem) => relativeTo(workingDirectory, problem))
  return project
}

interface ReadContext {
  options: DiscoverOptions
  layout: ProjectLayout
  python: PythonPath
  sysPath: PyList
  finder: ModuleFinder
  location: SettingsLocation
  workingDirectory: string
}

function readProject(project: DiscoveredProject, context: ReadContext): void {
  const { location, layout, sysPath, finder, python } = context
  if (location.extraSearchEntry) sysPath.items.splice(1, 0, location.extraSearchEntry)
  project.settingsFile = location.file
  project.settingsModule = location.module
  const roots = [context.workingDirectory, layout.projectDir, settingsRoot(location)]
  const importer = new ProjectImporter(finder, (file) => isProjectFile(file, roots))
  const env = new Map(Object.entries(context.options.env).filter((entry): entry is [string, string] => entry[1] !== undefined))
  const rt = new Runtime({ env, projectDir: layout.projectDir, sysPath, hasPython: python.interpreter !== null, importer })
  const problems = new SettingsProblems()
  project.reader = { kind: 'evaluator', ...(project.reader?.why ? { why: project.reader.why } : {}) }
  try {
    const module = importer.load(location.file, location.module, rt)
    const classBased = classSettingsProblem(module.scope)
    if (classBased) problems.list.push(classBased)
    const reader = new SettingsReader(module.scope, layout.projectDir, problems)
    extractSettings(project, reader, importer, rt, context.options.release)
    const installed = project.installedApps?.value ?? []
    if (context.options.resolveApps ?? true) {
      const apps = resolveApps(installed, {
        finder,
        importer,
        rt,
        interpreter: python.interpreter,
        ignoreApps: context.options.ignoreApps
      })
      applyApps(project, apps, problems)
    }
    const named = context.options.namedApps ?? []
    if (named.length) {
      project.namedApps = named.flatMap((entry) =>
        resolveApps([entry], { finder, importer, rt, interpreter: python.interpreter, ignoreApps: [] }).apps.map((app) => ({
          entry,
          name: app.name,
          path: app.path
        }))
      )
    }
  } catch (error) {
    problems.add(
      `The settings could not be read completely (${error instanceof Error ? error.message : String(error)}). Set the \`apps\` and \`static-dirs\` inputs.`,
      { file: location.file, line: 1 }
    )
  }
  project.problems.push(...problems.list, ...reportsOf(rt), ...srcNotices(finder, context.workingDirectory))
}

/** The Python reader ran without Django importable: INSTALLED_APPS it read, resolved on the Python path as today. */
function resolveWithEvaluator(project: DiscoveredProject, context: ReadContext): void {
  const { location, layout, sysPath, finder, python } = context
  if (location.extraSearchEntry) sysPath.items.splice(1, 0, location.extraSearchEntry)
  const roots = [context.workingDirectory, layout.projectDir, settingsRoot(location)]
  const importer = new ProjectImporter(finder, (file) => isProjectFile(file, roots))
  const env = new Map(Object.entries(context.options.env).filter((entry): entry is [string, string] => entry[1] !== undefined))
  const rt = new Runtime({ env, projectDir: layout.projectDir, sysPath, hasPython: python.interpreter !== null, importer })
  const apps = resolveApps(project.installedApps?.value ?? [], {
    finder,
    importer,
    rt,
    interpreter: python.interpreter,
    ignoreApps: context.options.ignoreApps
  })
  project.apps = apps.apps
  project.unresolvedApps = apps.unresolved
  project.problems.push(...apps.problems)
}

function extractSettings(
  project: DiscoveredProject,
  reader: SettingsReader,
  importer: ProjectImporter,
  rt: Runtime,
  release?: DjangoRelease
): void {
  const installedApps = reader.stringList('INSTALLED_APPS')
  if (installedApps) project.installedApps = installedApps
  project.staticDirs = reader.staticDirs() ?? { value: [], from: { source: 'default' } }
  const staticUrl = reader.optionalString('STATIC_URL')
  if (staticUrl && staticUrl.value !== null) project.staticUrl = { value: staticUrl.value, from: staticUrl.from }
  const staticRoot = reader.directory('STATIC_ROOT')
  if (staticRoot) project.staticRoot = staticRoot
  project.forceScriptName = reader.optionalString('FORCE_SCRIPT_NAME') ?? { value: null, from: { source: 'default' } }
  project.finders = reader.stringList('STATICFILES_FINDERS') ?? { value: DEFAULT_FINDERS, from: { source: 'default' } }
  const storage = readStorage(reader, (dotted) => importer.loadClass(dotted, rt), release)
  if (storage) {
    project.storage = storage.storage
    if (storage.kind === 'filesystem') moveFilesystemOptions(project, storage.storage, reader)
  }
  project.aws = reader.aws(storage?.kind === 's3')
}

/** A filesystem storage's OPTIONS location/base_url are STATIC_ROOT/STATIC_URL for it, not S3 options. */
function moveFilesystemOptions(project: DiscoveredProject, storage: Valued<StorageSetting>, reader: SettingsReader): void {
  const { location, base_url: baseUrl, ...rest } = storage.value.options
  if (typeof location === 'string') project.staticRoot = { value: reader.absolute(location), from: storage.from }
  if (typeof baseUrl === 'string') project.staticUrl = { value: baseUrl, from: storage.from }
  storage.value.options = rest
}

function applyApps(project: DiscoveredProject, apps: AppsResult, problems: SettingsProblems): void {
  project.apps = apps.apps
  project.unresolvedApps = apps.unresolved
  project.problems.push(...apps.problems)
  const config = apps.staticfilesConfig
  const binding = config ? classBinding(config, 'ignore_patterns') : undefined
  if (!config || !binding) return
  const gaps: Gap[] = []
  const value = toPlain(binding.value, `${config.name}.ignore_patterns`, gaps)
  problems.gaps('ignore_patterns', binding, gaps)
  if (Array.isArray(value))
    project.ignorePatterns = {
      value: value.filter((item): item is string => typeof item === 'string'),
      from: provenance(binding)
    }
}

function reportsOf(rt: Runtime): Problem[] {
  return rt.reports.map((report) => ({
    kind: 'settings',
    severity: report.severity,
    message: report.message,
    file: report.at.file,
    line: report.at.line
  }))
}

function srcNotices(finder: ModuleFinder, workingDirectory: string): Problem[] {
  return [...finder.srcFallbackHits].map(([name, folder]) => ({
    kind: 'settings',
    severity: 'notice',
    message:
      `${name} was found in ${path.relative(workingDirectory, folder) || folder}/, which is on Python's path only once the project ` +
      'is installed (pip install -e .); the action assumed it is.'
  }))
}

/** `<dir>/src` folders that are not on the Python path already: searched only as a last resort. */
function srcFolders(workingDirectory: string, projectDir: string, entries: string[]): string[] {
  const candidates = [path.join(projectDir, 'src'), path.join(workingDirectory, 'src')]
  return [...new Set(candidates)].filter((dir) => !entries.includes(dir) && existsSync(dir) && statSync(dir).isDirectory())
}

/** The folder of the settings module's top-level package, so a settings package outside the project is still run. */
function settingsRoot(location: SettingsLocation): string {
  const depth = location.module.split('.').length - (path.basename(location.file) === '__init__.py' ? 0 : 1)
  let dir = path.dirname(location.file)
  for (let i = 1; i < depth; i++) dir = path.dirname(dir)
  return dir
}

function isProjectFile(file: string, roots: string[]): boolean {
  return !/[\\/](site|dist)-packages([\\/]|$)/.test(file) && roots.some((root) => isInside(file, root))
}

function stringItems(value: PyList): string[] {
  return value.items.filter((item): item is string => typeof item === 'string')
}

/** Problem files are shown relative to the working directory when inside it. */
function relativeTo(workingDirectory: string, problem: Problem): Problem {
  if (!problem.file || !path.isAbsolute(problem.file)) return problem
  const relative = path.relative(workingDirectory, problem.file)
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? problem
    : { ...problem, file: relative.split(path.sep).join('/') }
}
