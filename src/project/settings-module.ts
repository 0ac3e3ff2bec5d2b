// Which settings module Django would load: the `settings` input (a file or a dotted
// module), else DJANGO_SETTINGS_MODULE from the environment, else the default manage.py
// sets with os.environ.setdefault (the environment wins over it, as in Django).
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '../errors.js'
import type { Problem } from '../model.js'
import { isFile, looksLikePath, type ProjectLayout } from './project-layout.js'
import type { ModuleFinder } from '../python/module-finder.js'
import { childrenOf, lineOf, parsePython, textOf, type ParsedFile, type SyntaxNode } from '../python/python-parser.js'
import { decodeLiteral } from '../python/python-strings.js'

export interface SettingsLocation {
  file: string
  module: string
  via: 'input' | 'environment' | 'manage.py'
  /** A folder to put on the search path so the module's own imports work (a file given outside it). */
  extraSearchEntry: string | null
}

export interface LocateOptions {
  workingDirectory: string
  settings: string
  env: NodeJS.ProcessEnv
  layout: ProjectLayout
  finder: ModuleFinder
  /** sys.path entries a module name is computed against, for a settings file given as a path. */
  searchEntries: string[]
}

/** The settings to read, or null when there are none (no input, variable, or manage.py default). */
export function locateSettings(options: LocateOptions): { location: SettingsLocation | null; problems: Problem[] } {
  const { settings, env, layout } = options
  if (settings && looksLikePath(settings)) return { location: fromPath(options), problems: [] }
  if (settings) return { location: fromModule(settings, 'input', options), problems: [] }
  const variable = env.DJANGO_SETTINGS_MODULE?.trim()
  if (variable) return { location: fromModule(variable, 'environment', options), problems: [] }
  if (!layout.managePy) return { location: null, problems: [] }
  const fromManage = manageDefault(layout.managePy)
  if (typeof fromManage !== 'string') return { location: null, problems: fromManage ? [fromManage] : [] }
  const spec = options.finder.find(fromManage)
  if (spec?.file)
    return { location: { file: spec.file, module: fromManage, via: 'manage.py', extraSearchEntry: null }, problems: [] }
  return {
    location: null,
    problems: [
      {
        kind: 'settings',
        severity: 'error',
        message: `manage.py sets DJANGO_SETTINGS_MODULE to '${fromManage}', but that module was not found in ${layout.projectDir}. Set the \`settings\` input to the settings file or module to use.`,
        file: layout.managePy
      }
    ]
  }
}

function fromPath({ workingDirectory, settings, searchEntries }: LocateOptions): SettingsLocation {
  let file = path.resolve(workingDirectory, settings)
  if (isDirectory(file) && isFile(path.join(file, '__init__.py'))) file = path.join(file, '__init__.py')
  if (!isFile(file)) {
    throw new InputError(
      'settings',
      `'${settings}' was not found (looked for ${file}). Give the settings file relative to \`working-directory\` ` +
        '(e.g. config/settings/production.py) or its dotted module (config.settings.production).'
    )
  }
  const known = moduleNameFrom(file, searchEntries)
  if (known) return { file, module: known, via: 'input', extraSearchEntry: null }
  const { module, entry } = moduleNameFromPackages(file)
  return { file, module, via: 'input', extraSearchEntry: entry }
}

function fromModule(dotted: string, via: 'input' | 'environment', options: LocateOptions): SettingsLocation {
  const spec = options.finder.find(dotted)
  if (spec?.file?.endsWith('.py')) return { file: spec.file, module: dotted, via, extraSearchEntry: null }
  const source = via === 'input' ? `'${dotted}'` : `DJANGO_SETTINGS_MODULE='${dotted}' (from the environment)`
  throw new InputError(
    'settings',
    `the settings module ${source} was not found in ${options.layout.projectDir} or on the Python path. ` +
      'Give a dotted module relative to the folder with manage.py (config.settings.production) or a file path, ' +
      'and check `working-directory`.'
  )
}

/** The dotted name of a file under one of the search entries (nearest entry first). */
function moduleNameFrom(file: string, entries: string[]): string | null {
  for (const entry of entries) {
    const relative = path.relative(entry, file)
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue
    const parts = relative.replace(/\.py$/, '').split(path.sep)
    if (parts[parts.length - 1] === '__init__') parts.pop()
    if (parts.length > 0 && parts.every((part) => /^[A-Za-z_]\w*$/.test(part))) return parts.join('.')
  }
  return null
}

/** Walks up through folders with __init__.py: `pkg/sub/settings.py` → `pkg.sub.settings`. */
function moduleNameFromPackages(file: string): { module: string; entry: string } {
  const parts = path.basename(file) === '__init__.py' ? [] : [path.basename(file, '.py')]
  let dir = path.dirname(file)
  while (isFile(path.join(dir, '__init__.py')) && path.dirname(dir) !== dir) {
    parts.unshift(path.basename(dir))
    dir = path.dirname(dir)
  }
  return { module: parts.join('.'), entry: dir }
}

/** The module in manage.py's `os.environ.setdefault("DJANGO_SETTINGS_MODULE", "...")`. */
export function manageDefault(managePy: string): string | Problem | null {
  const parsed = parsePython(managePy, readFileSync(managePy, 'utf8'))
  let found: string | Problem | null = null
  parsed.tree.topNode.cursor().iterate((ref) => {
    if (found !== null || ref.name !== 'CallExpression') return undefined
    const value = setdefaultValue(ref.node, parsed)
    if (value !== undefined) found = value
    return undefined
  })
  return found
}

function setdefaultValue(call: SyntaxNode, parsed: ParsedFile): string | Problem | undefined {
  const callee = call.firstChild
  if (!callee || !/(^|\.)environ\.setdefault$/.test(textOf(parsed, callee).replace(/\s+/g, ''))) return undefined
  const args = childrenOf(call.lastChild as SyntaxNode).filter((kid) => !['(', ')', ','].includes(kid.name))
  const [name, value] = args
  if (!name || decodeLiteral(textOf(parsed, name)) !== 'DJANGO_SETTINGS_MODULE' || !value) return undefined
  const module = value.name === 'String' ? decodeLiteral(textOf(parsed, value)) : null
  if (module) return module
  return {
    kind: 'settings',
    severity: 'warning',
    message: `manage.py sets DJANGO_SETTINGS_MODULE with \`${textOf(parsed, value)}\`, which the action does not evaluate. Set the \`settings\` input.`,
    file: parsed.file,
    line: lineOf(parsed, value.from)
  }
}

function isDirectory(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory()
}
