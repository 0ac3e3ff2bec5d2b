// The job summary's Invalidation section: the invalidation's ID and status, each path with why.
import type { SummaryBudget } from './budget.js'
import { cell, code, plural } from './format.js'
import type { Report } from './report.js'

export function invalidationSection(report: Report, budget: SummaryBudget): string {
  const outcome = report.invalidation
  if (!outcome) return ''
  const verb = outcome.dryRun ? 'would invalidate' : outcome.error ? 'failed to invalidate' : 'invalidated'
  const lines = [`#### Invalidation: ${cell(outcome.distribution)}`]
  if (outcome.paths.length > 0) {
    const id = outcome.id ? ` · ID ${code(outcome.id)} (${cell(outcome.status ?? '')})` : ''
    lines.push(`${verb} ${plural(outcome.paths.length, 'path')} covering ${plural(outcome.keys, 'changed key')}${id}`)
  }
  if (outcome.error) lines.push(`> [!CAUTION]\n> ${cell(outcome.error)}`)
  for (const note of outcome.notes) lines.push(`> [!NOTE]\n> ${cell(note)}`)
  if (outcome.paths.length > 0) {
    const rows = budget.take(outcome.paths, (path) => `| ${code(path.path)} | ${cell(path.why)} |`)
    const more = outcome.paths.length - rows.length
    const table = ['| Path | Why |', '| --- | --- |', ...rows].join('\n')
    lines.push(table + (more > 0 ? `\n\n…and ${plural(more, 'more path')}: see the report file.` : ''))
  }
  return lines.join('\n\n')
}
