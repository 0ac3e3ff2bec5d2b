// Settings → the target of this run: S3, a folder, or (dry run) a recorder in front of either.
import { ActionError } from '../errors.js'
import type { Settings } from '../inputs/settings.js'
import { createFolderTarget } from './folder-target.js'
import { createRecordingTarget } from './recording-target.js'
import type { Target } from './target.js'
import type * as S3TargetExports from './s3-target.js'

/** `signal`: the run's cancel and deadline, passed to the requests the target makes. */
export async function createTarget(settings: Settings, signal?: AbortSignal): Promise<Target> {
  const destination = settings.destination
  if (settings.forcedDryRun && destination?.kind === 's3') {
    // Without credentials the SDK would only probe instance metadata and time out: read nothing.
    const describe = `s3://${destination.bucket}/${destination.prefix}`
    return createRecordingTarget(null, {
      describe,
      reason:
        'no AWS credentials on this pull_request run (see the notice): nothing to compare against, so every file is shown as an upload.'
    })
  }
  const real = await realTarget(settings, signal)
  if (settings.dryRun) return createRecordingTarget(real)
  if (!real) throw new ActionError('No destination: set bucket (or AWS_STORAGE_BUCKET_NAME) or static-root.', { input: 'bucket' })
  return real
}

type S3TargetModule = typeof S3TargetExports

let s3Module: Promise<S3TargetModule> | undefined

/**
 * Starts loading the S3 target (most of the bundle is the AWS SDK) while the run waits for
 * something else, such as the project's Python reading the settings. Later calls reuse it.
 */
export function preloadS3Target(): Promise<S3TargetModule> {
  s3Module ??= import('./s3-target.js')
  return s3Module
}

async function realTarget(settings: Settings, signal: AbortSignal | undefined): Promise<Target | null> {
  const destination = settings.destination
  const { concurrency, objectParameters, requestTimeoutMs } = settings.upload
  if (!destination) return null
  if (destination.kind === 'folder') return createFolderTarget({ root: destination.root })
  // The AWS SDK is most of the bundle: a run that never talks to S3 never loads it.
  const { createS3Target } = await preloadS3Target()
  return createS3Target({
    ...destination,
    concurrency,
    objectParameters,
    ...(requestTimeoutMs ? { requestTimeoutMs } : {}),
    ...(signal ? { signal } : {})
  })
}
