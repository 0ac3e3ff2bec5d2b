// object-rules end to end against a real S3-compatible server: the headers each rule gives, and
// that a change of rules re-sends exactly the objects whose headers it changes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { actionDefaults } from '../../__fixtures__/action-defaults.js'
import { fakeToolkit, type FakeToolkit } from '../../__fixtures__/fake-toolkit.js'
import { run } from '../../src/main.js'
import type { Report } from '../../src/report/report.js'
import { S3RVER_CREDENTIALS, startS3rver, type S3rverHandle } from '../helpers/s3rver.js'

let server: S3rverHandle
let client: S3Client
let project: string

const FILES = {
  'assets/fonts/icons.woff2': 'wOF2 font bytes',
  'assets/css/site.css': "@font-face { src: url('../fonts/icons.woff2') }\n",
  'assets/downloads/report.pdf': '%PDF-1.4 report',
  'assets/js/app.js': 'console.log(1)\n'
}
const RULES = `
- match: 'fonts/**'
  headers:
    CacheControl: public, max-age=604800
    Metadata: {origin: fonts-rule}
- match: 'downloads/*.pdf'
  headers:
    ContentDisposition: attachment
    ContentLanguage: en
`

beforeAll(async () => {
  server = await startS3rver()
  await server.createBucket('rules')
  client = new S3Client({ region: 'us-east-1', endpoint: server.endpoint, forcePathStyle: true, credentials: S3RVER_CREDENTIALS })
  project = await mkdtemp(path.join(os.tmpdir(), 'cs3-rules-'))
  for (const [name, content] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(project, name)), { recursive: true })
    await writeFile(path.join(project, name), content)
  }
})

afterAll(async () => {
  client?.destroy()
  await server?.stop()
})

async function deploy(objectRules: string): Promise<{ toolkit: FakeToolkit; report: Report }> {
  const reportFile = path.join(project, 'report.json')
  const toolkit = fakeToolkit(
    {
      'working-directory': project,
      'static-dirs': 'assets',
      manifest: 'true',
      bucket: 'rules',
      prefix: 'static',
      'endpoint-url': server.endpoint,
      'aws-access-key-id': S3RVER_CREDENTIALS.accessKeyId,
      'aws-secret-access-key': S3RVER_CREDENTIALS.secretAccessKey,
      'report-file': reportFile,
      'object-rules': objectRules
    },
    actionDefaults()
  )
  await run(toolkit, { GITHUB_WORKSPACE: project })
  expect(toolkit.failed).toBeNull()
  return { toolkit, report: JSON.parse(await readFile(reportFile, 'utf8')) as Report }
}

const uploads = (report: Report) =>
  report.files
    .filter((file) => file.action === 'upload')
    .map((file) => `${file.path} (${file.reason})`)
    .sort()
const head = (key: string) => client.send(new HeadObjectCommand({ Bucket: 'rules', Key: `static/${key}` }))
const hashedOf = (report: Report, original: string) => report.files.find((file) => file.hashedFrom === original)!.path

describe('object-rules against s3rver', () => {
  it('stores each rule’s headers on the objects it matches, hashed copies included', async () => {
    const { report } = await deploy(RULES)
    expect(report.totals.uploaded).toBe(9) // 4 originals, 4 hashed copies, the manifest
    const font = await head('fonts/icons.woff2')
    expect(font).toMatchObject({ CacheControl: 'public, max-age=604800', Metadata: { origin: 'fonts-rule' } })
    const hashedFont = await head(hashedOf(report, 'fonts/icons.woff2'))
    expect(hashedFont.CacheControl).toBe('public, max-age=604800') // the rule is over cache-control-hashed too
    const pdf = await head('downloads/report.pdf')
    expect(pdf).toMatchObject({ ContentDisposition: 'attachment', ContentLanguage: 'en', CacheControl: 'max-age=86400' })
    const css = await head('css/site.css')
    expect(css.CacheControl).toBe('max-age=86400')
    expect(css.ContentDisposition).toBeUndefined()
    expect(report.files.find((file) => file.path === 'downloads/report.pdf')).toMatchObject({ objectRule: 2 })
    expect(report.settings).toContainEqual({ name: 'object-rules', value: '1: fonts/**; 2: downloads/*.pdf', from: 'input' })
  })

  it('sends nothing again while the rules stay the same', async () => {
    const { report } = await deploy(RULES)
    expect(uploads(report)).toEqual([])
  })

  it('re-sends only the objects whose headers a changed rule changes', async () => {
    const changed = RULES.replace('ContentDisposition: attachment', 'ContentDisposition: attachment; filename="report.pdf"')
    const { report } = await deploy(changed)
    const pdfHashed = hashedOf(report, 'downloads/report.pdf')
    expect(uploads(report)).toEqual([`downloads/report.pdf (headers changed)`, `${pdfHashed} (headers changed)`].sort())
    expect((await head(pdfHashed)).ContentDisposition).toBe('attachment; filename="report.pdf"')
  })

  it('puts the defaults back on the objects a removed rule matched', async () => {
    const withoutFonts = RULES.split("- match: 'downloads")[0]!
      .replace("- match: 'fonts/**'", "- match: 'downloads/*.pdf'")
      .replace(
        /CacheControl: .*\n.*Metadata: .*\n/,
        'ContentDisposition: attachment; filename="report.pdf"\n    ContentLanguage: en\n'
      )
    const { report } = await deploy(withoutFonts)
    const fontHashed = hashedOf(report, 'fonts/icons.woff2')
    expect(uploads(report)).toEqual([`fonts/icons.woff2 (headers changed)`, `${fontHashed} (headers changed)`].sort())
    expect(await head('fonts/icons.woff2')).toMatchObject({ CacheControl: 'max-age=86400' })
    expect((await head(fontHashed)).CacheControl).toBe('public, max-age=31536000, immutable')
    expect((await head('fonts/icons.woff2')).Metadata ?? {}).toEqual({})
  })
})
