// Where files are collected from: STATICFILES_DIRS, apps, finders and ignore patterns.
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '../errors.js'
import type { ListedFinderFile } from '../find/finders.js'
import { resolveFinders } from './finder-options.js'
import { appFromName, groupMissingApps } from './app-inputs.js'
import { DEFAULT_IGNORE_PATTERNS, normalizeIgnorePatterns } from '../find/ignore.js'
import type { DiscoveredProject } from '../project/discover.js'
import type { Problem } from '../model.js'
import { displayPath } from '../display-path.js'
import type { OriginLog } from './origins.js'
import { parseBoolean, parseLines } from './parse.js'
import type { AppSetting, StaticDirSetting } from './settings.js'

export interface SourceSettings {
  staticDirs: StaticDirSetting[]
  apps: AppSetting[]
  finders: string[]
  listedFiles: Record<string, ListedFinderFile[]>
  ignorePatterns: string[]
  problems: Problem[]
}

type Read = (name: string) => string

export function resolveSources(read: Read, project: DiscoveredProject, cwd: string, log: OriginLog): SourceSettings {
  const showDirs = (dirs: StaticDirSetting[]) =>
    dirs.map((dir) => (dir.prefix ? `${dir.prefix}=` : '') + displayPath(path.resolve(cwd, dir.path), cwd))
  const staticDirs = log.choose('static-dirs', parseStaticDirs(read('static-dirs')), project.staticDirs, [], showDirs)
  const { apps, problems } = resolveApps(read('apps'), project, cwd, log)
  const finders = resolveFinders(read('finders'), project, log, cwd)
  const ignorePatterns = resolveIgnore(read, project, log)
  if (staticDirs.length === 0 && apps.length === 0 && Object.keys(finders.listedFiles).length === 0) throw noSources(project)
  return {
    staticDirs,
    apps,
    finders: finders.finders,
    listedFiles: finders.listedFiles,
    ignorePatterns,
    problems: [...problems, ...finders.problems]
  }
}

/** The real cause first: settings that were found but could not be read are not "no settings found". */
function noSources(project: DiscoveredProject): InputError {
  const unread = project.problems.find(
    (problem) =>
      problem.severity !== 'notice' && /INSTALLED_APPS|STATICFILES_DIRS|settings could not be read/.test(problem.message)
  )
  if (project.settingsFile && unread) {
    return new InputError(
      'apps',
      `no static file sources: the settings (${project.settingsFile}) were found, but ${unread.message}`
    )
  }
  if (project.settingsFile) {
    return new InputError(
      'apps',
      `no static file sources: the settings (${project.settingsFile}) set neither INSTALLED_APPS apps with a static/ folder nor STATICFILES_DIRS. List the sources in \`apps\` / \`static-dirs\`.`
    )
  }
  return new InputError(
    'apps',
    'no static file sources: neither `apps` nor `static-dirs` is set and no Django settings with INSTALLED_APPS or ' +
      'STATICFILES_DIRS were found. Set `settings` (or run in the folder with manage.py via `working-directory`), ' +
      'or list the sources in `apps` / `static-dirs`.'
  )
}

/** `path` or `prefix=path`, one per line. */
export function parseStaticDirs(raw: string): StaticDirSetting[] | undefined {
  const lines = parseLines(raw)
  if (lines.length === 0) return undefined
  return lines.map((line) => {
    const separator = line.indexOf('=')
    if (separator < 0) return { prefix: '', path: line }
    const prefix = line.slice(0, separator).trim()
    const dir = line.slice(separator + 1).trim()
    if (prefix === '' || dir === '') {
      throw new InputError('static-dirs', `entry '${line}' needs both parts: write 'prefix=path' or just 'path'.`)
    }
    if (prefix.endsWith('/')) {
      throw new InputError(
        'static-dirs',
        `the prefix '${prefix}' in '${line}' must not end with a slash (Django's staticfiles.E003). ` +
          `Write '${prefix.replace(/\/+$/, '')}=${dir}'.`
      )
    }
    return { prefix, path: dir }
  })
}

function resolveApps(raw: string, project: DiscoveredProject, cwd: string, log: OriginLog) {
  const listed = parseLines(raw)
  if (listed.length > 0) {
    const apps = listed.map((entry) => appFromDirectory(entry, cwd, project))
    log.record(
      'apps',
      apps.map((app) => app.name),
      'input'
    )
    return { apps, problems: [] as Problem[] }
  }
  const problems = groupMissingApps(
    project.unresolvedApps,
    project.settingsFile ? path.relative(cwd, project.settingsFile) : undefined
  )
  const from = project.installedApps ? log.describeSettings(project.installedApps.from) : 'default'
  log.record(
    'apps',
    project.apps.map((app) => app.name),
    from
  )
  return { apps: project.apps, problems }
}

function appFromDirectory(entry: string, cwd: string, project: DiscoveredProject): AppSetting {
  const dir = path.resolve(cwd, entry)
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    const named = appFromName(entry, project)
    if (named) return named
    throw new InputError(
      'apps',
      `'${entry}' is neither a directory (looked at ${dir}) nor an app of INSTALLED_APPS that could be resolved. List app directories or dotted app names, one per line.`
    )
  }
  return { name: path.basename(dir), path: dir }
}

function resolveIgnore(read: Read, project: DiscoveredProject, log: OriginLog): string[] {
  const extra = parseLines(read('ignore'))
  const useDefaults = parseBoolean('default-ignore', read('default-ignore')) ?? true
  const appConfig = project.ignorePatterns?.value ?? DEFAULT_IGNORE_PATTERNS
  const patterns = normalizeIgnorePatterns(extra, appConfig, useDefaults)
  const from = [extra.length ? 'input' : '', useDefaults ? (project.ignorePatterns ? 'settings app config' : 'defaults') : '']
  log.record('ignore', patterns, from.filter(Boolean).join(' + ') || 'none')
  return patterns
}
