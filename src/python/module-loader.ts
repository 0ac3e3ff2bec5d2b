// Answers `import` for the evaluator: modelled libraries (os, pathlib, django-environ,
// decouple, dotenv, json) are built in; the project's own modules are run; modules found
// elsewhere on the Python path (site-packages) and Django are opaque; anything not
// found raises ModuleNotFoundError, as it would in Python.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { globalSettingsModule, jsonModule } from './builtins.js'
import { runStatements } from './execute.js'
import { ReturnSignal } from './functions.js'
import { type ModuleFinder, type ModuleSpec } from './module-finder.js'
import { decoupleModule, dotenvModule, environModule } from './native-env.js'
import { osModule, pathlibModule, sysModule } from './native-os.js'
import { urllibModule, urllibParseModule } from './native-urllib.js'
import { childrenOf, parsePython, syntaxErrorLines, type SyntaxNode } from './python-parser.js'
import { absoluteName } from './imports.js'
import { argAt } from './methods.js'
import { NotEvaluable, PyRaise, requireKnown } from './signals.js'
import { LoopSignal, unknownAt, type Ctx, type Importer, type ModuleState, type Runtime } from './runtime.js'
import { extern, isObject, native, Scope, type PyClass, type PyValue } from './values.js'

const STDLIB = new Set(
  (
    'abc argparse ast asyncio base64 binascii bisect builtins calendar codecs collections concurrent configparser contextlib ' +
    'copy csv dataclasses datetime decimal email enum errno fnmatch functools getpass gettext glob hashlib heapq hmac html ' +
    'http importlib inspect io ipaddress itertools locale logging math mimetypes multiprocessing numbers operator pickle ' +
    'platform posixpath pprint queue random re secrets select selectors shlex shutil signal site socket sqlite3 ssl stat ' +
    'string struct subprocess sysconfig tempfile textwrap threading time tomllib traceback types typing unittest urllib ' +
    'uuid warnings weakref xml zlib zoneinfo'
  ).split(' ')
)

const MAX_MODULES = 300

export class ProjectImporter implements Importer {
  private readonly natives = new Map<string, PyValue>()

  constructor(
    readonly finder: ModuleFinder,
    /** Whether a file belongs to the project (and so is run rather than treated as opaque). */
    private readonly isProjectFile: (file: string) => boolean
  ) {}

  importModule(dotted: string, ctx: Ctx, node: SyntaxNode): PyValue {
    const modelled = this.modelled(dotted, ctx)
    if (modelled !== undefined) return modelled
    if (dotted === 'django' || dotted.startsWith('django.')) return extern(dotted)
    const spec = this.finder.find(dotted)
    if (spec) return this.fromSpec(spec, ctx.rt)
    if (STDLIB.has(dotted.split('.')[0] as string)) return extern(dotted)
    const where = ctx.rt.hasPython
      ? 'in the project or on the Python path'
      : 'in the project, and no Python environment was found to look in'
    const unknown = unknownAt(ctx, node, `no module named ${dotted} was found ${where}`)
    const inProject = this.finder.find(dotted.split('.')[0] as string) !== null
    const guess =
      ctx.rt.hasPython || inProject
        ? undefined
        : { at: unknown.at, text: `the module ${dotted} was assumed not to be installed (no Python environment to check)` }
    ctx.rt.raise('ModuleNotFoundError', unknown, guess)
    // Not caught: Python would stop; going on, its names stay recognisable (a base class's dotted name).
    return extern(dotted, unknown.reason)
  }

  findsModule(dotted: string): boolean {
    return this.finder.find(dotted) !== null
  }

  private fromSpec(spec: ModuleSpec, rt: Runtime): PyValue {
    if (spec.file === null) {
      const inProject = spec.searchLocations.some((location) => this.isProjectFile(location))
      return inProject ? { kind: 'module', name: spec.name, file: null, scope: new Scope() } : extern(spec.name)
    }
    if (!this.isProjectFile(spec.file) || !spec.file.endsWith('.py')) return extern(spec.name)
    return this.load(spec.file, spec.name, rt).value
  }

  modelled(dotted: string, ctx: Ctx): PyValue | undefined {
    const rt = ctx.rt
    const callerDir = path.dirname(ctx.mod.parsed.file)
    const key = ['environ', 'decouple', 'dotenv'].includes(dotted)
      ? `${dotted}@${callerDir}`
      : dotted === 'importlib'
        ? `importlib@${ctx.mod.parsed.file}`
        : dotted
    if (this.natives.has(key)) return this.natives.get(key)
    const factories: Record<string, () => PyValue> = {
      os: () => osModule(rt),
      sys: () => sysModule(rt),
      pathlib: () => pathlibModule(rt),
      json: () => jsonModule(),
      environ: () => environModule(rt, callerDir),
      decouple: () => decoupleModule(rt, callerDir),
      dotenv: () => dotenvModule(rt, callerDir),
      'django.conf.global_settings': () => globalSettingsModule(),
      'urllib.parse': () => urllibParseModule(),
      urllib: () => urllibModule(this.modelled('urllib.parse', ctx) ?? null),
      importlib: () => importlibModule(ctx)
    }
    if (dotted === 'os.path') {
      const os = this.modelled('os', ctx)
      return os && isObject(os) && os.kind === 'native' ? os.attr?.('path') : undefined
    }
    const factory = factories[dotted]
    if (!factory) return undefined
    const value = factory()
    this.natives.set(key, value)
    return value
  }

  /** Runs a module file once (later imports get the same module, as sys.modules does). */
  load(file: string, name: string, rt: Runtime): ModuleState {
    const cached = rt.modules.get(file)
    if (cached) return cached
    if (rt.modules.size >= MAX_MODULES) throw new NotEvaluable(`more than ${MAX_MODULES} modules would be imported`)
    const parsed = parsePython(file, readFileSync(file, 'utf8'))
    const isPackage = path.basename(file) === '__init__.py'
    const scope = new Scope()
    const state: ModuleState = {
      name,
      package: isPackage ? name : name.split('.').slice(0, -1).join('.'),
      parsed,
      scope,
      value: { kind: 'module', name, file, scope }
    }
    const at = { file, line: 1 }
    for (const [key, value] of [
      ['__file__', file],
      ['__name__', name],
      ['__package__', state.package]
    ] as const) {
      scope.set(key, { value, at, assumptions: [] })
    }
    rt.modules.set(file, state)
    for (const line of syntaxErrorLines(parsed)) {
      rt.reports.push({
        at: { file, line },
        message: 'Python syntax the parser could not read; the statement there was skipped.',
        severity: 'warning'
      })
    }
    runModule(state, rt)
    return state
  }

  /** A class by dotted path (`shop.apps.ShopConfig`), running its module wherever it is. */
  loadClass(dotted: string, rt: Runtime): PyClass | string {
    const cut = dotted.lastIndexOf('.')
    if (cut < 0) return `'${dotted}' is not a dotted path to a class`
    const moduleName = dotted.slice(0, cut)
    const spec = this.finder.find(moduleName)
    if (!spec || spec.file === null || !spec.file.endsWith('.py')) return `the module ${moduleName} was not found`
    const found = this.load(spec.file, spec.name, rt).scope.get(dotted.slice(cut + 1))?.value
    if (!found || !isObject(found) || found.kind !== 'class')
      return `the module ${moduleName} does not define a class ${dotted.slice(cut + 1)}`
    return found
  }
}

/** importlib.import_module(name) with the evaluator's own import (the importing module's package for relative names). */
function importlibModule(ctx: Ctx): PyValue {
  const importModule = native('importlib.import_module', {
    call: (args) => {
      requireKnown(args)
      const name = argAt(args, 0, 'name')
      const pkg = argAt(args, 1, 'package', null)
      if (typeof name !== 'string' || (pkg !== null && typeof pkg !== 'string'))
        throw new NotEvaluable('import_module() needs str arguments')
      const level = /^\.*/.exec(name)?.[0].length ?? 0
      const dotted = absoluteName(level, name.slice(level), pkg ?? '')
      const importer = ctx.rt.importer
      const known =
        importer.modelled(dotted, ctx) !== undefined ||
        dotted === 'django' ||
        dotted.startsWith('django.') ||
        importer.findsModule(dotted)
      // Raised here so the Unknown points at the call.
      if (!known)
        throw new PyRaise('ModuleNotFoundError', `no module named ${dotted} was found in the project or on the Python path`)
      return importer.importModule(dotted, ctx, ctx.mod.parsed.tree.topNode)
    }
  })
  return native('importlib', { attr: (name) => (name === 'import_module' ? importModule : extern(`importlib.${name}`)) })
}

/** Runs a module's statements with no branch or read assumptions of the importer. */
function runModule(state: ModuleState, rt: Runtime): void {
  const saved = { branch: rt.branch, reads: rt.reads }
  rt.branch = []
  rt.reads = new Set()
  try {
    runStatements(childrenOf(state.parsed.tree.topNode), { rt, mod: state, locals: null })
  } catch (error) {
    // `break` or `return` outside a loop or function is a SyntaxError in Python; the rest of the module is not run.
    if (!(error instanceof LoopSignal) && !(error instanceof ReturnSignal)) throw error
  } finally {
    rt.branch = saved.branch
    rt.reads = saved.reads
  }
}
