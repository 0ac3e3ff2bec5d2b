// The plan comment through the real GitHub adapter (@actions/github) against nock'ed api.github.com:
// create, update the same comment (found by its marker, across pages), a read-only token, an outage.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import nock from 'nock'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { actionDefaults } from '../../__fixtures__/action-defaults.js'
import { fakeToolkit, type FakeToolkit } from '../../__fixtures__/fake-toolkit.js'
import { run } from '../../src/main.js'
import { blockNetwork, restoreNetwork } from '../helpers/nock.js'

const API = 'https://api.github.com'
const COMMENTS = '/repos/octo/site/issues/5/comments'
const MARKER = '<!-- collectstatic-s3 plan: CI / static none -->'
let project: string
let env: NodeJS.ProcessEnv

beforeAll(async () => {
  blockNetwork()
  project = await mkdtemp(path.join(os.tmpdir(), 'cs3-prc-'))
  await mkdir(path.join(project, 'assets/css'), { recursive: true })
  await mkdir(path.join(project, 'other/css'), { recursive: true })
  await writeFile(path.join(project, 'assets/css/site.css'), 'body { margin: 0 }\n')
  await writeFile(path.join(project, 'other/css/site.css'), 'body { margin: 1px }\n')
  const eventPath = path.join(project, 'event.json')
  const pull = {
    number: 5,
    head: { sha: 'feedface0123456789', repo: { full_name: 'octo/site' } },
    base: { repo: { full_name: 'octo/site' } }
  }
  await writeFile(eventPath, JSON.stringify({ action: 'synchronize', pull_request: pull }))
  env = {
    GITHUB_WORKSPACE: project,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/site',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'static',
    GITHUB_RUN_ID: '99',
    GITHUB_SERVER_URL: 'https://github.com'
  }
})

afterEach(() => {
  expect(nock.pendingMocks()).toEqual([])
  nock.cleanAll()
})

afterAll(() => restoreNetwork())

async function dryRun(inputs: Record<string, string> = {}, runEnv = env): Promise<FakeToolkit> {
  const base = {
    'working-directory': project,
    'static-dirs': 'assets\nother',
    'dry-run': 'true',
    'pr-comment': 'true',
    'github-token': 't0ken'
  }
  const toolkit = fakeToolkit({ ...base, 'report-file': path.join(project, 'report.json'), ...inputs }, actionDefaults())
  await run(toolkit, runEnv)
  return toolkit
}

describe('plan comment on GitHub', () => {
  it('creates one comment with the marker, the plan and a link to the run', async () => {
    let posted = ''
    nock(API, { reqheaders: { authorization: 'token t0ken' } })
      .get(COMMENTS)
      .query({ per_page: '100' })
      .reply(200, [{ id: 1, body: 'LGTM' }])
      .post(COMMENTS, (body: { body: string }) => ((posted = body.body), true))
      .reply(201, { id: 42, html_url: 'https://github.com/octo/site/pull/5#issuecomment-42' })
    const toolkit = await dryRun()
    expect(toolkit.failed).toBeNull()
    expect(posted.startsWith(`${MARKER}\n`)).toBe(true)
    expect(posted).toContain('### collectstatic-s3 plan: would upload 1 file')
    expect(posted).toContain('Duplicates: 1 path provided by more than one source')
    expect(posted).toContain('Updated for feedface0123 · [workflow run](https://github.com/octo/site/actions/runs/99)')
    expect(toolkit.logs).toContain(
      'collectstatic-s3: created the plan comment on pull request #5: https://github.com/octo/site/pull/5#issuecomment-42'
    )
  })

  it('updates the comment carrying the marker on a later run, looking through every page', async () => {
    let patched = ''
    const page1 = Array.from({ length: 100 }, (_, i) => ({ id: i + 1, body: `comment ${i}` }))
    nock(API)
      .get(COMMENTS)
      .query({ per_page: '100' })
      .reply(200, page1, {
        link: `<${API}${COMMENTS}?per_page=100&page=2>; rel="next", <${API}${COMMENTS}?per_page=100&page=2>; rel="last"`
      })
      .get(COMMENTS)
      .query({ per_page: '100', page: '2' })
      .reply(200, [
        { id: 7, body: '<!-- collectstatic-s3 plan: CI / other none -->' },
        { id: 4242, body: `${MARKER}\nold plan` }
      ])
      .patch('/repos/octo/site/issues/comments/4242', (body: { body: string }) => ((patched = body.body), true))
      .reply(200, { id: 4242, html_url: 'https://github.com/octo/site/pull/5#issuecomment-4242' })
    const toolkit = await dryRun()
    expect(toolkit.failed).toBeNull()
    expect(patched).toContain('would upload 1 file')
    expect(toolkit.logs.some((line) => line.includes('updated the plan comment on pull request #5'))).toBe(true)
  })

  it('skips with a notice when the token is read-only (a pull request from a fork)', async () => {
    nock(API)
      .get(COMMENTS)
      .query(true)
      .reply(200, [])
      .post(COMMENTS)
      .reply(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' })
    const toolkit = await dryRun()
    expect(toolkit.failed).toBeNull()
    const notice = toolkit.annotations.find((a) => a.level === 'notice' && a.message.startsWith('pr-comment:'))
    expect(notice?.message).toMatch(
      /skipped, the token cannot comment on pull request #5 \(403: Resource not accessible by integration/
    )
    expect(notice?.message).toContain('permissions: pull-requests: write')
    expect(toolkit.annotations.filter((a) => a.level !== 'notice')).toEqual([expect.objectContaining({ level: 'warning' })]) // the duplicate only
  })

  it('warns but never fails the step when GitHub is down', async () => {
    nock(API).get(COMMENTS).query(true).reply(502, 'Bad Gateway')
    const toolkit = await dryRun()
    expect(toolkit.failed).toBeNull()
    expect(
      toolkit.annotations.some((a) => a.level === 'warning' && /pr-comment: .*could not be posted \(502/.test(a.message))
    ).toBe(true)
  })

  it('puts the failure of a run that stopped before planning in the same comment', async () => {
    let posted = ''
    nock(API)
      .get(COMMENTS)
      .query(true)
      .reply(200, [{ id: 4242, body: `${MARKER}\nold plan` }])
      .patch('/repos/octo/site/issues/comments/4242', (body: { body: string }) => ((posted = body.body), true))
      .reply(200, { id: 4242, html_url: 'https://github.com/octo/site/pull/5#issuecomment-4242' })
    const toolkit = await dryRun({ 'fail-on': 'duplicates' })
    expect(toolkit.failed).toMatch(/css\/site\.css/)
    expect(posted).toContain('### collectstatic-s3 failed: nothing was written')
    expect(posted).toContain('css/site.css')
  })

  it('posts nothing outside pull request events, or when pr-comment is off', async () => {
    const push = await dryRun({}, { ...env, GITHUB_EVENT_NAME: 'push' })
    expect(push.failed).toBeNull()
    const off = await dryRun({ 'pr-comment': 'false' })
    expect(off.failed).toBeNull()
    // No interceptor was set: any request would have failed the run's comment with a warning.
    expect([...push.annotations, ...off.annotations].filter((a) => a.message.startsWith('pr-comment'))).toEqual([])
  })
})
