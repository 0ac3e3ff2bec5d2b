// The report as a JSON file with one entry per line in its long lists (files, duplicates). It
// is written in pieces: a 20,000-file report is 10 MB of JSON, and building it as one string
// (then one buffer on its way to disk) was the largest allocation of a run.
import { mkdir, open, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import type { Report } from './report.js'

const LISTS = new Set(['files', 'duplicates'])
const FLUSH_AT = 64 * 1024

export async function writeReportFile(report: Report, reportPath: string): Promise<void> {
  await mkdir(path.dirname(reportPath), { recursive: true })
  const file = await open(reportPath, 'w')
  try {
    const out = new ChunkedWriter(file)
    const entries = Object.entries(report).filter(([, value]) => value !== undefined)
    await out.write('{\n')
    for (const [index, [key, value]] of entries.entries()) {
      const comma = index < entries.length - 1 ? ',' : ''
      if (LISTS.has(key) && Array.isArray(value)) await writeList(out, key, value, comma)
      else await out.write(`  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')}${comma}\n`)
    }
    await out.write('}\n')
    await out.flush()
  } finally {
    await file.close()
  }
}

async function writeList(out: ChunkedWriter, key: string, items: unknown[], comma: string): Promise<void> {
  if (items.length === 0) return out.write(`  ${JSON.stringify(key)}: []${comma}\n`)
  await out.write(`  ${JSON.stringify(key)}: [\n`)
  // Awaited only when a piece is full: 20,000 awaits of nothing cost more than the lines.
  for (let index = 0; index < items.length; index++) {
    if (out.add(`    ${JSON.stringify(items[index])}${index < items.length - 1 ? ',' : ''}\n`)) await out.flush()
  }
  await out.write(`  ]${comma}\n`)
}

class ChunkedWriter {
  private pending: string[] = []
  private size = 0

  constructor(private readonly file: FileHandle) {}

  async write(text: string): Promise<void> {
    if (this.add(text)) await this.flush()
  }

  /** Keeps `text` for the next flush; true when the piece is full and should be flushed. */
  add(text: string): boolean {
    this.pending.push(text)
    this.size += text.length
    return this.size >= FLUSH_AT
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return
    const text = this.pending.join('')
    this.pending = []
    this.size = 0
    await this.file.write(text)
  }
}
