// A parsed Python file: the @lezer/python syntax tree plus what the evaluator needs to
// point at places in it (line numbers, source text of a node).
import { parser } from '@lezer/python'
import type { SyntaxNode, Tree } from '@lezer/common'

export type { SyntaxNode }

export interface ParsedFile {
  /** Absolute path of the file. */
  file: string
  source: string
  tree: Tree
  /** Offsets where each line starts, for line numbers. */
  lineStarts: number[]
}

export function parsePython(file: string, source: string): ParsedFile {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1)
  return { file, source: text, tree: parser.parse(text), lineStarts }
}

/** 1-based line of an offset. */
export function lineOf(parsed: ParsedFile, pos: number): number {
  let low = 0
  let high = parsed.lineStarts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((parsed.lineStarts[mid] ?? 0) <= pos) low = mid
    else high = mid - 1
  }
  return low + 1
}

export function textOf(parsed: ParsedFile, node: SyntaxNode): string {
  return parsed.source.slice(node.from, node.to)
}

/** Source of a node on one line, shortened, for messages. */
export function snippetOf(parsed: ParsedFile, node: SyntaxNode, max = 80): string {
  const flat = textOf(parsed, node).replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** Direct children, tokens included, comments left out. */
export function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = []
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.name !== 'Comment') out.push(child)
  }
  return out
}

/** Lines holding syntax errors (lezer recovers and marks them with error nodes). */
export function syntaxErrorLines(parsed: ParsedFile): number[] {
  const lines = new Set<number>()
  parsed.tree.iterate({
    enter: (ref) => {
      if (ref.type.isError) lines.add(lineOf(parsed, ref.from))
    }
  })
  return [...lines].sort((a, b) => a - b)
}
