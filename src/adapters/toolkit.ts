// The Actions toolkit behind a small interface, so the run can be tested without a runner
// and no other module imports @actions/* directly.
import * as core from '@actions/core'
import type { Progress } from '../progress/progress.js'
import { PeriodicProgress } from '../progress/reporters.js'
import type { Report } from '../report/report.js'

export interface Annotation {
  file?: string
  line?: number
  title?: string
}

export interface Toolkit {
  getInput(name: string): string
  setSecret(value: string): void
  setOutput(name: string, value: string | number): void
  info(message: string): void
  notice(message: string, where?: Annotation): void
  warning(message: string, where?: Annotation): void
  error(message: string, where?: Annotation): void
  setFailed(message: string): void
  /** Appends markdown/HTML to the job summary (no-op outside a runner). */
  appendSummary(markdown: string): Promise<void>
  /** Shows the finished run's report where the summary is not seen (a terminal). */
  showReport?(report: Report, reportPath: string): void
  /** Where the long stages report progress; none when absent. */
  progress?: Progress
}

function toProperties(where: Annotation | undefined): core.AnnotationProperties {
  if (!where) return {}
  return { file: where.file, startLine: where.line, title: where.title }
}

export function actionsToolkit(): Toolkit {
  return {
    getInput: (name) => core.getInput(name),
    setSecret: (value) => core.setSecret(value),
    setOutput: (name, value) => core.setOutput(name, String(value)),
    info: (message) => core.info(message),
    notice: (message, where) => core.notice(message, toProperties(where)),
    warning: (message, where) => core.warning(message, toProperties(where)),
    error: (message, where) => core.error(message, toProperties(where)),
    setFailed: (message) => core.setFailed(message),
    appendSummary: async (markdown) => {
      // Outside a runner there is no summary file; the report file still has everything.
      if (!process.env.GITHUB_STEP_SUMMARY) return
      await core.summary.addRaw(markdown, true).write()
    },
    // Runs over a few seconds show a line every few seconds in the log.
    progress: new PeriodicProgress((line) => core.info(line))
  }
}
