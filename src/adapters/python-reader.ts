// Runs the settings-reader helper with the project's Python: one process, its own timeout, the
// step's environment without the action's own inputs and runner tokens. What the JSON means for
// Django is decided in src/project/python-settings.ts.
import { execFile } from 'node:child_process'
import { READER_SCRIPT } from './python-reader-script.js'

export interface ReaderRequest {
  interpreter: string
  projectDir: string
  module: string
  /** Extra sys.path entries after the project root (a settings file given outside it). */
  extraPath: string[]
  ignore: string[]
  defaultIgnore: boolean
  /** Dotted names from the `apps` input, resolved like INSTALLED_APPS entries. */
  namedApps: string[]
  env: NodeJS.ProcessEnv
  timeoutMs: number
}

export interface PythonFailure {
  error: string
  file: string | null
  line: number | null
}

export interface PythonApp {
  entry: string
  label: string
  name: string
  path: string
  config: string
}

export interface PythonStorage {
  backend: string
  mro?: string[]
  overrides?: { method: string; class: string }[]
  attributes?: Record<string, unknown>
  instanceError?: string
  error?: string
  file?: string | null
  line?: number | null
}

export interface ListedFile {
  path: string
  relativePath: string
  absPath: string
  prefix: string
  root: string
}

export interface PythonReading {
  python: { executable: string; version: string }
  djangoVersion: (number | string)[] | null
  djangoPath?: string
  settingsFile?: string | null
  settings?: Record<string, unknown>
  explicit?: string[]
  apps?: PythonApp[]
  appErrors?: (PythonFailure & { entry: string; missing: boolean })[]
  namedApps?: PythonApp[]
  namedAppErrors?: (PythonFailure & { entry: string; missing: boolean })[]
  ignorePatterns?: string[]
  storage?: PythonStorage
  finderFiles?: Record<string, { files: ListedFile[] } | (PythonFailure & { setup?: boolean })>
  importError?: PythonFailure
}

/** The seam the project reader depends on; tests may pass another. */
export interface PythonSettingsRunner {
  read(request: ReaderRequest): Promise<PythonReading>
}

/** Variables the helper never sees: the action's inputs (credentials among them) and the runner's tokens. */
export function helperEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(env)) {
    if (
      name.startsWith('INPUT_') ||
      /^ACTIONS_(RUNTIME_TOKEN|ID_TOKEN_REQUEST_TOKEN|ID_TOKEN_REQUEST_URL|CACHE_URL|RUNTIME_URL)$/.test(name)
    )
      continue
    out[name] = value
  }
  out.PYTHONDONTWRITEBYTECODE = '1'
  return out
}

export const processRunner: PythonSettingsRunner = {
  read(request: ReaderRequest): Promise<PythonReading> {
    const payload = JSON.stringify({
      projectDir: request.projectDir,
      module: request.module,
      extraPath: request.extraPath,
      ignore: request.ignore,
      defaultIgnore: request.defaultIgnore,
      namedApps: request.namedApps
    })
    const options = {
      cwd: request.projectDir,
      env: helperEnvironment(request.env),
      timeout: request.timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
      windowsHide: true
    }
    return new Promise((resolve, reject) => {
      execFile(request.interpreter, ['-c', READER_SCRIPT, payload], options, (error, stdout, stderr) => {
        const reading = lastJson(String(stdout))
        if (reading) return resolve(reading)
        if (error && (error as { killed?: boolean }).killed) {
          return reject(new Error(`it did not finish within ${Math.round(request.timeoutMs / 1000)} s (settings-reader-timeout)`))
        }
        const detail = String(stderr).trim().split(/\r?\n/).pop() || error?.message || 'no output'
        reject(new Error(detail))
      })
    })
  }
}

function lastJson(stdout: string): PythonReading | null {
  const line = stdout.trim().split(/\r?\n/).pop() ?? ''
  try {
    const parsed: unknown = JSON.parse(line)
    return parsed !== null && typeof parsed === 'object' && 'python' in parsed ? (parsed as PythonReading) : null
  } catch {
    return null
  }
}
