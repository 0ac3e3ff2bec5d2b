// The S3 target: one listing for the inventory, PutObject (or a multipart upload) per object,
// DeleteObjects in batches, and the upload state beside the objects. One client for the run,
// keep-alive sockets for `concurrency` parallel requests, the SDK's standard retries. Listing
// pages and single PUTs go direct first (s3-direct.ts), with the SDK behind them.
import { createHash } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListMultipartUploadsCommand,
  PutObjectCommand,
  S3Client,
  type GetObjectCommandInput,
  type PutObjectCommandInput
} from '@aws-sdk/client-s3'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { ActionError } from '../errors.js'
import { BodyPool, pooledBytes } from './body-pool.js'
import { ByteBudget } from './byte-budget.js'
import { createLimiter } from '../execute/pool.js'
import type { Inventory, PreparedObject, RemoteObject, UploadState } from '../model.js'
import { DEFAULT_MULTIPART_THRESHOLD, DEFAULT_PART_SIZE, isMultipart } from '../digest/etag.js'
import { manifestPaths } from '../plan/live-manifest.js'
import type { PreparedUpload } from '../plan/prepare.js'
import { normalizeEtag, STATE_PATH } from '../plan/state.js'
import { parseState, serializeState } from '../plan/state-file.js'
import { createDirectS3, putsDirectly, type DirectS3 } from './s3-direct.js'
import { listObjects } from './s3-listing.js'
import { bucketArn, explainLocalFileError, explainS3Error, isAccessDenied, isNoSuchKey, isRetryableRead } from './s3-errors.js'
import { MultipartStepError, uploadInParts } from './s3-multipart.js'
import { isMultipartMarker, markerPath } from './multipart-markers.js'
import type { PutResult, RemoveFailure, Target } from './target.js'

export interface S3TargetConfig {
  bucket: string
  /** Normalised key prefix without leading/trailing `/` ('' for the bucket root). */
  prefix: string
  region: string
  endpoint?: string
  forcePathStyle: boolean
  /** Absent: the SDK's default chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }
  concurrency: number
  /** Defaults 8 MiB (see plan/etag.ts); must match what prepareObjects used. */
  partSize?: number
  multipartThreshold?: number
  /** object-parameters: encryption and bucket-owner ones also go with the state object and reads. */
  objectParameters?: Record<string, unknown>
  /** SDK attempts per request (default 5). */
  maxAttempts?: number
  /** A request whose socket is silent this long fails (and is retried). Default 60 s. */
  requestTimeoutMs?: number
  /** The run's signal (cancel, deadline): requests in flight are aborted, multipart uploads too. */
  signal?: AbortSignal
}

export interface S3Target extends Target {
  readonly client: S3Client
  /** Closes the keep-alive sockets. */
  destroy(): void
}

// Sent with every request when set (they describe the request, not the object).
const REQUEST_PARAMETERS = ['ExpectedBucketOwner', 'RequestPayer']
// Needed to read or write any object when the bucket policy demands them.
const ENCRYPTION_PARAMETERS = ['ServerSideEncryption', 'SSEKMSKeyId', 'SSEKMSEncryptionContext', 'BucketKeyEnabled']
const CUSTOMER_KEY_PARAMETERS = ['SSECustomerAlgorithm', 'SSECustomerKey', 'SSECustomerKeyMD5']
const DATE_PARAMETERS = ['Expires', 'ObjectLockRetainUntilDate']
const DELETE_BATCH = 1000
/**
 * Listing pages in flight at most (a long listing is read in ranges, see s3-listing.ts): enough
 * for 28,800 keys (32 ranges of 900) in one round trip, within what S3 serves a prefix (thousands of GETs a second).
 */
const LISTING_CONCURRENCY = 32
// Each multipart upload buffers up to 2 parts of 8 MiB; a few at a time keeps memory bounded.
const MULTIPART_AT_ONCE = 2
const MULTIPART_QUEUE = 2
// Upload bodies are buffered (so a failed request can be repeated); this bounds the memory they
// take, and the pool keeps as much again of idle buffers for the next files.
const BODY_BYTES_IN_FLIGHT = 16 * 1024 * 1024
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000
// A stopped run still aborts its multipart uploads and saves its state, each within this bound.
const CLEANUP_TIMEOUT_MS = 3_000
// Reads of the state and the live manifest: one reset or truncated body must not fail the deploy.
const READ_ATTEMPTS = 4

export function createS3Target(config: S3TargetConfig): S3Target {
  if (!config.bucket) {
    throw new ActionError('No bucket: set the bucket input or the AWS_STORAGE_BUCKET_NAME variable.', { input: 'bucket' })
  }
  return new BucketTarget(config)
}

class BucketTarget implements S3Target {
  readonly tracksHeaders = true
  readonly client: S3Client
  private readonly signal: AbortSignal | undefined
  private readonly counts: Record<string, number> = {}
  private earlyState: Promise<UploadState | null> | undefined
  private readonly listPrefix: string
  private readonly partSize: number
  private readonly multipartThreshold: number
  /** Sent with every request (bucket owner, requester pays). */
  private readonly requestParameters: Record<string, unknown>
  /** Needed to read objects encrypted with a customer key. */
  private readonly readParameters: Record<string, unknown>
  /** Sent with the state object, so policies that demand encryption accept it. */
  private readonly stateParameters: Record<string, unknown>
  private readonly limitMultipart = createLimiter(MULTIPART_AT_ONCE)
  private readonly bodyBytes = new ByteBudget(BODY_BYTES_IN_FLIGHT)
  private readonly bodies = new BodyPool(BODY_BYTES_IN_FLIGHT)
  private readonly agents: { http: http.Agent; https: https.Agent }
  private direct: Promise<DirectS3 | undefined> | undefined
  private readonly directPuts: boolean
  /** Multipart markers the listing found: uploads a run of this action may have left open. */
  private markers = new Set<string>()

  constructor(private readonly config: S3TargetConfig) {
    // Sockets for every request in flight, plus the parts of concurrent multipart uploads.
    const agentOptions = { keepAlive: true, maxSockets: Math.max(config.concurrency, 1) + MULTIPART_QUEUE * MULTIPART_AT_ONCE }
    this.agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) }
    this.client = createClient(config, this.agents)
    this.signal = config.signal
    countRequests(this.client, this.counts)
    this.listPrefix = config.prefix ? `${config.prefix}/` : ''
    this.partSize = config.partSize ?? DEFAULT_PART_SIZE
    this.multipartThreshold = config.multipartThreshold ?? DEFAULT_MULTIPART_THRESHOLD
    const parameters = config.objectParameters ?? {}
    this.requestParameters = pick(parameters, REQUEST_PARAMETERS)
    this.readParameters = { ...this.requestParameters, ...pick(parameters, CUSTOMER_KEY_PARAMETERS) }
    this.stateParameters = { ...this.readParameters, ...pick(parameters, ENCRYPTION_PARAMETERS) }
    this.directPuts = putsDirectly(parameters)
  }

  describe(): string {
    return `s3://${this.config.bucket}/${this.config.prefix}${this.config.endpoint ? ` at ${this.config.endpoint}` : ''}`
  }

  async inventory(manifestName: string | null, localPaths?: Promise<readonly string[]>): Promise<Inventory> {
    let objects: Map<string, RemoteObject>
    try {
      objects = await listObjects({
        client: this.client,
        bucket: this.config.bucket,
        listPrefix: this.listPrefix,
        requestParameters: this.requestParameters,
        direct: await this.directRequests(),
        count: (operation) => this.count(operation),
        ...(localPaths ? { localPaths } : {}),
        // With hashed copies, the bucket holds about two keys per file found.
        keysPerPath: manifestName === null ? 1 : 2,
        concurrency: Math.max(1, Math.min(this.config.concurrency, LISTING_CONCURRENCY)),
        ...(this.signal ? { signal: this.signal } : {})
      })
    } catch (error) {
      if (isAccessDenied(error)) return this.listingDenied()
      throw this.explain(error, 'ListObjectsV2')
    }
    const stateListed = objects.delete(STATE_PATH)
    // Multipart markers (multipart-markers.ts) are this action's bookkeeping, never files.
    for (const path of [...objects.keys()]) {
      if (isMultipartMarker(path)) {
        this.markers.add(path)
        objects.delete(path)
      }
    }
    const early = stateListed ? await this.readState() : null
    const state = early ?? (stateListed ? parseState((await this.getText(STATE_PATH)) ?? '') : null)
    const manifestText = manifestName && objects.has(manifestName) ? await this.getText(manifestName) : null
    return { available: true, objects, state, previousManifestPaths: manifestPaths(manifestText ?? '') }
  }

  async put(object: PreparedObject): Promise<PutResult> {
    const key = keyFor(this.config.prefix, object.path, true)
    const input = putInput(this.config.bucket, key, object)
    const multipart = isMultipart(object.size, this.multipartThreshold)
    try {
      const etag = multipart
        ? await this.limitMultipart(() => this.bodyBytes.use(this.multipartBytes(object), () => this.putMultipart(object, input)))
        : await this.bodyBytes.use(this.bodyBytesOf(object), () => this.putSingle(object, input))
      return { etag: normalizeEtag(etag ?? expectedEtag(object, multipart)) }
    } catch (error) {
      // Cut short by a cancel or the deadline: the executor reports it as interrupted, not failed.
      if (this.signal?.aborted) throw this.signal.reason
      if (error instanceof MultipartStepError) throw this.explain(error.cause, error.operation, key, object.parameters)
      throw explainLocalFileError(error, object.path) ?? this.explain(error, 'PutObject', key, object.parameters)
    }
  }

  /**
   * Aborts the multipart uploads that runs of this action left open (killed, or their abort
   * failed): only uploads of keys that one of its markers names, found by ListMultipartUploads
   * under the prefix. Then the markers go. Returns the keys whose uploads were aborted.
   */
  async abortAbandonedUploads(): Promise<string[]> {
    if (this.markers.size === 0) return []
    const marked = new Set(this.markers)
    const aborted: string[] = []
    try {
      let keyMarker: string | undefined
      let uploadIdMarker: string | undefined
      do {
        const page = await this.client.send(
          new ListMultipartUploadsCommand({
            ...this.requestParameters,
            Bucket: this.config.bucket,
            Prefix: this.listPrefix,
            KeyMarker: keyMarker,
            UploadIdMarker: uploadIdMarker
          }),
          this.sendOptions()
        )
        for (const upload of page.Uploads ?? []) {
          const path = (upload.Key ?? '').slice(this.listPrefix.length)
          if (!upload.Key || !upload.UploadId || !marked.has(markerPath(path))) continue
          await this.client.send(
            new AbortMultipartUploadCommand({
              ...this.readParameters,
              Bucket: this.config.bucket,
              Key: upload.Key,
              UploadId: upload.UploadId
            }),
            this.sendOptions()
          )
          aborted.push(upload.Key)
        }
        const more = page.IsTruncated === true
        keyMarker = more ? page.NextKeyMarker : undefined
        uploadIdMarker = more ? page.NextUploadIdMarker : undefined
      } while (keyMarker)
    } catch (error) {
      throw this.explain(error, 'ListMultipartUploads', `${this.listPrefix}*`)
    }
    await this.remove([...marked])
    this.markers.clear()
    return aborted
  }

  async remove(paths: string[]): Promise<RemoveFailure[]> {
    const failures: RemoveFailure[] = []
    for (let start = 0; start < paths.length; start += DELETE_BATCH) {
      failures.push(...(await this.deleteBatch(paths.slice(start, start + DELETE_BATCH))))
    }
    return failures
  }

  /** One GET at the key the state always has, started with the listing; a failure is left to inventory(). */
  readState(): Promise<UploadState | null> {
    this.earlyState ??= this.getText(STATE_PATH).then(
      (text) => (text === null ? null : parseState(text)),
      () => null
    )
    return this.earlyState
  }

  async writeState(state: UploadState): Promise<void> {
    const key = keyFor(this.config.prefix, STATE_PATH)
    const body = Buffer.from(serializeState(state))
    const input = {
      ...this.stateParameters,
      Bucket: this.config.bucket,
      Key: key,
      Body: body,
      ContentType: 'application/json',
      CacheControl: 'no-cache',
      ContentMD5: createHash('md5').update(body).digest('base64')
    }
    try {
      // Not aborted by a cancel: the state records what the run did upload (see execute.ts).
      await this.client.send(new PutObjectCommand(input as PutObjectCommandInput), this.cleanupOptions())
    } catch (error) {
      throw this.explain(error, 'PutObject', key, this.stateParameters)
    }
  }

  requestCounts(): Record<string, number> {
    return { ...this.counts }
  }

  destroy(): void {
    this.client.destroy()
  }

  /**
   * The SDK retries a request until its response starts; a body cut off after that (a reset
   * mid-response) is retried here, so one broken connection does not fail the deploy.
   */
  private async getText(path: string): Promise<string | null> {
    const key = keyFor(this.config.prefix, path)
    const input = { ...this.readParameters, Bucket: this.config.bucket, Key: key } as GetObjectCommandInput
    for (let attempt = 1; ; attempt++) {
      let output
      try {
        output = await this.client.send(new GetObjectCommand(input), this.sendOptions())
      } catch (error) {
        // The SDK has retried this one already.
        if (isNoSuchKey(error)) return null
        throw this.explain(error, 'GetObject', key)
      }
      try {
        return (await output.Body?.transformToString('utf-8')) ?? ''
      } catch (error) {
        if (attempt >= READ_ATTEMPTS || !isRetryableRead(error) || this.signal?.aborted)
          throw this.explain(error, 'GetObject', key)
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt))
      }
    }
  }

  private sendOptions(): { abortSignal?: AbortSignal } {
    return this.signal ? { abortSignal: this.signal } : {}
  }

  /** Requests a stopped run still makes (state, aborts): bounded, never aborted by the stop itself. */
  private cleanupOptions(): { abortSignal?: AbortSignal } {
    return this.signal?.aborted ? { abortSignal: AbortSignal.timeout(CLEANUP_TIMEOUT_MS) } : {}
  }

  private listingDenied(): Inventory {
    const arn = bucketArn(this.config.bucket, this.config.region)
    const prefix = this.config.prefix
    return {
      available: false,
      listingDenied: true,
      reason:
        `listing the bucket was denied (AccessDenied on ListObjectsV2: the credentials lack s3:ListBucket on ${arn}), ` +
        `so nothing could be compared and every file is uploaded. Allow s3:ListBucket on ${arn}` +
        `${prefix ? ` (a condition on s3:prefix '${prefix}/*' is enough)` : ''} to upload only what changed.`
    }
  }

  private async putSingle(object: PreparedObject, input: PutObjectCommandInput): Promise<string | undefined> {
    const request = { ...input, ContentLength: object.size, ContentMD5: Buffer.from(object.md5, 'hex').toString('base64') }
    if (object.body.kind === 'bytes') return this.send(request, object.body.data)
    const body = this.bodies.read(object.body.absPath, object.size)
    try {
      return await this.send(request, body.data)
    } finally {
      body.release()
    }
  }

  /**
   * The body is in memory, so a failed attempt can be repeated; Content-MD5 makes S3 verify the
   * bytes. The direct path sends it first; whatever it does not complete goes through the SDK.
   */
  private async send(request: PutObjectCommandInput, body: Buffer): Promise<string | undefined> {
    const direct = this.directPuts ? await this.directRequests() : undefined
    if (direct) {
      this.count('PutObject')
      const etag = await direct.put(request, body, this.signal).catch(() => null)
      if (etag !== null) return etag
    }
    this.signal?.throwIfAborted()
    const output = await this.client.send(new PutObjectCommand({ ...request, Body: body }), this.sendOptions())
    return output.ETag
  }

  /** The direct path (s3-direct.ts), or undefined (the SDK for every request) when it cannot be resolved. */
  private directRequests(): Promise<DirectS3 | undefined> {
    this.direct ??= createDirectS3({
      client: this.client,
      bucket: this.config.bucket,
      agents: this.agents,
      timeoutMs: this.config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
    }).catch(() => undefined)
    return this.direct
  }

  private count(operation: string): void {
    this.counts[operation] = (this.counts[operation] ?? 0) + 1
  }

  /**
   * Parts of partSize (the multipart ETag depends on it), each checked (s3-multipart.ts). A
   * marker object names the key while the upload is open, so a run killed mid-upload leaves
   * something the next run recognises as its own and aborts (abortAbandonedUploads).
   */
  private async putMultipart(object: PreparedObject, input: PutObjectCommandInput): Promise<string | undefined> {
    const marker = keyFor(this.config.prefix, markerPath(object.path))
    await this.putMarker(marker, object.path)
    let open = false
    const etag = await uploadInParts({
      client: this.client,
      input,
      source: object.body.kind === 'bytes' ? object.body : { kind: 'file', absPath: object.body.absPath },
      size: object.size,
      ...((object as PreparedUpload).multipartEtag ? { plannedEtag: (object as PreparedUpload).multipartEtag } : {}),
      partSize: this.partSize,
      queueSize: MULTIPART_QUEUE,
      partParameters: this.readParameters,
      ...(this.signal ? { signal: this.signal } : {}),
      abortTimeoutMs: CLEANUP_TIMEOUT_MS,
      onOpen: (uploadId) => (open = uploadId !== null)
    }).finally(async () => {
      // An upload still open (its abort failed) keeps its marker for the next run.
      if (!open) await this.deleteMarker(marker)
    })
    return etag
  }

  private async putMarker(key: string, path: string): Promise<void> {
    const body = Buffer.from(`${JSON.stringify({ path, started: new Date().toISOString() })}\n`)
    const input = {
      ...this.stateParameters,
      Bucket: this.config.bucket,
      Key: key,
      Body: body,
      ContentType: 'application/json',
      CacheControl: 'no-cache'
    }
    try {
      await this.client.send(new PutObjectCommand(input as PutObjectCommandInput), this.sendOptions())
    } catch (error) {
      throw new MultipartStepError('PutObject (multipart marker)', error)
    }
  }

  private async deleteMarker(key: string): Promise<void> {
    const input = { ...this.requestParameters, Bucket: this.config.bucket, Key: key }
    // A marker left behind only costs the next run one listing of multipart uploads.
    await this.client.send(new DeleteObjectCommand(input), this.cleanupOptions()).catch(() => {})
  }

  /** Memory a single PUT holds: its pooled buffer, or the bytes already in memory. */
  private bodyBytesOf(object: PreparedObject): number {
    return object.body.kind === 'bytes' ? object.size : pooledBytes(object.size)
  }

  /** Memory a multipart upload holds: the bytes already in memory, or the parts in flight. */
  private multipartBytes(object: PreparedObject): number {
    return object.body.kind === 'bytes' ? object.size : Math.min(object.size, this.partSize * MULTIPART_QUEUE)
  }

  private async deleteBatch(paths: string[]): Promise<RemoveFailure[]> {
    const byKey = new Map(paths.map((path) => [keyFor(this.config.prefix, path), path]))
    const objects = [...byKey.keys()].map((Key) => ({ Key }))
    try {
      const output = await this.client.send(
        new DeleteObjectsCommand({
          ...this.requestParameters,
          Bucket: this.config.bucket,
          Delete: { Objects: objects, Quiet: true }
        }),
        this.sendOptions()
      )
      return (output.Errors ?? []).map((item) => {
        const cause = Object.assign(new Error(item.Message ?? 'not deleted'), { name: item.Code ?? 'Error' })
        return {
          path: byKey.get(item.Key ?? '') ?? item.Key ?? '',
          error: this.explain(cause, 'DeleteObjects', item.Key).message
        }
      })
    } catch (error) {
      const message = this.explain(error, 'DeleteObjects', `${this.listPrefix}*`).message
      return paths.map((path) => ({ path, error: message }))
    }
  }

  private explain(error: unknown, operation: string, key?: string, parameters?: Record<string, unknown>): ActionError {
    if (error instanceof ActionError) return error
    const { bucket, region, endpoint } = this.config
    return explainS3Error(error, { operation, bucket, region, endpoint, key, parameters })
  }
}

function createClient(config: S3TargetConfig, agents: { http: http.Agent; https: https.Agent }): S3Client {
  return new S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    forcePathStyle: config.forcePathStyle,
    ...(config.credentials ? { credentials: config.credentials } : {}),
    maxAttempts: config.maxAttempts ?? 5,
    retryMode: 'standard',
    requestHandler: new NodeHttpHandler({
      httpAgent: agents.http,
      httpsAgent: agents.https,
      connectionTimeout: 10_000,
      // A socket silent this long is dead: fail the attempt so the SDK retries it.
      requestTimeout: config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
    }),
    // S3-compatible servers often do not understand the SDK's default CRC32 / aws-chunked uploads;
    // Content-MD5 still protects every single PUT.
    ...(config.endpoint ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {})
  })
}

/** Counts API calls by operation (not retries) for the report and benchmarks. */
function countRequests(client: S3Client, counts: Record<string, number>): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = (context.commandName ?? 'Unknown').replace(/Command$/, '')
      counts[name] = (counts[name] ?? 0) + 1
      return next(args)
    },
    { step: 'initialize', name: 'collectstaticS3RequestCounter' }
  )
}

function putInput(bucket: string, key: string, object: PreparedObject): PutObjectCommandInput {
  const parameters: Record<string, unknown> = { ...object.parameters }
  for (const name of DATE_PARAMETERS) {
    if (typeof parameters[name] === 'string') parameters[name] = new Date(parameters[name] as string)
  }
  return {
    ...parameters,
    Bucket: bucket,
    Key: key,
    ContentType: object.contentType,
    ...(object.cacheControl ? { CacheControl: object.cacheControl } : {}),
    ...(object.contentEncoding ? { ContentEncoding: object.contentEncoding } : {})
  } as PutObjectCommandInput
}

/** Key for a path under the prefix. Local paths (`strict`) must stay plain relative paths. */
export function keyFor(prefix: string, path: string, strict = false): string {
  const escapes =
    path === '' ||
    (strict && (path.startsWith('/') || path.split('/').some((segment) => segment === '..' || segment === '.' || segment === '')))
  if (escapes) {
    throw new ActionError(`Refusing to write '${path}': it is not a plain relative path under the prefix '${prefix}'.`)
  }
  return prefix ? `${prefix}/${path}` : path
}

function expectedEtag(object: PreparedObject, multipart: boolean): string {
  return (multipart ? (object as PreparedUpload).multipartEtag : undefined) ?? object.md5
}

function pick(source: Record<string, unknown>, names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.filter((name) => source[name] !== undefined).map((name) => [name, source[name]]))
}
