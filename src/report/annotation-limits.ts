// GitHub shows 10 error, 10 warning and 10 notice annotations per step and drops the rest. So
// each kind gets that many, the last one pointing at the job summary when more are left; one
// error is kept back for the step's own failure message (core.setFailed is an error annotation).
import type { Problem } from '../model.js'

export const ANNOTATIONS_PER_KIND = 10
const RESERVED = { error: 1, warning: 0, notice: 0 }

export type Annotation = { severity: Problem['severity']; problem?: Problem; message?: string }

export function limitAnnotations(problems: readonly Problem[]): Annotation[] {
  const chosen: Annotation[] = []
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const all = problems.filter((problem) => problem.severity === severity)
    const room = ANNOTATIONS_PER_KIND - RESERVED[severity]
    if (all.length <= room) {
      chosen.push(...all.map((problem) => ({ severity, problem })))
      continue
    }
    const shown = all.slice(0, room - 1)
    chosen.push(...shown.map((problem) => ({ severity, problem })))
    const more = all.length - shown.length
    chosen.push({
      severity,
      message: `…and ${more} more ${severity === 'notice' ? 'notices' : `${severity}s`}: GitHub shows only ${ANNOTATIONS_PER_KIND} per kind, all are listed in the job summary and the report file.`
    })
  }
  return chosen
}
