// Step outputs for later steps of the job: which keys changed, the manifest's key, where the
// files are served, and the CDN invalidation.
import type { Report } from './report.js'

/** changed-keys stays below this many characters of JSON (GitHub keeps a job's outputs to 1 MB in all). */
export const CHANGED_KEYS_MAX_CHARS = 65_536

export function deployOutputs(report: Report): Record<string, string> {
  const key = (path: string) => (report.keyPrefix ? `${report.keyPrefix}/${path}` : path)
  const changed = report.files
    .filter((file) => file.action === 'upload' || file.action === 'delete')
    .map((file) => key(file.path))
  const { json, truncated } = jsonArrayWithin(changed, CHANGED_KEYS_MAX_CHARS)
  const manifest = report.files.find((file) => file.role === 'manifest' && file.action === 'upload')
  return {
    'changed-keys': json,
    'changed-keys-truncated': String(truncated),
    'manifest-key': manifest ? key(manifest.path) : '',
    'static-url': report.publicStaticUrl ?? '',
    'invalidation-id': report.invalidation?.id ?? '',
    'invalidated-paths': JSON.stringify(
      report.invalidation?.error ? [] : (report.invalidation?.paths.map((path) => path.path) ?? [])
    )
  }
}

/** The longest prefix of `items` whose JSON array fits in `maxChars`. */
export function jsonArrayWithin(items: readonly string[], maxChars: number): { json: string; truncated: boolean } {
  let length = 2
  let count = 0
  for (const item of items) {
    const added = JSON.stringify(item).length + (count > 0 ? 1 : 0)
    if (length + added > maxChars) break
    length += added
    count++
  }
  return { json: JSON.stringify(items.slice(0, count)), truncated: count < items.length }
}
