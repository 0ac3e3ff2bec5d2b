// staticfiles.json exactly as ManifestFilesMixin.save_manifest writes it.
import { md5Hex } from './hashed-name.js'
import { pyJsonDumps, type PyJson } from '../pylib/json.js'
import { compareCodePoints } from '../pylib/text.js'

export const MANIFEST_VERSION = '1.1'

/** First 12 hex of the MD5 of `json.dumps(sorted(paths.items()))`. */
export function manifestHash(paths: ReadonlyMap<string, string>): string {
  const pairs = [...paths].sort(([a], [b]) => compareCodePoints(a, b))
  return md5Hex(Buffer.from(pyJsonDumps(pairs), 'utf8')).slice(0, 12)
}

/** `json.dumps({"paths": ..., "version": "1.1", "hash": ...})`, keys of `paths` in map order. */
export function manifestBody(paths: ReadonlyMap<string, string>): Buffer {
  const payload: PyJson = new Map<string, PyJson>([
    ['paths', new Map(paths)],
    ['version', MANIFEST_VERSION],
    ['hash', manifestHash(paths)]
  ])
  return Buffer.from(pyJsonDumps(payload), 'utf8')
}
