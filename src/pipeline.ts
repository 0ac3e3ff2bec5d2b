// One run, stage by stage: find → (hash) → prepare → plan → execute. Pure orchestration; the
// target passed in decides whether anything is really written (a dry run records instead).
import path from 'node:path'
import type { Target } from './adapters/target.js'
import { invalidateChanges, recordOwed, type CdnRun, type FinishedRun } from './execute/invalidate.js'
import { InputError } from './errors.js'
import { executePlan, type ExecutionResult } from './execute/execute.js'
import { checkStaticDirs } from './find/checks.js'
import { FILE_SYSTEM_FINDER, findStaticFiles } from './find/finders.js'
import type { Settings } from './inputs/settings.js'
import type { Collection, Inventory, Plan, Problem } from './model.js'
import { buildOutputs } from './outputs.js'
import type { VouchedFiles, Workspace } from './adapters/git-files.js'
import { gitWorkspace } from './adapters/git-thread.js'
import { BlobDigests } from './digest/blob-digests.js'
import { DEFAULT_PART_OPTIONS } from './digest/file-digests.js'
import { backslashProblems, keyLengthProblems } from './plan/key-limits.js'
import { planUpload } from './plan/plan.js'
import { prepareObjects } from './plan/prepare.js'
import { applyFailOn, assertNoErrors, stopIncomplete } from './problems.js'
import type { RunResult } from './report/report.js'
import { CountedDigests, countingPuts, uploadTotals } from './progress/instrument.js'
import { NO_PROGRESS, type Progress } from './progress/progress.js'
import { RunStoppedError, type RunControl } from './execute/run-control.js'

/** What a run uses besides its target; each has a default that does nothing or asks git. */
export interface DeployServices {
  cdnRun?: CdnRun | null
  progress?: Progress
  /** Cancel and deadline (execute/run-control.ts). */
  control?: RunControl
  workspace?: Workspace
}

export async function deploy(settings: Settings, target: Target, services: DeployServices = {}): Promise<RunResult> {
  const { cdnRun = null, progress = NO_PROGRESS, control } = services
  const started = performance.now()
  const checkProblems = stopIncomplete(
    applyFailOn([...settings.problems, ...staticDirChecks(settings)], settings.failOn),
    settings.dryRun
  )
  assertNoErrors(checkProblems)
  const { collection, built, objects, listing, fileDigests } = await findAndHash(settings, target, services)
  const inventory = await listing.catch((error: unknown) => {
    throw control?.stopped ? new RunStoppedError(control.stopped) : error
  })
  const plan = planUpload(objects, inventory, { ...settings.upload, compareHeaders: target.tracksHeaders })
  const problems = applyFailOn(
    [...checkProblems, ...collection.problems, ...(built.problems ?? []), ...plan.problems],
    settings.failOn
  )
  assertNoErrors(problems)
  // Stopped before anything was sent (while finding, hashing or listing): nothing to report but that.
  if (control?.stopped) throw new RunStoppedError(control.stopped)
  const cdnProblems: Problem[] = []
  const run = { cdnRun, progress, concurrency: settings.upload.concurrency, ...(control ? { control } : {}) }
  const execution = await upload(plan, inventory, target, fileDigests, run, cdnProblems)
  // A stopped run invalidates nothing: what it did upload stays owed in the state for the next run.
  const invalidating = cdnRun && !execution.stopped
  const invalidation = invalidating
    ? await invalidateChanges(finishedRun(execution, inventory, plan), target, cdnRun, cdnProblems)
    : undefined
  return {
    dryRun: settings.dryRun,
    target: target.describe(),
    workingDirectory: settings.workingDirectory,
    collection,
    files: execution.files,
    problems: [...problems, ...execution.problems, ...cdnProblems],
    ...(built.manifest ? { manifest: built.manifest } : {}),
    ...(inventory.available ? {} : { inventoryNote: inventory.reason }),
    origins: settings.origins,
    ...(invalidation ? { invalidation } : {}),
    keyPrefix: settings.destination?.kind === 's3' ? settings.destination.prefix : '',
    publicStaticUrl: settings.publicStaticUrl,
    requests: { ...target.requestCounts(), ...cdnRun?.cdn.requestCounts() },
    reads: { bytesRead: fileDigests.bytesRead, digestsReused: fileDigests.blobs?.reused ?? 0 },
    durationMs: performance.now() - started,
    ...(execution.stopped ? { stopped: execution.stopped } : {})
  }
}

/** Find the files, start the listing, then hash and prepare every object while it runs. */
async function findAndHash(settings: Settings, target: Target, services: DeployServices) {
  const { progress = NO_PROGRESS, workspace = gitWorkspace(), control } = services
  // git runs in processes of its own, alongside the (synchronous) walk.
  const vouched = workspace.vouchedFiles(settings.workingDirectory)
  const collection = await collect(settings)
  assertKeysFit(settings, collection)
  // What the target holds does not depend on the files' bytes: list it while they are hashed. The
  // paths found tell a long listing where to cut itself into ranges read at once.
  const listing = target.inventory(settings.manifest?.name ?? null, Promise.resolve(collection.files.map((file) => file.path)))
  listing.catch(() => {}) // awaited by deploy(); if an earlier stage fails first, this failure is not reported
  const fileDigests = new CountedDigests(progress, DEFAULT_PART_OPTIONS, await knownDigests(target, vouched))
  progress.begin('hash', collection.files.length)
  const built = await buildOutputs(collection, settings.manifest, settings.workingDirectory, fileDigests)
  if (control?.stopped) throw new RunStoppedError(control.stopped)
  const objects = await prepareObjects(built.outputs, { ...settings.upload, fileDigests })
  progress.end()
  return { collection, built, objects, listing, fileDigests }
}

/** Checked before the first request: a key S3 refuses (over 1,024 bytes) or one the manifest would not name (a backslash). */
function assertKeysFit(settings: Settings, collection: Collection): void {
  if (settings.destination?.kind !== 's3') return
  const cwd = settings.workingDirectory
  assertNoErrors([
    ...keyLengthProblems(collection.files, settings.destination.prefix, settings.manifest !== null, cwd),
    ...backslashProblems(collection.files, cwd)
  ])
}

/** Record what the CDN will be owed, then run the plan; the state keeps the blob digests for the next run. */
async function upload(
  plan: Plan,
  inventory: Inventory,
  target: Target,
  fileDigests: CountedDigests,
  run: { cdnRun: CdnRun | null; progress: Progress; concurrency: number; control?: RunControl },
  cdnProblems: Problem[]
): Promise<ExecutionResult> {
  const { cdnRun, progress, control, concurrency } = run
  // Before any upload, the state records what this run will owe the CDN: a run that stops half-way leaves it.
  const pendingInvalidation = await recordOwed(plan, inventory, target, cdnRun, cdnProblems)
  const owed = pendingInvalidation ? { pendingInvalidation } : {}
  progress.begin('upload', ...uploadTotals(plan))
  const blobs = fileDigests.blobs?.table() ?? {}
  const options = { concurrency, inventory, ...owed, blobs, ...(control ? { control } : {}) }
  const execution = await executePlan(plan, countingPuts(target, progress), options)
  progress.end()
  return execution
}

function finishedRun(execution: ExecutionResult, inventory: Inventory, plan: Plan): FinishedRun {
  const owedBefore = inventory.available ? (inventory.state?.pendingInvalidation ?? []) : []
  const universe = [...plan.files.map((file) => file.path), ...(inventory.available ? inventory.objects.keys() : [])]
  return {
    files: execution.files,
    failed: execution.failed,
    owedBefore,
    universe,
    ...(execution.state ? { state: execution.state } : {})
  }
}

/** Digests earlier runs recorded for the blobs git vouches for (none without git or a state). */
async function knownDigests(target: Target, vouched: Promise<VouchedFiles>): Promise<BlobDigests> {
  const [files, state] = await Promise.all([vouched, target.readState?.() ?? null])
  const usable = state && state.partSize === DEFAULT_PART_OPTIONS.partSize ? (state.blobs ?? {}) : {}
  return new BlobDigests(files, usable, DEFAULT_PART_OPTIONS)
}

/** Django runs the STATICFILES_DIRS checks only when FileSystemFinder is in use. */
function staticDirChecks(settings: Settings) {
  if (!settings.finders.includes(FILE_SYSTEM_FINDER)) return []
  return checkStaticDirs(settings.staticDirs, settings.staticRoot, settings.workingDirectory)
}

async function collect(settings: Settings): Promise<Collection> {
  const collection = await findStaticFiles({
    projectRoot: settings.workingDirectory,
    staticDirs: settings.staticDirs,
    apps: settings.apps,
    ignorePatterns: settings.ignorePatterns,
    finders: settings.finders,
    ...(settings.listedFiles ? { listedFiles: settings.listedFiles } : {})
  })
  if (collection.files.length === 0) {
    const sources = [...settings.staticDirs.map((dir) => dir.path), ...settings.apps.map((app) => path.join(app.path, 'static'))]
    throw new InputError(
      settings.staticDirs.length > 0 ? 'static-dirs' : 'apps',
      `no static files found in ${sources.length} source(s) (${sources.join(', ')}). ` +
        'Check the `static-dirs`, `apps` and `ignore` inputs (or STATICFILES_DIRS / INSTALLED_APPS).'
    )
  }
  return collection
}
