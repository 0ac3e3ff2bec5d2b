// Settings read from the environment through django-environ (`env = environ.Env()`),
// python-decouple (`config(...)`) and python-dotenv (`load_dotenv()`), as those libraries
// do it: the process environment first, then their `.env` file, then the default.
import path from 'node:path'
import { findUpward, parseDotenv, parseSettingsIni, readIfFile } from './dotenv-file.js'
import { argAt, optionalArg } from './methods.js'
import { environPath, fspath } from './native-os.js'
import type { Runtime } from './runtime.js'
import { NotEvaluable, PyRaise, requireKnown, requireKnownValue } from './signals.js'
import { dict, extern, isObject, list, native, tuple, typeName, type CallArgs, type PyValue } from './values.js'
import { castBoolean, castNumber, fromJson, nameOfCast } from './casts.js'

const NOTSET = Symbol('NOTSET')

/** The `environ` module of django-environ. */
export function environModule(rt: Runtime, callerDir: string): PyValue {
  const readEnv = native('environ.Env.read_env', { call: (args) => readEnvFile(rt, args, callerDir) })
  const envClass = native('environ.Env', {
    attr: (name) => (name === 'read_env' ? readEnv : undefined),
    call: (args) => envInstance(rt, args.keywords, readEnv)
  })
  const pathClass = native('environ.Path', {
    call: (args) => {
      requireKnown(args)
      return environPath(rt.projectDir, fspath(argAt(args, 0, 'start')), {
        positional: args.positional.slice(1),
        keywords: new Map()
      })
    }
  })
  const members: Record<string, PyValue> = { Env: envClass, Path: pathClass }
  return native('environ', { attr: (name) => members[name] ?? extern(`environ.${name}`) })
}

/** django-environ's Env.read_env: KEY=value lines set with setdefault (or overwrite=True). */
function readEnvFile(rt: Runtime, args: CallArgs, callerDir: string): PyValue {
  requireKnown(args)
  const given = args.positional[0] ?? args.keywords.get('env_file') ?? null
  const file = given === null ? path.join(callerDir, '.env') : path.resolve(rt.projectDir, fspath(given))
  const text = readIfFile(file)
  if (text === null) return null
  const overwrite = args.keywords.get('overwrite') === true
  for (const [key, value] of parseDotenv(text)) if (overwrite || !rt.env.has(key)) rt.env.set(key, value)
  return null
}

function envInstance(rt: Runtime, scheme: Map<string, PyValue>, readEnv: PyValue): PyValue {
  const methods: Record<string, PyValue> = { read_env: readEnv }
  for (const kind of ['str', 'bool', 'int', 'float', 'list', 'tuple', 'dict', 'json']) {
    methods[kind] = native(`env.${kind}`, { call: (args) => environCall(rt, args, kind, scheme) })
  }
  for (const kind of ['db', 'db_url', 'cache', 'cache_url', 'email', 'email_url', 'search_url', 'url', 'path']) {
    methods[kind] = native(`env.${kind}`, {
      call: () => {
        throw new NotEvaluable(`env.${kind}() is not evaluated`)
      }
    })
  }
  return native('environ.Env()', { attr: (name) => methods[name], call: (args) => environCall(rt, args, null, scheme) })
}

/** env(var, cast=None, default=NOTSET), env.list(var, cast=None, default=NOTSET), env.bool(var, default=NOTSET)... */
function environCall(rt: Runtime, args: CallArgs, kind: string | null, scheme: Map<string, PyValue>): PyValue {
  const name = argAt(args, 0, 'var')
  if (typeof name !== 'string') throw new NotEvaluable('the variable name is not a str')
  const takesCast = kind === null || kind === 'list' || kind === 'tuple' || kind === 'dict'
  const cast = takesCast ? optionalArg(args, 1, 'cast') : undefined
  const fallback = optionalArg(args, takesCast ? 2 : 1, 'default')
  const castKind = kind ?? (cast === undefined || cast === null ? null : nameOfCast(cast))
  const itemCast = kind !== null && cast !== undefined && cast !== null ? nameOfCast(cast) : null
  const value = environValue(rt, name, castKind, fallback === undefined ? NOTSET : fallback, scheme)
  return itemCast === null ? value : castItems(value, itemCast)
}

function castItems(value: PyValue, cast: string): PyValue {
  if (!isObject(value) || (value.kind !== 'list' && value.kind !== 'tuple')) return value
  const items = value.items.map((item) => (typeof item === 'string' ? parseEnvironValue(item, cast) : item))
  return value.kind === 'list' ? list(items) : tuple(items)
}

function environValue(
  rt: Runtime,
  name: string,
  cast: string | null,
  fallback: PyValue | typeof NOTSET,
  scheme: Map<string, PyValue>
): PyValue {
  const [schemeCast, schemeDefault] = schemeOf(scheme.get(name))
  const effectiveCast = cast ?? schemeCast
  const effectiveDefault = fallback === NOTSET ? schemeDefault : fallback
  const raw = rt.env.get(name)
  if (raw === undefined) {
    if (effectiveDefault === NOTSET) {
      throw new PyRaise('ImproperlyConfigured', `environment variable ${name} is not set and has no default`, name)
    }
    requireKnownValue(effectiveDefault)
    return effectiveDefault
  }
  return parseEnvironValue(raw, effectiveCast)
}

function schemeOf(entry: PyValue | undefined): [string | null, PyValue | typeof NOTSET] {
  if (entry === undefined) return [null, NOTSET]
  if (isObject(entry) && entry.kind === 'tuple' && entry.items.length === 2) {
    return [nameOfCast(entry.items[0] ?? null), entry.items[1] ?? null]
  }
  return [nameOfCast(entry), NOTSET]
}

/** django-environ's parse_value. */
function parseEnvironValue(raw: string, cast: string | null): PyValue {
  switch (cast) {
    case null:
    case 'str':
      return raw
    case 'bool':
      return /^-?\d+$/.test(raw.trim())
        ? Number(raw) !== 0
        : ['true', 'on', 'ok', 'y', 'yes', '1'].includes(raw.trim().toLowerCase())
    case 'int':
    case 'float':
      return castNumber(raw, cast)
    case 'list':
      return list(raw.split(',').filter(Boolean))
    case 'tuple':
      return tuple(raw.replace(/^\(+/, '').replace(/\)+$/, '').split(',').filter(Boolean))
    case 'dict':
      return dict(
        raw
          .split(',')
          .filter(Boolean)
          .map((pair) => pair.split('=', 2) as [string, string])
      )
    case 'json':
      return fromJson(raw)
  }
  throw new NotEvaluable(`cast ${cast} is not evaluated`)
}

/** The `decouple` module: `config` (AutoConfig), AutoConfig, Config, RepositoryEnv/Ini, Csv. */
export function decoupleModule(rt: Runtime, callerDir: string): PyValue {
  const csv = native('decouple.Csv', { call: (args) => csvCast(args) })
  const repository = (kind: 'env' | 'ini') =>
    native(`decouple.Repository${kind === 'env' ? 'Env' : 'Ini'}`, {
      call: (args) => {
        requireKnown(args)
        return repositoryValue(path.resolve(rt.projectDir, fspath(argAt(args, 0, 'source'))), kind)
      }
    })
  const members: Record<string, PyValue> = {
    config: decoupleConfig(rt, () => autoRepository(callerDir)),
    AutoConfig: native('decouple.AutoConfig', {
      call: (args) => {
        requireKnown(args)
        const start = argAt(args, 0, 'search_path', null)
        return decoupleConfig(rt, () => autoRepository(start === null ? callerDir : path.resolve(rt.projectDir, fspath(start))))
      }
    }),
    Config: native('decouple.Config', { call: (args) => decoupleConfig(rt, () => repositoryMap(argAt(args, 0, 'repository'))) }),
    RepositoryEnv: repository('env'),
    RepositoryIni: repository('ini'),
    Csv: csv
  }
  return native('decouple', { attr: (name) => members[name] ?? extern(`decouple.${name}`) })
}

type Repository = Map<string, string>

const REPOSITORIES = new WeakMap<object, Repository>()

function repositoryValue(file: string, kind: 'env' | 'ini'): PyValue {
  const text = readIfFile(file) ?? ''
  const value = native(`decouple.Repository(${file})`, {})
  REPOSITORIES.set(value, kind === 'env' ? parseDotenv(text) : parseSettingsIni(text))
  return value
}

function repositoryMap(value: PyValue): Repository {
  const found = isObject(value) ? REPOSITORIES.get(value) : undefined
  if (!found) throw new NotEvaluable(`decouple.Config() with ${typeName(value)} is not evaluated`)
  return found
}

/** AutoConfig: the nearest settings.ini or .env from the caller's directory up. */
function autoRepository(start: string): Repository {
  const file = findUpward(start, ['settings.ini', '.env'])
  if (!file) return new Map()
  const text = readIfFile(file) ?? ''
  return file.endsWith('.ini') ? parseSettingsIni(text) : parseDotenv(text)
}

function decoupleConfig(rt: Runtime, load: () => Repository): PyValue {
  let repository: Repository | null = null
  return native('decouple.config', {
    call: (args) => {
      const name = argAt(args, 0, 'option')
      if (typeof name !== 'string') throw new NotEvaluable('the option name is not a str')
      repository ??= load()
      const fromFile = repository.get(name) ?? repository.get(name.toLowerCase())
      const raw = rt.env.get(name) ?? fromFile
      const fallback = optionalArg(args, 1, 'default')
      if (raw === undefined && fallback === undefined) {
        throw new PyRaise('UndefinedValueError', `${name} is not set in the environment or a .env file and has no default`, name)
      }
      const value = raw ?? (fallback as PyValue)
      requireKnownValue(value)
      const cast = optionalArg(args, 2, 'cast')
      return cast === undefined ? value : decoupleCast(value, cast)
    }
  })
}

function decoupleCast(value: PyValue, cast: PyValue): PyValue {
  if (isObject(cast) && CSV_CASTS.has(cast)) return (CSV_CASTS.get(cast) as (value: PyValue) => PyValue)(value)
  const kind = nameOfCast(cast)
  if (kind === 'bool') return castBoolean(value)
  if (kind === 'int' || kind === 'float') return castNumber(value, kind)
  if (kind === 'str') return typeof value === 'string' ? value : fspath(value)
  if (kind === 'list' && typeof value === 'string') return list([...value])
  throw new NotEvaluable(`cast=${typeName(cast)} is not evaluated`)
}

const CSV_CASTS = new WeakMap<object, (value: PyValue) => PyValue>()

/** decouple.Csv(cast=None, delimiter=',', post_process=list): split, strip, drop empty items. */
function csvCast(args: CallArgs): PyValue {
  requireKnown(args)
  const delimiter = argAt(args, 1, 'delimiter', ',')
  const itemCast = argAt(args, 0, 'cast', null)
  const post = args.keywords.get('post_process')
  if (typeof delimiter !== 'string' || (post !== undefined && nameOfCast(post) !== 'list' && nameOfCast(post) !== 'tuple')) {
    throw new NotEvaluable('this Csv() configuration is not evaluated')
  }
  const value = native('decouple.Csv()', {})
  CSV_CASTS.set(value, (raw) => {
    if (typeof raw !== 'string') throw new NotEvaluable('Csv() needs a str')
    const items = raw
      .split(new RegExp(`[${delimiter.replace(/[\]\\^-]/g, '\\$&')}]`))
      .map((item) => item.trim())
      .filter(Boolean)
    const cast = items.map((item) => (itemCast === null ? item : decoupleCast(item, itemCast)))
    return post !== undefined && nameOfCast(post) === 'tuple' ? tuple(cast) : list(cast)
  })
  return value
}

/** python-dotenv: load_dotenv, find_dotenv, dotenv_values. */
export function dotenvModule(rt: Runtime, callerDir: string): PyValue {
  const locate = (given: PyValue | undefined): string | null => {
    if (given === undefined || given === null || given === '') return findUpward(callerDir, ['.env'])
    return path.resolve(rt.projectDir, fspath(given))
  }
  const members: Record<string, PyValue> = {
    load_dotenv: native('dotenv.load_dotenv', {
      call: (args) => {
        requireKnown(args)
        const file = locate(args.positional[0] ?? args.keywords.get('dotenv_path'))
        const text = file === null ? null : readIfFile(file)
        if (text === null) return false
        const override = args.keywords.get('override') === true
        for (const [key, value] of parseDotenv(text)) if (override || !rt.env.has(key)) rt.env.set(key, value)
        return true
      }
    }),
    find_dotenv: native('dotenv.find_dotenv', { call: () => findUpward(callerDir, ['.env']) ?? '' }),
    dotenv_values: native('dotenv.dotenv_values', {
      call: (args) => {
        requireKnown(args)
        const file = locate(args.positional[0] ?? args.keywords.get('dotenv_path'))
        return dict([...parseDotenv((file && readIfFile(file)) ?? '')])
      }
    })
  }
  return native('dotenv', { attr: (name) => members[name] ?? extern(`dotenv.${name}`) })
}
