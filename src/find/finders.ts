// Django's finders end to end: which files collectstatic would copy, and which it would skip as duplicates.
import { displayPath } from '../display-path.js'
import type { Collection, Duplicate, FoundFile, Problem, StaticSource } from '../model.js'
import { join as posixJoin } from '../pylib/posixpath.js'
import {
  APP_DIRECTORIES_FINDER,
  appSources,
  checkFinders,
  FILE_SYSTEM_FINDER,
  fileSystemSources,
  type AppEntry,
  type StaticDirEntry
} from './sources.js'
import { walkSource, type WalkedFile } from './walk.js'

export type { AppEntry, StaticDirEntry } from './sources.js'
export { APP_DIRECTORIES_FINDER, FILE_SYSTEM_FINDER, SUPPORTED_FINDERS } from './sources.js'

export interface FinderConfig {
  /** Directory relative STATICFILES_DIRS paths resolve against (Django: the working directory). */
  projectRoot: string
  staticDirs: StaticDirEntry[]
  apps: AppEntry[]
  /** Already normalised (see `normalizeIgnorePatterns`). */
  ignorePatterns: string[]
  /** STATICFILES_FINDERS dotted paths, in order. */
  finders: string[]
  /** Files of other finders, as the project's Python listed them (destination path, path in storage, file). */
  listedFiles?: Record<string, ListedFinderFile[]>
}

export interface ListedFinderFile {
  path: string
  relativePath: string
  absPath: string
  prefix: string
  root: string
}

/**
 * Every file collectstatic would find, in its order: finders in `finders` order,
 * sources in settings order, each source walked like `get_files`. The first file
 * for a destination path wins; later ones are recorded as duplicates.
 */
export async function findStaticFiles(config: FinderConfig): Promise<Collection> {
  checkFinders(config.finders.filter((finder) => !config.listedFiles?.[finder]))
  const listed = new Map<StaticSource, WalkedFile[]>()
  const sources = await sourcesInOrder(config, listed)
  const walks = await walkAll(sources, config.ignorePatterns, listed)
  const winners = new Map<string, FoundFile>()
  const duplicates = new Map<string, Duplicate>()
  const files: FoundFile[] = []
  sources.forEach((source, index) => {
    for (const walked of walks[index] as WalkedFile[]) {
      const found = toFoundFile(walked, source)
      const winner = winners.get(found.path)
      if (winner === undefined) {
        winners.set(found.path, found)
        files.push(found)
      } else {
        const duplicate = duplicates.get(found.path) ?? { path: found.path, used: winner, ignored: [] }
        duplicate.ignored.push(found)
        duplicates.set(found.path, duplicate)
      }
    }
  })
  const found = [...duplicates.values()]
  return { files, duplicates: found, problems: found.map((d) => duplicateProblem(d, config.projectRoot)) }
}

const SOURCES_OF: Record<string, (config: FinderConfig) => Promise<StaticSource[]>> = {
  [FILE_SYSTEM_FINDER]: (config) => fileSystemSources(config.staticDirs, config.projectRoot),
  [APP_DIRECTORIES_FINDER]: (config) => appSources(config.apps)
}

/** All sources of all finders, in collection order (a finder listed twice walks its sources twice). */
async function sourcesInOrder(config: FinderConfig, listed: Map<StaticSource, WalkedFile[]>): Promise<StaticSource[]> {
  const perFinder = await Promise.all(
    config.finders.map(
      (finder) => SOURCES_OF[finder]?.(config) ?? listedSources(finder, config.listedFiles?.[finder] ?? [], listed)
    )
  )
  return perFinder.flat()
}

/** One source per storage a finder listed from (its root and prefix), holding the files it yielded in order. */
function listedSources(finder: string, files: ListedFinderFile[], listed: Map<StaticSource, WalkedFile[]>): StaticSource[] {
  const byStorage = new Map<string, StaticSource>()
  for (const file of files) {
    const key = `${file.prefix}\0${file.root}`
    let source = byStorage.get(key)
    if (!source) {
      source = { kind: 'finder', prefix: file.prefix, root: file.root, label: finder }
      byStorage.set(key, source)
      listed.set(source, [])
    }
    listed.get(source)?.push({ relativePath: file.relativePath.split('\\').join('/'), absPath: file.absPath })
  }
  return [...byStorage.values()]
}

/** Walk each distinct root once; the first failure in source order is the one reported. */
async function walkAll(
  sources: StaticSource[],
  patterns: readonly string[],
  listed: Map<StaticSource, WalkedFile[]>
): Promise<WalkedFile[][]> {
  const byRoot = new Map<string, Promise<WalkedFile[]>>()
  const pending = sources.map((source) => {
    const given = listed.get(source)
    if (given) return Promise.resolve(given)
    let walk = byRoot.get(source.root)
    if (walk === undefined) {
      walk = walkSource(source.root, patterns)
      byRoot.set(source.root, walk)
    }
    return walk
  })
  const settled = await Promise.allSettled(pending)
  return settled.map((result) => {
    if (result.status === 'rejected') throw result.reason
    return result.value
  })
}

function toFoundFile(walked: WalkedFile, source: StaticSource): FoundFile {
  // collectstatic: `os.path.join(storage.prefix, path)` when the storage has a prefix.
  const destination = source.prefix ? posixJoin(source.prefix, walked.relativePath) : walked.relativePath
  return { path: destination, relativePath: walked.relativePath, absPath: walked.absPath, source }
}

function duplicateProblem(duplicate: Duplicate, projectRoot: string): Problem {
  const used = duplicate.used
  const first = duplicate.ignored[0] as FoundFile
  const ignored = duplicate.ignored.map((file) => describeWithSource(file, projectRoot)).join(', ')
  const sameDirectory = duplicate.ignored.some((file) => file.source === used.source)
    ? ` '${used.source.label}' is listed in STATICFILES_DIRS with more than one prefix; Django walks it ` +
      `for each entry but always with the last prefix ('${used.source.prefix}'), so its files appear twice.`
    : ''
  return {
    kind: 'duplicates',
    severity: 'warning',
    file: describeFile(first, projectRoot),
    message:
      `Found another file with the destination path '${duplicate.path}'. It will be ignored since only the ` +
      `first encountered file is collected. Collected: ${describeWithSource(used, projectRoot)}; ignored: ` +
      `${ignored}.${sameDirectory} If this is not what you want, make sure every static file has a unique path.`
  }
}

function describeWithSource(file: FoundFile, projectRoot: string): string {
  const source = file.source
  const from =
    source.kind === 'app'
      ? `app '${source.label}'`
      : source.kind === 'finder'
        ? `finder ${source.label}`
        : `STATICFILES_DIRS entry '${displayPath(source.root, projectRoot)}'${source.prefix ? ` with prefix '${source.prefix}'` : ''}`
  return `'${describeFile(file, projectRoot)}' (from ${from})`
}

/** A found file's path for people: relative to the project root, or absolute when outside it; always `/`. */
export function describeFile(file: FoundFile, projectRoot: string): string {
  return displayPath(file.absPath, projectRoot)
}
