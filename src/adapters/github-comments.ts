// The GitHub API behind a small interface: find the plan comment by its marker and update it, or
// create it. Only this file imports @actions/github.
import type * as GitHub from '@actions/github'

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

export interface PullRequestComments {
  /** Updates the first comment on the pull request that contains `marker`, or creates one. */
  upsert(pull: PullRequestRef, marker: string, body: string): Promise<{ action: 'created' | 'updated'; url: string }>
}

/** A failed GitHub API call: the HTTP status (403 for a read-only token) and GitHub's message. */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number | undefined,
    message: string
  ) {
    super(message)
    this.name = 'GitHubApiError'
  }
}

// A comment must never hold up the step for long.
const REQUEST_TIMEOUT_MS = 20_000

export function createGitHubComments(token: string, apiUrl: string): PullRequestComments {
  const request = () => ({ request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } })
  return {
    async upsert(pull, marker, body) {
      const where = { owner: pull.owner, repo: pull.repo }
      try {
        // Octokit is a large part of the bundle: only a run that comments loads it.
        const { getOctokit } = await import('@actions/github')
        const octokit = getOctokit(token, { baseUrl: apiUrl })
        const existing = await findComment(octokit, { ...where, issue_number: pull.number }, marker)
        if (existing !== undefined) {
          const updated = await octokit.rest.issues.updateComment({ ...where, comment_id: existing, body, ...request() })
          return { action: 'updated', url: updated.data.html_url }
        }
        const created = await octokit.rest.issues.createComment({ ...where, issue_number: pull.number, body, ...request() })
        return { action: 'created', url: created.data.html_url }
      } catch (error) {
        // Octokit reports a request that got no response (refused, timed out) as status 500.
        const { status, response } = error as { status?: unknown; response?: unknown }
        throw new GitHubApiError(
          typeof status === 'number' && response ? status : undefined,
          (error as Error).message ?? String(error)
        )
      }
    }
  }
}

type Octokit = ReturnType<typeof GitHub.getOctokit>

async function findComment(
  octokit: Octokit,
  issue: { owner: string; repo: string; issue_number: number },
  marker: string
): Promise<number | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...issue, per_page: 100 })
  for await (const page of pages) {
    const found = page.data.find((comment) => comment.body?.includes(marker))
    if (found) return found.id
  }
  return undefined
}
