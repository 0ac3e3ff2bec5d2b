// The entry point. Node 22.1+ (the action runs on node24) can keep the compiled bundle in a
// cache on disk: enabled before the bundle is loaded, so later runs on the same machine (a
// self-hosted runner, the local command) skip compiling it. Where the runtime lacks it, nothing changes.
import module from 'node:module'

const compileCache = (module as { enableCompileCache?: () => unknown }).enableCompileCache
try {
  compileCache?.()
} catch {
  // A cache directory that cannot be written only costs the compile.
}

const { run } = await import('./main.js')
await run()
