// Corrections to the effective-settings table so it shows what is really sent and where a
// destination really comes from.
import { InputError } from '../errors.js'
import type { Problem } from '../model.js'
import type { FolderDestination, S3Destination, SettingOrigin, UploadSettings } from './settings.js'

/** A CacheControl in object-parameters is what every PutObject carries: the cache-control rows say so. */
export function showSentCacheControl(origins: SettingOrigin[], upload: UploadSettings): void {
  const sent = upload.objectParameters.CacheControl
  if (typeof sent !== 'string') return
  const from = origins.find((origin) => origin.name === 'object-parameters')?.from ?? 'object-parameters'
  for (const origin of origins) {
    if (origin.name === 'cache-control' || origin.name === 'cache-control-hashed') {
      origin.value = sent
      origin.from = `CacheControl in object-parameters (${from})`
    }
  }
}

/**
 * An explicit `static-root` input is never silently ignored: over a bucket from the settings it wins
 * (an explicit input always does), next to a bucket from an input or the environment it is an error.
 */
export function explicitStaticRoot(
  input: string,
  staticRoot: string | null,
  destination: S3Destination | FolderDestination | null,
  origins: SettingOrigin[]
): { destination: S3Destination | FolderDestination | null; problems: Problem[] } {
  if (!input.trim() || !staticRoot || destination?.kind !== 's3') return { destination, problems: [] }
  const bucketFrom = origins.find((origin) => origin.name === 'bucket')?.from ?? ''
  if (!bucketFrom.startsWith('settings')) {
    throw new InputError(
      'static-root',
      `it is set ('${input.trim()}') and so is a bucket ('${destination.bucket}', from ${bucketFrom || 'an input'}); the action writes to one destination. ` +
        'Remove `static-root` to upload to the bucket, or remove the bucket to copy into the folder.'
    )
  }
  return {
    destination: { kind: 'folder', root: staticRoot },
    problems: [
      {
        kind: 'settings',
        severity: 'notice',
        message: `The \`static-root\` input (${input.trim()}) is used as the destination; the bucket '${destination.bucket}' named by the ${bucketFrom} is not written to.`
      }
    ]
  }
}
