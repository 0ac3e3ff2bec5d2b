// Whether the project's Python reads the settings (settings-reader: auto | python | evaluator),
// and what happens when it cannot: `python` fails with the exception, `auto` falls back to the
// evaluator and says why.
import { ActionError } from '../errors.js'
import { processRunner, type PythonReading } from '../adapters/python-reader.js'
import type { DiscoveredProject, DiscoverOptions } from './discover.js'
import { applyReading } from './python-settings.js'
import type { SettingsLocation } from './settings-module.js'

export type SettingsReaderChoice = 'auto' | 'python' | 'evaluator'
export const SETTINGS_READER_CHOICES: readonly SettingsReaderChoice[] = ['auto', 'python', 'evaluator']

const DEFAULT_TIMEOUT_MS = 60_000

interface PythonReadContext {
  options: DiscoverOptions
  /** As named (the input, or what was found on PATH), for messages. */
  interpreter: string | null
  /** The program to start: the interpreter's own sys.executable when it said it. */
  executable?: string
  /** Whether the interpreter found a `django` package on its path (python-path.ts); absent when unknown. */
  djangoFound?: boolean
  location: SettingsLocation
}

/** True when the Python reader filled `project`; false: the evaluator is to read it (project.reader.why says why). */
export async function readWithPython(project: DiscoveredProject, context: PythonReadContext): Promise<boolean> {
  const { options, interpreter, executable, location } = context
  const choice = options.settingsReader ?? 'auto'
  if (choice === 'evaluator') return fallBack(project, 'the `settings-reader` input is evaluator')
  if (options.untrustedCode) {
    if (choice === 'python') {
      throw new ActionError(
        'settings-reader is python, but this is a pull_request_target run: the checked-out code may come from a fork while secrets are ' +
          'present, so the action does not run it. Set `settings-reader-on-pull-request-target: true` if the checkout is trusted, or use `settings-reader: evaluator`.'
      )
    }
    return fallBack(
      project,
      'pull_request_target: the project code is not run (set `settings-reader-on-pull-request-target: true` to allow it)'
    )
  }
  if (!interpreter) {
    if (choice === 'python')
      throw new ActionError(
        'settings-reader is python, but no Python interpreter was found. Set the `python` input (e.g. after actions/setup-python).'
      )
    return fallBack(project, 'no Python interpreter was found')
  }
  // auto: what the reader would find out, known without starting it (`python` still runs it, for its message).
  if (context.djangoFound === false && choice === 'auto') return fallBack(project, djangoNotImportable(interpreter))
  let reading: PythonReading
  try {
    reading = await (options.runner ?? processRunner).read({
      interpreter: executable ?? interpreter,
      projectDir: project.projectDir,
      module: location.module,
      extraPath: location.extraSearchEntry ? [location.extraSearchEntry] : [],
      ignore: options.ignore ?? [],
      defaultIgnore: options.defaultIgnore ?? true,
      namedApps: options.namedApps ?? [],
      env: options.env,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    })
  } catch (error) {
    return failed(project, choice, interpreter, location, error instanceof Error ? error.message : String(error))
  }
  if (reading.importError) {
    const { error, file, line } = reading.importError
    return failed(
      project,
      choice,
      interpreter,
      location,
      `${error}${file ? ` (${file}${line ? `:${line}` : ''})` : ''}`,
      file ?? undefined,
      line ?? undefined
    )
  }
  // auto: without Django the evaluator knows more (it reads a project storage class's switches and resolves apps the same way).
  if (!reading.djangoVersion && choice === 'auto') return fallBack(project, djangoNotImportable(interpreter))
  project.settingsModule = location.module
  project.settingsFile = location.file
  applyReading(project, reading, options.ignoreApps, options.resolveApps ?? true)
  return true
}

function failed(
  project: DiscoveredProject,
  choice: SettingsReaderChoice,
  interpreter: string,
  location: SettingsLocation,
  detail: string,
  file?: string,
  line?: number
): boolean {
  const what = `${interpreter} could not import the settings module ${location.module}: ${detail}`
  if (choice === 'python') {
    throw new ActionError(
      `${what}. Install the project's requirements before this step (pip install -r requirements.txt) and set the environment the settings read, ` +
        'or set `settings-reader: evaluator`.',
      file ? { file, ...(line ? { line } : {}) } : {}
    )
  }
  project.problems.push({
    kind: 'settings',
    severity: 'notice',
    message: `${what}. The settings were read without Python instead; install the project's requirements before this step so its Python reads them.`,
    ...(file ? { file, ...(line ? { line } : {}) } : {})
  })
  return fallBack(project, `${interpreter} could not import the settings`)
}

function djangoNotImportable(interpreter: string): string {
  return `Django is not importable for ${interpreter}`
}

function fallBack(project: DiscoveredProject, why: string): false {
  project.reader = { kind: 'evaluator', why }
  return false
}
