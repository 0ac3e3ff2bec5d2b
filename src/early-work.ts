// What a run starts before the rest of the action is loaded: git's answers about the checkout
// (on a helper thread) and the project's Python telling its sys.path. Both need only a few
// inputs (early-inputs.ts) and change nothing, so they run while the bundle compiles and the
// inputs are checked; the run takes them where they match what the inputs then say.
import type { Workspace } from './adapters/git-files.js'
import { gitWorkspace } from './adapters/git-thread.js'
import { earlyHints } from './inputs/early-inputs.js'
import { startPythonProbe, type PythonProbe } from './project/python-path.js'

export interface EarlyWork {
  workspace: Workspace
  pythonProbe?: PythonProbe
  mayUseS3: boolean
}

/** `helperEntry`: the bundle's entry, to start helper threads from (null: git is asked on this thread). */
export function startEarlyWork(read: (name: string) => string, env: NodeJS.ProcessEnv, helperEntry: URL | null): EarlyWork {
  const hints = earlyHints(read, env)
  const workspace = gitWorkspace(hints.workingDirectory, helperEntry)
  const { python } = hints
  return {
    workspace,
    mayUseS3: hints.mayUseS3,
    ...(python ? { pythonProbe: startPythonProbe(python.interpreter, python.cwd, env) } : {})
  }
}

/** An input as the runner passes it (INPUT_<NAME>, as @actions/core reads it), before the toolkit is loaded. */
export function runnerInput(env: NodeJS.ProcessEnv): (name: string) => string {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}
