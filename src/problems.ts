// Which problems stop a run before anything is written: every error, plus the kinds the user
// listed in `fail-on`.
import { ActionError } from './errors.js'
import type { FailOn } from './inputs/settings.js'
import type { Problem, ProblemKind } from './model.js'

const KIND_OF: Record<FailOn, ProblemKind> = {
  duplicates: 'duplicates',
  'missing-dirs': 'missing-dirs',
  'missing-apps': 'missing-apps',
  settings: 'settings',
  conflicts: 'conflict'
}

export function applyFailOn(problems: Problem[], failOn: Set<FailOn>): Problem[] {
  const failing = new Set([...failOn].map((name) => KIND_OF[name]))
  return problems.map((problem) =>
    failing.has(problem.kind) && problem.severity !== 'error' ? { ...problem, severity: 'error' } : problem
  )
}

/** Thrown before any write when problems make the run fail; carries all of them for annotations. */
export class BlockingProblemsError extends ActionError {
  constructor(readonly problems: Problem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error')
    const first = errors[0]?.message ?? ''
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''}, listed above)` : ''
    super(`${first}${more}`)
    this.name = 'BlockingProblemsError'
  }
}

export function assertNoErrors(problems: Problem[]): void {
  if (problems.some((problem) => problem.severity === 'error')) throw new BlockingProblemsError(problems)
}

/** A run that writes stops before writing when the collection may lack files; a dry run only warns. */
export function stopIncomplete(problems: Problem[], dryRun: boolean): Problem[] {
  if (dryRun) return problems
  return problems.map((problem) =>
    problem.incomplete && problem.severity !== 'error'
      ? {
          ...problem,
          severity: 'error',
          message: `${problem.message} (A run that writes stops here, before writing anything, because files could be missing from the deploy.)`
        }
      : problem
  )
}
