// Public types of the post-processing step (re-exported by post-process.ts).
import type { OutputFile } from '../model.js'
import type { DjangoRelease } from './releases.js'

export interface ManifestOptions {
  /** Effective STATIC_URL, e.g. '/static/', '/app/static/', 'https://cdn.example.com/static/'. */
  staticUrl: string
  /** 'staticfiles.json'. */
  manifestName: string
  /** support_js_module_import_aggregation. */
  jsModules: boolean
  keepIntermediateFiles: boolean
  /** max_post_process_passes (Django: 5). */
  maxPasses: number
  /** The Django release to reproduce (default 5.2). */
  release?: DjangoRelease
  /** A "lenient" storage: references to missing files stay as written instead of raising ValueError. */
  keepMissingReferences?: boolean
  /** MD5 (hex) of a file on disk; lets the caller share one read of each file with later stages. */
  md5Of?: (absPath: string) => Promise<string>
}

/** A collected file: destination path + file on disk, in collection order. */
export interface CollectedInput {
  path: string
  absPath: string
}

/** One line of Django's post-processing report (`Post-processed 'x' as 'y'` / `Skipped post-processing 'x'`). */
export interface PostProcessLogEntry {
  path: string
  hashedPath: string
  /** False when Django reports "Skipped post-processing" (the hashed copy already existed). */
  processed: boolean
}

export interface PostProcessResult {
  /** Hashed copies (and intermediates if kept), in the order they were last written; originals are not included. */
  outputs: OutputFile[]
  /** `staticfiles.json`, byte for byte as Django writes it. */
  manifest: OutputFile
  /** Original path → final hashed name (the manifest's `paths`, in its order). */
  paths: Map<string, string>
  /** URL references rewritten in the final versions of the CSS/JS files. */
  referencesRewritten: number
  /** Django's report lines in Django's order (non-adjustable files first); `length` of the processed ones is its "N post-processed". */
  log: PostProcessLogEntry[]
  /** Where the release's output differs from a later release's because of a bug fixed there. */
  releaseBugs: ReleaseBugNotice[]
}

/** One place where the chosen release has a bug fixed later that changes the file. */
export interface ReleaseBugNotice {
  /** Destination path of the CSS/JS file. */
  file: string
  absPath: string
  line: number
  kind: 'source-map-deleted' | 'nested-url-mangled'
  /** The release reproduced, and the one that fixed the bug. */
  release: string
  fixedIn: string
}
