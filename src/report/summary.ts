// The job summary: a headline, problems, then tables of what was uploaded, skipped, deleted and
// shadowed. Long tables are collapsed and everything stays under GitHub's 1 MiB limit.
import type { PlannedFile, Problem } from '../model.js'
import { SummaryBudget } from './budget.js'
import { normaliseCause } from './failure-groups.js'
import { cell, code, formatBytes, plural } from './format.js'
import { invalidationSection } from './invalidation-section.js'
import type { Report, ReportFile } from './report.js'
import { describeStop } from '../execute/run-control.js'

const OPEN_TABLE_ROWS = 20
const SHOWN_REASONS = 8

export function renderSummary(report: Report, reportPath: string, budget = new SummaryBudget()): string {
  const sections = [
    headline(report),
    problems(report.problems, budget),
    invalidationSection(report, budget),
    filesSection(report, 'upload', report.dryRun ? 'To upload' : 'Uploaded', budget),
    filesSection(report, 'fail', 'Failed', budget),
    filesSection(report, 'delete', report.dryRun ? 'To delete' : 'Deleted', budget),
    filesSection(report, 'skip', 'Skipped', budget),
    duplicates(report, budget),
    settings(report),
    `Full report: ${code(reportPath)}`
  ]
  return sections.filter((section) => section !== '').join('\n\n') + '\n'
}

function headline(report: Report): string {
  const t = report.totals
  const verb = report.dryRun ? 'would upload' : 'uploaded'
  const title = `### collectstatic-s3${report.dryRun ? ' (dry run)' : ''}: ${verb} ${plural(t.uploaded, 'file')} (${formatBytes(t.bytesUploaded)})`
  const parts = [
    `${plural(t.collected, 'file')} collected`,
    `${t.skipped} skipped`,
    `${t.deleted} ${report.dryRun ? 'to delete' : 'deleted'}`,
    `${t.failed} failed`,
    plural(t.duplicates, 'duplicate')
  ]
  const lines = [title, `${parts.join(' · ')} → ${code(report.target)}`]
  if (report.manifest) {
    const m = report.manifest
    lines.push(
      `Manifest ${code(m.name)} (hash ${code(m.hash)}): ${plural(m.hashedFiles, 'hashed file')}, ${plural(m.referencesRewritten, 'reference')} rewritten.`
    )
  }
  if (report.stopped) lines.push(`> [!CAUTION]\n> ${cell(stoppedNote(report))}`)
  if (report.inventoryNote) lines.push(`> [!NOTE]\n> ${cell(report.inventoryNote)}`)
  if (report.dryRun) lines.push('Dry run: nothing was written.')
  return lines.join('\n\n')
}

/** What a stopped run did and did not do, for the summary and the step's failure message. */
export function stoppedNote(report: Pick<Report, 'stopped' | 'totals' | 'files'>): string {
  const reason = report.stopped ? describeStop(report.stopped) : 'the run stopped'
  const notSent = report.files.filter((file) => file.action === 'skip' && /^(not uploaded|interrupted)/.test(file.reason)).length
  const t = report.totals
  // A stop that came late (while deleting) may follow the manifest upload: say what really happened.
  const manifestSent = report.files.some((file) => file.role === 'manifest' && file.action === 'upload')
  return (
    `Stopped: ${reason}. ${plural(t.uploaded, 'file')} uploaded, ${plural(notSent, 'file')} not uploaded or interrupted` +
    `${t.failed ? `, ${t.failed} failed` : ''}; the manifest was ${manifestSent ? 'replaced' : 'not replaced'} and ` +
    `${t.deleted ? `${plural(t.deleted, 'file')} deleted` : 'nothing was deleted'}. Run the step again: it sends only what is still missing or different.`
  )
}

/** Drawn from the same budget as the tables, first: 20,000 problems must not push the summary past 1 MiB. */
function problems(list: Problem[], budget: SummaryBudget): string {
  if (list.length === 0) return ''
  const icon = { error: '❌', warning: '⚠️', notice: 'ℹ️' }
  const items = budget.take(list, (problem) => {
    const where = problem.file ? ` (${code(problem.file + (problem.line ? `:${problem.line}` : ''))})` : ''
    return `- ${icon[problem.severity]} ${cell(problem.message)}${where}`
  })
  const more = list.length - items.length
  const note = more > 0 ? `\n\n…and ${plural(more, 'more problem')}: see the report file.` : ''
  return `#### Problems\n\n${items.join('\n')}${note}`
}

function filesSection(report: Report, action: PlannedFile['action'], title: string, budget: SummaryBudget): string {
  const files = report.files.filter((file) => file.action === action)
  if (files.length === 0) return ''
  const header = ['| Path | Source | Size | Reason |', '| --- | --- | ---: | --- |']
  const rows = budget.take(files, fileRow)
  const table = [...header, ...rows].join('\n')
  const more = files.length - rows.length
  const note = more > 0 ? `\n\n…and ${plural(more, 'more file')}: see the report file.` : ''
  const heading = `${title}: ${plural(files.length, 'file')} (${formatBytes(sum(files))})${reasonCounts(files)}`
  return details(heading, table + note, files.length <= OPEN_TABLE_ROWS && action !== 'skip')
}

function fileRow(file: ReportFile): string {
  const name = file.hashedFrom ? `${code(file.hashedFrom)} → ${code(file.path)}` : code(file.path)
  const source = file.source ? code(file.source) : file.role === 'manifest' ? 'manifest' : ''
  return `| ${name} | ${source} | ${formatBytes(file.size)} | ${cell(file.reason)} |`
}

/** Reasons by cause (a failure's message names its key: see failure-groups.ts), the commonest few. */
function reasonCounts(files: ReportFile[]): string {
  const counts = new Map<string, number>()
  for (const file of files) {
    // Only a failure's message names its key; other reasons are fixed words.
    const reason = file.action === 'fail' ? normaliseCause(file.reason, file.path) : file.reason
    counts.set(reason, (counts.get(reason) ?? 0) + 1)
  }
  if (counts.size <= 1 && files.length > 0) return `, ${cell(truncate([...counts.keys()][0]!, 300))}`
  const sorted = [...counts].sort((a, b) => b[1] - a[1])
  const shown = sorted.slice(0, SHOWN_REASONS).map(([reason, count]) => `${count} ${cell(truncate(reason, 300))}`)
  const rest = sorted.length - shown.length
  return ': ' + shown.join(', ') + (rest > 0 ? `, and ${plural(rest, 'other reason')}` : '')
}

function duplicates(report: Report, budget: SummaryBudget): string {
  if (report.duplicates.length === 0) return ''
  const rows = budget.take(
    report.duplicates,
    (d) => `| ${code(d.path)} | ${code(d.used)} | ${d.ignored.map(code).join('<br>')} |`
  )
  const more = report.duplicates.length - rows.length
  const table = ['| Path | Used | Ignored |', '| --- | --- | --- |', ...rows].join('\n')
  const note = more > 0 ? `\n\n…and ${plural(more, 'more duplicate')}: see the report file.` : ''
  const heading = `Duplicates: ${plural(report.duplicates.length, 'path')} provided by more than one source (the first found wins)`
  return details(heading, table + note, report.duplicates.length <= OPEN_TABLE_ROWS)
}

function settings(report: Report): string {
  if (report.settings.length === 0) return ''
  const rows = report.settings.map((s) => `| ${cell(s.name)} | ${code(truncate(s.value, 200))} | ${cell(s.from)} |`)
  return details('Effective settings', ['| Setting | Value | From |', '| --- | --- | --- |', ...rows].join('\n'), false)
}

function details(summary: string, body: string, open: boolean): string {
  return `<details${open ? ' open' : ''}><summary><strong>${summary}</strong></summary>\n\n${body}\n\n</details>`
}

function sum(files: ReportFile[]): number {
  return files.reduce((total, file) => total + file.size, 0)
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** The summary of a run that stopped before writing anything. */
export function renderFailure(message: string, list: Problem[], budget = new SummaryBudget()): string {
  const sections = [
    '### collectstatic-s3 failed',
    `> [!CAUTION]\n> ${cell(message)}`,
    problems(list, budget),
    'Nothing was written.'
  ]
  return sections.filter(Boolean).join('\n\n') + '\n'
}
