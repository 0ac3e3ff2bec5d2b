// The S3 target: one listing for the inventory, PutObject (or a multipart upload) per object,
// DeleteObjects in batches, and the upload state beside the objects. One client for the run,
// keep-alive sockets for `concurrency` parallel requests, the SDK's standard retries. Listing
// pages and single PUTs go direct first (s3-direct.ts), with the SDK behind them.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import type { Readable } from 'node:stream'
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  type GetObjectCommandInput,
  type PutObjectCommandInput
} from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { ActionError } from '../errors.js'
import { BodyPool, pooledBytes } from './body-pool.js'
import { ByteBudget } from './byte-budget.js'
import { createLimiter } from '../execute/pool.js'
import type { Inventory, PreparedObject, RemoteObject, UploadState } from '../model.js'
import { DEFAULT_MULTIPART_THRESHOLD, DEFAULT_PART_SIZE, isMultipart } from '../digest/etag.js'
import { manifestPaths } from '../plan/live-manifest.js'
import type { PreparedUpload } from '../plan/prepare.js'
import { normalizeEtag, parseState, serializeState, STATE_PATH } from '../plan/state.js'
import { createDirectS3, putsDirectly, type DirectS3 } from './s3-direct.js'
import { listObjects } from './s3-listing.js'
import { bucketArn, explainS3Error, isAccessDenied, isNoSuchKey } from './s3-errors.js'
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
/** Listing pages in flight at most (a long listing is read in ranges, see s3-listing.ts). */
const LISTING_CONCURRENCY = 16
// Each multipart upload buffers up to 2 parts of 8 MiB; a few at a time keeps memory bounded.
const MULTIPART_AT_ONCE = 2
const MULTIPART_QUEUE = 2
// Upload bodies are buffered (so a failed request can be repeated); this bounds the memory they
// take, and the pool keeps as much again of idle buffers for the next files.
const BODY_BYTES_IN_FLIGHT = 16 * 1024 * 1024

export function createS3Target(config: S3TargetConfig): S3Target {
  if (!config.bucket) {
    throw new ActionError('No bucket: set the bucket input or the AWS_STORAGE_BUCKET_NAME variable.', { input: 'bucket' })
  }
  return new BucketTarget(config)
}

class BucketTarget implements S3Target {
  readonly tracksHeaders = true
  readonly client: S3Client
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

  constructor(private readonly config: S3TargetConfig) {
    // Sockets for every request in flight, plus the parts of concurrent multipart uploads.
    const agentOptions = { keepAlive: true, maxSockets: Math.max(config.concurrency, 1) + MULTIPART_QUEUE * MULTIPART_AT_ONCE }
    this.agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) }
    this.client = createClient(config, this.agents)
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
        concurrency: Math.max(1, Math.min(this.config.concurrency, LISTING_CONCURRENCY))
      })
    } catch (error) {
      if (isAccessDenied(error)) return this.listingDenied()
      throw this.explain(error, 'ListObjectsV2')
    }
    const stateListed = objects.delete(STATE_PATH)
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
      throw this.explain(error, 'PutObject', key, object.parameters)
    }
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
      await this.client.send(new PutObjectCommand(input as PutObjectCommandInput))
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

  private async getText(path: string): Promise<string | null> {
    const key = keyFor(this.config.prefix, path)
    try {
      const input = { ...this.readParameters, Bucket: this.config.bucket, Key: key } as GetObjectCommandInput
      const output = await this.client.send(new GetObjectCommand(input))
      return (await output.Body?.transformToString('utf-8')) ?? ''
    } catch (error) {
      if (isNoSuchKey(error)) return null
      throw this.explain(error, 'GetObject', key)
    }
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
      const etag = await direct.put(request, body).catch(() => null)
      if (etag !== null) return etag
    }
    const output = await this.client.send(new PutObjectCommand({ ...request, Body: body }))
    return output.ETag
  }

  /** The direct path (s3-direct.ts), or undefined (the SDK for every request) when it cannot be resolved. */
  private directRequests(): Promise<DirectS3 | undefined> {
    this.direct ??= createDirectS3({ client: this.client, bucket: this.config.bucket, agents: this.agents }).catch(() => undefined)
    return this.direct
  }

  private count(operation: string): void {
    this.counts[operation] = (this.counts[operation] ?? 0) + 1
  }

  /**
   * lib-storage: parts of partSize (the multipart ETag depends on it), aborted on failure. A file
   * that fits the in-flight budget is read whole and lib-storage sends slices of it; a stream
   * would be read in 64 KiB chunks and copied into each part, three times the bytes.
   */
  private async putMultipart(object: PreparedObject, input: PutObjectCommandInput): Promise<string | undefined> {
    const { body, release } = this.multipartBody(object)
    try {
      const params = { ...input, Body: body, ContentLength: object.size }
      const upload = new Upload({ client: this.client, params, partSize: this.partSize, queueSize: MULTIPART_QUEUE, leavePartsOnError: false })
      return (await upload.done()).ETag
    } finally {
      release()
    }
  }

  private multipartBody(object: PreparedObject): { body: Buffer | Readable; release: () => void } {
    if (object.body.kind === 'bytes') return { body: object.body.data, release: () => {} }
    if (object.size > BODY_BYTES_IN_FLIGHT) return { body: createReadStream(object.body.absPath), release: () => {} }
    const { data, release } = this.bodies.read(object.body.absPath, object.size)
    return { body: data, release }
  }

  /** Memory a single PUT holds: its pooled buffer, or the bytes already in memory. */
  private bodyBytesOf(object: PreparedObject): number {
    return object.body.kind === 'bytes' ? object.size : pooledBytes(object.size)
  }

  /** Memory a multipart upload holds: the whole file when it is read at once, else the parts in flight. */
  private multipartBytes(object: PreparedObject): number {
    const wholeInMemory = object.body.kind === 'bytes' || object.size <= BODY_BYTES_IN_FLIGHT
    return wholeInMemory ? this.bodyBytesOf(object) : this.partSize * MULTIPART_QUEUE
  }

  private async deleteBatch(paths: string[]): Promise<RemoveFailure[]> {
    const byKey = new Map(paths.map((path) => [keyFor(this.config.prefix, path), path]))
    const objects = [...byKey.keys()].map((Key) => ({ Key }))
    try {
      const output = await this.client.send(
        new DeleteObjectsCommand({ ...this.requestParameters, Bucket: this.config.bucket, Delete: { Objects: objects, Quiet: true } })
      )
      return (output.Errors ?? []).map((item) => {
        const cause = Object.assign(new Error(item.Message ?? 'not deleted'), { name: item.Code ?? 'Error' })
        return { path: byKey.get(item.Key ?? '') ?? item.Key ?? '', error: this.explain(cause, 'DeleteObjects', item.Key).message }
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
      socketTimeout: 120_000
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
  const escapes = path === '' || (strict && (path.startsWith('/') || path.split('/').some((segment) => segment === '..' || segment === '.' || segment === '')))
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
