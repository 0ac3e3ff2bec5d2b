// `npm run bench:scale`: the action at scale, run as the runner runs it (dist/index.js).
//
//   100,000 files, dry run        peak RSS, summary < 1 MiB, report lists every file
//   30,000 files into s3rver      cold upload then a rerun that sends nothing
//   20,000 files, every PUT denied (a local server answering 403 AccessDenied)
//                                 summary < 1 MiB, annotations within GitHub's 10 per kind
//   one 2 GiB file, multipart     peak RSS bounded, not re-sent on the rerun
//
//   options: --only dry,upload,denied,big   --dry-files N --upload-files N --denied-files N --big-mib N
//
// Writes bench/results-scale.md. Not a test: it never runs in CI. Projects are generated under
// bench/.work/scale and kept for the next run (generation is the slow part of a first run).
import { existsSync } from 'node:fs'
import { mkdir, open, rm, stat, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { startLocalS3 } from '../scripts/local-s3.mjs'
import { runAction } from '../scripts/run-action.mjs'
import { workDir } from './generate.mjs'

const SUMMARY_LIMIT = 1024 * 1024
const scaleDir = join(workDir, 'scale')
const log = (text) => console.log(text)
const mb = (kb) => `${Math.round(kb / 1024)} MB`
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`

function parseArgs(argv) {
  const options = {
    only: ['dry', 'upload', 'denied', 'big'],
    dryFiles: 100_000,
    uploadFiles: 30_000,
    deniedFiles: 20_000,
    bigMib: 2048
  }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    if (flag === '--only') options.only = argv[++i].split(',')
    else if (flag === '--dry-files') options.dryFiles = Number(argv[++i])
    else if (flag === '--upload-files') options.uploadFiles = Number(argv[++i])
    else if (flag === '--denied-files') options.deniedFiles = Number(argv[++i])
    else if (flag === '--big-mib') options.bigMib = Number(argv[++i])
    else throw new Error(`unknown option ${flag}; see the top of bench/scale.mjs`)
  }
  return options
}

/** `count` small CSS/JS/TXT files, 100 to a folder, 2 folder levels; kept between runs. */
async function smallFilesProject(count) {
  const root = join(scaleDir, `files-${count}`)
  const assets = join(root, 'assets')
  const marker = join(root, '.complete')
  if (existsSync(marker)) return root
  await rm(root, { recursive: true, force: true })
  const started = performance.now()
  const extensions = ['css', 'js', 'txt', 'svg']
  for (let dir = 0; dir * 100 < count; dir++) {
    const folder = join(assets, `section-${Math.floor(dir / 50)}`, `group-${dir}`)
    await mkdir(folder, { recursive: true })
    const writes = []
    for (let i = dir * 100; i < Math.min(count, (dir + 1) * 100); i++) {
      const ext = extensions[i % extensions.length]
      writes.push(writeFile(join(folder, `file-${i}.${ext}`), `/* file ${i} */\n${'x'.repeat(100 + (i % 400))}\n`))
    }
    await Promise.all(writes)
  }
  await writeFile(marker, '')
  log(`  generated ${count.toLocaleString('en')} files in ${secs(performance.now() - started)}`)
  return root
}

/** One file of `mib` MiB of non-repeating bytes (a counter pattern, so no two parts are equal). */
async function bigFileProject(mib) {
  const root = join(scaleDir, `big-${mib}`)
  const file = join(root, 'assets', 'video', 'big.bin')
  if (existsSync(file) && (await stat(file)).size === mib * 1024 * 1024) return root
  await mkdir(join(root, 'assets', 'video'), { recursive: true })
  const handle = await open(file, 'w')
  const chunk = Buffer.alloc(1024 * 1024)
  try {
    for (let i = 0; i < mib; i++) {
      chunk.fill(i % 251)
      chunk.writeUInt32BE(i, 0)
      await handle.write(chunk)
    }
  } finally {
    await handle.close()
  }
  return root
}

function annotationCounts(stdout) {
  const count = (kind) => stdout.split('\n').filter((line) => line.startsWith(`::${kind}`)).length
  return { error: count('error'), warning: count('warning'), notice: count('notice') }
}

function figures(name, run, extra = {}) {
  const summaryBytes = Buffer.byteLength(run.summary)
  const row = {
    name,
    code: run.code,
    wall: secs(run.wallMs),
    cpu: run.cpuMs !== undefined ? secs(run.cpuMs) : 'n/a',
    rss: run.peakRssKb ? mb(run.peakRssKb) : 'n/a',
    summary: `${(summaryBytes / 1024).toFixed(0)} KiB${summaryBytes < SUMMARY_LIMIT ? '' : ' (OVER 1 MiB)'}`,
    reportFiles: run.report?.files?.length ?? 0,
    annotations: annotationCounts(run.stdout),
    puts: run.report?.requests?.PutObject ?? 0,
    outputs: run.outputs,
    ...extra
  }
  log(
    `  ${name}: exit ${row.code}, ${row.wall} wall, ${row.cpu} CPU, peak RSS ${row.rss}, summary ${row.summary}, ` +
      `report ${row.reportFiles} files, annotations ${JSON.stringify(row.annotations)}, uploaded ${run.outputs.uploaded ?? '-'}`
  )
  return row
}

async function dryRun(count) {
  const project = await smallFilesProject(count)
  const run = await runAction({ inputs: { 'working-directory': project, 'static-dirs': 'assets', 'dry-run': 'true' } })
  return [
    figures(`${count.toLocaleString('en')} files, dry run (no bucket)`, run, { complete: run.report?.files?.length === count })
  ]
}

async function uploadToS3rver(count) {
  const project = await smallFilesProject(count)
  const s3 = await startLocalS3({ bucket: 'scale' })
  try {
    const inputs = s3Inputs(project, s3.endpoint, 'scale')
    const cold = await runAction({ inputs })
    const rows = [
      figures(`${count.toLocaleString('en')} files, cold upload to s3rver`, cold, {
        complete: cold.report?.files?.length === count
      })
    ]
    const rerun = await runAction({ inputs })
    rows.push(
      figures(`${count.toLocaleString('en')} files, rerun (nothing changed)`, rerun, {
        complete: rerun.report?.files?.length === count
      })
    )
    return rows
  } finally {
    await s3.stop()
  }
}

async function deniedUploads(count) {
  const project = await smallFilesProject(count)
  const server = await denyingServer()
  try {
    const run = await runAction({ inputs: s3Inputs(project, server.endpoint, 'denied') })
    return [
      figures(`${count.toLocaleString('en')} files, every PUT denied (403)`, run, {
        problems: run.report?.problems?.length ?? 0,
        firstProblem: run.report?.problems?.[0]?.message?.slice(0, 160) ?? '',
        complete: run.report?.files?.filter((file) => file.action === 'fail').length === count
      })
    ]
  } finally {
    await server.stop()
  }
}

async function bigFile(mib) {
  const project = await bigFileProject(mib)
  const s3 = await startLocalS3({ bucket: 'big' })
  try {
    const inputs = s3Inputs(project, s3.endpoint, 'big')
    const cold = await runAction({ inputs })
    const rows = [
      figures(`one ${mib} MiB file, multipart upload to s3rver`, cold, { parts: cold.report?.requests?.UploadPart ?? 0 })
    ]
    const rerun = await runAction({ inputs })
    rows.push(figures(`one ${mib} MiB file, rerun`, rerun, { parts: rerun.report?.requests?.UploadPart ?? 0 }))
    return rows
  } finally {
    await s3.stop()
  }
}

function s3Inputs(project, endpoint, bucket) {
  return {
    'working-directory': project,
    'static-dirs': 'assets',
    bucket,
    prefix: 'static',
    'endpoint-url': endpoint,
    'aws-access-key-id': 'S3RVER',
    'aws-secret-access-key': 'S3RVER'
  }
}

/** Lists an empty bucket, has no state or manifest, and denies every write as S3 does. */
async function denyingServer() {
  let id = 0
  const server = createServer((request, response) => {
    request.resume()
    const requestId = `${(++id).toString(16).toUpperCase().padStart(16, '0')}`
    const xml = (status, body) =>
      response.writeHead(status, { 'content-type': 'application/xml', 'x-amz-request-id': requestId }).end(body)
    if (request.method === 'GET' && /[?&]list-type=2/.test(request.url ?? '')) {
      return xml(
        200,
        '<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>denied</Name><Prefix>static/</Prefix><KeyCount>0</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated></ListBucketResult>'
      )
    }
    if (request.method === 'GET' || request.method === 'HEAD') {
      return xml(
        404,
        `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>${requestId}</RequestId></Error>`
      )
    }
    xml(
      403,
      `<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>${requestId}</RequestId></Error>`
    )
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { endpoint: `http://127.0.0.1:${server.address().port}`, stop: () => new Promise((resolve) => server.close(resolve)) }
}

function renderResults(rows, options, loadAtStart) {
  const lines = [
    '# Scale benchmark (`npm run bench:scale`)',
    '',
    `${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? 'cpu'} (${cpus().length} cores), ${Math.round(totalmem() / 2 ** 30)} GB RAM, ` +
      `Node ${process.version}; load average ${loadAtStart.toFixed(1)} when it started (the machine is shared).`,
    '',
    "dist/index.js run as the runner runs it (scripts/run-action.mjs); peak RSS is the process's (GNU time). Small files are 100-500 bytes.",
    '',
    '| Run | Exit | Wall | CPU | Peak RSS | Summary | Report entries | Annotations (error/warning/notice) | PUT requests |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.code} | ${r.wall} | ${r.cpu} | ${r.rss} | ${r.summary} | ${r.reportFiles}${r.complete === false ? ' (INCOMPLETE)' : ''} | ${r.annotations.error}/${r.annotations.warning}/${r.annotations.notice} | ${r.puts}${r.parts !== undefined ? ` + ${r.parts} UploadPart` : ''} |`
    ),
    ''
  ]
  const denied = rows.find((r) => r.problems !== undefined)
  if (denied) lines.push(`Denied run: ${denied.problems} problem(s) in the report; the first: "${denied.firstProblem}…"`, '')
  lines.push(`Options: ${JSON.stringify(options)}`, '')
  return lines.join('\n')
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (!existsSync(join(process.cwd(), 'dist', 'index.js')))
    throw new Error('dist/index.js is missing: run `npm run bundle` first')
  const loadAtStart = loadavg()[0]
  await mkdir(scaleDir, { recursive: true })
  const rows = []
  if (options.only.includes('dry')) rows.push(...(await dryRun(options.dryFiles)))
  if (options.only.includes('upload')) rows.push(...(await uploadToS3rver(options.uploadFiles)))
  if (options.only.includes('denied')) rows.push(...(await deniedUploads(options.deniedFiles)))
  if (options.only.includes('big')) rows.push(...(await bigFile(options.bigMib)))
  const text = renderResults(rows, options, loadAtStart)
  const full = ['dry', 'upload', 'denied', 'big'].every((part) => options.only.includes(part))
  const out = full ? join(process.cwd(), 'bench', 'results-scale.md') : join(scaleDir, 'results-partial.md')
  await writeFile(out, text)
  log(`\nwrote ${out}`)
}

await main()
