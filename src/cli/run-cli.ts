// `collectstatic-s3 [options]`: the action's engine (run() in main.ts) with a terminal toolkit.
// The working directory is the project root; credentials come from the SDK's default chain.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { run, type RunOptions } from '../main.js'
import { actionYmlPath, readActionSpec } from './action-spec.js'
import { FlagError, parseFlags } from './flags.js'
import { renderHelp } from './help.js'
import { terminalToolkit, type Terminal } from './terminal-toolkit.js'

/** Runs one command line; resolves to the exit code (0 done, 1 failed or bad options). */
export async function runCli(argv: string[], terminal: Terminal, options: RunOptions = {}): Promise<number> {
  const spec = readActionSpec()
  let command
  try {
    command = parseFlags(argv, spec)
  } catch (error) {
    if (!(error instanceof FlagError)) throw error
    terminal.stderr.write(`collectstatic-s3: ${error.message}\n`)
    return 1
  }
  if (command.kind === 'help') terminal.stdout.write(renderHelp(spec, packageVersion()))
  if (command.kind === 'version') terminal.stdout.write(`${packageVersion()}\n`)
  if (command.kind !== 'run') return 0
  const toolkit = terminalToolkit(command.inputs, terminal)
  await run(toolkit, commandLineEnv(terminal.env), options)
  toolkit.flush()
  return toolkit.failed ? 1 : 0
}

/** Relative paths resolve against the current directory, even inside an Actions job. */
function commandLineEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env }
  delete copy.GITHUB_WORKSPACE
  return copy
}

/** package.json sits beside action.yml in the package root. */
function packageVersion(): string {
  const file = path.join(path.dirname(actionYmlPath()), 'package.json')
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
}
