// The values of `object-parameters`, checked by type and by the S3 API's enums before anything is
// written: a wrong-typed value used to be dropped or sent as "Invalid Date", an unknown enum value
// failed every PutObject. Enum lists are the S3 API's (a test compares them with the SDK's).
import { InputError } from '../errors.js'

export const OBJECT_PARAMETER_ENUMS: Record<string, readonly string[]> = {
  ACL: [
    'authenticated-read',
    'aws-exec-read',
    'bucket-owner-full-control',
    'bucket-owner-read',
    'private',
    'public-read',
    'public-read-write'
  ],
  StorageClass: [
    'AWS_BACKUP_LOW_COST_WARM',
    'AWS_BACKUP_WARM',
    'DEEP_ARCHIVE',
    'EXPRESS_ONEZONE',
    'FSX_ONTAP',
    'FSX_OPENZFS',
    'GLACIER',
    'GLACIER_IR',
    'INTELLIGENT_TIERING',
    'ONEZONE_IA',
    'OUTPOSTS',
    'REDUCED_REDUNDANCY',
    'SNOW',
    'STANDARD',
    'STANDARD_IA'
  ],
  ServerSideEncryption: ['AES256', 'aws:backup', 'aws:fsx', 'aws:kms', 'aws:kms:dsse'],
  ObjectLockMode: ['COMPLIANCE', 'GOVERNANCE'],
  ObjectLockLegalHoldStatus: ['OFF', 'ON'],
  RequestPayer: ['requester'],
  SSECustomerAlgorithm: ['AES256']
}

/** Sent as HTTP header values: printable ASCII only (Node refuses other characters, S3 would mangle them). */
const HEADER_STRINGS = [
  'CacheControl',
  'ContentDisposition',
  'ContentEncoding',
  'ContentLanguage',
  'ContentType',
  'GrantFullControl',
  'GrantRead',
  'GrantReadACP',
  'GrantWriteACP',
  'SSEKMSKeyId',
  'SSEKMSEncryptionContext',
  'Tagging',
  'WebsiteRedirectLocation',
  'SSECustomerKey',
  'SSECustomerKeyMD5',
  'ExpectedBucketOwner'
]
const DATES = ['Expires', 'ObjectLockRetainUntilDate']
const BOOLEANS = ['BucketKeyEnabled']
// S3: "the user-defined metadata is limited to 2 KB in size", keys and values in UTF-8 bytes.
const METADATA_LIMIT_BYTES = 2048
const PRINTABLE = /^[\t\x20-\x7e]*$/
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
// ISO 8601 (2030-01-01, 2030-01-01T00:00:00Z, ...+02:00) or an HTTP date (Wed, 01 Jan 2030 00:00:00 GMT).
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/
const HTTP_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/

export function validateObjectParameterValues(parameters: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(parameters)) validateValue(key, value)
  validateCombinations(parameters)
}

function validateValue(key: string, value: unknown): void {
  const choices = OBJECT_PARAMETER_ENUMS[key]
  if (choices) {
    if (typeof value !== 'string' || !choices.includes(value)) fail(key, `${shown(value)} is not one of: ${choices.join(', ')}`)
  } else if (HEADER_STRINGS.includes(key)) {
    if (typeof value !== 'string') fail(key, `must be a string, not ${typeName(value)} (e.g. {"${key}": "${example(key)}"})`)
    if (!PRINTABLE.test(value)) fail(key, "must be printable ASCII (encode other characters, e.g. RFC 5987 filename*=UTF-8''...)")
    if (key === 'WebsiteRedirectLocation' && !/^(\/|https?:\/\/)/.test(value))
      fail(key, "must start with '/', 'http://' or 'https://'")
    if (key === 'ExpectedBucketOwner' && !/^\d{12}$/.test(value)) fail(key, 'must be a 12-digit AWS account ID')
  } else if (DATES.includes(key)) {
    if (typeof value !== 'string' || !isValidDate(value)) {
      fail(
        key,
        `${shown(value)} is not a date: give ISO 8601 ("2030-01-01T00:00:00Z") or an HTTP date ("Tue, 01 Jan 2030 00:00:00 GMT")`
      )
    }
  } else if (BOOLEANS.includes(key)) {
    if (typeof value !== 'boolean') fail(key, `must be true or false (a JSON boolean), not ${shown(value)}`)
  } else if (key === 'Metadata') {
    validateMetadata(value)
  }
}

function validateMetadata(value: unknown): void {
  const usage = 'must be an object of strings, e.g. {"Metadata": {"team": "web"}}'
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail('Metadata', usage)
  let bytes = 0
  for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
    if (typeof item !== 'string') fail('Metadata', `${usage}; '${name}' is ${typeName(item)}`)
    if (!TOKEN.test(name)) fail('Metadata', `name '${name}' is not a valid header name (letters, digits and - _ . only)`)
    if (!PRINTABLE.test(item)) fail('Metadata', `value of '${name}' must be printable ASCII`)
    bytes += Buffer.byteLength(name) + Buffer.byteLength(item)
  }
  if (bytes > METADATA_LIMIT_BYTES)
    fail('Metadata', `is ${bytes} bytes; S3 allows at most ${METADATA_LIMIT_BYTES} bytes of names and values`)
}

function validateCombinations(parameters: Record<string, unknown>): void {
  const sse = parameters.ServerSideEncryption
  if ('SSEKMSKeyId' in parameters && sse !== 'aws:kms' && sse !== 'aws:kms:dsse') {
    fail('SSEKMSKeyId', 'needs "ServerSideEncryption": "aws:kms" (or "aws:kms:dsse") beside it')
  }
  if ('SSECustomerKey' in parameters !== 'SSECustomerAlgorithm' in parameters) {
    fail('SSECustomerKey', 'and SSECustomerAlgorithm go together: give both ("SSECustomerAlgorithm": "AES256") or neither')
  }
  if ('ObjectLockMode' in parameters !== 'ObjectLockRetainUntilDate' in parameters) {
    fail('ObjectLockMode', 'and ObjectLockRetainUntilDate go together: give both or neither')
  }
}

function isValidDate(text: string): boolean {
  return (ISO_DATE.test(text) || HTTP_DATE.test(text)) && !Number.isNaN(Date.parse(text))
}

function fail(key: string, problem: string): never {
  throw new InputError(
    'object-parameters',
    `${key} ${problem}. Fix it in object-parameters (or in the settings' object_parameters).`
  )
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return `an array (${shown(value)})`
  return `a ${typeof value} (${shown(value)})`
}

function example(key: string): string {
  return key === 'CacheControl' ? 'max-age=3600' : key === 'ContentDisposition' ? 'attachment' : '...'
}
