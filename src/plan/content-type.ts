// Content-Type and Content-Encoding the way django-storages picks them: Python's
// `mimetypes.guess_type(key)` (3.11, reading Debian's /etc/mime.types as GitHub's runners do).
// The algorithm is ported exactly; the table is mime-db's (what `mime-types` answers, frozen in
// mime-db-types.ts) corrected where Python + Debian answer differently for files that end up in
// static folders.
import { splitext } from '../pylib/posixpath.js'
import { MIME_DB_TYPES } from './mime-db-types.js'

export const DEFAULT_CONTENT_TYPE = 'application/octet-stream'

export interface GuessedType {
  type: string | null
  encoding: string | null
}

// Python's suffix_map and encodings_map (encodings are matched case-sensitively).
const SUFFIX_MAP: Record<string, string> = {
  '.svgz': '.svg.gz',
  '.tgz': '.tar.gz',
  '.taz': '.tar.gz',
  '.tz': '.tar.gz',
  '.tbz2': '.tar.bz2',
  '.txz': '.tar.xz'
}
const ENCODINGS_MAP: Record<string, string> = { '.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br' }

// Where Python 3.11 + Debian's mime.types differ from mime-db (null: Python knows no type).
const PYTHON_TYPES: Record<string, string | null> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.cjs': null,
  '.map': null,
  '.xml': 'application/xml',
  '.scss': null,
  '.sass': null,
  '.less': null,
  '.styl': null,
  '.stylus': null,
  '.jsx': null,
  '.mdx': null,
  '.ts': 'text/vnd.trolltech.linguist',
  '.mts': 'model/vnd.mts',
  '.coffee': 'application/vnd.coffeescript',
  '.litcoffee': null,
  '.hbs': null,
  '.jade': null,
  '.slim': null,
  '.xsl': 'application/xslt+xml',
  '.xsd': null,
  '.rss': 'application/x-rss+xml',
  '.rst': 'text/prs.fallenstein.rst',
  '.yaml': null,
  '.yml': null,
  '.toml': null,
  '.json5': null,
  '.hjson': null,
  '.ini': null,
  '.conf': null,
  '.log': null,
  '.pot': 'text/plain',
  '.jfif': 'image/jpeg',
  '.dib': null,
  '.tga': null,
  '.dds': null,
  '.hdr': 'image/vnd.radiance',
  '.pfb': 'application/x-font',
  '.pfa': 'application/x-font',
  '.afm': null,
  '.zst': 'application/zstd',
  '.m4v': 'video/mp4',
  '.m4b': null,
  '.mp4a': null,
  '.weba': null,
  '.mka': null,
  '.f4v': null,
  '.3gp': 'audio/3gpp',
  '.3g2': 'audio/3gpp2',
  '.flac': 'audio/flac',
  '.wav': 'audio/x-wav',
  '.mid': 'audio/sp-midi',
  '.midi': null,
  '.kar': null,
  '.caf': null,
  '.amr': 'audio/AMR',
  '.m3u': 'audio/mpegurl',
  '.srt': 'text/plain',
  '.sub': null,
  '.ass': 'audio/aac',
  '.swf': 'application/vnd.adobe.flash.movie',
  '.fbx': null,
  '.3ds': null,
  '.blend': null,
  '.gpx': null,
  '.vcf': 'text/vcard',
  '.webapp': null,
  '.crx': null,
  '.msi': 'application/x-msi',
  '.dll': 'application/x-msdos-program',
  '.bat': 'application/x-msdos-program',
  '.com': 'application/x-msdos-program',
  '.sh': 'text/x-sh',
  '.py': 'text/x-python',
  '.pyc': 'application/x-python-code',
  '.pl': 'text/x-perl',
  '.rb': 'application/x-ruby',
  '.php': null,
  '.java': 'text/x-java',
  '.war': null,
  '.c': 'text/x-csrc',
  '.h': 'text/x-chdr',
  '.cpp': 'text/x-c++src',
  '.hpp': 'text/x-c++hdr',
  '.lua': null,
  '.sqlite': 'application/vnd.sqlite3',
  '.img': null,
  '.key': 'application/pgp-keys',
  '.pem': 'application/pem-certificate-chain',
  '.der': null,
  '.p12': 'application/pkcs12',
  '.pfx': 'application/pkcs12',
  '.p7b': null,
  '.pub': 'application/vnd.exstream-package',
  '.dot': 'text/vnd.graphviz',
  '.tex': 'text/x-tex',
  '.mobi': null,
  '.pkpass': null,
  '.lottie': null,
  '.ipynb': null
}

// Types whose bytes are text we serve as UTF-8 (Django's own static files and bundlers write UTF-8).
const CHARSET_TYPES = new Set(['application/javascript', 'application/json', 'image/svg+xml', 'application/xml'])

/** Python `mimetypes.guess_type(path)` (strict), with the Debian table. */
export function guessType(path: string): GuessedType {
  const { scheme, rest } = splitScheme(path)
  if (scheme === 'data') return { type: dataUrlType(rest), encoding: null }
  let [base, ext] = splitext(rest)
  for (let mapped = SUFFIX_MAP[ext.toLowerCase()]; mapped; mapped = SUFFIX_MAP[ext.toLowerCase()]) {
    ;[base, ext] = splitext(base + mapped)
  }
  let encoding: string | null = null
  const encodingName = ENCODINGS_MAP[ext]
  if (encodingName) {
    encoding = encodingName
    ;[base, ext] = splitext(base)
  }
  return { type: typeForExtension(ext.toLowerCase()), encoding }
}

/** Content-Type and Content-Encoding for a key, as sent: octet-stream when unknown, charset on text types. */
export function contentTypeFor(path: string): { contentType: string; contentEncoding?: string } {
  const { type, encoding } = guessType(path)
  const contentType = withCharset(type ?? DEFAULT_CONTENT_TYPE)
  return encoding ? { contentType, contentEncoding: encoding } : { contentType }
}

export function withCharset(type: string): string {
  const isText = type.startsWith('text/') || CHARSET_TYPES.has(type)
  return isText && !type.includes(';') ? `${type}; charset=utf-8` : type
}

/** `text/css; charset=utf-8` → `text/css` (for comparing with gzip-content-types). */
export function baseType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase()
}

/** `ext` is lower case with its dot ('.css'). */
function typeForExtension(ext: string): string | null {
  if (ext === '') return null
  if (ext in PYTHON_TYPES) return PYTHON_TYPES[ext] ?? null
  const name = ext.slice(1)
  return Object.hasOwn(MIME_DB_TYPES, name) ? (MIME_DB_TYPES[name] ?? null) : null
}

/** Python's urllib `_splittype`: a name like `x:y.css` loses `x:` before the extension is read. */
function splitScheme(path: string): { scheme: string | null; rest: string } {
  if (!path.includes(':')) return { scheme: null, rest: path }
  const match = /^([^/:]+):(.*)$/s.exec(path)
  return match ? { scheme: (match[1] ?? '').toLowerCase(), rest: match[2] ?? '' } : { scheme: null, rest: path }
}

/** guess_type's reading of a `data:` URL: the media type before `;`/`,`, else text/plain. */
function dataUrlType(rest: string): string | null {
  const comma = rest.indexOf(',')
  if (comma < 0) return null
  const semi = rest.slice(0, comma).indexOf(';')
  const type = rest.slice(0, semi >= 0 ? semi : comma)
  return type.includes('=') || !type.includes('/') ? 'text/plain' : type
}
