// Turns the action's inputs (and, where they are empty, the project's Django settings and the
// environment) into one validated Settings object. Nothing else reads inputs.
import { statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Toolkit } from '../adapters/toolkit.js'
import { InputError } from '../errors.js'
import { discoverProject } from '../project/discover.js'
import { cdnPathProblems, resolveCdn, resolvePublicStaticUrl } from './cdn-options.js'
import { resolveDestination, resolveStaticRoot } from './destination.js'
import { resolveDjangoRelease } from './django-release.js'
import { resolveManifest } from './manifest-options.js'
import { OriginLog } from './origins.js'
import { parseBoolean, parseChoiceList, parseLines } from './parse.js'
import { fallbackNotice, mayFallBack, resolvePullRequest } from './pull-request.js'
import { FAIL_ON_CHOICES, type Settings } from './settings.js'
import { resolveSources } from './sources.js'
import { resolveUpload } from './upload-options.js'

const SECRET_INPUTS = ['aws-secret-access-key', 'aws-session-token', 'github-token']
const SECRET_VARIABLES = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN']

export async function getSettings(toolkit: Toolkit, env: NodeJS.ProcessEnv): Promise<Settings> {
  maskSecrets(toolkit, env)
  const read = (name: string) => toolkit.getInput(name)
  const workingDirectory = resolveWorkingDirectory(read('working-directory'), env)
  const failOn = parseChoiceList('fail-on', read('fail-on'), FAIL_ON_CHOICES)
  const dryRun = parseBoolean('dry-run', read('dry-run')) ?? false
  const log = new OriginLog(workingDirectory)
  const django = resolveDjangoRelease(read('django-version'), workingDirectory, undefined, env.GITHUB_WORKSPACE)
  const { series, version, from } = django.django
  log.record('django-version', version && version !== series ? `${series} (${version})` : series, from)
  const project = await discoverProject({
    release: django.release,
    workingDirectory,
    settings: read('settings').trim(),
    python: read('python').trim(),
    ignoreApps: parseLines(read('ignore-apps')),
    env,
    resolveApps: parseLines(read('apps')).length === 0
  })
  const sources = resolveSources(read, project, workingDirectory, log)
  const fallsBack = mayFallBack(read, env, dryRun)
  const context = { read, env, project, cwd: workingDirectory, log, dryRun: dryRun || fallsBack }
  const staticRoot = resolveStaticRoot(context)
  const destination = resolveDestination(context, staticRoot)
  const cdn = resolveCdn(read, destination, log)
  const fallback = fallsBack ? fallbackNotice(env, destination) : null
  const manifest = resolveManifest(read, project, log)
  return {
    workingDirectory,
    staticDirs: sources.staticDirs,
    apps: sources.apps,
    finders: sources.finders,
    ignorePatterns: sources.ignorePatterns,
    staticRoot,
    dryRun: dryRun || fallback !== null,
    failOn,
    reportFile: resolveReportFile(read('report-file'), workingDirectory, env),
    destination,
    upload: resolveUpload(read, project, log),
    manifest: manifest && { ...manifest, django: django.release.series },
    cdn,
    publicStaticUrl: resolvePublicStaticUrl(read, destination, cdn),
    origins: log.entries,
    django: django.django,
    problems: [
      ...django.problems,
      ...project.problems,
      ...sources.problems,
      ...cdnPathProblems(read, cdn, read('static-url').trim() || project.staticUrl?.value),
      ...(fallback ? [fallback] : [])
    ],
    pullRequest: resolvePullRequest(read, env),
    ...(fallback ? { forcedDryRun: fallback.message } : {})
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
    return ['SSECustomerKey', 'SSECustomerKeyMD5'].map((key) => parameters?.[key]).filter((value): value is string => typeof value === 'string')
  } catch {
    return []
  }
}

/**
 * Relative to the workspace; a folder outside it (absolute, or `..`) is allowed on purpose: a
 * project generated or unpacked under $RUNNER_TEMP is legitimate, and reading static files from
 * any folder the job can read gives away nothing the job could not already read. It must exist.
 */
function resolveWorkingDirectory(raw: string, env: NodeJS.ProcessEnv): string {
  const dir = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd(), raw.trim() || '.')
  let isDirectory = false
  try {
    isDirectory = statSync(dir).isDirectory()
  } catch {
    isDirectory = false
  }
  if (!isDirectory) {
    throw new InputError('working-directory', `'${raw}' does not exist (looked at ${dir}). Point it at the Django project root, the folder with manage.py.`)
  }
  return dir
}

function resolveReportFile(raw: string, cwd: string, env: NodeJS.ProcessEnv): string {
  if (raw.trim()) return path.resolve(cwd, raw.trim())
  const dir = env.RUNNER_TEMP || os.tmpdir()
  return path.join(dir, 'collectstatic-s3-report.json')
}
