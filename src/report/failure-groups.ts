// Failures grouped by cause, not by key. An S3 error message names the key it hit ("Access
// denied: s3:PutObject on arn:aws:s3:::site/static/css/a.css ..."), so 20,000 denied uploads
// used to be 20,000 distinct problems (20,005 annotations, a 7.7 MB summary). Each failed file's
// message is normalised (its own path becomes `*`, which also reads as the IAM resource pattern
// to allow; request ids become `…`), and one problem per cause carries the count and sample keys.
import type { PlannedFile, Problem } from '../model.js'

const SAMPLES = 5
// S3 request ids and host ids: long runs of upper-case letters and digits, or base64.
const REQUEST_ID = /\b(?=[A-Z0-9+/=]*\d)[A-Z0-9+/=]{16,}\b/g

export interface FailureGroup {
  cause: string
  /** The first failure's own message, shown as it is when the cause hit one file only. */
  reason: string
  operation: 'upload' | 'delete'
  paths: string[]
}

export function groupFailures(files: readonly PlannedFile[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>()
  for (const file of files) {
    if (file.action !== 'fail') continue
    const operation = file.object ? 'upload' : 'delete'
    const cause = normaliseCause(file.reason, file.path)
    const id = `${operation}\n${cause}`
    const group = groups.get(id) ?? { cause, reason: file.reason, operation, paths: [] }
    group.paths.push(file.path)
    groups.set(id, group)
  }
  return [...groups.values()].sort((a, b) => b.paths.length - a.paths.length)
}

export function normaliseCause(reason: string, path: string): string {
  let cause = reason
  for (const form of new Set([path, encodeURI(path), encodeURIComponent(path)])) {
    if (form !== '') cause = cause.split(form).join('*')
  }
  return cause.replace(REQUEST_ID, '…')
}

export function groupProblem(group: FailureGroup): Problem {
  const count = group.paths.length
  const samples = group.paths.slice(0, SAMPLES)
  const what = group.operation === 'upload' ? 'upload' : 'deletion'
  const hit =
    count === 1
      ? `1 ${what} failed: '${samples[0]}'`
      : `${count} ${what}s failed, e.g. ${samples.map((path) => `'${path}'`).join(', ')}${count > SAMPLES ? ` (all ${count} in the report file)` : ''}`
  return { kind: 'upload', severity: 'error', message: `${count === 1 ? group.reason : group.cause} (${hit})`, count, samples }
}

/**
 * The run's problems with the per-message failure problems replaced by one problem per cause.
 * Those per-message problems are `<reason> (<which files>)` for a failed file's reason.
 */
export function regroupFailureProblems(problems: readonly Problem[], files: readonly PlannedFile[]): Problem[] {
  const groups = groupFailures(files)
  if (groups.length === 0) return [...problems]
  const reasons = new Set(files.filter((file) => file.action === 'fail').map((file) => file.reason))
  const others = problems.filter((problem) => !isPerMessageFailure(problem, reasons))
  return [...groups.map(groupProblem), ...others]
}

function isPerMessageFailure(problem: Problem, reasons: Set<string>): boolean {
  if (problem.kind !== 'upload' || problem.severity !== 'error' || !problem.message.endsWith(')')) return false
  for (let at = problem.message.lastIndexOf(' ('); at > 0; at = problem.message.lastIndexOf(' (', at - 1)) {
    if (reasons.has(problem.message.slice(0, at))) return true
  }
  return false
}
