// State shared by one evaluation of a settings module and everything it imports:
// the environment it reads, the exception handlers in force, the branch assumptions,
// and where each value came from.
import { lineOf, snippetOf, type ParsedFile, type SyntaxNode } from './python-parser.js'
import type { Assumption, Binding, Location, PyList, PyModule, PyValue, Scope, Unknown } from './values.js'

export interface ModuleState {
  /** Dotted module name (`config.settings.base`). */
  name: string
  /** Package that relative imports start from. */
  package: string
  parsed: ParsedFile
  scope: Scope
  value: PyModule
}

/** Looks modules up and runs the project's own; implemented in imports.ts. */
export interface Importer {
  importModule(dotted: string, ctx: Ctx, node: SyntaxNode): PyValue
  /** A module the evaluator models itself (os, pathlib, django.conf.global_settings...), if `dotted` is one. */
  modelled(dotted: string, ctx: Ctx): PyValue | undefined
  /** Whether `dotted` names a module that can be imported (for `hasattr` on a package). */
  findsModule(dotted: string): boolean
}

/** Something the user should hear about even when no extracted setting depends on it. */
export interface Report {
  at: Location
  message: string
  severity: 'warning' | 'notice'
}

/** A Python exception on its way to an `except` clause that catches it. */
export class PyException extends Error {
  constructor(
    readonly type: string,
    readonly unknown: Unknown,
    readonly assumption?: Assumption
  ) {
    super(`${type}: ${unknown.reason}`)
  }
}

/** Raised by `break` / `continue` inside an evaluated `for` loop. */
export class LoopSignal extends Error {
  constructor(readonly kind: 'break' | 'continue') {
    super(kind)
  }
}

const EXCEPTION_PARENTS: Record<string, string> = {
  KeyError: 'LookupError',
  IndexError: 'LookupError',
  LookupError: 'Exception',
  ModuleNotFoundError: 'ImportError',
  ImportError: 'Exception',
  ImproperlyConfigured: 'Exception',
  UndefinedValueError: 'Exception',
  ValueError: 'Exception',
  TypeError: 'Exception',
  AttributeError: 'Exception',
  FileNotFoundError: 'OSError',
  OSError: 'Exception',
  Exception: 'BaseException'
}

export function exceptionCaughtBy(handler: string, type: string): boolean {
  for (let current: string | undefined = type; current; current = EXCEPTION_PARENTS[current]) {
    if (current === handler) return true
  }
  return false
}

export interface RuntimeOptions {
  env: Map<string, string>
  projectDir: string
  sysPath: PyList
  /** Whether a Python interpreter told us its sys.path (else "not installed" is a guess). */
  hasPython: boolean
  importer: Importer
}

export class Runtime {
  readonly env: Map<string, string>
  readonly projectDir: string
  readonly sysPath: PyList
  readonly hasPython: boolean
  readonly importer: Importer
  /** What `manage.py collectstatic --noinput` would see. */
  readonly argv = ['manage.py', 'collectstatic', '--noinput']
  /** Exception types caught by the `try` bodies being executed, innermost last. */
  readonly handlers: string[][] = []
  /** Assumptions of the branches being executed. */
  branch: Assumption[] = []
  /** Assumptions of the names read by the statement being executed. */
  reads = new Set<Assumption>()
  readonly modules = new Map<string, ModuleState>()
  readonly reports: Report[] = []
  /** Calls to the project's own functions being evaluated, outermost first (bounds recursion). */
  callDepth = 0
  private budget = 200_000

  constructor(options: RuntimeOptions) {
    this.env = options.env
    this.projectDir = options.projectDir
    this.sysPath = options.sysPath
    this.hasPython = options.hasPython
    this.importer = options.importer
  }

  /** Counts evaluation steps so a pathological file cannot hang the action. */
  step(): boolean {
    this.budget--
    return this.budget > 0
  }

  /** Python would raise here: throw when an enclosing `except` catches it, else go on with an Unknown. */
  raise(type: string, unknown: Unknown, assumption?: Assumption): Unknown {
    if (this.handlers.some((types) => types.some((handler) => exceptionCaughtBy(handler, type)))) {
      throw new PyException(type, unknown, assumption)
    }
    return unknown
  }

  noteRead(binding: Binding): void {
    for (const assumption of binding.assumptions) this.reads.add(assumption)
  }

  /** Runs `body` with a fresh set of reads and returns them, restoring the outer set afterwards. */
  withReads<T>(body: () => T): { result: T; reads: Set<Assumption> } {
    const outer = this.reads
    const reads = new Set<Assumption>()
    this.reads = reads
    try {
      return { result: body(), reads }
    } finally {
      this.reads = outer
    }
  }

  withBranch<T>(assumptions: Iterable<Assumption>, body: () => T): T {
    const outer = this.branch
    this.branch = [...outer, ...assumptions]
    try {
      return body()
    } finally {
      this.branch = outer
    }
  }
}

/** Where code runs: a module, and a class body's or a function call's own names inside it. */
export interface Ctx {
  rt: Runtime
  mod: ModuleState
  locals: Scope | null
  /** `locals` is a function's (or comprehension's) scope, which nested functions close over; a class body's is not. */
  inFunction?: boolean
  /** Scopes of the enclosing function calls, innermost first (closures). */
  enclosing?: Scope[]
  /** Names a `global` or `nonlocal` statement of the running function sends to another scope. */
  declared?: Map<string, Scope>
  /** Guesses and skipped blocks inside the running function that may have decided what it returns. */
  returnAssumptions?: Assumption[]
}

/** The function scopes a function or comprehension defined here can see. */
export function visibleFunctionScopes(ctx: Ctx): Scope[] {
  const enclosing = ctx.enclosing ?? []
  return ctx.inFunction && ctx.locals ? [ctx.locals, ...enclosing] : enclosing
}

/** A comprehension's own scope: it sees the function scopes around it, not a class body's names. */
export function comprehensionCtx(ctx: Ctx, locals: Scope): Ctx {
  return {
    rt: ctx.rt,
    mod: ctx.mod,
    locals,
    inFunction: true,
    enclosing: visibleFunctionScopes(ctx),
    ...(ctx.returnAssumptions ? { returnAssumptions: ctx.returnAssumptions } : {})
  }
}

/** The binding a name refers to here: local, enclosing functions, then the module. */
export function resolveName(ctx: Ctx, name: string): Binding | undefined {
  const declared = ctx.declared?.get(name)
  if (declared) return declared.get(name)
  const local = ctx.locals?.get(name)
  if (local) return local
  for (const scope of ctx.enclosing ?? []) {
    const found = scope.get(name)
    if (found) return found
  }
  return ctx.mod.scope.get(name)
}

export function locate(ctx: Ctx, node: SyntaxNode): Location {
  return { file: ctx.mod.parsed.file, line: lineOf(ctx.mod.parsed, node.from) }
}

export function unknownAt(ctx: Ctx, node: SyntaxNode, reason: string, envVar?: string): Unknown {
  return { kind: 'unknown', reason, expr: snippetOf(ctx.mod.parsed, node), at: locate(ctx, node), ...(envVar ? { envVar } : {}) }
}

export function currentScope(ctx: Ctx, name?: string): Scope {
  const declared = name === undefined ? undefined : ctx.declared?.get(name)
  if (declared) return declared
  return ctx.locals ?? ctx.mod.scope
}

/** Binds a name in the current scope, carrying the branch and read assumptions along. */
export function bindName(ctx: Ctx, name: string, value: PyValue, at: Location, extra: Iterable<Assumption> = []): void {
  const assumptions = new Set<Assumption>([...ctx.rt.branch, ...ctx.rt.reads, ...extra])
  currentScope(ctx, name).set(name, { value, at, assumptions: [...assumptions] })
}

/** A name's value changed in place (`X.append`, `X["k"] = v`): move its provenance here. */
export function touchName(ctx: Ctx, name: string, at: Location): void {
  const binding = resolveName(ctx, name)
  if (!binding) return
  const assumptions = new Set([...binding.assumptions, ...ctx.rt.branch, ...ctx.rt.reads])
  binding.at = at
  binding.assumptions = [...assumptions]
}
