// The Python path of the runner's interpreter, so apps installed with pip (Django's admin,
// third-party packages) can be found. The interpreter runs one line that prints sys.path and
// sys.executable; nothing of the project or Django is imported. The executable is what later
// runs the settings reader: a `python3` that is a version manager's shim (pyenv, asdf) picks the
// interpreter for the project folder on every start, which costs more than the interpreter's own.
// It also says whether a `django` package is on that path at all (found, not imported): where
// none is, the reader would only report that Django does not import.
import { execFile } from 'node:child_process'
import { statSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '../errors.js'

const SCRIPT = [
  'import json, sys',
  'try:\n    import importlib.util\n    django = importlib.util.find_spec("django") is not None\nexcept Exception:\n    django = None',
  'print(json.dumps({"path": sys.path, "executable": sys.executable, "django": django}))'
].join('\n')
const TIMEOUT_MS = 20_000

export interface PythonPath {
  /** The interpreter that answered (as given or found on PATH), or null when none was found. */
  interpreter: string | null
  /** Its sys.executable: the program to run it again with (absent: run `interpreter`). */
  executable?: string
  /** Existing directories on its sys.path, in order (zip files and the current directory left out). */
  entries: string[]
  /** False when no `django` package is on its path (the reader need not start); absent when unknown. */
  djangoFound?: boolean
}

/**
 * @param python the `python` input: a command or path; '' tries python3, then python.
 * @param cwd where the interpreter runs (the project directory, as for manage.py).
 */
export async function findPythonPath(python: string, cwd: string, env: NodeJS.ProcessEnv): Promise<PythonPath> {
  if (python) {
    try {
      return { interpreter: python, ...(await askSysPath(python, cwd, env)) }
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
      return { interpreter: candidate, ...(await askSysPath(candidate, cwd, env)) }
    } catch {
      // Not installed or not working: try the next name, else go on without one.
    }
  }
  return { interpreter: null, entries: [] }
}

function askSysPath(python: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Omit<PythonPath, 'interpreter'>> {
  return new Promise((resolve, reject) => {
    execFile(python, ['-c', SCRIPT], { cwd, env, timeout: TIMEOUT_MS, windowsHide: true }, (error, stdout, stderr) => {
      if (error) return reject(new Error(firstLine(String(stderr)) || error.message))
      try {
        const { path, executable, django } = parseAnswer(String(stdout))
        resolve({
          entries: directories(path, cwd),
          ...(executable ? { executable } : {}),
          ...(typeof django === 'boolean' ? { djangoFound: django } : {})
        })
      } catch (parseError) {
        reject(parseError instanceof Error ? parseError : new Error(String(parseError)))
      }
    })
  })
}

function parseAnswer(stdout: string): { path: string[]; executable: string | null; django: unknown } {
  const line = stdout.trim().split(/\r?\n/).pop() ?? ''
  const parsed = JSON.parse(line) as { path?: unknown; executable?: unknown; django?: unknown } | null
  const path = parsed?.path
  if (!Array.isArray(path) || path.some((item) => typeof item !== 'string')) {
    throw new Error(`it printed ${JSON.stringify(line.slice(0, 100))}, not sys.path as JSON`)
  }
  // sys.executable is '' or None where Python cannot tell (an embedded interpreter).
  return {
    path: path as string[],
    executable: typeof parsed?.executable === 'string' ? parsed.executable : null,
    django: parsed?.django
  }
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

/** A probe started ahead of the project reader (early-work.ts), for the interpreter it names, run in `cwd`. */
export interface PythonProbe {
  python: string
  cwd: string
  answer: Promise<PythonPath>
}

export function startPythonProbe(python: string, cwd: string, env: NodeJS.ProcessEnv): PythonProbe {
  const answer = findPythonPath(python, cwd, env)
  answer.catch(() => {}) // a failure shows when the reader awaits it; a probe no one asks for stays quiet
  return { python, cwd, answer }
}

/** The early probe's answer when it asked the same interpreter in the same folder, else a new probe's. */
export function pythonPathFor(python: string, cwd: string, env: NodeJS.ProcessEnv, early?: PythonProbe): Promise<PythonPath> {
  return early && early.python === python && early.cwd === cwd ? early.answer : findPythonPath(python, cwd, env)
}
