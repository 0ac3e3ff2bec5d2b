// Arithmetic and container operators on known values: `+` joins lists and strings, `/`
// joins pathlib paths, `-` walks up an environ.Path, `%` formats strings.
import { abspath, pathlibJoin, posixJoin } from './paths.js'
import { isNumeric, pyStr } from './semantics.js'
import { NotEvaluable } from './signals.js'
import { dict, isObject, list, sequenceItems, tuple, typeName, type PyPath, type PyValue } from './values.js'

export function binaryOp(op: string, a: PyValue, b: PyValue, cwd: string): PyValue {
  if (isNumeric(a) && isNumeric(b)) return numberOp(op, Number(a), Number(b))
  switch (op) {
    case '+':
      return plus(a, b)
    case '*':
      return repeat(a, b)
    case '/':
      return slash(a, b)
    case '-':
      return minus(a, b, cwd)
    case '%':
      if (typeof a === 'string') return percentFormat(a, b)
      break
    case '|':
      if (isObject(a) && a.kind === 'dict' && isObject(b) && b.kind === 'dict') return dict([...a.entries, ...b.entries])
      break
  }
  throw new NotEvaluable(`unsupported operand types for ${op}: ${typeName(a)} and ${typeName(b)}`)
}

function numberOp(op: string, x: number, y: number): number {
  const divides = op === '/' || op === '//' || op === '%'
  if (divides && y === 0) throw new NotEvaluable('division by zero')
  switch (op) {
    case '+':
      return x + y
    case '-':
      return x - y
    case '*':
      return x * y
    case '/':
      return x / y
    case '//':
      return Math.floor(x / y)
    case '%':
      return x - y * Math.floor(x / y)
    case '**':
      return x ** y
    case '|':
      return x | y
    case '&':
      return x & y
    case '^':
      return x ^ y
    case '<<':
      return x << y
    case '>>':
      return x >> y
  }
  throw new NotEvaluable(`unsupported number operator ${op}`)
}

function plus(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'string' && typeof b === 'string') return a + b
  if (isObject(a) && isObject(b) && a.kind === b.kind && (a.kind === 'list' || a.kind === 'tuple')) {
    const items = [...(sequenceItems(a) ?? []), ...(sequenceItems(b) ?? [])]
    return a.kind === 'list' ? list(items) : tuple(items)
  }
  if (isObject(a) && a.kind === 'path' && a.style === 'environ' && typeof b === 'string') {
    return { ...a, path: pathlibJoin(a.path, b) }
  }
  throw new NotEvaluable(`cannot add ${typeName(b)} to ${typeName(a)}`)
}

function repeat(a: PyValue, b: PyValue): PyValue {
  const [seq, count] = typeof b === 'number' ? [a, b] : [b, a]
  if (typeof count !== 'number' || !Number.isInteger(count))
    throw new NotEvaluable(`cannot multiply ${typeName(a)} by ${typeName(b)}`)
  if (typeof seq === 'string') return seq.repeat(Math.max(count, 0))
  const items = sequenceItems(seq)
  if (!items || !isObject(seq)) throw new NotEvaluable(`cannot multiply ${typeName(a)} by ${typeName(b)}`)
  const repeated = Array.from({ length: Math.max(count, 0) }, () => items).flat()
  return seq.kind === 'list' ? list(repeated) : tuple(repeated)
}

/** pathlib's `/`, including `"str" / Path`. */
function slash(a: PyValue, b: PyValue): PyValue {
  const left = isPath(a) ? a.path : typeof a === 'string' && isPath(b) ? a : null
  const right = isPath(b) ? b.path : typeof b === 'string' ? b : null
  if (left === null || right === null)
    throw new NotEvaluable(`unsupported operand types for /: ${typeName(a)} and ${typeName(b)}`)
  return { kind: 'path', path: pathlibJoin(left, right), style: 'pathlib' }
}

/** environ.Path(__file__) - 3: three levels up (the file itself counts as one). */
function minus(a: PyValue, b: PyValue, cwd: string): PyValue {
  if (isPath(a) && a.style === 'environ' && typeof b === 'number' && Number.isInteger(b) && b >= 0) {
    return { kind: 'path', path: abspath(posixJoin(a.path, '../'.repeat(b)), cwd), style: 'environ' }
  }
  throw new NotEvaluable(`unsupported operand types for -: ${typeName(a)} and ${typeName(b)}`)
}

function isPath(value: PyValue): value is PyPath {
  return isObject(value) && value.kind === 'path'
}

/** printf-style formatting with %s, %r-free, %d and %%. */
export function percentFormat(format: string, args: PyValue): string {
  const values =
    sequenceItems(args) !== null && isObject(args) && args.kind === 'tuple' ? [...(sequenceItems(args) ?? [])] : [args]
  const out = format.replace(/%(%|s|d|i)/g, (_whole, kind: string) => {
    if (kind === '%') return '%'
    if (values.length === 0) throw new NotEvaluable('not enough arguments for format string')
    const value = values.shift() as PyValue
    if (kind === 's') return pyStr(value)
    if (!isNumeric(value)) throw new NotEvaluable(`%${kind} needs a number`)
    return String(Math.trunc(Number(value)))
  })
  if (/%[^%sdi]/.test(format.replace(/%%/g, ''))) throw new NotEvaluable('only %s and %d formats are evaluated')
  if (values.length > 0) throw new NotEvaluable('not all arguments converted during string formatting')
  return out
}
