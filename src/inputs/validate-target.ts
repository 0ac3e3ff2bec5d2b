// Checks of the S3 address inputs (bucket, region, endpoint-url) made before any request: a bad
// value costs no retries and the error says which rule it breaks instead of a server's 400.
import { InputError } from '../errors.js'

// AWS general purpose bucket rules (docs: "General purpose bucket naming rules").
const AWS_BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/
const AWS_RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-']
const AWS_RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--table-s3']
// S3-compatible services differ (MinIO and R2 follow AWS; Ceph RGW and GCS also take upper case
// and underscores, GCS up to 222 characters with dots): with endpoint-url set only what cannot
// work anywhere is refused, a name that does not fit in a URL path segment or a DNS label set.
const COMPATIBLE_BUCKET = /^[A-Za-z0-9][A-Za-z0-9._-]{1,253}[A-Za-z0-9]$/
const IP_ADDRESS = /^\d{1,3}(\.\d{1,3}){3}$/
// us-east-1, eu-central-2, us-gov-west-1, cn-north-1, us-iso-east-1, us-isob-east-1, eusc-de-east-1.
const AWS_REGION = /^[a-z]{2,4}(-[a-z]+){1,2}-\d{1,2}$/
// The region of an S3-compatible service is only a word in the signature's scope (R2 `auto`,
// MinIO `us-east-1`, Spaces `nyc3`, Garage `garage`): any token without spaces or slashes.
const COMPATIBLE_REGION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/

export function validateBucketName(bucket: string, endpoint: string | undefined): void {
  if (endpoint) return validateCompatibleBucket(bucket)
  const broken = awsBucketRule(bucket)
  if (!broken) return
  throw new InputError(
    'bucket',
    `'${bucket}' is not a valid S3 bucket name: ${broken}. S3 bucket names are 3-63 characters of lower-case letters, digits, ` +
      "'.' and '-', starting and ending with a letter or digit. Give the bucket's exact name (a bucket created in us-east-1 " +
      'before March 2018 with upper case or underscores: also set endpoint-url to https://s3.amazonaws.com and force-path-style: true).'
  )
}

function awsBucketRule(bucket: string): string | undefined {
  if (bucket.length < 3 || bucket.length > 63) return `it is ${bucket.length} character${bucket.length === 1 ? '' : 's'} long`
  const bad = [...bucket].find((char) => !/[a-z0-9.-]/.test(char))
  if (bad) return `${describeChar(bad)} is not allowed`
  if (!AWS_BUCKET.test(bucket)) return 'it must start and end with a letter or digit'
  if (bucket.includes('..')) return "it has two adjacent '.'"
  if (bucket.includes('.-') || bucket.includes('-.')) return "a '.' may not be next to a '-'"
  if (IP_ADDRESS.test(bucket)) return 'it is formatted as an IP address'
  const prefix = AWS_RESERVED_PREFIXES.find((reserved) => bucket.startsWith(reserved))
  if (prefix) return `the prefix '${prefix}' is reserved`
  const suffix = AWS_RESERVED_SUFFIXES.find((reserved) => bucket.endsWith(reserved))
  if (suffix) return `the suffix '${suffix}' is reserved`
  return undefined
}

function validateCompatibleBucket(bucket: string): void {
  const bad = [...bucket].find((char) => !/[A-Za-z0-9._-]/.test(char))
  const broken =
    bucket.length < 3 || bucket.length > 255
      ? `it is ${bucket.length} character${bucket.length === 1 ? '' : 's'} long`
      : bad
        ? `${describeChar(bad)} is not allowed`
        : !COMPATIBLE_BUCKET.test(bucket)
          ? 'it must start and end with a letter or digit'
          : bucket.includes('..')
            ? "it has two adjacent '.'"
            : undefined
  if (!broken) return
  throw new InputError(
    'bucket',
    `'${bucket}' is not a valid bucket name: ${broken}. Bucket names (also on S3-compatible services) are 3-255 letters, digits, ` +
      "'.', '-' and '_', starting and ending with a letter or digit. Give the bucket's exact name."
  )
}

export function validateRegion(region: string, endpoint: string | undefined): void {
  if (endpoint ? COMPATIBLE_REGION.test(region) : AWS_REGION.test(region)) return
  const fix = endpoint
    ? 'Give the region the service expects (MinIO: us-east-1, R2: auto), letters, digits, ".", "-" or "_" only.'
    : 'Give an AWS region code such as us-east-1 or eu-west-2 (for an S3-compatible service, also set endpoint-url).'
  throw new InputError('region', `'${region}' is not a valid region. ${fix}`)
}

/** An absolute http(s) URL of the service root: scheme, host, optional port and path, nothing else. */
export function validateEndpoint(endpoint: string): void {
  const example = 'e.g. https://minio.example.com:9000 or http://127.0.0.1:9000'
  let url: URL
  try {
    url = new URL(endpoint)
  } catch {
    throw new InputError('endpoint-url', `'${endpoint}' is not a URL. Give the service's address with its scheme, ${example}.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError('endpoint-url', `'${endpoint}' is not an http(s) URL (scheme '${url.protocol}'). Give ${example}.`)
  }
  if (url.username || url.password) {
    // The URL itself is not repeated: it holds a secret.
    throw new InputError(
      'endpoint-url',
      'contains a user name or password. Remove them and give the keys as aws-access-key-id and aws-secret-access-key.'
    )
  }
  if (!/^https?:\/\/[^/?#]/.test(endpoint) || url.hostname === '') {
    throw new InputError('endpoint-url', `'${endpoint}' has no host. Give ${example}.`)
  }
  if (url.search || url.hash) {
    throw new InputError(
      'endpoint-url',
      `'${endpoint}' has a query or fragment. Give only the scheme, host, port (and path), ${example}.`
    )
  }
}

function describeChar(char: string): string {
  if (char === ' ') return 'a space'
  const printable = /^[\x21-\x7e]$/.test(char)
  return printable ? `'${char}'` : `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}
