// Python's strict UTF-8 decoder error, so a failure reads like Django's
// `UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 25: invalid continuation byte`.

export interface Utf8Problem {
  start: number
  /** Exclusive end of the bytes Python reports. */
  end: number
  reason: 'invalid start byte' | 'invalid continuation byte' | 'unexpected end of data'
}

/** Continuation bytes a lead byte needs, and the allowed range of the first one; null for a bad lead. */
function leadRule(lead: number): { count: number; low: number; high: number } | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { count: 1, low: 0x80, high: 0xbf }
  if (lead === 0xe0) return { count: 2, low: 0xa0, high: 0xbf }
  if (lead === 0xed) return { count: 2, low: 0x80, high: 0x9f }
  if (lead >= 0xe1 && lead <= 0xef) return { count: 2, low: 0x80, high: 0xbf }
  if (lead === 0xf0) return { count: 3, low: 0x90, high: 0xbf }
  if (lead === 0xf4) return { count: 3, low: 0x80, high: 0x8f }
  if (lead >= 0xf1 && lead <= 0xf3) return { count: 3, low: 0x80, high: 0xbf }
  return null
}

/** The first decoding error CPython reports for `data`, or null when it is valid UTF-8. */
export function findUtf8Problem(data: Uint8Array): Utf8Problem | null {
  let i = 0
  while (i < data.length) {
    const lead = data[i]!
    if (lead < 0x80) {
      i++
      continue
    }
    const rule = leadRule(lead)
    if (rule === null) return { start: i, end: i + 1, reason: 'invalid start byte' }
    for (let k = 1; k <= rule.count; k++) {
      if (i + k >= data.length) return { start: i, end: data.length, reason: 'unexpected end of data' }
      const byte = data[i + k]!
      const [low, high] = k === 1 ? [rule.low, rule.high] : [0x80, 0xbf]
      if (byte < low || byte > high) return { start: i, end: i + k, reason: 'invalid continuation byte' }
    }
    i += rule.count + 1
  }
  return null
}

/** Python's `str(UnicodeDecodeError)` text for a problem found in `data`. */
export function describeUtf8Problem(data: Uint8Array, problem: Utf8Problem): string {
  const where =
    problem.end - problem.start === 1
      ? `byte 0x${data[problem.start]!.toString(16).padStart(2, '0')} in position ${problem.start}`
      : `bytes in position ${problem.start}-${problem.end - 1}`
  return `'utf-8' codec can't decode ${where}: ${problem.reason}`
}
