// The CDN side of a run. Before the uploads: the state records which unhashed keys this run
// will owe the CDN (so a failed or cancelled run leaves that behind). After a successful run:
// one invalidation of what is owed, retried while the distribution is busy, optionally waited
// for; then the state forgets it. A failed run invalidates nothing; a dry run only records.
import { createHash } from 'node:crypto'
import { CdnBusyError, type Cdn } from '../adapters/cdn.js'
import type { Target } from '../adapters/target.js'
import { DEFAULT_PART_SIZE } from '../digest/etag.js'
import type { CdnSettings } from '../inputs/settings.js'
import type { Inventory, Plan, PlannedFile, Problem, UploadState } from '../model.js'
import { invalidationCandidates, planInvalidation, withOwed, type InvalidationPath } from '../plan/invalidation.js'
import { nextUploadState } from '../plan/state.js'

export interface InvalidationOutcome {
  distribution: string
  dryRun: boolean
  /** The invalidation's ID; null when none was created. */
  id: string | null
  status: string | null
  paths: InvalidationPath[]
  /** Changed keys the paths cover. */
  keys: number
  /** Why nothing was sent, the last-resort note, or how waiting ended. */
  notes: string[]
  /** Set when the invalidation could not be created (the step fails). */
  error?: string
}

export interface CdnRun {
  cdn: Cdn
  settings: CdnSettings
  /** Hashing on: deleted keys with hashed names are never invalidated. */
  hashing: boolean
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

// TooManyInvalidationsInProgress: invalidations usually finish within minutes.
const BUSY_DELAYS_MS = [5_000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000]
const POLL_DELAYS_MS = [5_000, 10_000, 20_000]

/**
 * Keys owed after this run if it stops half-way: what earlier runs still owe plus this plan's.
 * Written to the state before any upload when that adds something; returned for the state the
 * run writes after its uploads. `undefined`: no CDN, the state's list is carried over untouched.
 */
export async function recordOwed(
  plan: Plan,
  inventory: Inventory,
  target: Target,
  run: CdnRun | null,
  problems: Problem[]
): Promise<string[] | undefined> {
  if (!run || !inventory.available || !target.tracksHeaders) return undefined
  const owed = [...new Set(inventory.state?.pendingInvalidation ?? [])]
  const pending = [...withOwed(invalidationCandidates(plan.files, run.hashing), owed).keys()]
  if (run.cdn.dryRun || pending.length === owed.length) return pending
  const options = { partSize: DEFAULT_PART_SIZE, deleting: false, pendingInvalidation: pending }
  const state = nextUploadState({ files: [], problems: [] }, inventory, new Map(), options)
  try {
    await target.writeState(state)
  } catch (error) {
    problems.push({
      kind: 'upload',
      severity: 'warning',
      message:
        `Could not record the CDN paths this run owes in the upload state (${messageOf(error)}); ` +
        'if the run stops before invalidating, the next run may not invalidate them.'
    })
  }
  return pending
}

export interface FinishedRun {
  files: PlannedFile[]
  failed: number
  /** The state after the run, with what is owed; absent when the target keeps none. */
  state?: UploadState
  owedBefore: readonly string[]
  /** Every key known under the prefix (collected and listed): what a wildcard would also evict. */
  universe: Iterable<string>
}

export async function invalidateChanges(
  finished: FinishedRun,
  target: Target,
  run: CdnRun,
  problems: Problem[]
): Promise<InvalidationOutcome> {
  const outcome: InvalidationOutcome = {
    distribution: run.cdn.describe(),
    dryRun: run.cdn.dryRun,
    id: null,
    status: null,
    paths: [],
    keys: 0,
    notes: []
  }
  if (finished.failed > 0) {
    outcome.notes.push(
      `Nothing invalidated: ${finished.failed} upload(s) failed. The next successful run invalidates what this run did upload.`
    )
    return outcome
  }
  const changed = withOwed(invalidationCandidates(finished.files, run.hashing), finished.owedBefore)
  if (changed.size === 0) {
    outcome.notes.push(
      'Nothing to invalidate: no unhashed file changed or was deleted (hashed copies and the manifest never need it).'
    )
    return outcome
  }
  const plan = planInvalidation(changed, finished.universe, {
    pathPrefix: run.settings.pathPrefix,
    maxPaths: run.settings.maxPaths
  })
  Object.assign(outcome, { paths: plan.paths, keys: plan.keys })
  if (plan.everything) {
    outcome.notes.push(plan.everything)
    problems.push({ kind: 'upload', severity: 'notice', message: `CloudFront: ${plan.everything}.` })
  }
  try {
    const created = await createWhenFree(
      run,
      plan.paths.map((path) => path.path)
    )
    Object.assign(outcome, { id: created.id || null, status: created.status })
  } catch (error) {
    outcome.error =
      `The CDN was not invalidated: ${messageOf(error)}. ` +
      'The paths stay owed in the upload state; the next successful run invalidates them.'
    problems.push({ kind: 'upload', severity: 'error', message: outcome.error })
    return outcome
  }
  if (!run.cdn.dryRun) await forgetOwed(finished.state, target, problems)
  if (run.settings.wait && outcome.id) await waitFor(outcome, run)
  return outcome
}

/** CreateInvalidation, retried with backoff while the distribution has too many in progress. */
async function createWhenFree(run: CdnRun, paths: string[]) {
  const sleep = run.sleep ?? defaultSleep
  const reference = callerReference(paths, (run.now ?? Date.now)())
  for (let attempt = 0; ; attempt++) {
    try {
      return await run.cdn.createInvalidation(paths, reference)
    } catch (error) {
      const delay = BUSY_DELAYS_MS[attempt]
      if (!(error instanceof CdnBusyError) || delay === undefined) throw error
      await sleep(delay)
    }
  }
}

/** Unique per run and batch; the same for the SDK's own retries of one request (CloudFront dedupes those). */
export function callerReference(paths: readonly string[], now: number): string {
  return `collectstatic-s3-${now}-${createHash('sha256').update(paths.join('\n')).digest('hex').slice(0, 12)}`
}

async function forgetOwed(state: UploadState | undefined, target: Target, problems: Problem[]): Promise<void> {
  if (!state?.pendingInvalidation?.length) return
  const { pendingInvalidation: _, ...rest } = state
  try {
    await target.writeState(rest)
  } catch (error) {
    problems.push({
      kind: 'upload',
      severity: 'warning',
      message:
        `The invalidation was created but the upload state still lists its paths as owed (${messageOf(error)}); ` +
        'the next run invalidates them again.'
    })
  }
}

async function waitFor(outcome: InvalidationOutcome, run: CdnRun): Promise<void> {
  const sleep = run.sleep ?? defaultSleep
  const now = run.now ?? Date.now
  const deadline = now() + run.settings.waitTimeoutSeconds * 1000
  for (let attempt = 0; outcome.status !== 'Completed'; attempt++) {
    const delay = Math.min(POLL_DELAYS_MS[attempt] ?? 30_000, Math.max(0, deadline - now()))
    if (delay <= 0) {
      outcome.notes.push(
        `Not completed within ${run.settings.waitTimeoutSeconds} s (cloudfront-wait-timeout); it carries on in the background.`
      )
      return
    }
    await sleep(delay)
    try {
      outcome.status = await run.cdn.invalidationStatus(outcome.id as string)
    } catch (error) {
      outcome.notes.push(`Could not follow the invalidation (${messageOf(error)}); it carries on in the background.`)
      return
    }
  }
  outcome.notes.push('Completed: the CDN serves the new files everywhere.')
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
