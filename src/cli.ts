#!/usr/bin/env node
// `npx collectstatic-s3`: the action's engine on a laptop or another CI system (bundled to dist/cli/).
import { runCli } from './cli/run-cli.js'

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stdout.isTTY === true,
    env: process.env
  })
} catch (error) {
  // run() reports its own failures; this is the command line itself failing (action.yml unreadable).
  process.stderr.write(`collectstatic-s3: ${(error as Error).message}\n`)
  process.exitCode = 1
}
