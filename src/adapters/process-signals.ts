// The runner cancels a step with SIGINT, then SIGTERM a few seconds later, then kills it. The
// first signal stops the run (no new requests; open multipart uploads aborted; the state, the
// summary and the report still written, see execute.ts and main.ts). The second leaves about
// two seconds: if the run has not finished reporting by then, a short summary is written
// synchronously and the process exits non-zero, so the log never ends without a word.
import { appendFileSync } from 'node:fs'
import type { RunControl } from '../execute/run-control.js'

const SIGNALS = ['SIGINT', 'SIGTERM'] as const
// After the second signal: time left for the run's own report before the short one is written.
const SECOND_SIGNAL_GRACE_MS = 1_500
// After the first: the run must be over by then even if no second signal comes.
const FIRST_SIGNAL_LIMIT_MS = 8_000

export interface StopSignals {
  /** Removes the handlers; after a signal, ends the process with the exit code the run set. */
  dispose(): void
}

export function watchStopSignals(control: RunControl, log: (message: string) => void): StopSignals {
  let received = 0
  let limit: NodeJS.Timeout | undefined
  const onSignal = (signal: NodeJS.Signals) => {
    received++
    if (received === 1) {
      log(
        `Received ${signal}: stopping. No new requests are started; open multipart uploads are aborted; the manifest is not replaced.`
      )
      control.stop({ cause: 'cancelled', detail: signal })
      limit = setTimeout(() => emergencyExit(`${signal} received ${FIRST_SIGNAL_LIMIT_MS / 1000} s ago`), FIRST_SIGNAL_LIMIT_MS)
    } else {
      log(`Received ${signal} again: finishing the report now.`)
      clearTimeout(limit)
      limit = setTimeout(() => emergencyExit(`${signal} received while the report was being written`), SECOND_SIGNAL_GRACE_MS)
    }
    limit.unref()
  }
  for (const signal of SIGNALS) process.on(signal, onSignal)
  return {
    dispose() {
      clearTimeout(limit)
      for (const signal of SIGNALS) process.removeListener(signal, onSignal)
      // Keep-alive sockets or timers of aborted requests must not hold a cancelled step open.
      if (received > 0) process.exit(process.exitCode ?? 1)
    }
  }
}

function emergencyExit(why: string): void {
  const message =
    `collectstatic-s3 was cancelled and stopped before it finished reporting (${why}). The manifest was not replaced ` +
    'and nothing was deleted; uploads in flight may or may not have completed. Run the step again: it re-sends only what is missing or different.'
  process.stdout.write(`::error::${message}\n`)
  const summary = process.env.GITHUB_STEP_SUMMARY
  if (summary) {
    try {
      appendFileSync(summary, `### collectstatic-s3 cancelled\n\n> [!CAUTION]\n> ${message}\n`)
    } catch {
      // Exiting is what matters now.
    }
  }
  process.exit(1)
}
