// How a path is shown to people: relative to the project when inside it, else absolute; always `/`.
import path from 'node:path'

export function displayPath(absPath: string, projectRoot: string): string {
  const relative = path.relative(projectRoot, absPath)
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
  const shown = outside ? absPath : relative === '' ? '.' : relative
  return shown.split(path.sep).join('/')
}
