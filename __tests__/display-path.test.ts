import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { displayPath } from '../src/display-path.js'

/** What the shortcut must agree with: path.relative, or the absolute path when outside. */
function reference(absPath: string, root: string): string {
  const relative = path.relative(root, absPath)
  const outside = relative === '..' || relative.startsWith('../') || path.isAbsolute(relative)
  return outside ? absPath : relative === '' ? '.' : relative
}

describe('displayPath', () => {
  const cases: Array<[string, string]> = [
    ['/work/site/apps/blog/static/css/a.css', '/work/site'],
    ['/work/site/apps/blog/static/css/a.css', '/work/site/'],
    ['/work/site', '/work/site'],
    ['/work/site-two/a.css', '/work/site'],
    ['/work/other/a.css', '/work/site'],
    ['/work/site/../site/a.css', '/work/site'],
    ['/work/site/./a.css', '/work/site'],
    ['/work/site/..hidden/a..b.css', '/work/site'],
    ['/work/site//a.css', '/work/site'],
    ['/a.css', '/']
  ]

  it.each(cases)('shows %s from %s as path.relative would', (absPath, root) => {
    expect(displayPath(absPath, root)).toBe(reference(absPath, root))
  })
})
