// Settings → the target of this run: S3, a folder, or (dry run) a recorder in front of either.
import { ActionError } from '../errors.js'
import type { Settings } from '../inputs/settings.js'
import { createFolderTarget } from './folder-target.js'
import { createRecordingTarget } from './recording-target.js'
import { createS3Target } from './s3-target.js'
import type { Target } from './target.js'

/** `signal`: the run's cancel and deadline, passed to the requests the target makes. */
export function createTarget(settings: Settings, signal?: AbortSignal): Target {
  const real = realTarget(settings, signal)
  if (settings.dryRun) return createRecordingTarget(real)
  if (!real) throw new ActionError('No destination: set bucket (or AWS_STORAGE_BUCKET_NAME) or static-root.', { input: 'bucket' })
  return real
}

function realTarget(settings: Settings, signal: AbortSignal | undefined): Target | null {
  const destination = settings.destination
  const { concurrency, objectParameters, requestTimeoutMs } = settings.upload
  if (!destination) return null
  if (destination.kind === 'folder') return createFolderTarget({ root: destination.root })
  return createS3Target({ ...destination, concurrency, objectParameters, ...(requestTimeoutMs ? { requestTimeoutMs } : {}), ...(signal ? { signal } : {}) })
}
