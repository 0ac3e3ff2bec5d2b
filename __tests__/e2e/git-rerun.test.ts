// A rerun on a fresh checkout reads no file git vouches for, and never skips one that changed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fakeToolkit } from '../../__fixtures__/fake-toolkit.js'
import { actionDefaults } from '../../__fixtures__/action-defaults.js'
import { run } from '../../src/main.js'
import type { Report } from '../../src/report/report.js'
import { freshClone, git, gitRepo } from '../helpers/git-repo.js'
import { S3RVER_CREDENTIALS, startS3rver, type S3rverHandle } from '../helpers/s3rver.js'

let server: S3rverHandle
let scratch: string
let source: string
let buckets = 0

const FILES: Record<string, string> = {
  'assets/css/site.css': '@import "base.css";\nbody { background: url("../img/logo.svg") }\n',
  'assets/css/base.css': 'html { margin: 0 }\n',
  'assets/img/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'assets/js/app.js': 'console.log("app")\n',
  'assets/big.bin': 'x'.repeat(9 * 1024 * 1024)
}

beforeAll(async () => {
  server = await startS3rver()
  scratch = await mkdtemp(path.join(os.tmpdir(), 'git-rerun-'))
  source = await gitRepo(FILES)
}, 30_000)

afterAll(async () => {
  await server?.stop()
  await rm(scratch, { recursive: true, force: true })
  await rm(source, { recursive: true, force: true })
})

let checkouts = 0
function checkout(): string {
  return freshClone(source, path.join(scratch, `checkout-${++checkouts}`))
}

async function deploy(project: string, bucket: string, extra: Record<string, string> = {}): Promise<Report> {
  const reportFile = path.join(scratch, `report-${++checkouts}.json`)
  const toolkit = fakeToolkit(
    {
      'working-directory': project,
      'static-dirs': 'assets',
      apps: '',
      bucket,
      'endpoint-url': server.endpoint,
      'aws-access-key-id': S3RVER_CREDENTIALS.accessKeyId,
      'aws-secret-access-key': S3RVER_CREDENTIALS.secretAccessKey,
      'report-file': reportFile,
      ...extra
    },
    actionDefaults()
  )
  await run(toolkit, { GITHUB_WORKSPACE: project })
  expect(toolkit.failed).toBeNull()
  return JSON.parse(await readFile(reportFile, 'utf8')) as Report
}

const totalBytes = Object.values(FILES).reduce((sum, text) => sum + Buffer.byteLength(text), 0)

describe.each([
  ['plain', {}],
  ['manifest', { manifest: 'true' }]
])('a rerun with git (%s)', (_, extra: Record<string, string>) => {
  it('reads nothing on a fresh checkout of the same commit, and reads and uploads a file changed after it', async () => {
    const bucket = `git-${++buckets}`
    await server.createBucket(bucket)
    const cold = await deploy(checkout(), bucket, extra)
    expect(cold.reads.digestsReused).toBe(0)
    expect(cold.reads.bytesRead).toBe(totalBytes)

    const rerun = await deploy(checkout(), bucket, extra)
    expect(rerun.totals.uploaded).toBe(0)
    expect(rerun.reads).toEqual({ bytesRead: 0, digestsReused: 5 })

    const project = checkout()
    await writeFile(path.join(project, 'assets/js/app.js'), 'console.log("changed by a build step")\n')
    const changed = await deploy(project, bucket, extra)
    expect(changed.reads.bytesRead).toBe(Buffer.byteLength('console.log("changed by a build step")\n'))
    expect(changed.files.filter((file) => file.action === 'upload').map((file) => file.path)).toEqual(
      extra.manifest ? ['js/app.js', expect.stringMatching(/^js\/app\.[0-9a-f]{12}\.js$/), 'staticfiles.json'] : ['js/app.js']
    )
  }, 60_000)
})

describe('a rerun without git', () => {
  it('reads every file, as before', async () => {
    const bucket = `git-${++buckets}`
    await server.createBucket(bucket)
    const project = checkout()
    await deploy(project, bucket)
    await rm(path.join(project, '.git'), { recursive: true })
    const rerun = await deploy(project, bucket)
    expect(rerun.reads).toEqual({ bytesRead: totalBytes, digestsReused: 0 })
    expect(rerun.totals.uploaded).toBe(0)
    expect(git(source, 'status', '--porcelain')).toBe('')
  }, 60_000)
})
