// HashedFilesMixin.patterns (Django 5.2) rewritten as JavaScript regexes with
// Python's meaning: `.` is `[^\n]`, `\s`/`\w` are Python's Unicode classes,
// IGNORECASE letters are spelled out (Python also matches ı/İ for i and ſ for s),
// `(?m)^`/`$` are explicit line-boundary look-arounds.
import { caseless, PY_S, PY_SPACE_CLASS, PY_W } from '../pylib/text.js'

export interface RewritePattern {
  /** Global regex; group `urlGroup` is the URL. */
  regex: RegExp
  urlGroup: number
  /** The replacement for a rewritten match (Django's template with `%(url)s` filled in). */
  render: (url: string, match: RegExpExecArray) => string
}

function pattern(source: string, urlGroup: number, render: RewritePattern['render']): RewritePattern {
  return { regex: new RegExp(source, 'gdu'), urlGroup, render }
}

const S = PY_S
const ANY_LAZY = '[^\\n]*?'
const LINE_START = '(?<=^|\\n)'
const LINE_END = '(?=\\n|$)'
const FROM_URL = `${S}*${caseless('from')}${S}*['"]([./]${ANY_LAZY})["']${S}*;`

const CSS_PATTERNS: RewritePattern[] = [
  pattern(`${caseless('url')}\\(['"]?${S}*(${ANY_LAZY})['"]?\\)`, 1, (url) => `url("${url}")`),
  pattern(`@${caseless('import')}${S}*["']${S}*(${ANY_LAZY})["']`, 1, (url) => `@import url("${url}")`),
  pattern(
    `${LINE_START}/\\*#[ \\t]sourceMappingURL=([^\\n]*)[ \\t]*\\*/${LINE_END}`,
    1,
    (url) => `/*# sourceMappingURL=${url} */`
  )
]

const JS_PATTERNS: RewritePattern[] = [
  pattern(`${LINE_START}//# sourceMappingURL=([^\\n]*)${LINE_END}`, 1, (url) => `//# sourceMappingURL=${url}`)
]

// support_js_module_import_aggregation = True adds these after the source-map pattern.
const JS_MODULE_PATTERNS: RewritePattern[] = [
  pattern(
    `${caseless('import')}([${PY_SPACE_CLASS}{][\\s\\S]*?|\\*${S}*${caseless('as')}${S}*${PY_W}+)${FROM_URL}`,
    2,
    (url, match) => `import${match[1]} from "${url}";`
  ),
  pattern(
    `${caseless('export')}([${PY_SPACE_CLASS}{][\\s\\S]*?)${FROM_URL}`,
    2,
    (url, match) => `export${match[1]} from "${url}";`
  ),
  pattern(`${caseless('import')}${S}*['"]([./]${ANY_LAZY})["']${S}*;`, 1, (url) => `import"${url}";`),
  pattern(`${caseless('import')}\\(["'](${ANY_LAZY})["']\\)`, 1, (url) => `import("${url}")`)
]

/**
 * Adjustable files are `*.css` and `*.js` by fnmatch (case-sensitive; `*` also matches `/`),
 * which for these two patterns is exactly a suffix test.
 */
export function isAdjustable(path: string): boolean {
  return path.endsWith('.css') || path.endsWith('.js')
}

/** The patterns Django applies to `path`, in order. */
export function patternsFor(path: string, jsModules: boolean): RewritePattern[] {
  if (path.endsWith('.css')) return CSS_PATTERNS
  if (path.endsWith('.js')) return jsModules ? [...JS_PATTERNS, ...JS_MODULE_PATTERNS] : JS_PATTERNS
  return []
}
