// Turns the action's inputs (and, where they are empty, the project's Django settings and the
// environment) into one validated Settings object. Nothing else reads inputs.
import { statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Toolkit } from '../adapters/toolkit.js'
import { discoverProject, type DiscoveredProject } from '../project/discover.js'
import { displayPath } from '../display-path.js'
import { cdnPathProblems, resolveCdn, resolvePublicStaticUrl } from './cdn-options.js'
import { resolveDestination, resolveStaticRoot } from './destination.js'
import { resolveDjangoRelease, type ResolvedRelease } from './django-release.js'
import { resolveManifest } from './manifest-options.js'
import { OriginLog } from './origins.js'
import { parseBoolean, parseChoiceList, parseLines } from './parse.js'
import { fallbackNotice, mayFallBack, resolvePullRequest } from './pull-request.js'
import { FAIL_ON_CHOICES, type Settings } from './settings.js'
import { resolveSources } from './sources.js'
import { resolveUpload } from './upload-options.js'
import { readerOptions } from './reader-options.js'
import { resolveWorkingDirectory } from './early-inputs.js'
import type { PythonProbe } from '../project/python-path.js'
import { resolveStorageOverrides } from './storage-overrides.js'
import { explicitStaticRoot, showSentCacheControl } from './effective.js'

const SECRET_INPUTS = ['aws-secret-access-key', 'aws-session-token', 'github-token']
const SECRET_VARIABLES = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN']

/** `early`: work started before the inputs were read (early-work.ts), taken where it matches them. */
export async function getSettings(
  toolkit: Toolkit,
  env: NodeJS.ProcessEnv,
  early: { pythonProbe?: PythonProbe } = {}
): Promise<Settings> {
  maskSecrets(toolkit, env)
  const read = (name: string) => toolkit.getInput(name)
  const workingDirectory = resolveWorkingDirectory(read('working-directory'), env)
  const failOn = parseChoiceList('fail-on', read('fail-on'), FAIL_ON_CHOICES)
  const dryRun = parseBoolean('dry-run', read('dry-run')) ?? false
  const log = new OriginLog(workingDirectory)
  // The release decides which storage setting the evaluator honours; the project's Python, when it
  // reads the settings, says which Django it really imports.
  const pinned = resolveDjangoRelease(read('django-version'), workingDirectory, undefined, env.GITHUB_WORKSPACE)
  const project = await discoverProject({
    release: pinned.release,
    workingDirectory,
    settings: read('settings').trim(),
    python: read('python').trim(),
    ignoreApps: parseLines(read('ignore-apps')),
    env,
    resolveApps: parseLines(read('apps')).length === 0,
    namedApps: parseLines(read('apps')).filter(
      (entry) => isDottedName(entry) && !isDirectory(path.resolve(workingDirectory, entry))
    ),
    ...readerOptions(read, env),
    ...(early.pythonProbe ? { pythonProbe: early.pythonProbe } : {})
  })
  const django = importedRelease(read('django-version'), project, pinned, workingDirectory, env)
  recordRelease(django.django, log)
  recordReader(project, log, workingDirectory)
  const sources = resolveSources(read, project, workingDirectory, log)
  const fallsBack = mayFallBack(read, env, dryRun)
  const context = { read, env, project, cwd: workingDirectory, log, dryRun: dryRun || fallsBack }
  const staticRoot = resolveStaticRoot(context)
  const manifest = resolveManifest(read, project, log)
  const overrides = resolveStorageOverrides(read('storage-overrides'), project, manifest !== null)
  if (manifest && overrides.keepMissingReferences) manifest.keepMissingReferences = true
  const upload = await resolveUpload(read, project, log)
  showSentCacheControl(log.entries, upload)
  const chosen = explicitStaticRoot(read('static-root'), staticRoot, resolveDestination(context, staticRoot), log.entries)
  const destination = chosen.destination
  const cdn = resolveCdn(read, destination, log)
  const fallback = fallsBack ? fallbackNotice(env, destination) : null
  return {
    workingDirectory,
    staticDirs: sources.staticDirs,
    apps: sources.apps,
    finders: sources.finders,
    listedFiles: sources.listedFiles,
    ignorePatterns: sources.ignorePatterns,
    staticRoot,
    dryRun: dryRun || fallback !== null,
    failOn,
    reportFile: resolveReportFile(read('report-file'), workingDirectory, env),
    destination,
    upload,
    manifest: manifest && { ...manifest, django: django.release.series },
    cdn,
    publicStaticUrl: resolvePublicStaticUrl(read, destination, cdn),
    origins: log.entries,
    django: django.django,
    problems: [
      ...django.problems,
      ...project.problems,
      ...sources.problems,
      ...overrides.problems,
      ...chosen.problems,
      ...cdnPathProblems(read, cdn, read('static-url').trim() || project.staticUrl?.value),
      ...(fallback ? [fallback] : [])
    ],
    pullRequest: resolvePullRequest(read, env),
    ...(fallback ? { forcedDryRun: fallback.message } : {})
  }
}

/**
 * Without a django-version input, the Django the project's Python imports wins over a pin. One this
 * action does not reproduce (older than 4.2, say) is a warning: the pin or the default is reproduced.
 */
function importedRelease(
  input: string,
  project: DiscoveredProject,
  pinned: ResolvedRelease,
  cwd: string,
  env: NodeJS.ProcessEnv
): ResolvedRelease {
  const imported = project.reader?.kind === 'python' ? project.reader.djangoVersion : undefined
  if (input.trim() || !imported) return pinned
  try {
    return resolveDjangoRelease('', cwd, imported, env.GITHUB_WORKSPACE)
  } catch (error) {
    const message =
      `${error instanceof Error ? error.message : String(error)} Reproducing Django ${pinned.release.series} instead ` +
      `(${pinned.django.from}); set django-version to choose the release.`
    return { ...pinned, problems: [...pinned.problems, { kind: 'django-release', severity: 'warning', message }] }
  }
}

function recordRelease({ series, version, from }: ResolvedRelease['django'], log: OriginLog): void {
  log.record('django-version', version && version !== series ? `${series} (${version})` : series, from)
}

/** Which reader produced the settings (and Django's version), and where each app was found, for the summary and report. */
function recordReader(project: DiscoveredProject, log: OriginLog, cwd: string): void {
  const reader = project.reader
  if (!reader) return
  if (reader.kind === 'python') {
    log.record('settings-reader', `python: ${reader.interpreter} (Python ${reader.pythonVersion})`, "project's Python")
  } else {
    log.record('settings-reader', 'evaluator', reader.why ?? 'settings-reader input')
  }
  if (project.apps.length > 0)
    log.record(
      'app-paths',
      project.apps.map((app) => `${app.name}=${displayPath(app.path, cwd)}`),
      reader.kind === 'python' ? 'AppConfig.create' : 'evaluator'
    )
}

/** `apps` entries like `django.contrib.admin` are resolved like INSTALLED_APPS entries; paths stay paths. */
function isDottedName(entry: string): boolean {
  return /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(entry)
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory()
  } catch {
    return false
  }
}

/** Masked before anything else runs, so no later message can print them. */
function maskSecrets(toolkit: Toolkit, env: NodeJS.ProcessEnv): void {
  for (const name of SECRET_INPUTS) {
    const value = toolkit.getInput(name).trim()
    if (value) toolkit.setSecret(value)
  }
  for (const name of SECRET_VARIABLES) {
    const value = env[name]?.trim()
    if (value) toolkit.setSecret(value)
  }
  for (const value of customerKeys(toolkit.getInput('object-parameters'))) toolkit.setSecret(value)
}

/** SSE-C keys given in object-parameters; invalid JSON is reported later, by the parser. */
function customerKeys(raw: string): string[] {
  try {
    const parameters = JSON.parse(raw) as Record<string, unknown>
    return ['SSECustomerKey', 'SSECustomerKeyMD5']
      .map((key) => parameters?.[key])
      .filter((value): value is string => typeof value === 'string')
  } catch {
    return []
  }
}

function resolveReportFile(raw: string, cwd: string, env: NodeJS.ProcessEnv): string {
  if (raw.trim()) return path.resolve(cwd, raw.trim())
  const dir = env.RUNNER_TEMP || os.tmpdir()
  return path.join(dir, 'collectstatic-s3-report.json')
}
