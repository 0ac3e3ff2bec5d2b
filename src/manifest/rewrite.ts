// Applies Django's patterns to one adjustable file's text (pattern.sub(converter, content)
// for each pattern in turn), resolving each URL against the current table.
import { literalRanges, rangeAt } from './literal-ranges.js'
import { lineAt, OffsetMap } from './offset-map.js'
import type { RewritePattern } from './pattern-sources.js'
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

/** A place where the release's output differs from a later release's because of a bug fixed there. */
export interface ReleaseBugHit {
  /** 1-based line in the original file. */
  line: number
  /** The release that fixed it. */
  fixedIn: string
  kind: 'source-map-deleted' | 'nested-url-mangled'
}

export interface RewriteResult {
  text: string
  /** References rewritten (not left alone). */
  rewritten: number
  unresolved: UnresolvedReference[]
  bugs: ReleaseBugHit[]
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
  bugs: Array<Omit<ReleaseBugHit, 'line'> & { offset: number }>
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
  const bugs: ReleaseBugHit[] = []
  const lineOf = (offset: number): number =>
    lineAt(
      original,
      maps.reduceRight((at, map) => map.toOld(at), offset)
    )
  for (const pattern of patterns) {
    const result = applyPattern(name, text, pattern, context)
    if (result.unresolved.length > 0 && policy === 'django') continue
    for (const { offset, ...rest } of result.unresolved) unresolved.push({ ...rest, line: lineOf(offset) })
    for (const { offset, ...rest } of result.bugs) bugs.push({ ...rest, line: lineOf(offset) })
    text = result.text
    rewritten += result.rewritten
    maps.push(result.map)
  }
  return { text, rewritten, unresolved, bugs }
}

function applyPattern(name: string, text: string, pattern: RewritePattern, context: ResolveContext): PatternResult {
  const { regex, urlGroup } = pattern
  const result: PatternResult = { text: '', rewritten: 0, map: new OffsetMap(), unresolved: [], bugs: [] }
  const pieces: string[] = []
  const literals = pattern.skipLiterals ? literalRanges(text, pattern.skipLiterals) : []
  const mangling = new ManglingWatch(pattern, text)
  let outputLength = 0
  let copiedUpTo = 0
  regex.lastIndex = 0
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const literal = rangeAt(literals, match.index)
    if (literal) {
      // Not a reference: look again after the comment or string.
      regex.lastIndex = literal[1]
      continue
    }
    const url = match[urlGroup] ?? ''
    const resolution = resolveUrl(name, url, context)
    const mangled = mangling.check(match, resolution.kind !== 'leave')
    if (mangled) result.bugs.push({ kind: 'nested-url-mangled', fixedIn: mangled, offset: match.index })
    if (resolution.kind === 'missing') {
      const offset = match.indices?.[urlGroup]?.[0] ?? match.index
      result.unresolved.push({ reference: url, missing: resolution.missing, outside: resolution.outside, offset })
      continue
    }
    if (resolution.kind === 'leave' && !pattern.leftAloneDeleted) continue
    if (resolution.kind === 'leave') {
      result.bugs.push({ kind: 'source-map-deleted', fixedIn: pattern.leftAloneDeleted!.fixedIn, offset: match.index })
    }
    const replacement = resolution.kind === 'leave' ? '' : pattern.render(resolution.url, match)
    const before = text.slice(copiedUpTo, match.index)
    pieces.push(before, replacement)
    outputLength += before.length
    result.map.record(match.index, match.index + match[0].length, outputLength, replacement.length)
    outputLength += replacement.length
    copiedUpTo = match.index + match[0].length
    if (resolution.kind === 'rewrite' && replacement !== match[0]) result.rewritten++
  }
  pieces.push(text.slice(copiedUpTo))
  result.text = pieces.join('')
  return result
}

/**
 * For a pattern a later release replaced (`supersededBy`): where the later regex's match at the
 * same place runs further, the text up to its end belongs to that one reference, so a match
 * found inside it and not left alone is this release's bug.
 */
class ManglingWatch {
  /** Sticky copies of the later regexes, compiled once. */
  private static readonly sticky = new WeakMap<RegExp, RegExp>()
  private readonly later: RegExp | null
  private until = -1

  constructor(
    private readonly pattern: RewritePattern,
    private readonly text: string
  ) {
    const regex = pattern.supersededBy?.regex
    this.later = regex ? ManglingWatch.stickyOf(regex) : null
  }

  private static stickyOf(regex: RegExp): RegExp {
    let sticky = ManglingWatch.sticky.get(regex)
    if (!sticky) ManglingWatch.sticky.set(regex, (sticky = new RegExp(regex.source, regex.flags.replace('g', '') + 'y')))
    return sticky
  }

  /** The fixing release when `match` is such a bug. */
  check(match: RegExpExecArray, acted: boolean): string | undefined {
    if (!this.later) return undefined
    const inside = match.index < this.until
    this.later.lastIndex = match.index
    const whole = this.later.exec(this.text)
    const end = match.index + match[0].length
    if (whole && whole.index + whole[0].length > end) this.until = Math.max(this.until, whole.index + whole[0].length)
    return inside && acted ? this.pattern.supersededBy!.fixedIn : undefined
  }
}
