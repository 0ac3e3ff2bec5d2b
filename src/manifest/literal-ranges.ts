// Where a CSS or JS text has comments and string literals (and, in JS, template literals):
// Django 6.1 does not treat references found there as references.
import type { CodeSyntax } from './pattern-sources.js'

/** Sorted, non-overlapping [start, end) offsets. */
export type Ranges = Array<[number, number]>

export function literalRanges(text: string, syntax: CodeSyntax): Ranges {
  const ranges: Ranges = []
  let i = 0
  while (i < text.length) {
    const ch = text[i]
    const next = text[i + 1]
    let end = -1
    if (ch === '\\') {
      i += 2
      continue
    }
    if (ch === '/' && next === '*') end = blockCommentEnd(text, i)
    else if (syntax === 'js' && ch === '/' && next === '/') end = lineEnd(text, i)
    else if (ch === '"' || ch === "'") end = stringEnd(text, i, false)
    else if (syntax === 'js' && ch === '`') end = stringEnd(text, i, true)
    if (end < 0) {
      i++
      continue
    }
    ranges.push([i, end])
    i = end
  }
  return ranges
}

function blockCommentEnd(text: string, start: number): number {
  const close = text.indexOf('*/', start + 2)
  return close < 0 ? text.length : close + 2
}

function lineEnd(text: string, start: number): number {
  const newline = text.indexOf('\n', start)
  return newline < 0 ? text.length : newline
}

/** A quoted string ends at its unescaped quote; '…' and "…" also at a line end (CSS and JS both forbid raw newlines there). */
function stringEnd(text: string, start: number, multiline: boolean): number {
  const quote = text[start]
  let i = start + 1
  while (i < text.length) {
    const ch = text[i]
    if (ch === '\\') i += 2
    else if (ch === quote) return i + 1
    else if (ch === '\n' && !multiline) return i
    else i++
  }
  return text.length
}

/** The range holding `offset`, if any (binary search). */
export function rangeAt(ranges: Ranges, offset: number): [number, number] | undefined {
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const [start, end] = ranges[mid]!
    if (offset < start) high = mid - 1
    else if (offset >= end) low = mid + 1
    else return ranges[mid]
  }
  return undefined
}
