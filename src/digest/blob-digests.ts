// Digests remembered by git blob id: a file whose bytes git vouches are a given blob (see
// adapters/git-files.ts) takes the MD5 and multipart ETag recorded for that blob by an earlier
// run, instead of being read. Keyed by content, not by path, so what a run records stays true
// whatever happened to the objects since: a blob id names one sequence of bytes.
import type { Digests, PartOptions } from './etag.js'

/** A file whose bytes on disk are exactly a git blob's. */
export interface VouchedFile {
  /** The blob id (SHA-1 or SHA-256 hex). */
  blob: string
  size: number
}

/** Blob id → the digests of its bytes (kept in the upload state). */
export type BlobDigestTable = Record<string, Digests>

export class BlobDigests {
  private readonly seen = new Map<string, Digests>()
  reused = 0

  /**
   * `vouched`: absolute path → blob, for files git vouches for. `known`: what earlier runs
   * recorded, with the part options their multipart ETags were computed with.
   */
  constructor(
    private readonly vouched: ReadonlyMap<string, VouchedFile>,
    private readonly known: BlobDigestTable,
    private readonly parts: PartOptions
  ) {}

  /** The digests of a file, if git vouches for it and they are known for its blob. */
  lookup(absPath: string): Digests | undefined {
    const file = this.vouched.get(absPath)
    const known = file && Object.hasOwn(this.known, file.blob) ? this.known[file.blob] : undefined
    if (!file || !known || known.size !== file.size || !this.fitsParts(known)) return undefined
    this.seen.set(file.blob, known)
    this.reused++
    return known
  }

  /** Digests read from a file now: remembered under its blob when git vouches for it. */
  record(absPath: string, digests: Digests): void {
    const file = this.vouched.get(absPath)
    if (file && file.size === digests.size) this.seen.set(file.blob, digests)
  }

  /** The blobs of this run's files, for the next run. */
  table(): BlobDigestTable {
    const table = Object.create(null) as BlobDigestTable
    for (const blob of [...this.seen.keys()].sort()) table[blob] = this.seen.get(blob) as Digests
    return table
  }

  /** A multipart ETag holds only for the part size it was computed with (the state records it). */
  private fitsParts(digests: Digests): boolean {
    const multipart = digests.size > this.parts.multipartThreshold
    return multipart === (digests.multipartEtag !== undefined)
  }
}
