// Applies Django's patterns to one adjustable file's text (pattern.sub(converter, content)
// for each pattern in turn), resolving each URL against the current table.
import { lineAt, OffsetMap } from './offset-map.js'
import type { RewritePattern } from './patterns.js'
import { resolveUrl, type ResolveContext } from './resolve-url.js'

export interface UnresolvedReference {
  /** 1-based line in the original file. */
  line: number
  /** The URL as written. */
  reference: string
  /** The path Django looked up. */
  missing: string
  /** True when the path leaves the static root. */
  outside: boolean
}

export interface RewriteResult {
  text: string
  /** References rewritten (not left alone). */
  rewritten: number
  unresolved: UnresolvedReference[]
}

/**
 * `collect`: a missing target leaves that match as written and is reported (first pass).
 * `django`: like Django's later passes, a missing target silently abandons the whole
 * pattern for this file (its ValueError is swallowed there).
 */
export type MissingPolicy = 'collect' | 'django'

interface PatternResult {
  text: string
  rewritten: number
  map: OffsetMap
  unresolved: Array<Omit<UnresolvedReference, 'line'> & { offset: number }>
}

export function rewriteText(
  name: string,
  original: string,
  patterns: RewritePattern[],
  context: ResolveContext,
  policy: MissingPolicy
): RewriteResult {
  let text = original
  let rewritten = 0
  const maps: OffsetMap[] = []
  const unresolved: UnresolvedReference[] = []
  for (const pattern of patterns) {
    const result = applyPattern(name, text, pattern, context)
    if (result.unresolved.length > 0 && policy === 'django') continue
    for (const { offset, ...rest } of result.unresolved) {
      const originalOffset = maps.reduceRight((at, map) => map.toOld(at), offset)
      unresolved.push({ ...rest, line: lineAt(original, originalOffset) })
    }
    text = result.text
    rewritten += result.rewritten
    maps.push(result.map)
  }
  return { text, rewritten, unresolved }
}

function applyPattern(name: string, text: string, pattern: RewritePattern, context: ResolveContext): PatternResult {
  const { regex, urlGroup } = pattern
  const result: PatternResult = { text: '', rewritten: 0, map: new OffsetMap(), unresolved: [] }
  const pieces: string[] = []
  let outputLength = 0
  let copiedUpTo = 0
  regex.lastIndex = 0
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const url = match[urlGroup] ?? ''
    const resolution = resolveUrl(name, url, context)
    if (resolution.kind === 'leave') continue
    if (resolution.kind === 'missing') {
      const offset = match.indices?.[urlGroup]?.[0] ?? match.index
      result.unresolved.push({ reference: url, missing: resolution.missing, outside: resolution.outside, offset })
      continue
    }
    const replacement = pattern.render(resolution.url, match)
    const before = text.slice(copiedUpTo, match.index)
    pieces.push(before, replacement)
    outputLength += before.length
    result.map.record(match.index, match.index + match[0].length, outputLength, replacement.length)
    outputLength += replacement.length
    copiedUpTo = match.index + match[0].length
    if (replacement !== match[0]) result.rewritten++
  }
  pieces.push(text.slice(copiedUpTo))
  result.text = pieces.join('')
  return result
}
