// What differs between the Django releases the action reproduces, as data: each release's
// rewrite patterns, manifest key order, error naming and storage-setting rules. The hashing
// and finding code reads these fields; nothing else compares version numbers.
import { pattern, RENDER, SOURCES, type RewritePattern } from './pattern-sources.js'

export const SUPPORTED_SERIES = ['4.2', '5.0', '5.1', '5.2', '6.0', '6.1'] as const
export type DjangoSeries = (typeof SUPPORTED_SERIES)[number]

export interface PatternSet {
  css: RewritePattern[]
  js: RewritePattern[]
  /** Appended to `js` with support_js_module_import_aggregation. */
  jsModules: RewritePattern[]
}

export interface DjangoRelease {
  series: DjangoSeries
  patterns: PatternSet
  /** `url(//host/x)` is left alone even when STATIC_URL is '/' (5.1+, #29022); before, it is a path. */
  leavesProtocolRelative: boolean
  /** staticfiles.json `paths` keys: post-processing order (up to 5.2) or sorted (6.0+, #35846). */
  manifestOrder: 'processing' | 'sorted'
  /** `Post-processing '…' failed!` for passes that never settle names the files (5.2+, #35669), else 'All'. */
  maxPassesNamesFiles: boolean
  /** A CSS/JS file that is not UTF-8 is named in `Post-processing '…' failed!` (5.0+, #34407). */
  decodeErrorNamesFile: boolean
  /** STATICFILES_STORAGE still counts (removed in 5.1); setting it next to STORAGES is an error. */
  legacyStorageSetting: boolean
  /** How Django reports a post-processing failure: a traceback, or a CommandError (6.1). */
  errorStyle: 'traceback' | 'command-error'
}

const cssImport = pattern(SOURCES.cssImport, 1, RENDER.cssImport)
const cssSourceMap = pattern(SOURCES.cssSourceMap, 1, RENDER.cssSourceMap)
const jsSourceMap = pattern(SOURCES.jsSourceMap, 1, RENDER.jsSourceMap)
const cssUrlSameQuote = pattern(SOURCES.cssUrlSameQuote, 2, RENDER.cssUrl)
// Up to 5.2 a quoted data URI holding url(…) is cut at its first `)`; 6.0 fixed it (#36348).
const cssUrl = pattern(SOURCES.cssUrl, 1, RENDER.cssUrl, { supersededBy: { regex: cssUrlSameQuote.regex, fixedIn: '6.0' } })
const jsExportFrom = pattern(SOURCES.jsExportFrom, 2, RENDER.jsExportFrom)
const jsImportSideEffect = pattern(SOURCES.jsImportSideEffect, 1, RENDER.jsImportSideEffect)
const jsDynamicImport = pattern(SOURCES.jsDynamicImport, 1, RENDER.jsDynamicImport)

// 4.2's source-map patterns had an empty `matched` group, so a URL left alone deleted the comment (#34496).
const deletedIn42 = { leftAloneDeleted: { fixedIn: '5.0' } }
const PATTERNS_4_2: PatternSet = {
  css: [cssUrl, cssImport, pattern(SOURCES.cssSourceMap, 1, RENDER.cssSourceMap, deletedIn42)],
  js: [pattern(SOURCES.jsSourceMap, 1, RENDER.jsSourceMap, deletedIn42)],
  jsModules: [pattern(SOURCES.jsImportFrom, 2, RENDER.jsImportFrom), jsExportFrom, jsImportSideEffect, jsDynamicImport]
}

const PATTERNS_5_0: PatternSet = { ...PATTERNS_4_2, css: [cssUrl, cssImport, cssSourceMap], js: [jsSourceMap] }

const PATTERNS_5_2: PatternSet = {
  ...PATTERNS_5_0,
  jsModules: [pattern(SOURCES.jsImportFromStar, 2, RENDER.jsImportFrom), jsExportFrom, jsImportSideEffect, jsDynamicImport]
}

const PATTERNS_6_0: PatternSet = { ...PATTERNS_5_2, css: [cssUrlSameQuote, cssImport, cssSourceMap] }

// 6.1: references inside comments and string/template literals are not references (#21080, #36969);
// source-map comments are comments by nature and still count.
const inCss = { skipLiterals: 'css' } as const
const inJs = { skipLiterals: 'js' } as const
const PATTERNS_6_1: PatternSet = {
  css: [
    pattern(SOURCES.cssUrlSameQuote, 2, RENDER.cssUrl, inCss),
    pattern(SOURCES.cssImport, 1, RENDER.cssImport, inCss),
    cssSourceMap
  ],
  js: [jsSourceMap],
  jsModules: [
    pattern(SOURCES.jsImportFromNoSemicolon, 2, RENDER.jsImportFromNoSemicolon, inJs),
    pattern(SOURCES.jsExportFromNoSemicolon, 2, RENDER.jsExportFromNoSemicolon, inJs),
    pattern(SOURCES.jsImportSideEffectNoSemicolon, 1, RENDER.jsImportSideEffectNoSemicolon, inJs),
    pattern(SOURCES.jsDynamicImportRelative, 1, RENDER.jsDynamicImport, inJs)
  ]
}

const BASE = {
  leavesProtocolRelative: true,
  manifestOrder: 'processing',
  maxPassesNamesFiles: true,
  decodeErrorNamesFile: true,
  legacyStorageSetting: false,
  errorStyle: 'traceback'
} as const

export const RELEASES: Record<DjangoSeries, DjangoRelease> = {
  '4.2': {
    ...BASE,
    series: '4.2',
    patterns: PATTERNS_4_2,
    leavesProtocolRelative: false,
    maxPassesNamesFiles: false,
    decodeErrorNamesFile: false,
    legacyStorageSetting: true
  },
  '5.0': {
    ...BASE,
    series: '5.0',
    patterns: PATTERNS_5_0,
    leavesProtocolRelative: false,
    maxPassesNamesFiles: false,
    legacyStorageSetting: true
  },
  '5.1': { ...BASE, series: '5.1', patterns: PATTERNS_5_0, maxPassesNamesFiles: false },
  '5.2': { ...BASE, series: '5.2', patterns: PATTERNS_5_2 },
  '6.0': { ...BASE, series: '6.0', patterns: PATTERNS_6_0, manifestOrder: 'sorted' },
  '6.1': { ...BASE, series: '6.1', patterns: PATTERNS_6_1, manifestOrder: 'sorted', errorStyle: 'command-error' }
}

export const RELEASE_5_2 = RELEASES['5.2']

/** The profile of a supported series ('5.2'), or undefined. */
export function releaseOf(series: string): DjangoRelease | undefined {
  return (SUPPORTED_SERIES as readonly string[]).includes(series) ? RELEASES[series as DjangoSeries] : undefined
}

/**
 * The supported series a version number belongs to ('5.2.17' → '5.2', '6.1rc1' → '6.1'); a newer
 * patch release of a supported series is that series. Undefined when the series is not supported.
 */
export function releaseOfVersion(version: string): DjangoRelease | undefined {
  const match = /^(\d+)\.(\d+)(?!\d)/.exec(version.trim())
  return match ? releaseOf(`${Number(match[1])}.${Number(match[2])}`) : undefined
}

/** For `~=X.Y` (any X.* from X.Y on): the newest supported series of that major version. */
export function newestCompatibleRelease(version: string): DjangoRelease | undefined {
  const match = /^(\d+)\.(\d+)(?!\d)/.exec(version.trim())
  if (!match) return undefined
  const [major, minor] = [Number(match[1]), Number(match[2])]
  const candidates = SUPPORTED_SERIES.filter((series) => {
    const [m, n] = series.split('.').map(Number)
    return m === major && n! >= minor
  })
  const newest = candidates.at(-1)
  return newest ? RELEASES[newest] : undefined
}
