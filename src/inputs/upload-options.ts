// Object headers and upload policy: cache-control, object-parameters, overwrite, deletion, gzip.
import { InputError } from '../errors.js'
import type { DiscoveredProject } from '../project/discover.js'
import { storageOption } from './destination.js'
import type { OriginLog } from './origins.js'
import type { ObjectRule } from '../plan/object-rules.js'
import { parseObjectRules } from './object-rules.js'
import { validateObjectParameterValues } from './object-parameter-values.js'
import { parseBoolean, parseChoice, parseJsonObject, parsePositiveInteger } from './parse.js'
import { OVERWRITE_CHOICES, type UploadSettings } from './settings.js'

type Read = (name: string) => string

export const DEFAULT_CACHE_CONTROL = 'max-age=86400'
export const DEFAULT_CACHE_CONTROL_HASHED = 'public, max-age=31536000, immutable'
// django-storages' GZIP_CONTENT_TYPES.
export const GZIP_CONTENT_TYPES = [
  'text/css',
  'text/javascript',
  'application/javascript',
  'application/x-javascript',
  'image/svg+xml'
]

// PutObject parameters that describe the stored object (not the request): django-storages' object_parameters.
const OBJECT_PARAMETERS = new Set([
  'ACL',
  'CacheControl',
  'ContentDisposition',
  'ContentEncoding',
  'ContentLanguage',
  'ContentType',
  'Expires',
  'GrantFullControl',
  'GrantRead',
  'GrantReadACP',
  'GrantWriteACP',
  'Metadata',
  'ServerSideEncryption',
  'SSEKMSKeyId',
  'SSEKMSEncryptionContext',
  'BucketKeyEnabled',
  'StorageClass',
  'Tagging',
  'WebsiteRedirectLocation',
  'ObjectLockMode',
  'ObjectLockRetainUntilDate',
  'ObjectLockLegalHoldStatus',
  'SSECustomerAlgorithm',
  'SSECustomerKey',
  'SSECustomerKeyMD5',
  'ExpectedBucketOwner',
  'RequestPayer'
])

export async function resolveUpload(read: Read, project: DiscoveredProject, log: OriginLog): Promise<UploadSettings> {
  return {
    cacheControl: log.choose('cache-control', read('cache-control').trim() || undefined, undefined, DEFAULT_CACHE_CONTROL),
    cacheControlHashed: log.choose(
      'cache-control-hashed',
      read('cache-control-hashed').trim() || undefined,
      undefined,
      DEFAULT_CACHE_CONTROL_HASHED
    ),
    objectParameters: resolveObjectParameters(read, project, log),
    objectRules: recordRules(await parseObjectRules(read('object-rules')), log),
    overwrite: log.choose(
      'overwrite',
      parseChoice('overwrite', read('overwrite'), OVERWRITE_CHOICES),
      fileOverwrite(project),
      'changed'
    ),
    deleteRemoved: log.choose('delete-removed', parseBoolean('delete-removed', read('delete-removed')), undefined, false),
    keepPreviousManifest: log.choose(
      'keep-previous-manifest',
      parseBoolean('keep-previous-manifest', read('keep-previous-manifest')),
      undefined,
      true
    ),
    maxDelete: log.choose('max-delete', parsePositiveInteger('max-delete', read('max-delete'), 1_000_000), undefined, 100),
    concurrency: log.choose('concurrency', parsePositiveInteger('concurrency', read('concurrency'), 1024), undefined, 32),
    gzip: log.choose('gzip', parseBoolean('gzip', read('gzip')), settingBoolean(project, 'gzip', 'AWS_IS_GZIPPED'), false),
    gzipContentTypes: GZIP_CONTENT_TYPES,
    requestTimeoutMs:
      1000 * log.choose('request-timeout', parsePositiveInteger('request-timeout', read('request-timeout'), 3600), undefined, 60),
    deadlineMs: 60_000 * log.choose('deadline-minutes', parseDeadline(read('deadline-minutes')), undefined, 60)
  }
}

function resolveObjectParameters(read: Read, project: DiscoveredProject, log: OriginLog): Record<string, unknown> {
  const input = parseJsonObject('object-parameters', read('object-parameters'))
  const setting = storageOption(project, 'object_parameters') ?? project.aws?.AWS_S3_OBJECT_PARAMETERS
  const fromSettings = isObject(setting?.value) && setting ? { value: setting.value, from: setting.from } : undefined
  const parameters = { ...log.choose('object-parameters', input, fromSettings, {}) }
  const acl = storageOption(project, 'default_acl') ?? project.aws?.AWS_DEFAULT_ACL
  if (!input && !('ACL' in parameters) && typeof acl?.value === 'string') parameters.ACL = acl.value
  validateObjectParameters(parameters)
  return parameters
}

export function validateObjectParameters(parameters: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(parameters)) {
    if (!OBJECT_PARAMETERS.has(key)) {
      throw new InputError(
        'object-parameters',
        `unknown key '${key}'. Use PutObject parameter names: ${[...OBJECT_PARAMETERS].join(', ')}.`
      )
    }
    if (key === 'Metadata' && (!isObject(value) || Object.values(value).some((item) => typeof item !== 'string'))) {
      throw new InputError('object-parameters', 'Metadata must be an object of strings, e.g. {"Metadata": {"team": "web"}}.')
    }
  }
  validateObjectParameterValues(parameters)
}

function recordRules(rules: ObjectRule[], log: OriginLog): ObjectRule[] {
  if (rules.length > 0)
    log.record('object-rules', rules.map((rule) => `${rule.index}: ${rule.patterns.join(', ')}`).join('; '), 'input')
  return rules
}

/** Whole minutes; 0 turns the deadline off. */
function parseDeadline(raw: string): number | undefined {
  if (raw.trim() === '0') return 0
  return parsePositiveInteger('deadline-minutes', raw, 10_080)
}

function fileOverwrite(project: DiscoveredProject) {
  const setting = storageOption(project, 'file_overwrite') ?? project.aws?.AWS_S3_FILE_OVERWRITE
  if (setting?.value !== false) return undefined
  return { value: 'never' as const, from: setting.from }
}

function settingBoolean(project: DiscoveredProject, option: string, awsName: string) {
  const setting = storageOption(project, option) ?? project.aws?.[awsName]
  return typeof setting?.value === 'boolean' ? { value: setting.value, from: setting.from } : undefined
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
