// The single, validated description of what one run does. Built by input-helper.ts only.
import type { Problem } from '../model.js'

export type FailOn = 'duplicates' | 'missing-dirs' | 'missing-apps' | 'settings' | 'conflicts'
export const FAIL_ON_CHOICES: readonly FailOn[] = ['duplicates', 'missing-dirs', 'missing-apps', 'settings', 'conflicts']

export type Overwrite = 'changed' | 'never' | 'always'
export const OVERWRITE_CHOICES: readonly Overwrite[] = ['changed', 'never', 'always']

export interface StaticDirSetting {
  prefix: string
  /** As written (relative to the working directory, or absolute). */
  path: string
}

export interface AppSetting {
  name: string
  /** Absolute module directory; its `static/` is the source. */
  path: string
}

export interface Credentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

export interface S3Destination {
  kind: 's3'
  bucket: string
  prefix: string
  region: string
  endpoint?: string
  forcePathStyle: boolean
  /** Absent: the SDK's default chain (environment, OIDC web identity, profiles). */
  credentials?: Credentials
}

export interface FolderDestination {
  kind: 'folder'
  root: string
}

export interface UploadSettings {
  cacheControl: string
  cacheControlHashed: string
  objectParameters: Record<string, unknown>
  overwrite: Overwrite
  deleteRemoved: boolean
  keepPreviousManifest: boolean
  maxDelete: number
  concurrency: number
  gzip: boolean
  gzipContentTypes: string[]
}

export interface ManifestSettings {
  name: string
  strict: boolean
  jsModules: boolean
  keepIntermediateFiles: boolean
  maxPasses: number
  /** Effective STATIC_URL (script prefix applied), e.g. `/static/`. */
  staticUrl: string
  /** `storage-overrides: lenient`: a reference to a missing file stays as written (no ValueError). */
  keepMissingReferences?: boolean
}

/** Where an effective value came from, for the job summary. */
export interface SettingOrigin {
  name: string
  value: string
  from: string
}

export interface Settings {
  workingDirectory: string
  staticDirs: StaticDirSetting[]
  apps: AppSetting[]
  finders: string[]
  /** Files of finders other than Django's two, listed by the project's Python. */
  listedFiles?: Record<string, import('../find/finders.js').ListedFinderFile[]>
  ignorePatterns: string[]
  staticRoot: string | null
  dryRun: boolean
  failOn: Set<FailOn>
  reportFile: string
  /** null: a dry run with nowhere to compare against. */
  destination: S3Destination | FolderDestination | null
  upload: UploadSettings
  /** null: plain StaticFilesStorage (no hashing). */
  manifest: ManifestSettings | null
  origins: SettingOrigin[]
  /** Found while reading inputs and settings (unevaluable settings, apps not found, ...). */
  problems: Problem[]
}
