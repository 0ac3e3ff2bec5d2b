// Methods of str, list and dict that settings files call (`X.append`, `",".join`, `d.get`).
import { pyEquals, pyRepr, pyStr } from './semantics.js'
import { NotEvaluable } from './signals.js'
import {
  isDictKey,
  isObject,
  isUnknown,
  list,
  native,
  tuple,
  typeName,
  type CallArgs,
  type PyDict,
  type PyList,
  type PyValue
} from './values.js'

type Method = (args: CallArgs) => PyValue

/** A positional-or-keyword argument; None counts as given. */
export function optionalArg(args: CallArgs, index: number, name: string): PyValue | undefined {
  if (index < args.positional.length) return args.positional[index]
  return args.keywords.has(name) ? args.keywords.get(name) : undefined
}

export function argAt(args: CallArgs, index: number, name: string, fallback?: PyValue): PyValue {
  const value = optionalArg(args, index, name)
  if (value !== undefined) return value
  if (fallback !== undefined) return fallback
  throw new NotEvaluable(`missing argument '${name}'`)
}

/** The items a `for` loop or `list()` would see. */
export function iterate(value: PyValue): PyValue[] {
  if (typeof value === 'string') return [...value]
  if (isObject(value)) {
    if (value.kind === 'list' || value.kind === 'tuple') return value.items
    if (value.kind === 'dict') return [...value.entries.keys()]
    if (value.kind === 'native' && value.iter) return value.iter()
  }
  throw new NotEvaluable(`cannot iterate over ${typeName(value)}`)
}

export function firstUnknown(values: Iterable<PyValue>): PyValue | undefined {
  for (const value of values) if (isUnknown(value)) return value
  return undefined
}

function text(value: PyValue, what: string): string {
  if (typeof value !== 'string') throw new NotEvaluable(`${what} must be a str, not ${typeName(value)}`)
  return value
}

function bound(owner: string, name: string, method: Method): PyValue {
  return native(`${owner}.${name}`, { call: method })
}

export function stringMethod(value: string, name: string): PyValue | undefined {
  const method = STRING_METHODS[name]
  return method ? bound('str', name, (args) => method(value, args)) : undefined
}

const STRING_METHODS: Record<string, (value: string, args: CallArgs) => PyValue> = {
  lower: (value) => value.toLowerCase(),
  upper: (value) => value.toUpperCase(),
  strip: (value, args) => stripChars(value, argAt(args, 0, 'chars', null), 'both'),
  lstrip: (value, args) => stripChars(value, argAt(args, 0, 'chars', null), 'start'),
  rstrip: (value, args) => stripChars(value, argAt(args, 0, 'chars', null), 'end'),
  split: (value, args) => list(splitText(value, argAt(args, 0, 'sep', null), argAt(args, 1, 'maxsplit', -1))),
  rsplit: (value, args) => list(rsplitText(value, argAt(args, 0, 'sep', null), argAt(args, 1, 'maxsplit', -1))),
  partition: (value, args) => partition(value, text(argAt(args, 0, 'sep'), 'sep'), false),
  rpartition: (value, args) => partition(value, text(argAt(args, 0, 'sep'), 'sep'), true),
  isupper: (value) => /\p{Lu}/u.test(value) && !/\p{Ll}/u.test(value),
  islower: (value) => /\p{Ll}/u.test(value) && !/\p{Lu}/u.test(value),
  replace: (value, args) => value.split(text(argAt(args, 0, 'old'), 'old')).join(text(argAt(args, 1, 'new'), 'new')),
  startswith: (value, args) => affixTest(argAt(args, 0, 'prefix'), (affix) => value.startsWith(affix)),
  endswith: (value, args) => affixTest(argAt(args, 0, 'suffix'), (affix) => value.endsWith(affix)),
  removeprefix: (value, args) => {
    const prefix = text(argAt(args, 0, 'prefix'), 'prefix')
    return prefix && value.startsWith(prefix) ? value.slice(prefix.length) : value
  },
  removesuffix: (value, args) => {
    const suffix = text(argAt(args, 0, 'suffix'), 'suffix')
    return suffix && value.endsWith(suffix) ? value.slice(0, -suffix.length) : value
  },
  join: (value, args) => {
    const items = iterate(argAt(args, 0, 'iterable'))
    return firstUnknown(items) ?? items.map((item) => text(item, 'sequence item')).join(value)
  },
  format: (value, args) => firstUnknown([...args.positional, ...args.keywords.values()]) ?? formatFields(value, args)
}

function stripChars(value: string, chars: PyValue, side: 'both' | 'start' | 'end'): string {
  const set = chars === null ? null : text(chars, 'chars')
  const strip = (ch: string) => (set === null ? /\s/.test(ch) : set.includes(ch))
  let start = 0
  let end = value.length
  if (side !== 'end') while (start < end && strip(value[start] as string)) start++
  if (side !== 'start') while (end > start && strip(value[end - 1] as string)) end--
  return value.slice(start, end)
}

function splitText(value: string, sep: PyValue, maxsplit: PyValue): string[] {
  const limit = typeof maxsplit === 'number' ? maxsplit : -1
  if (sep === null) {
    const words = value.trim().split(/\s+/).filter(Boolean)
    if (limit < 0 || words.length <= limit + 1) return words
    throw new NotEvaluable('split() with maxsplit and no separator is not evaluated')
  }
  const separator = text(sep, 'sep')
  if (separator === '') throw new NotEvaluable('empty separator')
  const parts = value.split(separator)
  if (limit < 0 || parts.length <= limit + 1) return parts
  return [...parts.slice(0, limit), parts.slice(limit).join(separator)]
}

function rsplitText(value: string, sep: PyValue, maxsplit: PyValue): string[] {
  const limit = typeof maxsplit === 'number' ? maxsplit : -1
  if (sep === null) {
    if (limit >= 0) throw new NotEvaluable('rsplit() with maxsplit and no separator is not evaluated')
    return value.trim().split(/\s+/).filter(Boolean)
  }
  const separator = text(sep, 'sep')
  if (separator === '') throw new NotEvaluable('empty separator')
  const parts = value.split(separator)
  if (limit < 0 || parts.length <= limit + 1) return parts
  return [parts.slice(0, parts.length - limit).join(separator), ...parts.slice(parts.length - limit)]
}

function partition(value: string, sep: string, fromRight: boolean): PyValue {
  if (sep === '') throw new NotEvaluable('empty separator')
  const at = fromRight ? value.lastIndexOf(sep) : value.indexOf(sep)
  if (at < 0) return tuple(fromRight ? ['', '', value] : [value, '', ''])
  return tuple([value.slice(0, at), sep, value.slice(at + sep.length)])
}

function affixTest(affix: PyValue, test: (affix: string) => boolean): boolean {
  if (isObject(affix) && affix.kind === 'tuple') return affix.items.some((item) => test(text(item, 'affix')))
  return test(text(affix, 'affix'))
}

/** str.format with `{}`, `{0}`, `{name}` and `!s`/`!r`; format specs are not evaluated. */
function formatFields(format: string, args: CallArgs): string {
  let auto = 0
  return format.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (whole, field: string | undefined) => {
    if (whole === '{{') return '{'
    if (whole === '}}') return '}'
    const match = /^([A-Za-z_]\w*|\d*)(?:!([sr]))?$/.exec(field ?? '')
    if (!match) throw new NotEvaluable(`format field {${field}} is not evaluated`)
    const key = match[1] ?? ''
    const value = key === '' ? args.positional[auto++] : /^\d+$/.test(key) ? args.positional[Number(key)] : args.keywords.get(key)
    if (value === undefined) throw new NotEvaluable(`no value for format field {${field}}`)
    return match[2] === 'r' ? pyRepr(value) : pyStr(value)
  })
}

export function listMethod(value: PyList, name: string): PyValue | undefined {
  const method = LIST_METHODS[name]
  return method ? bound('list', name, (args) => method(value, args)) : undefined
}

const LIST_METHODS: Record<string, (value: PyList, args: CallArgs) => PyValue> = {
  append: (value, args) => {
    value.items.push(argAt(args, 0, 'object'))
    return null
  },
  extend: (value, args) => {
    const source = argAt(args, 0, 'iterable')
    value.items.push(...(isUnknown(source) ? [source] : iterate(source)))
    return null
  },
  insert: (value, args) => {
    const index = argAt(args, 0, 'index')
    if (typeof index !== 'number') throw new NotEvaluable('list.insert() needs an int index')
    const at = index < 0 ? Math.max(value.items.length + index, 0) : Math.min(index, value.items.length)
    value.items.splice(at, 0, argAt(args, 1, 'object'))
    return null
  },
  remove: (value, args) => {
    const at = indexIn(value.items, argAt(args, 0, 'value'))
    value.items.splice(at, 1)
    return null
  },
  pop: (value, args) => {
    const index = argAt(args, 0, 'index', -1)
    if (typeof index !== 'number' || value.items.length === 0) throw new NotEvaluable('pop from an empty list')
    return value.items.splice(index < 0 ? value.items.length + index : index, 1)[0] ?? null
  },
  index: (value, args) => indexIn(value.items, argAt(args, 0, 'value')),
  count: (value, args) => value.items.filter((item) => !isUnknown(item) && pyEquals(item, argAt(args, 0, 'value'))).length,
  copy: (value) => list([...value.items])
}

function indexIn(items: PyValue[], wanted: PyValue): number {
  if (isUnknown(wanted)) throw new NotEvaluable('the value looked for is not known')
  const at = items.findIndex((item) => !isUnknown(item) && pyEquals(item, wanted))
  if (at < 0) {
    if (firstUnknown(items)) throw new NotEvaluable(`${pyRepr(wanted)} not found among the known items`)
    throw new NotEvaluable(`${pyRepr(wanted)} is not in the list`)
  }
  return at
}

export function tupleMethod(value: PyValue[], name: string): PyValue | undefined {
  if (name === 'index') return bound('tuple', name, (args) => indexIn(value, argAt(args, 0, 'value')))
  if (name === 'count')
    return bound(
      'tuple',
      name,
      (args) => value.filter((item) => !isUnknown(item) && pyEquals(item, argAt(args, 0, 'value'))).length
    )
  return undefined
}

export function dictMethod(value: PyDict, name: string): PyValue | undefined {
  const method = DICT_METHODS[name]
  return method ? bound('dict', name, (args) => method(value, args)) : undefined
}

function keyOf(value: PyValue) {
  if (!isDictKey(value)) throw new NotEvaluable(`unsupported dict key type ${typeName(value)}`)
  return value
}

const DICT_METHODS: Record<string, (value: PyDict, args: CallArgs) => PyValue> = {
  get: (value, args) => {
    const key = keyOf(argAt(args, 0, 'key'))
    return value.entries.has(key) ? (value.entries.get(key) as PyValue) : argAt(args, 1, 'default', null)
  },
  keys: (value) => list([...value.entries.keys()]),
  values: (value) => list([...value.entries.values()]),
  items: (value) => list([...value.entries].map(([key, item]) => tuple([key, item]))),
  copy: (value) => ({ kind: 'dict', entries: new Map(value.entries) }),
  setdefault: (value, args) => {
    const key = keyOf(argAt(args, 0, 'key'))
    if (!value.entries.has(key)) value.entries.set(key, argAt(args, 1, 'default', null))
    return value.entries.get(key) ?? null
  },
  pop: (value, args) => {
    const key = keyOf(argAt(args, 0, 'key'))
    const found = value.entries.has(key) ? (value.entries.get(key) as PyValue) : argAt(args, 1, 'default')
    value.entries.delete(key)
    return found
  },
  update: (value, args) => {
    const other = args.positional[0]
    if (other !== undefined) {
      if (!isObject(other) || other.kind !== 'dict')
        throw new NotEvaluable(`dict.update() with ${typeName(other)} is not evaluated`)
      for (const [key, item] of other.entries) value.entries.set(key, item)
    }
    for (const [key, item] of args.keywords) value.entries.set(key, item)
    return null
  }
}
