// S3 refuses keys over 1,024 bytes of UTF-8. Checked on the collected paths, before the listing
// or any upload, so one over-long name cannot leave half a deploy behind. With hashing on, every
// file is also stored under its hashed name, which is 13 bytes longer ('.' and 12 hex digits).
import { displayPath } from '../display-path.js'
import type { FoundFile, Problem } from '../model.js'

export const MAX_KEY_BYTES = 1024
const HASH_BYTES = 13
const SHOWN = 5

export function keyLengthProblems(files: readonly FoundFile[], prefix: string, hashing: boolean, projectRoot: string): Problem[] {
  const fixed = (prefix ? Buffer.byteLength(prefix) + 1 : 0) + (hashing ? HASH_BYTES : 0)
  const tooLong = files.filter((file) => fixed + Buffer.byteLength(file.path) > MAX_KEY_BYTES)
  const added = [prefix ? `the prefix '${prefix}/'` : '', hashing ? 'the 13 bytes of its hash' : ''].filter(Boolean).join(' and ')
  return tooLong.slice(0, SHOWN).map((file, index) => ({
    kind: 'upload' as const,
    severity: 'error' as const,
    message:
      `The S3 key for '${shorten(file.path)}' would be ${fixed + Buffer.byteLength(file.path)} bytes${added ? ` (with ${added})` : ''}` +
      `; S3 allows ${MAX_KEY_BYTES}. Shorten the file's path${prefix ? ' or the prefix input' : ''}, or add it to the \`ignore\` input.` +
      (index === SHOWN - 1 && tooLong.length > SHOWN ? ` (${tooLong.length - SHOWN} more files are too long as well.)` : ''),
    file: displayPath(file.absPath, projectRoot)
  }))
}

function shorten(text: string): string {
  return text.length <= 120 ? text : `${text.slice(0, 60)}…${text.slice(-59)}`
}

/**
 * A backslash is an ordinary character in a Linux file name, but not in a Django storage name:
 * django-storages' clean_name turns it into '/', so its collectstatic stores 'a\b.css' as the
 * key 'a/b.css', and HashedFilesMixin.clean_name writes 'a/b.<hash>.css' into the manifest. Kept
 * as it is, the key would not be the one the manifest names; translated, it could collide with a
 * real 'a/b.css'. Refused before the first request, naming the file.
 */
export function backslashProblems(files: readonly FoundFile[], projectRoot: string): Problem[] {
  const named = files.filter((file) => file.path.includes('\\'))
  return named.slice(0, SHOWN).map((file, index) => ({
    kind: 'upload' as const,
    severity: 'error' as const,
    message:
      `'${shorten(file.path)}' has a backslash in its name, which Django's storages read as a folder separator: django-storages ` +
      `would store it as '${shorten(file.path.replaceAll('\\', '/'))}' and the manifest would name that key. Rename the file ` +
      '(or add it to the `ignore` input).' +
      (index === SHOWN - 1 && named.length > SHOWN ? ` (${named.length - SHOWN} more files have one too.)` : ''),
    file: displayPath(file.absPath, projectRoot)
  }))
}
