// Runs the bundled command line (dist/cli/index.js) as a user would: in the project folder,
// with a clean environment (no GITHUB_*, RUNNER_*, AWS_* of this machine, no ~/.aws profile).
import { spawn } from 'node:child_process'
import path from 'node:path'
import { repoRoot } from '../../scripts/run-action.mjs'

export const CLI_ENTRY = path.join(repoRoot, 'dist', 'cli', 'index.js')

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export async function runCli(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<CliRun> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(INPUT_|GITHUB_|RUNNER_|AWS_|NO_COLOR|FORCE_COLOR)/.test(name))
  )
  const env = {
    ...base,
    AWS_CONFIG_FILE: path.join(options.cwd, '.no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(options.cwd, '.no-aws-credentials'),
    // The AWS SDK's notice about Node 20 support is not what these tests look at.
    NODE_NO_WARNINGS: '1',
    ...options.env
  }
  const child = spawn(process.execPath, [CLI_ENTRY, ...args], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const stdout: Buffer[] = []
  const stderr: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (exitCode) => resolve(exitCode ?? 1))
  })
  return { code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }
}
