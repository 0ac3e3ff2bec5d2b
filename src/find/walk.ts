// Walking one source the way Django's `utils.get_files` walks a FileSystemStorage.
import type { Dirent } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { ActionError } from '../errors.js'
import { compareCodePoints } from '../pylib/text.js'
import { isIgnored } from './ignore.js'

export interface WalkedFile {
  /** Path inside the source, with `/`. */
  relativePath: string
  /** Absolute path on disk, through symlinks as walked. */
  absPath: string
}

interface Listing {
  files: string[]
  /** Subdirectories; `viaLink` when the entry is a symlink to a directory. */
  dirs: Array<{ name: string; viaLink: boolean }>
}

type RealChain = ReadonlyArray<{ real: string; absPath: string }>

/** One directory to walk, with the real paths of its ancestors (to catch symlink loops). */
interface DirVisit {
  absPath: string
  relativePath: string
  /** Real path when known without asking the OS (reached through plain directories only). */
  real: string | null
  ancestors: RealChain
}

/**
 * All files under `root` in Django's order: each directory's files (by name, or
 * below the top by relative path, against `ignorePatterns`), then its
 * subdirectories (by name only). Entries are sorted by code point where Django
 * uses the OS listing order.
 */
export async function walkSource(root: string, ignorePatterns: readonly string[]): Promise<WalkedFile[]> {
  return walkDirectory({ absPath: root, relativePath: '', real: null, ancestors: [] }, ignorePatterns)
}

async function walkDirectory(visit: DirVisit, patterns: readonly string[]): Promise<WalkedFile[]> {
  const chain = await extendRealChain(visit)
  const own = chain[chain.length - 1] as RealChain[number]
  const { files, dirs } = await listDirectory(visit.absPath)
  const found: WalkedFile[] = []
  for (const name of files) {
    if (isIgnored(name, patterns)) continue
    const relativePath = visit.relativePath === '' ? name : `${visit.relativePath}/${name}`
    if (visit.relativePath !== '' && isIgnored(relativePath, patterns)) continue
    found.push({ relativePath, absPath: path.join(visit.absPath, name) })
  }
  const kept = dirs.filter((dir) => !isIgnored(dir.name, patterns))
  // Subdirectories are listed concurrently; results are joined in walk order.
  const nested = await Promise.all(
    kept.map(({ name, viaLink }) =>
      walkDirectory(
        {
          absPath: path.join(visit.absPath, name),
          relativePath: visit.relativePath === '' ? name : `${visit.relativePath}/${name}`,
          real: viaLink ? null : path.join(own.real, name),
          ancestors: chain
        },
        patterns
      )
    )
  )
  for (const list of nested) for (const file of list) found.push(file)
  return found
}

/** Add this directory's real path to the chain, refusing a symlink that leads back to an ancestor. */
async function extendRealChain(visit: DirVisit): Promise<RealChain> {
  const real =
    visit.real ??
    (await realpath(visit.absPath).catch((error: unknown) => {
      throw listingError(visit.absPath, error)
    }))
  const ancestor = visit.ancestors.find((entry) => entry.real === real)
  if (ancestor) {
    throw new ActionError(
      `Symlink loop in a static source: '${visit.absPath}' leads back to its ancestor '${ancestor.absPath}' ` +
        `(both are '${real}'). Django would fail on this tree too. Remove the link, or add its name to the ` +
        '`ignore` input (collectstatic --ignore) so the walk does not enter it.',
      { file: visit.absPath }
    )
  }
  return [...visit.ancestors, { real, absPath: visit.absPath }]
}

/** Split one directory listing like `FileSystemStorage.listdir`: directories after following symlinks, files = the rest. */
async function listDirectory(dir: string): Promise<Listing> {
  let entries: Dirent[]
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    throw listingError(dir, error)
  }
  entries.sort((a, b) => compareCodePoints(a.name, b.name))
  const kinds = await Promise.all(entries.map((entry) => isDirectory(dir, entry)))
  const listing: Listing = { files: [], dirs: [] }
  entries.forEach((entry, index) => {
    if (kinds[index]) listing.dirs.push({ name: entry.name, viaLink: !entry.isDirectory() })
    else listing.files.push(entry.name)
  })
  return listing
}

/** Python's `DirEntry.is_dir()`: follows symlinks; a dangling link (or any stat error) is not a directory. */
async function isDirectory(dir: string, entry: Dirent): Promise<boolean> {
  if (entry.isDirectory()) return true
  if (entry.isFile()) return false
  const typeKnown = entry.isBlockDevice() || entry.isCharacterDevice() || entry.isFIFO() || entry.isSocket()
  if (typeKnown) return false
  // A symlink, or a filesystem that does not report entry types.
  try {
    return (await stat(path.join(dir, entry.name))).isDirectory()
  } catch {
    return false
  }
}

function listingError(dir: string, error: unknown): ActionError {
  const reason = error instanceof Error ? error.message : String(error)
  return new ActionError(
    `Cannot list the static files directory '${dir}': ${reason}. Make it readable by the workflow's user, ` +
      'or add its name to the `ignore` input (collectstatic --ignore) if it should not be collected.',
    { file: dir }
  )
}
