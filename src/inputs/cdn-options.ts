// CloudFront invalidation and the public URL of the deployed files: cloudfront-* and public-url.
import { InputError } from '../errors.js'
import { CLOUDFRONT_MAX_FILE_PATHS } from '../plan/invalidation.js'
import type { Problem } from '../model.js'
import type { OriginLog } from './origins.js'
import { parseBoolean, parsePositiveInteger } from './parse.js'
import type { CdnSettings, FolderDestination, S3Destination } from './settings.js'

type Read = (name: string) => string

// CloudFront's first 1,000 paths a month are free: 100 a deploy leaves room for ten.
export const DEFAULT_MAX_PATHS = 100
export const DEFAULT_WAIT_TIMEOUT_SECONDS = 600

export function resolveCdn(
  read: Read,
  destination: S3Destination | FolderDestination | null,
  log: OriginLog
): CdnSettings | null {
  const distributionId = read('cloudfront-distribution-id').trim()
  if (!distributionId) return null
  if (!/^[A-Z0-9]{8,32}$/.test(distributionId)) {
    throw new InputError(
      'cloudfront-distribution-id',
      `'${distributionId}' is not a distribution ID: give the ID (e.g. E2QWRUHAPOMQZL), not the domain or ARN.`
    )
  }
  if (destination?.kind === 'folder') {
    throw new InputError(
      'cloudfront-distribution-id',
      'is set but the files go to a folder (static-root), not S3: set bucket, or remove the distribution.'
    )
  }
  log.record('cloudfront-distribution-id', distributionId, 'input')
  const prefixInput = read('cloudfront-path-prefix').trim()
  const derived = `/${destination?.kind === 's3' && destination.prefix ? `${destination.prefix}/` : ''}`
  const pathPrefix = prefixInput ? normalizePathPrefix(prefixInput) : derived
  log.record('cloudfront-path-prefix', pathPrefix, prefixInput ? 'input' : 'derived from prefix')
  return {
    distributionId,
    pathPrefix,
    maxPaths: log.choose(
      'cloudfront-max-paths',
      parsePositiveInteger('cloudfront-max-paths', read('cloudfront-max-paths'), CLOUDFRONT_MAX_FILE_PATHS),
      undefined,
      DEFAULT_MAX_PATHS
    ),
    wait: log.choose('cloudfront-wait', parseBoolean('cloudfront-wait', read('cloudfront-wait')), undefined, false),
    waitTimeoutSeconds: log.choose(
      'cloudfront-wait-timeout',
      parsePositiveInteger('cloudfront-wait-timeout', read('cloudfront-wait-timeout'), 3600),
      undefined,
      DEFAULT_WAIT_TIMEOUT_SECONDS
    )
  }
}

/** `static`, `/static`, `/static/` → `/static/`; `/` stays `/`. */
export function normalizePathPrefix(raw: string): string {
  if (/[*?#\s]/.test(raw) || /^[a-z]+:\/\//i.test(raw)) {
    throw new InputError(
      'cloudfront-path-prefix',
      `'${raw}' is not a URL path: give the path the prefix is served at, e.g. /static/ (no scheme, host or wildcard).`
    )
  }
  const segments = raw.split('/').filter((segment) => segment !== '')
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    throw new InputError('cloudfront-path-prefix', `'${raw}' contains '.' or '..': give a plain path such as /static/.`)
  }
  return `/${segments.map((segment) => segment + '/').join('')}`
}

/**
 * public-url (the site or CDN origin users fetch from) joined with where the prefix is served:
 * cloudfront-path-prefix when set (it already accounts for the distribution's origin path),
 * else the key prefix.
 */
export function resolvePublicStaticUrl(
  read: Read,
  destination: S3Destination | FolderDestination | null,
  cdn: CdnSettings | null
): string | null {
  const raw = read('public-url').trim()
  if (!raw) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new InputError(
      'public-url',
      `'${raw}' is not a URL: give the address files are served from, e.g. https://d111111abcdef8.cloudfront.net.`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InputError('public-url', `'${raw}' is not an http(s) URL.`)
  const keyPrefix = destination?.kind === 's3' && destination.prefix ? `${destination.prefix}/` : ''
  const path = cdn && read('cloudfront-path-prefix').trim() ? cdn.pathPrefix.slice(1) : keyPrefix
  return `${raw.replace(/\/+$/, '')}/${path}`
}

/**
 * Invalidating the wrong paths leaves the CDN stale without any error, so a derived
 * cloudfront-path-prefix that disagrees with the path in STATIC_URL (where Django points pages)
 * is worth a warning. An explicit cloudfront-path-prefix is taken as the user's word.
 */
export function cdnPathProblems(read: Read, cdn: CdnSettings | null, staticUrl: string | undefined): Problem[] {
  if (!cdn || read('cloudfront-path-prefix').trim() || !staticUrl) return []
  const urlPath = staticUrlPath(staticUrl)
  if (urlPath === null || urlPath === cdn.pathPrefix) return []
  return [
    {
      kind: 'settings',
      severity: 'warning',
      message:
        `STATIC_URL '${staticUrl}' serves the files at ${urlPath}, but the CloudFront paths derived from the prefix are ${cdn.pathPrefix}*. ` +
        `If the distribution maps ${urlPath} to the prefix (an origin path), set cloudfront-path-prefix: ${urlPath}; ` +
        `if ${cdn.pathPrefix} is right, set it to that to silence this warning.`
    }
  ]
}

/** The URL path of STATIC_URL (`https://cdn/x/` → `/x/`, `static/` → `/static/`); null if unreadable. */
function staticUrlPath(staticUrl: string): string | null {
  try {
    const absolute = /^https?:\/\//i.test(staticUrl) ? staticUrl : staticUrl.startsWith('//') ? `https:${staticUrl}` : null
    const path = absolute ? new URL(absolute).pathname : staticUrl
    return normalizePathPrefix(decodeURI(path))
  } catch {
    return null
  }
}
