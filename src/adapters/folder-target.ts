// A local folder as the target (`static-root`): the inventory is the folder's files with their
// MD5s, so a rerun copies only changed content. A folder keeps no headers, hence no state.
import { randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readdir, readFile, rename, rmdir, stat, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { ActionError } from '../errors.js'
import type { Inventory, PreparedObject, RemoteObject } from '../model.js'
import { digestFile } from '../digest/digest-queue.js'
import { DEFAULT_PART_SIZE } from '../digest/etag.js'
import { manifestPaths } from '../plan/live-manifest.js'
import type { PutResult, RemoveFailure, Target } from './target.js'

export interface FolderTargetConfig {
  /** Absolute path of the folder (created when missing). */
  root: string
}

const DIGEST_PARTS = { partSize: DEFAULT_PART_SIZE, multipartThreshold: Number.POSITIVE_INFINITY }

export function createFolderTarget(config: FolderTargetConfig): Target {
  return new FolderTarget(path.resolve(config.root))
}

class FolderTarget implements Target {
  // A folder keeps no headers, so there is nothing to remember between runs.
  readonly tracksHeaders = false
  private readonly counts: Record<string, number> = {}

  constructor(private readonly root: string) {}

  describe(): string {
    return this.root
  }

  async inventory(manifestName: string | null): Promise<Inventory> {
    const objects = await this.listing()
    const manifest = manifestName && objects.has(manifestName) ? await readFile(inside(this.root, manifestName), 'utf8') : ''
    return { available: true, objects, state: null, previousManifestPaths: manifestPaths(manifest) }
  }

  /** Written to a temporary name beside the destination, then renamed: never half a file. */
  async put(object: PreparedObject): Promise<PutResult> {
    const destination = inside(this.root, object.path)
    const temporary = path.join(path.dirname(destination), `.${path.basename(destination)}.${randomBytes(6).toString('hex')}.tmp`)
    try {
      await mkdir(path.dirname(destination), { recursive: true })
      if (object.body.kind === 'bytes') await writeFile(temporary, object.body.data)
      else await pipeline(createReadStream(object.body.absPath), createWriteStream(temporary))
      await rename(temporary, destination)
    } catch (error) {
      await unlink(temporary).catch(() => undefined)
      throw new ActionError(`Cannot write '${destination}': ${(error as Error).message}.`)
    }
    this.count('WriteFile')
    return { etag: object.md5 }
  }

  async remove(paths: string[]): Promise<RemoveFailure[]> {
    const failures: RemoveFailure[] = []
    // One at a time: removing a file may empty a folder that the next removal also prunes.
    for (const relative of paths) {
      const failure = await this.removeOne(relative)
      if (failure) failures.push(failure)
    }
    return failures
  }

  async writeState(): Promise<void> {
    // Nothing to store: see tracksHeaders.
  }

  requestCounts(): Record<string, number> {
    return { ...this.counts }
  }

  private async listing(): Promise<Map<string, RemoteObject>> {
    const objects = new Map<string, RemoteObject>()
    const info = await stat(this.root).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw error
    })
    if (!info) return objects
    if (!info.isDirectory()) throw new ActionError(`static-root '${this.root}' is not a folder.`, { input: 'static-root' })
    await this.walk(this.root, '', objects)
    return objects
  }

  private async walk(dir: string, prefix: string, into: Map<string, RemoteObject>): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true })
    await Promise.all(
      entries.map(async (entry) => {
        const absPath = path.join(dir, entry.name)
        const relative = prefix + entry.name
        const info = entry.isSymbolicLink() ? await stat(absPath).catch(() => null) : entry
        if (info?.isDirectory()) return this.walk(absPath, `${relative}/`, into)
        if (!info?.isFile()) return
        const digests = await digestFile(absPath, DIGEST_PARTS) // queued: read one at a time, in slices
        into.set(relative, { path: relative, size: digests.size, etag: digests.md5 })
      })
    )
  }

  private async removeOne(relative: string): Promise<RemoveFailure | null> {
    const file = inside(this.root, relative)
    try {
      await unlink(file)
      this.count('DeleteFile')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { path: relative, error: (error as Error).message }
    }
    await pruneEmptyParents(this.root, path.dirname(file))
    return null
  }

  private count(name: string): void {
    this.counts[name] = (this.counts[name] ?? 0) + 1
  }
}

/** Absolute path of `relative` under `root`; refuses anything that would leave it. */
function inside(root: string, relative: string): string {
  const resolved = path.resolve(root, ...relative.split('/'))
  if (relative === '' || !resolved.startsWith(withSep(root))) {
    throw new ActionError(`Refusing to write '${relative}': it is outside static-root '${root}'.`)
  }
  return resolved
}

async function pruneEmptyParents(root: string, dir: string): Promise<void> {
  for (let current = dir; current.startsWith(withSep(root)) && current !== root; current = path.dirname(current)) {
    try {
      await rmdir(current)
    } catch {
      return // not empty (or already gone): stop
    }
  }
}

function withSep(dir: string): string {
  return dir.endsWith(path.sep) ? dir : dir + path.sep
}
