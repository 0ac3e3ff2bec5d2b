// The report for a terminal: the job summary's sections (headline, problems, uploaded, failed,
// deleted, skipped, duplicates, effective settings, report path) as plain-text tables, styled
// only when the caller says the output is a colour terminal.
import type { PlannedFile, Problem } from '../model.js'
import { formatBytes, plural } from './format.js'
import type { Report, ReportFile } from './report.js'

export interface Style {
  bold(text: string): string
  dim(text: string): string
  red(text: string): string
  yellow(text: string): string
  green(text: string): string
}

const plain = (text: string) => text
export const PLAIN: Style = { bold: plain, dim: plain, red: plain, yellow: plain, green: plain }

const sgr = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`
export const COLOUR: Style = { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39) }

/** Rows shown per table; the rest are counted (the report file lists them all). */
const ROWS = { upload: 20, fail: 20, delete: 20, skip: 10 } as const
const MAX_CELL = 60

export function renderTerminalReport(report: Report, reportPath: string, style: Style = PLAIN): string {
  const sections = [
    headline(report, style),
    problems(report.problems, style),
    filesSection(report, 'upload', report.dryRun ? 'To upload' : 'Uploaded', style),
    filesSection(report, 'fail', 'Failed', style),
    filesSection(report, 'delete', report.dryRun ? 'To delete' : 'Deleted', style),
    filesSection(report, 'skip', 'Skipped', style),
    duplicates(report, style),
    settings(report, style),
    `Full report: ${reportPath}`
  ]
  return sections.filter((section) => section !== '').join('\n\n') + '\n'
}

function headline(report: Report, style: Style): string {
  const t = report.totals
  const verb = report.dryRun ? 'would upload' : 'uploaded'
  const title = `collectstatic-s3${report.dryRun ? ' (dry run)' : ''}: ${verb} ${plural(t.uploaded, 'file')} (${formatBytes(t.bytesUploaded)})`
  const parts = [
    `${plural(t.collected, 'file')} collected`,
    `${t.skipped} skipped`,
    `${t.deleted} ${report.dryRun ? 'to delete' : 'deleted'}`,
    `${t.failed} failed`,
    plural(t.duplicates, 'duplicate')
  ]
  const lines = [style.bold(t.failed > 0 ? style.red(title) : title), `${parts.join(' · ')} → ${report.target}`]
  if (report.manifest) {
    const m = report.manifest
    lines.push(
      `Manifest ${m.name} (hash ${m.hash}): ${plural(m.hashedFiles, 'hashed file')}, ${plural(m.referencesRewritten, 'reference')} rewritten.`
    )
  }
  if (report.inventoryNote) lines.push(`Note: ${report.inventoryNote}`)
  if (report.dryRun) lines.push('Dry run: nothing was written.')
  return lines.join('\n')
}

export function problems(list: Problem[], style: Style): string {
  if (list.length === 0) return ''
  const mark = { error: style.red('error'), warning: style.yellow('warning'), notice: 'notice' }
  const items = list.map((problem) => {
    const where = problem.file ? ` (${problem.file}${problem.line ? `:${problem.line}` : ''})` : ''
    return `  ${mark[problem.severity]}: ${problem.message}${where}`
  })
  return `${style.bold('Problems')}\n${items.join('\n')}`
}

function filesSection(report: Report, action: PlannedFile['action'], title: string, style: Style): string {
  const files = report.files.filter((file) => file.action === action)
  if (files.length === 0) return ''
  const shown = files.slice(0, ROWS[action])
  const rows = shown.map((file) => [
    fileName(file),
    file.source ?? (file.role === 'manifest' ? 'manifest' : ''),
    formatBytes(file.size),
    file.reason
  ])
  const more = files.length - shown.length
  const note = more > 0 ? `\n  …and ${plural(more, 'more file')}: see the report file.` : ''
  const heading = `${title}: ${plural(files.length, 'file')} (${formatBytes(sum(files))})${reasonCounts(files)}`
  return `${style.bold(heading)}\n${table(['Path', 'Source', 'Size', 'Reason'], rows, style, [2])}${note}`
}

function fileName(file: ReportFile): string {
  return file.hashedFrom ? `${file.hashedFrom} → ${file.path}` : file.path
}

function reasonCounts(files: ReportFile[]): string {
  const counts = new Map<string, number>()
  for (const file of files) counts.set(file.reason, (counts.get(file.reason) ?? 0) + 1)
  if (counts.size <= 1 && files.length > 0) return `, ${files[0]!.reason}`
  return ': ' + [...counts].map(([reason, count]) => `${count} ${reason}`).join(', ')
}

function duplicates(report: Report, style: Style): string {
  if (report.duplicates.length === 0) return ''
  const shown = report.duplicates.slice(0, ROWS.upload)
  const rows = shown.map((d) => [d.path, d.used, d.ignored.join(', ')])
  const more = report.duplicates.length - shown.length
  const note = more > 0 ? `\n  …and ${plural(more, 'more duplicate')}: see the report file.` : ''
  const heading = `Duplicates: ${plural(report.duplicates.length, 'path')} provided by more than one source (the first found wins)`
  return `${style.bold(heading)}\n${table(['Path', 'Used', 'Ignored'], rows, style)}${note}`
}

function settings(report: Report, style: Style): string {
  if (report.settings.length === 0) return ''
  const rows = report.settings.map((s) => [s.name, s.value, s.from])
  return `${style.bold('Effective settings')}\n${table(['Setting', 'Value', 'From'], rows, style)}`
}

/** Columns padded to their widest cell (cells cut at MAX_CELL), indented two spaces. */
export function table(header: string[], rows: string[][], style: Style, rightAligned: number[] = []): string {
  const cells = [header, ...rows].map((row) => row.map((text) => truncate(text.replace(/\s+/g, ' '), MAX_CELL)))
  const widths = header.map((_, column) => Math.max(...cells.map((row) => [...(row[column] ?? '')].length)))
  const pad = (text: string, column: number) => {
    const fill = ' '.repeat((widths[column] ?? 0) - [...text].length)
    return rightAligned.includes(column) ? fill + text : text + fill
  }
  const lines = cells.map((row) => '  ' + row.map(pad).join('  ').trimEnd())
  lines[0] = style.dim(lines[0]!)
  return lines.join('\n')
}

function sum(files: ReportFile[]): number {
  return files.reduce((total, file) => total + file.size, 0)
}

function truncate(text: string, max: number): string {
  return [...text].length <= max ? text : `${[...text].slice(0, max - 1).join('')}…`
}
