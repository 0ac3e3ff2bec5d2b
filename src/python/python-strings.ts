// Python string literals: prefixes, quotes and backslash escapes, as the tokenizer reads them.

export interface LiteralParts {
  prefix: string
  raw: boolean
  bytes: boolean
  format: boolean
  /** Offsets of the body (between the quotes) inside the literal's text. */
  bodyStart: number
  bodyEnd: number
}

/** Splits `rb'''x'''` into prefix, quotes and body; null when it is not a complete literal. */
export function literalParts(text: string): LiteralParts | null {
  const match = /^([A-Za-z]{0,2})('''|"""|'|")/.exec(text)
  if (!match) return null
  const prefix = (match[1] ?? '').toLowerCase()
  const quote = match[2] ?? ''
  if (!text.endsWith(quote) || text.length < prefix.length + quote.length * 2) return null
  return {
    prefix,
    raw: prefix.includes('r'),
    bytes: prefix.includes('b'),
    format: prefix.includes('f'),
    bodyStart: prefix.length + quote.length,
    bodyEnd: text.length - quote.length
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v'
}

/** Applies Python's backslash escapes; unknown escapes keep their backslash, as Python does. */
export function unescape(body: string): string {
  let out = ''
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string
    if (ch !== '\\' || i + 1 >= body.length) {
      out += ch
      continue
    }
    const [text, used] = escapeAt(body, i + 1)
    out += text
    i += used
  }
  return out
}

/** The text of the escape whose letter is at `at`, and how many characters it used. */
function escapeAt(body: string, at: number): [string, number] {
  const next = body[at] as string
  if (next === '\r') return ['', body[at + 1] === '\n' ? 2 : 1]
  if (next in SIMPLE_ESCAPES) return [SIMPLE_ESCAPES[next] as string, 1]
  const octal = /^[0-7]{1,3}/.exec(body.slice(at))
  if (octal) return [String.fromCodePoint(parseInt(octal[0], 8)), octal[0].length]
  const widths: Record<string, number> = { x: 2, u: 4, U: 8 }
  const width = widths[next]
  if (width !== undefined) {
    const hex = body.slice(at + 1, at + 1 + width)
    if (new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) return [String.fromCodePoint(parseInt(hex, 16)), width + 1]
  }
  return [`\\${next}`, 1]
}

/** Value of a plain (not f-) string literal. */
export function decodeLiteral(text: string): string | null {
  const parts = literalParts(text)
  if (!parts || parts.format) return null
  const body = text.slice(parts.bodyStart, parts.bodyEnd)
  return parts.raw ? body : unescape(body)
}

/** A literal piece of an f-string: escapes, then `{{`/`}}` → `{`/`}`. */
export function decodeFormatPiece(piece: string, raw: boolean): string {
  const text = raw ? piece : unescape(piece)
  return text.replace(/\{\{/g, '{').replace(/\}\}/g, '}')
}
