// CDN invalidation figures: the generated project (5,000 files by default) deployed with
// hashing on, then 1% of its files changed and deployed again with a CloudFront distribution
// (a local stand-in, scripts/local-cloudfront.mjs). Compares the paths this action invalidates
// with `/*` and with invalidating every changed key, and counts the requests to CloudFront.
// Runs dist/index.js (`npm run bundle` first). Not a test.
//
//   node bench/cdn.mjs [--files N]        → prints a table, writes bench/cdn-results.md
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { startLocalCloudFront } from '../scripts/local-cloudfront.mjs'
import { startLocalS3 } from '../scripts/local-s3.mjs'
import { generateProject } from './generate.mjs'
import { changeOnePercent } from './scenarios.mjs'
import { localCredentials, runOurAction } from './tools.mjs'

const files = Number(process.argv[process.argv.indexOf('--files') + 1]) || 5000
const project = await generateProject({ files })
const s3 = await startLocalS3({ bucket: 'cdn-bench' })
const cloudfront = await startLocalCloudFront()
const env = { ...localCredentials, AWS_ENDPOINT_URL_CLOUDFRONT: cloudfront.endpoint }
const rows = []
try {
  for (const [label, extra] of [
    ['hashing on (manifest: true)', { manifest: 'true' }],
    ['hashing on, cloudfront-max-paths: 20', { manifest: 'true', 'cloudfront-max-paths': '20' }],
    ['hashing off', { manifest: 'false' }]
  ]) {
    const bucket = `cdn-bench-${rows.length + 1}`
    await s3.createBucket(bucket)
    const inputs = {
      bucket,
      prefix: 'static',
      'endpoint-url': s3.endpoint,
      'cloudfront-distribution-id': 'E2BENCHEXAMPLE',
      ...extra
    }
    const cold = await runOurAction(project, inputs, env)
    const objects = cold.report.files.filter((file) => file.action === 'upload').length
    cloudfront.requests.length = 0
    const change = await changeOnePercent(project)
    let run
    try {
      run = await runOurAction(project, inputs, env)
    } finally {
      await change.restore()
    }
    const changedKeys = run.report.files.filter((file) => file.action === 'upload' || file.action === 'delete').length
    const paths = JSON.parse(run.outputs['invalidated-paths'])
    const evicted = run.report.invalidation.paths.reduce((sum, path) => sum + path.covers + path.alsoCovers, 0)
    rows.push({
      label,
      sourceChanged: change.count,
      objects,
      changedKeys,
      paths: paths.length,
      wildcards: paths.filter((path) => path.endsWith('*')).length,
      evicted,
      requests: cloudfront.requests.length,
      coldRequests: cold.report.requests.CreateInvalidation ?? 0
    })
  }
} finally {
  await cloudfront.stop()
  await s3.stop()
}

const lines = [
  `CDN invalidation, ${files}-file bench project, ${rows[0].sourceChanged} source files (1%) changed, prefix \`static\`:`,
  '',
  '| Setup | Objects in the bucket | Changed keys (uploaded) | Paths: this action (wildcards) | Objects evicted: this action | Paths: every changed key | `/*`: paths / objects evicted | Requests to CloudFront (cold run / 1% run) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.label} | ${r.objects.toLocaleString('en')} | ${r.changedKeys} | ${r.paths} (${r.wildcards}) | ${r.evicted} | ${r.changedKeys} | 1 / ${r.objects.toLocaleString('en')} | ${r.coldRequests} / ${r.requests} |`
  )
]
console.log(lines.join('\n'))
await writeFile(join(import.meta.dirname, 'cdn-results.md'), `${lines.join('\n')}\n`)
