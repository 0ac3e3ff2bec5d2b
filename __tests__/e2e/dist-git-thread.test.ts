// The bundles ask git on a helper thread started from their own entry (dist/index.js, and
// dist/cli/index.js for the command line): a rerun on a fresh checkout reads no file, and a
// file changed after checkout is still read and uploaded.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { once } from 'node:events'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { gitVouchedFiles } from '../../src/adapters/git-files.js'
import { unpack } from '../../src/adapters/git-thread.js'
import { REPO_ROOT, runDist } from '../helpers/run-dist.js'
import { runCli } from '../helpers/run-cli.js'
import { freshClone, gitRepo } from '../helpers/git-repo.js'
import { S3RVER_CREDENTIALS, startS3rver, type S3rverHandle } from '../helpers/s3rver.js'

const FILES: Record<string, string> = {
  'assets/css/site.css': 'body { color: red }\n',
  'assets/js/app.js': 'console.log("app")\n',
  'assets/img/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>'
}
const CHANGED = 'console.log("changed after checkout")\n'

let server: S3rverHandle
let scratch: string
let source: string
let clones = 0

beforeAll(async () => {
  server = await startS3rver()
  scratch = await mkdtemp(path.join(os.tmpdir(), 'dist-git-thread-'))
  source = await gitRepo(FILES)
}, 30_000)

afterAll(async () => {
  await server?.stop()
  await rm(scratch, { recursive: true, force: true })
  await rm(source, { recursive: true, force: true })
})

interface Reads {
  reads: { bytesRead: number; digestsReused: number }
  files: { path: string; action: string }[]
}

const checkout = () => freshClone(source, path.join(scratch, `clone-${++clones}`))
const reportFile = () => path.join(scratch, `report-${++clones}.json`)

async function action(project: string, bucket: string): Promise<Reads> {
  const report = reportFile()
  const run = await runDist({
    'working-directory': project,
    'static-dirs': 'assets',
    bucket,
    'endpoint-url': server.endpoint,
    'aws-access-key-id': S3RVER_CREDENTIALS.accessKeyId,
    'aws-secret-access-key': S3RVER_CREDENTIALS.secretAccessKey,
    'report-file': report
  })
  expect(run.stdout).not.toContain('::error')
  expect(run.code).toBe(0)
  return JSON.parse(await readFile(report, 'utf8')) as Reads
}

async function commandLine(project: string, bucket: string): Promise<Reads> {
  const report = reportFile()
  const flags = ['--static-dirs', 'assets', '--bucket', bucket, `--endpoint-url=${server.endpoint}`, '--report-file', report]
  const credentials = {
    AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey
  }
  const run = await runCli(flags, { cwd: project, env: credentials })
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  return JSON.parse(await readFile(report, 'utf8')) as Reads
}

const uploaded = (report: Reads) => report.files.filter((file) => file.action === 'upload').map((file) => file.path)

describe.each([
  ['dist/index.js', action],
  ['dist/cli/index.js', commandLine]
])('%s on a fresh checkout', (name, deploy) => {
  it('reads nothing git vouches for, and reads a file changed after checkout', async () => {
    const bucket = `thread-${name.includes('cli') ? 'cli' : 'action'}`
    await server.createBucket(bucket)
    expect((await deploy(checkout(), bucket)).reads.digestsReused).toBe(0)

    const rerun = await deploy(checkout(), bucket)
    expect(rerun.reads).toEqual({ bytesRead: 0, digestsReused: 3 })
    expect(uploaded(rerun)).toEqual([])

    const project = checkout()
    await writeFile(path.join(project, 'assets/js/app.js'), CHANGED)
    const changed = await deploy(project, bucket)
    expect(changed.reads).toEqual({ bytesRead: Buffer.byteLength(CHANGED), digestsReused: 2 })
    expect(uploaded(changed)).toEqual(['js/app.js'])
  }, 60_000)
})

describe.each(['dist/index.js', 'dist/cli/index.js'])('%s started as a helper thread', (entry) => {
  it("answers git's job and does nothing else", async () => {
    const root = checkout()
    const worker = new Worker(path.join(REPO_ROOT, entry), {
      workerData: { job: 'collectstatic-s3/git-vouched-files', projectRoot: root },
      stdout: true
    })
    const output: Buffer[] = []
    worker.stdout.on('data', (chunk: Buffer) => output.push(chunk))
    const [answer] = (await once(worker, 'message')) as [Parameters<typeof unpack>[0]]
    await once(worker, 'exit')
    expect(unpack(answer)).toEqual(await gitVouchedFiles(root))
    expect(unpack(answer).size).toBe(3)
    expect(Buffer.concat(output).toString('utf8')).toBe('')
  }, 30_000)
})
