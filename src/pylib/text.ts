// Python string semantics that JavaScript spells differently: what counts as
// whitespace (`str.isspace`, `\s` in `re`), `str.strip()`, `\w`, IGNORECASE on
// letters, and `sorted()` order (code points, not UTF-16 units).

/** Body of a regex character class equal to Python's Unicode `\s` / `str.isspace()`. */
export const PY_SPACE_CLASS = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'

/** Python's Unicode `\s` as a JS (u-flag) regex fragment. */
export const PY_S = `[${PY_SPACE_CLASS}]`

/** Python's Unicode `\w` (alphanumerics and `_`) as a JS (u-flag) regex fragment. */
export const PY_W = '[\\p{L}\\p{N}_]'

const PY_SPACE_RUN_START = new RegExp(`^${PY_S}+`, 'u')
const PY_SPACE_RUN_END = new RegExp(`${PY_S}+$`, 'u')

/** Python `str.strip()` with no argument (JS `trim()` also strips U+FEFF and keeps U+001C–U+001F). */
export function pyStrip(text: string): string {
  return text.replace(PY_SPACE_RUN_START, '').replace(PY_SPACE_RUN_END, '')
}

// Under re.IGNORECASE Python also matches these non-ASCII letters (checked on 3.11).
const EXTRA_CASE_FORMS: Record<string, string> = { i: '\u0130\u0131', s: '\u017f', k: '\u212a' }

/** A regex fragment matching `word` the way Python's re.IGNORECASE does. */
export function caseless(word: string): string {
  let out = ''
  for (const ch of word) {
    const lower = ch.toLowerCase()
    if (lower === ch.toUpperCase()) {
      out += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
      continue
    }
    out += `[${lower}${ch.toUpperCase()}${EXTRA_CASE_FORMS[lower] ?? ''}]`
  }
  return out
}

/** Orders UTF-16 units so that comparing them gives code point order. */
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000
  if (unit >= 0xe000) return unit - 0x800
  return unit
}

/** Comparator giving Python's `sorted()` order for str (by code point). */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) return codePointRank(x) - codePointRank(y)
  }
  return a.length - b.length
}
