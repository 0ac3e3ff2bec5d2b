// Single-part PutObject and ListObjectsV2 pages without the SDK's per-request machinery. Through
// the SDK each PutObject costs about 1.2 ms of CPU before a byte is sent (middleware stack,
// endpoint rules, serialization), five times a signed request over the same sockets; on a cold
// upload of small files that was most of the CPU the step used. Only the plain path is taken
// here: the endpoint and signing scope come from the SDK's own resolution, credentials from its
// provider chain, the signature from sigv4.ts (checked against the SDK's SignatureV4). Anything
// other than a 200 is thrown back,
// and the caller repeats the request through the SDK (its retries, clock-skew correction and
// error parsing).
import http from 'node:http'
import https from 'node:https'
import { PutObjectCommand, type PutObjectCommandInput, type S3Client } from '@aws-sdk/client-s3'
import { getEndpointFromInstructions } from '@smithy/core/endpoints'
import { parseListPage, type ListPage } from './list-xml.js'
import { canonicalQuery, RequestSigner, uriEscape } from './sigv4.js'

/** PutObject members sent as one header each (the S3 model's httpHeader bindings). */
const HEADER_OF: Record<string, string> = {
  ACL: 'x-amz-acl',
  CacheControl: 'cache-control',
  ContentDisposition: 'content-disposition',
  ContentEncoding: 'content-encoding',
  ContentLanguage: 'content-language',
  ContentLength: 'content-length',
  ContentMD5: 'content-md5',
  ContentType: 'content-type',
  Expires: 'expires',
  GrantFullControl: 'x-amz-grant-full-control',
  GrantRead: 'x-amz-grant-read',
  GrantReadACP: 'x-amz-grant-read-acp',
  GrantWriteACP: 'x-amz-grant-write-acp',
  ServerSideEncryption: 'x-amz-server-side-encryption',
  SSEKMSKeyId: 'x-amz-server-side-encryption-aws-kms-key-id',
  SSEKMSEncryptionContext: 'x-amz-server-side-encryption-context',
  BucketKeyEnabled: 'x-amz-server-side-encryption-bucket-key-enabled',
  StorageClass: 'x-amz-storage-class',
  Tagging: 'x-amz-tagging',
  WebsiteRedirectLocation: 'x-amz-website-redirect-location',
  ObjectLockMode: 'x-amz-object-lock-mode',
  ObjectLockRetainUntilDate: 'x-amz-object-lock-retain-until-date',
  ObjectLockLegalHoldStatus: 'x-amz-object-lock-legal-hold',
  ExpectedBucketOwner: 'x-amz-expected-bucket-owner',
  RequestPayer: 'x-amz-request-payer'
}
const METADATA_PREFIX = 'x-amz-meta-'
// Members that are not headers of their own: the request's address, its body, the metadata map.
const ADDRESS_MEMBERS = new Set(['Bucket', 'Key', 'Body', 'Metadata'])

/** A request the direct path did not complete: repeat it through the SDK. */
export class DirectRequestFailed extends Error {}

export interface ListPageRequest {
  prefix: string
  continuationToken?: string
  /** Where to start when there is no continuation token (the key itself is not listed). */
  startAfter?: string
  /** ExpectedBucketOwner, RequestPayer. */
  parameters: Record<string, unknown>
}

export interface DirectS3 {
  /** PUTs `body` under `input.Key` with the headers `input` describes; resolves to the ETag. */
  put(input: PutObjectCommandInput, body: Buffer, signal?: AbortSignal): Promise<string | undefined>
  /** One page (up to 1,000 keys) of ListObjectsV2. */
  listPage(request: ListPageRequest, signal?: AbortSignal): Promise<ListPage>
}

export interface DirectS3Options {
  client: S3Client
  bucket: string
  agents: { http: http.Agent; https: https.Agent }
  /** A socket silent this long fails the request (request-timeout; default 60 s). */
  timeoutMs?: number
}

/**
 * The direct path for this bucket, or undefined when the endpoint needs another signing scheme
 * (S3 Express directory buckets, multi-region access points).
 */
export async function createDirectS3(options: DirectS3Options): Promise<DirectS3 | undefined> {
  const { client, bucket } = options
  const endpoint = await getEndpointFromInstructions({ Bucket: bucket, Key: 'key' }, PutObjectCommand, { ...client.config })
  const scheme = (endpoint.properties?.authSchemes as Array<Record<string, unknown>> | undefined)?.[0]
  if (scheme && scheme.name !== 'sigv4') return undefined
  const url = new URL(endpoint.url.href)
  const region = typeof scheme?.signingRegion === 'string' ? scheme.signingRegion : await client.config.region()
  const service = typeof scheme?.signingName === 'string' ? scheme.signingName : 's3'
  const signer = new RequestSigner(region, service, () => client.config.credentials())
  const agent = url.protocol === 'https:' ? options.agents.https : options.agents.http
  return new SignedRequests(client, url, signer, agent, options.timeoutMs ?? 60_000)
}

/** Whether every upload with these object parameters can take the direct path. */
export function putsDirectly(objectParameters: Record<string, unknown>): boolean {
  // Customer-provided encryption keys are encoded by the SDK on the way (base64, key MD5).
  return Object.keys(objectParameters).every((name) => name === 'Metadata' || name in HEADER_OF)
}

interface Response {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

class SignedRequests implements DirectS3 {
  private readonly basePath: string

  constructor(
    private readonly client: S3Client,
    private readonly url: URL,
    private readonly signer: RequestSigner,
    private readonly agent: http.Agent,
    private readonly timeoutMs: number
  ) {
    this.basePath = url.pathname.replace(/\/$/, '')
  }

  async put(input: PutObjectCommandInput, body: Buffer, signal?: AbortSignal): Promise<string | undefined> {
    const path = `${this.basePath}/${encodeKey(input.Key ?? '')}`
    // The SDK's request line for PutObject carries the operation name; so does this one.
    const response = await this.send('PUT', path, { 'x-id': 'PutObject' }, headersFor(input), body, signal)
    return response.headers.etag
  }

  async listPage(request: ListPageRequest, signal?: AbortSignal): Promise<ListPage> {
    const query: Record<string, string> = { 'list-type': '2', 'max-keys': '1000', prefix: request.prefix }
    if (request.continuationToken) query['continuation-token'] = request.continuationToken
    else if (request.startAfter) query['start-after'] = request.startAfter
    const response = await this.send('GET', `${this.basePath}/`, query, headersFor(request.parameters), undefined, signal)
    return parseListPage(response.body)
  }

  private async send(
    method: string,
    path: string,
    query: Record<string, string>,
    headers: Record<string, string>,
    body: Buffer | undefined,
    signal: AbortSignal | undefined
  ): Promise<Response> {
    headers.host = this.url.host
    // The body's SHA-256 is not signed: Content-MD5 is, and S3 rejects a body that does not match it.
    headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD'
    const date = new Date(Date.now() + (this.client.config.systemClockOffset ?? 0))
    const signed = await this.signer.sign({ method, path, query, headers, date })
    const response = await this.exchange(method, `${path}?${canonicalQuery(query)}`, signed, body, signal)
    if (response.status !== 200) throw new DirectRequestFailed(`HTTP ${response.status}`)
    return response
  }

  private exchange(
    method: string,
    path: string,
    headers: Record<string, string>,
    body: Buffer | undefined,
    signal: AbortSignal | undefined
  ): Promise<Response> {
    const transport = this.url.protocol === 'https:' ? https : http
    const options = {
      hostname: this.url.hostname,
      port: this.url.port || undefined,
      method,
      path,
      headers,
      agent: this.agent,
      timeout: this.timeoutMs,
      ...(signal ? { signal } : {})
    }
    return new Promise((resolve, reject) => {
      const request = transport.request(options, (response) => {
        const chunks: Buffer[] = []
        // Only a listing's body is needed; any other is read to the end to keep the socket reusable.
        response.on('data', (chunk: Buffer) => method === 'GET' && chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') })
        )
      })
      request.on('timeout', () => request.destroy(new DirectRequestFailed('socket timeout')))
      request.on('error', reject)
      request.end(body)
    })
  }
}

/** The headers the SDK serializes for these PutObject members (dates as the S3 model formats them). */
export function headersFor(input: object): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined || ADDRESS_MEMBERS.has(name)) continue
    const header = HEADER_OF[name]
    if (!header) throw new DirectRequestFailed(`${name} is not sent directly`)
    headers[header] = headerValue(name, value)
  }
  const metadata = (input as { Metadata?: Record<string, string> }).Metadata ?? {}
  for (const [name, value] of Object.entries(metadata)) headers[`${METADATA_PREFIX}${name.toLowerCase()}`] = value
  return headers
}

function headerValue(name: string, value: unknown): string {
  if (!(value instanceof Date)) return String(value)
  // Expires is an HTTP date; the object-lock date is ISO 8601 without fractional seconds.
  return name === 'Expires' ? value.toUTCString() : value.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** The SDK's greedy `{Key+}` label: each segment escaped, slashes kept. */
function encodeKey(key: string): string {
  return key.split('/').map(uriEscape).join('/')
}
