// `x[a:b:c]` on lists, tuples and strings (`sys.argv[1:2] == ['test']`, `name[:-1]`).
import { evaluate } from './evaluate.js'
import type { SyntaxNode } from './python-parser.js'
import type { Ctx } from './runtime.js'
import { NotEvaluable, UnknownArg } from './signals.js'
import { isObject, isUnknown, list, tuple, typeName, type PyValue } from './values.js'

export interface Slice {
  start: number | null
  stop: number | null
  step: number | null
}

/** The parts of `[start:stop:step]` when the subscript is a slice, else null. */
export function sliceParts(kids: SyntaxNode[], ctx: Ctx): Slice | null {
  const inner = kids.slice(2, -1)
  if (!inner.some((kid) => kid.name === ':')) return null
  if (inner.some((kid) => kid.name === ',')) throw new NotEvaluable('multi-dimensional slices are not evaluated')
  const fields: (SyntaxNode | null)[] = [null]
  for (const kid of inner) {
    if (kid.name === ':') fields.push(null)
    else fields[fields.length - 1] = kid
  }
  const [start, stop, step] = fields.map((node) => (node ? bound(evaluate(node, ctx)) : null))
  return { start: start ?? null, stop: stop ?? null, step: step ?? null }
}

function bound(value: PyValue): number | null {
  if (isUnknown(value)) throw new UnknownArg(value)
  if (value === null) return null
  if (typeof value === 'number' && Number.isInteger(value)) return value
  if (typeof value === 'boolean') return Number(value)
  throw new NotEvaluable(`slice indices must be integers or None, not ${typeName(value)}`)
}

export function sliceOf(object: PyValue, slice: Slice): PyValue {
  if (typeof object === 'string') return pick([...object], slice).join('')
  if (isObject(object) && object.kind === 'list') return list(pick(object.items, slice))
  if (isObject(object) && object.kind === 'tuple') return tuple(pick(object.items, slice))
  throw new NotEvaluable(`slices of ${typeName(object)} are not evaluated`)
}

/** CPython's PySlice_AdjustIndices, then the picked items. */
function pick<T>(items: T[], slice: Slice): T[] {
  const length = items.length
  const step = slice.step ?? 1
  if (step === 0) throw new NotEvaluable('slice step cannot be zero')
  const clamp = (value: number | null, fallback: number, low: number, high: number) => {
    if (value === null) return fallback
    const adjusted = value < 0 ? value + length : value
    return Math.min(Math.max(adjusted, low), high)
  }
  const out: T[] = []
  if (step > 0) {
    const start = clamp(slice.start, 0, 0, length)
    const stop = clamp(slice.stop, length, 0, length)
    for (let i = start; i < stop; i += step) out.push(items[i] as T)
  } else {
    const start = clamp(slice.start, length - 1, -1, length - 1)
    const stop = clamp(slice.stop, -1, -1, length - 1)
    for (let i = start; i > stop; i += step) out.push(items[i] as T)
  }
  return out
}
