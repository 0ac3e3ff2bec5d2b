// The dry-run target: reads through the real target when there is one (so the plan is the real
// diff), but only records what would be written or deleted.
import type { Inventory, PreparedObject, UploadState } from '../model.js'
import type { PutResult, RemoveFailure, Target } from './target.js'

export interface Recorded {
  puts: PreparedObject[]
  removes: string[]
  state: UploadState | null
}

export interface RecordingTarget extends Target {
  readonly recorded: Recorded
}

/**
 * `unread`: a target this run must not read (no credentials: the fork fallback), described
 * but never asked, with the reason shown instead of a listing.
 */
export function createRecordingTarget(inner: Target | null, unread?: { describe: string; reason: string }): RecordingTarget {
  const recorded: Recorded = { puts: [], removes: [], state: null }
  return {
    recorded,
    tracksHeaders: inner?.tracksHeaders ?? true,
    describe: () => (inner ? `${inner.describe()} (dry run)` : unread ? `${unread.describe} (dry run)` : 'none'),
    async inventory(manifestName, localPaths): Promise<Inventory> {
      if (unread) return { available: false, reason: unread.reason }
      if (!inner) {
        return {
          available: false,
          reason: 'dry run without a bucket or static-root: nothing to compare against, so every file is shown as an upload'
        }
      }
      try {
        return await inner.inventory(manifestName, localPaths)
      } catch (error) {
        // A dry run checks the collection; an unreadable target should not fail it.
        const message = error instanceof Error ? error.message : String(error)
        return {
          available: false,
          reason: `dry run: ${inner.describe()} could not be read, so every file is shown as an upload. ${message}`
        }
      }
    },
    async put(object): Promise<PutResult> {
      recorded.puts.push(object)
      return { etag: object.md5 }
    },
    async remove(paths): Promise<RemoveFailure[]> {
      recorded.removes.push(...paths)
      return []
    },
    ...(inner?.readState ? { readState: () => (inner.readState as () => Promise<UploadState | null>)() } : {}),
    async writeState(state) {
      recorded.state = state
    },
    requestCounts: () => inner?.requestCounts() ?? {}
  }
}
