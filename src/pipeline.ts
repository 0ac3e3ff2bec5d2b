// One run, stage by stage: find → (hash) → prepare → plan → execute. Pure orchestration; the
// target passed in decides whether anything is really written (a dry run records instead).
import path from 'node:path'
import type { Target } from './adapters/target.js'
import { InputError } from './errors.js'
import { executePlan } from './execute/execute.js'
import { checkStaticDirs } from './find/checks.js'
import { FILE_SYSTEM_FINDER, findStaticFiles } from './find/finders.js'
import type { Settings } from './inputs/settings.js'
import type { Collection } from './model.js'
import { buildOutputs } from './outputs.js'
import { FileDigests } from './digest/file-digests.js'
import { planUpload } from './plan/plan.js'
import { prepareObjects } from './plan/prepare.js'
import { applyFailOn, assertNoErrors, stopIncomplete } from './problems.js'
import type { RunResult } from './report/report.js'

export async function deploy(settings: Settings, target: Target): Promise<RunResult> {
  const started = performance.now()
  const checkProblems = stopIncomplete(applyFailOn([...settings.problems, ...staticDirChecks(settings)], settings.failOn), settings.dryRun)
  assertNoErrors(checkProblems)
  // What the target holds does not depend on the files: list it while they are found and hashed.
  const listing = target.inventory(settings.manifest?.name ?? null)
  listing.catch(() => {}) // awaited below; if an earlier stage fails first, this failure is not reported
  const collection = await collect(settings)
  const fileDigests = new FileDigests()
  const built = await buildOutputs(collection, settings.manifest, settings.workingDirectory, fileDigests)
  const objects = await prepareObjects(built.outputs, { ...settings.upload, fileDigests })
  const inventory = await listing
  const plan = planUpload(objects, inventory, { ...settings.upload, compareHeaders: target.tracksHeaders })
  const problems = applyFailOn([...checkProblems, ...collection.problems, ...plan.problems], settings.failOn)
  assertNoErrors(problems)
  const execution = await executePlan(plan, target, { concurrency: settings.upload.concurrency, inventory })
  return {
    dryRun: settings.dryRun,
    target: target.describe(),
    workingDirectory: settings.workingDirectory,
    collection,
    files: execution.files,
    problems: [...problems, ...execution.problems],
    ...(built.manifest ? { manifest: built.manifest } : {}),
    ...(inventory.available ? {} : { inventoryNote: inventory.reason }),
    origins: settings.origins,
    requests: target.requestCounts(),
    durationMs: performance.now() - started
  }
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
