// The report file on a failed run: the error, every problem and the settings known so far, so a
// workflow that uploads the report as an artifact has it when it matters most.
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { SettingOrigin } from '../inputs/settings.js'
import type { Problem } from '../model.js'

export interface FailureReport {
  failed: true
  error: string
  problems: Problem[]
  settings: SettingOrigin[]
}

/** Where the report goes when the settings could not be built: the input, else $RUNNER_TEMP. */
export function failureReportPath(input: string, workingDirectory: string, env: NodeJS.ProcessEnv): string {
  if (input.trim()) return path.resolve(workingDirectory, input.trim())
  return path.join(env.RUNNER_TEMP || os.tmpdir(), 'collectstatic-s3-report.json')
}

export async function writeFailureReport(file: string, report: FailureReport): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`)
}
