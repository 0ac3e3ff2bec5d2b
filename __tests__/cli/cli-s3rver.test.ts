// The bundled command line end to end against a real S3-compatible server, run in the project
// folder as a user would: a dry run, an upload, a rerun with nothing to do, and bad options.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { cp, mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from '../helpers/run-dist.js'
import { runCli } from '../helpers/run-cli.js'
import { S3RVER_CREDENTIALS, startS3rver, type S3rverHandle } from '../helpers/s3rver.js'

const CASE = path.join(REPO_ROOT, '__fixtures__/conformance/cases/manifest-references')
let server: S3rverHandle
let client: S3Client
let project: string
let expectedKeys: string[]

const credentials = {
  AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey
}

beforeAll(async () => {
  server = await startS3rver()
  await server.createBucket('site')
  client = new S3Client({ region: 'us-east-1', endpoint: server.endpoint, forcePathStyle: true, credentials: S3RVER_CREDENTIALS })
  project = await mkdtemp(path.join(os.tmpdir(), 'cs3-cli-'))
  await cp(CASE, project, { recursive: true })
  const collected = JSON.parse(await readFile(path.join(CASE, 'expected/collected.json'), 'utf8')) as { path: string }[]
  expectedKeys = collected.map((file) => `static/${file.path}`).sort()
})

afterAll(async () => {
  client?.destroy()
  await server?.stop()
})

function flags(...extra: string[]): string[] {
  // The report beside the project, not in the shared temp folder.
  const report = ['--report-file', path.join(project, '..', `${path.basename(project)}-report.json`)]
  return ['--settings', 'config/settings.py', '--prefix', 'static', `--endpoint-url=${server.endpoint}`, ...report, ...extra]
}

async function bucketKeys(): Promise<string[]> {
  const listed = await client.send(new ListObjectsV2Command({ Bucket: 'site', Prefix: 'static/' }))
  return (listed.Contents ?? [])
    .map((object) => object.Key!)
    .filter((key) => !key.startsWith('static/.collectstatic-s3/'))
    .sort()
}

describe('collectstatic-s3 on the command line', () => {
  it('plans a dry run without credentials and writes nothing', async () => {
    const run = await runCli(flags('--bucket', 'site', '--dry-run'), { cwd: project })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`collectstatic-s3 (dry run): would upload ${expectedKeys.length} files`)
    expect(run.stdout).toMatch(/^To upload: \d+ files/m)
    expect(run.stdout).toMatch(/^ {2}Path +Source +Size +Reason$/m)
    expect(run.stdout).toContain('Dry run: nothing was written.')
    expect(run.stdout).toMatch(/^Effective settings$/m)
    // Piped, so no colour and no progress line.
    expect(run.stdout).not.toMatch(/\x1b\[/)
    expect(await bucketKeys()).toEqual([])
  })

  it('uploads the collection with credentials from the environment, then has nothing to do on a rerun', async () => {
    const first = await runCli(flags('--bucket', 'site'), { cwd: project, env: credentials })
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(new RegExp(`^collectstatic-s3: uploaded ${expectedKeys.length} files`, 'm'))
    expect(first.stdout).toMatch(/^Uploaded: \d+ files/m)
    expect(first.stdout).toContain('→ s3://site/static')
    const keys = await bucketKeys()
    for (const key of expectedKeys) expect(keys).toContain(key)
    expect(keys).toContain('static/staticfiles.json')

    const second = await runCli(flags('--bucket', 'site'), { cwd: project, env: credentials })
    expect(second.code).toBe(0)
    expect(second.stdout).toContain('collectstatic-s3: uploaded 0 files (0 B)')
    expect(second.stdout).toMatch(/^Skipped: \d+ files \(.*\), unchanged$/m)
    expect(second.stdout).not.toMatch(/^Uploaded:/m)
    expect(await bucketKeys()).toEqual(keys)
  })

  it('exits 1 with the error on stderr when the run fails, and never prints the secret', async () => {
    const run = await runCli(flags('--bucket=no-such-bucket'), { cwd: project, env: credentials })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^collectstatic-s3 failed: .*no-such-bucket/m)
    expect(run.stdout + run.stderr).not.toContain(S3RVER_CREDENTIALS.secretAccessKey + '\n')
  })

  it('names an unknown option, suggests the right one and exits 1 before doing anything', async () => {
    const run = await runCli(['--bukcet', 'site'], { cwd: project })
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      "collectstatic-s3: Unknown option '--bukcet'. Did you mean '--bucket'? Run 'collectstatic-s3 --help' for the options.\n"
    )
  })

  it('names the option whose value is wrong', async () => {
    const run = await runCli(flags('--dry-run', '--concurrency', 'many'), { cwd: project })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("collectstatic-s3 failed: Option '--concurrency': 'many' is not a whole number")
  })

  it('asks for the value of an option given without one', async () => {
    const run = await runCli(['--bucket'], { cwd: project })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("Option '--bucket' needs a value.")
  })
})
