// Runs the statements of a module: assignments (plain, augmented, to items and
// attributes, unpacking), expression statements (`X.append(...)`), imports, `del`,
// definitions; control flow is in control-flow.ts.
import { runFor, runIf, runTry, runWith, skipStatement } from './control-flow.js'
import { evaluate, valueOfSignal } from './evaluate.js'
import { argumentsOf, subscriptKey } from './evaluate-access.js'
import { decorate, defineFunction, ReturnSignal, returnStatement, scopeStatement } from './functions.js'
import { importStatement } from './imports.js'
import { iterate } from './methods.js'
import { binaryOp } from './operators.js'
import { childrenOf, textOf, type SyntaxNode } from './python-parser.js'
import { bindName, currentScope, LoopSignal, locate, touchName, unknownAt, visibleFunctionScopes, type Ctx } from './runtime.js'
import { NotEvaluable } from './signals.js'
import { mutatedName, rootName } from './syntax-scan.js'
import { isDictKey, isObject, isUnknown, Scope, tuple, type Location, type PyClass, type PyValue } from './values.js'

export function runStatements(nodes: SyntaxNode[], ctx: Ctx): void {
  for (const node of nodes) runStatement(node, ctx)
}

/** The statements of a Body node (`: ...`). */
export function runBody(body: SyntaxNode, ctx: Ctx): void {
  runStatements(
    childrenOf(body).filter((kid) => kid.name !== ':'),
    ctx
  )
}

/** Runs one statement; what it cannot evaluate leaves its targets as they are (or Unknown). */
function runStatement(node: SyntaxNode, ctx: Ctx): void {
  try {
    if (!runCompound(node, ctx)) ctx.rt.withReads(() => runSimple(node, ctx))
  } catch (error) {
    valueOfSignal(error, node, ctx)
  }
}

function runCompound(node: SyntaxNode, ctx: Ctx): boolean {
  switch (node.name) {
    case 'StatementGroup':
      runStatements(
        childrenOf(node).filter((kid) => kid.name !== ';'),
        ctx
      )
      break
    case 'IfStatement':
      runIf(node, ctx)
      break
    case 'TryStatement':
      runTry(node, ctx)
      break
    case 'ForStatement':
      runFor(node, ctx)
      break
    case 'WithStatement':
      runWith(node, ctx)
      break
    case 'WhileStatement':
      skipStatement(node, ctx, 'while loops are not evaluated')
      break
    case 'MatchStatement':
      skipStatement(node, ctx, 'match statements are not evaluated')
      break
    case 'FunctionDefinition':
    case 'ClassDefinition':
    case 'DecoratedStatement':
      define(node, ctx)
      break
    case 'BreakStatement':
      throw new LoopSignal('break')
    case 'ContinueStatement':
      throw new LoopSignal('continue')
    default:
      return false
  }
  return true
}

function runSimple(node: SyntaxNode, ctx: Ctx): void {
  switch (node.name) {
    case 'AssignStatement':
      return assign(node, ctx)
    case 'UpdateStatement':
      return update(node, ctx)
    case 'ExpressionStatement':
      return expressionStatement(node, ctx)
    case 'ImportStatement':
      return importStatement(node, ctx)
    case 'DeleteStatement':
      return deleteStatement(node, ctx)
    case 'RaiseStatement':
      return raiseStatement(node, ctx)
    case 'ReturnStatement':
      return returnStatement(node, ctx)
    case 'ScopeStatement':
      return scopeStatement(node, ctx)
  }
}

function assign(node: SyntaxNode, ctx: Ctx): void {
  const segments: SyntaxNode[][] = [[]]
  for (const kid of childrenOf(node)) {
    if (kid.name === 'AssignOp') segments.push([])
    else if (kid.name !== 'TypeDef') segments[segments.length - 1]?.push(kid)
  }
  const valueNodes = segments.pop()
  if (!valueNodes || segments.length === 0) return
  const value = segmentValue(valueNodes, ctx)
  for (const targets of segments) assignTargets(targets, value, ctx, locate(ctx, node))
}

/** `a`, or `a, b` (a tuple). */
function segmentValue(nodes: SyntaxNode[], ctx: Ctx): PyValue {
  const items = nodes.filter((kid) => kid.name !== ',')
  if (items.some((kid) => kid.name === '*')) throw new NotEvaluable('starred values are not evaluated')
  if (items.length === 1 && !nodes.some((kid) => kid.name === ',')) return evaluate(items[0] as SyntaxNode, ctx)
  return tuple(items.map((item) => evaluate(item, ctx)))
}

export function assignTargets(nodes: SyntaxNode[], value: PyValue, ctx: Ctx, at: Location): void {
  const targets = nodes.filter((kid) => kid.name !== ',')
  if (targets.length === 1 && !nodes.some((kid) => kid.name === ','))
    return assignTarget(targets[0] as SyntaxNode, value, ctx, at)
  unpack(targets, value, ctx, at)
}

function assignTarget(target: SyntaxNode, value: PyValue, ctx: Ctx, at: Location): void {
  switch (target.name) {
    case 'VariableName':
      return bindName(ctx, textOf(ctx.mod.parsed, target), value, at)
    case 'MemberExpression':
      return assignMember(target, value, ctx, at)
    case 'TupleExpression':
    case 'ArrayExpression':
    case 'ParenthesizedExpression':
      return assignTargets(
        childrenOf(target).filter((kid) => !['(', ')', '[', ']'].includes(kid.name)),
        value,
        ctx,
        at
      )
  }
}

/** `a, b = value`: each name gets its item, or the reason the items are not known. */
function unpack(targets: SyntaxNode[], value: PyValue, ctx: Ctx, at: Location): void {
  let items: PyValue[] | null = null
  let reason = 'the value is not known'
  if (!isUnknown(value)) {
    try {
      items = iterate(value)
    } catch (error) {
      reason = error instanceof Error ? error.message : reason
    }
  }
  if (items && items.length !== targets.length) reason = `${items.length} values cannot be unpacked into ${targets.length} names`
  targets.forEach((target, i) => {
    const item =
      items && items.length === targets.length ? (items[i] as PyValue) : isUnknown(value) ? value : unknownAt(ctx, target, reason)
    assignTarget(target, item, ctx, at)
  })
}

/** `X["k"] = v`, `X[0] = v`, `Cls.attr = v`, `os.environ["K"] = v`. */
function assignMember(target: SyntaxNode, value: PyValue, ctx: Ctx, at: Location): void {
  const kids = childrenOf(target)
  const object = evaluate(kids[0] as SyntaxNode, ctx)
  const root = rootName(target, ctx.mod.parsed)
  if (kids[1]?.name === '.') {
    if (isObject(object) && object.kind === 'class') {
      object.scope.set(textOf(ctx.mod.parsed, kids[2] as SyntaxNode), {
        value,
        at,
        assumptions: [...ctx.rt.branch, ...ctx.rt.reads]
      })
    }
  } else if (!isUnknown(object)) {
    const key = subscriptKey(kids, ctx)
    if (!isUnknown(key)) setItem(object, key, value)
  }
  if (root) touchName(ctx, root, at)
}

function setItem(object: PyValue, key: PyValue, value: PyValue): void {
  if (isObject(object)) {
    if (object.kind === 'dict' && isDictKey(key)) return void object.entries.set(key, value)
    if (
      object.kind === 'list' &&
      typeof key === 'number' &&
      object.items[key < 0 ? object.items.length + key : key] !== undefined
    ) {
      object.items[key < 0 ? object.items.length + key : key] = value
      return
    }
    if (object.kind === 'native' && object.setItem) return object.setItem(key, value)
  }
  throw new NotEvaluable('this item assignment is not evaluated')
}

/** `X += [...]` extends the list in place (aliases see it); other operators rebind. */
function update(node: SyntaxNode, ctx: Ctx): void {
  const [target, opNode, ...valueNodes] = childrenOf(node)
  if (!target || !opNode) return
  const op = textOf(ctx.mod.parsed, opNode).slice(0, -1)
  const current = evaluate(target, ctx)
  const value = segmentValue(valueNodes, ctx)
  const at = locate(ctx, node)
  const inPlace = isObject(current) && ((current.kind === 'list' && op === '+') || (current.kind === 'dict' && op === '|'))
  if (inPlace && isObject(current) && current.kind === 'list') {
    current.items.push(...(isUnknown(value) ? [value] : iterate(value)))
  } else if (inPlace && isObject(current) && current.kind === 'dict' && isObject(value) && value.kind === 'dict') {
    for (const [key, item] of value.entries) current.entries.set(key, item)
  } else {
    const result = isUnknown(current) ? current : isUnknown(value) ? value : binaryOp(op, current, value, ctx.rt.projectDir)
    return assignTarget(target, result, ctx, at)
  }
  const root = rootName(target, ctx.mod.parsed)
  if (root) touchName(ctx, root, at)
}

function expressionStatement(node: SyntaxNode, ctx: Ctx): void {
  const expression = node.firstChild
  if (!expression || expression.name === 'String') return
  evaluate(expression, ctx)
  const changed = mutatedName(expression, ctx.mod.parsed)
  if (changed) touchName(ctx, changed, locate(ctx, node))
}

function deleteStatement(node: SyntaxNode, ctx: Ctx): void {
  for (const target of childrenOf(node).filter((kid) => kid.name !== 'del' && kid.name !== ',')) {
    if (target.name === 'VariableName')
      currentScope(ctx, textOf(ctx.mod.parsed, target)).names.delete(textOf(ctx.mod.parsed, target))
    if (target.name !== 'MemberExpression') continue
    const kids = childrenOf(target)
    const object = evaluate(kids[0] as SyntaxNode, ctx)
    const key = kids[1]?.name === '[' ? subscriptKey(kids, ctx) : undefined
    if (isObject(object) && object.kind === 'dict' && key !== undefined && isDictKey(key)) object.entries.delete(key)
    if (isObject(object) && object.kind === 'list' && typeof key === 'number' && Number.isInteger(key))
      object.items.splice(key < 0 ? object.items.length + key : key, 1)
    const root = rootName(target, ctx.mod.parsed)
    if (root) touchName(ctx, root, locate(ctx, node))
  }
}

/** `raise X(...)`: thrown to a matching `except`; otherwise noted and the file goes on. */
function raiseStatement(node: SyntaxNode, ctx: Ctx): void {
  const raised = childrenOf(node)[1]
  const callee = raised?.name === 'CallExpression' ? raised.firstChild : raised
  const type = callee ? (textOf(ctx.mod.parsed, callee).split('.').pop() ?? 'Exception') : 'Exception'
  const unknown = unknownAt(ctx, node, `the settings raise ${type} here`)
  ctx.rt.raise(type, unknown)
  ctx.rt.reports.push({
    at: unknown.at,
    message: `The settings raise ${type} here (\`${unknown.expr}\`), so Django would stop; the action read the rest of the file anyway.`,
    severity: 'notice'
  })
  // Inside a call the function stops here: what it would have returned is not known.
  if (ctx.returnAssumptions) throw new ReturnSignal(unknown, [...ctx.rt.branch])
}

function define(node: SyntaxNode, ctx: Ctx): void {
  const definition = node.name === 'DecoratedStatement' ? node.lastChild : node
  const nameNode = definition?.getChild('VariableName')
  if (!definition || !nameNode) return
  const name = textOf(ctx.mod.parsed, nameNode)
  const at = locate(ctx, definition)
  if (definition.name === 'ClassDefinition') return bindName(ctx, name, defineClass(definition, name, ctx), at)
  const fn = defineFunction(definition, name, ctx)
  const decorators = node.name === 'DecoratedStatement' ? childrenOf(node).filter((kid) => kid.name === 'Decorator') : []
  bindName(ctx, name, decorators.length > 0 ? decorate(fn, decorators, ctx) : fn, at)
}

function defineClass(node: SyntaxNode, name: string, ctx: Ctx): PyClass {
  const argList = node.getChild('ArgList')
  let bases: PyValue[] = []
  try {
    bases = argList ? argumentsOf(argList, ctx).positional : []
  } catch (error) {
    bases = [valueOfSignal(error, argList as SyntaxNode, ctx)]
  }
  const cls: PyClass = { kind: 'class', name, module: ctx.mod.name, bases, scope: new Scope(), at: locate(ctx, node) }
  const body = node.getChild('Body')
  // A class body sees the functions around it, but its own names are not a scope its methods close over.
  if (body) runBody(body, { rt: ctx.rt, mod: ctx.mod, locals: cls.scope, enclosing: visibleFunctionScopes(ctx) })
  return cls
}
