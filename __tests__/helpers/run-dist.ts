// Runs the bundled action the way the Actions runner does (every action.yml default as an INPUT_*
// variable, hyphens kept; outputs and the job summary in the files GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY name), through the same launcher the demo and the benchmark use.
import { repoRoot, runAction } from '../../scripts/run-action.mjs'

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
