// HashedFilesMixin.patterns rewritten as JavaScript regexes with Python's meaning: `.` is
// `[^\n]`, `\s`/`\w` are Python's Unicode classes, IGNORECASE letters are spelled out (Python
// also matches ı/İ for i and ſ for s), `(?m)^`/`$` are explicit line-boundary look-arounds.
// Each release picks its variants in releases.ts.
import { caseless, PY_S, PY_SPACE_CLASS, PY_W } from '../pylib/text.js'

/** Which literals a pattern's matches must lie outside of (Django 6.1 skips comments and strings). */
export type CodeSyntax = 'css' | 'js'

export interface RewritePattern {
  /** Global regex; group `urlGroup` is the URL. */
  regex: RegExp
  urlGroup: number
  /** The replacement for a rewritten match (Django's template with `%(url)s` filled in). */
  render: (url: string, match: RegExpExecArray) => string
  /** Matches starting inside a comment or string of this syntax are not references (6.1). */
  skipLiterals?: CodeSyntax
  /** A URL left alone replaces the whole match by '' (4.2's source-map bug, #34496, fixed in `fixedIn`). */
  leftAloneDeleted?: { fixedIn: string }
  /** The later release's regex for the same reference: where it matches further, this one mangles (`fixedIn`). */
  supersededBy?: { regex: RegExp; fixedIn: string }
}

export function pattern(
  source: string,
  urlGroup: number,
  render: RewritePattern['render'],
  extra: Partial<RewritePattern> = {}
): RewritePattern {
  return { regex: new RegExp(source, 'gdu'), urlGroup, render, ...extra }
}

const S = PY_S
const ANY_LAZY = '[^\\n]*?'
const LINE_START = '(?<=^|\\n)'
const LINE_END = '(?=\\n|$)'
const IMPORT = caseless('import')
const FROM_URL = `${S}*${caseless('from')}${S}*['"]([./]${ANY_LAZY})["']`

/** The regex sources of every variant a release can choose. */
export const SOURCES = {
  /** Up to 5.2: optional quotes on either side, independently (`url("data:…url(x)…")` stops at the first `)`). */
  cssUrl: `${caseless('url')}\\(['"]?${S}*(${ANY_LAZY})['"]?\\)`,
  /** 6.0+: the closing quote must be the opening one (#36348). */
  cssUrlSameQuote: `${caseless('url')}\\((['"]?)${S}*(${ANY_LAZY})\\1\\)`,
  cssImport: `@${caseless('import')}${S}*["']${S}*(${ANY_LAZY})["']`,
  cssSourceMap: `${LINE_START}/\\*#[ \\t]sourceMappingURL=([^\\n]*)[ \\t]*\\*/${LINE_END}`,
  jsSourceMap: `${LINE_START}//# sourceMappingURL=([^\\n]*)${LINE_END}`,
  /** Up to 5.1: `import` then whitespace or `{`. */
  jsImportFrom: `${IMPORT}([${PY_SPACE_CLASS}{][\\s\\S]*?)${FROM_URL}${S}*;`,
  /** 5.2 and 6.0: also `import*as m` (#35553). */
  jsImportFromStar: `${IMPORT}([${PY_SPACE_CLASS}{][\\s\\S]*?|\\*${S}*${caseless('as')}${S}*${PY_W}+)${FROM_URL}${S}*;`,
  /** 6.1: no `;` needed, and the clause stops at one (#35371). */
  jsImportFromNoSemicolon: `${IMPORT}([${PY_SPACE_CLASS}{][^;]*?|\\*${S}*${caseless('as')}${S}*${PY_W}+)${FROM_URL}`,
  jsExportFrom: `${caseless('export')}([${PY_SPACE_CLASS}{][\\s\\S]*?)${FROM_URL}${S}*;`,
  jsExportFromNoSemicolon: `${caseless('export')}([${PY_SPACE_CLASS}{][^;]*?)${FROM_URL}`,
  jsImportSideEffect: `${IMPORT}${S}*['"]([./]${ANY_LAZY})["']${S}*;`,
  jsImportSideEffectNoSemicolon: `${IMPORT}${S}*['"]([./]${ANY_LAZY})["']`,
  jsDynamicImport: `${IMPORT}\\(["'](${ANY_LAZY})["']\\)`,
  /** 6.1: only `./`, `../` and `/` specifiers; bare ones are packages. */
  jsDynamicImportRelative: `${IMPORT}\\(["']((?:\\.{1,2})?/${ANY_LAZY})["']\\)`
} as const

export const RENDER = {
  cssUrl: (url: string) => `url("${url}")`,
  cssImport: (url: string) => `@import url("${url}")`,
  cssSourceMap: (url: string) => `/*# sourceMappingURL=${url} */`,
  jsSourceMap: (url: string) => `//# sourceMappingURL=${url}`,
  jsImportFrom: (url: string, match: RegExpExecArray) => `import${match[1]} from "${url}";`,
  jsImportFromNoSemicolon: (url: string, match: RegExpExecArray) => `import${match[1]} from "${url}"`,
  jsExportFrom: (url: string, match: RegExpExecArray) => `export${match[1]} from "${url}";`,
  jsExportFromNoSemicolon: (url: string, match: RegExpExecArray) => `export${match[1]} from "${url}"`,
  jsImportSideEffect: (url: string) => `import"${url}";`,
  jsImportSideEffectNoSemicolon: (url: string) => `import"${url}"`,
  jsDynamicImport: (url: string) => `import("${url}")`
} as const
