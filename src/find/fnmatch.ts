// A port of CPython 3.11 `fnmatch.translate` / `fnmatchcase`, which Django uses for
// ignore patterns. Shell-glob libraries differ (they stop `*` at `/` and skip
// dotfiles), so the translation is reproduced step by step, on code points, and
// only the final regular expression is spelled in JavaScript syntax.

const STAR = Symbol('star')
type Piece = string | typeof STAR

const cache = new Map<string, RegExp>()

/** Python `fnmatch.fnmatchcase`: case-sensitive, the whole name must match. */
export function fnmatchcase(name: string, pattern: string): boolean {
  let compiled = cache.get(pattern)
  if (compiled === undefined) {
    // `u`: match code points like Python; `s`: `.` matches newlines (`(?s:...)`).
    compiled = new RegExp(`^(?:${translate(pattern)})$`, 'su')
    cache.set(pattern, compiled)
  }
  return compiled.test(name)
}

/** The JavaScript regular expression source equivalent to `fnmatch.translate(pattern)`. */
export function translate(pattern: string): string {
  return joinStars(toPieces(Array.from(pattern)))
}

/** First pass of `translate`: one regex piece per pattern token, consecutive `*` folded. */
function toPieces(pat: string[]): Piece[] {
  const pieces: Piece[] = []
  let i = 0
  const n = pat.length
  while (i < n) {
    const c = pat[i] as string
    i += 1
    if (c === '*') {
      if (pieces[pieces.length - 1] !== STAR) pieces.push(STAR)
    } else if (c === '?') {
      pieces.push('.')
    } else if (c === '[') {
      const end = findClassEnd(pat, i)
      if (end === -1) {
        pieces.push('\\[') // unclosed: a literal `[`
      } else {
        pieces.push(translateClass(pat, i, end))
        i = end + 1
      }
    } else {
      pieces.push(escapeLiteral(c))
    }
  }
  return pieces
}

/** Index of the `]` closing a class whose body starts at `start`, or -1 when unclosed. */
function findClassEnd(pat: string[], start: number): number {
  let j = start
  if (pat[j] === '!') j += 1
  if (pat[j] === ']') j += 1 // a `]` first in the class is literal
  while (j < pat.length && pat[j] !== ']') j += 1
  return j >= pat.length ? -1 : j
}

/** `[...]` with body pat[start:end]: Python's chunking, then its regex-class reading. */
function translateClass(pat: string[], start: number, end: number): string {
  const stuff = pythonClassBody(pat, start, end)
  if (stuff.length === 0) return '(?!)' // empty range: never matches
  if (stuff.length === 1 && stuff[0] === '!') return '.' // negated empty range: any character
  let body = stuff
  if (stuff[0] === '!') body = ['^', ...stuff.slice(1)]
  else if (stuff[0] === '^' || stuff[0] === '[') body = ['\\', ...stuff]
  return classToJs(body)
}

/**
 * The class body exactly as CPython writes it inside `[...]` (as code points):
 * backslashes doubled, hyphens that are not range operators escaped, empty ranges
 * removed, and `&`, `~`, `|` escaped.
 */
function pythonClassBody(pat: string[], start: number, end: number): string[] {
  const raw = pat.slice(start, end)
  let out: string[]
  if (!raw.includes('-')) {
    out = raw.flatMap((ch) => (ch === '\\' ? ['\\', '\\'] : [ch]))
  } else {
    const chunks = removeEmptyRanges(rangeChunks(pat, start, end))
    out = []
    chunks.forEach((chunk, index) => {
      if (index > 0) out.push('-')
      for (const ch of chunk) {
        if (ch === '\\' || ch === '-') out.push('\\')
        out.push(ch)
      }
    })
  }
  return out.flatMap((ch) => (ch === '&' || ch === '~' || ch === '|' ? ['\\', ch] : [ch]))
}

/** Split a class body at the hyphens that act as range operators. */
function rangeChunks(pat: string[], start: number, end: number): string[][] {
  const chunks: string[][] = []
  let i = start
  let k = pat[i] === '!' ? i + 2 : i + 1
  for (;;) {
    k = indexOfBetween(pat, '-', k, end)
    if (k < 0) break
    chunks.push(pat.slice(i, k))
    i = k + 1
    k += 3
  }
  const last = pat.slice(i, end)
  if (last.length > 0) chunks.push(last)
  else chunks[chunks.length - 1]?.push('-')
  return chunks
}

/** Merge chunks around ranges like `z-a` that would be invalid in a regex. */
function removeEmptyRanges(chunks: string[][]): string[][] {
  for (let k = chunks.length - 1; k > 0; k -= 1) {
    const left = chunks[k - 1] as string[]
    const right = chunks[k] as string[]
    if (codePoint(left[left.length - 1]) > codePoint(right[0])) {
      chunks[k - 1] = [...left.slice(0, -1), ...right.slice(1)]
      chunks.splice(k, 1)
    }
  }
  return chunks
}

/**
 * Read a Python regex class body the way `re._parser` does (a `]` first is literal,
 * `\x` is the literal x, `a-b` is a range) and write it as a JavaScript class.
 */
function classToJs(body: string[]): string {
  let i = 0
  const next = (): string | undefined => body[i++]
  const negate = body[0] === '^'
  if (negate) i = 1
  const items: string[] = []
  for (;;) {
    let atom = next()
    if (atom === undefined || (atom === ']' && items.length > 0)) break
    if (atom === '\\') atom = next() ?? '\\'
    if (body[i] === '-' && i + 1 < body.length) {
      i += 1
      let hi = next() as string
      if (hi === '\\') hi = next() ?? '\\'
      if (codePoint(hi) < codePoint(atom)) {
        throw new Error(`fnmatch: bad character range ${atom}-${hi}`)
      }
      items.push(`${escapeInClass(atom)}-${escapeInClass(hi)}`)
    } else {
      items.push(escapeInClass(atom))
    }
  }
  if (i < body.length) throw new Error(`fnmatch: unexpected ']' in class [${body.join('')}]`)
  return `[${negate ? '^' : ''}${items.join('')}]`
}

/** Second pass: `*fixed*` → an atomic lazy match; a trailing `*` → `.*`. */
function joinStars(pieces: Piece[]): string {
  let out = ''
  let i = 0
  const n = pieces.length
  while (i < n && pieces[i] !== STAR) out += pieces[i++] as string
  let group = 0
  while (i < n) {
    i += 1 // the STAR
    if (i === n) {
      out += '.*'
      break
    }
    let fixed = ''
    while (i < n && pieces[i] !== STAR) fixed += pieces[i++] as string
    if (i === n) {
      out += '.*' + fixed
    } else {
      // Python's `(?>.*?fixed)`: JavaScript has no atomic groups, but a lookahead
      // capture followed by a backreference behaves the same (no backtracking into it).
      group += 1
      out += `(?=(.*?${fixed}))\\${group}`
    }
  }
  return out
}

const SYNTAX = new Set(['\\', '^', '$', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/'])
const CLASS_SYNTAX = new Set(['\\', ']', '[', '^', '-'])

function escapeLiteral(ch: string): string {
  return SYNTAX.has(ch) ? '\\' + ch : ch
}

function escapeInClass(ch: string): string {
  return CLASS_SYNTAX.has(ch) ? '\\' + ch : ch
}

function codePoint(ch: string | undefined): number {
  return ch === undefined ? -1 : (ch.codePointAt(0) as number)
}

function indexOfBetween(arr: string[], value: string, from: number, to: number): number {
  for (let k = from; k < to; k += 1) if (arr[k] === value) return k
  return -1
}
