// Multipart uploads, done here rather than by lib-storage so that every part is checked: each
// part is read, hashed and sent with its Content-MD5 (S3 verifies what arrives against what was
// read), and before CompleteMultipartUpload the ETag of what was read is compared with the one
// planned from the hashed file. A file that changed while it was uploaded is aborted, never
// completed under a hashed name that does not match its bytes. Every failure names the step.
import { createHash } from 'node:crypto'
import { open, type FileHandle } from 'node:fs/promises'
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  UploadPartCommand,
  type CompletedPart,
  type PutObjectCommandInput,
  type S3Client
} from '@aws-sdk/client-s3'
import { ActionError } from '../errors.js'
import { multipartEtag } from '../digest/etag.js'
import { runPool } from '../execute/pool.js'
import { normalizeEtag } from '../plan/state.js'

export type PartSource = { kind: 'bytes'; data: Buffer } | { kind: 'file'; absPath: string }

export interface MultipartRequest {
  client: S3Client
  input: PutObjectCommandInput
  source: PartSource
  size: number
  /** What the plan computed from the hashed bytes; the upload is checked against it. */
  plannedEtag?: string
  partSize: number
  /** Parts in flight at once. */
  queueSize: number
  /** Sent with UploadPart, Complete and Abort (bucket owner, requester pays, customer keys). */
  partParameters: Record<string, unknown>
  /** The run's signal: a cancel aborts the parts in flight, then the upload. */
  signal?: AbortSignal
  /** Bound for the AbortMultipartUpload a failed or cancelled upload still sends. */
  abortTimeoutMs: number
  /** Told the upload id once S3 has created the upload, and again (null) when it is finished. */
  onOpen?: (uploadId: string | null) => void
}

/** A failure in one step: the caller explains `cause` as an error of `operation`. */
export class MultipartStepError extends Error {
  constructor(
    readonly operation: string,
    override readonly cause: unknown
  ) {
    super(`${operation}: ${(cause as Error)?.message ?? String(cause)}`)
    this.name = 'MultipartStepError'
  }
}

/** The file's bytes differ from the ones hashed: nothing was completed. */
export class ChangedDuringUploadError extends ActionError {}

export async function uploadInParts(request: MultipartRequest): Promise<string> {
  const { client, input, signal } = request
  const { Body: _body, ContentLength: _length, ContentMD5: _md5, ...createInput } = input
  const created = await step('CreateMultipartUpload', () =>
    client.send(new CreateMultipartUploadCommand(createInput), { abortSignal: signal })
  )
  const uploadId = created.UploadId
  if (!uploadId) throw new MultipartStepError('CreateMultipartUpload', new Error('no UploadId in the response'))
  request.onOpen?.(uploadId)
  try {
    const etag = await sendParts(request, uploadId)
    request.onOpen?.(null)
    return etag
  } catch (error) {
    const aborted = await abortUpload(request, uploadId)
    if (aborted) request.onOpen?.(null)
    throw error
  }
}

async function sendParts(request: MultipartRequest, uploadId: string): Promise<string> {
  const { client, input, size, partSize, signal } = request
  const count = Math.max(1, Math.ceil(size / partSize))
  const reader = await PartReader.open(request.source, size)
  const md5s: Buffer[] = new Array(count)
  let failed = false
  try {
    const settled = await runPool(
      Array.from({ length: count }, (_, index) => index),
      request.queueSize,
      async (index) => {
        // After one part failed the upload is aborted anyway: start no more parts.
        if (failed) throw new Error('not sent: another part failed')
        signal?.throwIfAborted()
        try {
          return await sendPart(index)
        } catch (error) {
          failed = true
          throw error
        }
      }
    )
    const rejected = settled.find((result) => result.status === 'rejected')
    if (rejected) throw (rejected as PromiseRejectedResult).reason
    await reader.checkUnchanged()
    const sentEtag = multipartEtag(md5s)
    // The planned ETag was computed with the same part size (same `-N`); compare the bytes read with it.
    const planned = request.plannedEtag === undefined ? undefined : normalizeEtag(request.plannedEtag)
    if (planned !== undefined && planned.endsWith(`-${count}`) && sentEtag !== planned)
      throw changed(request, 'its bytes differ from the ones hashed')
    const parts = settled.map((result) => (result as PromiseFulfilledResult<CompletedPart>).value)
    const completeInput = {
      ...request.partParameters,
      Bucket: input.Bucket,
      Key: input.Key,
      UploadId: uploadId,
      MultipartUpload: { Parts: parts }
    }
    const completed = await step('CompleteMultipartUpload', () =>
      client.send(new CompleteMultipartUploadCommand(completeInput), { abortSignal: signal })
    )
    return normalizeEtag(completed.ETag ?? sentEtag)
  } finally {
    await reader.close()
  }

  async function sendPart(index: number): Promise<CompletedPart> {
    const data = await reader.read(index * partSize, Math.min(partSize, size - index * partSize))
    const md5 = createHash('md5').update(data).digest()
    md5s[index] = md5
    const part = { ...request.partParameters, Bucket: input.Bucket, Key: input.Key, UploadId: uploadId, PartNumber: index + 1 }
    const sent = await step('UploadPart', () =>
      client.send(
        new UploadPartCommand({ ...part, Body: data, ContentLength: data.length, ContentMD5: md5.toString('base64') }),
        { abortSignal: signal }
      )
    )
    return { PartNumber: index + 1, ETag: sent.ETag ?? `"${md5.toString('hex')}"` }
  }
}

/** Whether S3 confirmed the abort (or no longer knows the upload). */
async function abortUpload(request: MultipartRequest, uploadId: string): Promise<boolean> {
  const { client, input } = request
  const abortInput = { ...request.partParameters, Bucket: input.Bucket, Key: input.Key, UploadId: uploadId }
  try {
    await client.send(new AbortMultipartUploadCommand(abortInput), { abortSignal: AbortSignal.timeout(request.abortTimeoutMs) })
    return true
  } catch (error) {
    return (error as { name?: string })?.name === 'NoSuchUpload'
  }
}

async function step<T>(operation: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send()
  } catch (error) {
    throw new MultipartStepError(operation, error)
  }
}

function changed(request: MultipartRequest, why: string): ChangedDuringUploadError {
  const where = request.source.kind === 'file' ? request.source.absPath : String(request.input.Key)
  return new ChangedDuringUploadError(
    `${where} changed while it was being uploaded (${why}); the multipart upload was aborted, so the bucket keeps what it had. ` +
      'Make sure no other step writes the static files during this one, then run the step again.'
  )
}

/** Parts of a file (read at their offsets, so parts in flight do not share a position) or of bytes in memory. */
class PartReader {
  private constructor(
    private readonly source: PartSource,
    private readonly size: number,
    private readonly handle: FileHandle | null
  ) {}

  static async open(source: PartSource, size: number): Promise<PartReader> {
    return new PartReader(source, size, source.kind === 'file' ? await open(source.absPath, 'r') : null)
  }

  async read(offset: number, length: number): Promise<Buffer> {
    if (this.source.kind === 'bytes') return this.source.data.subarray(offset, offset + length)
    const data = Buffer.allocUnsafe(length)
    let filled = 0
    while (filled < length) {
      const { bytesRead } = await (this.handle as FileHandle).read(data, filled, length - filled, offset + filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    if (filled !== length)
      throw new ChangedDuringUploadError(
        `${this.source.absPath} became shorter while it was being uploaded (${this.size} bytes when hashed); the multipart upload was aborted. Make sure no other step writes the static files during this one.`
      )
    return data
  }

  /** The size must still be the hashed one: bytes appended after the last part would go unnoticed otherwise. */
  async checkUnchanged(): Promise<void> {
    if (!this.handle) return
    const { size } = await this.handle.stat()
    if (size !== this.size) {
      throw new ChangedDuringUploadError(
        `${(this.source as { absPath: string }).absPath} changed while it was being uploaded (${this.size} bytes when hashed, ${size} now); ` +
          'the multipart upload was aborted. Make sure no other step writes the static files during this one.'
      )
    }
  }

  async close(): Promise<void> {
    await this.handle?.close()
  }
}
