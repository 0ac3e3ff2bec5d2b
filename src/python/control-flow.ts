// if / try / for / with. A condition that can be evaluated picks its branch as Python
// would. One that cannot: the first branch that assigns anything is run, and every name
// any of the branches assigns carries an assumption saying so; the settings extractor
// reports it when an extracted setting depends on it.
import { evaluate } from './evaluate.js'
import { assignTargets, runBody } from './execute.js'
import { iterate } from './methods.js'
import { childrenOf, lineOf, snippetOf, textOf, type SyntaxNode } from './python-parser.js'
import { bindName, currentScope, exceptionCaughtBy, locate, LoopSignal, PyException, unknownAt, type Ctx } from './runtime.js'
import { truthy } from './semantics.js'
import { NotEvaluable } from './signals.js'
import { assignedNames, containsReturn, hasEffect } from './syntax-scan.js'
import { isUnknown, type Assumption, type PyValue, type Unknown } from './values.js'

const MAX_LOOP_ITERATIONS = 10_000

interface Branch {
  keyword: SyntaxNode
  test: SyntaxNode | null
  body: SyntaxNode
}

function ifBranches(node: SyntaxNode): Branch[] {
  const branches: Branch[] = []
  let keyword: SyntaxNode | null = null
  let test: SyntaxNode | null = null
  for (const kid of childrenOf(node)) {
    if (kid.name === 'if' || kid.name === 'elif' || kid.name === 'else') {
      keyword = kid
      test = null
    } else if (kid.name === 'Body' && keyword) {
      branches.push({ keyword, test, body: kid })
    } else {
      test = kid
    }
  }
  return branches
}

export function runIf(node: SyntaxNode, ctx: Ctx): void {
  const branches = ifBranches(node)
  const depends = new Set<Assumption>()
  for (const [i, branch] of branches.entries()) {
    if (!branch.test) return ctx.rt.withBranch(depends, () => runBody(branch.body, ctx))
    const { result, reads } = ctx.rt.withReads(() => evaluate(branch.test as SyntaxNode, ctx))
    for (const assumption of reads) depends.add(assumption)
    if (isUnknown(result)) return guessBranch(branches.slice(i), result, depends, ctx)
    if (truthy(result)) return ctx.rt.withBranch(depends, () => runBody(branch.body, ctx))
  }
}

function guessBranch(branches: Branch[], condition: Unknown, depends: Set<Assumption>, ctx: Ctx): void {
  const chosen = branches.find((branch) => hasEffect(branch.body, ctx.mod.parsed))
  const first = branches[0] as Branch
  if (!chosen) return
  const parsed = ctx.mod.parsed
  const which =
    chosen === first
      ? 'its first branch'
      : `the \`${textOf(parsed, chosen.keyword)}\` branch at line ${lineOf(parsed, chosen.keyword.from)}`
  const header = `${textOf(parsed, first.keyword)} ${snippetOf(parsed, first.test as SyntaxNode)}`
  const assumption: Assumption = {
    at: locate(ctx, first.keyword),
    text: `the condition \`${header}\` could not be evaluated (${describeUnknown(condition, ctx)}), so ${which} was assumed`
  }
  ctx.rt.withBranch([...depends, assumption], () => runBody(chosen.body, ctx))
  for (const branch of branches) if (branch !== chosen) markAssigned(branch.body, assumption, ctx)
}

/** The reason, and where it arose when that is elsewhere. */
export function describeUnknown(unknown: Unknown, ctx: Ctx): string {
  const sameFile = unknown.at.file === ctx.mod.parsed.file
  return sameFile
    ? `${unknown.reason}, at line ${unknown.at.line}`
    : `${unknown.reason}, at ${unknown.at.file}:${unknown.at.line}`
}

/** The names a block would assign keep their values, but now with `assumption` attached. */
export function markAssigned(block: SyntaxNode, assumption: Assumption, ctx: Ctx): void {
  // A block not run (or a branch not taken) that could have returned decides the function's result too.
  if (ctx.returnAssumptions && containsReturn(block)) ctx.returnAssumptions.push(assumption)
  for (const name of assignedNames(block, ctx.mod.parsed)) {
    const binding = currentScope(ctx, name).get(name)
    if (binding && !binding.assumptions.includes(assumption)) binding.assumptions = [...binding.assumptions, assumption]
  }
}

export function skipStatement(node: SyntaxNode, ctx: Ctx, reason: string): void {
  markAssigned(node, { at: locate(ctx, node), text: `\`${snippetOf(ctx.mod.parsed, node, 50)}\` was not run (${reason})` }, ctx)
}

interface Handler {
  types: string[]
  name: SyntaxNode | null
  body: SyntaxNode
}

interface TryParts {
  body: SyntaxNode | null
  handlers: Handler[]
  orElse: SyntaxNode | null
  final: SyntaxNode | null
}

function tryParts(node: SyntaxNode, ctx: Ctx): TryParts {
  const parts: TryParts = { body: null, handlers: [], orElse: null, final: null }
  let clause = ''
  let pending: SyntaxNode[] = []
  for (const kid of childrenOf(node)) {
    if (['try', 'except', 'else', 'finally'].includes(kid.name)) {
      clause = kid.name
      pending = []
    } else if (kid.name !== 'Body') {
      pending.push(kid)
    } else if (clause === 'except') {
      const [test, , name] = pending.filter((item) => item.name !== '*')
      parts.handlers.push({ types: test ? exceptionNames(test, ctx) : ['BaseException'], name: name ?? null, body: kid })
    } else if (clause === 'try') parts.body = kid
    else if (clause === 'else') parts.orElse = kid
    else if (clause === 'finally') parts.final = kid
  }
  return parts
}

/** Names of the exception classes an `except` clause lists. */
function exceptionNames(test: SyntaxNode, ctx: Ctx): string[] {
  if (test.name === 'TupleExpression' || test.name === 'ParenthesizedExpression') {
    return childrenOf(test)
      .filter((kid) => !['(', ')', ','].includes(kid.name))
      .flatMap((kid) => exceptionNames(kid, ctx))
  }
  return [textOf(ctx.mod.parsed, test).split('.').pop() ?? '']
}

export function runTry(node: SyntaxNode, ctx: Ctx): void {
  const parts = tryParts(node, ctx)
  try {
    const caught = runGuarded(parts, ctx)
    if (caught) runHandler(caught.handler, caught.error, parts, ctx)
    else if (parts.orElse) runBody(parts.orElse, ctx)
  } finally {
    if (parts.final) runBody(parts.final, ctx)
  }
}

function runGuarded(parts: TryParts, ctx: Ctx): { handler: Handler; error: PyException } | null {
  if (!parts.body) return null
  ctx.rt.handlers.push(parts.handlers.flatMap((handler) => handler.types))
  try {
    runBody(parts.body, ctx)
    return null
  } catch (error) {
    if (!(error instanceof PyException)) throw error
    const handler = parts.handlers.find((candidate) => candidate.types.some((type) => exceptionCaughtBy(type, error.type)))
    if (!handler) throw error
    return { handler, error }
  } finally {
    ctx.rt.handlers.pop()
  }
}

function runHandler(handler: Handler, error: PyException, parts: TryParts, ctx: Ctx): void {
  const assumptions = error.assumption ? [error.assumption] : []
  if (error.assumption && parts.body) markAssigned(parts.body, error.assumption, ctx)
  ctx.rt.withBranch(assumptions, () => {
    if (handler.name) bindName(ctx, textOf(ctx.mod.parsed, handler.name), error.unknown, locate(ctx, handler.name))
    runBody(handler.body, ctx)
  })
}

/** `for target in iterable:` over a known list, tuple, dict or str. */
export function runFor(node: SyntaxNode, ctx: Ctx): void {
  const kids = childrenOf(node)
  const inAt = kids.findIndex((kid) => kid.name === 'in')
  const bodies = kids.filter((kid) => kid.name === 'Body')
  const body = bodies[0]
  if (inAt < 0 || !body) return
  const targets = kids.slice(1, inAt)
  const iterableNodes = kids.slice(inAt + 1, kids.indexOf(body)).filter((kid) => kid.name !== ',')
  const { result, reads } = ctx.rt.withReads(() => loopItems(iterableNodes, ctx))
  if (!Array.isArray(result)) {
    return markAssigned(
      node,
      {
        at: locate(ctx, node),
        text: `the loop \`${snippetOf(ctx.mod.parsed, node, 50)}\` was not run (${describeUnknown(result, ctx)})`
      },
      ctx
    )
  }
  const broke = ctx.rt.withBranch(reads, () => loop(result, targets, body, ctx))
  if (!broke && bodies[1]) runBody(bodies[1], ctx)
}

function loopItems(nodes: SyntaxNode[], ctx: Ctx): PyValue[] | Unknown {
  const first = nodes[0]
  if (nodes.length !== 1 || !first)
    return unknownAt(ctx, first ?? ctx.mod.parsed.tree.topNode, 'only loops over one iterable are run')
  const iterable = evaluate(first, ctx)
  if (isUnknown(iterable)) return iterable
  try {
    const items = iterate(iterable)
    return items.length > MAX_LOOP_ITERATIONS ? unknownAt(ctx, first, 'the loop is too long to run') : items
  } catch (error) {
    return unknownAt(ctx, first, error instanceof NotEvaluable ? error.message : 'the loop is not run')
  }
}

/** Runs the body for each item; true when it ended with `break`. */
function loop(items: PyValue[], targets: SyntaxNode[], body: SyntaxNode, ctx: Ctx): boolean {
  const at = locate(ctx, body)
  for (const item of items) {
    assignTargets(targets, item, ctx, at)
    try {
      runBody(body, ctx)
    } catch (error) {
      if (!(error instanceof LoopSignal)) throw error
      if (error.kind === 'break') return true
    }
  }
  return false
}

/** `with a as b:` runs the body; `b` is not known (it is whatever `__enter__` returns). */
export function runWith(node: SyntaxNode, ctx: Ctx): void {
  const kids = childrenOf(node)
  kids.forEach((kid, i) => {
    if (kid.name === 'VariableName' && kids[i - 1]?.name === 'as') {
      bindName(
        ctx,
        textOf(ctx.mod.parsed, kid),
        unknownAt(ctx, kids[i - 2] ?? kid, 'the value of a `with ... as` target is not evaluated'),
        locate(ctx, kid)
      )
    }
  })
  const body = node.getChild('Body')
  if (body) runBody(body, ctx)
}
