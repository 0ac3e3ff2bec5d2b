// Output files → objects ready to compare and write: final bytes (gzipped when asked), their
// MD5 and multipart ETag, Content-Type/-Encoding, Cache-Control, parameters and a digest of
// all of those headers (so a header change is noticed without asking S3 for each object).
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import { runPool } from '../execute/pool.js'
import { ActionError } from '../errors.js'
import type { Body, OutputFile, OutputRole, PreparedObject } from '../model.js'
import { baseType, contentTypeFor } from './content-type.js'
import { DEFAULT_MULTIPART_THRESHOLD, DEFAULT_PART_SIZE, digestBytes, type Digests, type PartOptions } from '../digest/etag.js'
import { FileDigests } from '../digest/file-digests.js'
import { applyRule, ruleMatcher, ruleSetsEncoding, type ObjectRule, type RuleMatcher } from './object-rules.js'

export interface PrepareOptions {
  /** For originals and the manifest. */
  cacheControl: string
  /** For hashed copies (and kept intermediate files): their names change with their content. */
  cacheControlHashed: string
  objectParameters: Record<string, unknown>
  /** object-rules: per-path headers over the ones above, first match wins. */
  objectRules?: readonly ObjectRule[]
  gzip: boolean
  gzipContentTypes: string[]
  concurrency: number
  /** Defaults: 8 MiB each (see etag.ts). */
  partSize?: number
  multipartThreshold?: number
  /** Shared with earlier stages that read the same files; must use the same part options. */
  fileDigests?: FileDigests
}

/** A PreparedObject that also knows its multipart ETag (set only above the multipart threshold). */
export interface PreparedUpload extends PreparedObject {
  multipartEtag?: string
}

export interface ObjectHeaders {
  contentType: string
  contentEncoding?: string
  cacheControl: string
  /** The remaining PutObject parameters (ACL, StorageClass, Metadata, ...). */
  parameters: Record<string, unknown>
}

export async function prepareObjects(outputs: OutputFile[], options: PrepareOptions): Promise<PreparedUpload[]> {
  const parts: PartOptions = {
    partSize: options.partSize ?? DEFAULT_PART_SIZE,
    multipartThreshold: options.multipartThreshold ?? DEFAULT_MULTIPART_THRESHOLD
  }
  const files = options.fileDigests ?? new FileDigests(parts)
  const digestOf = memoizedHeadersDigest()
  const rules = ruleMatcher(options.objectRules ?? [])
  const settled = await runPool(outputs, options.concurrency, (output) => prepareObject(output, options, files, digestOf, rules))
  const failures = settled.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []))
  if (failures.length === 1) throw failures[0]
  if (failures.length > 1) {
    const first = failures[0] instanceof ActionError ? failures[0].details : {}
    throw new ActionError(`${failures.length} files could not be read:\n${failures.map(messageOf).join('\n')}`, first)
  }
  return settled.map((result) => (result as PromiseFulfilledResult<PreparedUpload>).value)
}

async function prepareObject(
  output: OutputFile,
  options: PrepareOptions,
  files: FileDigests,
  digestOf: (headers: ObjectHeaders, rule: ObjectRule | undefined) => string,
  rules: RuleMatcher
): Promise<PreparedUpload> {
  const parts = files.parts
  const rule = rules(output.path)
  const headers = applyRule(objectHeaders(output.path, output.role, options), rule)
  const compress =
    options.gzip &&
    !ruleSetsEncoding(rule) &&
    !headers.contentEncoding &&
    isGzipType(headers.contentType, options.gzipContentTypes)
  let body: Body = output.body
  let digests: Digests
  try {
    if (compress) {
      body = { kind: 'bytes', data: gzipDeterministic(await readBody(output.body)) }
      digests = digestBytes(body.data, parts)
    } else {
      digests = body.kind === 'file' ? await files.of(body.absPath) : digestBytes(body.data, parts)
    }
  } catch (error) {
    throw unreadable(output, error)
  }
  const finalHeaders = compress ? { ...headers, contentEncoding: 'gzip' } : headers
  return {
    path: output.path,
    body,
    size: digests.size,
    md5: digests.md5,
    ...(digests.multipartEtag ? { multipartEtag: digests.multipartEtag } : {}),
    ...finalHeaders,
    headersDigest: digestOf(finalHeaders, rule),
    role: output.role,
    ...(rule ? { objectRule: rule.index } : {}),
    ...(output.hashedFrom !== undefined ? { hashedFrom: output.hashedFrom } : {}),
    ...(output.found ? { found: output.found } : {})
  }
}

/**
 * django-storages' choice: object-parameters' ContentType wins (with its ContentEncoding);
 * otherwise the guessed type and encoding (`x.js.gz` → JS + gzip), octet-stream when unknown.
 */
export function objectHeaders(
  path: string,
  role: OutputRole,
  options: Pick<PrepareOptions, 'cacheControl' | 'cacheControlHashed' | 'objectParameters'>
): ObjectHeaders {
  const { ContentType, ContentEncoding, CacheControl, ...parameters } = options.objectParameters
  const guessed = typeof ContentType === 'string' ? null : contentTypeFor(path)
  const contentType = typeof ContentType === 'string' ? ContentType : (guessed?.contentType ?? '')
  const contentEncoding = guessed?.contentEncoding ?? (typeof ContentEncoding === 'string' ? ContentEncoding : undefined)
  const hashedName = role === 'hashed' || role === 'intermediate'
  const cacheControl =
    typeof CacheControl === 'string' ? CacheControl : hashedName ? options.cacheControlHashed : options.cacheControl
  return { contentType, ...(contentEncoding ? { contentEncoding } : {}), cacheControl, parameters }
}

/** sha256 of a canonical JSON (sorted keys) of everything S3 stores besides the bytes. */
export function headersDigest(headers: ObjectHeaders): string {
  const canonical = canonicalJson({
    cacheControl: headers.cacheControl,
    contentEncoding: headers.contentEncoding ?? null,
    contentType: headers.contentType,
    parameters: headers.parameters
  })
  return createHash('sha256').update(canonical).digest('hex')
}

/**
 * headersDigest for one run's objects: those under the same object rule (or none) share their
 * parameters and differ only in a few header values.
 */
function memoizedHeadersDigest(): (headers: ObjectHeaders, rule: ObjectRule | undefined) => string {
  const digests = new Map<string, string>()
  return (headers, rule) => {
    const key = `${rule?.index ?? 0}\n${headers.contentType}\n${headers.contentEncoding ?? ''}\n${headers.cacheControl}`
    let digest = digests.get(key)
    if (digest === undefined) {
      digest = headersDigest(headers)
      digests.set(key, digest)
    }
    return digest
  }
}

/** zlib level 9 in a gzip wrapper with mtime 0, no name and OS byte 03, like django-storages on Unix. */
export function gzipDeterministic(data: Buffer): Buffer {
  const compressed = gzipSync(data, { level: 9 })
  compressed[9] = 0x03 // the OS byte differs by platform in Node's zlib; pin it
  return compressed
}

function isGzipType(contentType: string, gzipContentTypes: string[]): boolean {
  const type = baseType(contentType)
  return gzipContentTypes.some((candidate) => baseType(candidate) === type)
}

async function readBody(body: Body): Promise<Buffer> {
  return body.kind === 'bytes' ? body.data : readFile(body.absPath)
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined)
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

function unreadable(output: OutputFile, error: unknown): ActionError {
  const absPath = output.body.kind === 'file' ? output.body.absPath : output.path
  const code = (error as NodeJS.ErrnoException).code
  const why =
    code === 'ENOENT'
      ? 'it does not exist (a dangling symlink?); fix or remove the link'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied; make it readable by the runner user'
        : code === 'EISDIR'
          ? 'it is a directory'
          : messageOf(error)
  return new ActionError(`Cannot read '${absPath}' (collected as '${output.path}'): ${why}.`, { file: absPath })
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
