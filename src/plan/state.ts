// The upload state (stored as state-file.ts writes it): a JSON object beside the uploads
// recording, per path, the ETag an upload produced and the digest of the headers sent with it.
// An entry is a fact about one version of an object, so it only counts while the listing still
// shows that ETag; anything else (missing, unreadable, stale) makes the header comparison "unknown".
//
// The invariant: the stored state never vouches for headers an object does not have, whatever
// point a run stops at. An ETag depends on the bytes only, so an object rewritten with the same
// bytes and new headers keeps its ETag, and an old entry would go on vouching for the old
// headers. Hence (1) before the first byte of an object that has an entry is sent, a state
// without that entry is stored (stateBeforeUploads; if that write fails, nothing is uploaded);
// (2) an entry is added only for an upload S3 confirmed, with the headers that upload sent;
// (3) a path whose upload failed, was interrupted or not confirmed gets no entry, since its
// object may hold either version. A run that stops anywhere leaves the state before it, the
// state without the entries of the objects it meant to send, or its final state: each vouches
// only for headers the objects have. An object without an entry is just re-sent next time.
import type { Inventory, Plan, RemoteObject, UploadState } from '../model.js'

/** Key of the state object, relative to the prefix. Never collected, listed as a file, or deleted. */
export const STATE_PATH = '.collectstatic-s3/state.json'

export type StateEntry = UploadState['objects'][string]

const NORMALIZED_ETAG = /^[0-9a-f]+(-[0-9]+)?$/

/**
 * `"abc"`, `W/"abc"`, `ABC` → `abc`: S3 quotes ETags, some gateways mark them weak. One already
 * normalized (every listed and every stored ETag) is checked, not rebuilt.
 */
export function normalizeEtag(etag: string): string {
  return NORMALIZED_ETAG.test(etag) ? etag : etag.replace(/^W\//, '').replace(/"/g, '').trim().toLowerCase()
}

/** The state's entry for an object, if it describes the version the listing shows. */
export function validEntry(state: UploadState | null, remote: RemoteObject | undefined): StateEntry | undefined {
  if (!state || !remote) return undefined
  const entry = Object.hasOwn(state.objects, remote.path) ? state.objects[remote.path] : undefined
  return entry && entry.etag === normalizeEtag(remote.etag) ? entry : undefined
}

/**
 * The state after a run: still-valid entries, minus objects being deleted, plus one entry per
 * successful upload (path → ETag the target reported).
 */
export function nextUploadState(
  plan: Plan,
  inventory: Inventory,
  uploadedEtags: ReadonlyMap<string, string>,
  options: { partSize: number; deleting: boolean; pendingInvalidation?: readonly string[]; blobs?: UploadState['blobs'] }
): UploadState {
  const objects = entries()
  if (inventory.available) {
    for (const remote of inventory.objects.values()) {
      const entry = validEntry(inventory.state, remote)
      if (entry) objects[remote.path] = entry
    }
  }
  for (const file of plan.files) {
    const etag = uploadedEtags.get(file.path)
    if (file.action === 'upload' && etag !== undefined && file.object) {
      objects[file.path] = { etag: normalizeEtag(etag), headersDigest: file.object.headersDigest, md5: file.object.md5 }
    } else if (file.action === 'upload') {
      // Failed, interrupted or never sent: the object may hold the old or the new version (rule 3).
      delete objects[file.path]
    } else if (file.action === 'delete' && options.deleting) {
      delete objects[file.path]
    }
  }
  // What the CDN is owed is carried over unless the caller says what it is now.
  const previous = inventory.available ? inventory.state?.pendingInvalidation : undefined
  const pending = options.pendingInvalidation ?? previous ?? []
  const owed = pending.length > 0 ? { pendingInvalidation: [...pending] } : {}
  return { version: 2, partSize: options.partSize, objects, ...owed, ...(options.blobs ? { blobs: options.blobs } : {}) }
}

/**
 * The state to store before any upload (rule 1): the still-valid entries without those of the
 * paths about to be sent. null when no stored entry could vouch for wrong headers once the
 * uploads are done: an entry with the headers being sent stays right, and one whose ETag the new
 * bytes cannot have (other bytes, by MD5 or by the recorded MD5) stops counting by itself. So a
 * changed file costs no extra request; a changed header does.
 */
export function stateBeforeUploads(
  plan: Plan,
  inventory: Inventory,
  partSize: number,
  pendingInvalidation?: readonly string[]
): UploadState | null {
  if (!inventory.available || !inventory.state) return null
  const stored = inventory.state.objects
  const contradicted = plan.files.some((file) => {
    const entry = file.action === 'upload' && file.object && Object.hasOwn(stored, file.path) ? stored[file.path] : undefined
    if (!entry || !file.object || entry.headersDigest === file.object.headersDigest) return false
    const { md5, multipartEtag } = file.object
    return entry.etag === md5 || entry.etag === multipartEtag || entry.md5 === md5
  })
  if (!contradicted) return null
  // What the CDN is owed (written just before, see execute/invalidate.ts) must survive this write.
  const owed = pendingInvalidation ? { pendingInvalidation } : {}
  return nextUploadState({ files: plan.files.filter((file) => file.action === 'upload'), problems: [] }, inventory, new Map(), {
    partSize,
    deleting: false,
    ...owed
  })
}

/** Whether writing `b` would store what `a` already says (compared entry by entry, not as text). */
export function sameState(a: UploadState | null, b: UploadState): boolean {
  if (a === null || a.version !== b.version || a.partSize !== b.partSize) return false
  if (!samePending(a.pendingInvalidation, b.pendingInvalidation)) return false
  if (!sameBlobs(a.blobs ?? {}, b.blobs ?? {})) return false
  const paths = Object.keys(b.objects)
  if (Object.keys(a.objects).length !== paths.length) return false
  return paths.every((path) => {
    const x = Object.hasOwn(a.objects, path) ? a.objects[path] : undefined
    const y = b.objects[path] as StateEntry
    return x !== undefined && x.etag === y.etag && x.headersDigest === y.headersDigest && (x.md5 ?? '') === (y.md5 ?? '')
  })
}

function sameBlobs(a: NonNullable<UploadState['blobs']>, b: NonNullable<UploadState['blobs']>): boolean {
  const blobs = Object.keys(b)
  if (Object.keys(a).length !== blobs.length) return false
  return blobs.every((blob) => {
    const x = Object.hasOwn(a, blob) ? a[blob] : undefined
    const y = b[blob] as NonNullable<typeof x>
    return x !== undefined && x.size === y.size && x.md5 === y.md5 && x.multipartEtag === y.multipartEtag
  })
}

function samePending(a: readonly string[] = [], b: readonly string[] = []): boolean {
  const left = new Set(a)
  const right = new Set(b)
  return left.size === right.size && [...left].every((key) => right.has(key))
}

// Without a prototype, so a file named `__proto__` is just another key.
function entries(): Record<string, StateEntry> {
  return Object.create(null) as Record<string, StateEntry>
}
