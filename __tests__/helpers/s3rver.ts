// A real S3-compatible server for integration tests: s3rver 3.7.1 in a child process, on
// 127.0.0.1 with a free port and a temp directory.
//
// Known s3rver faults are worked around here, not in the action:
// - it encrypts continuation tokens with DES, which OpenSSL 3 only has in the legacy provider
//   (hence `--openssl-legacy-provider`);
// - its listing walks the directory tree in file-system order, not key order, so a paginated
//   listing skips or repeats keys when a file name sorts before a sibling directory
//   (`css/fonts.css` vs `css/fonts/…`): the child re-sorts each listing by key bytes;
// - it does not decode aws-chunked bodies (the target's WHEN_REQUIRED checksum setting for
//   custom endpoints avoids them);
// - a completed multipart upload gets a plain MD5 ETag (AWS gives `md5-of-md5s-N`).
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

/** s3rver's built-in account. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export interface S3rverHandle {
  endpoint: string
  dir: string
  createBucket(name: string): Promise<void>
  stop(): Promise<void>
}

const CHILD = `
const S3rver = require(process.env.S3RVER_MAIN)
const FilesystemStore = require(process.env.S3RVER_STORE)
const byBytes = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))
const listObjects = FilesystemStore.prototype.listObjects
FilesystemStore.prototype.listObjects = async function (bucket, options) {
  const { startAfter = '', maxKeys = Infinity } = options
  const all = await listObjects.call(this, bucket, { ...options, startAfter: '', maxKeys: Infinity })
  const objects = all.objects.filter((o) => byBytes(o.key, startAfter) > 0).sort((a, b) => byBytes(a.key, b.key))
  return {
    objects: objects.slice(0, maxKeys),
    commonPrefixes: all.commonPrefixes.filter((p) => byBytes(p, startAfter) > 0),
    isTruncated: objects.length > maxKeys
  }
}
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: process.env.S3RVER_DIR })
server.run().then(
  (address) => process.stdout.write(JSON.stringify({ port: address.port }) + '\\n'),
  (error) => { console.error(error); process.exit(1) }
)
const stop = () => server.close().finally(() => process.exit(0))
process.on('SIGTERM', stop)
process.stdin.on('end', stop)
process.stdin.resume()
`

export async function startS3rver(): Promise<S3rverHandle> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 's3rver-'))
  const require = createRequire(import.meta.url)
  const main = require.resolve('s3rver')
  const child = spawn(process.execPath, ['--openssl-legacy-provider', '-e', CHILD], {
    env: { ...process.env, NODE_OPTIONS: '', S3RVER_DIR: dir, S3RVER_MAIN: main, S3RVER_STORE: path.join(path.dirname(main), 'stores/filesystem.js') },
    stdio: ['pipe', 'pipe', 'pipe']
  })
  const port = await waitForPort(child)
  const endpoint = `http://127.0.0.1:${port}`
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    endpoint,
    dir,
    async createBucket(name) {
      const client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: S3RVER_CREDENTIALS })
      try {
        await client.send(new CreateBucketCommand({ Bucket: name }))
      } finally {
        client.destroy()
      }
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
      await rm(dir, { recursive: true, force: true })
    }
  }
}

function waitForPort(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    const timer = setTimeout(() => fail(new Error(`s3rver did not start within 15 s: ${stderr}`)), 15_000)
    const fail = (error: Error) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(error)
    }
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const line = stdout.split('\n').find((candidate) => candidate.startsWith('{'))
      if (!line) return
      clearTimeout(timer)
      resolve((JSON.parse(line) as { port: number }).port)
    })
    child.once('exit', (code) => fail(new Error(`s3rver exited (${code}) before listening: ${stderr}`)))
  })
}
