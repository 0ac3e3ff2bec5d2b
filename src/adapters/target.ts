// Where prepared objects go: an S3 bucket, a local folder, or a dry run that only records.
import type { Inventory, PreparedObject, UploadState } from '../model.js'

export interface PutResult {
  /** ETag the target reports for the written object (quotes removed). */
  etag: string
}

export interface RemoveFailure {
  path: string
  error: string
}

export interface Target {
  /** `s3://bucket/prefix`, a folder path, ... for messages and the report. */
  describe(): string
  /**
   * Whether the target keeps headers (Content-Type, Cache-Control, parameters) with the bytes
   * and an upload state beside them. The planner compares headers only then.
   */
  readonly tracksHeaders: boolean
  /**
   * One read of what is there. `manifestName`: the live manifest to read kept paths from.
   * `localPaths`: the paths the run will write, once found, where a long listing may be cut.
   */
  inventory(manifestName: string | null, localPaths?: Promise<readonly string[]>): Promise<Inventory>
  /** Writes one object; throws an ActionError that names the cause and the fix. */
  put(object: PreparedObject): Promise<PutResult>
  /** Deletes objects; returns the ones that could not be deleted. */
  remove(paths: string[]): Promise<RemoveFailure[]>
  writeState(state: UploadState): Promise<void>
  /**
   * The upload state as early as it can be read (before the listing ends), for digests it
   * records; null when there is none or it cannot be read. The inventory reports errors.
   */
  readState?(): Promise<UploadState | null>
  /**
   * Aborts multipart uploads that earlier runs of this action left open under the prefix (only
   * its own); returns their keys. Targets without multipart uploads leave it out.
   */
  abortAbandonedUploads?(): Promise<string[]>
  /** Requests (or file operations) made so far, by name: `{ PutObject: 3, ListObjectsV2: 1 }`. */
  requestCounts(): Record<string, number>
}
