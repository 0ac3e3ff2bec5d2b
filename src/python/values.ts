// The Python values the settings evaluator works with. str, int/float, bool and None are
// JS primitives; containers are mutable objects so aliasing and in-place changes
// (`+=` on a list, `.append`) behave as in Python.

export interface Location {
  file: string
  line: number
}

/** Something that could not be evaluated, with where and why. */
export interface Unknown {
  kind: 'unknown'
  reason: string
  /** Source text of the expression that could not be evaluated. */
  expr: string
  at: Location
  /** Set when the value would come from this environment variable. */
  envVar?: string
}

export interface PyList {
  kind: 'list'
  items: PyValue[]
}

export interface PyTuple {
  kind: 'tuple'
  items: PyValue[]
}

export type DictKey = string | number | boolean | null

export interface PyDict {
  kind: 'dict'
  entries: Map<DictKey, PyValue>
}

/** pathlib.Path, or django-environ's environ.Path (callable, `- n`, `.path()`). */
export interface PyPath {
  kind: 'path'
  path: string
  style: 'pathlib' | 'environ'
}

/** A name from outside the project that is not modelled (django.apps.AppConfig, sentry_sdk). */
export interface PyExtern {
  kind: 'extern'
  name: string
  /** Why its module could not be looked at, when it was not found at all. */
  missing?: string
}

export interface PyModule {
  kind: 'module'
  name: string
  file: string | null
  scope: Scope
  /** Set when a `from x import *` in it could not be followed: its names may be incomplete. */
  incomplete?: Location
}

export interface PyClass {
  kind: 'class'
  name: string
  /** Dotted module of the file that defines it. */
  module: string
  bases: PyValue[]
  scope: Scope
  at: Location
}

export interface CallArgs {
  positional: PyValue[]
  keywords: Map<string, PyValue>
}

/** A modelled object or function (os.environ, Path, env.list, str.split bound to a value). */
export interface PyNative {
  kind: 'native'
  name: string
  attr?: (name: string) => PyValue | undefined
  call?: (args: CallArgs) => PyValue
  getItem?: (key: PyValue) => PyValue
  setItem?: (key: PyValue, value: PyValue) => void
  contains?: (key: PyValue) => boolean | Unknown
  /** What iterating it gives (a named tuple such as urlparse's result). */
  iter?: () => PyValue[]
  /** A function defined with `@classmethod`: looked up on a class, it receives the class first. */
  method?: 'classmethod'
}

export type PyObject = PyList | PyTuple | PyDict | PyPath | PyExtern | PyModule | PyClass | PyNative | Unknown
export type PyValue = string | number | boolean | null | PyObject

/** A branch the evaluator chose without knowing the condition, or code it skipped. */
export interface Assumption {
  at: Location
  text: string
}

export interface Binding {
  value: PyValue
  /** Where the value was last assigned or changed. */
  at: Location
  assumptions: Assumption[]
}

export class Scope {
  readonly names = new Map<string, Binding>()

  get(name: string): Binding | undefined {
    return this.names.get(name)
  }

  set(name: string, binding: Binding): void {
    this.names.set(name, binding)
  }
}

export function isObject(value: PyValue): value is PyObject {
  return value !== null && typeof value === 'object'
}

export function isUnknown(value: PyValue): value is Unknown {
  return isObject(value) && value.kind === 'unknown'
}

export function list(items: PyValue[]): PyList {
  return { kind: 'list', items }
}

export function tuple(items: PyValue[]): PyTuple {
  return { kind: 'tuple', items }
}

export function dict(entries: Iterable<[DictKey, PyValue]> = []): PyDict {
  return { kind: 'dict', entries: new Map(entries) }
}

export function native(name: string, parts: Omit<PyNative, 'kind' | 'name'>): PyNative {
  return { kind: 'native', name, ...parts }
}

/** Items of a list or tuple, else null. */
export function sequenceItems(value: PyValue): PyValue[] | null {
  if (isObject(value) && (value.kind === 'list' || value.kind === 'tuple')) return value.items
  return null
}

export function isDictKey(value: PyValue): value is DictKey {
  return !isObject(value)
}

export function typeName(value: PyValue): string {
  if (value === null) return 'NoneType'
  if (typeof value === 'string') return 'str'
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float'
  if (value.kind === 'path') return value.style === 'environ' ? 'environ.Path' : 'Path'
  if (value.kind === 'native' || value.kind === 'extern') return value.name
  return value.kind
}

export function extern(name: string, missing?: string): PyExtern {
  return missing ? { kind: 'extern', name, missing } : { kind: 'extern', name }
}

export function pathValue(path: string): PyPath {
  return { kind: 'path', path, style: 'pathlib' }
}
