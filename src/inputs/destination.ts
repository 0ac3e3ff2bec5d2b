// Where the collected files go: an S3 bucket, a local folder (STATIC_ROOT), or nowhere (dry run).
import path from 'node:path'
import { InputError } from '../errors.js'
import type { DiscoveredProject } from '../project/discover.js'
import type { OriginLog } from './origins.js'
import { parseBoolean } from './parse.js'
import type { Credentials, FolderDestination, S3Destination } from './settings.js'
import { requireBucketWithCredentials } from './intent.js'
import { validateBucketName, validateEndpoint, validateRegion } from './validate-target.js'

type Read = (name: string) => string

export interface DestinationContext {
  read: Read
  env: NodeJS.ProcessEnv
  project: DiscoveredProject
  cwd: string
  log: OriginLog
  dryRun: boolean
}

export function resolveDestination(
  context: DestinationContext,
  staticRoot: string | null
): S3Destination | FolderDestination | null {
  const bucket = resolveBucket(context)
  if (bucket) return resolveS3(context, bucket)
  requireBucketWithCredentials(context, staticRoot)
  if (staticRoot) return { kind: 'folder', root: staticRoot }
  if (context.dryRun) return null
  throw new InputError(
    'bucket',
    'nowhere to put the files: set `bucket` (or the AWS_STORAGE_BUCKET_NAME variable) to upload to S3, ' +
      '`static-root` to copy into a folder, or `dry-run: true` to only check the collection.'
  )
}

export function resolveStaticRoot({ read, project, cwd, log }: DestinationContext): string | null {
  const input = read('static-root').trim()
  const root = log.choose('static-root', input || undefined, project.staticRoot, '')
  return root ? path.resolve(cwd, root) : null
}

function resolveBucket({ read, env, project, log }: DestinationContext): string {
  const fromEnv = env.AWS_STORAGE_BUCKET_NAME?.trim()
  const input = read('bucket').trim()
  if (input) return recorded(log, 'bucket', input, 'input')
  if (fromEnv) return recorded(log, 'bucket', fromEnv, 'environment (AWS_STORAGE_BUCKET_NAME)')
  const setting = storageOption(project, 'bucket_name') ?? project.aws?.AWS_STORAGE_BUCKET_NAME
  if (typeof setting?.value === 'string' && setting.value) {
    return recorded(log, 'bucket', setting.value, log.describeSettings(setting.from))
  }
  return ''
}

function resolveS3(context: DestinationContext, bucket: string): S3Destination {
  const { read, project, log } = context
  const prefixSetting = storageOption(project, 'location') ?? project.aws?.AWS_LOCATION
  const prefix = normalizePrefix(log.choose('prefix', read('prefix').trim() || undefined, asString(prefixSetting), ''))
  const region = resolveRegion(context)
  const endpointInput = read('endpoint-url').trim() || undefined
  const endpointSetting = asString(storageOption(project, 'endpoint_url') ?? project.aws?.AWS_S3_ENDPOINT_URL)
  const endpoint = log.choose('endpoint-url', endpointInput, endpointSetting, '') || undefined
  if (endpoint) validateEndpoint(endpoint)
  validateBucketName(bucket, endpoint)
  validateRegion(region, endpoint)
  const forcePathStyle = parseBoolean('force-path-style', read('force-path-style')) ?? Boolean(endpoint)
  const credentials = readCredentials(read)
  log.record('credentials', credentials ? 'inputs' : 'SDK default chain', credentials ? 'input' : 'environment')
  return {
    kind: 's3',
    bucket,
    prefix,
    region,
    forcePathStyle,
    ...(endpoint ? { endpoint } : {}),
    ...(credentials ? { credentials } : {})
  }
}

function resolveRegion({ read, env, project, log }: DestinationContext): string {
  const input = read('region').trim()
  if (input) return recorded(log, 'region', input, 'input')
  for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
    const value = env[name]?.trim()
    if (value) return recorded(log, 'region', value, `environment (${name})`)
  }
  return log.choose(
    'region',
    undefined,
    asString(storageOption(project, 'region_name') ?? project.aws?.AWS_S3_REGION_NAME),
    'us-east-1'
  )
}

function readCredentials(read: Read): Credentials | undefined {
  const accessKeyId = read('aws-access-key-id').trim()
  const secretAccessKey = read('aws-secret-access-key').trim()
  const sessionToken = read('aws-session-token').trim()
  if (!accessKeyId && !secretAccessKey) return undefined
  if (!accessKeyId || !secretAccessKey) {
    const missing = accessKeyId ? 'aws-secret-access-key' : 'aws-access-key-id'
    throw new InputError(
      missing,
      'is empty while its partner is set: give both keys, or neither to use the default credential chain.'
    )
  }
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) }
}

/** django-storages' `location`: no leading slash, no `.`/`..` segments, no trailing slash. */
export function normalizePrefix(raw: string): string {
  const segments = raw
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '')
  if (segments.some((segment) => segment === '..' || segment === '.')) {
    throw new InputError('prefix', `'${raw}' contains '.' or '..': give a plain key prefix such as 'static' or 'site/static'.`)
  }
  return segments.join('/')
}

type Option = { value: unknown; from: { source: 'settings' | 'default'; file?: string; line?: number } }

export function storageOption(project: DiscoveredProject, key: string): Option | undefined {
  const storage = project.storage
  if (!storage || !(key in storage.value.options)) return undefined
  return { value: storage.value.options[key], from: storage.from }
}

function asString(option: Option | undefined) {
  if (!option || typeof option.value !== 'string' || option.value === '') return undefined
  return { value: option.value, from: option.from }
}

function recorded(log: OriginLog, name: string, value: string, from: string): string {
  log.record(name, value, from)
  return value
}
