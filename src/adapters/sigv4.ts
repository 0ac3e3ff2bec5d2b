// AWS Signature Version 4 for the direct requests (s3-direct.ts): the algorithm of the SDK's
// SignatureV4, which the tests check signature for signature, without its per-request cost.
// SignatureV4 clones the request, copies and sorts headers several times and builds its
// signing-key cache key from an HMAC of the credentials: about 15 KB of garbage per request,
// a quarter of all a cold upload allocated. Here the signing key is derived once a day.
import { createHash, createHmac } from 'node:crypto'

export interface Credentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

const ALGORITHM = 'AWS4-HMAC-SHA256'
// Headers SignatureV4 never signs (proxies and clients may change them on the way).
const UNSIGNABLE = new Set([
  'authorization',
  'cache-control',
  'connection',
  'expect',
  'from',
  'keep-alive',
  'max-forwards',
  'pragma',
  'referer',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'user-agent',
  'x-amzn-trace-id'
])

export interface SignInput {
  method: string
  /** Already URI-encoded path (S3 paths are not encoded twice). */
  path: string
  query: Record<string, string>
  /** Lower-case names; `host` and `x-amz-content-sha256` included. */
  headers: Record<string, string>
  date: Date
}

export class RequestSigner {
  private signingKey: { accessKeyId: string; secretAccessKey: string; day: string; key: Buffer } | undefined

  constructor(
    private readonly region: string,
    private readonly service: string,
    private readonly credentials: () => Promise<Credentials>
  ) {}

  /** The headers to send: the given ones plus x-amz-date, the session token and authorization. */
  async sign(input: SignInput): Promise<Record<string, string>> {
    const credentials = await this.credentials()
    const amzDate = input.date.toISOString().replace(/[-:]|\.\d{3}/g, '')
    const day = amzDate.slice(0, 8)
    const headers: Record<string, string> = { ...input.headers, 'x-amz-date': amzDate }
    if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken
    const signed = Object.keys(headers)
      .filter((name) => !UNSIGNABLE.has(name))
      .sort()
    const canonical = [
      input.method,
      input.path,
      canonicalQuery(input.query),
      ...signed.map((name) => `${name}:${(headers[name] as string).trim().replace(/\s+/g, ' ')}`),
      '',
      signed.join(';'),
      headers['x-amz-content-sha256'] ?? 'UNSIGNED-PAYLOAD'
    ].join('\n')
    const scope = `${day}/${this.region}/${this.service}/aws4_request`
    const toSign = `${ALGORITHM}\n${amzDate}\n${scope}\n${createHash('sha256').update(canonical).digest('hex')}`
    const signature = createHmac('sha256', this.keyFor(credentials, day)).update(toSign).digest('hex')
    headers.authorization = `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signed.join(';')}, Signature=${signature}`
    return headers
  }

  /** Derived again only when the day or the credentials change (refreshed role credentials do). */
  private keyFor({ accessKeyId, secretAccessKey }: Credentials, day: string): Buffer {
    const cached = this.signingKey
    if (cached && cached.accessKeyId === accessKeyId && cached.secretAccessKey === secretAccessKey && cached.day === day)
      return cached.key
    let key = createHmac('sha256', `AWS4${secretAccessKey}`).update(day).digest()
    for (const part of [this.region, this.service, 'aws4_request']) key = createHmac('sha256', key).update(part).digest()
    this.signingKey = { accessKeyId, secretAccessKey, day, key }
    return key
  }
}

/** RFC 3986 escaping as SigV4 canonicalizes it: `!'()*` too. */
export function uriEscape(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** Sorted by escaped name, as both the signature and the request line use it. */
export function canonicalQuery(query: Record<string, string>): string {
  return Object.keys(query)
    .map((name) => [uriEscape(name), uriEscape(query[name] as string)])
    .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&')
}
