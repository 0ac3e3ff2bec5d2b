// The run's JSON report: every object written (or that would be), skipped, deleted or failed,
// the duplicates, the problems and the totals. The job summary and the step outputs derive from it.
import type { InvalidationOutcome } from '../execute/invalidate.js'
import type { SettingOrigin } from '../inputs/settings.js'
import type { Collection, PlannedFile, Problem } from '../model.js'
import { displayPath } from '../display-path.js'
import { regroupFailureProblems } from './failure-groups.js'
import type { StopReason } from '../execute/run-control.js'

export const REPORT_VERSION = 1

export interface RunResult {
  dryRun: boolean
  /** `s3://bucket/prefix`, a folder, or `none`. */
  target: string
  workingDirectory: string
  collection: Collection
  /** Planned files after execution: a failed upload has action `fail` and the error as reason. */
  files: PlannedFile[]
  problems: Problem[]
  manifest?: { name: string; hash: string; hashedFiles: number; referencesRewritten: number }
  /** Why the target could not be compared (no bucket in a dry run, ListBucket denied, ...). */
  inventoryNote?: string
  origins: SettingOrigin[]
  /** The CDN invalidation (or why there was none); absent without cloudfront-distribution-id. */
  invalidation?: InvalidationOutcome
  /** Key prefix of the S3 target ('' for none or a folder): report paths are relative to it. */
  keyPrefix?: string
  publicStaticUrl?: string | null
  requests: Record<string, number>
  /** Bytes read from disk for digests, and files whose digests came from the state (git vouched). */
  reads?: { bytesRead: number; digestsReused: number }
  durationMs: number
  /** The run was cancelled or reached its deadline before it finished. */
  stopped?: StopReason
}

export interface ReportFile {
  path: string
  source: string | null
  size: number
  md5: string | null
  action: PlannedFile['action']
  reason: string
  role?: string
  hashedFrom?: string
  contentType?: string
  cacheControl?: string
  /** The object-rules entry (counted from 1) whose headers applied. */
  objectRule?: number
}

export interface Totals {
  collected: number
  uploaded: number
  skipped: number
  deleted: number
  failed: number
  duplicates: number
  bytesUploaded: number
}

export interface Report {
  version: number
  dryRun: boolean
  target: string
  files: ReportFile[]
  duplicates: { path: string; used: string; ignored: string[] }[]
  problems: Problem[]
  totals: Totals
  manifest: RunResult['manifest'] | null
  inventoryNote: string | null
  settings: SettingOrigin[]
  invalidation: InvalidationOutcome | null
  keyPrefix: string
  publicStaticUrl: string | null
  requests: Record<string, number>
  /** Bytes read from disk for digests; files whose digests came from the state because git vouched for them. */
  reads: { bytesRead: number; digestsReused: number }
  durationMs: number
  /** Why the run stopped early (cancelled, deadline); null when it ran to the end. */
  stopped: StopReason | null
}

export function buildReport(result: RunResult): Report {
  const where = (absPath: string) => displayPath(absPath, result.workingDirectory)
  return {
    version: REPORT_VERSION,
    dryRun: result.dryRun,
    target: result.target,
    files: result.files.map((file) => reportFile(file, where)),
    duplicates: result.collection.duplicates.map((duplicate) => ({
      path: duplicate.path,
      used: where(duplicate.used.absPath),
      ignored: duplicate.ignored.map((file) => where(file.absPath))
    })),
    problems: regroupFailureProblems(result.problems, result.files),
    totals: computeTotals(result),
    manifest: result.manifest ?? null,
    inventoryNote: result.inventoryNote ?? null,
    settings: result.origins,
    invalidation: result.invalidation ?? null,
    keyPrefix: result.keyPrefix ?? '',
    publicStaticUrl: result.publicStaticUrl ?? null,
    requests: result.requests,
    reads: result.reads ?? { bytesRead: 0, digestsReused: 0 },
    durationMs: Math.round(result.durationMs),
    stopped: result.stopped ?? null
  }
}

function reportFile(file: PlannedFile, where: (absPath: string) => string): ReportFile {
  const object = file.object
  const found = object?.found
  return {
    path: file.path,
    source: found ? where(found.absPath) : null,
    size: object?.size ?? file.remoteSize ?? 0,
    md5: object?.md5 ?? null,
    action: file.action,
    reason: file.reason,
    ...(object ? { role: object.role, contentType: object.contentType, cacheControl: object.cacheControl } : {}),
    ...(object?.hashedFrom ? { hashedFrom: object.hashedFrom } : {}),
    ...(object?.objectRule ? { objectRule: object.objectRule } : {})
  }
}

export function computeTotals(result: RunResult): Totals {
  const count = (action: PlannedFile['action']) => result.files.filter((file) => file.action === action).length
  const uploads = result.files.filter((file) => file.action === 'upload')
  return {
    collected: result.collection.files.length,
    uploaded: uploads.length,
    skipped: count('skip'),
    deleted: count('delete'),
    failed: count('fail'),
    duplicates: result.collection.duplicates.length,
    bytesUploaded: uploads.reduce((sum, file) => sum + (file.object?.size ?? 0), 0)
  }
}
