// The action's one entry point: inputs → deploy → report. Every error is caught here, once.
import path from 'node:path'
import { createTarget } from './adapters/create-target.js'
import { startHeapValve } from './adapters/heap-valve.js'
import { actionsToolkit, type Toolkit } from './adapters/toolkit.js'
import { ActionError } from './errors.js'
import { getSettings } from './inputs/input-helper.js'
import type { Settings } from './inputs/settings.js'
import type { Problem } from './model.js'
import { deploy } from './pipeline.js'
import { BlockingProblemsError } from './problems.js'
import { annotate, publishReport } from './report/publish.js'
import { buildReport } from './report/report.js'
import { renderFailure } from './report/summary.js'
import { failureReportPath, writeFailureReport } from './report/failure-report.js'

export async function run(toolkit: Toolkit = actionsToolkit(), env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let settings: Settings | undefined
  const heapValve = startHeapValve()
  try {
    settings = await getSettings(toolkit, env)
    const result = await deploy(settings, createTarget(settings))
    const report = buildReport(result)
    await publishReport(report, settings.reportFile, toolkit, annotationPaths(settings.workingDirectory, env))
    if (report.totals.failed > 0) {
      toolkit.setFailed(
        `${report.totals.failed} of ${report.totals.uploaded + report.totals.failed} uploads failed (listed in the summary); ` +
          'nothing was deleted and the manifest was not replaced. Re-run the step once the cause is fixed.'
      )
    }
  } catch (error) {
    await reportFailure(error, toolkit, annotationPaths(settings?.workingDirectory ?? workspace(env), env))
    await writeFailureFile(error, settings, toolkit, env)
  } finally {
    heapValve.stop()
  }
}

async function reportFailure(error: unknown, toolkit: Toolkit, annotationPath: (file: string) => string): Promise<void> {
  const problems = problemsOf(error)
  annotate(problems, toolkit, annotationPath)
  const message = error instanceof ActionError ? error.message : `Unexpected error: ${(error as Error)?.stack ?? String(error)}`
  try {
    await toolkit.appendSummary(renderFailure(message, problems))
  } catch {
    // The failure itself is what matters; a summary that cannot be written must not hide it.
  }
  toolkit.setFailed(message)
}

async function writeFailureFile(error: unknown, settings: Settings | undefined, toolkit: Toolkit, env: NodeJS.ProcessEnv): Promise<void> {
  const file = settings?.reportFile ?? failureReportPath(toolkit.getInput('report-file'), path.resolve(workspace(env), toolkit.getInput('working-directory') || '.'), env)
  const message = error instanceof ActionError ? error.message : String((error as Error)?.message ?? error)
  try {
    await writeFailureReport(file, { failed: true, error: message, problems: problemsOf(error), settings: settings?.origins ?? [] })
    toolkit.setOutput('report-file', file)
  } catch {
    // The failure is already reported; a report file that cannot be written must not hide it.
  }
}

function problemsOf(error: unknown): Problem[] {
  if (error instanceof BlockingProblemsError) return error.problems
  if (error instanceof ActionError && error.details.file) {
    const { file, line } = error.details
    return [{ kind: 'settings', severity: 'error', message: error.message, file, ...(line ? { line } : {}) }]
  }
  return []
}

function workspace(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_WORKSPACE ?? process.cwd()
}

/** Problems name files relative to the working directory; annotations want the repository root. */
function annotationPaths(workingDirectory: string, env: NodeJS.ProcessEnv) {
  return (file: string) => {
    const absolute = path.resolve(workingDirectory, file)
    const relative = path.relative(workspace(env), absolute)
    return (relative.startsWith('..') ? absolute : relative).split(path.sep).join('/')
  }
}
