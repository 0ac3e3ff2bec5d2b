// Python `json.dumps` with default arguments, for strings, lists and dicts of them:
// separators ", " and ": ", ensure_ascii (lower-case \uXXXX, surrogate pairs).

// Dicts are Maps: a JS object would move integer-like keys (a file named `2024`) to the front.
export type PyJson = string | PyJson[] | Map<string, PyJson>

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f'
}

/** A JSON string literal as `json.dumps` writes it: everything outside ' '..'~' escaped. */
export function pyJsonString(text: string): string {
  let out = '"'
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    const unit = text.charCodeAt(i)
    const short = SHORT_ESCAPES[ch]
    if (short !== undefined) out += short
    // JS strings are UTF-16, so astral characters come out as the surrogate pair Python writes.
    else if (unit < 0x20 || unit > 0x7e) out += '\\u' + unit.toString(16).padStart(4, '0')
    else out += ch
  }
  return out + '"'
}

/** `json.dumps(value)` for nested lists/dicts of strings (dict keys in insertion order). */
export function pyJsonDumps(value: PyJson): string {
  if (typeof value === 'string') return pyJsonString(value)
  if (Array.isArray(value)) return '[' + value.map(pyJsonDumps).join(', ') + ']'
  const members = [...value].map(([key, item]) => `${pyJsonString(key)}: ${pyJsonDumps(item)}`)
  return '{' + members.join(', ') + '}'
}
