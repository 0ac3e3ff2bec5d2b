// Which of a release's patterns apply to a file (the patterns themselves: pattern-sources.ts,
// chosen per release in releases.ts; the default is Django 5.2's set).
import { RELEASE_5_2, type DjangoRelease } from './releases.js'
import type { RewritePattern } from './pattern-sources.js'

export type { CodeSyntax, RewritePattern } from './pattern-sources.js'

/**
 * Adjustable files are `*.css` and `*.js` by fnmatch (case-sensitive; `*` also matches `/`),
 * which for these two patterns is exactly a suffix test.
 */
export function isAdjustable(path: string): boolean {
  return path.endsWith('.css') || path.endsWith('.js')
}

/** The patterns `release` applies to `path`, in order. */
export function patternsFor(path: string, jsModules: boolean, release: DjangoRelease = RELEASE_5_2): RewritePattern[] {
  const set = release.patterns
  if (path.endsWith('.css')) return set.css
  if (path.endsWith('.js')) return jsModules ? [...set.js, ...set.jsModules] : set.js
  return []
}
