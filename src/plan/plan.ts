// Decide, from one inventory of the target, what happens to every object: upload, skip or
// delete, each with the reason shown to the user. Pure: no I/O.
import { ActionError } from '../errors.js'
import type { Inventory, PlannedFile, Plan, Problem, RemoteObject } from '../model.js'
import type { PreparedUpload } from './prepare.js'
import { normalizeEtag, STATE_PATH, validEntry, type StateEntry } from './state.js'

export type Overwrite = 'changed' | 'never' | 'always'

export interface PlanOptions {
  overwrite: Overwrite
  deleteRemoved: boolean
  /** With deleteRemoved: keep the files the live manifest names, for pages still cached. */
  keepPreviousManifest: boolean
  maxDelete: number
  /**
   * Whether the target stores headers with the bytes (S3: true). Then an object whose bytes
   * match is re-sent unless the upload state proves its headers match too. A folder: false.
   */
  compareHeaders: boolean
}

export const REASONS = {
  new: 'new',
  changed: 'changed',
  unchanged: 'unchanged',
  headersChanged: 'headers changed',
  headersUnknown: 'headers unknown',
  always: 'overwrite: always',
  never: 'exists (overwrite: never)',
  notListed: 'target not listed',
  notListedNever: 'not listed (overwrite: never)',
  removed: 'removed locally',
  keptByManifest: 'kept: named by the live manifest'
} as const

export function planUpload(objects: readonly PreparedUpload[], inventory: Inventory, options: PlanOptions): Plan {
  guardPaths(objects)
  if (!inventory.available) return planWithoutListing(objects, inventory, options)
  const files = objects.map((object) => planObject(object, inventory, options))
  const problems = conflictProblems(files)
  const leftovers = options.deleteRemoved ? planRemovals(objects, inventory, options.keepPreviousManifest) : []
  guardMaxDelete(leftovers, options.maxDelete)
  return { files: [...files, ...leftovers], problems }
}

function planObject(
  object: PreparedUpload,
  inventory: Extract<Inventory, { available: true }>,
  options: PlanOptions
): PlannedFile {
  const remote = inventory.objects.get(object.path)
  if (!remote) return { path: object.path, action: 'upload', reason: REASONS.new, object }
  const entry = validEntry(inventory.state, remote)
  const same = sameBytes(object, remote, entry)
  const decide = (action: 'upload' | 'skip', reason: string): PlannedFile => ({ path: object.path, action, reason, object })
  if (options.overwrite === 'always') return decide('upload', REASONS.always)
  if (options.overwrite === 'never') return decide('skip', same ? REASONS.unchanged : REASONS.never)
  if (!same) return decide('upload', REASONS.changed)
  if (!options.compareHeaders) return decide('skip', REASONS.unchanged)
  if (!entry) return decide('upload', REASONS.headersUnknown)
  return entry.headersDigest === object.headersDigest
    ? decide('skip', REASONS.unchanged)
    : decide('upload', REASONS.headersChanged)
}

/**
 * Same size and an ETag equal to the MD5 (single part) or to the multipart ETag we compute; or,
 * for ETags that are not MD5s (SSE-KMS, SSE-C), the MD5 our state recorded for that very ETag.
 */
function sameBytes(object: PreparedUpload, remote: RemoteObject, entry: StateEntry | undefined): boolean {
  if (remote.size !== object.size) return false
  const etag = normalizeEtag(remote.etag)
  if (etag === object.md5 || (object.multipartEtag !== undefined && etag === object.multipartEtag)) return true
  return entry?.md5 === object.md5
}

/** Objects under the prefix that the collection no longer has; the live manifest's files stay. */
function planRemovals(
  objects: readonly PreparedUpload[],
  inventory: Extract<Inventory, { available: true }>,
  keepPreviousManifest: boolean
): PlannedFile[] {
  const local = new Set(objects.map((object) => object.path))
  const remotes = [...inventory.objects.values()].filter((remote) => !local.has(remote.path) && remote.path !== STATE_PATH)
  remotes.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)))
  return remotes.map((remote) => {
    const kept = keepPreviousManifest && inventory.previousManifestPaths.has(remote.path)
    const reason = kept ? REASONS.keptByManifest : REASONS.removed
    return { path: remote.path, action: kept ? 'skip' : 'delete', reason, remoteSize: remote.size }
  })
}

/** Without a listing everything is uploaded; only a denied listing is a problem (a dry run without a bucket is not). */
function planWithoutListing(
  objects: readonly PreparedUpload[],
  inventory: Extract<Inventory, { available: false }>,
  options: PlanOptions
): Plan {
  const { reason, listingDenied } = inventory
  const problems: Problem[] = []
  if (listingDenied) problems.push({ kind: 'permissions', severity: 'warning', message: `Not incremental: ${reason}` })
  if (listingDenied && options.deleteRemoved) {
    problems.push({
      kind: 'upload',
      severity: 'warning',
      message: `delete-removed did nothing: the target could not be listed (${reason}).`
    })
  }
  if (listingDenied && options.overwrite === 'never') {
    problems.push({
      kind: 'upload',
      severity: 'error',
      message:
        `Nothing was uploaded: overwrite is 'never' but the target could not be listed (${reason}), so it is unknown ` +
        `which objects exist. Allow listing (s3:ListBucket) or use overwrite: changed.`
    })
    return {
      files: objects.map((object) => ({ path: object.path, action: 'skip', reason: REASONS.notListedNever, object })),
      problems
    }
  }
  return {
    files: objects.map((object) => ({ path: object.path, action: 'upload', reason: REASONS.notListed, object })),
    problems
  }
}

function conflictProblems(files: PlannedFile[]): Problem[] {
  const conflicts = files.filter((file) => file.reason === REASONS.never).map((file) => file.path)
  if (conflicts.length === 0) return []
  return [
    {
      kind: 'conflict',
      severity: 'warning',
      message:
        `${conflicts.length} object${conflicts.length === 1 ? '' : 's'} at the target differ from the collected ` +
        `file${conflicts.length === 1 ? '' : 's'} and ${conflicts.length === 1 ? 'was' : 'were'} kept because overwrite is 'never': ${listSome(conflicts)}.`
    }
  ]
}

function guardMaxDelete(leftovers: PlannedFile[], maxDelete: number): void {
  const deletions = leftovers.filter((file) => file.action === 'delete').map((file) => file.path)
  if (deletions.length <= maxDelete) return
  throw new ActionError(
    `delete-removed would delete ${deletions.length} objects, more than max-delete (${maxDelete}); nothing was ` +
      `uploaded or deleted. Objects: ${listSome(deletions)}. If this is intended, raise max-delete for this run; ` +
      `otherwise check the prefix and the collected files.`,
    { input: 'max-delete' }
  )
}

function guardPaths(objects: readonly PreparedUpload[]): void {
  if (objects.some((object) => object.path === STATE_PATH)) {
    throw new ActionError(
      `A collected file has the path '${STATE_PATH}', which this action uses for its upload state. Rename or ignore it.`
    )
  }
  const seen = new Set<string>()
  for (const object of objects) {
    if (seen.has(object.path))
      throw new ActionError(`Two objects to write have the same path '${object.path}'; only one can exist at the target.`)
    seen.add(object.path)
  }
}

function listSome(paths: string[], shown = 10): string {
  const head = paths.slice(0, shown).join(', ')
  return paths.length > shown ? `${head} and ${paths.length - shown} more` : head
}
