// Which directories each of Django's finders walks, in the order it walks them.
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { ActionError } from '../errors.js'
import type { StaticSource } from '../model.js'

/** A STATICFILES_DIRS entry: `prefix` is '' for a plain path. */
export interface StaticDirEntry {
  prefix: string
  /** As written; a relative path resolves against the project root. */
  path: string
}

/** An installed app: its module directory (absolute); `<path>/static` is its source. */
export interface AppEntry {
  name: string
  path: string
}

export const FILE_SYSTEM_FINDER = 'django.contrib.staticfiles.finders.FileSystemFinder'
export const APP_DIRECTORIES_FINDER = 'django.contrib.staticfiles.finders.AppDirectoriesFinder'
export const SUPPORTED_FINDERS: readonly string[] = [FILE_SYSTEM_FINDER, APP_DIRECTORIES_FINDER]

/** Refuse finders this action cannot reproduce before anything is walked. */
export function checkFinders(finders: readonly string[]): void {
  const unknown = finders.filter((finder) => !SUPPORTED_FINDERS.includes(finder))
  if (unknown.length > 0) {
    throw new ActionError(
      `Unsupported static files finder${unknown.length > 1 ? 's' : ''} ${unknown.map((f) => `'${f}'`).join(', ')} ` +
        `in STATICFILES_FINDERS. Supported: ${SUPPORTED_FINDERS.join(', ')}. Set the \`finders\` input to the ` +
        'supported ones (files that other finders would add are then not collected).'
    )
  }
}

/**
 * FileSystemFinder's sources. Exact repeats of a (prefix, path) pair are dropped;
 * one source per path *as written*, so a path listed with two prefixes is walked
 * twice, both times with the later prefix (Django keys its storages by root).
 * Directories that do not exist are left out (Django skips them when listing).
 */
export async function fileSystemSources(dirs: readonly StaticDirEntry[], projectRoot: string): Promise<StaticSource[]> {
  const locations: StaticDirEntry[] = []
  for (const dir of dirs) {
    if (!locations.some((seen) => seen.prefix === dir.prefix && seen.path === dir.path)) locations.push(dir)
  }
  const byRoot = new Map<string, StaticSource>()
  for (const { prefix, path: given } of locations) {
    byRoot.set(given, { kind: 'dir', prefix, root: path.resolve(projectRoot, given), label: given })
  }
  const sources = locations.map((location) => byRoot.get(location.path) as StaticSource)
  const present = await Promise.all(sources.map((source) => source.label !== '' && isDirectory(source.root)))
  return sources.filter((_, index) => present[index])
}

/** AppDirectoriesFinder's sources: each app's `static/` directory, in INSTALLED_APPS order. */
export async function appSources(apps: readonly AppEntry[]): Promise<StaticSource[]> {
  const unique = apps.filter(
    (app, index) => apps.findIndex((other) => other.name === app.name && other.path === app.path) === index
  )
  const candidates = unique.map((app): StaticSource => ({
    kind: 'app',
    prefix: '',
    root: path.join(app.path, 'static'),
    label: app.name
  }))
  const present = await Promise.all(candidates.map((source) => isDirectory(source.root)))
  return candidates.filter((_, index) => present[index])
}

/** Python's `os.path.isdir`: follows symlinks, false on any error. */
async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory()
  } catch {
    return false
  }
}
