// List, dict and generator comprehensions (`[x.strip() for x in raw.split(",") if x]`,
// `{k: v for k, v in pairs}`, `any(app.startswith("x") for app in APPS)`), with several
// `for` and `if` clauses and unpacking targets. A generator is evaluated to a list.
import { evaluate } from './evaluate.js'
import { assignTargets } from './execute.js'
import { iterate } from './methods.js'
import type { SyntaxNode } from './python-parser.js'
import { comprehensionCtx, locate, type Ctx } from './runtime.js'
import { truthy } from './semantics.js'
import { NotEvaluable, UnknownArg } from './signals.js'
import { dict, isDictKey, isUnknown, list, Scope, typeName, type PyValue } from './values.js'

const MAX_ITEMS = 10_000

type Clause = { kind: 'for'; targets: SyntaxNode[]; iterable: SyntaxNode } | { kind: 'if'; test: SyntaxNode }

const BRACKETS = new Set(['[', ']', '{', '}', '(', ')'])

/** The element nodes (before the first `for`) and the clauses after it. */
export function comprehensionParts(kids: SyntaxNode[]): { element: SyntaxNode[]; clauses: Clause[] } {
  const inner = kids.filter((kid) => !BRACKETS.has(kid.name))
  const firstFor = inner.findIndex((kid) => kid.name === 'for')
  if (firstFor < 1) throw new NotEvaluable('this comprehension was not understood')
  const clauses: Clause[] = []
  let i = firstFor
  while (i < inner.length) {
    const keyword = inner[i] as SyntaxNode
    if (keyword.name === 'for') {
      const inAt = inner.findIndex((kid, at) => at > i && kid.name === 'in')
      const iterable = inner[inAt + 1]
      if (inAt < 0 || !iterable) throw new NotEvaluable('this comprehension was not understood')
      clauses.push({ kind: 'for', targets: inner.slice(i + 1, inAt), iterable })
      i = inAt + 2
    } else if (keyword.name === 'if' && inner[i + 1]) {
      clauses.push({ kind: 'if', test: inner[i + 1] as SyntaxNode })
      i += 2
    } else if (keyword.name === 'async') {
      throw new NotEvaluable('async comprehensions are not evaluated')
    } else {
      throw new NotEvaluable('this comprehension was not understood')
    }
  }
  return { element: inner.slice(0, firstFor), clauses }
}

/** Runs the clauses, calling `emit` in the comprehension's scope for each combination that passes. */
function run(clauses: Clause[], ctx: Ctx, emit: (inner: Ctx) => void): void {
  const inner = comprehensionCtx(ctx, new Scope())
  let count = 0
  const step = (index: number, scopeCtx: Ctx) => {
    const clause = clauses[index]
    if (!clause) {
      if (++count > MAX_ITEMS) throw new NotEvaluable('the comprehension is too long to evaluate')
      return emit(scopeCtx)
    }
    if (clause.kind === 'if') {
      const test = evaluate(clause.test, scopeCtx)
      if (isUnknown(test)) throw new UnknownArg(test)
      if (truthy(test)) step(index + 1, scopeCtx)
      return
    }
    // The first iterable is evaluated where the comprehension is, as in Python.
    const iterable = evaluate(clause.iterable, index === 0 ? ctx : scopeCtx)
    if (isUnknown(iterable)) throw new UnknownArg(iterable)
    for (const item of iterate(iterable)) {
      assignTargets(clause.targets, item, inner, locate(ctx, clause.iterable))
      step(index + 1, inner)
    }
  }
  step(0, inner)
}

/** `[...]` and generator expressions: a list. */
export function listComprehension(kids: SyntaxNode[], ctx: Ctx): PyValue {
  const { element, clauses } = comprehensionParts(kids)
  if (element.length !== 1) throw new NotEvaluable('this comprehension was not understood')
  const out: PyValue[] = []
  run(clauses, ctx, (inner) => void out.push(evaluate(element[0] as SyntaxNode, inner)))
  return list(out)
}

export function dictComprehension(kids: SyntaxNode[], ctx: Ctx): PyValue {
  const { element, clauses } = comprehensionParts(kids)
  const [keyNode, colon, valueNode] = element
  if (element.length !== 3 || colon?.name !== ':' || !keyNode || !valueNode)
    throw new NotEvaluable('this dict comprehension was not understood')
  const out = dict()
  run(clauses, ctx, (inner) => {
    const key = evaluate(keyNode, inner)
    if (isUnknown(key)) throw new UnknownArg(key)
    if (!isDictKey(key)) throw new NotEvaluable(`${typeName(key)} dict keys are not evaluated`)
    out.entries.set(key, evaluate(valueNode, inner))
  })
  return out
}
