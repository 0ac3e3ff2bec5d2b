// Markers for open multipart uploads. ListMultipartUploads shows keys and upload ids but no
// metadata, so an upload cannot say who started it; instead, before it starts one, this action
// writes `.collectstatic-s3/multipart/<sha256 of the path>` under the prefix and deletes it once
// the upload is completed or aborted. A marker still listed by a later run means the upload of
// that key may still be open (the run was killed, or its abort failed); that run aborts the open
// uploads of exactly those keys and nothing else.
import { createHash } from 'node:crypto'

export const MULTIPART_MARKERS = '.collectstatic-s3/multipart/'

/** The marker's path relative to the prefix, for the object at `path`. */
export function markerPath(path: string): string {
  return `${MULTIPART_MARKERS}${createHash('sha256').update(path).digest('hex').slice(0, 40)}`
}

export function isMultipartMarker(path: string): boolean {
  return path.startsWith(MULTIPART_MARKERS)
}
