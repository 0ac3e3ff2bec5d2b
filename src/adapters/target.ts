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
  /** One read of what is there. `manifestName`: the live manifest to read kept paths from. */
  inventory(manifestName: string | null): Promise<Inventory>
  /** Writes one object; throws an ActionError that names the cause and the fix. */
  put(object: PreparedObject): Promise<PutResult>
  /** Deletes objects; returns the ones that could not be deleted. */
  remove(paths: string[]): Promise<RemoveFailure[]>
  writeState(state: UploadState): Promise<void>
  /**
   * Aborts multipart uploads that earlier runs of this action left open under the prefix (only
   * its own); returns their keys. Targets without multipart uploads leave it out.
   */
  abortAbandonedUploads?(): Promise<string[]>
  /** Requests (or file operations) made so far, by name: `{ PutObject: 3, ListObjectsV2: 1 }`. */
  requestCounts(): Record<string, number>
}
