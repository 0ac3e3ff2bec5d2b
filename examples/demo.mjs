// `npm run demo`: the action on examples/django-project against a local S3 server, run
// three times as a workflow would run it:
//   1. a dry run without credentials (what a pull request from a fork sees),
//   2. an upload to the bucket,
//   3. the same upload again, which must upload nothing.
// Everything else (apps, STATICFILES_DIRS) comes from the project's settings: zero-config.
// Exits non-zero if a run fails or the second upload uploads anything.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { LOCAL_S3_CREDENTIALS, startLocalS3 } from '../scripts/local-s3.mjs'
import { actionEntry, repoRoot, runAction } from '../scripts/run-action.mjs'
import { logToText, summaryToText } from '../scripts/summary-to-text.mjs'

const PROJECT = 'examples/django-project'
const SHOWN_OUTPUTS = [
  'collected',
  'uploaded',
  'skipped',
  'deleted',
  'failed',
  'duplicates',
  'bytes-uploaded',
  'manifest-hash',
  'target'
]

const bold = (text) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text)
const indent = (text) => text.replace(/^/gm, '  ')

function ensureBundle() {
  if (existsSync(actionEntry)) return
  console.log('dist/index.js is missing; building it with `npm run bundle` ...')
  const build = spawnSync('npm', ['run', 'bundle'], { cwd: repoRoot, stdio: 'inherit' })
  if (build.status !== 0 || !existsSync(actionEntry)) {
    throw new Error('`npm run bundle` did not produce dist/index.js; run it yourself to see why.')
  }
}

function printRun(title, run) {
  console.log(`\n${bold(`━━ ${title} `.padEnd(78, '━'))}`)
  console.log(`\n${bold('Log')}\n${indent(logToText(run.stdout + run.stderr) || '(empty)')}`)
  console.log(`\n${bold('Job summary')}\n${indent(summaryToText(run.summary) || '(empty)')}`)
  const shown = SHOWN_OUTPUTS.filter((name) => run.outputs[name] !== undefined && run.outputs[name] !== '')
  console.log(`\n${bold('Outputs')}`)
  for (const name of shown) console.log(`  ${name.padEnd(15)} ${run.outputs[name]}`)
  console.log(`\n  exit code ${run.code}, ${(run.wallMs / 1000).toFixed(2)} s`)
}

/** Objects in the bucket, counted in s3rver's data directory (one `._S3rver_object` file each). */
async function countObjects(s3) {
  const entries = await readdir(join(s3.dir, s3.bucket), { recursive: true })
  return entries.filter((name) => name.endsWith('._S3rver_object')).length
}

/**
 * The example lists django.contrib.admin. Where no `python3` here can import Django, its files
 * cannot be found, and a deploy stops rather than upload a tree with them missing: the demo leaves
 * the admin out on purpose, as a user would with `ignore-apps`, and says so.
 */
function withoutDjango() {
  if (spawnSync('python3', ['-c', 'import django'], { stdio: 'ignore' }).status === 0) return {}
  console.log(
    "python3 here has no Django, so django.contrib.admin's files cannot be found: the demo sets ignore-apps: django.contrib.admin"
  )
  return { 'ignore-apps': 'django.contrib.admin' }
}

async function main() {
  ensureBundle()
  const s3 = await startLocalS3({ bucket: 'mysite-static' })
  console.log(`Local S3 server (s3rver) at ${s3.endpoint}, bucket "${s3.bucket}"`)
  const target = { 'working-directory': PROJECT, bucket: s3.bucket, 'endpoint-url': s3.endpoint, ...withoutDjango() }
  const credentials = {
    AWS_ACCESS_KEY_ID: LOCAL_S3_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_S3_CREDENTIALS.secretAccessKey
  }
  // The runner runs the action on Node 24; on older Node the AWS SDK prints a support
  // notice on every run that has nothing to do with the demo.
  const quiet = Number(process.versions.node.split('.')[0]) < 22 ? { NODE_NO_WARNINGS: '1' } : {}
  const problems = []
  try {
    const steps = [
      { title: '1. Dry run, no credentials', inputs: { ...target, 'dry-run': 'true' }, env: quiet },
      { title: '2. Upload', inputs: target, env: { ...credentials, ...quiet } },
      { title: '3. Upload again (nothing changed)', inputs: target, env: { ...credentials, ...quiet } }
    ]
    const runs = []
    for (const step of steps) {
      const run = await runAction({ inputs: step.inputs, env: step.env })
      printRun(step.title, run)
      runs.push(run)
      if (run.code !== 0) problems.push(`"${step.title}" exited with ${run.code}`)
    }
    const [, first, second] = runs
    if (first.code === 0 && !(Number(first.outputs.uploaded) > 0))
      problems.push(`the upload uploaded ${first.outputs.uploaded ?? 'nothing'}`)
    if (second.outputs.uploaded !== '0')
      problems.push(`the second upload uploaded ${second.outputs.uploaded ?? '(no output)'}, expected 0`)
    console.log(`\nThe bucket now holds ${await countObjects(s3)} objects.`)
  } finally {
    await s3.stop()
  }
  if (problems.length > 0) {
    console.error(`\nDemo failed: ${problems.join('; ')}.`)
    process.exitCode = 1
  } else {
    console.log('\nDemo finished: dry run, upload, and a rerun that uploaded nothing.')
  }
}

main().catch((error) => {
  console.error(error.stack ?? error)
  process.exitCode = 1
})
