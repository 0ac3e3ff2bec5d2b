// os, os.path, sys and pathlib as settings files use them. The working directory is the
// project directory (where manage.py runs); os.environ is the action's environment.
import { existsSync, statSync } from 'node:fs'
import { argAt } from './methods.js'
import * as paths from './paths.js'
import type { Runtime } from './runtime.js'
import { NotEvaluable, PyRaise, requireKnown } from './signals.js'
import { extern, isObject, list, native, pathValue, typeName, type CallArgs, type PyPath, type PyValue } from './values.js'

/** os.fspath: the text of a str or path. */
export function fspath(value: PyValue): string {
  if (typeof value === 'string') return value
  if (isObject(value) && value.kind === 'path') return value.path
  throw new NotEvaluable(`expected str or path, not ${typeName(value)}`)
}

function known<T>(body: (args: CallArgs) => T) {
  return (args: CallArgs): T => {
    requireKnown(args)
    return body(args)
  }
}

function fn(name: string, body: (args: CallArgs) => PyValue): PyValue {
  return native(name, { call: known(body) })
}

export function osModule(rt: Runtime): PyValue {
  const members: Record<string, PyValue> = {
    environ: environMapping(rt),
    path: osPathModule(rt),
    getenv: fn('os.getenv', (args) => rt.env.get(String(argAt(args, 0, 'key'))) ?? argAt(args, 1, 'default', null)),
    getcwd: fn('os.getcwd', () => rt.projectDir),
    fspath: fn('os.fspath', (args) => fspath(argAt(args, 0, 'path'))),
    sep: '/',
    pathsep: ':',
    curdir: '.',
    pardir: '..',
    name: 'posix',
    linesep: '\n'
  }
  return native('os', { attr: (name) => members[name] ?? extern(`os.${name}`) })
}

/** os.environ over the action's environment, changes included (setdefault, item assignment). */
function environMapping(rt: Runtime): PyValue {
  const read = (key: PyValue): string => {
    if (typeof key !== 'string') throw new NotEvaluable('environment variable names are strings')
    const value = rt.env.get(key)
    if (value === undefined) throw new PyRaise('KeyError', `environment variable ${key} is not set`, key)
    return value
  }
  const members: Record<string, PyValue> = {
    get: fn('os.environ.get', (args) => rt.env.get(String(argAt(args, 0, 'key'))) ?? argAt(args, 1, 'default', null)),
    setdefault: fn('os.environ.setdefault', (args) => {
      const key = String(argAt(args, 0, 'key'))
      if (!rt.env.has(key)) rt.env.set(key, fspath(argAt(args, 1, 'value')))
      return rt.env.get(key) ?? null
    })
  }
  return native('os.environ', {
    attr: (name) => members[name],
    getItem: read,
    setItem: (key, value) => void rt.env.set(String(key), fspath(value)),
    contains: (key) => typeof key === 'string' && rt.env.has(key)
  })
}

function osPathModule(rt: Runtime): PyValue {
  const cwd = rt.projectDir
  const onePath = (body: (path: string) => PyValue) => (args: CallArgs) => body(fspath(argAt(args, 0, 'path')))
  const isKind = (path: string, test: 'file' | 'dir' | 'any') => {
    const absolute = paths.abspath(path, cwd)
    if (!existsSync(absolute)) return false
    const stat = statSync(absolute)
    return test === 'any' || (test === 'dir' ? stat.isDirectory() : stat.isFile())
  }
  const members: Record<string, PyValue> = {
    join: fn('os.path.join', (args) => paths.posixJoin(fspath(argAt(args, 0, 'a')), ...args.positional.slice(1).map(fspath))),
    dirname: fn(
      'os.path.dirname',
      onePath((path) => paths.dirname(path))
    ),
    basename: fn(
      'os.path.basename',
      onePath((path) => paths.basename(path))
    ),
    abspath: fn(
      'os.path.abspath',
      onePath((path) => paths.abspath(path, cwd))
    ),
    realpath: fn(
      'os.path.realpath',
      onePath((path) => paths.realpath(path, cwd))
    ),
    normpath: fn(
      'os.path.normpath',
      onePath((path) => paths.normpath(path))
    ),
    expanduser: fn(
      'os.path.expanduser',
      onePath((path) => paths.expanduser(path, rt.env.get('HOME')))
    ),
    exists: fn(
      'os.path.exists',
      onePath((path) => isKind(path, 'any'))
    ),
    isdir: fn(
      'os.path.isdir',
      onePath((path) => isKind(path, 'dir'))
    ),
    isfile: fn(
      'os.path.isfile',
      onePath((path) => isKind(path, 'file'))
    ),
    isabs: fn(
      'os.path.isabs',
      onePath((path) => path.startsWith('/'))
    ),
    sep: '/'
  }
  return native('os.path', { attr: (name) => members[name] ?? extern(`os.path.${name}`) })
}

export function sysModule(rt: Runtime): PyValue {
  const members: Record<string, PyValue> = {
    argv: list([...rt.argv]),
    path: rt.sysPath,
    platform: 'linux'
  }
  return native('sys', { attr: (name) => members[name] ?? extern(`sys.${name}`) })
}

export function pathlibModule(rt: Runtime): PyValue {
  const members: Record<string, PyValue> = {}
  for (const name of ['Path', 'PosixPath', 'PurePath', 'PurePosixPath']) members[name] = pathClass(rt, name)
  return native('pathlib', { attr: (name) => members[name] ?? extern(`pathlib.${name}`) })
}

function pathClass(rt: Runtime, name: string): PyValue {
  const members: Record<string, PyValue> = {
    cwd: fn(`${name}.cwd`, () => pathValue(rt.projectDir)),
    home: fn(`${name}.home`, () => pathValue(rt.env.get('HOME') ?? '/'))
  }
  return native(`pathlib.${name}`, {
    attr: (member) => members[member],
    call: known((args) => pathValue(paths.pathlibJoin(...args.positional.map(fspath))))
  })
}

/** Attributes and methods of a pathlib.Path or environ.Path value. */
export function pathAttribute(rt: Runtime, value: PyPath, name: string): PyValue | undefined {
  if (value.style === 'environ') return environPathAttribute(rt, value, name)
  const path = value.path
  const cwd = rt.projectDir
  const method = (body: (args: CallArgs) => PyValue) => fn(`Path.${name}`, body)
  const exists = (test: (absolute: string) => boolean) =>
    method(() => existsSync(paths.abspath(path, cwd)) && test(paths.abspath(path, cwd)))
  switch (name) {
    case 'parent':
      return pathValue(paths.pathlibParent(path))
    case 'parents':
      return ancestors(path)
    case 'name':
      return paths.pathlibName(path)
    case 'stem':
      return paths.pathlibStem(path)
    case 'suffix':
      return paths.pathlibSuffix(path)
    case 'resolve':
      return method(() => pathValue(paths.realpath(path, cwd)))
    case 'absolute':
      return method(() => pathValue(path.startsWith('/') ? path : paths.pathlibJoin(cwd, path)))
    case 'expanduser':
      return method(() => pathValue(paths.expanduser(path, rt.env.get('HOME'))))
    case 'joinpath':
      return method((args) => pathValue(paths.pathlibJoin(path, ...args.positional.map(fspath))))
    case 'as_posix':
      return method(() => path)
    case 'exists':
      return exists(() => true)
    case 'is_dir':
      return exists((absolute) => statSync(absolute).isDirectory())
    case 'is_file':
      return exists((absolute) => statSync(absolute).isFile())
  }
  return undefined
}

function ancestors(path: string): PyValue {
  return native('Path.parents', {
    getItem: (index) => {
      if (typeof index !== 'number' || index < 0) throw new NotEvaluable('Path.parents takes a non-negative index')
      let current = path
      for (let i = 0; i <= index; i++) {
        const parent = paths.pathlibParent(current)
        if (parent === current) throw new PyRaise('IndexError', `${path} has no parent number ${index}`)
        current = parent
      }
      return pathValue(current)
    }
  })
}

/** django-environ's Path: `root`, `.path(*parts)`, and calling it gives the joined text. */
function environPathAttribute(rt: Runtime, value: PyPath, name: string): PyValue | undefined {
  if (name === 'root') return value.path
  if (name === 'path') {
    return fn('environ.Path.path', (args) => environPath(rt.projectDir, value.path, args))
  }
  return undefined
}

export function environPath(cwd: string, start: string, args: CallArgs): PyPath {
  const joined = paths.posixJoin(start, ...args.positional.map(fspath))
  return { kind: 'path', path: paths.abspath(joined, cwd), style: 'environ' }
}
