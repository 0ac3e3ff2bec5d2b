#!/usr/bin/env node
// `npx collectstatic-s3`: the action's engine on a laptop or another CI system (bundled to dist/cli/).
import { runCli } from './cli/run-cli.js'

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: process.stdout.isTTY === true,
  env: process.env
})
