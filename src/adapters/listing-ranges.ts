// Where to cut a long listing so its pages can be fetched at once. S3 lists keys in UTF-8 byte
// order and a ListObjectsV2 request may start after any key (StartAfter), so the key space can
// be split into contiguous ranges, each read from its own start, all at once. The cuts are keys
// this run is about to upload: the remote keys are mostly the same ones, so a range of a page's
// worth of local keys is about one page of remote keys.
import { compareCodePoints } from '../pylib/text.js'

/** Keys after `after`, up to and including `through` (null: to the end of the listing). */
export interface KeyRange {
  after: string
  through: string | null
}

/** At most this many ranges: each costs one request even when it turns out to be empty. */
const MAX_RANGES = 256

/**
 * Ranges covering the whole key space (the first starts at the beginning, `after: ''`), cut at
 * every `keysPerRange`-th local key: with the remote keys mostly the local ones, each range is
 * about one page. One open range when there are too few local keys to cut.
 */
export function splitKeySpace(localKeys: readonly string[], keysPerRange: number): KeyRange[] {
  const sorted = [...new Set(localKeys)].sort(compareKeys)
  const spacing = Math.max(keysPerRange, Math.ceil(sorted.length / MAX_RANGES), 1)
  const ranges: KeyRange[] = []
  let after = ''
  for (let index = spacing - 1; index < sorted.length - 1; index += spacing) {
    const through = sorted[index] as string
    ranges.push({ after, through })
    after = through
  }
  ranges.push({ after, through: null })
  return ranges
}

/** S3 lists keys in UTF-8 byte order, which is code point order: Python's str order. */
export const compareKeys = compareCodePoints
