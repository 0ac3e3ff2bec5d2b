// git's answers (git-files.ts) read on a helper thread. Parsing the index and comparing every
// tracked file with lstat is main-thread work the run would otherwise wait for: 150–200 ms at
// 5,000 files, ~400 ms at 20,000, while the settings are read and the files found. The thread
// runs the bundle's own entry (index.js or cli/index.js) with a job in its workerData. Without a
// bundle entry (the tests run the source) or when the thread fails, the same work is done here.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import type { VouchedFile } from '../digest/blob-digests.js'
import { gitVouchedFiles, type VouchedFiles, type Workspace } from './git-files.js'

const JOB = 'collectstatic-s3/git-vouched-files'

interface GitJob {
  job: typeof JOB
  projectRoot: string
}

/** Cheaper to copy between threads than a Map of objects: three arrays of primitives. */
interface PackedFiles {
  paths: string[]
  blobs: string[]
  sizes: number[]
}

/**
 * Git's answers for `early` are asked for at once (on a thread started from `entry`, when
 * given), so they are read while the settings are; any other folder asks git then. Reading a
 * repository changes nothing (see git-files.ts), so starting before the inputs are checked is safe.
 */
export function gitWorkspace(early: string | null = null, entry: URL | null = null): Workspace {
  const started = early === null ? null : entry ? onThread(entry, early) : inline(gitVouchedFiles(early))
  return { vouchedFiles: (projectRoot) => (started && projectRoot === early ? started.awaited() : gitVouchedFiles(projectRoot)) }
}

interface Started {
  /** The answer, from now on waited for: the thread may no longer let the process end without it. */
  awaited(): Promise<VouchedFiles>
}

function inline(answer: Promise<VouchedFiles>): Started {
  return { awaited: () => answer }
}

function onThread(entry: URL, projectRoot: string): Started {
  let worker: Worker
  try {
    // The young generation capped: uncapped, the thread's garbage took a 20,000-file rerun from 190 MB to 213 MB peak RSS.
    worker = new Worker(entry, {
      workerData: { job: JOB, projectRoot } satisfies GitJob,
      resourceLimits: { maxYoungGenerationSizeMb: 8 }
    })
  } catch {
    return inline(gitVouchedFiles(projectRoot))
  }
  // Until the run waits for it, a run that ends early (bad input) does not wait for the thread.
  worker.unref()
  const answer = new Promise<VouchedFiles>((resolve) => {
    let answered = false
    worker.once('message', (packed: PackedFiles) => {
      answered = true
      resolve(unpack(packed))
    })
    // A thread that cannot start or dies without an answer costs only the time: ask git here.
    const fallBack = () => {
      if (!answered) resolve(gitVouchedFiles(projectRoot))
      answered = true
    }
    worker.once('error', fallBack)
    worker.once('exit', fallBack)
  })
  return {
    awaited: () => {
      worker.ref()
      return answer
    }
  }
}

/** True (after answering) when this thread was started for git's answers; the entry then does nothing else. */
export async function answerGitJob(): Promise<boolean> {
  if (isMainThread || !isGitJob(workerData) || !parentPort) return false
  parentPort.postMessage(pack(await gitVouchedFiles(workerData.projectRoot)))
  return true
}

function isGitJob(data: unknown): data is GitJob {
  return (
    typeof data === 'object' && data !== null && (data as GitJob).job === JOB && typeof (data as GitJob).projectRoot === 'string'
  )
}

export function pack(files: VouchedFiles): PackedFiles {
  const packed: PackedFiles = { paths: [], blobs: [], sizes: [] }
  for (const [absPath, { blob, size }] of files) {
    packed.paths.push(absPath)
    packed.blobs.push(blob)
    packed.sizes.push(size)
  }
  return packed
}

export function unpack({ paths, blobs, sizes }: PackedFiles): Map<string, VouchedFile> {
  const files = new Map<string, VouchedFile>()
  paths.forEach((absPath, i) => files.set(absPath, { blob: blobs[i] as string, size: sizes[i] as number }))
  return files
}
