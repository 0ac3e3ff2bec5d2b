// One run, stage by stage: find → (hash) → prepare → plan → execute. Pure orchestration; the
// target passed in decides whether anything is really written (a dry run records instead).
import path from 'node:path'
import type { Target } from './adapters/target.js'
import { InputError } from './errors.js'
import { executePlan } from './execute/execute.js'
import { checkStaticDirs } from './find/checks.js'
import { findStaticFiles } from './find/finders.js'
import type { Settings } from './inputs/settings.js'
import { postProcess } from './manifest/post-process.js'
import type { Collection, OutputFile } from './model.js'
import { planUpload } from './plan/plan.js'
import { prepareObjects } from './plan/prepare.js'
import { applyFailOn, assertNoErrors } from './problems.js'
import type { RunResult } from './report/report.js'

export async function deploy(settings: Settings, target: Target): Promise<RunResult> {
  const started = performance.now()
  const checkProblems = applyFailOn([...settings.problems, ...staticDirChecks(settings)], settings.failOn)
  assertNoErrors(checkProblems)
  const collection = await collect(settings)
  const built = await buildOutputs(collection, settings)
  const objects = await prepareObjects(built.outputs, { ...settings.upload })
  const inventory = await target.inventory(settings.manifest?.name ?? null)
  const plan = planUpload(objects, inventory, settings.upload)
  const problems = applyFailOn([...checkProblems, ...collection.problems, ...plan.problems], settings.failOn)
  assertNoErrors(problems)
  const execution = await executePlan(plan, target, { concurrency: settings.upload.concurrency })
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

function staticDirChecks(settings: Settings) {
  return checkStaticDirs(settings.staticDirs, settings.staticRoot, settings.workingDirectory)
}

async function collect(settings: Settings): Promise<Collection> {
  const collection = await findStaticFiles({
    projectRoot: settings.workingDirectory,
    staticDirs: settings.staticDirs,
    apps: settings.apps,
    ignorePatterns: settings.ignorePatterns,
    finders: settings.finders
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

interface BuiltOutputs {
  outputs: OutputFile[]
  manifest?: RunResult['manifest']
}

/** The originals, plus hashed copies and the manifest (last) when hashing is on. */
async function buildOutputs(collection: Collection, settings: Settings): Promise<BuiltOutputs> {
  const originals: OutputFile[] = collection.files.map((found) => ({
    path: found.path,
    body: { kind: 'file', absPath: found.absPath },
    role: 'original',
    found
  }))
  const manifest = settings.manifest
  if (!manifest) return { outputs: originals }
  const result = await postProcess(
    collection.files.map((file) => ({ path: file.path, absPath: file.absPath })),
    { staticUrl: manifest.staticUrl, manifestName: manifest.name, jsModules: manifest.jsModules, keepIntermediateFiles: manifest.keepIntermediateFiles, maxPasses: manifest.maxPasses }
  )
  // A collected file named like the manifest is replaced by it, as in Django.
  const kept = originals.filter((file) => file.path !== manifest.name)
  const hashedFound = new Map(collection.files.map((file) => [file.path, file]))
  const hashed = result.outputs.map((output) => ({ ...output, found: output.found ?? hashedFound.get(output.hashedFrom ?? '') }))
  const hash = JSON.parse(result.manifest.body.kind === 'bytes' ? result.manifest.body.data.toString('utf8') : '{}').hash as string
  return {
    outputs: [...kept, ...hashed, result.manifest],
    manifest: { name: manifest.name, hash, hashedFiles: hashed.length, referencesRewritten: result.referencesRewritten }
  }
}
