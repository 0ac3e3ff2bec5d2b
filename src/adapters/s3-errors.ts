// S3 failures as messages that say what went wrong and what to change.
import { ActionError } from '../errors.js'

export interface S3ErrorContext {
  /** The API operation: ListObjectsV2, GetObject, PutObject, DeleteObjects. */
  operation: string
  bucket: string
  /** The key (or key pattern) the operation was on; omitted for bucket-level operations. */
  key?: string
  region: string
  endpoint?: string
  /** PutObject parameters sent, to name the extra permissions they need (ACL, KMS). */
  parameters?: Record<string, unknown>
}

const IAM_ACTIONS: Record<string, string> = {
  ListObjectsV2: 's3:ListBucket',
  GetObject: 's3:GetObject',
  PutObject: 's3:PutObject',
  DeleteObjects: 's3:DeleteObject',
  CreateMultipartUpload: 's3:PutObject',
  UploadPart: 's3:PutObject',
  CompleteMultipartUpload: 's3:PutObject',
  AbortMultipartUpload: 's3:AbortMultipartUpload',
  ListMultipartUploads: 's3:ListBucketMultipartUploads'
}

// The endpoint cannot be reached at all: a wrong URL, host, port, or certificate.
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPROTO',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE'
])
// The endpoint answered, but a connection broke or went silent: worth repeating, not a setting to fix.
const DROPPED_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET'])
const NETWORK_CODES = new Set([...UNREACHABLE_CODES, ...DROPPED_CODES])
// Local file errors while reading a body: the file changed or went away, S3 is not involved.
const FILE_CODES = new Set(['ENOENT', 'EACCES', 'EISDIR', 'EPERM', 'ENOTDIR', 'ELOOP'])

export function errorName(error: unknown): string {
  return (error as { name?: string; Code?: string })?.Code ?? (error as Error)?.name ?? ''
}

export function isAccessDenied(error: unknown): boolean {
  const name = errorName(error)
  return name === 'AccessDenied' || name === 'AllAccessDisabled' || (name === 'Forbidden' && statusOf(error) === 403)
}

export function isNoSuchKey(error: unknown): boolean {
  const name = errorName(error)
  return name === 'NoSuchKey' || name === 'NotFound'
}

/** `arn:aws:s3:::bucket` or `…:::bucket/key`, in the partition of the region. */
export function bucketArn(bucket: string, region: string, key?: string): string {
  const partition = region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws'
  return `arn:${partition}:s3:::${bucket}${key !== undefined ? `/${key}` : ''}`
}

export function explainS3Error(error: unknown, context: S3ErrorContext): ActionError {
  const name = errorName(error)
  const said = serverMessage(error)
  const where = context.endpoint ? `at ${context.endpoint}` : `in region ${context.region}`
  const network = networkCode(error)
  if ((network && DROPPED_CODES.has(network)) || isTimeout(error)) {
    return new ActionError(
      `${context.operation} ${describeResource(context)} ${where} failed after retries: the connection ` +
        `${network && network !== 'ETIMEDOUT' ? `was dropped (${network})` : 'went silent past request-timeout'}. ` +
        'Run the step again; if it keeps happening, lower concurrency or raise request-timeout.'
    )
  }
  if (network) {
    return new ActionError(
      `Could not reach S3 ${context.endpoint ? `at ${context.endpoint}` : `in region ${context.region}`} (${network}). ` +
        `Check endpoint-url (scheme, host and port) and that the service is running and reachable from the runner.`,
      { input: context.endpoint ? 'endpoint-url' : 'region' }
    )
  }
  switch (name) {
    case 'NoSuchBucket':
      return new ActionError(
        `Bucket '${context.bucket}' does not exist ${where}. Check the bucket input (or AWS_STORAGE_BUCKET_NAME)` +
          `${context.endpoint ? '' : ' and the region'}, or create the bucket.`,
        { input: 'bucket' }
      )
    case 'PermanentRedirect':
    case 'AuthorizationHeaderMalformed':
    case 'IllegalLocationConstraintException': {
      const actual = (error as { Region?: string }).Region
      return new ActionError(
        `Bucket '${context.bucket}' is not in region ${context.region}${actual ? ` but in ${actual}` : ''}. ` +
          `Set the region input (or AWS_REGION) to the bucket's region.${said}`,
        { input: 'region' }
      )
    }
    case 'InvalidAccessKeyId':
      return credentialError(`The access key ID is not known ${where}.${said}`)
    case 'SignatureDoesNotMatch':
      return credentialError(`The secret access key does not match the access key ID.${said}`)
    case 'ExpiredToken':
    case 'TokenRefreshRequired':
    case 'InvalidToken':
    case 'ExpiredTokenException':
      return credentialError(`The session credentials are expired or invalid.${said}`)
    case 'CredentialsProviderError':
      return new ActionError(
        'No AWS credentials found. Give aws-access-key-id and aws-secret-access-key, or set up credentials earlier ' +
          'in the job (e.g. aws-actions/configure-aws-credentials with a role and `permissions: id-token: write`).'
      )
    case 'BadDigest':
    case 'InvalidDigest':
      return new ActionError(
        `${context.operation} of '${context.key ?? ''}' was rejected: the bytes sent do not match their MD5 ` +
          `(the file changed during the upload?). Run the step again.${said}`
      )
    case 'SlowDown':
    case 'ServiceUnavailable':
      return new ActionError(
        `S3 kept throttling ${context.operation} (${name}) after retries. Lower the concurrency input.${said}`
      )
  }
  if (isAccessDenied(error)) return accessDenied(context, said)
  return new ActionError(
    `${context.operation} ${describeResource(context)} ${where} failed: ${name || 'error'}${said || `: ${String((error as Error)?.message ?? error)}`}`
  )
}

function accessDenied(context: S3ErrorContext, said: string): ActionError {
  const operation = context.operation.split(' ')[0] as string
  const action = IAM_ACTIONS[operation] ?? `s3:${operation}`
  const arn = bucketArn(context.bucket, context.region, context.key)
  const extra: string[] = []
  if (context.parameters && 'ACL' in context.parameters)
    extra.push(
      `s3:PutObjectAcl (for the ACL parameter; buckets with ACLs disabled reject ACLs: remove ACL from object-parameters)`
    )
  if (context.parameters?.ServerSideEncryption === 'aws:kms') extra.push('kms:GenerateDataKey on the KMS key')
  return new ActionError(
    `Access denied: ${action} on ${arn}. Allow it in the policy of the role or user this step runs as` +
      `${extra.length ? `, together with ${extra.join(' and ')}` : ''}.${said}`
  )
}

function credentialError(message: string): ActionError {
  return new ActionError(
    `${message} Check the aws-access-key-id/aws-secret-access-key (and aws-session-token) inputs or the credentials ` +
      'configured earlier in the job.'
  )
}

function describeResource(context: S3ErrorContext): string {
  return context.key !== undefined ? `of s3://${context.bucket}/${context.key}` : `on bucket '${context.bucket}'`
}

function serverMessage(error: unknown): string {
  const message = (error as Error)?.message
  const name = errorName(error)
  if (!message || message === name || message === 'UnknownError') return ''
  return ` (S3: ${message})`
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode
}

/** Node network error codes, also when wrapped (`cause`) or aggregated (IPv4 + IPv6 attempts). */
function networkCode(error: unknown): string | undefined {
  const seen = new Set<unknown>()
  const queue: unknown[] = [error]
  while (queue.length > 0) {
    const item = queue.shift() as { code?: unknown; cause?: unknown; errors?: unknown[] } | undefined
    if (!item || typeof item !== 'object' || seen.has(item)) continue
    seen.add(item)
    if (typeof item.code === 'string' && NETWORK_CODES.has(item.code)) return item.code
    queue.push(item.cause, ...(Array.isArray(item.errors) ? item.errors : []))
  }
  // Errors from another realm reach us flattened into a message ("... connect ECONNREFUSED ...").
  const message = String((error as Error)?.message ?? '')
  return [...NETWORK_CODES].find((code) => new RegExp(`\\b${code}\\b`).test(message))
}

/** A timeout of the request (socket silent past request-timeout), as the SDK or Node reports it. */
function isTimeout(error: unknown): boolean {
  const name = errorName(error)
  return name === 'TimeoutError' || name === 'RequestTimeout' || name === 'RequestTimeoutException'
}

/** Whether a failed read (GetObject) is worth repeating: a dropped connection, a timeout, a 5xx, throttling. */
export function isRetryableRead(error: unknown): boolean {
  if (isAccessDenied(error) || isNoSuchKey(error)) return false
  const status = statusOf(error)
  if (status !== undefined && status >= 500) return true
  const name = errorName(error)
  if (name === 'SlowDown' || name === 'ServiceUnavailable' || name === 'InternalError' || isTimeout(error)) return true
  const network = networkCode(error)
  if (network) return DROPPED_CODES.has(network)
  // A body cut off mid-response: "aborted", "premature close", a short read.
  return /aborted|premature|socket hang up|terminated/i.test(String((error as Error)?.message ?? ''))
}

/**
 * A body that could not be read from disk (removed or made unreadable while the action ran): said
 * as such, not as an S3 error. undefined when `error` is not one.
 */
export function explainLocalFileError(error: unknown, path: string): ActionError | undefined {
  const item = error as { code?: unknown; syscall?: unknown; path?: unknown } | undefined
  if (!item || typeof item.code !== 'string' || !FILE_CODES.has(item.code) || typeof item.syscall !== 'string') return undefined
  const file = typeof item.path === 'string' ? item.path : path
  const what = item.code === 'ENOENT' ? 'was removed' : `could not be read (${item.code})`
  return new ActionError(
    `'${path}' was not uploaded: its source ${file} ${what} while the action ran. ` +
      'Make sure no other step changes the static files during this one, then run the step again.'
  )
}
