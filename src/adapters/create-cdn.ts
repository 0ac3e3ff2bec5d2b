// Settings → the CDN of this run: CloudFront, a recorder for a dry run, or none.
import type { CdnRun } from '../execute/invalidate.js'
import type { Settings } from '../inputs/settings.js'
import { createCloudFrontCdn } from './cdn-cloudfront.js'
import { createRecordingCdn } from './cdn-recording.js'

export function createCdnRun(settings: Settings): CdnRun | null {
  const cdnSettings = settings.cdn
  if (!cdnSettings) return null
  const credentials = settings.destination?.kind === 's3' ? settings.destination.credentials : undefined
  const cdn = settings.dryRun
    ? createRecordingCdn(cdnSettings.distributionId)
    : createCloudFrontCdn({ distributionId: cdnSettings.distributionId, ...(credentials ? { credentials } : {}) })
  return { cdn, settings: cdnSettings, hashing: settings.manifest !== null }
}
