// How a path is shown to people: relative to the project when inside it, else absolute; always `/`.
import path from 'node:path'

export function displayPath(absPath: string, projectRoot: string): string {
  // The common case, a normalized path inside the project, without path.relative's two resolves.
  const inside = projectRoot.endsWith(path.sep) ? projectRoot : `${projectRoot}${path.sep}`
  const rest = absPath.startsWith(inside) ? absPath.slice(inside.length) : ''
  const plain = rest !== '' && !path.isAbsolute(rest) && !rest.startsWith('..') && path.normalize(rest) === rest
  if (plain && path.isAbsolute(projectRoot)) {
    return path.sep === '/' ? rest : rest.split(path.sep).join('/')
  }
  const relative = path.relative(projectRoot, absPath)
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
  const shown = outside ? absPath : relative === '' ? '.' : relative
  return shown.split(path.sep).join('/')
}
