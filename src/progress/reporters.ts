// Two ways to show progress: one line rewritten in place (a terminal), or a plain line every
// few seconds once a stage has run that long (the Actions log, a CI log, a pipe).
import { formatBytes } from '../report/format.js'
import type { Progress, ProgressStage } from './progress.js'

export type Clock = () => number

const VERBS: Record<ProgressStage, string> = { hash: 'hashed', upload: 'uploaded' }
const NOUNS: Record<ProgressStage, string> = { hash: 'files', upload: 'objects' }

interface StageState {
  stage: ProgressStage
  total: number
  totalBytes: number
  done: number
  bytes: number
  started: number
}

/** `hashed 1200/5000 files · 34 MB/135 MB · 48 MB/s · 0.7 s` */
export function progressLine(state: StageState, now: number): string {
  const seconds = Math.max(now - state.started, 0) / 1000
  const count = state.total > 0 ? `${Math.min(state.done, state.total)}/${state.total}` : String(state.done)
  const bytes = state.totalBytes > 0 ? `${formatBytes(state.bytes)}/${formatBytes(state.totalBytes)}` : formatBytes(state.bytes)
  // A rate over the first fraction of a second says nothing.
  const rate = seconds >= 0.5 ? ` · ${formatBytes(Math.round(state.bytes / seconds))}/s` : ''
  return `${VERBS[state.stage]} ${count} ${NOUNS[state.stage]} · ${bytes}${rate} · ${seconds.toFixed(1)} s`
}

abstract class Reporter implements Progress {
  protected state: StageState | undefined

  constructor(protected readonly clock: Clock) {}

  begin(stage: ProgressStage, total: number, totalBytes = 0): void {
    if (this.state) this.end()
    this.state = { stage, total, totalBytes, done: 0, bytes: 0, started: this.clock() }
  }

  step(bytes: number): void {
    if (!this.state) return
    this.state.done++
    this.state.bytes += bytes
    this.changed(this.state, this.clock())
  }

  end(): void {
    const state = this.state
    this.state = undefined
    if (state) this.finished(state, this.clock())
  }

  protected abstract changed(state: StageState, now: number): void
  protected abstract finished(state: StageState, now: number): void
}

/** A terminal: the line is redrawn at most every `intervalMs`, and cleared when the stage ends. */
export class LineProgress extends Reporter {
  private lastDrawn = -Infinity
  private drawn = false

  constructor(
    private readonly write: (text: string) => void,
    clock: Clock = () => performance.now(),
    private readonly intervalMs = 100
  ) {
    super(clock)
  }

  protected changed(state: StageState, now: number): void {
    if (now - this.lastDrawn < this.intervalMs && state.done !== state.total) return
    this.lastDrawn = now
    this.drawn = true
    this.write(`\r\x1b[2K${progressLine(state, now)}`)
  }

  protected finished(): void {
    this.clear()
    this.lastDrawn = -Infinity
  }

  /** Takes the line away (before other output); the next step draws it again. */
  clear(): void {
    if (this.drawn) this.write('\r\x1b[2K')
    this.drawn = false
    this.lastDrawn = -Infinity
  }
}

/**
 * A log: nothing for a stage shorter than `intervalMs`; after that a line every `intervalMs`,
 * and a last one when the stage ends, so a short run's log stays as it was.
 */
export class PeriodicProgress extends Reporter {
  private lastLogged = 0
  private logged = false

  constructor(
    private readonly log: (line: string) => void,
    clock: Clock = () => performance.now(),
    private readonly intervalMs = 5000
  ) {
    super(clock)
  }

  override begin(stage: ProgressStage, total: number, totalBytes = 0): void {
    super.begin(stage, total, totalBytes)
    this.lastLogged = this.clock()
    this.logged = false
  }

  protected changed(state: StageState, now: number): void {
    if (now - this.lastLogged < this.intervalMs) return
    this.lastLogged = now
    this.logged = true
    this.log(`collectstatic-s3: ${progressLine(state, now)}`)
  }

  protected finished(state: StageState, now: number): void {
    if (this.logged) this.log(`collectstatic-s3: ${progressLine(state, now)} (done)`)
  }
}
