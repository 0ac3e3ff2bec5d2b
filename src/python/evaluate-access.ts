// Calls, attribute access and subscripts.
import { evaluate } from './evaluate.js'
import { dictMethod, iterate, listMethod, stringMethod, tupleMethod } from './methods.js'
import { environPath, pathAttribute } from './native-os.js'
import { childrenOf, textOf, type SyntaxNode } from './python-parser.js'
import { listComprehension } from './comprehensions.js'
import type { Ctx } from './runtime.js'
import { sliceOf, sliceParts } from './slices.js'
import { pyRepr } from './semantics.js'
import { NotEvaluable, PyRaise, UnknownArg } from './signals.js'
import {
  extern,
  isDictKey,
  isObject,
  isUnknown,
  native,
  tuple,
  typeName,
  type CallArgs,
  type PyClass,
  type PyExtern,
  type PyValue
} from './values.js'

export function callExpression(node: SyntaxNode, ctx: Ctx): PyValue {
  const [calleeNode, argList] = childrenOf(node)
  if (!calleeNode || !argList) throw new NotEvaluable('incomplete call')
  const callee = evaluate(calleeNode, ctx)
  if (isUnknown(callee)) return callee
  return callValue(callee, argumentsOf(argList, ctx), ctx)
}

/** Positional, keyword, `*args` and `**kwargs` arguments of an ArgList. */
export function argumentsOf(argList: SyntaxNode, ctx: Ctx): CallArgs {
  const args: CallArgs = { positional: [], keywords: new Map() }
  const kids = childrenOf(argList).filter((kid) => kid.name !== '(' && kid.name !== ')')
  // `f(x for a, b in pairs)`: a bare generator is the only argument, its commas are its own.
  if (kids.some((kid) => kid.name === 'for')) return { positional: [listComprehension(kids, ctx)], keywords: new Map() }
  for (const group of splitOnCommas(kids)) {
    addArgument(group, args, ctx)
  }
  return args
}

function splitOnCommas(kids: SyntaxNode[]): SyntaxNode[][] {
  const groups: SyntaxNode[][] = [[]]
  for (const kid of kids) {
    if (kid.name === ',') groups.push([])
    else groups[groups.length - 1]?.push(kid)
  }
  return groups.filter((group) => group.length > 0)
}

function addArgument(group: SyntaxNode[], args: CallArgs, ctx: Ctx): void {
  const [first, second, third] = group
  if (!first) return
  if (first.name === '*' || first.name === '**') {
    const value = evaluate(second as SyntaxNode, ctx)
    if (isUnknown(value)) throw new UnknownArg(value)
    if (first.name === '*') args.positional.push(...iterate(value))
    else if (isObject(value) && value.kind === 'dict')
      for (const [key, item] of value.entries) args.keywords.set(String(key), item)
    else throw new NotEvaluable(`cannot unpack ${typeName(value)} as keyword arguments`)
  } else if (second?.name === 'AssignOp' && third) {
    args.keywords.set(textOf(ctx.mod.parsed, first), evaluate(third, ctx))
  } else {
    args.positional.push(evaluate(first, ctx))
  }
}

export function callValue(callee: PyValue, args: CallArgs, ctx: Ctx): PyValue {
  if (isObject(callee)) {
    if (callee.kind === 'unknown') return callee
    if (callee.kind === 'native' && callee.call) return callee.call(args)
    if (callee.kind === 'path' && callee.style === 'environ') {
      for (const value of args.positional) if (isUnknown(value)) throw new UnknownArg(value)
      return environPath(ctx.rt.projectDir, callee.path, args).path
    }
    if (callee.kind === 'class') throw new NotEvaluable(`instances of the project's class ${callee.name} are not evaluated`)
    if (callee.kind === 'extern')
      throw new NotEvaluable(`calls to ${callee.name}() are not evaluated${callee.missing ? ` (${callee.missing})` : ''}`)
  }
  throw new NotEvaluable(`${typeName(callee)} is not callable here`)
}

export function memberExpression(node: SyntaxNode, ctx: Ctx): PyValue {
  const kids = childrenOf(node)
  const object = evaluate(kids[0] as SyntaxNode, ctx)
  if (isUnknown(object)) return object
  if (kids[1]?.name === '.') {
    const name = textOf(ctx.mod.parsed, kids[2] as SyntaxNode)
    const value = attributeOf(object, name, ctx, node)
    if (value === undefined) throw new NotEvaluable(`${typeName(object)}.${name} is not evaluated`)
    return value
  }
  const slice = sliceParts(kids, ctx)
  if (slice) return sliceOf(object, slice)
  const key = subscriptKey(kids, ctx)
  if (isUnknown(key)) return key
  return itemOf(object, key)
}

/** The key inside `[...]`; slices are not evaluated. */
export function subscriptKey(kids: SyntaxNode[], ctx: Ctx): PyValue {
  const inner = kids.slice(2, -1)
  if (inner.some((kid) => kid.name === ':')) throw new NotEvaluable('slices are not evaluated')
  const parts = inner.filter((kid) => kid.name !== ',')
  if (parts.length === 1) return evaluate(parts[0] as SyntaxNode, ctx)
  return tuple(parts.map((part) => evaluate(part, ctx)))
}

export function attributeOf(object: PyValue, name: string, ctx: Ctx, node: SyntaxNode): PyValue | undefined {
  if (typeof object === 'string') return stringMethod(object, name)
  if (!isObject(object)) return undefined
  switch (object.kind) {
    case 'list':
      return listMethod(object, name)
    case 'tuple':
      return tupleMethod(object.items, name)
    case 'dict':
      return dictMethod(object, name)
    case 'path':
      return pathAttribute(ctx.rt, object, name)
    case 'native':
      return object.attr?.(name)
    case 'extern':
      return externAttribute(object, name, ctx)
    case 'class':
      return boundToClass(object, classAttribute(object, name, ctx))
    case 'module': {
      const binding = object.scope.get(name)
      if (binding) {
        ctx.rt.noteRead(binding)
        return binding.value
      }
      return ctx.rt.importer.importModule(`${object.name}.${name}`, ctx, node)
    }
  }
  return undefined
}

/** An outside module's `__name__` is its dotted name (`name = package.__name__` in an AppConfig). */
function externAttribute(object: PyExtern, name: string, ctx: Ctx): PyValue {
  if (name === '__name__' && !object.missing && ctx.rt.importer.findsModule(object.name)) return object.name
  return ctx.rt.importer.modelled(`${object.name}.${name}`, ctx) ?? extern(`${object.name}.${name}`, object.missing)
}

/** A `@classmethod` looked up on a class gets the class as its first argument. */
function boundToClass(cls: PyClass, value: PyValue | undefined): PyValue | undefined {
  if (value === undefined || !isObject(value) || value.kind !== 'native' || value.method !== 'classmethod' || !value.call)
    return value
  const call = value.call
  return native(`${cls.name}.${value.name}`, {
    call: (args) => call({ positional: [cls, ...args.positional], keywords: args.keywords })
  })
}

/** A class attribute, looked up the class's own body first, then its bases in order. */
export function classAttribute(cls: PyClass, name: string, ctx: Ctx | null): PyValue | undefined {
  const own = cls.scope.get(name)
  if (own) {
    ctx?.rt.noteRead(own)
    return own.value
  }
  for (const base of cls.bases) {
    if (isObject(base) && base.kind === 'class') {
      const found = classAttribute(base, name, ctx)
      if (found !== undefined) return found
    }
  }
  return undefined
}

export function itemOf(object: PyValue, key: PyValue): PyValue {
  if (isObject(object)) {
    if (object.kind === 'dict') {
      if (!isDictKey(key)) throw new NotEvaluable(`${typeName(key)} dict keys are not evaluated`)
      if (!object.entries.has(key)) throw new PyRaise('KeyError', `the key ${pyRepr(key)} is not in the dict`)
      return object.entries.get(key) as PyValue
    }
    if (object.kind === 'list' || object.kind === 'tuple') return indexed(object.items, key)
    if (object.kind === 'native' && object.getItem) return object.getItem(key)
  }
  if (typeof object === 'string') return indexed([...object], key)
  throw new NotEvaluable(`${typeName(object)}[...] is not evaluated`)
}

function indexed<T extends PyValue>(items: T[], key: PyValue): T {
  if (typeof key !== 'number' || !Number.isInteger(key)) throw new NotEvaluable(`indexes must be integers, not ${typeName(key)}`)
  const item = items[key < 0 ? items.length + key : key]
  if (item === undefined) throw new PyRaise('IndexError', `index ${key} is out of range`)
  return item
}
