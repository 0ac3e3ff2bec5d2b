// The benchmark's results as markdown (bench/results.md, pasted into the README).
import { cpus, loadavg, release, totalmem } from 'node:os'
import { SCENARIOS } from './scenarios.mjs'
import { CONCURRENCY } from './tools.mjs'
import { REAL_S3_LATENCY } from '../scripts/local-s3.mjs'

const TOOL_ORDER = ['action', 'zero-config', 'put', 'django', 'aws', 'rclone']
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`
const mb = (kb) => (kb ? `${Math.round(kb / 1024)} MB` : 'n/a')
const ratio = (ms, baseMs) => (baseMs ? `${(ms / baseMs).toFixed(2)}×` : '')
const int = (n) => n.toLocaleString('en-US')

function machineLine(loadAtStart) {
  const cpu = cpus()
  const model = cpu[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU'
  return (
    `${new Date().toISOString().slice(0, 10)}, ${model} (${cpu.length} cores), ` +
    `${Math.round(totalmem() / 2 ** 30)} GB RAM, Linux ${release()}, Node ${process.version}; ` +
    `load average ${loadAtStart.toFixed(1)} when the benchmark started.`
  )
}

function peersLine(peers) {
  const parts = [
    peers.python && `${peers.python.version} (${peers.python.cmd})`,
    peers.aws && `${peers.aws.version}`,
    peers.rclone && peers.rclone.version
  ].filter(Boolean)
  return parts.length > 0 ? `Peers: ${parts.join('; ')}.` : 'Peers: none installed.'
}

const range = (row) =>
  row.rounds > 1 ? `${(row.minWallMs / 1000).toFixed(1)}–${(row.maxWallMs / 1000).toFixed(1)} s (${row.rounds})` : '1 run'
const cpu = (row) => (row.cpuMs !== undefined ? secs(row.cpuMs) : 'n/a')
const megabytes = (bytes) => (bytes !== undefined ? `${(bytes / 1e6).toFixed(1)} MB` : 'n/a')
/** All bytes the tool read (rchar), and for this action the file bytes it read to compute digests. */
const bytesRead = (row) =>
  `${megabytes(row.bytesRead)}${row.digestBytes !== undefined ? ` (files: ${megabytes(row.digestBytes)})` : ''}`

function mainTable(rows, fileCount) {
  const lines = [
    '| Scenario | Tool | Wall time | Range (rounds) | Files/s | PUT requests | Requests/file | Bytes read | CPU time | Peak RSS | Time vs rclone | Time vs bare PUT |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
  ]
  for (const scenario of SCENARIOS) {
    const inScenario = rows
      .filter((row) => row.scenario === scenario.id)
      .sort((a, b) => TOOL_ORDER.indexOf(a.tool) - TOOL_ORDER.indexOf(b.tool))
    const rclone = inScenario.find((row) => row.tool === 'rclone')
    const put = inScenario.find((row) => row.tool === 'put')
    for (const row of inScenario) {
      lines.push(
        `| ${scenario.title} | ${row.tool === 'action' ? `**${row.label}**` : row.label} | ${secs(row.wallMs)} | ${range(row)} | ` +
          `${int(Math.round(fileCount / (row.wallMs / 1000)))} | ${int(row.requests.byMethod.PUT ?? 0)} | ` +
          `${(row.requests.total / fileCount).toFixed(2)} | ${bytesRead(row)} | ${cpu(row)} | ${mb(row.peakRssKb)} | ${ratio(row.wallMs, rclone?.wallMs)} | ` +
          `${ratio(row.wallMs, put?.wallMs)} |`
      )
    }
  }
  return lines.join('\n')
}

function latencySection(rows, fileCount) {
  if (!rows?.length) return ''
  return `
#### With a network's latency (${REAL_S3_LATENCY.requestMs} ms a request, ${REAL_S3_LATENCY.listPageMs} ms a listing page)

The same project and tools against a second local server that waits before each answer, as a real S3 region's
round trips do (\`startLocalS3({ latency })\` in \`scripts/local-s3.mjs\`).

${mainTable(rows, fileCount)}
`
}

function manifestSection(manifest, project) {
  if (!manifest) return ''
  const megabytes = project.totalBytes / 1e6
  const rate = (ms) => `${(megabytes / (ms / 1000)).toFixed(0)} MB/s`
  const fileCount = project.collection.length
  return `
### Manifest mode (\`manifest: true\`, like ManifestStaticFilesStorage)

Dry runs to a folder, so no upload: the whole step (start-up, finding, reading, MD5 of every object,
and with \`manifest: true\` the hashed names, reference rewriting and the manifest) next to a plain
\`md5sum\` over the same files.

| Run | Wall time | Throughput |
| --- | ---: | ---: |
| dry run, \`manifest: false\` | ${secs(manifest.plain.wallMs)} | ${rate(manifest.plain.wallMs)} |
| dry run, \`manifest: true\` | ${secs(manifest.hashed.wallMs)} | ${rate(manifest.hashed.wallMs)} |
| \`md5sum\` of the same files | ${secs(manifest.md5sum.wallMs)} | ${rate(manifest.md5sum.wallMs)} |
| cold upload with hashing (originals + hashed copies + manifest) | ${secs(manifest.upload.wallMs)} | ${int(manifest.upload.requests.byMethod.PUT ?? 0)} PUT requests for ${int(fileCount)} files, peak RSS ${mb(manifest.upload.peakRssKb)} |
`
}

function memorySection(memory) {
  if (!memory) return ''
  const { project, cold, rerun, latencyRerun } = memory
  const files = project.collection.length
  const row = (name, run) =>
    `| ${name} | ${secs(run.wallMs)} | ${int(Math.round(files / (run.wallMs / 1000)))} | ${(run.requests.total / files).toFixed(2)} | ` +
    `${bytesRead({ ...run, digestBytes: run.report?.reads?.bytesRead })} | ${mb(run.peakRssKb)} |`
  return `
### Memory check: ${int(files)} files, ${(project.totalBytes / 1e6).toFixed(0)} MB

One run each (this action only).

| Scenario | Wall time | Files/s | Requests/file | Bytes read | Peak RSS |
| --- | ---: | ---: | ---: | ---: | ---: |
${row('cold upload', cold)}
${row('CI rerun, nothing changed', rerun)}
${latencyRerun ? `${row(`CI rerun, nothing changed, with the latency profile`, latencyRerun)}\n` : ''}`
}

export function renderResults({ project, peers, results, loadAtStart = loadavg()[0] }) {
  const files = project.collection.length
  const skipped = results.skipped.map((s) => `- ${s.label}: skipped, ${s.reason}`).join('\n')
  const failures = results.failures.map((f) => `- failed: ${f}`).join('\n')
  return `## Benchmark

${machineLine(loadAtStart)}
Project: ${int(files)} files, ${(project.totalBytes / 1e6).toFixed(1)} MB, generated by \`bench/generate.mjs\`
(ten apps and one STATICFILES_DIRS entry; small CSS/JS/SVG, images of 10–500 KB, a few multi-MB files).
Target: s3rver 3.7.1 on loopback, a fresh bucket per tool. ${peersLine(peers)}
Concurrency ${CONCURRENCY} for the action, the PutObject loop, \`aws s3 sync\` (max_concurrent_requests) and
rclone (--transfers/--checkers); collectstatic with django-storages uploads one file at a time.

${mainTable(results.rows, files)}
${latencySection(results.latencyRows, files)}

- ${results.rounds > 1 ? `Wall time is the median of ${results.rounds} rounds for the fast tools, each round in a rotated order` : 'One round'},
  after one unmeasured warm-up upload; the slow peers ran once. Each measurement starts after \`sync\`, so
  one tool's writes are not flushed to disk on the next one's time. Ratios compare these times. CPU time is
  the tool's own (user + system), not the server's.
- *CI rerun*: every file's mtime set to now (a fresh checkout), no byte changed. *1% changed*: ${int(Math.ceil(files / 100))}
  files changed, plus a fresh checkout.
- Pipelines run \`collectstatic\` into an empty folder, then sync it: wall time is the sum, peak RSS the larger step.
- Bytes read: every byte the tool and its children read (Linux \`rchar\`: files, pipes and sockets, page cache or
  not); for this action, in brackets, the file bytes it read to compute digests (files git vouches for are not read).
  The project is a git repository; a fresh checkout is simulated as new mtimes plus \`git update-index --refresh\`,
  the index a real checkout leaves (written after the files, so git's stat data vouches for them without reading
  them; files a checkout writes in the index's own clock tick would be compared by content), with its objects
  in a pack as a clone or fetch leaves them; the 1% change is a new commit. rchar does not count reads through mmap.
- Requests are counted at the server (HEAD, GET, PUT, POST, DELETE alike). Peak RSS is the measured process's
  (GNU time's maximum resident set size: the largest of the process and each child it waited for, git included).
- s3rver is one Node process writing to local disk and shares the machine with the tools, so absolute times
  are far below real S3's; compare the tools with each other. Its listing is fixed in \`scripts/local-s3.mjs\`
  for every tool alike: keys in S3's byte order, and a page costs its own 1,000 keys' metadata, not the whole
  bucket's (recorded when a key's write ends, as S3 records it, and kept until the next write to the key).
${manifestSection(results.manifest, project)}${memorySection(results.memory)}${skipped ? `\n${skipped}\n` : ''}${failures ? `\n${failures}\n` : ''}`
}
