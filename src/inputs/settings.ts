// The single, validated description of what one run does. Built by input-helper.ts only.
import type { ListedFinderFile } from '../find/finders.js'
import type { Problem } from '../model.js'
import type { ObjectRule } from '../plan/object-rules.js'
import type { DjangoSeries } from '../manifest/releases.js'
import type { DjangoSetting } from './django-release.js'

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
  /** object-rules: per-path headers, first match wins (empty: none). */
  objectRules: ObjectRule[]
  overwrite: Overwrite
  deleteRemoved: boolean
  keepPreviousManifest: boolean
  maxDelete: number
  concurrency: number
  gzip: boolean
  gzipContentTypes: string[]
  /** request-timeout: a request whose socket is silent this long fails and is retried. */
  requestTimeoutMs?: number
  /** deadline-minutes: the run stops (like a cancel) this long after it started; 0 or absent: none. */
  deadlineMs?: number
}

export interface ManifestSettings {
  name: string
  strict: boolean
  jsModules: boolean
  keepIntermediateFiles: boolean
  maxPasses: number
  /** Effective STATIC_URL (script prefix applied), e.g. `/static/`. */
  staticUrl: string
  /** The Django release whose post-processing is reproduced (default 5.2). */
  django?: DjangoSeries
  /** `storage-overrides: lenient`: a reference to a missing file stays as written (no ValueError). */
  keepMissingReferences?: boolean
}

/** CloudFront invalidation after a successful upload (inputs/cdn-options.ts). */
export interface CdnSettings {
  distributionId: string
  /** CDN path of the key prefix, with leading and trailing `/` (e.g. `/static/`). */
  pathPrefix: string
  /** Most paths in one invalidation (cloudfront-max-paths); more are merged into wildcards. */
  maxPaths: number
  wait: boolean
  /** How long cloudfront-wait waits for completion. */
  waitTimeoutSeconds: number
}

/** Where an effective value came from, for the job summary. */
export interface SettingOrigin {
  name: string
  value: string
  from: string
}

/** Where the plan comment goes (pr-comment on a pull request event); null: no comment. */
export interface PullRequestSettings {
  owner: string
  repo: string
  number: number
  /** github-token (masked). */
  token: string
  apiUrl: string
  /** Workflow and job: with the target, tells this step's comment from others' on the same pull request. */
  commentKey: string
  headSha?: string
  runUrl?: string
}

export interface Settings {
  workingDirectory: string
  staticDirs: StaticDirSetting[]
  apps: AppSetting[]
  finders: string[]
  /** Files of finders other than Django's two, listed by the project's Python. */
  listedFiles?: Record<string, ListedFinderFile[]>
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
  /** null: no CDN invalidation (no cloudfront-distribution-id). */
  cdn: CdnSettings | null
  /** public-url joined with the CDN path of the prefix, for the static-url output; null without public-url. */
  publicStaticUrl: string | null
  /** The Django release reproduced and where that came from. */
  django?: DjangoSetting
  /** Found while reading inputs and settings (unevaluable settings, apps not found, ...). */
  problems: Problem[]
  pullRequest: PullRequestSettings | null
  /** Why a run not asked to be a dry run is one (a pull_request run without credentials); see inputs/pull-request.ts. */
  forcedDryRun?: string
}
