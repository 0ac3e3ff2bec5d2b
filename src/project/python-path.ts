// The Python path of the runner's interpreter, so apps installed with pip (Django's admin,
// third-party packages) can be found. The interpreter runs one line that prints sys.path;
// nothing of the project or Django is imported.
import { execFile } from 'node:child_process'
import { statSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '../errors.js'

const SCRIPT = 'import json, sys; print(json.dumps(sys.path))'
const TIMEOUT_MS = 20_000

export interface PythonPath {
  /** The interpreter that answered, or null when none was found. */
  interpreter: string | null
  /** Existing directories on its sys.path, in order (zip files and the current directory left out). */
  entries: string[]
}

/**
 * @param python the `python` input: a command or path; '' tries python3, then python.
 * @param cwd where the interpreter runs (the project directory, as for manage.py).
 */
export async function findPythonPath(python: string, cwd: string, env: NodeJS.ProcessEnv): Promise<PythonPath> {
  if (python) {
    try {
      return { interpreter: python, entries: await askSysPath(python, cwd, env) }
    } catch (error) {
      throw new InputError(
        'python',
        `could not get sys.path from '${python}': ${error instanceof Error ? error.message : String(error)}. ` +
          'Give the path or name of a working Python interpreter (e.g. `python` after actions/setup-python), or leave it empty.'
      )
    }
  }
  for (const candidate of ['python3', 'python']) {
    try {
      return { interpreter: candidate, entries: await askSysPath(candidate, cwd, env) }
    } catch {
      // Not installed or not working: try the next name, else go on without one.
    }
  }
  return { interpreter: null, entries: [] }
}

function askSysPath(python: string, cwd: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  return new Promise((resolve, reject) => {
    execFile(python, ['-c', SCRIPT], { cwd, env, timeout: TIMEOUT_MS, windowsHide: true }, (error, stdout, stderr) => {
      if (error) return reject(new Error(firstLine(String(stderr)) || error.message))
      try {
        resolve(directories(parseList(String(stdout)), cwd))
      } catch (parseError) {
        reject(parseError instanceof Error ? parseError : new Error(String(parseError)))
      }
    })
  })
}

function parseList(stdout: string): string[] {
  const line = stdout.trim().split(/\r?\n/).pop() ?? ''
  const parsed: unknown = JSON.parse(line)
  if (!Array.isArray(parsed) || parsed.some((item) => typeof item !== 'string')) {
    throw new Error(`it printed ${JSON.stringify(line.slice(0, 100))}, not a JSON list of paths`)
  }
  return parsed as string[]
}

/** Entries that are directories, made absolute; '' (the current directory) is the project itself. */
function directories(entries: string[], cwd: string): string[] {
  const out: string[] = []
  for (const entry of entries) {
    if (entry === '') continue
    const absolute = path.resolve(cwd, entry)
    try {
      if (statSync(absolute).isDirectory() && !out.includes(absolute)) out.push(absolute)
    } catch {
      // Missing entries are normal on sys.path (python311.zip, a removed venv).
    }
  }
  return out
}

function firstLine(text: string): string {
  return text.trim().split(/\r?\n/)[0] ?? ''
}
