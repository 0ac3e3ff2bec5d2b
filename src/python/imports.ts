// `import` statements: relative and absolute names, `as`, and `from x import *`, which
// copies the module's public names (or its `__all__`) with their provenance.
import { valueOfSignal } from './evaluate.js'
import { attributeOf } from './evaluate-access.js'
import { childrenOf, textOf, type SyntaxNode } from './python-parser.js'
import { bindName, currentScope, locate, type Ctx } from './runtime.js'
import { NotEvaluable, PyRaise } from './signals.js'
import { isObject, isUnknown, sequenceItems, type Binding, type PyValue } from './values.js'

interface ImportItem {
  dotted: string
  alias: string | null
  node: SyntaxNode
}

export function importStatement(node: SyntaxNode, ctx: Ctx): void {
  const kids = childrenOf(node)
  const importAt = kids.findIndex((kid) => kid.name === 'import')
  const items = importItems(kids.slice(importAt + 1), ctx)
  if (kids[0]?.name !== 'from') return plainImports(items, ctx)
  const source = kids.slice(1, importAt)
  const firstName = source.findIndex((kid) => kid.name === 'VariableName')
  const dots = firstName < 0 ? source : source.slice(0, firstName)
  const level = dots.reduce((sum, kid) => sum + (kid.name === 'Ellipsis' ? 3 : 1), 0)
  const name = dottedText(
    source.filter((kid) => kid.name === 'VariableName'),
    ctx
  )
  let module: PyValue
  try {
    module = ctx.rt.importer.importModule(absoluteName(level, name, ctx.mod.package), ctx, node)
  } catch (error) {
    module = valueOfSignal(error, node, ctx)
  }
  if (kids.some((kid) => kid.name === '*')) return starImport(module, '.'.repeat(level) + name, node, ctx)
  for (const item of items) importName(module, item, ctx)
}

function dottedText(names: SyntaxNode[], ctx: Ctx): string {
  return names.map((kid) => textOf(ctx.mod.parsed, kid)).join('.')
}

/** `a.b as c, d` (brackets and commas allowed). */
function importItems(kids: SyntaxNode[], ctx: Ctx): ImportItem[] {
  const items: ImportItem[] = []
  let names: SyntaxNode[] = []
  let alias: string | null = null
  let afterAs = false
  const flush = () => {
    if (names.length > 0) items.push({ dotted: dottedText(names, ctx), alias, node: names[0] as SyntaxNode })
    names = []
    alias = null
    afterAs = false
  }
  for (const kid of kids) {
    if (kid.name === ',') flush()
    else if (kid.name === 'as') afterAs = true
    else if (kid.name === 'VariableName' && afterAs) alias = textOf(ctx.mod.parsed, kid)
    else if (kid.name === 'VariableName') names.push(kid)
  }
  flush()
  return items
}

/** The absolute module a `from ..x import` names, starting from the current package. */
export function absoluteName(level: number, name: string, currentPackage: string): string {
  if (level === 0) return name
  const parts = currentPackage ? currentPackage.split('.') : []
  if (parts.length === 0) throw new PyRaise('ImportError', 'attempted relative import with no known parent package')
  if (level - 1 >= parts.length) throw new PyRaise('ImportError', 'attempted relative import beyond top-level package')
  const base = parts.slice(0, parts.length - (level - 1)).join('.')
  return name ? `${base}.${name}` : base
}

/** `import a.b.c` binds `a`; `import a.b.c as d` binds the submodule. */
function plainImports(items: ImportItem[], ctx: Ctx): void {
  for (const item of items) {
    const full = ctx.rt.importer.importModule(item.dotted, ctx, item.node)
    const top = item.dotted.split('.')[0] as string
    const value = item.alias || top === item.dotted || isUnknown(full) ? full : ctx.rt.importer.importModule(top, ctx, item.node)
    bindName(ctx, item.alias ?? top, value, locate(ctx, item.node))
  }
}

/** `from module import name`: a project module's binding keeps where it was assigned. */
function importName(module: PyValue, item: ImportItem, ctx: Ctx): void {
  const target = item.alias ?? item.dotted
  if (isObject(module) && module.kind === 'module') {
    const binding = module.scope.get(item.dotted)
    if (binding) return copyBinding(ctx, target, binding)
  }
  let value: PyValue | undefined
  try {
    value = isUnknown(module) ? module : attributeOf(module, item.dotted, ctx, item.node)
  } catch (error) {
    if (!(error instanceof NotEvaluable)) throw error
  }
  const missing = `cannot import name ${item.dotted}`
  bindName(
    ctx,
    target,
    value ?? { kind: 'unknown', reason: missing, expr: item.dotted, at: locate(ctx, item.node) },
    locate(ctx, item.node)
  )
}

function copyBinding(ctx: Ctx, name: string, binding: Binding): void {
  currentScope(ctx).set(name, {
    value: binding.value,
    at: binding.at,
    assumptions: [...new Set([...binding.assumptions, ...ctx.rt.branch])]
  })
}

function starImport(module: PyValue, moduleName: string, node: SyntaxNode, ctx: Ctx): void {
  if (!isObject(module) || module.kind !== 'module') {
    const reason = isUnknown(module)
      ? module.reason
      : isObject(module) && module.kind === 'extern' && module.missing
        ? module.missing
        : 'the names that module brings in are not known'
    ctx.rt.reports.push({
      at: locate(ctx, node),
      message: `\`from ${moduleName} import *\` could not be followed (${reason}); settings defined there are not read.`,
      severity: 'warning'
    })
    ctx.mod.value.incomplete ??= locate(ctx, node)
    return
  }
  const exported = sequenceItems(module.scope.get('__all__')?.value ?? null)
  const names = exported
    ? exported.filter((item): item is string => typeof item === 'string')
    : [...module.scope.names.keys()].filter((name) => !name.startsWith('_'))
  for (const name of names) {
    const binding = module.scope.get(name)
    if (binding) copyBinding(ctx, name, binding)
  }
}
