// The builtins settings files call (str, list, bool, len...) and the json module.
import { castNumber, fromJson } from './casts.js'
import { argAt, iterate, stringMethod } from './methods.js'
import { pyRepr, pyStr, truthy } from './semantics.js'
import { NotEvaluable, requireKnown } from './signals.js'
import {
  dict,
  extern,
  isDictKey,
  isObject,
  list,
  native,
  sequenceItems,
  tuple,
  typeName,
  type CallArgs,
  type PyNative,
  type PyValue
} from './values.js'

function builtin(name: string, body: (args: CallArgs) => PyValue): PyValue {
  return native(`builtins.${name}`, {
    call: (args) => {
      requireKnown(args)
      return body(args)
    }
  })
}

const BUILTINS: Record<string, PyValue> = {
  str: builtin('str', (args) => (args.positional.length === 0 ? '' : pyStr(argAt(args, 0, 'object')))),
  repr: builtin('repr', (args) => pyRepr(argAt(args, 0, 'object'))),
  int: builtin('int', (args) => castNumber(argAt(args, 0, 'x', 0), 'int')),
  float: builtin('float', (args) => castNumber(argAt(args, 0, 'x', 0), 'float')),
  bool: builtin('bool', (args) => truthy(argAt(args, 0, 'x', false))),
  list: builtin('list', (args) => list(args.positional.length === 0 ? [] : [...iterate(argAt(args, 0, 'iterable'))])),
  tuple: builtin('tuple', (args) => tuple(args.positional.length === 0 ? [] : [...iterate(argAt(args, 0, 'iterable'))])),
  dict: builtin('dict', (args) => makeDict(args)),
  len: builtin('len', (args) => lengthOf(argAt(args, 0, 'obj'))),
  sorted: builtin('sorted', (args) => sortedList(iterate(argAt(args, 0, 'iterable')))),
  print: builtin('print', () => null),
  map: builtin('map', (args) => mapped(args)),
  filter: builtin('filter', (args) => filtered(argAt(args, 0, 'function'), iterate(argAt(args, 1, 'iterable')))),
  any: builtin('any', (args) => anyAll(iterate(argAt(args, 0, 'iterable')), true)),
  all: builtin('all', (args) => anyAll(iterate(argAt(args, 0, 'iterable')), false)),
  enumerate: builtin('enumerate', (args) => enumerated(iterate(argAt(args, 0, 'iterable')), argAt(args, 1, 'start', 0))),
  zip: builtin('zip', (args) => zipped(args.positional.map(iterate))),
  reversed: builtin('reversed', (args) => list([...iterate(argAt(args, 0, 'sequence'))].reverse())),
  range: builtin('range', (args) => rangeOf(args.positional))
}

/** Calls a function value (a modelled function, or the project's own def/lambda). */
function callFunction(fn: PyValue, positional: PyValue[]): PyValue {
  if (isObject(fn) && fn.kind === 'native' && fn.call) return fn.call({ positional, keywords: new Map() })
  throw new NotEvaluable(`calling ${typeName(fn)} here is not evaluated`)
}

/** A known result, or the Unknown a call produced (stops the builtin with it). */
function knownResult(value: PyValue): PyValue {
  requireKnown({ positional: [value], keywords: new Map() })
  return value
}

function mapped(args: CallArgs): PyValue {
  const [fn, ...iterables] = args.positional
  if (fn === undefined || iterables.length === 0) throw new NotEvaluable('map() needs a function and an iterable')
  const columns = iterables.map(iterate)
  const length = Math.min(...columns.map((column) => column.length))
  return list(
    Array.from({ length }, (_, i) =>
      callFunction(
        fn,
        columns.map((column) => column[i] as PyValue)
      )
    )
  )
}

function filtered(fn: PyValue, items: PyValue[]): PyValue {
  return list(items.filter((item) => truthy(knownResult(fn === null ? item : callFunction(fn, [item])))))
}

function anyAll(items: PyValue[], any: boolean): boolean {
  for (const item of items) if (truthy(knownResult(item)) === any) return any
  return !any
}

function enumerated(items: PyValue[], start: PyValue): PyValue {
  if (typeof start !== 'number') throw new NotEvaluable('enumerate() start must be an int')
  return list(items.map((item, i) => tuple([start + i, item])))
}

function zipped(columns: PyValue[][]): PyValue {
  const length = columns.length === 0 ? 0 : Math.min(...columns.map((column) => column.length))
  return list(Array.from({ length }, (_, i) => tuple(columns.map((column) => column[i] as PyValue))))
}

function rangeOf(bounds: PyValue[]): PyValue {
  if (!bounds.every((bound) => typeof bound === 'number' && Number.isInteger(bound)) || bounds.length < 1 || bounds.length > 3) {
    throw new NotEvaluable('range() needs one to three ints')
  }
  const [start, stop, step] =
    bounds.length === 1
      ? [0, bounds[0] as number, 1]
      : [bounds[0] as number, bounds[1] as number, (bounds[2] as number | undefined) ?? 1]
  if (step === 0) throw new NotEvaluable('range() step must not be zero')
  const count = Math.max(0, Math.ceil((stop - start) / step))
  if (count > 10_000) throw new NotEvaluable('the range is too long to evaluate')
  return list(Array.from({ length: count }, (_, i) => start + i * step))
}

/** `str.strip` and the like, unbound: `map(str.strip, parts)`. */
const STR_TYPE: PyValue = { ...(BUILTINS.str as PyNative), attr: (name) => unboundStringMethod(name) }

function unboundStringMethod(name: string): PyValue | undefined {
  if (stringMethod('', name) === undefined) return undefined
  return native(`str.${name}`, {
    call: (args) => {
      const [self, ...rest] = args.positional
      if (typeof self !== 'string') throw new NotEvaluable(`str.${name}() needs a str, not ${typeName(self ?? null)}`)
      const method = stringMethod(self, name) as PyNative
      return (method.call as (args: CallArgs) => PyValue)({ positional: rest, keywords: args.keywords })
    }
  })
}

export function builtinNamed(name: string): PyValue | undefined {
  return name === 'str' ? STR_TYPE : BUILTINS[name]
}

function makeDict(args: CallArgs): PyValue {
  const result = dict()
  const source = args.positional[0]
  if (source !== undefined) {
    if (isObject(source) && source.kind === 'dict') for (const [key, value] of source.entries) result.entries.set(key, value)
    else for (const pair of iterate(source)) addPair(result.entries, pair)
  }
  for (const [key, value] of args.keywords) result.entries.set(key, value)
  return result
}

function addPair(entries: Map<string | number | boolean | null, PyValue>, pair: PyValue): void {
  const items = sequenceItems(pair)
  const key = items?.[0]
  if (!items || items.length !== 2 || key === undefined || !isDictKey(key)) throw new NotEvaluable('dict() needs key/value pairs')
  entries.set(key, items[1] ?? null)
}

function lengthOf(value: PyValue): number {
  if (typeof value === 'string') return [...value].length
  if (isObject(value) && value.kind === 'dict') return value.entries.size
  const items = sequenceItems(value)
  if (!items) throw new NotEvaluable(`len() of ${typeName(value)} is not evaluated`)
  return items.length
}

function sortedList(items: PyValue[]): PyValue {
  if (items.every((item) => typeof item === 'string')) return list([...(items as string[])].sort(compareCodePoints))
  if (items.every((item) => typeof item === 'number')) return list([...(items as number[])].sort((a, b) => a - b))
  throw new NotEvaluable('sorted() of mixed values is not evaluated')
}

function compareCodePoints(a: string, b: string): number {
  const x = [...a].map((ch) => ch.codePointAt(0) ?? 0)
  const y = [...b].map((ch) => ch.codePointAt(0) ?? 0)
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0)
  return x.length - y.length
}

export function jsonModule(): PyValue {
  const loads = native('json.loads', {
    call: (args) => {
      requireKnown(args)
      const text = argAt(args, 0, 's')
      if (typeof text !== 'string') throw new NotEvaluable('json.loads() needs a str')
      return fromJson(text)
    }
  })
  return native('json', { attr: (name) => (name === 'loads' ? loads : extern(`json.${name}`)) })
}

/** django.conf.global_settings: the static-files defaults settings sometimes build on. */
export function globalSettingsModule(): PyValue {
  const members: Record<string, PyValue> = {
    INSTALLED_APPS: list([]),
    STATIC_URL: null,
    STATIC_ROOT: null,
    STATICFILES_DIRS: list([]),
    STATICFILES_FINDERS: list([
      'django.contrib.staticfiles.finders.FileSystemFinder',
      'django.contrib.staticfiles.finders.AppDirectoriesFinder'
    ]),
    FORCE_SCRIPT_NAME: null,
    STORAGES: dict([
      ['default', dict([['BACKEND', 'django.core.files.storage.FileSystemStorage']])],
      ['staticfiles', dict([['BACKEND', 'django.contrib.staticfiles.storage.StaticFilesStorage']])]
    ])
  }
  return native('django.conf.global_settings', { attr: (name) => members[name] ?? extern(`django.conf.global_settings.${name}`) })
}
