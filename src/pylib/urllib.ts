// Ports of the CPython 3.11 `urllib.parse` functions Django's hashing storage uses,
// including their quirks (scheme lower-casing, dropped empty `?`, `;params`).

export interface SplitResult {
  scheme: string
  netloc: string
  path: string
  query: string
  fragment: string
}

export interface ParseResult extends SplitResult {
  params: string
}

const USES_RELATIVE = new Set([
  '',
  'ftp',
  'http',
  'gopher',
  'nntp',
  'imap',
  'wais',
  'file',
  'https',
  'shttp',
  'mms',
  'prospero',
  'rtsp',
  'rtsps',
  'rtspu',
  'sftp',
  'svn',
  'svn+ssh',
  'ws',
  'wss'
])
const USES_NETLOC = new Set([
  '',
  'ftp',
  'http',
  'gopher',
  'nntp',
  'telnet',
  'imap',
  'wais',
  'file',
  'mms',
  'https',
  'shttp',
  'snews',
  'prospero',
  'rtsp',
  'rtsps',
  'rtspu',
  'rsync',
  'svn',
  'svn+ssh',
  'sftp',
  'nfs',
  'git',
  'git+ssh',
  'ws',
  'wss'
])
const USES_PARAMS = new Set([
  '',
  'ftp',
  'hdl',
  'prospero',
  'http',
  'imap',
  'https',
  'shttp',
  'rtsp',
  'rtsps',
  'rtspu',
  'sip',
  'sips',
  'mms',
  'sftp',
  'tel'
])
const SCHEME_CHARS = /^[A-Za-z0-9+\-.]+$/

/** Splits at the first of `/?#` after `start` (CPython `_splitnetloc`). */
function splitNetloc(url: string, start: number): [string, string] {
  let end = url.length
  for (const delimiter of '/?#') {
    const at = url.indexOf(delimiter, start)
    if (at >= 0) end = Math.min(end, at)
  }
  return [url.slice(start, end), url.slice(end)]
}

/** `urllib.parse.urlsplit` (IPv6 bracket validation and netloc NFKC checks left out). */
export function urlsplit(input: string, defaultScheme = ''): SplitResult {
  let url = input.replace(/^[\x00-\x20]+/, '').replace(/[\t\r\n]/g, '')
  let scheme = defaultScheme
  let netloc = ''
  let query = ''
  let fragment = ''
  const colon = url.indexOf(':')
  if (colon > 0 && /^[A-Za-z]/.test(url) && SCHEME_CHARS.test(url.slice(0, colon))) {
    scheme = url.slice(0, colon).toLowerCase()
    url = url.slice(colon + 1)
  }
  if (url.startsWith('//')) [netloc, url] = splitNetloc(url, 2)
  const hash = url.indexOf('#')
  if (hash >= 0) [url, fragment] = [url.slice(0, hash), url.slice(hash + 1)]
  const question = url.indexOf('?')
  if (question >= 0) [url, query] = [url.slice(0, question), url.slice(question + 1)]
  return { scheme, netloc, path: url, query, fragment }
}

/** `urllib.parse.urlunsplit`. */
export function urlunsplit(parts: SplitResult): string {
  let url = parts.path
  if (parts.netloc || (parts.scheme && USES_NETLOC.has(parts.scheme) && !url.startsWith('//'))) {
    if (url && !url.startsWith('/')) url = '/' + url
    url = '//' + parts.netloc + url
  }
  if (parts.scheme) url = parts.scheme + ':' + url
  if (parts.query) url += '?' + parts.query
  if (parts.fragment) url += '#' + parts.fragment
  return url
}

/** `urllib.parse.urlparse`: urlsplit plus `;params` of the last path segment. */
export function urlparse(url: string, defaultScheme = ''): ParseResult {
  const split = urlsplit(url, defaultScheme)
  let params = ''
  if (USES_PARAMS.has(split.scheme) && split.path.includes(';')) {
    const path = split.path
    const at = path.includes('/') ? path.indexOf(';', path.lastIndexOf('/')) : path.indexOf(';')
    if (at >= 0) {
      split.path = path.slice(0, at)
      params = path.slice(at + 1)
    }
  }
  return { ...split, params }
}

/** `urllib.parse.urlunparse`. */
export function urlunparse(parts: ParseResult): string {
  const path = parts.params ? `${parts.path};${parts.params}` : parts.path
  return urlunsplit({ ...parts, path })
}

/** `urllib.parse.urldefrag`: [url without fragment, fragment]; re-serialised only when a `#` is present. */
export function urldefrag(url: string): [string, string] {
  if (!url.includes('#')) return [url, '']
  const parsed = urlparse(url)
  return [urlunparse({ ...parsed, fragment: '' }), parsed.fragment]
}

/** `urllib.parse.urljoin` (RFC 3986 resolution as CPython does it). */
export function urljoin(base: string, url: string): string {
  if (!base) return url
  if (!url) return base
  const b = urlparse(base)
  const r = urlparse(url, b.scheme)
  if (r.scheme !== b.scheme || !USES_RELATIVE.has(r.scheme)) return url
  let netloc = r.netloc
  if (USES_NETLOC.has(r.scheme)) {
    if (netloc) return urlunparse(r)
    netloc = b.netloc
  }
  if (!r.path && !r.params) {
    return urlunparse({ ...r, netloc, path: b.path, params: b.params, query: r.query || b.query })
  }
  const baseParts = b.path.split('/')
  if (baseParts.at(-1) !== '') baseParts.pop()
  let segments: string[]
  if (r.path.startsWith('/')) {
    segments = r.path.split('/')
  } else {
    segments = [...baseParts, ...r.path.split('/')]
    if (segments.length > 2) {
      segments = [segments[0]!, ...segments.slice(1, -1).filter(Boolean), segments.at(-1)!]
    }
  }
  const resolved: string[] = []
  for (const segment of segments) {
    if (segment === '..') resolved.pop()
    else if (segment !== '.') resolved.push(segment)
  }
  const last = segments.at(-1)
  if (last === '.' || last === '..') resolved.push('')
  return urlunparse({ ...r, netloc, path: resolved.join('/') || '/' })
}

const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true })
const utf8Encoder = new TextEncoder()
const HEX_PAIR = /^[0-9A-Fa-f]{2}/

/** `urllib.parse.unquote_to_bytes` of an ASCII string. */
function unquoteAsciiToBytes(text: string): Uint8Array {
  const [first, ...rest] = text.split('%')
  const bytes: number[] = [...Buffer.from(first ?? '', 'latin1')]
  for (const item of rest) {
    if (HEX_PAIR.test(item)) {
      bytes.push(parseInt(item.slice(0, 2), 16))
      bytes.push(...Buffer.from(item.slice(2), 'latin1'))
    } else {
      bytes.push(0x25, ...Buffer.from(item, 'latin1'))
    }
  }
  return Uint8Array.from(bytes)
}

/** `urllib.parse.unquote`: %XX in ASCII runs decoded as UTF-8 with U+FFFD for bad bytes. */
export function unquote(text: string): string {
  if (!text.includes('%')) return text
  return text.replace(/[\x00-\x7f]+/g, (ascii) => (ascii.includes('%') ? utf8Decoder.decode(unquoteAsciiToBytes(ascii)) : ascii))
}

const ALWAYS_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~'

const safeBytesCache = new Map<string, Set<number>>()

/** `urllib.parse.quote`: UTF-8 bytes, everything but letters, digits, `_.-~` and `safe` as `%XX`. */
export function quote(text: string, safe = '/'): string {
  let keep = safeBytesCache.get(safe)
  if (keep === undefined) {
    keep = new Set([...ALWAYS_SAFE, ...safe].map((ch) => ch.charCodeAt(0)))
    safeBytesCache.set(safe, keep)
  }
  let out = ''
  for (const byte of utf8Encoder.encode(text)) {
    out += keep.has(byte) ? String.fromCharCode(byte) : '%' + byte.toString(16).toUpperCase().padStart(2, '0')
  }
  return out
}
