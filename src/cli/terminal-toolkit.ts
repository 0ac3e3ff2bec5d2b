// The Toolkit for a terminal (or any CI log): inputs from the command line, messages on
// stdout/stderr, the report as text tables, progress as one updating line on a TTY or periodic
// lines otherwise. Secrets are replaced by *** in everything it prints.
import type { Annotation, Toolkit } from '../adapters/toolkit.js'
import { LineProgress, PeriodicProgress, type Clock } from '../progress/reporters.js'
import { COLOUR, PLAIN, renderTerminalReport, type Style } from '../report/terminal.js'

export interface Terminal {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
  /** stdout is a terminal: colour (unless NO_COLOR) and an updating progress line. */
  isTTY: boolean
  env: NodeJS.ProcessEnv
  clock?: Clock
}

export interface TerminalToolkit extends Toolkit {
  outputs: Record<string, string>
  failed: boolean
  /** Prints problems not yet shown (a run that ended without a report). */
  flush(): void
}

export function useColour(terminal: Pick<Terminal, 'isTTY' | 'env'>): boolean {
  const noColor = terminal.env.NO_COLOR
  return terminal.isTTY && (noColor === undefined || noColor === '') && terminal.env.TERM !== 'dumb'
}

export function terminalToolkit(inputs: Record<string, string>, terminal: Terminal): TerminalToolkit {
  const style: Style = useColour(terminal) ? COLOUR : PLAIN
  const secrets: string[] = []
  const mask = (text: string) => secrets.reduce((masked, secret) => masked.split(secret).join('***'), text)
  const line = terminal.isTTY ? new LineProgress((text) => terminal.stdout.write(text), terminal.clock) : undefined
  const out = (text: string) => {
    line?.clear()
    terminal.stdout.write(mask(text))
  }
  const err = (text: string) => {
    line?.clear()
    terminal.stderr.write(mask(text))
  }
  // Problems are held back: a finished run lists them in the report's Problems section, a failed
  // one prints them before the failure, so a terminal shows each once.
  let pending: string[] = []
  const annotate = (label: string, message: string, where?: Annotation) =>
    void pending.push(`${label}: ${message}${location(where)}\n`)
  const flush = () => {
    for (const text of pending) err(text)
    pending = []
  }
  const toolkit: TerminalToolkit = {
    outputs: {},
    failed: false,
    getInput: (name) => inputs[name] ?? '',
    setSecret: (value) => void (value && secrets.push(value)),
    setOutput: (name, value) => void (toolkit.outputs[name] = String(value)),
    info: (message) => out(`${message}\n`),
    notice: (message, where) => annotate('notice', message, where),
    warning: (message, where) => annotate(style.yellow('warning'), message, where),
    error: (message, where) => annotate(style.red('error'), message, where),
    setFailed: (message) => {
      toolkit.failed = true
      flush()
      err(`${style.red(style.bold('collectstatic-s3 failed'))}: ${asOption(message)}\n`)
    },
    // No job summary on a terminal: showReport prints the same sections as text.
    appendSummary: async () => {},
    showReport: (report, reportPath) => {
      pending = []
      out(`\n${renderTerminalReport(report, reportPath, style)}`)
    },
    flush,
    progress: line ?? new PeriodicProgress((text) => out(`${text}\n`), terminal.clock)
  }
  return toolkit
}

function location(where: Annotation | undefined): string {
  if (!where?.file) return ''
  return ` (${where.file}${where.line ? `:${where.line}` : ''})`
}

/** The engine names inputs (`Input 'bucket': ...`); on the command line they are options. */
function asOption(message: string): string {
  return message.replace(/^Input '([\w-]+)':/, "Option '--$1':")
}
