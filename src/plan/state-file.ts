// The upload state as stored (state.ts says what it means). Format 2 keeps one line per object
// and per blob, with what repeats said once: the few distinct header digests in a list that
// objects point into, and an object's MD5 only where it is not its ETag. For 20,000 files that
// is 3.2 MB where format 1 (an object of named fields per entry) took 6.9 MB, which every run
// downloads and parses. Format 1 is still read; only format 2 is written.
import type { UploadState } from '../model.js'
import { normalizeEtag, type StateEntry } from './state.js'

type Blobs = NonNullable<UploadState['blobs']>
type BlobEntry = Blobs[string]

/** [etag, header index] when the MD5 is the ETag; [etag, header index, md5 or null (not known)] otherwise. */
type ObjectRow = [string, number] | [string, number, string | null]
/** [size, md5] or [size, md5, multipart ETag]. */
type BlobRow = [number, string] | [number, string, string]

export function serializeState(state: UploadState): string {
  const headers: string[] = []
  const headerIndex = new Map<string, number>()
  const indexOf = (digest: string) => {
    let index = headerIndex.get(digest)
    if (index === undefined) headerIndex.set(digest, (index = headers.push(digest) - 1))
    return index
  }
  const objects = Object.keys(state.objects)
    .sort()
    .map((path) => line(path, objectRow(state.objects[path] as StateEntry, indexOf)))
  const blobs = Object.keys(state.blobs ?? {})
    .sort()
    .map((blob) => line(blob, blobRow((state.blobs as Blobs)[blob] as BlobEntry)))
  const pending = state.pendingInvalidation?.length ? [...new Set(state.pendingInvalidation)].sort() : []
  return [
    `{"version":2,"partSize":${state.partSize},`,
    `"headers":${JSON.stringify(headers)},`,
    ...(pending.length > 0 ? [`"pendingInvalidation":${JSON.stringify(pending)},`] : []),
    ...(blobs.length > 0 ? ['"blobs":{', blobs.join(',\n'), '},'] : []),
    '"objects":{',
    objects.join(',\n'),
    '}}',
    ''
  ].join('\n')
}

function line(key: string, row: unknown[]): string {
  return `${JSON.stringify(key)}:${JSON.stringify(row)}`
}

function objectRow(entry: StateEntry, indexOf: (digest: string) => number): ObjectRow {
  const header = indexOf(entry.headersDigest)
  return entry.md5 === entry.etag ? [entry.etag, header] : [entry.etag, header, entry.md5 ?? null]
}

function blobRow({ size, md5, multipartEtag }: BlobEntry): BlobRow {
  return multipartEtag === undefined ? [size, md5] : [size, md5, multipartEtag]
}

/**
 * The stored state, or null when it is not one this version can trust (then nothing is vouched
 * for). Entries are checked and copied key by key, without Object.entries' pairs or object
 * spreads: at 20,000 files those took three times as long as JSON.parse itself.
 */
export function parseState(text: string): UploadState | null {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return null
  }
  if (!isRecord(data) || !isPositiveInteger(data.partSize) || !isRecord(data.objects)) return null
  const parsed =
    data.version === 2
      ? parseFormat2(data)
      : data.version === 1
        ? { objects: parseObjects1(data.objects), blobs: parseBlobs1(data.blobs) }
        : null
  if (!parsed?.objects) return null
  const blobs = Object.keys(parsed.blobs).length > 0 ? { blobs: parsed.blobs } : {}
  const version = data.version as 1 | 2
  return { version, partSize: data.partSize, objects: parsed.objects, ...pendingOf(data.pendingInvalidation), ...blobs }
}

function parseFormat2(data: Record<string, unknown>): { objects: Record<string, StateEntry> | null; blobs: Blobs } | null {
  const headers = data.headers
  if (!Array.isArray(headers) || !headers.every((digest) => typeof digest === 'string')) return null
  const objects = entries<StateEntry>()
  const objectRows = data.objects as Record<string, unknown>
  for (const path of Object.keys(objectRows)) {
    const entry = objectEntry(objectRows[path], headers as string[])
    if (!entry) return null
    objects[path] = entry
  }
  const blobs = entries<BlobEntry>()
  const blobRows = isRecord(data.blobs) ? data.blobs : {}
  for (const blob of Object.keys(blobRows)) {
    const row = blobRows[blob]
    const entry = Array.isArray(row) ? blobEntry(row[0], row[1], row[2]) : null
    if (entry) blobs[blob] = entry
  }
  return { objects, blobs }
}

/** Every row must be well-formed: an entry that is not would vouch for headers no one knows. */
function objectEntry(row: unknown, headers: readonly string[]): StateEntry | null {
  if (!Array.isArray(row) || (row.length !== 2 && row.length !== 3)) return null
  const etag: unknown = row[0]
  const header: unknown = row[1]
  const md5: unknown = row[2]
  const headersDigest = Number.isInteger(header) ? headers[header as number] : undefined
  if (typeof etag !== 'string' || headersDigest === undefined) return null
  if (row.length === 3 && md5 !== null && typeof md5 !== 'string') return null
  const normalized = normalizeEtag(etag)
  const entryMd5 = row.length === 2 ? normalized : md5
  return typeof entryMd5 === 'string' ? { etag: normalized, headersDigest, md5: entryMd5 } : { etag: normalized, headersDigest }
}

function parseObjects1(data: Record<string, unknown>): Record<string, StateEntry> | null {
  const objects = entries<StateEntry>()
  for (const path of Object.keys(data)) {
    const entry = data[path]
    if (!isRecord(entry) || typeof entry.etag !== 'string' || typeof entry.headersDigest !== 'string') return null
    const parsed: StateEntry = { etag: normalizeEtag(entry.etag), headersDigest: entry.headersDigest }
    if (typeof entry.md5 === 'string') parsed.md5 = entry.md5
    objects[path] = parsed
  }
  return objects
}

function parseBlobs1(data: unknown): Blobs {
  const blobs = entries<BlobEntry>()
  if (!isRecord(data)) return blobs
  for (const blob of Object.keys(data)) {
    const entry = data[blob]
    const parsed = isRecord(entry) ? blobEntry(entry.size, entry.md5, entry.multipartEtag) : null
    if (parsed) blobs[blob] = parsed
  }
  return blobs
}

/** A well-formed blob entry, or null: such an entry is dropped (it only saves a read); the rest stands. */
function blobEntry(size: unknown, md5: unknown, multipartEtag: unknown): BlobEntry | null {
  if (!isPositiveOrZero(size) || !isHex(md5)) return null
  if (multipartEtag === undefined) return { size, md5 }
  return typeof multipartEtag === 'string' ? { size, md5, multipartEtag } : null
}

/** What a state read back owes the CDN; an unreadable list is dropped, not the whole state. */
function pendingOf(value: unknown): Pick<UploadState, 'pendingInvalidation'> {
  if (!Array.isArray(value)) return {}
  const keys = value.filter((key): key is string => typeof key === 'string' && key !== '')
  return keys.length > 0 ? { pendingInvalidation: keys } : {}
}

// Without a prototype, so a file named `__proto__` is just another key.
function entries<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function isPositiveOrZero(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
}

function isHex(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{32}$/.test(value)
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0
}
