// Pull request runs: the plan comment (pr-comment, github-token) and the fork fallback
// (require-credentials). Reads the event the runner describes in GITHUB_EVENT_NAME/_PATH.
import { existsSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Problem } from '../model.js'
import { parseBoolean } from './parse.js'
import type { FolderDestination, PullRequestSettings, S3Destination } from './settings.js'

type Read = (name: string) => string

// Events whose payload is a pull request a comment can go on.
const COMMENT_EVENTS = new Set(['pull_request', 'pull_request_target'])
// Only `pull_request` runs without the repository's secrets (forks, Dependabot). A
// pull_request_target run has them, so missing credentials there are a mistake to report.
const SECRETLESS_EVENT = 'pull_request'

interface PullRequestEvent {
  name: string
  number: number
  headSha?: string
  /** `owner/name` of the head repository, when it is not the base repository. */
  fork?: string
}

export function resolvePullRequest(read: Read, env: NodeJS.ProcessEnv): PullRequestSettings | null {
  const comment = parseBoolean('pr-comment', read('pr-comment')) ?? false
  if (!comment) return null
  const event = readPullRequestEvent(env)
  if (!event || !COMMENT_EVENTS.has(event.name)) return null
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) return null
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')
  const runUrl = env.GITHUB_RUN_ID ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined
  return {
    owner,
    repo,
    number: event.number,
    token: read('github-token').trim(),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    // One comment per workflow job and target, so two deploy steps do not overwrite each other's plan.
    commentKey: [env.GITHUB_WORKFLOW, env.GITHUB_JOB].filter(Boolean).join(' / '),
    ...(event.headSha ? { headSha: event.headSha } : {}),
    ...(runUrl ? { runUrl } : {})
  }
}

/**
 * The fork fallback, decided before the destination: whether a run not asked to be a dry run is a
 * `pull_request` run with no credentials in sight (require-credentials not set). Such a run needs
 * no bucket either (`bucket: ${{ secrets.BUCKET }}` is empty on a fork).
 */
export function mayFallBack(read: Read, env: NodeJS.ProcessEnv, dryRun: boolean): boolean {
  const requireCredentials = parseBoolean('require-credentials', read('require-credentials')) ?? false
  if (dryRun || requireCredentials) return false
  return readPullRequestEvent(env)?.name === SECRETLESS_EVENT && credentialSource(read, env) === null
}

/**
 * The notice of a run that falls back, or null when the destination needs no credentials (a
 * folder), so the run goes ahead as asked.
 */
export function fallbackNotice(env: NodeJS.ProcessEnv, destination: S3Destination | FolderDestination | null): Problem | null {
  if (destination?.kind === 'folder') return null
  const event = readPullRequestEvent(env)
  const from = event?.fork ? ` from the fork ${event.fork}` : ''
  const where = destination
    ? `s3://${destination.bucket}`
    : 'S3 (no bucket was given either: bucket and AWS_STORAGE_BUCKET_NAME are empty)'
  return {
    kind: 'permissions',
    severity: 'notice',
    message:
      `No AWS credentials on this pull_request run${from} (GitHub gives pull requests from forks, and Dependabot's, no secrets), ` +
      `so this is a dry run instead: nothing was written to ${where}. Set require-credentials: true to fail such runs instead.`
  }
}

/**
 * Where credentials could come from, or null when nowhere. "No credentials" means: no
 * aws-access-key-id input, none of the variables the SDK's default chain reads (keys, profile,
 * web identity, container), no OIDC token for this job, no AWS config or credentials file, and a
 * GitHub-hosted runner (a self-hosted one may have an instance role no variable shows).
 */
export function credentialSource(read: Read, env: NodeJS.ProcessEnv): string | null {
  if (read('aws-access-key-id').trim()) return 'inputs'
  const variables = [
    'AWS_ACCESS_KEY_ID',
    'AWS_PROFILE',
    'AWS_WEB_IDENTITY_TOKEN_FILE',
    'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
    'ACTIONS_ID_TOKEN_REQUEST_URL'
  ]
  const variable = variables.find((name) => env[name]?.trim())
  if (variable) return variable
  const home = env.HOME || os.homedir()
  const files = [
    env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, '.aws', 'credentials'),
    env.AWS_CONFIG_FILE || path.join(home, '.aws', 'config')
  ]
  const file = files.find((name) => existsSync(name))
  if (file) return file
  if (env.RUNNER_ENVIRONMENT === 'self-hosted') return 'the self-hosted runner (instance or container role)'
  return null
}

function readPullRequestEvent(env: NodeJS.ProcessEnv): PullRequestEvent | null {
  const name = env.GITHUB_EVENT_NAME ?? ''
  if (!COMMENT_EVENTS.has(name) || !env.GITHUB_EVENT_PATH) return null
  let payload: unknown
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
  } catch {
    return null // not a runner's event file: neither a comment nor the fallback applies
  }
  const pull = (payload as { pull_request?: Record<string, unknown> } | null)?.pull_request
  if (!pull || typeof pull.number !== 'number') return null
  const head = pull.head as { sha?: unknown; repo?: { full_name?: unknown } | null } | undefined
  const base = pull.base as { repo?: { full_name?: unknown } | null } | undefined
  const headRepo = typeof head?.repo?.full_name === 'string' ? head.repo.full_name : undefined
  const fork = headRepo && headRepo !== base?.repo?.full_name ? headRepo : undefined
  return { name, number: pull.number, ...(typeof head?.sha === 'string' ? { headSha: head.sha } : {}), ...(fork ? { fork } : {}) }
}
