// Runs the bundled action the way the Actions runner does (every action.yml default as an INPUT_*
// variable, hyphens kept; outputs and the job summary in the files GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY name), through the same launcher the demo and the benchmark use.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { actionEntry, parseOutputFile, repoRoot, runAction, stepEnvironment } from '../../scripts/run-action.mjs'

export const REPO_ROOT = repoRoot

export interface DistRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  report: unknown
}

export async function runDist(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<DistRun> {
  const { code, stdout, stderr, outputs, summary, report } = await runAction({ inputs, env })
  return { code, stdout, stderr, outputs, summary, report: report ?? null }
}

export interface StartedDist {
  /** The node process itself (not a wrapper), so signals reach the action. */
  child: ChildProcess
  /** Resolves when the process has exited, with everything runDist returns and the wall time. */
  done: Promise<DistRun & { wallMs: number; signal: NodeJS.Signals | null }>
}

/** Starts `node dist/index.js` as the runner would and hands back the process, for cancel drills. */
export async function startDist(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<StartedDist> {
  const runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'runner-temp-'))
  const outputFile = path.join(runnerTemp, 'github_output')
  const summaryFile = path.join(runnerTemp, 'step_summary.md')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const reportFile = path.join(runnerTemp, 'report.json')
  const stepEnv = stepEnvironment({ inputs: { 'report-file': reportFile, ...inputs }, env, runnerTemp, outputFile, summaryFile })
  const started = performance.now()
  const child = spawn(process.execPath, [actionEntry], { cwd: REPO_ROOT, env: stepEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  const stdout: Buffer[] = []
  const stderr: Buffer[] = []
  child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk))
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk))
  const done = new Promise<{ code: number; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code: code ?? 128, signal }))
  ).then(async ({ code, signal }) => {
    const wallMs = performance.now() - started
    const read = (file: string) => readFile(file, 'utf8').catch(() => '')
    const reportText = await read(reportFile)
    const result = {
      code,
      signal,
      wallMs,
      stdout: Buffer.concat(stdout).toString('utf8'),
      stderr: Buffer.concat(stderr).toString('utf8'),
      outputs: parseOutputFile(await read(outputFile)),
      summary: await read(summaryFile),
      report: reportText ? (JSON.parse(reportText) as unknown) : null
    }
    await rm(runnerTemp, { recursive: true, force: true })
    return result
  })
  return { child, done }
}
