// Ports of Python's posixpath helpers that Django's path handling relies on.
// Node's path.posix differs in corner cases (a leading `//` is kept by Python,
// `normpath('')` is `.`), and those differences change which patterns match.

/** Python `posixpath.normpath`. */
export function normpath(path: string): string {
  if (path === '') return '.'
  let initialSlashes = path.startsWith('/') ? 1 : 0
  // POSIX keeps exactly two leading slashes but folds three or more into one.
  if (path.startsWith('//') && !path.startsWith('///')) initialSlashes = 2
  const kept: string[] = []
  for (const comp of path.split('/')) {
    if (comp === '' || comp === '.') continue
    const last = kept[kept.length - 1]
    if (comp !== '..' || (initialSlashes === 0 && kept.length === 0) || last === '..') {
      kept.push(comp)
    } else if (kept.length > 0) {
      kept.pop()
    }
  }
  const joined = '/'.repeat(initialSlashes) + kept.join('/')
  return joined === '' ? '.' : joined
}

/** Python `posixpath.join`: a later absolute part replaces everything before it. */
export function join(first: string, ...rest: string[]): string {
  let path = first
  for (const part of rest) {
    if (part.startsWith('/')) path = part
    else if (path === '' || path.endsWith('/')) path += part
    else path += '/' + part
  }
  return path
}

/** Python `posixpath.abspath`, with `cwd` standing in for the process working directory. */
export function abspath(path: string, cwd: string): string {
  return normpath(path.startsWith('/') ? path : join(cwd, path))
}
