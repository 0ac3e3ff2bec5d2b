// Runs the bundled action the way the Actions runner does: inputs as INPUT_* variables (hyphens
// kept), outputs and the job summary written to the files GITHUB_OUTPUT / GITHUB_STEP_SUMMARY name.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const DIST_ENTRY = path.join(REPO_ROOT, 'dist', 'index.js')

export interface DistRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  report: unknown
}

export async function runDist(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<DistRun> {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'cs3-runner-'))
  const outputFile = path.join(temp, 'output.txt')
  const summaryFile = path.join(temp, 'summary.md')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const inputVariables = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]))
  const childEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: REPO_ROOT,
    // No real AWS configuration or credentials may leak into tests.
    AWS_CONFIG_FILE: path.join(temp, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(temp, 'no-aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    ...inputVariables,
    ...env
  }
  const { code, stdout, stderr } = await execNode([DIST_ENTRY], childEnv)
  const outputs = parseOutputFile(await readFile(outputFile, 'utf8'))
  const reportPath = outputs['report-file']
  const report = reportPath ? JSON.parse(await readFile(reportPath, 'utf8')) : null
  return { code, stdout, stderr, outputs, summary: await readFile(summaryFile, 'utf8'), report }
}

function execNode(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
      resolve({ code, stdout, stderr })
    })
  })
}

/** The runner's file-command format: `name<<DELIMITER\nvalue\nDELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!
  return outputs
}
