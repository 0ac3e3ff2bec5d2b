// The action's one entry point: inputs → deploy → report. Every error is caught here, once.
import path from 'node:path'
import { createCdnRun } from './adapters/create-cdn.js'
import { createTarget, preloadS3Target } from './adapters/create-target.js'
import { startHeapValve } from './adapters/heap-valve.js'
import { actionsToolkit, type Toolkit } from './adapters/toolkit.js'
import { ActionError } from './errors.js'
import { getSettings } from './inputs/input-helper.js'
import { startEarlyWork, type EarlyWork } from './early-work.js'
import type { Settings } from './inputs/settings.js'
import type { Problem } from './model.js'
import { deploy } from './pipeline.js'
import { BlockingProblemsError } from './problems.js'
import { annotate, publishReport } from './report/publish.js'
import type { InvalidationOutcome } from './execute/invalidate.js'
import type { InvalidationPreview } from './report/pr-comment.js'
import { commentFailure, commentPlan } from './report/publish-comment.js'
import { failureMessage } from './report/failure-message.js'
import { buildReport } from './report/report.js'
import { renderFailure, stoppedNote } from './report/summary.js'
import { watchStopSignals } from './adapters/process-signals.js'
import { RunControl, RunStoppedError } from './execute/run-control.js'
import { failureReportPath, writeFailureReport } from './report/failure-report.js'

export interface RunOptions {
  /** The bundle's entry, to start helper threads from (none: their work is done on this thread). */
  helperEntry?: URL
  /** Started by the entry before this module loaded (index.ts); else started here. */
  early?: EarlyWork
}

export async function run(
  toolkit: Toolkit = actionsToolkit(),
  env: NodeJS.ProcessEnv = process.env,
  options: RunOptions = {}
): Promise<void> {
  let settings: Settings | undefined
  const heapValve = startHeapValve()
  const control = new RunControl()
  const signals = watchStopSignals(control, (message) => toolkit.info(message))
  // git reads the checkout, Python tells its sys.path and the SDK loads while the settings are read.
  const early = options.early ?? startEarlyWork((name) => toolkit.getInput(name), env, options.helperEntry ?? null)
  if (early.mayUseS3) preloadS3Target().catch(() => {}) // a failure to load shows when the target is made
  try {
    settings = await getSettings(toolkit, env, early)
    if (settings.upload.deadlineMs)
      control.setDeadline(
        settings.upload.deadlineMs,
        `the ${settings.upload.deadlineMs / 60_000}-minute deadline (deadline-minutes)`
      )
    const services = { cdnRun: createCdnRun(settings), progress: toolkit.progress, control, workspace: early.workspace }
    const result = await deploy(settings, await createTarget(settings, control.signal), services)
    const report = buildReport(result)
    await publishReport(report, settings.reportFile, toolkit, annotationPaths(settings.workingDirectory, env))
    await commentPlan(
      settings,
      report,
      toolkit,
      report.invalidation ? { invalidation: invalidationPreview(report.invalidation) } : {}
    )
    const failure = report.stopped ? stoppedNote(report) : (failureMessage(report) ?? report.invalidation?.error)
    if (failure) toolkit.setFailed(failure)
  } catch (error) {
    await reportFailure(error, toolkit, annotationPaths(settings?.workingDirectory ?? workspace(env), env))
    // A pull request comment is public and unmasked: an unexpected error's stack stays in the log.
    const commentMessage =
      error instanceof ActionError ? error.message : 'An unexpected error stopped the run; the job log has the details.'
    if (settings) await commentFailure(settings, commentMessage, problemsOf(error), toolkit)
    await writeFailureFile(error, settings, toolkit, env)
  } finally {
    heapValve.stop()
    control.dispose()
    signals.dispose()
  }
}

async function reportFailure(error: unknown, toolkit: Toolkit, annotationPath: (file: string) => string): Promise<void> {
  const problems = problemsOf(error)
  annotate(problems, toolkit, annotationPath)
  const message =
    error instanceof RunStoppedError
      ? `Stopped before anything was uploaded: ${error.message}.`
      : error instanceof ActionError
        ? error.message
        : `Unexpected error: ${(error as Error)?.stack ?? String(error)}`
  try {
    await toolkit.appendSummary(renderFailure(message, problems))
  } catch {
    // The failure itself is what matters; a summary that cannot be written must not hide it.
  }
  toolkit.setFailed(message)
}

async function writeFailureFile(
  error: unknown,
  settings: Settings | undefined,
  toolkit: Toolkit,
  env: NodeJS.ProcessEnv
): Promise<void> {
  const file =
    settings?.reportFile ??
    failureReportPath(
      toolkit.getInput('report-file'),
      path.resolve(workspace(env), toolkit.getInput('working-directory') || '.'),
      env
    )
  const message = error instanceof ActionError ? error.message : String((error as Error)?.message ?? error)
  try {
    await writeFailureReport(file, {
      failed: true,
      error: message,
      problems: problemsOf(error),
      settings: settings?.origins ?? []
    })
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

function invalidationPreview(outcome: InvalidationOutcome): InvalidationPreview {
  const note = outcome.notes.join(' ')
  return {
    distribution: `CloudFront ${outcome.distribution}`,
    paths: outcome.paths.map(({ path, why }) => ({ path, why })),
    ...(note ? { note } : {})
  }
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
