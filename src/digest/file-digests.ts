// One read per file on disk: originals and their unmodified hashed copies share a body, and the
// manifest stage needs the same MD5 the plan needs. Digests are remembered by absolute path; files
// git vouches for take the digests an earlier run recorded for their blob and are not read at all.
import type { BlobDigests } from './blob-digests.js'
import { digestFile } from './digest-queue.js'
import { DEFAULT_MULTIPART_THRESHOLD, DEFAULT_PART_SIZE, type Digests, type PartOptions } from './etag.js'

export const DEFAULT_PART_OPTIONS: PartOptions = { partSize: DEFAULT_PART_SIZE, multipartThreshold: DEFAULT_MULTIPART_THRESHOLD }

export class FileDigests {
  private readonly digests = new Map<string, Promise<Digests>>()
  /** Bytes read from disk to compute digests. */
  bytesRead = 0

  constructor(
    readonly parts: PartOptions = DEFAULT_PART_OPTIONS,
    readonly blobs?: BlobDigests
  ) {}

  of(absPath: string): Promise<Digests> {
    let digest = this.digests.get(absPath)
    if (!digest) {
      const known = this.blobs?.lookup(absPath)
      digest = known ? Promise.resolve(known) : this.read(absPath)
      this.digests.set(absPath, digest)
    }
    return digest
  }

  private async read(absPath: string): Promise<Digests> {
    const digests = await digestFile(absPath, this.parts)
    this.bytesRead += digests.size
    this.blobs?.record(absPath, digests)
    return digests
  }

  async md5(absPath: string): Promise<string> {
    return (await this.of(absPath)).md5
  }
}
