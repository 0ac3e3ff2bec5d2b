// GitHub rejects a step summary over 1 MiB. Sections draw rows from one shared byte budget and
// end with a note pointing at the report file once it runs out.
export const SUMMARY_LIMIT_BYTES = 1024 * 1024
const RESERVED_BYTES = 64 * 1024 // headline, notes and closing tags always fit

export class SummaryBudget {
  private remaining: number

  constructor(limit = SUMMARY_LIMIT_BYTES) {
    this.remaining = limit - RESERVED_BYTES
  }

  /**
   * Renders and takes rows while they fit; returns the ones taken. Rows are rendered one at a
   * time, so a 60,000-file table costs the rows that fit, not 60,000 strings.
   */
  take<T>(items: readonly T[], render: (item: T) => string): string[] {
    const taken: string[] = []
    for (const item of items) {
      const row = render(item)
      const size = Buffer.byteLength(row, 'utf8') + 1
      if (size > this.remaining) break
      this.remaining -= size
      taken.push(row)
    }
    return taken
  }
}
