// Ports of CPython 3.11 `posixpath` functions used by Django's hashing storage.

/** `posixpath.normpath`: resolves `.`/`..`, collapses `//`, keeps one or two leading slashes. */
export function normpath(path: string): string {
  if (path === '') return '.'
  let initialSlashes = path.startsWith('/') ? 1 : 0
  if (path.startsWith('//') && !path.startsWith('///')) initialSlashes = 2
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    const keep = part !== '..' || (initialSlashes === 0 && parts.length === 0) || parts.at(-1) === '..'
    if (keep) parts.push(part)
    else if (parts.length > 0) parts.pop()
  }
  const joined = '/'.repeat(initialSlashes) + parts.join('/')
  return joined === '' ? '.' : joined
}

/** `posixpath.split`: (head, tail), head without trailing slashes unless it is all slashes. */
export function split(path: string): [string, string] {
  const cut = path.lastIndexOf('/') + 1
  let head = path.slice(0, cut)
  const tail = path.slice(cut)
  if (head !== '' && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '')
  return [head, tail]
}

/** `posixpath.dirname`. */
export function dirname(path: string): string {
  return split(path)[0]
}

/** `posixpath.join`: an absolute part discards what came before. */
export function join(first: string, ...rest: string[]): string {
  let path = first
  for (const part of rest) {
    if (part.startsWith('/')) path = part
    else if (path === '' || path.endsWith('/')) path += part
    else path += '/' + part
  }
  return path
}

/** `posixpath.splitext`: the last extension; leading dots of the name are not one. */
export function splitext(path: string): [string, string] {
  const sepIndex = path.lastIndexOf('/')
  const dotIndex = path.lastIndexOf('.')
  if (dotIndex > sepIndex) {
    for (let i = sepIndex + 1; i < dotIndex; i++) {
      if (path[i] !== '.') return [path.slice(0, dotIndex), path.slice(dotIndex)]
    }
  }
  return [path, '']
}

/** `posixpath.abspath`, with `cwd` standing in for the process working directory. */
export function abspath(path: string, cwd: string): string {
  return normpath(path.startsWith('/') ? path : join(cwd, path))
}
