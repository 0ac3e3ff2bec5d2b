// Python's meaning of truth, str(), repr() and ==, for the values the evaluator models.
// Helpers get known values; the evaluator deals with Unknown operands before calling them.
import { NotEvaluable, UnknownArg } from './signals.js'
import { isObject, sequenceItems, typeName, type PyValue } from './values.js'

export function truthy(value: PyValue): boolean {
  if (value === null) return false
  if (typeof value === 'string') return value.length > 0
  if (typeof value === 'number') return value !== 0
  if (typeof value === 'boolean') return value
  if (value.kind === 'list' || value.kind === 'tuple') return value.items.length > 0
  if (value.kind === 'dict') return value.entries.size > 0
  return true
}

export function pyStr(value: PyValue): string {
  if (typeof value === 'string') return value
  if (isObject(value) && value.kind === 'path') return value.path
  return pyRepr(value)
}

export function pyRepr(value: PyValue): string {
  if (value === null) return 'None'
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  if (typeof value === 'number') return numberRepr(value)
  if (typeof value === 'string') return stringRepr(value)
  switch (value.kind) {
    case 'list':
      return `[${value.items.map(pyRepr).join(', ')}]`
    case 'tuple':
      return value.items.length === 1 ? `(${pyRepr(value.items[0] ?? null)},)` : `(${value.items.map(pyRepr).join(', ')})`
    case 'dict':
      return `{${[...value.entries].map(([key, item]) => `${pyRepr(key)}: ${pyRepr(item)}`).join(', ')}}`
    case 'path':
      return value.style === 'environ' ? `<Path:${value.path}>` : `PosixPath(${stringRepr(value.path)})`
    case 'unknown':
      throw new UnknownArg(value)
    default:
      throw new NotEvaluable(`the text of a ${typeName(value)} value is not known`)
  }
}

function numberRepr(value: number): string {
  if (Number.isInteger(value)) return String(value)
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf'
  return String(value)
}

/** Python's repr of a str: single quotes unless the text has one and no double quote. */
function stringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'"
  const escaped = text.replace(/[\\\n\r\t]/g, (ch) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[ch] ?? ch)
  return quote + (quote === "'" ? escaped.replace(/'/g, "\\'") : escaped) + quote
}

export function pyEquals(a: PyValue, b: PyValue): boolean {
  if (!isObject(a) || !isObject(b)) {
    if (isObject(a) || isObject(b)) return false
    return a === b || (typeof a !== 'string' && typeof b !== 'string' && a !== null && b !== null && Number(a) === Number(b))
  }
  const itemsA = sequenceItems(a)
  const itemsB = sequenceItems(b)
  if (itemsA && itemsB) {
    return a.kind === b.kind && itemsA.length === itemsB.length && itemsA.every((item, i) => pyEquals(item, itemsB[i] ?? null))
  }
  if (a.kind === 'dict' && b.kind === 'dict') {
    if (a.entries.size !== b.entries.size) return false
    return [...a.entries].every(([key, item]) => b.entries.has(key) && pyEquals(item, b.entries.get(key) ?? null))
  }
  if (a.kind === 'path' && b.kind === 'path') return a.path === b.path
  if (a.kind === 'extern' && b.kind === 'extern') return a.name === b.name
  if (a === b) return true
  throw new NotEvaluable(`cannot compare ${typeName(a)} and ${typeName(b)}`)
}

/** `<`, `<=`, `>`, `>=` for numbers and strings. */
export function pyOrder(op: string, a: PyValue, b: PyValue): boolean {
  const bothText = typeof a === 'string' && typeof b === 'string'
  const bothNumbers = isNumeric(a) && isNumeric(b)
  if (!bothText && !bothNumbers) throw new NotEvaluable(`cannot order ${typeName(a)} and ${typeName(b)}`)
  const x = bothText ? (a as string) : Number(a)
  const y = bothText ? (b as string) : Number(b)
  if (op === '<') return x < y
  if (op === '<=') return x <= y
  if (op === '>') return x > y
  return x >= y
}

export function isNumeric(value: PyValue): value is number | boolean {
  return typeof value === 'number' || typeof value === 'boolean'
}

/** Python's `is`: the same singleton, number, string or object. */
export function pyIs(a: PyValue, b: PyValue): boolean {
  return a === b
}
