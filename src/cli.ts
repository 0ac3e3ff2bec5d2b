#!/usr/bin/env node
// `npx collectstatic-s3`: the action's engine on a laptop or another CI system (bundled to dist/cli/).
import { answerGitJob } from './adapters/git-thread.js'
import { runCli } from './cli/run-cli.js'

// A helper thread the run started (git's answers) does only that.
if (!(await answerGitJob())) await main()

async function main() {
  try {
    process.exitCode = await runCli(
      process.argv.slice(2),
      {
        stdout: process.stdout,
        stderr: process.stderr,
        isTTY: process.stdout.isTTY === true,
        env: process.env
      },
      { helperEntry: new URL(import.meta.url) }
    )
  } catch (error) {
    // run() reports its own failures; this is the command line itself failing (action.yml unreadable).
    process.stderr.write(`collectstatic-s3: ${(error as Error).message}\n`)
    process.exitCode = 1
  }
}
