// Input `object-rules`: an ordered list (YAML or JSON) of `{match, headers}` rules, validated here
// so that a bad pattern or header stops the run before anything is sent. Applied by plan/object-rules.ts.
import { InputError } from '../errors.js'
import { patternProblem, type ObjectRule } from '../plan/object-rules.js'

const INPUT = 'object-rules'
const EXAMPLE = "- match: '**/*.woff2'\n  headers:\n    CacheControl: public, max-age=31536000, immutable"

// PutObject members that describe one object and make sense per path. Encryption, grants,
// object lock and request parameters apply to every object: they belong in object-parameters.
const TEXT_HEADERS = ['CacheControl', 'ContentDisposition', 'ContentLanguage', 'ContentType', 'WebsiteRedirectLocation']
const CANNED_ACLS = [
  'private',
  'public-read',
  'public-read-write',
  'authenticated-read',
  'aws-exec-read',
  'bucket-owner-read',
  'bucket-owner-full-control'
]
const STORAGE_CLASSES = [
  'STANDARD',
  'REDUCED_REDUNDANCY',
  'STANDARD_IA',
  'ONEZONE_IA',
  'INTELLIGENT_TIERING',
  'GLACIER_IR',
  'EXPRESS_ONEZONE'
]
// Objects in these classes cannot be read until restored: a page would get 403 for them.
const ARCHIVE_CLASSES = ['GLACIER', 'DEEP_ARCHIVE']
const RULE_HEADERS = [...TEXT_HEADERS, 'ContentEncoding', 'Expires', 'Metadata', 'ACL', 'StorageClass', 'Tagging']
const EVERY_OBJECT = [
  'ServerSideEncryption',
  'SSEKMSKeyId',
  'SSEKMSEncryptionContext',
  'BucketKeyEnabled',
  'SSECustomerAlgorithm',
  'SSECustomerKey',
  'SSECustomerKeyMD5',
  'GrantFullControl',
  'GrantRead',
  'GrantReadACP',
  'GrantWriteACP',
  'ObjectLockMode',
  'ObjectLockRetainUntilDate',
  'ObjectLockLegalHoldStatus',
  'ExpectedBucketOwner',
  'RequestPayer'
]
// RFC 9110 token characters (header and metadata names); values: visible ASCII, spaces and tabs.
const TOKEN = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/
const HEADER_VALUE = /^[\t\x20-\x7e]*$/
const MAX_TAGS = 10

/** The YAML parser is loaded only for a run that has rules (most have none). */
export async function parseObjectRules(raw: string): Promise<ObjectRule[]> {
  if (raw.trim() === '') return []
  const { isSeq, parseDocument } = await import('yaml')
  const document = parseDocument(raw, { uniqueKeys: true })
  const error = document.errors[0]
  if (error) {
    const why = (error.message.split('\n')[0] ?? '').replace(/:$/, '')
    throw new InputError(INPUT, `is not valid YAML or JSON: ${why}. Give a list of rules, e.g.\n${EXAMPLE}`)
  }
  if (!isSeq(document.contents)) {
    throw new InputError(INPUT, `must be a list of rules (each '- match: ...' with 'headers:'), e.g.\n${EXAMPLE}`)
  }
  const items = document.toJS() as unknown[]
  return items.map((item, position) => parseRule(item, position + 1))
}

function parseRule(item: unknown, index: number): ObjectRule {
  const fail = (message: string) => new InputError(INPUT, `rule ${index}: ${message}`)
  if (!isRecord(item)) throw fail(`must be a mapping with 'match' and 'headers', e.g.\n${EXAMPLE}`)
  for (const key of Object.keys(item)) {
    if (key !== 'match' && key !== 'headers')
      throw fail(`unknown key '${key}'. A rule has 'match' (a glob or a list of globs) and 'headers'.`)
  }
  const patterns = parsePatterns(item.match, fail)
  const named = `rule ${index} (match: ${patterns.map((pattern) => `'${pattern}'`).join(', ')})`
  const where = (message: string) => new InputError(INPUT, `${named}: ${message}`)
  if (!isRecord(item.headers) || Object.keys(item.headers).length === 0) {
    throw where(`needs 'headers': a mapping of PutObject header names to values, e.g. 'CacheControl: no-cache'.`)
  }
  const headers: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(item.headers)) headers[name] = parseHeader(name, value, where)
  return { index, patterns, headers }
}

function parsePatterns(match: unknown, fail: (message: string) => InputError): string[] {
  const patterns = typeof match === 'string' ? [match] : match
  if (!Array.isArray(patterns) || patterns.length === 0 || patterns.some((pattern) => typeof pattern !== 'string')) {
    throw fail(`'match' must be a glob such as '**/*.css' or a list of globs, matched against the path under the prefix.`)
  }
  for (const pattern of patterns as string[]) {
    const problem = patternProblem(pattern)
    if (problem) throw fail(`the pattern '${pattern}' ${problem}.`)
  }
  return patterns as string[]
}

function parseHeader(name: string, value: unknown, fail: (message: string) => InputError): unknown {
  if (!RULE_HEADERS.includes(name)) throw fail(unknownHeader(name))
  if (name === 'Metadata') return parseMetadata(value, fail)
  if (name === 'Tagging') return parseTagging(value, fail)
  if (typeof value !== 'string') {
    throw fail(`${name} must be a string (got ${JSON.stringify(value)}); quote it, e.g. ${name}: '${String(value)}'.`)
  }
  const text = value.trim()
  if (!HEADER_VALUE.test(text)) {
    const hint = name === 'ContentDisposition' ? ` For a non-ASCII file name use filename*=UTF-8''<percent-encoded name>.` : ''
    throw fail(
      `${name} '${value}' has characters an HTTP header cannot carry (line breaks, control or non-ASCII characters).${hint}`
    )
  }
  if (text === '' && name !== 'ContentEncoding') throw fail(`${name} is empty. Give a value, or leave ${name} out.`)
  return checkValue(name, text, fail)
}

function checkValue(name: string, value: string, fail: (message: string) => InputError): string {
  if (name === 'ACL' && !CANNED_ACLS.includes(value)) throw fail(`ACL '${value}' is not a canned ACL: ${CANNED_ACLS.join(', ')}.`)
  if (name === 'StorageClass') {
    if (ARCHIVE_CLASSES.includes(value)) {
      throw fail(
        `StorageClass ${value} archives objects: they cannot be read until restored, so pages would get errors. Use ${STORAGE_CLASSES.join(', ')}.`
      )
    }
    if (!STORAGE_CLASSES.includes(value)) throw fail(`StorageClass '${value}' is not one of: ${STORAGE_CLASSES.join(', ')}.`)
  }
  if (name === 'WebsiteRedirectLocation' && !/^(\/|https?:\/\/)/.test(value)) {
    throw fail(`WebsiteRedirectLocation '${value}' must start with '/', 'http://' or 'https://' (as S3 requires).`)
  }
  if (name === 'Expires') {
    const time = Date.parse(value)
    if (Number.isNaN(time))
      throw fail(`Expires '${value}' is not a date; give an HTTP date such as 'Wed, 21 Oct 2026 07:28:00 GMT'.`)
    return new Date(time).toUTCString() // one spelling per instant, so the headers digest does not change with the notation
  }
  return value
}

function parseMetadata(value: unknown, fail: (message: string) => InputError): Record<string, string> {
  if (!isRecord(value)) throw fail(`Metadata must be a mapping of names to strings, e.g. 'Metadata: {team: web}'.`)
  const metadata: Record<string, string> = {}
  for (const [key, item] of Object.entries(value)) {
    if (!TOKEN.test(key)) throw fail(`Metadata name '${key}' is not a valid header name: use letters, digits and - _ . only.`)
    if (typeof item !== 'string')
      throw fail(`Metadata '${key}' must be a string (got ${JSON.stringify(item)}); quote it: '${String(item)}'.`)
    if (!HEADER_VALUE.test(item))
      throw fail(`Metadata '${key}' has characters an HTTP header cannot carry (line breaks, control or non-ASCII characters).`)
    // S3 stores metadata names in lower case; two spellings of one name would fight over one header.
    const name = key.toLowerCase()
    if (name in metadata) throw fail(`Metadata names '${key}' twice (names are case-insensitive).`)
    metadata[name] = item
  }
  return metadata
}

/** A mapping of tags, or S3's own `key=value&key=value` form; kept as the latter. */
function parseTagging(value: unknown, fail: (message: string) => InputError): string {
  let tags: URLSearchParams
  if (typeof value === 'string') tags = new URLSearchParams(value.trim())
  else if (isRecord(value) && Object.values(value).every((item) => typeof item === 'string'))
    tags = new URLSearchParams(value as Record<string, string>)
  else throw fail(`Tagging must be a mapping of tag names to strings, e.g. 'Tagging: {team: web}', or 'team=web&tier=static'.`)
  const keys = [...tags.keys()]
  if (keys.length === 0 || keys.some((key) => key === ''))
    throw fail(`Tagging '${String(value)}' has no tags or an empty tag name.`)
  if (keys.length > MAX_TAGS) throw fail(`Tagging has ${keys.length} tags; S3 allows at most ${MAX_TAGS} per object.`)
  if (new Set(keys).size !== keys.length) throw fail('Tagging names a tag twice.')
  return tags.toString()
}

function unknownHeader(name: string): string {
  if (EVERY_OBJECT.includes(name)) return `${name} applies to every object: set it in object-parameters instead.`
  if (/^x-amz-meta-/i.test(name)) return `'${name}' is user metadata: write it as 'Metadata: {${name.slice(11)}: value}'.`
  const squashed = name.replace(/[^a-z0-9]/gi, '').toLowerCase()
  const meant = RULE_HEADERS.find((candidate) => candidate.toLowerCase() === squashed)
  const hint = meant ? ` Did you mean ${meant}?` : ''
  return `unknown header '${name}'.${hint} Use PutObject names: ${RULE_HEADERS.join(', ')}.`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
