// File names that are not valid UTF-8. Python (and so Django) reads them with the file system
// encoding's `surrogateescape` handler: each byte that does not decode becomes U+DC80..U+DCFF,
// which JavaScript strings can hold too, so ignore patterns match them exactly as Django's do.
//
// What Django does with such a file on Linux (checked with Python 3: os.listdir gives
// 'caf\udce9.css'): FileSystemStorage copies it into STATIC_ROOT under the same bytes, but its S3
// key cannot be formed: S3 keys are UTF-8, and botocore's `key.encode('utf-8')` fails with
// "UnicodeEncodeError: surrogates not allowed", so django-storages' collectstatic stops on it.
// Node cannot open a file by such a name through a string path, so this action stops too, before
// anything is sent or written, naming the file and the fix, unless an ignore pattern skips it.
import { readdirSync, statSync } from 'node:fs'

export interface UndecodableName {
  /** The name as Python sees it (surrogate escapes), for ignore patterns. */
  pythonName: string
  /** Readable: valid characters as they are, undecodable bytes as \xNN. */
  shown: string
  /** Python's `DirEntry.is_dir()` (follows symlinks). */
  isDirectory: boolean
}

/** Names in `dir` that are not valid UTF-8; only called when a listing shows U+FFFD. */
export function undecodableNames(dir: string): Map<string, UndecodableName[]> {
  const byLossyName = new Map<string, UndecodableName[]>()
  for (const raw of readdirSync(dir, { encoding: 'buffer' })) {
    const lossy = raw.toString('utf8')
    if (Buffer.from(lossy, 'utf8').equals(raw)) continue
    const entry = { pythonName: surrogateEscape(raw), shown: escapedName(raw), isDirectory: isDirectoryBytes(dir, raw) }
    byLossyName.set(lossy, [...(byLossyName.get(lossy) ?? []), entry])
  }
  return byLossyName
}

function isDirectoryBytes(dir: string, name: Buffer): boolean {
  try {
    return statSync(Buffer.concat([Buffer.from(dir.endsWith('/') ? dir : `${dir}/`), name])).isDirectory()
  } catch {
    return false
  }
}

/** Python's `bytes.decode('utf-8', 'surrogateescape')`. */
export function surrogateEscape(bytes: Uint8Array): string {
  return decode(bytes, (byte) => String.fromCharCode(0xdc00 + byte))
}

export function escapedName(bytes: Uint8Array): string {
  return decode(bytes, (byte) => `\\x${byte.toString(16).padStart(2, '0')}`)
}

function decode(bytes: Uint8Array, invalid: (byte: number) => string): string {
  let out = ''
  let at = 0
  while (at < bytes.length) {
    const length = sequenceLength(bytes, at)
    if (length === 0) {
      out += invalid(bytes[at] as number)
      at += 1
    } else {
      out += Buffer.from(bytes.subarray(at, at + length)).toString('utf8')
      at += length
    }
  }
  return out
}

/** Length of the well-formed UTF-8 sequence at `at` (RFC 3629: no overlongs, no surrogates), or 0. */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const first = bytes[at] as number
  if (first < 0x80) return 1
  const cont = (offset: number, low = 0x80, high = 0xbf) => {
    const byte = bytes[at + offset]
    return byte !== undefined && byte >= low && byte <= high
  }
  if (first >= 0xc2 && first <= 0xdf) return cont(1) ? 2 : 0
  if (first >= 0xe0 && first <= 0xef) {
    const [low, high] = first === 0xe0 ? [0xa0, 0xbf] : first === 0xed ? [0x80, 0x9f] : [0x80, 0xbf]
    return cont(1, low, high) && cont(2) ? 3 : 0
  }
  if (first >= 0xf0 && first <= 0xf4) {
    const [low, high] = first === 0xf0 ? [0x90, 0xbf] : first === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf]
    return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0
  }
  return 0
}
