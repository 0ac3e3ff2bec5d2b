// Path arithmetic the way Python does it: pathlib's lexical rules, os.path (posixpath)
// and Path.resolve(), which follows symlinks of the parts that exist.
import { realpathSync } from 'node:fs'
import { join as posixJoin, normpath } from '../pylib/posixpath.js'

export { normpath, posixJoin }

/** pathlib.PurePosixPath(*parts): a later absolute part restarts; `.` and empty parts dropped. */
export function pathlibJoin(...parts: string[]): string {
  let root = ''
  let names: string[] = []
  for (const part of parts) {
    if (part.startsWith('/')) {
      root = '/'
      names = []
    }
    names.push(...part.split('/').filter((name) => name !== '' && name !== '.'))
  }
  const joined = root + names.join('/')
  return joined === '' ? '.' : joined
}

export function pathlibParent(path: string): string {
  const normal = pathlibJoin(path)
  if (normal === '/' || normal === '.') return normal
  const cut = normal.lastIndexOf('/')
  if (cut < 0) return '.'
  return cut === 0 ? '/' : normal.slice(0, cut)
}

export function pathlibName(path: string): string {
  const normal = pathlibJoin(path)
  return normal === '/' || normal === '.' ? '' : normal.slice(normal.lastIndexOf('/') + 1)
}

/** pathlib's suffix: from the last dot of the name, unless the name starts with it or ends with it. */
export function pathlibSuffix(path: string): string {
  const name = pathlibName(path)
  const dot = name.lastIndexOf('.')
  return dot > 0 && dot < name.length - 1 ? name.slice(dot) : ''
}

export function pathlibStem(path: string): string {
  const name = pathlibName(path)
  const suffix = pathlibSuffix(path)
  return suffix ? name.slice(0, -suffix.length) : name
}

/** os.path.abspath with the project directory as the working directory. */
export function abspath(path: string, cwd: string): string {
  return normpath(path.startsWith('/') ? path : posixJoin(cwd, path))
}

/** os.path.dirname. */
export function dirname(path: string): string {
  const cut = path.lastIndexOf('/') + 1
  const head = path.slice(0, cut)
  return head && head !== '/'.repeat(head.length) ? head.replace(/\/+$/, '') : head
}

/** os.path.basename. */
export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** os.path.realpath / Path.resolve(): absolute, symlinks of existing parts followed, `..` applied. */
export function realpath(path: string, cwd: string): string {
  const absolute = abspath(path, cwd)
  try {
    return realpathSync(absolute)
  } catch {
    if (absolute === '/') return absolute
    return posixJoin(realpath(dirname(absolute), cwd), basename(absolute))
  }
}

/** Expands a leading `~` with HOME, as os.path.expanduser does. */
export function expanduser(path: string, home: string | undefined): string {
  if (!home || !(path === '~' || path.startsWith('~/'))) return path
  return home.replace(/\/+$/, '') + path.slice(1) || '/'
}
