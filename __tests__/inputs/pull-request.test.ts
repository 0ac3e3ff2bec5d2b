import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { S3Destination } from '../../src/inputs/settings.js'
import { credentialSource, fallbackNotice, mayFallBack, resolvePullRequest } from '../../src/inputs/pull-request.js'

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''
const none = reader({})
const S3: S3Destination = { kind: 's3', bucket: 'site', prefix: 'static', region: 'us-east-1', forcePathStyle: false }

async function eventEnv(
  name: string,
  pull: unknown = {
    number: 3,
    head: { sha: 'abc', repo: { full_name: 'fork/site' } },
    base: { repo: { full_name: 'octo/site' } }
  }
) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cs3-event-'))
  await writeFile(path.join(dir, 'event.json'), JSON.stringify({ pull_request: pull }))
  return {
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'octo/site',
    HOME: dir, // no ~/.aws here
    RUNNER_ENVIRONMENT: 'github-hosted'
  } as NodeJS.ProcessEnv
}

describe('credentials on a pull request', () => {
  it('finds every source the SDK chain (or a later step) could use', async () => {
    const env = await eventEnv('pull_request')
    expect(credentialSource(none, env)).toBeNull()
    expect(credentialSource(reader({ 'aws-access-key-id': 'AKIA' }), env)).toBe('inputs')
    for (const name of [
      'AWS_ACCESS_KEY_ID',
      'AWS_PROFILE',
      'AWS_WEB_IDENTITY_TOKEN_FILE',
      'AWS_CONTAINER_CREDENTIALS_FULL_URI',
      'ACTIONS_ID_TOKEN_REQUEST_URL'
    ]) {
      expect(credentialSource(none, { ...env, [name]: 'x' })).toBe(name)
    }
    expect(credentialSource(none, { ...env, AWS_ACCESS_KEY_ID: '  ' })).toBeNull() // an unset secret is an empty string
    const file = path.join(env.HOME!, 'credentials')
    await writeFile(file, '[default]\n')
    expect(credentialSource(none, { ...env, AWS_SHARED_CREDENTIALS_FILE: file })).toBe(file)
    expect(credentialSource(none, { ...env, RUNNER_ENVIRONMENT: 'self-hosted' })).toMatch(/self-hosted/)
  })

  it('falls back to a dry run only on pull_request, for S3 or no bucket at all, when not asked otherwise', async () => {
    const env = await eventEnv('pull_request')
    expect(mayFallBack(none, env, false)).toBe(true)
    expect(mayFallBack(reader({ 'require-credentials': 'true' }), env, false)).toBe(false)
    expect(mayFallBack(none, env, true)).toBe(false) // already a dry run: nothing to explain
    expect(mayFallBack(reader({ 'aws-access-key-id': 'AKIA' }), env, false)).toBe(false)
    expect(mayFallBack(none, await eventEnv('pull_request_target'), false)).toBe(false)
    expect(mayFallBack(none, { ...env, GITHUB_EVENT_NAME: 'push' }, false)).toBe(false)
    expect(() => mayFallBack(reader({ 'require-credentials': 'maybe' }), env, false)).toThrow("Input 'require-credentials'")
    expect(fallbackNotice(env, S3)).toMatchObject({ kind: 'permissions', severity: 'notice' })
    expect(fallbackNotice(env, S3)!.message).toMatch(/from the fork fork\/site .*nothing was written to s3:\/\/site\./)
    expect(fallbackNotice(env, null)!.message).toContain('no bucket was given either')
    expect(fallbackNotice(env, { kind: 'folder', root: '/tmp/x' })).toBeNull() // a folder needs no credentials: the run goes ahead
  })

  it('describes where the comment goes, only when asked and on a pull request event', async () => {
    const env = { ...(await eventEnv('pull_request_target')), GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'static', GITHUB_RUN_ID: '5' }
    expect(resolvePullRequest(reader({ 'pr-comment': 'true', 'github-token': 'tok' }), env)).toEqual({
      owner: 'octo',
      repo: 'site',
      number: 3,
      token: 'tok',
      apiUrl: 'https://api.github.com',
      commentKey: 'CI / static',
      headSha: 'abc',
      runUrl: 'https://github.com/octo/site/actions/runs/5'
    })
    expect(resolvePullRequest(reader({ 'pr-comment': 'false' }), env)).toBeNull()
    expect(resolvePullRequest(reader({ 'pr-comment': 'true' }), { ...env, GITHUB_EVENT_NAME: 'push' })).toBeNull()
    expect(resolvePullRequest(reader({ 'pr-comment': 'true' }), { ...env, GITHUB_EVENT_PATH: '/nonexistent.json' })).toBeNull()
  })
})
