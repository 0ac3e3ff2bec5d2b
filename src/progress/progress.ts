// Progress of the long stages (hashing the files, uploading the objects), reported to whoever
// shows it: an updating terminal line, periodic log lines in the Actions log, or nothing.
export type ProgressStage = 'hash' | 'upload'

export interface Progress {
  /** A stage begins; `total` items (and `totalBytes`) are expected, 0 when unknown. */
  begin(stage: ProgressStage, total: number, totalBytes?: number): void
  /** One item of the current stage is done (`bytes` of it). */
  step(bytes: number): void
  /** The current stage is over. */
  end(): void
}

export const NO_PROGRESS: Progress = {
  begin: () => {},
  step: () => {},
  end: () => {}
}
