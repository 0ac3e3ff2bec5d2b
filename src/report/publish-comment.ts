// Posts (or updates) the plan comment on the pull request. A comment is a courtesy: whatever goes
// wrong here becomes a notice or a warning, never a failed step.
import { createGitHubComments, GitHubApiError, type PullRequestComments } from '../adapters/github-comments.js'
import type { Toolkit } from '../adapters/toolkit.js'
import type { PullRequestSettings, Settings } from '../inputs/settings.js'
import type { Problem } from '../model.js'
import {
  commentMarker,
  renderFailureComment,
  renderPlanComment,
  type CommentContext,
  type InvalidationPreview
} from './pr-comment.js'
import type { Report } from './report.js'

export type ConnectGitHub = (token: string, apiUrl: string) => PullRequestComments

/** After a run that planned: the plan (and, once the CDN step passes it, what would be invalidated). */
export async function commentPlan(
  settings: Settings,
  report: Report,
  toolkit: Toolkit,
  options: { invalidation?: InvalidationPreview; connect?: ConnectGitHub } = {}
): Promise<void> {
  const pull = settings.pullRequest
  if (!pull) return
  const context = commentContext(settings, pull, options.invalidation)
  await publishPlanComment(context.marker, renderPlanComment(report, context), pull, toolkit, options.connect)
}

/** After a run that stopped before planning, so the comment does not keep showing an older plan. */
export async function commentFailure(
  settings: Settings,
  message: string,
  problems: Problem[],
  toolkit: Toolkit,
  connect?: ConnectGitHub
): Promise<void> {
  const pull = settings.pullRequest
  if (!pull) return
  const context = commentContext(settings, pull)
  await publishPlanComment(context.marker, renderFailureComment(message, problems, context), pull, toolkit, connect)
}

function commentContext(settings: Settings, pull: PullRequestSettings, invalidation?: InvalidationPreview): CommentContext {
  return {
    marker: commentMarker(pull.commentKey, targetKey(settings)),
    ...(pull.headSha ? { headSha: pull.headSha } : {}),
    ...(pull.runUrl ? { runUrl: pull.runUrl } : {}),
    ...(settings.forcedDryRun ? { forcedDryRun: settings.forcedDryRun } : {}),
    ...(invalidation ? { invalidation } : {})
  }
}

/** The destination as settings name it, the same whether the run planned, failed or was a dry run. */
function targetKey(settings: Settings): string {
  const destination = settings.destination
  if (!destination) return 'none'
  return destination.kind === 's3' ? `s3://${destination.bucket}/${destination.prefix}` : destination.root
}

export async function publishPlanComment(
  marker: string,
  body: string,
  pull: PullRequestSettings,
  toolkit: Toolkit,
  connect: ConnectGitHub = createGitHubComments
): Promise<void> {
  if (!pull.token) {
    toolkit.notice(
      'pr-comment: github-token is empty, so no plan comment was posted. Leave github-token at its default (the job token).'
    )
    return
  }
  try {
    const result = await connect(pull.token, pull.apiUrl).upsert(pull, marker, body)
    toolkit.info(`collectstatic-s3: ${result.action} the plan comment on pull request #${pull.number}: ${result.url}`)
  } catch (error) {
    const status = error instanceof GitHubApiError ? error.status : undefined
    const message = error instanceof Error ? error.message : String(error)
    if (status === 403 || status === 404) {
      toolkit.notice(
        `pr-comment: skipped, the token cannot comment on pull request #${pull.number} (${status}: ${message}). ` +
          'Pull requests from forks get a read-only token; otherwise give the job `permissions: pull-requests: write`.'
      )
    } else {
      toolkit.warning(
        `pr-comment: the plan comment on pull request #${pull.number} could not be posted (${status ? `${status}: ` : ''}${message}). The deploy itself is not affected.`
      )
    }
  }
}
