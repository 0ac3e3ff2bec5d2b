// What the project's Python reported, in Django's terms: the static settings with where they were
// set, the apps as AppConfig.create resolved them, the staticfiles storage and the files of
// finders other than Django's two.
import path from 'node:path'
import type { ListedFile, PythonReading, PythonStorage } from '../adapters/python-reader.js'
import type { Problem } from '../model.js'
import type { ResolvedApp, UnresolvedApp } from './app-resolver.js'
import type { DiscoveredProject, ReaderInfo } from './discover.js'
import { AWS_SETTINGS, DEFAULT_FINDERS, type Provenance, type StaticDir, type Valued } from './extract.js'
import { MANIFEST_SWITCHES, S3_OPTIONS, type StorageSetting } from './storage.js'

export const COMPRESSOR_FINDER = 'compressor.finders.CompressorFinder'

export function readerInfo(reading: PythonReading): ReaderInfo {
  return {
    kind: 'python',
    interpreter: reading.python.executable,
    pythonVersion: reading.python.version,
    djangoVersion: reading.djangoVersion ? reading.djangoVersion.slice(0, 3).join('.') : null
  }
}

/** Fills `project` from the reading; problems carry the fix. */
export function applyReading(
  project: DiscoveredProject,
  reading: PythonReading,
  ignoreApps: string[],
  resolveApps: boolean
): void {
  const settings = reading.settings ?? {}
  const explicit = new Set(reading.explicit ?? [])
  const file = reading.settingsFile ?? project.settingsFile ?? undefined
  if (file) project.settingsFile = file
  const valued = <T>(name: string, value: T): Valued<T> => ({
    value,
    from: explicit.has(name) ? { source: 'settings', ...(file ? { file } : {}) } : { source: 'default' }
  })
  project.reader = readerInfo(reading)
  const installed = stringList(settings.INSTALLED_APPS)
  project.installedApps = valued('INSTALLED_APPS', installed)
  project.staticDirs = valued('STATICFILES_DIRS', staticDirs(settings.STATICFILES_DIRS, project.projectDir))
  if (typeof settings.STATIC_URL === 'string') project.staticUrl = valued('STATIC_URL', settings.STATIC_URL)
  if (typeof settings.STATIC_ROOT === 'string')
    project.staticRoot = valued('STATIC_ROOT', path.resolve(project.projectDir, settings.STATIC_ROOT))
  project.forceScriptName = valued(
    'FORCE_SCRIPT_NAME',
    typeof settings.FORCE_SCRIPT_NAME === 'string' ? settings.FORCE_SCRIPT_NAME : null
  )
  project.finders = explicit.has('STATICFILES_FINDERS')
    ? valued('STATICFILES_FINDERS', stringList(settings.STATICFILES_FINDERS))
    : { value: DEFAULT_FINDERS, from: { source: 'default' } }
  project.aws = {}
  for (const name of AWS_SETTINGS) if (name in settings && explicit.has(name)) project.aws[name] = valued(name, settings[name])
  const storage = reading.storage ?? (reading.djangoVersion ? undefined : storageByName(project, settings, file))
  if (storage) applyStorage(project, storage, settings, explicit, file)
  if (reading.ignorePatterns && !sameList(reading.ignorePatterns, ['CVS', '.*', '*~'])) {
    project.ignorePatterns = { value: reading.ignorePatterns, from: { source: 'settings', ...(file ? { file } : {}) } }
  }
  if (resolveApps) applyApps(project, reading, ignoreApps)
  if (reading.namedApps)
    project.namedApps = reading.namedApps.map((app) => ({ entry: app.entry, name: app.name, path: app.path }))
  applyFinders(project, reading)
}

function applyApps(project: DiscoveredProject, reading: PythonReading, ignoreApps: string[]): void {
  if (!reading.apps) return // Django is not importable: the evaluator's resolver runs instead (see discover.ts)
  const apps: ResolvedApp[] = []
  for (const app of reading.apps) {
    if (ignoreApps.includes(app.entry) || ignoreApps.includes(app.name)) continue
    apps.push({ name: app.name, path: app.path })
  }
  project.apps = apps
  project.resolvedApps = reading.apps.filter((app) => !ignoreApps.includes(app.entry) && !ignoreApps.includes(app.name))
  project.unresolvedApps = (reading.appErrors ?? [])
    .filter((failure) => !ignoreApps.includes(failure.entry))
    .map((failure): UnresolvedApp => ({
      entry: failure.entry,
      severity: 'error',
      message:
        `Django could not load the app '${failure.entry}' from INSTALLED_APPS: ${failure.error}${failure.file ? ` (${failure.file}${failure.line ? `:${failure.line}` : ''})` : ''}. ` +
        (failure.missing
          ? `Install the project's requirements before this step (pip install -r requirements.txt) or add '${failure.entry}' to \`ignore-apps\`.`
          : `Fix the app's AppConfig or add '${failure.entry}' to \`ignore-apps\`.`)
    }))
}

function applyStorage(
  project: DiscoveredProject,
  storage: PythonStorage,
  settings: Record<string, unknown>,
  explicit: Set<string>,
  file: string | undefined
): void {
  const configured = (settings.STORAGES as Record<string, { OPTIONS?: Record<string, unknown> }> | undefined)?.staticfiles
  const options: Record<string, unknown> = { ...(configured?.OPTIONS ?? {}) }
  const mro = storage.mro ?? [storage.backend]
  const attributes = storage.attributes ?? {}
  const kind = mro.some((name) => name.startsWith('storages.backends.s3')) ? 's3' : 'filesystem'
  if (kind === 's3')
    for (const name of S3_OPTIONS) if (!(name in options) && isSetByProject(name, attributes)) options[name] = attributes[name]
  const manifest = mro.some((name) => /\.ManifestFilesMixin$/.test(name))
  const switches: Record<string, unknown> = {}
  if (manifest) for (const name of MANIFEST_SWITCHES) if (name in attributes) switches[name] = attributes[name]
  const overridden = (storage.overrides ?? []).map((override) => override.method)
  const setting: StorageSetting = {
    backend: storage.backend,
    manifest,
    options,
    switches,
    ...(overridden.length ? { overrides: overridden } : {})
  }
  const from: Provenance =
    explicit.has('STORAGES') || explicit.has('STATICFILES_STORAGE')
      ? { source: 'settings', ...(file ? { file } : {}) }
      : { source: 'default' }
  project.storage = { value: setting, from }
  project.storageClass = { backend: storage.backend, mro, overrides: storage.overrides ?? [], attributes }
  if (kind === 'filesystem') {
    const { location, base_url: baseUrl, ...rest } = setting.options
    if (typeof location === 'string') project.staticRoot = { value: path.resolve(project.projectDir, location), from }
    if (typeof baseUrl === 'string') project.staticUrl = { value: baseUrl, from }
    setting.options = rest
  }
  if (storage.error) {
    project.problems.push({
      kind: 'settings',
      severity: 'error',
      message: `The staticfiles storage ${storage.backend} could not be imported: ${storage.error}. Install the package that provides it, or set the \`manifest\` input.`,
      ...(storage.file ? { file: storage.file, line: storage.line ?? 1 } : {})
    })
  }
}

/** Without Django the storage class cannot be imported: Django's, django-storages' and whitenoise's are known by name. */
const KNOWN_MANIFEST = [
  'django.contrib.staticfiles.storage.ManifestStaticFilesStorage',
  'whitenoise.storage.CompressedManifestStaticFilesStorage',
  'storages.backends.s3.S3ManifestStaticStorage',
  'storages.backends.s3boto3.S3ManifestStaticStorage'
]
const KNOWN_PLAIN = [
  'django.contrib.staticfiles.storage.StaticFilesStorage',
  'whitenoise.storage.CompressedStaticFilesStorage',
  'storages.backends.s3.S3Storage',
  'storages.backends.s3boto3.S3Boto3Storage',
  'storages.backends.s3.S3StaticStorage',
  'storages.backends.s3boto3.S3StaticStorage'
]

function storageByName(project: DiscoveredProject, settings: Record<string, unknown>, file: string | undefined): PythonStorage {
  const storages = settings.STORAGES as Record<string, { BACKEND?: unknown }> | undefined
  const configured = storages?.staticfiles?.BACKEND ?? settings.STATICFILES_STORAGE
  const backend = typeof configured === 'string' ? configured : 'django.contrib.staticfiles.storage.StaticFilesStorage'
  const manifest = KNOWN_MANIFEST.includes(backend) || (!KNOWN_PLAIN.includes(backend) && backend.includes('Manifest'))
  if (!KNOWN_MANIFEST.includes(backend) && !KNOWN_PLAIN.includes(backend)) {
    project.problems.push({
      kind: 'settings',
      severity: 'warning',
      message: `Django is not importable for the project's Python, so the staticfiles storage ${backend} could not be imported; whether it hashes file names was judged from its name (${manifest ? 'yes' : 'no'}). Install the requirements, or set the \`manifest\` input to be sure.`,
      ...(file ? { file } : {})
    })
  }
  const s3 = backend.startsWith('storages.backends.s3')
  const mro = [
    backend,
    ...(manifest ? ['django.contrib.staticfiles.storage.ManifestFilesMixin'] : []),
    ...(s3 ? ['storages.backends.s3.S3Storage'] : [])
  ]
  return { backend, mro, overrides: [], attributes: {} }
}

/** S3 options the class sets differently from django-storages' own (None and the library defaults are left to the inputs). */
function isSetByProject(name: string, attributes: Record<string, unknown>): boolean {
  const value = attributes[name]
  return (
    value !== null &&
    value !== undefined &&
    value !== '' &&
    !(name === 'object_parameters' && typeof value === 'object' && Object.keys(value as object).length === 0)
  )
}

function applyFinders(project: DiscoveredProject, reading: PythonReading): void {
  const listed: Record<string, ListedFile[]> = {}
  for (const [finder, outcome] of Object.entries(reading.finderFiles ?? {})) {
    if ('files' in outcome) {
      listed[finder] = outcome.files
      continue
    }
    project.problems.push(finderProblem(finder, outcome.error, outcome.file, outcome.line, outcome.setup === true))
  }
  project.finderFiles = listed
}

function finderProblem(finder: string, error: string, file: string | null, line: number | null, setup: boolean): Problem {
  const step = setup ? 'django.setup() failed, so its files could not be listed' : 'its list() failed'
  return {
    kind: 'settings',
    severity: 'error',
    incomplete: true,
    message:
      `The finder ${finder} in STATICFILES_FINDERS: ${step} (${error}${file ? `, ${file}${line ? `:${line}` : ''}` : ''}). ` +
      "Install the project's requirements before this step, or set the `finders` input to the finders to use.",
    ...(file ? { file, ...(line ? { line } : {}) } : {})
  }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}

function staticDirs(value: unknown, projectDir: string): StaticDir[] {
  if (!Array.isArray(value)) return []
  const out: StaticDir[] = []
  for (const entry of value) {
    const [prefix, dir] = Array.isArray(entry) ? entry : ['', entry]
    if (typeof prefix === 'string' && typeof dir === 'string')
      out.push({ prefix, path: path.isAbsolute(dir) ? dir : path.join(projectDir, dir) })
  }
  return out
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index])
}
