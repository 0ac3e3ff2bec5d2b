// Maps offsets in a rewritten text back to the text before the rewrite, so a
// reference found after earlier patterns changed the text gets its original line.

interface Edit {
  newStart: number
  newEnd: number
  oldStart: number
  oldEnd: number
}

export class OffsetMap {
  private readonly edits: Edit[] = []

  /** Records that old[oldStart, oldEnd) became new[newStart, newStart + newLength); call in text order. */
  record(oldStart: number, oldEnd: number, newStart: number, newLength: number): void {
    this.edits.push({ newStart, newEnd: newStart + newLength, oldStart, oldEnd })
  }

  /** The offset in the old text that `offset` in the new text came from. */
  toOld(offset: number): number {
    let previous: Edit | undefined
    for (const edit of this.edits) {
      if (edit.newStart > offset) break
      previous = edit
    }
    if (previous === undefined) return offset
    if (offset < previous.newEnd) {
      return previous.oldStart + Math.min(offset - previous.newStart, previous.oldEnd - previous.oldStart)
    }
    return offset - previous.newEnd + previous.oldEnd
  }
}

/** 1-based line number of `offset` in `text` (lines end at `\n`, as Python counts them). */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++
  return line
}
