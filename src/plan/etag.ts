// The ETags S3 reports, computed locally: the MD5 of a single-part upload, and for a
// multipart upload `md5(part md5s concatenated)-N` with the part size used. One read of a file
// yields both.
import { createHash, type Hash } from 'node:crypto'
import { createReadStream, readFile, stat } from 'node:fs'
import { promisify } from 'node:util'

/** Part size and multipart threshold (as boto3 and the AWS CLI use by default). */
export const DEFAULT_PART_SIZE = 8 * 1024 * 1024
export const DEFAULT_MULTIPART_THRESHOLD = 8 * 1024 * 1024
const STREAM_CHUNK = 1024 * 1024
const statFile = promisify(stat)
const readWholeFile = promisify(readFile)

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
  if (!isMultipart(data.length, options.multipartThreshold)) return { size: data.length, md5: md5Hex(data) }
  const digester = new Digester(options.partSize)
  digester.update(data)
  return digester.finish(options.multipartThreshold)
}

/**
 * Small files (nearly all static files) are read whole into one buffer of their size and hashed
 * once; only files above the multipart threshold are streamed and hashed part by part too.
 * The callback fs functions are used because FileHandle round trips cost more per small file.
 */
export async function digestFile(absPath: string, options: PartOptions): Promise<Digests> {
  const { size } = await statFile(absPath)
  if (!isMultipart(size, options.multipartThreshold)) return digestBytes(await readWholeFile(absPath), options)
  const digester = new Digester(options.partSize)
  for await (const chunk of createReadStream(absPath, { highWaterMark: STREAM_CHUNK })) {
    digester.update(chunk as Buffer)
  }
  return digester.finish(options.multipartThreshold)
}

function md5Hex(data: Buffer): string {
  return createHash('md5').update(data).digest('hex')
}

/** Feeds the whole-object MD5 and the per-part MD5s from the same chunks. */
class Digester {
  private readonly whole = createHash('md5')
  private readonly partMd5s: Buffer[] = []
  private part: Hash = createHash('md5')
  private partFill = 0
  private size = 0

  constructor(private readonly partSize: number) {}

  update(chunk: Buffer): void {
    this.whole.update(chunk)
    this.size += chunk.length
    let offset = 0
    while (offset < chunk.length) {
      const take = Math.min(this.partSize - this.partFill, chunk.length - offset)
      this.part.update(chunk.subarray(offset, offset + take))
      this.partFill += take
      offset += take
      if (this.partFill === this.partSize) this.closePart()
    }
  }

  finish(multipartThreshold: number): Digests {
    if (this.partFill > 0) this.closePart()
    const md5 = this.whole.digest('hex')
    if (!isMultipart(this.size, multipartThreshold)) return { size: this.size, md5 }
    return { size: this.size, md5, multipartEtag: multipartEtag(this.partMd5s) }
  }

  private closePart(): void {
    this.partMd5s.push(this.part.digest())
    this.part = createHash('md5')
    this.partFill = 0
  }
}
