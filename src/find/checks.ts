// FileSystemFinder's system checks (staticfiles.E002, E003, W004), with Django's wording first.
import { statSync } from 'node:fs'
import path from 'node:path'
import type { Problem } from '../model.js'
import type { StaticDirEntry } from './sources.js'

/**
 * Django's checks of STATICFILES_DIRS, per entry in order: E003 (prefix ends in
 * `/`), E002 (the entry *is* STATIC_ROOT; a STATIC_ROOT inside an entry passes),
 * W004 (not an existing directory). Errors should stop the run before finding.
 */
export function checkStaticDirs(dirs: StaticDirEntry[], staticRoot: string | null, projectRoot: string): Problem[] {
  const problems: Problem[] = []
  const staticRootAbs = staticRoot ? path.resolve(projectRoot, staticRoot) : null
  for (const dir of dirs) {
    const absolute = path.resolve(projectRoot, dir.path)
    if (dir.prefix.endsWith('/')) problems.push(prefixSlash(dir))
    if (staticRootAbs !== null && staticRootAbs === absolute) problems.push(containsStaticRoot(dir))
    if (dir.path === '' || !isDirectory(absolute)) problems.push(missingDirectory(dir, absolute))
  }
  return problems
}

function prefixSlash(dir: StaticDirEntry): Problem {
  const fixed = dir.prefix.replace(/\/+$/, '')
  return {
    kind: 'settings',
    severity: 'error',
    code: 'staticfiles.E003',
    message:
      `The prefix ${pythonRepr(dir.prefix)} in the STATICFILES_DIRS setting must not end with a slash. ` +
      (fixed === '' ? 'Remove the prefix' : `Write it as '${fixed}'`) +
      ' in the `static-dirs` input (or STATICFILES_DIRS).'
  }
}

function containsStaticRoot(dir: StaticDirEntry): Problem {
  return {
    kind: 'settings',
    severity: 'error',
    code: 'staticfiles.E002',
    message:
      'The STATICFILES_DIRS setting should not contain the STATIC_ROOT setting. ' +
      `Remove '${dir.path}' from the \`static-dirs\` input (or STATICFILES_DIRS), or set \`static-root\` ` +
      '(or STATIC_ROOT) to a directory that is not a source.'
  }
}

function missingDirectory(dir: StaticDirEntry, absolute: string): Problem {
  const shown = dir.path === '' ? '' : absolute
  return {
    kind: 'missing-dirs',
    severity: 'warning',
    code: 'staticfiles.W004',
    message:
      `The directory '${shown}' in the STATICFILES_DIRS setting does not exist. ` +
      'Create it (is it built by an earlier step, or not committed?), or remove it from the `static-dirs` ' +
      'input (or STATICFILES_DIRS).'
  }
}

/** Python's `os.path.isdir`: follows symlinks, false on any error. */
function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory()
  } catch {
    return false
  }
}

/** Python's `repr()` of a str, as `%r` prints it in Django's messages. */
export function pythonRepr(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'"
  let out = quote
  for (const ch of value) {
    const code = ch.codePointAt(0) as number
    if (ch === '\\' || ch === quote) out += '\\' + ch
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (ch !== ' ' && /[\p{C}\p{Z}]/u.test(ch)) out += hexEscape(code)
    else out += ch
  }
  return out + quote
}

function hexEscape(code: number): string {
  if (code < 0x100) return '\\x' + code.toString(16).padStart(2, '0')
  if (code < 0x10000) return '\\u' + code.toString(16).padStart(4, '0')
  return '\\U' + code.toString(16).padStart(8, '0')
}
