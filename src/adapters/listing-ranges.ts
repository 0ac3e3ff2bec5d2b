// Where to cut a long listing so its pages can be fetched at once. S3 lists keys in UTF-8 byte
// order and a ListObjectsV2 request may start after any key (StartAfter), so the key space after
// the first page can be split into contiguous ranges, each read from its own start. The cuts are
// keys this run is about to upload: the remote keys are mostly the same ones, so a range of as
// many local keys as the first page held is about one page of remote keys.
import { compareCodePoints } from '../pylib/text.js'

/** Keys after `after`, up to and including `through` (null: to the end of the listing). */
export interface KeyRange {
  after: string
  through: string | null
}

/** At most this many ranges: each costs one request even when it turns out to be empty. */
const MAX_RANGES = 256
/** Local keys per range when the first page held none of them (a bucket full of other keys). */
const FALLBACK_SPACING = 1000

/**
 * Ranges covering every key after `firstPageLast`, cut at local keys. `firstPageSize` remote keys
 * came before it; the local keys among them say how many local keys one page of remote keys spans.
 */
export function splitKeySpace(firstPageLast: string, firstPageSize: number, localKeys: readonly string[]): KeyRange[] {
  const sorted = [...new Set(localKeys)].sort(compareKeys)
  const firstAfter = sorted.findIndex((key) => compareKeys(key, firstPageLast) > 0)
  if (firstAfter === -1) return [{ after: firstPageLast, through: null }]
  const perPage = firstAfter > 0 && firstPageSize > 0 ? firstAfter : FALLBACK_SPACING
  const remaining = sorted.length - firstAfter
  const spacing = Math.max(perPage, Math.ceil(remaining / MAX_RANGES))
  const ranges: KeyRange[] = []
  let after = firstPageLast
  for (let index = firstAfter + spacing - 1; index < sorted.length - 1; index += spacing) {
    const through = sorted[index] as string
    ranges.push({ after, through })
    after = through
  }
  ranges.push({ after, through: null })
  return ranges
}

/** S3 lists keys in UTF-8 byte order, which is code point order: Python's str order. */
export const compareKeys = compareCodePoints
