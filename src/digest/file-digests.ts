// One read per file on disk: originals and their unmodified hashed copies share a body, and the
// manifest stage needs the same MD5 the plan needs. Digests are remembered by absolute path.
import { digestFile } from './digest-queue.js'
import { DEFAULT_MULTIPART_THRESHOLD, DEFAULT_PART_SIZE, type Digests, type PartOptions } from './etag.js'

export class FileDigests {
  private readonly digests = new Map<string, Promise<Digests>>()

  constructor(readonly parts: PartOptions = { partSize: DEFAULT_PART_SIZE, multipartThreshold: DEFAULT_MULTIPART_THRESHOLD }) {}

  of(absPath: string): Promise<Digests> {
    let digest = this.digests.get(absPath)
    if (!digest) {
      digest = digestFile(absPath, this.parts)
      this.digests.set(absPath, digest)
    }
    return digest
  }

  async md5(absPath: string): Promise<string> {
    return (await this.of(absPath)).md5
  }
}
