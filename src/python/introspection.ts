// Builtins that look at objects by name or type: `getattr(configuration, 'BASE_PATH', '')`,
// `hasattr(local_settings, 'INSTALLED_APPS')`, `isinstance(value, str)`. Whether an
// attribute is missing is certain only for the project's own modules and classes; for
// anything opaque the answer is an Unknown that says why.
import { attributeOf } from './evaluate-access.js'
import { argAt } from './methods.js'
import type { Ctx } from './runtime.js'
import { NotEvaluable, PyRaise, requireKnown } from './signals.js'
import { isObject, native, sequenceItems, typeName, type CallArgs, type PyValue } from './values.js'

/** The builtins that need to know where they are called from, or undefined. */
export function contextBuiltin(name: string, ctx: Ctx): PyValue | undefined {
  switch (name) {
    case 'getattr':
      return native('builtins.getattr', { call: (args) => getattr(args, ctx) })
    case 'hasattr':
      return native('builtins.hasattr', { call: (args) => hasattr(args, ctx) })
    case 'isinstance':
      return native('builtins.isinstance', { call: (args) => isinstance(args) })
  }
  return undefined
}

function getattr(args: CallArgs, ctx: Ctx): PyValue {
  requireKnown({ positional: args.positional.slice(0, 2), keywords: new Map() })
  const object = argAt(args, 0, 'object')
  const name = attributeName(argAt(args, 1, 'name'))
  const found = lookup(object, name, ctx)
  if (found !== undefined) return found
  const fallback = args.positional[2]
  if (fallback !== undefined) return fallback
  throw new PyRaise('AttributeError', `${typeName(object)} has no attribute '${name}'`)
}

function hasattr(args: CallArgs, ctx: Ctx): PyValue {
  requireKnown(args)
  return lookup(argAt(args, 0, 'obj'), attributeName(argAt(args, 1, 'name')), ctx) !== undefined
}

function attributeName(value: PyValue): string {
  if (typeof value !== 'string') throw new NotEvaluable(`attribute name must be a str, not ${typeName(value)}`)
  return value
}

/** The attribute, undefined when it certainly does not exist; NotEvaluable when that cannot be told. */
function lookup(object: PyValue, name: string, ctx: Ctx): PyValue | undefined {
  if (isObject(object) && object.kind === 'module') return moduleAttribute(object, name, ctx)
  if (isObject(object) && object.kind === 'class') {
    const found = attributeOf(object, name, ctx, ctx.mod.parsed.tree.topNode)
    if (found !== undefined) return found
    const opaque = object.bases.find((base) => !isObject(base) || base.kind !== 'class')
    if (opaque !== undefined)
      throw new NotEvaluable(
        `whether ${object.name} has '${name}' is not known (it derives from ${typeName(opaque)}, which is not evaluated)`
      )
    return undefined
  }
  if (isObject(object) && object.kind === 'extern')
    throw new NotEvaluable(`the attributes of ${object.name} are not known${object.missing ? ` (${object.missing})` : ''}`)
  const found = attributeOf(object, name, ctx, ctx.mod.parsed.tree.topNode)
  // A modelled module answers names it does not model with an opaque stand-in: existence unknown.
  const opaque = found !== undefined && isObject(found) && found.kind === 'extern'
  if (found === undefined || opaque) throw new NotEvaluable(`whether ${typeName(object)} has '${name}' is not evaluated`)
  return found
}

/** A project module's name, or its submodule; missing means missing (the module ran completely). */
function moduleAttribute(module: Extract<PyValue, { kind: 'module' }>, name: string, ctx: Ctx): PyValue | undefined {
  const binding = module.scope.get(name)
  if (binding) {
    ctx.rt.noteRead(binding)
    return binding.value
  }
  if (!ctx.rt.importer.findsModule(`${module.name}.${name}`)) {
    const gap = module.incomplete
    if (gap)
      throw new NotEvaluable(
        `whether ${module.name} has '${name}' is not known (its star import at ${gap.file}:${gap.line} could not be followed)`
      )
    return undefined
  }
  return ctx.rt.importer.importModule(`${module.name}.${name}`, ctx, ctx.mod.parsed.tree.topNode)
}

const BUILTIN_TYPES: Record<string, (value: PyValue) => boolean> = {
  'builtins.str': (value) => typeof value === 'string',
  'builtins.bool': (value) => typeof value === 'boolean',
  'builtins.int': (value) => typeof value === 'boolean' || (typeof value === 'number' && Number.isInteger(value)),
  'builtins.float': (value) => typeof value === 'number' && !Number.isInteger(value),
  'builtins.list': (value) => isObject(value) && value.kind === 'list',
  'builtins.tuple': (value) => isObject(value) && value.kind === 'tuple',
  'builtins.dict': (value) => isObject(value) && value.kind === 'dict'
}

/** isinstance with the builtin types (or a tuple of them). */
function isinstance(args: CallArgs): PyValue {
  requireKnown(args)
  const value = argAt(args, 0, 'obj')
  const types = argAt(args, 1, 'class_or_tuple')
  const candidates = sequenceItems(types) ?? [types]
  return candidates.some((type) => {
    const test = isObject(type) && type.kind === 'native' ? BUILTIN_TYPES[type.name] : undefined
    if (!test) throw new NotEvaluable(`isinstance() with ${typeName(type)} is not evaluated`)
    return test(value)
  })
}
