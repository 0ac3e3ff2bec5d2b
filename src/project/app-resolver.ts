// INSTALLED_APPS entries → app directories, following Django's AppConfig.create: an entry
// that imports as a module is an app module (its apps.py may hold a default AppConfig);
// otherwise it is the dotted path of an AppConfig class, whose `name` (and optional
// `path`) say where the app is.
import type { Problem } from '../model.js'
import { classBinding, lineageNames, lineageOf } from '../python/class-info.js'
import { ModuleFinder, type ModuleSpec } from '../python/module-finder.js'
import type { ProjectImporter } from '../python/module-loader.js'
import { fspath } from '../python/native-os.js'
import { abspath } from '../python/paths.js'
import type { Runtime } from '../python/runtime.js'
import { isObject, type PyClass } from '../python/values.js'

export interface ResolvedApp {
  name: string
  path: string
}

export interface UnresolvedApp {
  entry: string
  message: string
  severity: 'error' | 'warning'
}

export interface AppsResult {
  apps: ResolvedApp[]
  unresolved: UnresolvedApp[]
  /** The app config class used for django.contrib.staticfiles when it is a project subclass. */
  staticfilesConfig: PyClass | null
  problems: Problem[]
}

export interface AppResolverContext {
  finder: ModuleFinder
  importer: ProjectImporter
  rt: Runtime
  /** The interpreter whose sys.path was searched, or null. */
  interpreter: string | null
  ignoreApps: string[]
}

/** Django's own apps that ship static files; the others are skipped when Django is not installed. */
const DJANGO_APPS_WITH_STATIC: Record<string, string> = {
  'django.contrib.admin': "the admin's CSS, JavaScript and images under admin/",
  'django.contrib.gis': 'the map widget files under gis/'
}

type Outcome =
  | { app: ResolvedApp; config: PyClass | null; notice?: string }
  | { missing: string; name: string; config?: PyClass }
  | { failed: string; config?: PyClass }

export function resolveApps(entries: string[], context: AppResolverContext): AppsResult {
  const result: AppsResult = { apps: [], unresolved: [], staticfilesConfig: null, problems: [] }
  for (const entry of entries) {
    if (context.ignoreApps.includes(entry)) continue
    const outcome = resolveEntry(entry, context)
    if (outcome.config && isStaticfilesConfig(outcome.config)) result.staticfilesConfig = outcome.config
    if ('app' in outcome) {
      addApp(result, entry, outcome, context)
      if (outcome.notice)
        result.problems.push({ kind: 'settings', severity: 'notice', message: outcome.notice, ...locationOf(outcome.config) })
    } else if ('failed' in outcome) result.unresolved.push({ entry, message: outcome.failed, severity: 'error' })
    else {
      const unresolved = notFound(entry, outcome.name, outcome.missing, context)
      if (unresolved) result.unresolved.push(unresolved)
    }
  }
  return result
}

function addApp(
  result: AppsResult,
  entry: string,
  outcome: { app: ResolvedApp; config: PyClass | null },
  context: AppResolverContext
): void {
  if (context.ignoreApps.includes(outcome.app.name)) return
  if (result.apps.some((app) => app.name === outcome.app.name)) {
    result.problems.push({
      kind: 'settings',
      severity: 'warning',
      message: `INSTALLED_APPS lists the app ${outcome.app.name} twice (as '${entry}'); Django would refuse to start ("Application names aren't unique"). The second one was left out.`
    })
    return
  }
  result.apps.push(outcome.app)
}

/** A StaticFilesConfig subclass other than Django's own (whose list is the default anyway). */
function isStaticfilesConfig(config: PyClass): boolean {
  return !config.module.startsWith('django.') && lineageNames(config).some((name) => name.endsWith('.StaticFilesConfig'))
}

function resolveEntry(entry: string, context: AppResolverContext): Outcome {
  const spec = context.finder.find(entry)
  if (spec) return moduleApp(entry, spec, context)
  const cut = entry.lastIndexOf('.')
  if (cut < 0 || !/^[A-Z]/.test(entry.slice(cut + 1))) return { missing: `the module ${entry} was not found`, name: entry }
  const loaded = context.importer.loadClass(entry, context.rt)
  if (typeof loaded === 'string') return { missing: loaded, name: entry }
  return classApp(entry, loaded, context)
}

/** An app module; its apps.py may name a default AppConfig (Django 3.2+ rules). */
function moduleApp(entry: string, spec: ModuleSpec, context: AppResolverContext): Outcome {
  const config = defaultConfig(entry, spec, context)
  if (config) return classApp(entry, config, context, spec)
  return located(entry, spec, null, null)
}

/** `entryModule`: the INSTALLED_APPS entry is itself this module (and `config` its default AppConfig). */
function classApp(entry: string, config: PyClass, context: AppResolverContext, entryModule?: ModuleSpec): Outcome {
  const name = stringAttribute(config, 'name') ?? inheritedName(config)
  if (!name && entryModule) return computedName(entry, config, entryModule)
  if (!name)
    return {
      failed: `'${entry}' must supply a name attribute (the app's dotted module), as Django requires of an AppConfig.`,
      config
    }
  const explicitPath = pathAttribute(config, context)
  if (explicitPath) return { app: { name, path: explicitPath }, config }
  const spec = context.finder.find(name)
  if (!spec) return { missing: `the module ${name} (the name of ${entry}) was not found`, name, config }
  return located(name, spec, config, entry)
}

/**
 * The default AppConfig of an app module whose `name` is computed in a way not evaluated
 * (`name = package.__name__`): Django imports that name, and a default config in
 * `<entry>/apps.py` names its own package, so the entry's module and directory are used.
 */
function computedName(entry: string, config: PyClass, spec: ModuleSpec): Outcome {
  const outcome = located(entry, spec, config, null)
  if (!('app' in outcome)) return outcome
  const value = classBinding(config, 'name')?.value
  const why = value !== undefined && isObject(value) && value.kind === 'unknown' ? `: ${value.reason} (\`${value.expr}\`)` : ''
  const notice =
    `The name of ${config.module}.${config.name}, the default AppConfig of '${entry}', could not be evaluated${why}; ` +
    `as that config is in ${entry}'s own apps.py, the app was taken to be the module ${entry} at ${outcome.app.path}. ` +
    'If it is not, list the app directories in the `apps` input.'
  return { ...outcome, notice }
}

function locationOf(config: PyClass | null): { file?: string; line?: number } {
  return config ? { file: config.at.file, line: config.at.line } : {}
}

function located(name: string, spec: ModuleSpec, config: PyClass | null, entry: string | null): Outcome {
  const dir = ModuleFinder.directoryOf(spec)
  if (typeof dir === 'string') return { app: { name, path: dir }, config }
  return {
    ...(config ? { config } : {}),
    failed:
      `The app module ${name}${entry ? ` (of ${entry})` : ''} has ${dir.length ? `several filesystem locations (${dir.join(', ')})` : 'no filesystem location'}; ` +
      "Django requires an AppConfig subclass with a 'path' class attribute for it."
  }
}

/** The AppConfig subclass in `<app>/apps.py` Django would pick on its own, if any. */
function defaultConfig(entry: string, spec: ModuleSpec, context: AppResolverContext): PyClass | null {
  if (spec.searchLocations.length === 0) return null
  const appsSpec = context.finder.find(`${entry}.apps`)
  if (!appsSpec?.file?.endsWith('.py')) return null
  const scope = context.importer.load(appsSpec.file, appsSpec.name, context.rt).scope
  const candidates: PyClass[] = []
  for (const binding of scope.names.values()) {
    const value = binding.value
    if (isObject(value) && value.kind === 'class' && value.module === appsSpec.name && isAppConfig(value)) candidates.push(value)
  }
  const notOptedOut = candidates.filter((candidate) => classBinding(candidate, 'default')?.value !== false)
  if (notOptedOut.length === 1) return notOptedOut[0] as PyClass
  const chosen = notOptedOut.filter((candidate) => classBinding(candidate, 'default')?.value === true)
  return chosen.length === 1 ? (chosen[0] as PyClass) : null
}

function isAppConfig(cls: PyClass): boolean {
  return lineageNames(cls)
    .slice(1)
    .some((name) => /(^|\.)\w*Config$/.test(name))
}

function stringAttribute(cls: PyClass, name: string): string | null {
  const value = classBinding(cls, name)?.value
  return typeof value === 'string' ? value : null
}

/** `path = ...` on the config: absolute, or relative to Django's working directory. */
function pathAttribute(cls: PyClass, context: AppResolverContext): string | null {
  const value = classBinding(cls, 'path')?.value
  if (value === undefined || value === null || (typeof value !== 'string' && !(isObject(value) && value.kind === 'path')))
    return null
  return abspath(fspath(value), context.rt.projectDir)
}

/** An outside base such as django.contrib.staticfiles.apps.StaticFilesConfig names its app: django.contrib.staticfiles. */
function inheritedName(cls: PyClass): string | null {
  for (const name of lineageOf(cls).externs) {
    const match = /^(.+)\.apps\.\w+$/.exec(name)
    if (match && match[1] !== 'django') return match[1] as string
  }
  return null
}

function notFound(entry: string, name: string, reason: string, context: AppResolverContext): UnresolvedApp | null {
  const djangoOwn = name === 'django' || name.startsWith('django.')
  const where = context.interpreter
    ? `in ${context.rt.projectDir} or on the Python path of ${context.interpreter}`
    : `in ${context.rt.projectDir} (no Python interpreter was found to search installed packages)`
  if (!djangoOwn) {
    return {
      entry,
      severity: 'error',
      message:
        `The app '${entry}' in INSTALLED_APPS was not found ${where}: ${reason}. Install the project's requirements ` +
        'before this step (e.g. actions/setup-python, then pip install -r requirements.txt) so it is found through the ' +
        `\`python\` input, or add '${entry}' to \`ignore-apps\`.`
    }
  }
  const files = DJANGO_APPS_WITH_STATIC[name]
  if (!files) return null
  const why = context.interpreter ? `Django is not installed for ${context.interpreter}` : 'no Python interpreter was found'
  return {
    entry,
    severity: 'warning',
    message:
      `Django's own app '${entry}' was not found because ${why}, so its static files (${files}) will not be collected. ` +
      'To include them, install Django before this step (actions/setup-python, then pip install -r requirements.txt); ' +
      `the action finds it through the \`python\` input. Or add '${entry}' to \`ignore-apps\` to leave them out on purpose.`
  }
}
