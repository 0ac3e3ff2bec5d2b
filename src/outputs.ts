// What a run writes: the collected originals and, with hashing on, Django's hashed copies and the
// manifest (last). Post-processing errors become problems that point at the offending line.
import type { ManifestSettings } from './inputs/settings.js'
import { manifestHash } from './manifest/manifest-json.js'
import {
  MaxPassesExceededError,
  MissingReferenceError,
  NotUtf8Error,
  postProcess,
  type ReleaseBugNotice
} from './manifest/post-process.js'
import { RELEASES } from './manifest/releases.js'
import type { Collection, OutputFile, Problem } from './model.js'
import type { FileDigests } from './digest/file-digests.js'
import { BlockingProblemsError } from './problems.js'
import { displayPath } from './display-path.js'
import type { RunResult } from './report/report.js'

export interface BuiltOutputs {
  outputs: OutputFile[]
  manifest?: RunResult['manifest']
  /** Notices where the chosen Django release's known bugs changed a file. */
  problems?: Problem[]
}

export async function buildOutputs(
  collection: Collection,
  manifest: ManifestSettings | null,
  cwd: string,
  files: FileDigests
): Promise<BuiltOutputs> {
  const originals: OutputFile[] = collection.files.map((found) => ({
    path: found.path,
    body: { kind: 'file', absPath: found.absPath },
    role: 'original',
    found
  }))
  if (!manifest) return { outputs: originals }
  const result = await postProcessOrExplain(collection, manifest, cwd, files)
  const foundByPath = new Map(collection.files.map((file) => [file.path, file]))
  const hashed = result.outputs.map((output) => ({ ...output, found: output.found ?? foundByPath.get(output.hashedFrom ?? '') }))
  return {
    problems: result.releaseBugs.map((notice) => releaseBugProblem(notice, cwd)),
    outputs: lastWriteWins([...originals, ...hashed, result.manifest]),
    manifest: {
      name: manifest.name,
      hash: manifestHash(result.paths),
      hashedFiles: hashed.length,
      referencesRewritten: result.referencesRewritten
    }
  }
}

/** Django writes into one storage, so a later file with the same path (a hashed copy, the manifest) replaces an earlier one. */
function lastWriteWins(outputs: OutputFile[]): OutputFile[] {
  const byPath = new Map<string, OutputFile>()
  for (const output of outputs) {
    byPath.delete(output.path)
    byPath.set(output.path, output)
  }
  return [...byPath.values()]
}

async function postProcessOrExplain(collection: Collection, manifest: ManifestSettings, cwd: string, files: FileDigests) {
  try {
    return await postProcess(
      collection.files.map((file) => ({ path: file.path, absPath: file.absPath })),
      {
        staticUrl: manifest.staticUrl,
        manifestName: manifest.name,
        jsModules: manifest.jsModules,
        keepIntermediateFiles: manifest.keepIntermediateFiles,
        maxPasses: manifest.maxPasses,
        ...(manifest.django ? { release: RELEASES[manifest.django] } : {}),
        ...(manifest.keepMissingReferences ? { keepMissingReferences: true } : {}),
        md5Of: (absPath) => files.md5(absPath)
      }
    )
  } catch (error) {
    const problems = postProcessProblems(error, collection, cwd)
    if (problems.length === 0) throw error
    throw new BlockingProblemsError([...collection.problems, ...problems])
  }
}

function postProcessProblems(error: unknown, collection: Collection, cwd: string): Problem[] {
  const where = (absPath: string) => displayPath(absPath, cwd)
  if (error instanceof MissingReferenceError) {
    return error.references.map((ref) => ({
      kind: 'missing-reference',
      severity: 'error',
      message:
        `'${ref.file}' references '${ref.reference}', but '${ref.missing}' ` +
        `${ref.outside ? 'is outside the static root' : 'is not among the collected files'}. ${djangoSays(error)}: add the file or fix the reference.`,
      file: where(ref.absPath),
      line: ref.line
    }))
  }
  if (error instanceof NotUtf8Error) {
    return error.files.map((file) => ({
      kind: 'settings',
      severity: 'error',
      message: `'${file.file}' is not UTF-8 (${file.detail}); Django reads CSS and JS as UTF-8 to rewrite references. ${djangoSays(error)}. Save it as UTF-8.`,
      file: where(file.absPath)
    }))
  }
  if (error instanceof MaxPassesExceededError) {
    const byPath = new Map(collection.files.map((file) => [file.path, file.absPath]))
    return error.paths.map((path) => ({
      kind: 'settings',
      severity: 'error',
      message: `'${path}' still changed after the last post-processing pass (Max post-process passes exceeded): stylesheets or scripts reference each other in a cycle. ${djangoSays(error)}. Break the cycle.`,
      ...(byPath.has(path) ? { file: where(byPath.get(path)!) } : {})
    }))
  }
  return []
}

/** How the reproduced Django release fails: always exit code 1, naming a file (or 'All') or none. */
function djangoSays(error: MissingReferenceError | NotUtf8Error | MaxPassesExceededError): string {
  const named = error.djangoNames === null ? 'without naming the file' : `("Post-processing '${error.djangoNames}' failed!")`
  return `Django ${error.release} would fail here with exit code 1 ${named}`
}

const BUG_TEXT: Record<ReleaseBugNotice['kind'], string> = {
  'source-map-deleted': 'deletes this sourceMappingURL comment, which it should leave as written (#34496)',
  'nested-url-mangled': 'cuts the quoted url(…) before this one at its first `)` and rewrites the url( inside it (#36348)'
}

/** The action reproduces the release, bug included, and says which release behaves otherwise. */
function releaseBugProblem(notice: ReleaseBugNotice, cwd: string): Problem {
  return {
    kind: 'django-release',
    severity: 'notice',
    message:
      `'${notice.file}' line ${notice.line}: Django ${notice.release} ${BUG_TEXT[notice.kind]}; Django ${notice.fixedIn} fixed this, so its hashed copy differs. ` +
      `The action reproduces ${notice.release} as the \`django-version\` says; upgrade Django to get the fixed output.`,
    file: displayPath(notice.absPath, cwd),
    line: notice.line
  }
}
