// The entry point: the action, or (started by the action as a helper thread) git's answers.
// git and the project's Python are set going before the rest of the bundle loads (about 0.2 s
// of compiling and evaluating), so their answers are ready sooner. Node 22.1+ (the action runs
// on node24) can keep the compiled bundle in a cache on disk: enabled before the bundle is
// loaded, so later runs on the same machine (a self-hosted runner, the local command) skip
// compiling it. Where the runtime lacks it, nothing changes.
import module from 'node:module'
import { answerGitJob } from './adapters/git-thread.js'
import { runnerInput, startEarlyWork } from './early-work.js'

if (!(await answerGitJob())) {
  const early = startEarlyWork(runnerInput(process.env), process.env, new URL(import.meta.url))
  const compileCache = (module as { enableCompileCache?: () => unknown }).enableCompileCache
  try {
    compileCache?.()
  } catch {
    // A cache directory that cannot be written only costs the compile.
  }
  const { run } = await import('./main.js')
  await run(undefined, undefined, { early })
}
