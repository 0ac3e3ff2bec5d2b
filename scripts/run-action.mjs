// Runs the bundled action (`node dist/index.js`) the way the Actions runner does: every
// input from action.yml as INPUT_<NAME> (defaults included, hyphens kept), GITHUB_OUTPUT
// and GITHUB_STEP_SUMMARY as files, RUNNER_TEMP a temp dir. Used by the demo and the
// benchmark; also measures wall time and peak memory of any command (spawnMeasured).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

export const repoRoot = dirname(dirname(fileURLToPath(import.meta.url)))
export const actionEntry = join(repoRoot, 'dist', 'index.js')

/** Input defaults from action.yml (the runner passes these when a step leaves an input out). */
export function actionDefaults(actionYml = join(repoRoot, 'action.yml')) {
  const defaults = {}
  let inInputs = false
  let current
  for (const line of readFileSync(actionYml, 'utf8').split(/\r?\n/)) {
    if (/^\S/.test(line)) inInputs = line.startsWith('inputs:')
    if (!inInputs) continue
    const name = /^ {2}([\w-]+):\s*$/.exec(line)
    if (name) current = name[1]
    const value = /^ {4}default:\s*(.*)$/.exec(line)
    if (value && current) defaults[current] = yamlScalar(value[1])
  }
  return defaults
}

function yamlScalar(text) {
  const trimmed = text.trim()
  if (trimmed.startsWith("'")) return trimmed.slice(1, -1).replaceAll("''", "'")
  if (trimmed.startsWith('"')) return JSON.parse(trimmed)
  return trimmed
}

/** `name<<delimiter … delimiter` and `name=value` records of a GITHUB_OUTPUT file. */
export function parseOutputFile(text) {
  const outputs = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1)
      outputs[heredoc[1]] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return outputs
}

/** The environment of one step: the caller's, minus anything that would leak into the run. */
export function stepEnvironment({ inputs, env, runnerTemp, outputFile, summaryFile }) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(INPUT_|GITHUB_|RUNNER_|AWS_)/.test(name)))
  const inputVars = Object.fromEntries(
    Object.entries({ ...actionDefaults(), ...inputs }).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, String(value)])
  )
  return {
    ...base,
    // No ~/.aws profile of this machine may stand in for missing credentials.
    AWS_CONFIG_FILE: join(runnerTemp, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(runnerTemp, 'no-aws-credentials'),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repoRoot,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    ...inputVars,
    ...env
  }
}

/**
 * Runs `node dist/index.js` once. `inputs` are action inputs by their action.yml names;
 * `env` adds variables (credentials). Returns the exit code, the log, the outputs, the
 * job summary, the JSON report (when written), wall time and peak RSS.
 */
export async function runAction({ inputs = {}, env = {}, cwd = repoRoot, entry = actionEntry, keepTemp = false } = {}) {
  const runnerTemp = await mkdtemp(join(tmpdir(), 'runner-temp-'))
  const outputFile = join(runnerTemp, 'github_output')
  const summaryFile = join(runnerTemp, 'step_summary.md')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  try {
    const stepEnv = stepEnvironment({ inputs, env, runnerTemp, outputFile, summaryFile })
    const run = await spawnMeasured(process.execPath, [entry], { cwd, env: stepEnv })
    const outputs = parseOutputFile(await readFile(outputFile, 'utf8'))
    const summary = await readFile(summaryFile, 'utf8')
    const reportPath = outputs['report-file'] || join(runnerTemp, 'collectstatic-s3-report.json')
    const report = existsSync(reportPath) ? JSON.parse(await readFile(reportPath, 'utf8')) : undefined
    return { ...run, outputs, summary, report, runnerTemp }
  } finally {
    if (!keepTemp) await rm(runnerTemp, { recursive: true, force: true })
  }
}

const gnuTime = findGnuTime()

function findGnuTime() {
  if (!existsSync('/usr/bin/time')) return undefined
  const probe = spawnSync('/usr/bin/time', ['-f', '%M', '-o', '/dev/null', 'true'])
  return probe.status === 0 ? '/usr/bin/time' : undefined
}

/**
 * Spawns a command, collecting its output, and measures wall time and the peak resident
 * set size (KiB) of the process (and of its waited-for children, with GNU time, which also
 * gives the CPU time used). Without GNU time, VmHWM of the process itself is polled from /proc.
 */
export async function spawnMeasured(command, args, { cwd, env, stdin = 'ignore' } = {}) {
  const statsFile = gnuTime ? join(tmpdir(), `time-${process.pid}-${Math.random().toString(36).slice(2)}`) : undefined
  const ioFile = hasProcIo
    ? `${statsFile ?? join(tmpdir(), `io-${process.pid}-${Math.random().toString(36).slice(2)}`)}.io`
    : undefined
  const [measured, measuredArgs] = ioFile
    ? ['bash', ['-c', READ_BYTES_SCRIPT, 'bash', ioFile, command, ...args]]
    : [command, args]
  const [file, argv] = gnuTime
    ? [gnuTime, ['-f', '%M %U %S', '-o', statsFile, measured, ...measuredArgs]]
    : [measured, measuredArgs]
  const started = performance.now()
  const child = spawn(file, argv, { cwd, env, stdio: [stdin, 'pipe', 'pipe'] })
  const stdout = []
  const stderr = []
  child.stdout.on('data', (chunk) => stdout.push(chunk))
  child.stderr.on('data', (chunk) => stderr.push(chunk))
  const poller = gnuTime ? undefined : pollPeakRss(child.pid)
  const code = await new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (exitCode, signal) => resolve(exitCode ?? 128 + (signal === 'SIGKILL' ? 9 : 15)))
  })
  const wallMs = performance.now() - started
  let peakRssKb = poller?.stop()
  let cpuMs
  if (statsFile) {
    const [rss, user, system] = readFileSync(statsFile, 'utf8').trim().split('\n').pop().split(' ').map(Number)
    peakRssKb = rss
    cpuMs = Math.round((user + system) * 1000)
    await rm(statsFile, { force: true })
  }
  const bytesRead = ioFile ? readBytes(ioFile) : undefined
  if (ioFile) await rm(ioFile, { force: true })
  return {
    code,
    stdout: Buffer.concat(stdout).toString('utf8'),
    stderr: Buffer.concat(stderr).toString('utf8'),
    wallMs,
    peakRssKb,
    cpuMs,
    bytesRead
  }
}

// The command runs under a shell that, once it has waited for the command, copies its own
// /proc I/O counters: Linux adds a reaped child's reads to its parent's, so `rchar` is every byte
// the command and its children read (files, pipes and sockets alike; page cache or not). bash,
// not sh: dash drops environment variables whose names it cannot use, such as INPUT_DRY-RUN.
const hasProcIo = existsSync('/proc/self/io') && existsSync('/bin/bash')
const READ_BYTES_SCRIPT = 'f=$1; shift; "$@"; code=$?; grep "^rchar:" /proc/$$/io > "$f" 2>/dev/null; exit $code'

function readBytes(ioFile) {
  try {
    const match = /^rchar:\s+(\d+)/m.exec(readFileSync(ioFile, 'utf8'))
    return match ? Number(match[1]) : undefined
  } catch {
    return undefined
  }
}

function pollPeakRss(pid) {
  let peak = 0
  const read = () => {
    try {
      const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (match) peak = Math.max(peak, Number(match[1]))
    } catch {
      // The process has exited; keep the last reading.
    }
  }
  const timer = setInterval(read, 25)
  return {
    stop: () => {
      clearInterval(timer)
      return peak || undefined
    }
  }
}
