// `npm run bench`: this action against a bare PutObject loop and the usual peers, all
// uploading the same generated project to the same local S3 server (s3rver).
//
//   npm run bench                  5,000 files (~135 MB), plus a 20,000-file memory check;
//                                  writes bench/results.md
//   npm run bench -- --quick       500 files, one round, no memory check (smoke run);
//                                  writes bench/.work/results-quick.md
//   options: --files N, --rounds N, --only action,put,django,aws,rclone,manifest,memory,
//            --no-memory-check
//
// Times on a shared machine wander by a third from one run to the next, so the fast tools are
// measured in several rounds (3 by default), each round in a rotated order and after a warm-up
// upload, and the table shows each one's median round. The slow peers run once.
//
// Not a test: it never runs in CI. Peers are measured when installed and skipped otherwise.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { REAL_S3_LATENCY, startLocalS3 } from '../scripts/local-s3.mjs'
import { actionEntry, repoRoot } from '../scripts/run-action.mjs'
import { generateProject, workDir } from './generate.mjs'
import { renderResults } from './report.mjs'
import { SCENARIOS, changeOnePercent, freshCheckout, pristine } from './scenarios.mjs'
import { benchTools, detectPeers, localCredentials, runMd5sum, runOurAction, runPutLoop } from './tools.mjs'
import { medianRows, rotate } from './rounds.mjs'

const ALL_PARTS = ['action', 'zero-config', 'put', 'django', 'aws', 'rclone', 'manifest', 'memory', 'latency']
/** The tools measured again behind the latency profile (the slow peers would take minutes more). */
const LATENCY_TOOLS = ['action', 'zero-config', 'put', 'rclone']
const MEMORY_CHECK_FILES = 20_000

function parseArgs(argv) {
  const options = { quick: false, files: undefined, rounds: undefined, only: ALL_PARTS, memoryCheck: true }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    if (flag === '--quick') options.quick = true
    else if (flag === '--files') options.files = Number(argv[++i])
    else if (flag === '--rounds') options.rounds = Number(argv[++i])
    else if (flag === '--only') options.only = argv[++i].split(',')
    else if (flag === '--no-memory-check') options.memoryCheck = false
    else throw new Error(`unknown option ${flag}; see the top of bench/run.mjs`)
  }
  options.files ??= options.quick ? 500 : 5000
  options.rounds ??= options.quick ? 1 : 3
  options.memoryCheck &&= !options.quick && options.only.includes('memory')
  return options
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`
const log = (text) => console.log(text)

function ensureBundle() {
  if (existsSync(actionEntry)) return
  log('dist/index.js is missing; running `npm run bundle` ...')
  spawnSync('npm', ['run', 'bundle'], { cwd: repoRoot, stdio: 'inherit' })
}

/**
 * One measurement: written data flushed to disk (so the last tool's writes are not flushed on this
 * one's time), fresh request counters, the run, then what the server saw.
 */
async function measure(s3, fn) {
  spawnSync('sync')
  await s3.resetRequests()
  const result = await fn()
  return { ...result, requests: await s3.requests() }
}

/** The tool's scenarios (cold, rerun, 1% changed) in its own fresh bucket, from the generated state. */
async function benchTool(s3, project, tool, round) {
  const bucket = `bench-${tool.id}-${round}`
  await s3.createBucket(bucket)
  await pristine(project)
  const rows = []
  let change
  try {
    for (const scenario of SCENARIOS.filter((s) => !tool.scenarios || tool.scenarios.includes(s.id))) {
      if (scenario.id === 'rerun') await freshCheckout(project)
      if (scenario.id === 'changed') {
        change = await changeOnePercent(project)
        await freshCheckout(project)
      }
      const row = await measure(s3, () => tool.run({ bucket }))
      const reported = row.reportedRequests !== undefined ? ` (${row.reportedRequests} in its report)` : ''
      log(
        `  ${scenario.id.padEnd(8)} ${seconds(row.wallMs).padStart(9)}  ${row.requests.total} requests${reported}` +
          `${row.uploaded !== undefined ? `, uploaded ${row.uploaded}` : ''}${stepsText(row.steps)}`
      )
      rows.push({ tool: tool.id, label: tool.label, scenario: scenario.id, ...row })
    }
  } finally {
    await change?.restore()
  }
  return rows
}

/** An unmeasured upload first: a fresh server (its JIT, its data folder) is slower for whoever comes first. */
async function warmUp(s3, project) {
  log('\nwarm-up: one unmeasured upload with the PutObject loop')
  await s3.createBucket('bench-warm-up')
  await runPutLoop({ project, endpoint: s3.endpoint, bucket: 'bench-warm-up' })
}

const stepsText = (steps) => (steps?.length > 1 ? `  (${steps.map((s) => `${s.name} ${seconds(s.wallMs)}`).join(' + ')})` : '')

/** Manifest mode: a dry run with hashing against one without, next to md5sum of the same bytes. */
async function benchManifest(s3, project) {
  const target = { 'static-root': join(workDir, 'manifest-root'), 'dry-run': 'true' }
  const plain = await runOurAction(project, { ...target, manifest: 'false' })
  const hashed = await runOurAction(project, { ...target, manifest: 'true' })
  const md5sum = await runMd5sum(project)
  const bucket = 'bench-manifest'
  await s3.createBucket(bucket)
  const upload = await measure(s3, () =>
    runOurAction(project, { bucket, 'endpoint-url': s3.endpoint, manifest: 'true' }, localCredentials)
  )
  return { plain, hashed, md5sum, upload }
}

/**
 * The action on a bigger project: peak memory of a cold upload and of a CI rerun, then the CI
 * rerun again behind the latency profile (on a server of its own, after its own cold upload).
 */
async function benchMemory(s3) {
  log(`\nMemory check: generating ${MEMORY_CHECK_FILES} files ...`)
  const project = await generateProject({ files: MEMORY_CHECK_FILES })
  const coldAndRerun = async (server, label) => {
    const bucket = 'bench-memory'
    await server.createBucket(bucket)
    const inputs = { bucket, 'endpoint-url': server.endpoint }
    await pristine(project)
    const cold = await measure(server, () => runOurAction(project, inputs, localCredentials))
    log(`  ${label} cold     ${seconds(cold.wallMs)}, peak RSS ${(cold.peakRssKb / 1024).toFixed(0)} MB`)
    await freshCheckout(project)
    const rerun = await measure(server, () => runOurAction(project, inputs, localCredentials))
    log(`  ${label} rerun    ${seconds(rerun.wallMs)}, peak RSS ${(rerun.peakRssKb / 1024).toFixed(0)} MB`)
    return { cold, rerun }
  }
  const { cold, rerun } = await coldAndRerun(s3, 'loopback')
  const slow = await startLocalS3({ bucket: 'bench', latency: REAL_S3_LATENCY })
  try {
    const latency = await coldAndRerun(slow, 'latency')
    await pristine(project)
    return { project, cold, rerun, latencyRerun: latency.rerun }
  } finally {
    await slow.stop()
  }
}

/** Every chosen tool in rounds against one server, each round in a rotated order: median rows. */
async function measureTools(s3, project, tools, options, attempt) {
  const runnable = tools.filter((t) => !t.unavailable)
  if (runnable.length > 0) await warmUp(s3, project)
  const measured = []
  for (let round = 0; round < options.rounds; round++) {
    for (const tool of rotate(runnable, round).filter((t) => round === 0 || !t.once)) {
      log(`\n${tool.label} (round ${round + 1} of ${tool.once ? 1 : options.rounds})`)
      measured.push(...((await attempt(tool.id, () => benchTool(s3, project, tool, round))) ?? []))
    }
  }
  return medianRows(measured)
}

/** The same tools behind a network's round trips (REAL_S3_LATENCY), on a server of their own. */
async function benchLatency(project, peers, options, attempt) {
  log(`\nLatency profile: ${REAL_S3_LATENCY.requestMs} ms a request, ${REAL_S3_LATENCY.listPageMs} ms a listing page`)
  const s3 = await startLocalS3({ bucket: 'bench', latency: REAL_S3_LATENCY })
  try {
    const tools = await benchTools({ project, endpoint: s3.endpoint, peers })
    const chosen = tools.filter((t) => LATENCY_TOOLS.includes(t.id) && options.only.includes(t.id))
    return await measureTools(s3, project, chosen, options, attempt)
  } finally {
    await s3.stop()
  }
}

async function runAll(options, s3, project, peers) {
  const tools = await benchTools({ project, endpoint: s3.endpoint, peers })
  const results = { rows: [], latencyRows: [], skipped: [], failures: [], rounds: options.rounds }
  const attempt = async (name, fn) => {
    try {
      return await fn()
    } catch (error) {
      log(`  FAILED: ${error.message}`)
      results.failures.push(`${name}: ${error.message.split('\n')[0]}`)
    }
  }
  const chosen = tools.filter((t) => options.only.includes(t.id))
  for (const tool of chosen.filter((t) => t.unavailable)) {
    log(`\n${tool.label}: skipped, ${tool.unavailable}`)
    results.skipped.push({ label: tool.label, reason: tool.unavailable })
  }
  results.rows = await measureTools(s3, project, chosen, options, attempt)
  if (options.only.includes('latency')) results.latencyRows = await benchLatency(project, peers, options, attempt)
  const action = tools.find((t) => t.id === 'action')
  if (options.only.includes('manifest') && !action.unavailable) {
    log('\nmanifest mode (hashing) and md5sum')
    results.manifest = await attempt('manifest', () => benchManifest(s3, project))
  }
  if (options.memoryCheck && !action.unavailable) results.memory = await attempt('memory', () => benchMemory(s3))
  return results
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (['action', 'manifest', 'memory'].some((part) => options.only.includes(part))) ensureBundle()
  log(`Generating the project (${options.files} files) ...`)
  const project = await generateProject({ files: options.files })
  log(`${project.collection.length} files, ${(project.totalBytes / 1e6).toFixed(1)} MB in ${project.dir}`)
  const loadAtStart = loadavg()[0]
  const peers = detectPeers()
  const s3 = await startLocalS3({ bucket: 'bench' })
  let results
  try {
    results = await runAll(options, s3, project, peers)
  } finally {
    await s3.stop()
  }
  const markdown = renderResults({ project, peers, results, loadAtStart })
  const file = options.quick ? join(workDir, 'results-quick.md') : join(repoRoot, 'bench', 'results.md')
  await writeFile(file, markdown)
  log(`\n${markdown}\nWritten to ${file}`)
  if (results.failures.length > 0) {
    console.error(`\n${results.failures.length} measurement(s) failed:\n${results.failures.join('\n')}`)
    process.exitCode = 1
  }
}

main().catch((error) => {
  console.error(error.stack ?? error)
  process.exitCode = 1
})
