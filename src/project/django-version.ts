// The Django version a project pins in its requirement files, read as text (no resolver, no
// network). Only pins count: `==X.Y[.Z]` (or `===`, `==X.Y.*`), the compatible-release form
// `~=X.Y[.Z]` and lock-file versions. Lock files come first: they say what is installed.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export interface DjangoPin {
  /** As written, e.g. '5.2.1' or '5.2' (`==5.2.*`). */
  version: string
  /** `~=`: `~=5.2.1` is any 5.2.x, `~=5.0` any 5.x from 5.0 on. */
  compatible: boolean
  /** Relative to the folder searched, '/'-separated. */
  file: string
  line: number
}

/** Files searched, in this order; requirements*.txt come last, sorted. */
export const PIN_FILES = ['uv.lock', 'poetry.lock', 'Pipfile.lock', 'pyproject.toml', 'requirements*.txt']

// A release number: 5.2, 5.2.1, 6.1a1, 6.1rc2, 6.0.dev20250101.
const VERSION = String.raw`\d+\.\d+(?:\.\d+)?(?:(?:a|b|rc)\d+|\.dev\d*|\.post\d+)?`
const SPEC_PIN = new RegExp(String.raw`^(?:===?(${VERSION})(?:\.\*)?|~=(${VERSION}))$`)
const REQUIREMENT = /^django(?:\s*\[[^\]]*\])?\s*([^;#]*)/i

export function findDjangoPin(dir: string): DjangoPin | undefined {
  return (
    fromLock(dir, 'uv.lock') ??
    fromLock(dir, 'poetry.lock') ??
    fromPipfileLock(dir) ??
    fromPyproject(dir) ??
    requirementFiles(dir).reduce<DjangoPin | undefined>(
      (found, file) => found ?? fromRequirements(dir, file, new Set()),
      undefined
    )
  )
}

type Pinned = Pick<DjangoPin, 'version' | 'compatible'>

/** `==5.2.1` → 5.2.1, `~=5.2.0` → compatible 5.2.0; a range or several specifiers → undefined. */
export function pinnedVersion(specifier: string): Pinned | undefined {
  const parts = specifier
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  if (parts.length !== 1) return undefined
  const match = SPEC_PIN.exec(parts[0]!.replace(/\s+/g, ''))
  if (!match) return undefined
  return match[1] !== undefined ? { version: match[1], compatible: false } : { version: match[2]!, compatible: true }
}

function read(dir: string, file: string): string | undefined {
  const full = path.join(dir, file)
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined
}

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length

/** uv.lock and poetry.lock: `[[package]]` tables with `name = "django"` and `version = "…"`. */
function fromLock(dir: string, file: string): DjangoPin | undefined {
  const text = read(dir, file)
  if (text === undefined) return undefined
  for (const table of text.matchAll(/^\[\[package\]\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/gm)) {
    const body = table[1] ?? ''
    if (!/^name\s*=\s*["']django["']\s*$/im.test(body)) continue
    const version = /^version\s*=\s*["']([^"']+)["']/m.exec(body)
    const bodyStart = table.index + table[0].length - body.length
    if (version) return { version: version[1]!, compatible: false, file, line: lineOf(text, bodyStart + version.index) }
  }
  return undefined
}

function fromPipfileLock(dir: string): DjangoPin | undefined {
  const text = read(dir, 'Pipfile.lock')
  if (text === undefined) return undefined
  let data: Record<string, Record<string, { version?: unknown }> | undefined>
  try {
    data = JSON.parse(text) as typeof data
  } catch {
    return undefined
  }
  for (const group of ['default', 'develop']) {
    const entry = Object.entries(data[group] ?? {}).find(([name]) => name.toLowerCase() === 'django')?.[1]
    const pinned = typeof entry?.version === 'string' ? pinnedVersion(entry.version) : undefined
    if (pinned) return { ...pinned, file: 'Pipfile.lock', line: lineOf(text, text.search(/"django"\s*:/i)) }
  }
  return undefined
}

/** PEP 621 `[project] dependencies`, then Poetry's `[tool.poetry.*dependencies]` (a bare version is exact there). */
function fromPyproject(dir: string): DjangoPin | undefined {
  const text = read(dir, 'pyproject.toml')
  if (text === undefined) return undefined
  for (const section of tomlSections(text)) {
    if (section.name === 'project') {
      const deps = /^dependencies\s*=\s*\[([\s\S]*?)\]/m.exec(section.body)
      for (const item of (deps?.[1] ?? '').matchAll(/["']([^"']*)["']/g)) {
        const pinned = requirementVersion(item[1]!)
        if (pinned)
          return {
            ...pinned,
            file: 'pyproject.toml',
            line: lineOf(text, section.offset + deps!.index + deps![0].indexOf(item[0]))
          }
      }
    } else if (/^tool\.poetry(\.group\.[^.]+)?\.(dev-)?dependencies$/.test(section.name)) {
      const entry = /^django\s*=\s*(?:["']([^"']*)["']|\{[^}]*version\s*=\s*["']([^"']*)["'])/im.exec(section.body)
      const spec = (entry?.[1] ?? entry?.[2] ?? '').trim()
      const pinned = /^\d/.test(spec) ? pinnedVersion(`==${spec}`) : pinnedVersion(spec)
      if (pinned) return { ...pinned, file: 'pyproject.toml', line: lineOf(text, section.offset + entry!.index) }
    }
  }
  return undefined
}

function tomlSections(text: string): Array<{ name: string; body: string; offset: number }> {
  const sections: Array<{ name: string; body: string; offset: number }> = []
  for (const match of text.matchAll(/^\[([^[\]\n]+)\]\s*$/gm)) {
    const start = match.index + match[0].length
    const next = text.slice(start).search(/^\[/m)
    sections.push({
      name: match[1]!.trim().replace(/["']/g, ''),
      body: text.slice(start, next < 0 ? undefined : start + next),
      offset: start
    })
  }
  return sections
}

/** `Django[argon2]==5.2.1 ; python_version >= "3.10"` → '5.2.1'. */
function requirementVersion(requirement: string): Pinned | undefined {
  const match = REQUIREMENT.exec(requirement.trim())
  if (!match || /^[\w.-]/.test(match[1]!.trim()) || /^django[\w.-]/i.test(requirement.trim())) return undefined
  return pinnedVersion(match[1]!)
}

function requirementFiles(dir: string): string[] {
  let names: string[] = []
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const matching = names.filter((name) => /^requirements.*\.txt$/.test(name))
  return matching.sort((a, b) => Number(b === 'requirements.txt') - Number(a === 'requirements.txt') || a.localeCompare(b))
}

/** One requirements file, following `-r`/`-c` includes (relative to the including file). */
function fromRequirements(dir: string, file: string, seen: Set<string>): DjangoPin | undefined {
  if (seen.has(file)) return undefined
  seen.add(file)
  const text = read(dir, file)
  if (text === undefined) return undefined
  const lines = text.split('\n')
  for (const [index, raw] of lines.entries()) {
    // Comments, a line continuation and per-requirement options (`--hash=…`) are not part of the specifier.
    const line = raw
      .replace(/(^|\s)#.*$/, '')
      .replace(/\s--\S.*$/, '')
      .replace(/\\\s*$/, '')
      .trim()
    const include = /^(?:-r|-c|--requirement|--constraint)[\s=]\s*(\S+)/.exec(line)
    if (include) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), include[1]!))
      const found = fromRequirements(dir, target, seen)
      if (found) return found
      continue
    }
    const pinned = requirementVersion(line)
    if (pinned) return { ...pinned, file, line: index + 1 }
  }
  return undefined
}
