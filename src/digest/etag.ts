// The ETags S3 reports, computed locally: the MD5 of a single-part upload, and for a
// multipart upload `md5(part md5s concatenated)-N` with the part size used. One read of a file
// yields both.
import { createHash, type Hash } from 'node:crypto'
import { closeSync, openSync, readSync } from 'node:fs'

/** Part size and multipart threshold (as boto3 and the AWS CLI use by default). */
export const DEFAULT_PART_SIZE = 8 * 1024 * 1024
export const DEFAULT_MULTIPART_THRESHOLD = 8 * 1024 * 1024
/** One read buffer for every file (reads are blocking, so one at a time): hashing 500 MB allocates 1 MB. */
const readBuffer = Buffer.allocUnsafe(1024 * 1024)

export interface PartOptions {
  partSize: number
  multipartThreshold: number
}

export interface Digests {
  size: number
  /** Hex MD5 of all bytes. */
  md5: string
  /** Set when size > multipartThreshold: the ETag of an upload in parts of partSize. */
  multipartEtag?: string
}

/** An object is sent in parts when it is larger than the threshold. */
export function isMultipart(size: number, multipartThreshold: number): boolean {
  return size > multipartThreshold
}

/** `md5(concat(part md5s))-N`, S3's ETag for a completed multipart upload. */
export function multipartEtag(partMd5s: readonly Buffer[]): string {
  return `${createHash('md5').update(Buffer.concat(partMd5s)).digest('hex')}-${partMd5s.length}`
}

export function digestBytes(data: Buffer, options: PartOptions): Digests {
  const digester = new Digester(options.partSize)
  digester.update(data)
  return digester.finish(options.multipartThreshold)
}

/**
 * One blocking pass over the file. Callers go through digest-queue.ts, which runs these in
 * slices so the event loop keeps serving sockets in between.
 */
export function digestFileSync(absPath: string, options: PartOptions): Digests {
  const fd = openSync(absPath, 'r')
  try {
    const digester = new Digester(options.partSize)
    for (;;) {
      const bytesRead = readSync(fd, readBuffer, 0, readBuffer.length, null)
      if (bytesRead === 0) return digester.finish(options.multipartThreshold)
      digester.update(readBuffer.subarray(0, bytesRead))
    }
  } finally {
    closeSync(fd)
  }
}

/**
 * Feeds the whole-object MD5 and the per-part MD5s from the same chunks. The first part's MD5 is
 * the whole MD5 at the part boundary (Hash.copy), so a file below the part size is hashed once.
 */
class Digester {
  private readonly whole = createHash('md5')
  private readonly partMd5s: Buffer[] = []
  private part: Hash | null = null
  private partFill = 0
  private size = 0

  constructor(private readonly partSize: number) {}

  update(chunk: Buffer): void {
    let offset = 0
    while (offset < chunk.length) {
      const take = Math.min(this.partSize - this.partFill, chunk.length - offset)
      const piece = chunk.subarray(offset, offset + take)
      this.whole.update(piece)
      this.part?.update(piece)
      this.partFill += take
      this.size += take
      offset += take
      if (this.partFill === this.partSize) this.closePart()
    }
  }

  finish(multipartThreshold: number): Digests {
    if (!isMultipart(this.size, multipartThreshold)) return { size: this.size, md5: this.whole.digest('hex') }
    if (this.partFill > 0) this.closePart()
    return { size: this.size, md5: this.whole.digest('hex'), multipartEtag: multipartEtag(this.partMd5s) }
  }

  private closePart(): void {
    this.partMd5s.push(this.part ? this.part.digest() : this.whole.copy().digest())
    this.part = createHash('md5')
    this.partFill = 0
  }
}
