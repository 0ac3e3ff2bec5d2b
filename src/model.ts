// Types shared by the stages of one run: inputs → find → (manifest) → plan → execute → report.
// Pure data: nothing here touches the filesystem, the network or the Actions toolkit.

/** One directory that files are collected from: a STATICFILES_DIRS entry or an app's `static/`. */
export interface StaticSource {
  kind: 'dir' | 'app' | 'finder'
  /** Destination prefix ('' for none). For apps always ''. */
  prefix: string
  /** Absolute path of the directory walked. */
  root: string
  /** What the user wrote: the STATICFILES_DIRS path as given, or the app's dotted name. */
  label: string
}

/** A file a finder yielded. */
export interface FoundFile {
  /** Destination path: `prefix/relative`, always with `/`. */
  path: string
  /** Path inside its source, without the prefix. */
  relativePath: string
  /** Absolute path on disk (through symlinks as walked, not resolved). */
  absPath: string
  source: StaticSource
}

/** Two or more sources gave the same destination path; the first one found wins. */
export interface Duplicate {
  path: string
  used: FoundFile
  ignored: FoundFile[]
}

export type ProblemKind =
  | 'duplicates'
  | 'missing-dirs'
  | 'missing-apps'
  | 'settings'
  | 'missing-reference'
  | 'conflict'
  | 'permissions'
  | 'upload'
  | 'django-release'

/** Something the user should see as an annotation; `error` ones fail the step. */
export interface Problem {
  kind: ProblemKind
  severity: 'error' | 'warning' | 'notice'
  message: string
  /** File the annotation points at (relative to the working directory when inside it). */
  file?: string
  line?: number
  /** Django system check id, e.g. `staticfiles.W004`. */
  code?: string
  /** A problem that stands for many files (one cause, see report/failure-groups.ts): how many, and some of them. */
  count?: number
  samples?: string[]
  /** The collection may lack files because of it: a run that writes stops, a dry run warns. */
  incomplete?: boolean
}

/** Result of the finders: winners in collection order, plus what was shadowed. */
export interface Collection {
  files: FoundFile[]
  duplicates: Duplicate[]
  problems: Problem[]
}

/** Where an object's bytes come from: a file on disk or bytes made in memory. */
export type Body = { kind: 'file'; absPath: string } | { kind: 'bytes'; data: Buffer }

export type OutputRole = 'original' | 'hashed' | 'intermediate' | 'manifest'

/** One object the run writes to the target (before content type, encoding and headers). */
export interface OutputFile {
  /** Destination path, relative to the target root / key prefix. */
  path: string
  body: Body
  role: OutputRole
  /** For hashed copies: the original destination path they come from. */
  hashedFrom?: string
  /** For originals (and unmodified hashed copies): the file found on disk. */
  found?: FoundFile
}

/** An output file with everything needed to write and compare it. */
export interface PreparedObject {
  path: string
  /** Final bytes' source: for gzipped types this is the compressed bytes. */
  body: Body
  size: number
  /** Hex MD5 of the final bytes (what S3 reports as the ETag of a single-part upload). */
  md5: string
  /** For bodies above the multipart threshold: the ETag S3 gives a multipart upload of them. */
  multipartEtag?: string
  contentType: string
  contentEncoding?: string
  cacheControl: string
  /** Extra PutObject parameters (`object-parameters`). */
  parameters: Record<string, unknown>
  /** Digest of everything besides the bytes that S3 stores with the object (headers, parameters). */
  headersDigest: string
  role: OutputRole
  hashedFrom?: string
  found?: FoundFile
  /** The object-rules entry (counted from 1) whose headers apply, if any. */
  objectRule?: number
}

/** An object already at the target, as one listing reports it. */
export interface RemoteObject {
  path: string
  size: number
  /** ETag without quotes: an MD5, or `md5-of-part-md5s-N` for multipart uploads. */
  etag: string
}

/** What this action recorded about its own uploads, stored beside them (see plan/state.ts). */
export interface UploadState {
  /**
   * The stored format it was read in (state-file.ts): 1 from an earlier version of the action.
   * A state this version makes is 2, so one read in format 1 is written again, once.
   */
  version: 1 | 2
  /** Part size used for multipart uploads, so their ETags can be recomputed locally. */
  partSize: number
  /**
   * Per path: the ETag the upload produced, the digest of its headers, and the MD5 of the bytes
   * sent, which recognises unchanged objects whose ETag is not an MD5 (SSE-KMS, SSE-C).
   */
  objects: Record<string, { etag: string; headersDigest: string; md5?: string }>
  /**
   * Unhashed keys (relative to the prefix) that a run uploaded or deleted but whose CDN
   * invalidation has not been sent yet. Written before the uploads start, so a failed or
   * cancelled run leaves it behind and the next successful run invalidates them too; cleared
   * once an invalidation covering them was created. Absent: nothing owed.
   */
  pendingInvalidation?: string[]
  /**
   * Git blob id → the digests of its bytes, for this run's files that git vouched for (see
   * digest/blob-digests.ts): the next run takes them instead of reading those files.
   */
  blobs?: Record<string, { size: number; md5: string; multipartEtag?: string }>
}

/** Everything the planner needs to know about the target, read once. */
export type Inventory =
  | {
      available: true
      objects: Map<string, RemoteObject>
      state: UploadState | null
      /** Paths named by the manifest that is live now (kept by delete-removed). */
      previousManifestPaths: Set<string>
    }
  | {
      available: false
      reason: string
      /** The credentials may write but not list (no s3:ListBucket): a real run would upload blind. */
      listingDenied?: boolean
    }

export type FileAction = 'upload' | 'skip' | 'delete' | 'fail'

export interface PlannedFile {
  path: string
  action: FileAction
  /** Why: `new`, `changed`, `unchanged`, `headers changed`, `exists (overwrite: never)`, `removed locally`, ... */
  reason: string
  object?: PreparedObject
  /** Size of the remote object for deletions. */
  remoteSize?: number
}

export interface Plan {
  files: PlannedFile[]
  problems: Problem[]
}
