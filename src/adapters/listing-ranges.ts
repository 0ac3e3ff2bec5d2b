// Where to cut a long listing so its pages can be fetched at once. S3 lists keys in UTF-8 byte
// order and a ListObjectsV2 request may start after any key (StartAfter), so the key space after
// the first page can be split into contiguous ranges, each read from its own start. The cuts are
// keys this run is about to upload: the remote keys are mostly the same ones, so a range of as
// many local keys as the first page held is about one page of remote keys.

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

/**
 * UTF-8 byte order without encoding: it is code point order, which differs from JavaScript's
 * UTF-16 order only where a surrogate meets a unit in U+E000–U+FFFF.
 */
export function compareKeys(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) return codePointRank(x) - codePointRank(y)
  }
  return a.length - b.length
}

function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000
  if (unit >= 0xe000) return unit - 0x800
  return unit
}
