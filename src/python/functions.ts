// Functions and lambdas the project defines (`def env_list(name, default): ...`,
// `location = lambda x: os.path.join(BASE, x)`): a call runs the body with the same
// evaluator, in a scope of its own that sees the enclosing functions and the defining
// module's globals. Calls nest only so deep, so recursion cannot hang the action.
import { evaluate } from './evaluate.js'
import { runBody } from './execute.js'
import { childrenOf, textOf, type SyntaxNode } from './python-parser.js'
import { locate, visibleFunctionScopes, type Ctx } from './runtime.js'
import { NotEvaluable } from './signals.js'
import {
  dict,
  native,
  Scope,
  tuple,
  type Assumption,
  type CallArgs,
  type Location,
  type PyNative,
  type PyValue
} from './values.js'

const MAX_CALL_DEPTH = 24

interface Param {
  name: string
  kind: 'plain' | 'star' | 'keyword' | 'starstar'
  fallback?: PyValue
}

interface FunctionDef {
  name: string
  params: Param[]
  /** A `def`'s Body, or a lambda's expression. */
  body: SyntaxNode
  isLambda: boolean
  at: Location
}

/** `return value` inside a function call, carrying what the returned value depends on. */
export class ReturnSignal extends Error {
  constructor(
    readonly value: PyValue,
    readonly assumptions: Assumption[]
  ) {
    super('return')
  }
}

export function defineFunction(node: SyntaxNode, name: string, ctx: Ctx): PyNative {
  const params = node.getChild('ParamList')
  const body = node.getChild('Body')
  if (!body) throw new NotEvaluable(`the body of ${name}() was not understood`)
  return functionValue({ name, params: params ? paramsOf(params, ctx) : [], body, isLambda: false, at: locate(ctx, node) }, ctx)
}

export function defineLambda(node: SyntaxNode, ctx: Ctx): PyNative {
  const kids = childrenOf(node)
  const colon = kids.findIndex((kid) => kid.name === ':')
  const body = kids[colon + 1]
  if (colon < 0 || !body) throw new NotEvaluable('this lambda was not understood')
  const params = node.getChild('ParamList')
  return functionValue(
    { name: '<lambda>', params: params ? paramsOf(params, ctx) : [], body, isLambda: true, at: locate(ctx, node) },
    ctx
  )
}

/** Parameters in order; defaults are evaluated once, where the function is defined, as in Python. */
function paramsOf(list: SyntaxNode, ctx: Ctx): Param[] {
  const params: Param[] = []
  let keywordOnly = false
  for (const group of groups(childrenOf(list).filter((kid) => kid.name !== '(' && kid.name !== ')'))) {
    const star = group[0]?.name === '*' ? 'star' : group[0]?.name === '**' ? 'starstar' : null
    const nameNode = group.find((kid) => kid.name === 'VariableName')
    const assign = group.findIndex((kid) => kid.name === 'AssignOp')
    if (!nameNode) {
      if (star === 'star') keywordOnly = true
      continue
    }
    const kind = star ?? (keywordOnly ? 'keyword' : 'plain')
    if (kind === 'star') keywordOnly = true
    const defaultNode = assign >= 0 ? group[assign + 1] : undefined
    params.push({
      name: textOf(ctx.mod.parsed, nameNode),
      kind,
      ...(defaultNode ? { fallback: evaluate(defaultNode, ctx) } : {})
    })
  }
  return params
}

function groups(kids: SyntaxNode[]): SyntaxNode[][] {
  const out: SyntaxNode[][] = [[]]
  for (const kid of kids) {
    if (kid.name === ',') out.push([])
    else out[out.length - 1]?.push(kid)
  }
  return out.filter((group) => group.length > 0)
}

function functionValue(def: FunctionDef, ctx: Ctx): PyNative {
  const closure = visibleFunctionScopes(ctx)
  const where = `${def.name}() at ${def.at.file}:${def.at.line}`
  const attributes: Record<string, PyValue> = { __name__: def.name, __module__: ctx.mod.name }
  return native(def.name, {
    attr: (name) => attributes[name],
    call: (args) => {
      if (ctx.rt.callDepth >= MAX_CALL_DEPTH)
        throw new NotEvaluable(`calls nest more than ${MAX_CALL_DEPTH} deep (recursion?) in ${where}`)
      const locals = bindArguments(def, args, where)
      const inner: Ctx = {
        rt: ctx.rt,
        mod: ctx.mod,
        locals,
        inFunction: true,
        enclosing: closure,
        declared: new Map(),
        returnAssumptions: []
      }
      ctx.rt.callDepth++
      try {
        return runCall(def, inner)
      } finally {
        ctx.rt.callDepth--
      }
    }
  })
}

/** Runs the body; the result's provenance (guessed branches, names read) joins the caller's reads. */
function runCall(def: FunctionDef, ctx: Ctx): PyValue {
  let value: PyValue = null
  let assumptions: Assumption[] = []
  if (def.isLambda) {
    const { result, reads } = ctx.rt.withReads(() => evaluate(def.body, ctx))
    value = result
    assumptions = [...reads]
  } else {
    try {
      runBody(def.body, ctx)
    } catch (error) {
      if (!(error instanceof ReturnSignal)) throw error
      value = error.value
      assumptions = error.assumptions
    }
  }
  for (const assumption of [...assumptions, ...(ctx.returnAssumptions ?? [])]) ctx.rt.reads.add(assumption)
  return value
}

/** Python's argument binding: positional, keywords, defaults, `*args` and `**kwargs`. */
function bindArguments(def: FunctionDef, args: CallArgs, where: string): Scope {
  const scope = new Scope()
  const at = def.at
  const set = (name: string, value: PyValue) => scope.set(name, { value, at, assumptions: [] })
  const keywords = new Map(args.keywords)
  let next = 0
  for (const param of def.params) {
    if (param.kind === 'star') {
      set(param.name, tuple(args.positional.slice(next)))
      next = args.positional.length
    } else if (param.kind === 'starstar') {
      set(param.name, dict(keywords))
      keywords.clear()
    } else if (param.kind === 'plain' && next < args.positional.length) {
      if (keywords.has(param.name)) throw new NotEvaluable(`${where} got multiple values for argument '${param.name}'`)
      set(param.name, args.positional[next++] as PyValue)
    } else if (keywords.has(param.name)) {
      set(param.name, keywords.get(param.name) as PyValue)
      keywords.delete(param.name)
    } else if (param.fallback !== undefined) {
      set(param.name, param.fallback)
    } else {
      throw new NotEvaluable(`${where} is missing the argument '${param.name}'`)
    }
  }
  if (next < args.positional.length)
    throw new NotEvaluable(`${where} takes ${next} positional arguments but ${args.positional.length} were given`)
  const unexpected = [...keywords.keys()][0]
  if (unexpected !== undefined) throw new NotEvaluable(`${where} got an unexpected keyword argument '${unexpected}'`)
  return scope
}

/** `return expr`: stops the running call with the value and what it depends on. */
export function returnStatement(node: SyntaxNode, ctx: Ctx): never {
  const expression = childrenOf(node).filter((kid) => kid.name !== 'return')
  const { result, reads } = ctx.rt.withReads(() => {
    if (expression.length === 0) return null
    if (expression.length === 1) return evaluate(expression[0] as SyntaxNode, ctx)
    return tuple(expression.filter((kid) => kid.name !== ',').map((kid) => evaluate(kid, ctx)))
  })
  throw new ReturnSignal(result, [...ctx.rt.branch, ...reads])
}

/** `global X` / `nonlocal X` in a function: later assignments to X go to the module or the enclosing call. */
export function scopeStatement(node: SyntaxNode, ctx: Ctx): void {
  const kids = childrenOf(node)
  const isGlobal = kids[0]?.name === 'global'
  for (const kid of kids) {
    if (kid.name !== 'VariableName') continue
    const name = textOf(ctx.mod.parsed, kid)
    const target = isGlobal ? ctx.mod.scope : ctx.enclosing?.find((scope) => scope.get(name) !== undefined)
    if (!target) throw new NotEvaluable(`no binding for nonlocal '${name}' was found`)
    ctx.declared?.set(name, target)
  }
}

const TRANSPARENT_DECORATORS = new Set(['functools.cache', 'functools.lru_cache', 'cache', 'lru_cache', 'staticmethod'])

/** What a decorated `def` binds: the function, a classmethod, or an Unknown for decorators not modelled. */
export function decorate(fn: PyNative, decorators: SyntaxNode[], ctx: Ctx): PyValue {
  let value: PyValue = fn
  for (const decorator of [...decorators].reverse()) {
    const expression = childrenOf(decorator).filter((kid) => kid.name !== 'At')
    const text = expression
      .map((kid) => textOf(ctx.mod.parsed, kid))
      .join('')
      .replace(/\(\s*(maxsize\s*=\s*)?(None|\d+)?\s*\)$/, '')
    if (text === 'classmethod') value = { ...fn, method: 'classmethod' }
    else if (!TRANSPARENT_DECORATORS.has(text)) {
      const reason = `${fn.name}() is decorated with @${text}, which is not evaluated`
      return native(fn.name, {
        call: () => {
          throw new NotEvaluable(reason)
        }
      })
    }
  }
  return value
}
