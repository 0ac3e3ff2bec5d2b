// Stopping a run early: a cancel (the runner's SIGINT, then SIGTERM) or the overall deadline.
// One AbortSignal goes to every request the target starts; the executor checks it before
// starting the next one. Pure: the process signals are wired up in adapters/process-signals.ts.
import { setMaxListeners } from 'node:events'
import { ActionError } from '../errors.js'

export type StopCause = 'cancelled' | 'deadline'

export interface StopReason {
  cause: StopCause
  /** For the log and the summary: `SIGINT`, `the 30-minute deadline`. */
  detail: string
}

export class RunControl {
  private readonly controller = new AbortController()
  private stopReason: StopReason | null = null
  private timer: NodeJS.Timeout | undefined

  constructor() {
    // Every request in flight listens for the stop: far more than the default 10.
    setMaxListeners(0, this.controller.signal)
  }

  /** Stops the run `ms` from now (0: no deadline); `label` names it in messages. */
  setDeadline(ms: number, label: string): void {
    clearTimeout(this.timer)
    if (ms <= 0) return
    this.timer = setTimeout(() => this.stop({ cause: 'deadline', detail: label }), ms)
    this.timer.unref()
  }

  get signal(): AbortSignal {
    return this.controller.signal
  }

  get stopped(): StopReason | null {
    return this.stopReason
  }

  /** The first reason wins; later calls change nothing. */
  stop(reason: StopReason): void {
    if (this.stopReason) return
    this.stopReason = reason
    this.controller.abort(new RunStoppedError(reason))
  }

  dispose(): void {
    clearTimeout(this.timer)
  }
}

/** What an aborted request rejects with; also thrown when a run stops before its uploads. */
export class RunStoppedError extends ActionError {
  constructor(readonly reason: StopReason) {
    super(describeStop(reason))
    this.name = 'RunStoppedError'
  }
}

export function describeStop(reason: StopReason): string {
  return reason.cause === 'cancelled' ? `the run was cancelled (${reason.detail})` : `the run reached ${reason.detail}`
}
