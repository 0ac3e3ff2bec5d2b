// One URL found in a CSS/JS file → its rewritten form (HashedFilesMixin.url_converter,
// _url, _stored_name and hashed_name with content=None, ported step by step).
import type { Destination } from './destination.js'
import { cleanName, hashedName, parseStoredName } from './hashed-name.js'
import { dirname, join, normpath } from '../pylib/posixpath.js'
import { quote, unquote, urldefrag, urljoin, urlsplit, urlunsplit } from '../pylib/urllib.js'

export interface ResolveContext {
  /** Effective STATIC_URL. */
  staticUrl: string
  /** Names hashed so far in this run: original path → hashed path. */
  table: ReadonlyMap<string, string>
  destination: Destination
  /** `//host/x` is never a path (Django 5.1+); before, with STATIC_URL '/', it was resolved like one. Default true. */
  leavesProtocolRelative?: boolean
}

export type Resolution =
  | { kind: 'leave' }
  | { kind: 'rewrite'; url: string }
  /** `missing` is the path Django looked up; `outside` when it is outside the static root. */
  | { kind: 'missing'; missing: string; outside: boolean }

class NotFound {
  constructor(
    readonly missing: string,
    readonly outside: boolean
  ) {}
}

/** Resolves `url` written in the adjustable file `name` (a destination path). */
export function resolveUrl(name: string, url: string, context: ResolveContext): Resolution {
  if (/^[a-z]+:/.test(url) || (url.startsWith('//') && context.leavesProtocolRelative !== false)) return { kind: 'leave' }
  if (url.startsWith('/') && !url.startsWith(context.staticUrl)) return { kind: 'leave' }
  const [urlPath, fragment] = urldefrag(url)
  if (!urlPath) return { kind: 'leave' }
  const target = urlPath.startsWith('/') ? removePrefix(urlPath, context.staticUrl) : join(dirname(name), urlPath)
  let hashedUrl: string
  try {
    hashedUrl = storageUrl(unquote(target), context)
  } catch (error) {
    if (error instanceof NotFound) return { kind: 'missing', missing: error.missing, outside: error.outside }
    throw error
  }
  let transformed = [...urlPath.split('/').slice(0, -1), ...hashedUrl.split('/').slice(-1)].join('/')
  if (fragment) transformed += (url.includes('?#') ? '?#' : '#') + fragment
  return { kind: 'rewrite', url: unquote(transformed) }
}

function removePrefix(text: string, prefix: string): string {
  return text.startsWith(prefix) ? text.slice(prefix.length) : text
}

/** HashedFilesMixin._url(force=True): the public URL of the hashed name, decoded. */
function storageUrl(name: string, context: ResolveContext): string {
  const [withoutFragment, fragment] = urldefrag(name)
  // A name ending in `/` is a directory: not hashed.
  const hashed = urlsplit(withoutFragment).path.endsWith('/') ? name : storedName(withoutFragment, context)
  let finalUrl = fileSystemUrl(hashed, context.staticUrl)
  const queryFragment = name.includes('?#')
  if (fragment || queryFragment) {
    const parts = urlsplit(finalUrl)
    if (fragment && !parts.fragment) parts.fragment = fragment
    if (queryFragment && !parts.query) parts.path += '?'
    finalUrl = urlunsplit(parts)
  }
  return unquote(finalUrl)
}

/** FileSystemStorage.url: STATIC_URL joined with the quoted name. */
function fileSystemUrl(name: string, staticUrl: string): string {
  const base = staticUrl.endsWith('/') ? staticUrl : staticUrl + '/'
  return urljoin(base, quote(name, "/~!*()'").replace(/^\/+/, ''))
}

/** HashedFilesMixin._stored_name: from the table, else from the destination copy. */
function storedName(name: string, context: ResolveContext): string {
  const normal = normpath(name)
  return context.table.get(cleanName(normal)) ?? cleanName(hashedNameFromDestination(normal, context.destination))
}

/** HashedFilesMixin.hashed_name(name) without content: hash the destination copy. */
function hashedNameFromDestination(name: string, destination: Destination): string {
  const { filePath } = parseStoredName(name)
  const found = destination.lookup(filePath)
  switch (found.kind) {
    case 'outside':
      throw new NotFound(filePath, true)
    case 'missing':
      throw new NotFound(filePath, false)
    case 'dir':
      return name
    case 'file':
      return hashedName(name, found.md5)
  }
}
