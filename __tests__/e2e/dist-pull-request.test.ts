// Pull request runs of the bundled action, as the runner runs them: the fork fallback (no
// credentials → an explained dry run), require-credentials, and a run with credentials that deploys.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { runDist } from '../helpers/run-dist.js'
import { S3RVER_CREDENTIALS, startS3rver, type S3rverHandle } from '../helpers/s3rver.js'

let server: S3rverHandle
let project: string
let forkEvent: Record<string, string>
let closedPort: number

beforeAll(async () => {
  server = await startS3rver()
  await server.createBucket('previews')
  project = await mkdtemp(path.join(os.tmpdir(), 'cs3-pr-'))
  await mkdir(path.join(project, 'assets/css'), { recursive: true })
  await writeFile(path.join(project, 'assets/css/site.css'), 'body { margin: 0 }\n')
  await writeFile(path.join(project, 'assets/app.js'), 'console.log(1)\n')
  const eventPath = path.join(project, 'event.json')
  const pull = {
    number: 12,
    head: { sha: 'c0ffee', repo: { full_name: 'someone/site' } },
    base: { repo: { full_name: 'octo/site' } }
  }
  await writeFile(eventPath, JSON.stringify({ action: 'opened', pull_request: pull }))
  closedPort = await freePort()
  forkEvent = {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/site',
    RUNNER_ENVIRONMENT: 'github-hosted',
    // Nothing listens here: the comment fails at once, and must not fail the step.
    GITHUB_API_URL: `http://127.0.0.1:${closedPort}`,
    AWS_EC2_METADATA_DISABLED: 'true'
  }
})

afterAll(async () => {
  await server?.stop()
})

function inputs(extra: Record<string, string> = {}) {
  return {
    'working-directory': project,
    'static-dirs': 'assets',
    bucket: 'previews',
    prefix: 'pr-12',
    'endpoint-url': server.endpoint,
    ...extra
  }
}

interface ReportShape {
  dryRun: boolean
  target: string
  problems: { severity: string; message: string }[]
}

describe('dist/index.js on pull_request events', () => {
  it('does an explained dry run instead of failing when a fork’s run has no credentials', async () => {
    const run = await runDist(inputs({ 'pr-comment': 'true', 'github-token': 'read-only' }), forkEvent)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /::notice ?::No AWS credentials on this pull_request run from the fork someone\/site .*so this is a dry run instead: nothing was written to s3:\/\/previews\. Set require-credentials: true/
    )
    expect(run.stdout).toMatch(
      /::warning::pr-comment: the plan comment on pull request #12 could not be posted \(connect ECONNREFUSED/
    )
    expect(run.outputs).toMatchObject({ uploaded: '2', failed: '0', target: 's3://previews/pr-12 (dry run)' })
    const report = run.report as ReportShape
    expect(report.dryRun).toBe(true)
    expect(run.summary).toContain('collectstatic-s3 (dry run): would upload 2 files')
    expect(run.summary).toContain('no AWS credentials on this pull_request run (see the notice)')
  })

  it('also when the bucket came from a secret, which is empty on a fork', async () => {
    const run = await runDist(inputs({ bucket: '' }), forkEvent)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/::notice ?::No AWS credentials .*nothing was written to S3 \(no bucket was given either/)
    expect(run.outputs).toMatchObject({ uploaded: '2', target: 'none' })
  })

  it('fails as before when require-credentials is true', async () => {
    const run = await runDist(inputs({ 'require-credentials': 'true' }), forkEvent)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::.*No AWS credentials found/)
    expect(run.stdout).not.toContain('so this is a dry run instead')
  })

  it('fails as before outside pull_request events (a push has the secrets, so missing ones are a mistake)', async () => {
    const run = await runDist(inputs(), { ...forkEvent, GITHUB_EVENT_NAME: 'pull_request_target' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::.*No AWS credentials found/)
  })

  it('deploys for real when the pull_request run has credentials (a same-repository pull request)', async () => {
    const credentials = {
      AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey
    }
    const run = await runDist(inputs(), { ...forkEvent, ...credentials })
    expect(run.stdout).not.toContain('::error')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ uploaded: '2', target: `s3://previews/pr-12 at ${server.endpoint}` })
    expect((run.report as ReportShape).dryRun).toBe(false)
    const again = await runDist(inputs(), { ...forkEvent, ...credentials })
    expect(again.outputs).toMatchObject({ uploaded: '0', skipped: '2' })
  })
})

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}
