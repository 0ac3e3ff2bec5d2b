// Types of run-action.mjs, for the TypeScript tests that run the bundled action the same way.
export declare const repoRoot: string
export declare const actionEntry: string

export declare function actionDefaults(actionYml?: string): Record<string, string>
export declare function parseOutputFile(text: string): Record<string, string>

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  wallMs: number
  peakRssKb: number | undefined
  outputs: Record<string, string>
  summary: string
  report: unknown
  runnerTemp: string
}

export declare function runAction(options?: {
  inputs?: Record<string, string>
  env?: Record<string, string>
  cwd?: string
  entry?: string
  keepTemp?: boolean
}): Promise<ActionRun>

/** The environment of one step (INPUT_* for action.yml defaults and `inputs`, GITHUB_* files, RUNNER_TEMP). */
export declare function stepEnvironment(options: {
  inputs: Record<string, string>
  env: Record<string, string>
  runnerTemp: string
  outputFile: string
  summaryFile: string
}): NodeJS.ProcessEnv
