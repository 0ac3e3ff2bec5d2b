// The few inputs a run acts on before the rest are checked: where the project is, whether S3
// may be used, and which Python to ask. Read leniently (getSettings() reports bad values), and
// kept apart from input-helper.ts so reading them loads nothing else of the action.
import { statSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '../errors.js'
import { findProjectLayout } from '../project/project-layout.js'

export interface EarlyHints {
  /** The project folder the inputs name, if it exists: git can be asked about it. */
  workingDirectory: string | null
  /** False only for a folder target (`static-root` without `bucket`): the AWS SDK can then stay unloaded. */
  mayUseS3: boolean
  /** The `python` input and the folder it runs in (manage.py's), when the project reader will ask it. */
  python: { interpreter: string; cwd: string } | null
}

export function earlyHints(read: (name: string) => string, env: NodeJS.ProcessEnv): EarlyHints {
  let workingDirectory: string | null = null
  try {
    workingDirectory = resolveWorkingDirectory(read('working-directory'), env)
  } catch {
    // Reported by getSettings().
  }
  const mayUseS3 = read('bucket').trim() !== '' || read('static-root').trim() === ''
  // The evaluator with every app named asks no interpreter (discoverProject's wantsApps); anything else may.
  const asksPython = read('settings-reader').trim().toLowerCase() !== 'evaluator' || read('apps').trim() === ''
  const python =
    workingDirectory && asksPython
      ? { interpreter: read('python').trim(), cwd: findProjectLayout(workingDirectory, read('settings').trim()).projectDir }
      : null
  return { workingDirectory, mayUseS3, python }
}

/**
 * Relative to the workspace; a folder outside it (absolute, or `..`) is allowed on purpose: a
 * project generated or unpacked under $RUNNER_TEMP is legitimate, and reading static files from
 * any folder the job can read gives away nothing the job could not already read. It must exist.
 */
export function resolveWorkingDirectory(raw: string, env: NodeJS.ProcessEnv): string {
  const dir = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd(), raw.trim() || '.')
  let isDirectory = false
  try {
    isDirectory = statSync(dir).isDirectory()
  } catch {
    isDirectory = false
  }
  if (!isDirectory) {
    throw new InputError(
      'working-directory',
      `'${raw}' does not exist (looked at ${dir}). Point it at the Django project root, the folder with manage.py.`
    )
  }
  return dir
}
