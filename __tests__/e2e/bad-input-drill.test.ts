// The bad-input catalogue, run as the runner runs the action (dist/index.js, INPUT_* variables):
// each case exits 1 with an error that names the input and the fix, sends no request (the
// endpoint is a local server that counts them) and writes nothing (no STATIC_ROOT, no report).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT, runDist } from '../helpers/run-dist.js'

const CASE = path.join(REPO_ROOT, '__fixtures__/conformance/cases/manifest-references')
let server: Server
let endpoint: string
let requests = 0
let project: string
let scratch: string

beforeAll(async () => {
  server = createServer((request, response) => {
    requests++
    request.resume()
    response.writeHead(500).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  scratch = await mkdtemp(path.join(os.tmpdir(), 'cs3-badinput-'))
  project = path.join(scratch, 'project')
  await cp(CASE, project, { recursive: true })
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await rm(scratch, { recursive: true, force: true })
})

function s3Inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'working-directory': project,
    settings: 'config/settings.py',
    bucket: 'site',
    'endpoint-url': endpoint,
    'aws-access-key-id': 'AKIAEXAMPLE',
    'aws-secret-access-key': 'not-a-secret',
    ...extra
  }
}

/** [what is injected, inputs, the error (names the input and says what to do)] */
const CATALOGUE: Array<[string, () => Record<string, string>, RegExp]> = [
  [
    'bucket with forbidden characters',
    () => s3Inputs({ bucket: 'Invalid_Bucket!!' }),
    /Input 'bucket': 'Invalid_Bucket!!' is not a valid bucket name: '!' is not allowed.*Give the bucket's exact name/
  ],
  ['bucket too short', () => s3Inputs({ bucket: 'ab' }), /Input 'bucket': 'ab' .*2 characters long/],
  [
    'region with spaces',
    () => s3Inputs({ region: 'us east 1' }),
    /Input 'region': 'us east 1' is not a valid region\. Give the region the service expects/
  ],
  [
    'endpoint without scheme',
    () => s3Inputs({ 'endpoint-url': 'localhost:9000' }),
    /Input 'endpoint-url': 'localhost:9000' is not an http\(s\) URL.*e\.g\. https:\/\/minio/
  ],
  [
    'endpoint with a password',
    () => s3Inputs({ 'endpoint-url': 'http://user:pw@127.0.0.1:1' }),
    /Input 'endpoint-url': contains a user name or password\. Remove them/
  ],
  [
    'CacheControl not a string',
    () => s3Inputs({ 'object-parameters': '{"CacheControl": ["a"]}' }),
    /Input 'object-parameters': CacheControl must be a string, not an array/
  ],
  [
    'Expires not a date',
    () => s3Inputs({ 'object-parameters': '{"Expires": "not a date"}' }),
    /Input 'object-parameters': Expires "not a date" is not a date: give ISO 8601/
  ],
  [
    'unknown StorageClass',
    () => s3Inputs({ 'object-parameters': '{"StorageClass": "CHEAP"}' }),
    /Input 'object-parameters': StorageClass "CHEAP" is not one of: .*STANDARD/
  ],
  [
    'unknown ACL',
    () => s3Inputs({ 'object-parameters': '{"ACL": "public"}' }),
    /Input 'object-parameters': ACL "public" is not one of: .*public-read/
  ],
  [
    'Metadata value not a string',
    () => s3Inputs({ 'object-parameters': '{"Metadata": {"rev": 3}}' }),
    /Input 'object-parameters': Metadata must be an object of strings/
  ],
  [
    'unknown parameter name',
    () => s3Inputs({ 'object-parameters': '{"Acl": "private"}' }),
    /Input 'object-parameters': unknown key 'Acl'\. Use PutObject parameter names/
  ],
  [
    'object-parameters not JSON',
    () => s3Inputs({ 'object-parameters': '{ACL: private}' }),
    /Input 'object-parameters': is not valid JSON/
  ],
  [
    'boolean not a boolean',
    () => s3Inputs({ 'delete-removed': 'sure' }),
    /Input 'delete-removed': 'sure' is not a boolean\. Use true or false/
  ],
  ['concurrency 0', () => s3Inputs({ concurrency: '0' }), /Input 'concurrency': '0' is not a whole number from 1 to 1024/],
  [
    'half the credentials',
    () => s3Inputs({ 'aws-secret-access-key': '' }),
    /Input 'aws-secret-access-key': is empty while its partner is set/
  ],
  ['prefix escaping upwards', () => s3Inputs({ prefix: 'static/../admin' }), /Input 'prefix': .*contains '\.' or '\.\.'/],
  [
    'working-directory missing',
    () => s3Inputs({ 'working-directory': '/nonexistent/project' }),
    /Input 'working-directory': '\/nonexistent\/project' does not exist.*folder with manage\.py/
  ],
  [
    'credentials, no bucket, STATIC_ROOT in the settings',
    () => s3Inputs({ bucket: '', 'endpoint-url': '' }),
    /Input 'bucket': is empty while AWS credentials are given \(the aws-access-key-id input\).*STATIC_ROOT.*Set `bucket`/
  ]
]

describe('bad input: exit 1, the input and the fix named, no request sent, nothing written', () => {
  it.each(CATALOGUE)('%s', async (_what, inputs, error) => {
    requests = 0
    const run = await runDist(inputs())
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(new RegExp(`::error::${error.source}`))
    expect(run.stdout.match(/::error/g)).toHaveLength(1)
    expect(requests).toBe(0)
    // Only the failure report (issue 10: written on failures too), never a plan or a file.
    expect(run.report).toMatchObject({ failed: true, settings: [] })
    expect(existsSync(path.join(project, 'staticfiles'))).toBe(false)
    expect(run.summary).toContain('Nothing was written.')
    expect(run.stdout.replace('::add-mask::not-a-secret', '')).not.toContain('not-a-secret')
  })
})

describe('bad trees: stopped before the first request, naming the file', () => {
  async function treeProject(name: string, build: (assets: string) => Promise<void>): Promise<string> {
    const root = path.join(scratch, name)
    await mkdir(path.join(root, 'assets'), { recursive: true })
    await writeFile(path.join(root, 'assets', 'ok.css'), 'body {}')
    await build(path.join(root, 'assets'))
    return root
  }

  const treeInputs = (root: string, extra: Record<string, string> = {}) =>
    s3Inputs({ 'working-directory': root, settings: '', 'static-dirs': 'assets', prefix: 'static', ...extra })

  it('a key over 1,024 bytes (with the prefix and the hash)', async () => {
    const root = await treeProject('long', async (assets) => {
      const deep = path.join(assets, ...Array.from({ length: 4 }, (_, i) => `${i}`.repeat(250)))
      await mkdir(deep, { recursive: true })
      await writeFile(path.join(deep, 'x'.repeat(10) + '.css'), 'a {}')
    })
    requests = 0
    const run = await runDist(treeInputs(root, { manifest: 'true' }))
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error.*The S3 key for '0{60}…3+\/x{10}\.css' would be 1038 bytes \(with the prefix 'static\/' and the 13 bytes of its hash\); S3 allows 1024\. Shorten the file's path or the prefix input, or add it to the `ignore` input/
    )
    expect(requests).toBe(0)
    // Without hashing and the prefix the same file fits.
    const fits = await runDist(treeInputs(root, { prefix: '', 'dry-run': 'true' }))
    expect(fits.stdout).not.toMatch(/S3 key for/)
  })

  it('a file name that is not UTF-8', async () => {
    const root = await treeProject('nonutf8', async (assets) => {
      await writeFile(Buffer.concat([Buffer.from(`${assets}/caf`), Buffer.from([0xe9]), Buffer.from('.css')]), 'x')
    })
    requests = 0
    const run = await runDist(treeInputs(root))
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error.*The file 'caf\\xe9\.css' in '.*assets' has a name that is not valid UTF-8.*Rename it to UTF-8.*`ignore` input/
    )
    expect(requests).toBe(0)
    const ignored = await runDist(treeInputs(root, { ignore: 'caf?.css', 'dry-run': 'true' }))
    expect(ignored.code).toBe(0)
    expect(ignored.outputs.collected).toBe('1')
  })

  it('a backslash in a file name (django-storages would store it under another key than the manifest names)', async () => {
    const root = await treeProject('backslash', async (assets) => {
      await writeFile(path.join(assets, 'back\\slash.css'), 'x')
    })
    requests = 0
    const run = await runDist(treeInputs(root, { manifest: 'true' }))
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error.*'back\\slash\.css' has a backslash in its name.*would store it as 'back\/slash\.css'.*Rename the file/
    )
    expect(requests).toBe(0)
  })

  it('a symlink loop', async () => {
    const root = await treeProject('loop', async (assets) => {
      await mkdir(path.join(assets, 'sub'))
      await symlink('..', path.join(assets, 'sub', 'up'))
    })
    requests = 0
    const run = await runDist(treeInputs(root))
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error.*Symlink loop in a static source: .*sub\/up' leads back to its ancestor/)
    expect(requests).toBe(0)
  })
})
