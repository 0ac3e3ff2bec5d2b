// The destination storage as Django's post-processing sees it, kept in memory:
// the collected originals plus the hashed files written so far in this run.
// Django's FileSystemStorage resolves names with safe_join (abspath), so lookups
// are normalised and names that leave the root are refused.
import { ActionError } from '../errors.js'
import { normpath } from '../pylib/posixpath.js'

export type Lookup = { kind: 'file'; md5: string } | { kind: 'dir' } | { kind: 'missing' } | { kind: 'outside' }

/** The storage key a name resolves to, or null when it points outside the root. */
export function storageKey(name: string): string | null {
  if (name.startsWith('/')) return null
  const normal = normpath(name)
  if (normal === '..' || normal.startsWith('../')) return null
  return normal === '.' ? '' : normal
}

export class Destination {
  /** Storage key → hex MD5 of the file's current content. */
  private readonly files = new Map<string, string>()
  /** Directories exist once a file was written below them (deleting files never removes them). */
  private readonly dirs = new Set<string>([''])

  write(name: string, md5: string): void {
    const key = this.keyOf(name)
    this.files.set(key, md5)
    for (let cut = key.lastIndexOf('/'); cut > 0; cut = key.lastIndexOf('/', cut - 1)) {
      this.dirs.add(key.slice(0, cut))
    }
  }

  delete(name: string): void {
    this.files.delete(this.keyOf(name))
  }

  exists(name: string): boolean {
    const found = this.lookup(name)
    return found.kind === 'file' || found.kind === 'dir'
  }

  lookup(name: string): Lookup {
    const key = storageKey(name)
    if (key === null) return { kind: 'outside' }
    const md5 = this.files.get(key)
    if (md5 !== undefined) return { kind: 'file', md5 }
    return this.dirs.has(key) ? { kind: 'dir' } : { kind: 'missing' }
  }

  private keyOf(name: string): string {
    const key = storageKey(name)
    if (key === null)
      throw new ActionError(
        `Post-processing would write '${name}' outside the static root (Django fails with SuspiciousFileOperation here). Rename the file so its percent-decoded name stays inside the static root.`
      )
    return key
  }
}
