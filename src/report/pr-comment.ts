// The plan as one pull request comment: counts, what would change, duplicates, missing references,
// other problems and (when the CDN step supplies it) what would be invalidated. A hidden marker
// lets later runs find and update the same comment. Pure; always within GitHub's comment limit.
import type { Problem } from '../model.js'
import { cell, code, formatBytes, plural } from './format.js'
import type { Report, ReportFile } from './report.js'

/**
 * Plain text in the comment: escaped like a table cell, and an `@` a word joiner apart from what
 * follows, so a path such as `vendor/@fortawesome/x.css` in a message does not mention anyone.
 * (Inside <code> GitHub links no mentions.)
 */
function text(value: string): string {
  return cell(value).replace(/@/g, '@\u2060')
}

/** GitHub rejects a comment body over 65,536 characters; string length (UTF-16 units) never undercounts them. */
export const COMMENT_LIMIT = 65_536
// Headline, notes, closing tags and the footer always fit in what is held back.
const RESERVED = 4_000
// No section renders more rows than could ever fit (a row is at least ~25 characters).
const MAX_ROWS = Math.ceil(COMMENT_LIMIT / 25)

/** What the CDN step would invalidate (or did), for its section of the comment. */
export interface InvalidationPreview {
  /** e.g. `CloudFront E2ABC…`. */
  distribution?: string
  paths: { path: string; why?: string }[]
  /** One line shown under the heading, e.g. why paths were merged into wildcards. */
  note?: string
}

export interface CommentContext {
  /** The hidden first line (commentMarker) that later runs find the comment by. */
  marker: string
  headSha?: string
  runUrl?: string
  /** Why this run is a dry run although none was asked for (no credentials on a fork's pull request). */
  forcedDryRun?: string
  /** Supplied by the CDN invalidation step; the section is left out without it. */
  invalidation?: InvalidationPreview
}

/** The hidden first line later runs look for: one comment per workflow job and target (dry run or not). */
export function commentMarker(commentKey: string, target: string): string {
  const key = `${commentKey} ${target}`.trim().replace(/--+/g, '-').replace(/>/g, '')
  return `<!-- collectstatic-s3 plan: ${key} -->`
}

export function renderPlanComment(report: Report, context: CommentContext): string {
  const head = [context.marker, headline(report), ...notes(report, context)].join('\n\n')
  const missing = report.problems.filter((problem) => problem.kind === 'missing-reference')
  // The fallback's notice is already the note under the headline.
  const others = report.problems.filter(
    (problem) => problem.kind !== 'missing-reference' && problem.message !== context.forcedDryRun
  )
  const lists: ListSection[] = [
    changes(report),
    failures(report),
    duplicates(report),
    problemSection('Missing references', missing),
    problemSection('Problems', others),
    invalidation(report.dryRun, context.invalidation)
  ].filter((section): section is ListSection => section !== null)
  return assemble(head, lists, footer(context))
}

/** The comment of a run that stopped before it could plan (missing references, bad input, ...). */
export function renderFailureComment(message: string, problems: Problem[], context: CommentContext): string {
  const head = [context.marker, '### collectstatic-s3 failed: nothing was written', `> [!CAUTION]\n> ${text(message)}`].join(
    '\n\n'
  )
  const missing = problems.filter((problem) => problem.kind === 'missing-reference')
  const others = problems.filter((problem) => problem.kind !== 'missing-reference')
  const lists = [problemSection('Missing references', missing), problemSection('Problems', others)].filter(
    (s): s is ListSection => s !== null
  )
  return assemble(head, lists, footer(context))
}

function headline(report: Report): string {
  const t = report.totals
  const deleted = report.files.filter((file) => file.action === 'delete')
  const title = report.dryRun
    ? `### collectstatic-s3 plan: would upload ${plural(t.uploaded, 'file')} (${formatBytes(t.bytesUploaded)}), delete ${t.deleted}`
    : `### collectstatic-s3: uploaded ${plural(t.uploaded, 'file')} (${formatBytes(t.bytesUploaded)}), deleted ${deleted.length}`
  const counts = [
    `${plural(t.collected, 'file')} collected`,
    `${t.uploaded} ${report.dryRun ? 'to upload' : 'uploaded'}`,
    `${t.skipped} unchanged or kept`,
    `${t.deleted} ${report.dryRun ? 'to delete' : 'deleted'}`,
    ...(t.failed > 0 ? [`${t.failed} failed`] : []),
    plural(t.duplicates, 'duplicate')
  ]
  return `${title}\n\n${counts.join(' · ')} → ${code(report.target)}`
}

function notes(report: Report, context: CommentContext): string[] {
  const lines: string[] = []
  if (context.forcedDryRun) lines.push(`> [!NOTE]\n> ${text(context.forcedDryRun)}`)
  else if (report.inventoryNote) lines.push(`> [!NOTE]\n> ${text(report.inventoryNote)}`)
  if (report.manifest) {
    const m = report.manifest
    lines.push(`Manifest ${code(m.name)} (hash ${code(m.hash)}): ${plural(m.hashedFiles, 'hashed file')}.`)
  }
  return lines
}

function footer(context: CommentContext): string {
  const parts = [
    context.headSha ? `Updated for ${context.headSha.slice(0, 12)}` : 'Updated on every run',
    ...(context.runUrl ? [`[workflow run](${context.runUrl})`] : []),
    'every file is listed in the job summary and the JSON report'
  ]
  return `<sub>${parts.join(' · ')}</sub>`
}

/** A titled list or table whose rows are dropped from the end when the comment runs out of room. */
interface ListSection {
  title: string
  /** Lines before the rows (a table header). */
  header: string[]
  rows: string[]
  /** All items, including those not rendered (rows stop at MAX_ROWS). */
  total: number
  noun: string
}

function section(
  title: string,
  header: string[],
  items: readonly unknown[],
  render: (index: number) => string,
  noun: string
): ListSection {
  const rows: string[] = []
  for (let i = 0; i < Math.min(items.length, MAX_ROWS); i++) rows.push(render(i))
  return { title, header, rows, total: items.length, noun }
}

function changes(report: Report): ListSection | null {
  const changed = [
    ...report.files.filter((file) => file.action === 'delete'),
    ...report.files.filter((file) => file.action === 'upload')
  ]
  if (changed.length === 0) return null
  const verb = report.dryRun ? 'What would change' : 'What changed'
  const header = ['| | Path | Size | Reason |', '| --- | --- | ---: | --- |']
  return section(
    `${verb}: ${plural(changed.length, 'object')}${reasonCounts(changed)}`,
    header,
    changed,
    (i) => fileRow(changed[i]!),
    'object'
  )
}

function failures(report: Report): ListSection | null {
  const failed = report.files.filter((file) => file.action === 'fail')
  if (failed.length === 0) return null
  const header = ['| Path | Error |', '| --- | --- |']
  return section(
    `Failed: ${plural(failed.length, 'upload')}`,
    header,
    failed,
    (i) => `| ${code(failed[i]!.path)} | ${text(failed[i]!.reason)} |`,
    'failure'
  )
}

function fileRow(file: ReportFile): string {
  const sign = file.action === 'delete' ? '➖' : file.reason === 'new' ? '➕' : '✏️'
  const name = file.hashedFrom ? `${code(file.hashedFrom)} → ${code(file.path)}` : code(file.path)
  return `| ${sign} | ${name} | ${formatBytes(file.size)} | ${text(file.reason)} |`
}

function reasonCounts(files: ReportFile[]): string {
  const counts = new Map<string, number>()
  for (const file of files) counts.set(file.reason, (counts.get(file.reason) ?? 0) + 1)
  return ` (${[...counts].map(([reason, count]) => `${count} ${text(reason)}`).join(', ')})`
}

function duplicates(report: Report): ListSection | null {
  const list = report.duplicates
  if (list.length === 0) return null
  const header = ['| Path | Used | Ignored |', '| --- | --- | --- |']
  const row = (i: number) => `| ${code(list[i]!.path)} | ${code(list[i]!.used)} | ${list[i]!.ignored.map(code).join('<br>')} |`
  return section(
    `Duplicates: ${plural(list.length, 'path')} provided by more than one source (the first found wins)`,
    header,
    list,
    row,
    'duplicate'
  )
}

function problemSection(title: string, list: Problem[]): ListSection | null {
  if (list.length === 0) return null
  const icon = { error: '❌', warning: '⚠️', notice: 'ℹ️' }
  const row = (i: number) => {
    const problem = list[i]!
    const where = problem.file ? ` (${code(problem.file + (problem.line ? `:${problem.line}` : ''))})` : ''
    return `- ${icon[problem.severity]} ${text(problem.message)}${where}`
  }
  return section(`${title}: ${list.length}`, [], list, row, title === 'Missing references' ? 'reference' : 'problem')
}

function invalidation(dryRun: boolean, preview: InvalidationPreview | undefined): ListSection | null {
  if (!preview) return null
  const where = preview.distribution ? ` on ${text(preview.distribution)}` : ''
  const title = `${dryRun ? 'What would be invalidated' : 'Invalidated'}${where}: ${plural(preview.paths.length, 'path')}`
  const table = preview.paths.length > 0 ? ['| CDN path | Why |', '| --- | --- |'] : ['Nothing to invalidate.']
  const header = [...(preview.note ? [text(preview.note), ''] : []), ...table]
  const row = (i: number) => `| ${code(preview.paths[i]!.path)} | ${text(preview.paths[i]!.why ?? '')} |`
  return section(title, header, preview.paths, row, 'path')
}

/**
 * Head, sections, footer within the limit. The room left is shared out smallest section first:
 * each gets at most an equal share of what remains, and what a small one leaves goes to the rest,
 * so a 5,000-row table cannot push the duplicates or missing references out.
 */
function assemble(head: string, lists: ListSection[], foot: string, limit = COMMENT_LIMIT): string {
  let remaining = limit - RESERVED - head.length - foot.length
  const order = lists.map((list, index) => ({ index, size: fullSize(list) })).sort((a, b) => a.size - b.size)
  const rendered: string[] = new Array(lists.length)
  let left = lists.length
  for (const { index } of order) {
    const text = renderWithin(lists[index]!, Math.max(0, Math.floor(remaining / left)))
    remaining -= text.length
    left -= 1
    rendered[index] = text
  }
  return [head, ...rendered, foot].join('\n\n') + '\n'
}

function fullSize(list: ListSection): number {
  return list.rows.reduce((sum, row) => sum + row.length + 1, list.title.length + list.header.join('\n').length + 80)
}

function renderWithin(list: ListSection, room: number): string {
  const open = `<details open><summary><strong>${list.title}</strong></summary>\n\n`
  const close = '\n\n</details>'
  const base = open.length + close.length + list.header.join('\n').length + 1
  const taken: string[] = []
  let size = base + 120 // room for the "…and N more" note
  for (const row of list.rows) {
    if (size + row.length + 1 > room) break
    size += row.length + 1
    taken.push(row)
  }
  const more = list.total - taken.length
  if (taken.length === 0 && list.total > 0 && base + 120 > room)
    return `**${list.title}** (not listed here: the comment is full; see the job summary).`
  const note =
    more > 0
      ? `\n\n…and ${plural(more, `more ${list.noun}`)}: the comment is limited to ${COMMENT_LIMIT.toLocaleString('en-US')} characters; see the job summary.`
      : ''
  const body = [...list.header, ...taken].join('\n')
  return `${open}${body}${note}${close}`
}
