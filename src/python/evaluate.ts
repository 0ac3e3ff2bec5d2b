// Evaluates one Python expression of the syntax tree to a value. What it cannot evaluate
// becomes an Unknown that says where and why, instead of failing the whole file.
import { builtinNamed } from './builtins.js'
import { dictComprehension, listComprehension } from './comprehensions.js'
import { callExpression, memberExpression } from './evaluate-access.js'
import { firstUnknown, iterate } from './methods.js'
import { binaryOp } from './operators.js'
import { childrenOf, textOf, type SyntaxNode } from './python-parser.js'
import { decodeFormatPiece, decodeLiteral, literalParts } from './python-strings.js'
import { defineLambda } from './functions.js'
import { contextBuiltin } from './introspection.js'
import { resolveName, unknownAt, type Ctx } from './runtime.js'
import { pyEquals, pyIs, pyOrder, pyRepr, pyStr, truthy } from './semantics.js'
import { NotEvaluable, PyRaise, UnknownArg } from './signals.js'
import { dict, isDictKey, isObject, isUnknown, list, tuple, typeName, type PyValue } from './values.js'

export const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ',', '*', '**', ':'])

export function evaluate(node: SyntaxNode, ctx: Ctx): PyValue {
  if (!ctx.rt.step()) return unknownAt(ctx, node, 'the evaluation step limit was reached')
  try {
    return evaluateNode(node, ctx)
  } catch (error) {
    return valueOfSignal(error, node, ctx)
  }
}

/** Turns what a modelled operation threw into the value at this node (or rethrows a Python exception). */
export function valueOfSignal(error: unknown, node: SyntaxNode, ctx: Ctx): PyValue {
  if (error instanceof NotEvaluable) return unknownAt(ctx, node, error.message)
  if (error instanceof UnknownArg) return error.value
  if (error instanceof PyRaise) return ctx.rt.raise(error.type, unknownAt(ctx, node, error.message, error.envVar))
  throw error
}

function evaluateNode(node: SyntaxNode, ctx: Ctx): PyValue {
  const text = () => textOf(ctx.mod.parsed, node)
  switch (node.name) {
    case 'String':
      return stringLiteral(text())
    case 'FormatString':
      return formatString(node, ctx)
    case 'ContinuedString':
      return concatenated(node, ctx)
    case 'Number':
      return numberLiteral(text())
    case 'Boolean':
      return text() === 'True'
    case 'None':
      return null
    case 'VariableName':
      return lookupName(text(), ctx)
    case 'ParenthesizedExpression':
      return parenthesized(node, ctx)
    case 'TupleExpression':
      return tuple(itemsOf(node, ctx))
    case 'ArrayExpression':
      return list(itemsOf(node, ctx))
    case 'DictionaryExpression':
      return dictionary(node, ctx)
    case 'ArrayComprehensionExpression':
    case 'ComprehensionExpression':
      return listComprehension(childrenOf(node), ctx)
    case 'DictionaryComprehensionExpression':
      return dictComprehension(childrenOf(node), ctx)
    case 'BinaryExpression':
      return binaryExpression(node, ctx)
    case 'UnaryExpression':
      return unaryExpression(node, ctx)
    case 'ConditionalExpression':
      return conditional(node, ctx)
    case 'CallExpression':
      return callExpression(node, ctx)
    case 'MemberExpression':
      return memberExpression(node, ctx)
    case 'LambdaExpression':
      return defineLambda(node, ctx)
  }
  throw new NotEvaluable(`${node.type.isError ? 'a syntax error' : `a ${node.name}`} is not evaluated`)
}

export function lookupName(name: string, ctx: Ctx): PyValue {
  const binding = resolveName(ctx, name)
  if (binding) {
    ctx.rt.noteRead(binding)
    return binding.value
  }
  const builtin = builtinNamed(name) ?? contextBuiltin(name, ctx)
  if (builtin !== undefined) return builtin
  throw new NotEvaluable(`the name ${name} is not defined at this point`)
}

function stringLiteral(text: string): string {
  const value = decodeLiteral(text)
  if (value === null) throw new NotEvaluable('this string literal is not understood')
  return value
}

function formatString(node: SyntaxNode, ctx: Ctx): PyValue {
  const source = ctx.mod.parsed.source
  const parts = literalParts(textOf(ctx.mod.parsed, node))
  if (!parts) throw new NotEvaluable('this f-string is not understood')
  let out = ''
  let cursor = node.from + parts.bodyStart
  for (const child of childrenOf(node)) {
    if (child.name !== 'FormatReplacement') continue
    out += decodeFormatPiece(source.slice(cursor, child.from), parts.raw)
    const value = replacement(child, ctx)
    if (isUnknown(value)) return value
    out += value
    cursor = child.to
  }
  return out + decodeFormatPiece(source.slice(cursor, node.from + parts.bodyEnd), parts.raw)
}

/** One `{expr!r}` of an f-string; format specs are not evaluated. */
function replacement(node: SyntaxNode, ctx: Ctx): PyValue {
  const kids = childrenOf(node).filter((kid) => kid.name !== '{' && kid.name !== '}')
  const [expression, ...rest] = kids
  const conversion = rest.find((kid) => kid.name === 'FormatConversion')
  const unsupported = rest.find((kid) => kid.name !== 'FormatConversion')
  if (!expression || unsupported) throw new NotEvaluable('f-string fields with format specs or `=` are not evaluated')
  const value = evaluate(expression, ctx)
  if (isUnknown(value)) return value
  return conversion && textOf(ctx.mod.parsed, conversion) === '!r' ? pyRepr(value) : pyStr(value)
}

function concatenated(node: SyntaxNode, ctx: Ctx): PyValue {
  let out = ''
  for (const part of childrenOf(node)) {
    const value = evaluate(part, ctx)
    if (typeof value !== 'string') return isUnknown(value) ? value : unknownAt(ctx, part, 'mixed string literal')
    out += value
  }
  return out
}

function numberLiteral(text: string): number {
  const clean = text.replace(/_/g, '')
  if (/[jJ]$/.test(clean)) throw new NotEvaluable('complex numbers are not evaluated')
  const radix = /^0[xX]/.test(clean) ? 16 : /^0[oO]/.test(clean) ? 8 : /^0[bB]/.test(clean) ? 2 : 10
  return radix === 10 ? Number(clean) : parseInt(clean.slice(2), radix)
}

function parenthesized(node: SyntaxNode, ctx: Ctx): PyValue {
  const inner = childrenOf(node).filter((kid) => !PUNCTUATION.has(kid.name))
  if (inner.length !== 1 || childrenOf(node).some((kid) => kid.name === '*'))
    throw new NotEvaluable('this parenthesized form is not evaluated')
  return evaluate(inner[0] as SyntaxNode, ctx)
}

/** Items of a list or tuple display, `*spread` included. */
export function itemsOf(node: SyntaxNode, ctx: Ctx): PyValue[] {
  const out: PyValue[] = []
  let spread = false
  for (const kid of childrenOf(node)) {
    if (PUNCTUATION.has(kid.name)) {
      spread = kid.name === '*'
      continue
    }
    const value = evaluate(kid, ctx)
    if (spread && isUnknown(value)) throw new UnknownArg(value)
    if (spread) out.push(...iterate(value))
    else out.push(value)
    spread = false
  }
  return out
}

function dictionary(node: SyntaxNode, ctx: Ctx): PyValue {
  const result = dict()
  let key: PyValue | undefined
  let spread = false
  for (const kid of childrenOf(node)) {
    if (kid.name === '**') spread = true
    if (PUNCTUATION.has(kid.name)) continue
    const value = evaluate(kid, ctx)
    if (spread) {
      if (isUnknown(value)) throw new UnknownArg(value)
      if (!isObject(value) || value.kind !== 'dict') throw new NotEvaluable(`cannot unpack ${typeName(value)} into a dict`)
      for (const [k, v] of value.entries) result.entries.set(k, v)
      spread = false
    } else if (key === undefined) {
      key = value
    } else {
      if (isUnknown(key)) throw new UnknownArg(key)
      if (!isDictKey(key)) throw new NotEvaluable(`${typeName(key)} dict keys are not evaluated`)
      result.entries.set(key, value)
      key = undefined
    }
  }
  return result
}

function binaryExpression(node: SyntaxNode, ctx: Ctx): PyValue {
  const kids = childrenOf(node)
  const left = kids[0] as SyntaxNode
  const right = kids[kids.length - 1] as SyntaxNode
  const op = kids
    .slice(1, -1)
    .map((kid) => textOf(ctx.mod.parsed, kid))
    .join(' ')
  const a = evaluate(left, ctx)
  if (isUnknown(a)) return a
  if (op === 'and' || op === 'or') return truthy(a) === (op === 'and') ? evaluate(right, ctx) : a
  const b = evaluate(right, ctx)
  if (isUnknown(b)) return b
  return compareOrCompute(op, a, b, ctx)
}

function compareOrCompute(op: string, a: PyValue, b: PyValue, ctx: Ctx): PyValue {
  switch (op) {
    case '==':
      return pyEquals(a, b)
    case '!=':
    case '<>':
      return !pyEquals(a, b)
    case '<':
    case '<=':
    case '>':
    case '>=':
      return pyOrder(op, a, b)
    case 'is':
      return pyIs(a, b)
    case 'is not':
      return !pyIs(a, b)
    case 'in':
      return contains(b, a)
    case 'not in':
      return negate(contains(b, a))
  }
  return binaryOp(op, a, b, ctx.rt.projectDir)
}

function negate(value: PyValue): PyValue {
  return typeof value === 'boolean' ? !value : value
}

/** `item in container`. */
export function contains(container: PyValue, item: PyValue): PyValue {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw new NotEvaluable(`'in <string>' needs a str, not ${typeName(item)}`)
    return container.includes(item)
  }
  if (isObject(container)) {
    if (container.kind === 'dict') {
      if (!isDictKey(item)) throw new NotEvaluable(`${typeName(item)} is not a dict key`)
      return container.entries.has(item)
    }
    if (container.kind === 'list' || container.kind === 'tuple') {
      if (container.items.some((entry) => !isUnknown(entry) && pyEquals(entry, item))) return true
      return firstUnknown(container.items) ?? false
    }
    if (container.kind === 'native' && container.contains) return container.contains(item)
  }
  throw new NotEvaluable(`'in' on ${typeName(container)} is not evaluated`)
}

function unaryExpression(node: SyntaxNode, ctx: Ctx): PyValue {
  const [op, operandNode] = childrenOf(node)
  if (!op || !operandNode) throw new NotEvaluable('incomplete expression')
  if (textOf(ctx.mod.parsed, op) === 'not') return notOf(operandNode, ctx)
  const operand = evaluate(operandNode, ctx)
  if (isUnknown(operand)) return operand
  const symbol = textOf(ctx.mod.parsed, op)
  if (symbol === 'not') return !truthy(operand)
  if (typeof operand !== 'number' && typeof operand !== 'boolean')
    throw new NotEvaluable(`bad operand type for unary ${symbol}: ${typeName(operand)}`)
  if (symbol === '-') return -Number(operand)
  if (symbol === '+') return Number(operand)
  return ~Number(operand)
}

/**
 * `not X`. The parser gives `not` the lowest precedence (`not A and B` parses as
 * `not (A and B)`), while in Python it binds tighter than `and`, `or` and `if`-`else`:
 * re-associate so `not` applies to the leftmost operand only, as Python does.
 */
function notOf(operand: SyntaxNode, ctx: Ctx): PyValue {
  const kids = childrenOf(operand)
  const op = operand.name === 'BinaryExpression' && kids.length === 3 ? textOf(ctx.mod.parsed, kids[1] as SyntaxNode) : ''
  if (op === 'and' || op === 'or') {
    const a = notOf(kids[0] as SyntaxNode, ctx)
    if (isUnknown(a)) return a
    return truthy(a) === (op === 'and') ? evaluate(kids[2] as SyntaxNode, ctx) : a
  }
  if (operand.name === 'ConditionalExpression') {
    const [whenTrue, condition, whenFalse] = kids.filter((kid) => kid.name !== 'if' && kid.name !== 'else')
    if (!whenTrue || !condition || !whenFalse) throw new NotEvaluable('incomplete conditional expression')
    const test = evaluate(condition, ctx)
    if (isUnknown(test)) return test
    return truthy(test) ? notOf(whenTrue, ctx) : evaluate(whenFalse, ctx)
  }
  const value = evaluate(operand, ctx)
  return isUnknown(value) ? value : !truthy(value)
}

function conditional(node: SyntaxNode, ctx: Ctx): PyValue {
  const parts = childrenOf(node).filter((kid) => kid.name !== 'if' && kid.name !== 'else')
  const [whenTrue, condition, whenFalse] = parts
  if (!whenTrue || !condition || !whenFalse) throw new NotEvaluable('incomplete conditional expression')
  const test = evaluate(condition, ctx)
  if (isUnknown(test)) return test
  return evaluate(truthy(test) ? whenTrue : whenFalse, ctx)
}
