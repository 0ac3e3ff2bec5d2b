// Carry out a plan in the order that keeps the live site consistent: every other upload, then
// the manifest (only if all of those succeeded), then the upload state, then deletions (only if
// every upload succeeded). A failed file never hides the others' results. Before the first
// upload, a state that no longer vouches for the objects about to change (see plan/state.ts).
// A stopped run (cancel, deadline) starts no more requests, never uploads the manifest, deletes
// nothing, and still saves the state of what it did upload so a rerun does not send it again.
import type { Target } from '../adapters/target.js'
import { ActionError } from '../errors.js'
import type { Inventory, PlannedFile, Plan, Problem, UploadState } from '../model.js'
import { DEFAULT_PART_SIZE } from '../digest/etag.js'
import { nextUploadState, sameState, stateBeforeUploads } from '../plan/state.js'
import { runPool } from './pool.js'
import { describeStop, RunStoppedError, type RunControl, type StopReason } from './run-control.js'

export interface ExecuteOptions {
  concurrency: number
  /** The inventory the plan was made from: its still-valid state entries are carried over. */
  inventory: Inventory
  /** Part size the multipart ETags were computed with (recorded in the state). */
  partSize?: number
  /** Blob digests of this run's files, recorded in the state for the next run. */
  blobs?: UploadState['blobs']
  /** Keys the CDN is owed (recorded in the state); absent: the inventory's state's, carried over. */
  pendingInvalidation?: readonly string[]
  /** Cancel and deadline: checked before every request is started. */
  control?: RunControl
}

export interface ExecutionResult {
  /** The plan's files after execution: failures have action `fail` and the error as reason. */
  files: PlannedFile[]
  /** One error per distinct failure (with the files it hit); a warning if the state was not saved. */
  problems: Problem[]
  uploaded: number
  deleted: number
  failed: number
  bytesUploaded: number
  stateWritten: boolean
  /** The upload state after the run (written, or already stored); absent for targets without one. */
  state?: UploadState
  requests: Record<string, number>
  /** Set when the run was cancelled or hit its deadline. */
  stopped?: StopReason
}

type Outcome = { ok: true; etag?: string } | { ok: false; error: string } | { ok: 'skipped'; reason: string }

export async function executePlan(plan: Plan, target: Target, options: ExecuteOptions): Promise<ExecutionResult> {
  const outcomes = new Map<string, Outcome>()
  const problems: Problem[] = []
  const stopped = () => options.control?.stopped ?? null
  const uploads = plan.files.filter((file) => file.action === 'upload')
  if (!stopped()) await abortAbandoned(target, problems)
  if (target.tracksHeaders && uploads.length > 0 && !stopped()) await saveStateBeforeUploads(plan, target, options)
  await uploadAll(
    uploads.filter((file) => file.object?.role !== 'manifest'),
    target,
    options,
    outcomes
  )
  const manifests = uploads.filter((file) => file.object?.role === 'manifest')
  const failedFirst = countFailed(outcomes)
  const stop = stopped()
  if (stop) skipAll(manifests, `not uploaded: ${describeStop(stop)}, so the live manifest was kept`, outcomes)
  else if (failedFirst === 0) await uploadAll(manifests, target, options, outcomes)
  else
    skipAll(
      manifests,
      `not uploaded: ${failedFirst} other upload${failedFirst === 1 ? '' : 's'} failed, so the live manifest was kept`,
      outcomes
    )

  const uploadFailures = countFailed(outcomes)
  const deletions = plan.files.filter((file) => file.action === 'delete')
  const stopBeforeDeleting = stopped()
  const deleting = uploadFailures === 0 && deletions.length > 0 && !stopBeforeDeleting
  const saved = target.tracksHeaders ? await saveState(plan, target, options, outcomes, deleting, problems) : undefined
  if (deleting) await removeAll(deletions, target, outcomes)
  else if (stopBeforeDeleting) skipAll(deletions, `not deleted: ${describeStop(stopBeforeDeleting)}`, outcomes)
  else skipAll(deletions, `not deleted: ${uploadFailures} upload${uploadFailures === 1 ? '' : 's'} failed`, outcomes)
  const finalStop = stopped()

  const files = plan.files.map((file) => applyOutcome(file, outcomes.get(file.path)))
  problems.unshift(...failureProblems(files))
  return {
    files,
    problems,
    uploaded: files.filter((file) => file.action === 'upload').length,
    deleted: files.filter((file) => file.action === 'delete').length,
    failed: files.filter((file) => file.action === 'fail').length,
    bytesUploaded: files.reduce((sum, file) => sum + (file.action === 'upload' ? (file.object?.size ?? 0) : 0), 0),
    stateWritten: saved?.written ?? false,
    ...(saved ? { state: saved.state } : {}),
    requests: target.requestCounts(),
    ...(finalStop ? { stopped: finalStop } : {})
  }
}

/** Multipart uploads earlier runs left open cost storage until aborted; failing to abort them only warns. */
async function abortAbandoned(target: Target, problems: Problem[]): Promise<void> {
  if (!target.abortAbandonedUploads) return
  try {
    const aborted = await target.abortAbandonedUploads()
    if (aborted.length === 0) return
    problems.push({
      kind: 'upload',
      severity: 'notice',
      message: `Aborted ${aborted.length} multipart upload${aborted.length === 1 ? '' : 's'} an earlier run of this action left open: ${listSome(aborted)}.`
    })
  } catch (error) {
    problems.push({
      kind: 'upload',
      severity: 'warning',
      message: `Multipart uploads an earlier run left open could not be aborted: ${messageOf(error)}`
    })
  }
}

/** Rule 1 of plan/state.ts: if this write fails, nothing is uploaded. */
async function saveStateBeforeUploads(plan: Plan, target: Target, options: ExecuteOptions): Promise<void> {
  const state = stateBeforeUploads(plan, options.inventory, options.partSize ?? DEFAULT_PART_SIZE, options.pendingInvalidation)
  if (!state) return
  try {
    await target.writeState(state)
  } catch (error) {
    throw new ActionError(
      `Nothing was uploaded: the upload state could not be updated before the upload (${messageOf(error)}). ` +
        'Without that update a failed run could leave the state vouching for headers the objects no longer have. ' +
        'Allow s3:PutObject on the .collectstatic-s3/ key under the prefix, then run the step again.'
    )
  }
}

type PutOutcome = { etag: string } | { notStarted: true }

async function uploadAll(
  files: PlannedFile[],
  target: Target,
  options: ExecuteOptions,
  outcomes: Map<string, Outcome>
): Promise<void> {
  const control = options.control
  const settled = await runPool(files, options.concurrency, async (file): Promise<PutOutcome> => {
    if (control?.stopped) return { notStarted: true }
    if (!file.object) throw new Error(`nothing to upload for '${file.path}'`)
    return target.put(file.object)
  })
  settled.forEach((result, index) => {
    const path = (files[index] as PlannedFile).path
    outcomes.set(path, putOutcome(result, control?.stopped ?? null))
  })
}

function putOutcome(result: PromiseSettledResult<PutOutcome>, stop: StopReason | null): Outcome {
  if (result.status === 'fulfilled') {
    if ('etag' in result.value) return { ok: true, etag: result.value.etag }
    return { ok: 'skipped', reason: `not uploaded: ${describeStop(stop as StopReason)} before it was sent` }
  }
  // A request cut short by the stop is not a failure of the file; its object may or may not
  // have been written, so the state gets no entry for it and the next run compares it again.
  if (stop && isStopError(result.reason))
    return { ok: 'skipped', reason: `interrupted: ${describeStop(stop)} while it was being sent; the next run checks it again` }
  return { ok: false, error: messageOf(result.reason) }
}

async function removeAll(files: PlannedFile[], target: Target, outcomes: Map<string, Outcome>): Promise<void> {
  const paths = files.map((file) => file.path)
  let failures: { path: string; error: string }[]
  try {
    failures = await target.remove(paths)
  } catch (error) {
    failures = paths.map((path) => ({ path, error: messageOf(error) }))
  }
  for (const path of paths) outcomes.set(path, { ok: true })
  for (const failure of failures) outcomes.set(failure.path, { ok: false, error: failure.error })
}

/** Writes the state when it changed; a failure only costs re-uploads next time, so it warns. */
async function saveState(
  plan: Plan,
  target: Target,
  options: ExecuteOptions,
  outcomes: Map<string, Outcome>,
  deleting: boolean,
  problems: Problem[]
): Promise<{ written: boolean; state: UploadState }> {
  const etags = new Map<string, string>()
  for (const [path, outcome] of outcomes) if (outcome.ok === true && outcome.etag !== undefined) etags.set(path, outcome.etag)
  const { pendingInvalidation } = options
  const partSize = options.partSize ?? DEFAULT_PART_SIZE
  const extras = { ...(pendingInvalidation ? { pendingInvalidation } : {}), ...(options.blobs ? { blobs: options.blobs } : {}) }
  const state = nextUploadState(plan, options.inventory, etags, { partSize, deleting, ...extras })
  const previous = options.inventory.available ? options.inventory.state : null
  if (sameState(previous, state)) return { written: false, state }
  try {
    await target.writeState(state)
    return { written: true, state }
  } catch (error) {
    problems.push({
      kind: 'upload',
      severity: 'warning',
      message: `The upload state could not be saved (${messageOf(error)}); the next run re-uploads files whose headers it cannot confirm.`
    })
    return { written: false, state }
  }
}

function skipAll(files: PlannedFile[], reason: string, outcomes: Map<string, Outcome>): void {
  for (const file of files) outcomes.set(file.path, { ok: 'skipped', reason })
}

function applyOutcome(file: PlannedFile, outcome: Outcome | undefined): PlannedFile {
  if (!outcome || outcome.ok === true) return file
  if (outcome.ok === 'skipped') return { ...file, action: 'skip', reason: outcome.reason }
  return { ...file, action: 'fail', reason: outcome.error }
}

/** One error per distinct message, naming the files it hit (a denied PutObject hits them all). */
function failureProblems(files: PlannedFile[]): Problem[] {
  const byMessage = new Map<string, string[]>()
  for (const file of files) {
    if (file.action !== 'fail') continue
    byMessage.set(file.reason, [...(byMessage.get(file.reason) ?? []), file.path])
  }
  return [...byMessage].map(([message, paths]) => ({
    kind: 'upload' as const,
    severity: 'error' as const,
    message: `${message} (${paths.length === 1 ? `'${paths[0]}'` : `${paths.length} files: ${listSome(paths)}`})`
  }))
}

function isStopError(error: unknown): boolean {
  return error instanceof RunStoppedError || (error as Error)?.name === 'AbortError'
}

function countFailed(outcomes: Map<string, Outcome>): number {
  let failed = 0
  for (const outcome of outcomes.values()) if (outcome.ok === false) failed++
  return failed
}

function listSome(paths: string[], shown = 5): string {
  const head = paths.slice(0, shown).join(', ')
  return paths.length > shown ? `${head} and ${paths.length - shown} more` : head
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
