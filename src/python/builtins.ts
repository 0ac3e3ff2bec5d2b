// The builtins settings files call (str, list, bool, len...) and the json module.
import { castNumber, fromJson } from './casts.js'
import { argAt, iterate } from './methods.js'
import { pyRepr, pyStr, truthy } from './semantics.js'
import { NotEvaluable, requireKnown } from './signals.js'
import { dict, extern, isDictKey, isObject, list, native, sequenceItems, tuple, typeName, type CallArgs, type PyValue } from './values.js'

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
  print: builtin('print', () => null)
}

export function builtinNamed(name: string): PyValue | undefined {
  return BUILTINS[name]
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
    STATICFILES_FINDERS: list(['django.contrib.staticfiles.finders.FileSystemFinder', 'django.contrib.staticfiles.finders.AppDirectoriesFinder']),
    FORCE_SCRIPT_NAME: null,
    STORAGES: dict([
      ['default', dict([['BACKEND', 'django.core.files.storage.FileSystemStorage']])],
      ['staticfiles', dict([['BACKEND', 'django.contrib.staticfiles.storage.StaticFilesStorage']])]
    ])
  }
  return native('django.conf.global_settings', { attr: (name) => members[name] ?? extern(`django.conf.global_settings.${name}`) })
}
