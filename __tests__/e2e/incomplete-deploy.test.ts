// A deploy whose collection may be incomplete writes nothing and fails; the same dry run warns.
// dist/index.js against s3rver, as the runner runs it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { runDist } from '../helpers/run-dist.js'
import { S3RVER_CREDENTIALS, startS3rver, type S3rverHandle } from '../helpers/s3rver.js'
import { tempProject } from '../project/project-helpers.js'

let server: S3rverHandle
let client: S3Client

beforeAll(async () => {
  server = await startS3rver()
  await server.createBucket('incomplete')
  client = new S3Client({ region: 'us-east-1', endpoint: server.endpoint, forcePathStyle: true, credentials: S3RVER_CREDENTIALS })
})

afterAll(async () => {
  client?.destroy()
  await server?.stop()
})

const MANAGE = "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site_conf.settings')\n"

function project(settings: string): Promise<string> {
  return tempProject({
    'manage.py': MANAGE,
    'site_conf/__init__.py': '',
    'site_conf/settings.py': `import os\nSTATIC_URL = '/static/'\n${settings}\n`,
    'shop/__init__.py': '',
    'shop/static/shop/app.css': 'body { margin: 0 }\n',
    'assets/site.js': 'console.log(1)\n'
  })
}

const CASES: [string, string, RegExp][] = [
  ['an INSTALLED_APPS entry that cannot be found', "INSTALLED_APPS = ['shop', 'not_installed_pkg']", /not_installed_pkg/],
  [
    'a STATICFILES_DIRS entry that cannot be evaluated',
    "INSTALLED_APPS = ['shop']\nSTATICFILES_DIRS = ['assets', os.environ['ASSETS_DIR']]",
    /STATICFILES_DIRS\[1\] could not be evaluated/
  ],
  [
    'a finder whose files are unknown',
    "INSTALLED_APPS = ['shop']\nSTATICFILES_FINDERS = ['django.contrib.staticfiles.finders.AppDirectoriesFinder', 'pipeline.finders.PipelineFinder']",
    /pipeline\.finders\.PipelineFinder/
  ]
]

function inputs(dir: string, extra: Record<string, string>) {
  return {
    'working-directory': dir,
    bucket: 'incomplete',
    prefix: 'static',
    'endpoint-url': server.endpoint,
    'aws-access-key-id': S3RVER_CREDENTIALS.accessKeyId,
    'aws-secret-access-key': S3RVER_CREDENTIALS.secretAccessKey,
    'settings-reader': 'evaluator',
    ...extra
  }
}

async function keys(): Promise<string[]> {
  const listed = await client.send(new ListObjectsV2Command({ Bucket: 'incomplete' }))
  return (listed.Contents ?? []).map((object) => object.Key!)
}

describe('a deploy that may miss files', () => {
  it.each(CASES)('%s: the deploy writes nothing and exits 1; the dry run warns', async (_, settings, cause) => {
    const dir = await project(settings)
    const deploy = await runDist(inputs(dir, {}))
    expect(deploy.code).toBe(1)
    expect(deploy.stdout).toMatch(new RegExp(`::error[^\\n]*${cause.source}`))
    expect(deploy.stdout).toContain('before writing anything')
    expect(await keys()).toEqual([])
    const report = deploy.report as { failed: boolean; problems: { message: string }[] }
    expect(report.failed).toBe(true)
    expect(report.problems.some((problem) => cause.test(problem.message))).toBe(true)

    const dryRun = await runDist(inputs(dir, { 'dry-run': 'true' }))
    expect(dryRun.code).toBe(0)
    expect(dryRun.stdout).toMatch(new RegExp(`::warning[^\\n]*${cause.source}`))
    expect(await keys()).toEqual([])
  })

  it('fail-on: missing-apps makes the dry run fail too', async () => {
    const dir = await project(CASES[0]![1])
    const dryRun = await runDist(inputs(dir, { 'dry-run': 'true', 'fail-on': 'missing-apps' }))
    expect(dryRun.code).toBe(1)
    expect(dryRun.stdout).toMatch(/::error[^\n]*not_installed_pkg/)
  })
})
