// Per-path object headers (input `object-rules`): an ordered list of glob patterns, each with
// PutObject headers. The first rule whose pattern matches an object's destination path (relative
// to the prefix, hashed copies by their own hashed name) applies, on top of cache-control,
// cache-control-hashed and object-parameters. Pure: no I/O.
import picomatch from 'picomatch'
import type { ObjectHeaders } from './prepare.js'

export interface ObjectRule {
  /** Position in the input, counted from 1, for messages and the report. */
  index: number
  patterns: string[]
  /** PutObject members, validated by src/inputs/object-rules.ts (Metadata an object of strings). */
  headers: Record<string, unknown>
}

/**
 * Keys are object paths, not files on disk: `**` means every path, dot-folders included, and no
 * character is a Windows separator. Unbalanced brackets are errors rather than literals, so a
 * typo is reported instead of silently matching nothing.
 */
export const MATCH_OPTIONS: picomatch.PicomatchOptions = { dot: true, windows: false, strictBrackets: true }

/** Why a pattern cannot be used, or null when it can. */
export function patternProblem(pattern: string): string | null {
  if (pattern.trim() === '') return 'is empty'
  if (pattern.startsWith('/')) {
    return `starts with '/': patterns match the path under the prefix without a leading slash (write '${pattern.replace(/^\/+/, '')}')`
  }
  try {
    picomatch.makeRe(pattern, MATCH_OPTIONS)
  } catch (error) {
    return `is not a valid glob (${(error as Error).message})`
  }
  return null
}

export type RuleMatcher = (path: string) => ObjectRule | undefined

/** First match wins; patterns are compiled once per run. */
export function ruleMatcher(rules: readonly ObjectRule[]): RuleMatcher {
  if (rules.length === 0) return () => undefined
  const compiled = rules.map((rule) => ({ rule, test: picomatch(rule.patterns, MATCH_OPTIONS) }))
  return (path) => compiled.find(({ test }) => test(path))?.rule
}

/** Whether the rule decides the Content-Encoding itself (then the bytes are sent as they are, never gzipped). */
export function ruleSetsEncoding(rule: ObjectRule | undefined): boolean {
  return rule !== undefined && typeof rule.headers.ContentEncoding === 'string'
}

/**
 * The rule's headers over the ones cache-control(-hashed) and object-parameters gave. Metadata
 * is merged key by key; `ContentEncoding: ''` removes the encoding (e.g. `.tar.gz` downloads).
 */
export function applyRule(base: ObjectHeaders, rule: ObjectRule | undefined): ObjectHeaders {
  if (!rule) return base
  const { ContentType, ContentEncoding, CacheControl, Metadata, ...rest } = rule.headers
  const contentEncoding = typeof ContentEncoding === 'string' ? ContentEncoding : base.contentEncoding
  const parameters: Record<string, unknown> = { ...base.parameters, ...rest }
  if (Metadata !== undefined)
    parameters.Metadata = {
      ...(base.parameters.Metadata as Record<string, string> | undefined),
      ...(Metadata as Record<string, string>)
    }
  return {
    contentType: typeof ContentType === 'string' ? ContentType : base.contentType,
    ...(contentEncoding ? { contentEncoding } : {}),
    cacheControl: typeof CacheControl === 'string' ? CacheControl : base.cacheControl,
    parameters
  }
}
