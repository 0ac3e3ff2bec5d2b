// Django's HashedFilesMixin.hashed_name naming rule: the name is percent-decoded
// and parsed as a URL first, so `%20`, `#` and `?` in file names are mangled the
// way Django mangles them.
import { createHash } from 'node:crypto'
import { join, split, splitext } from '../pylib/posixpath.js'
import { pyStrip } from '../pylib/text.js'
import { unquote, urlsplit, urlunsplit, type SplitResult } from '../pylib/urllib.js'

/** Hex MD5 of some bytes. */
export function md5Hex(data: Uint8Array): string {
  return createHash('md5').update(data).digest('hex')
}

/** HashedFilesMixin.clean_name: backslashes become slashes (matters only for names that contain them). */
export function cleanName(name: string): string {
  return name.replaceAll('\\', '/')
}

/** The URL parts of `name` and the file path Django looks up for it (`urlsplit(unquote(name)).path.strip()`). */
export function parseStoredName(name: string): { parsed: SplitResult; filePath: string } {
  const parsed = urlsplit(unquote(name))
  return { parsed, filePath: pyStrip(parsed.path) }
}

/**
 * The hashed name of `name` given the MD5 (hex, any length ≥ 12) of its content:
 * `dir/base.<first 12>.ext`, re-attaching query/fragment, plus `?` for the `?#` font hack.
 */
export function hashedName(name: string, md5: string): string {
  const { parsed, filePath } = parseStoredName(name)
  const [directory, fileName] = split(filePath)
  const [root, extension] = splitext(fileName)
  let path = join(directory, `${root}.${md5.slice(0, 12)}${extension}`)
  if (name.includes('?#') && !parsed.query) path += '?'
  return urlunsplit({ ...parsed, path })
}
