// A Toolkit that keeps everything in memory, for tests of code that talks to the runner.
import type { Annotation, Toolkit } from '../src/adapters/toolkit.js'

export interface FakeToolkit extends Toolkit {
  inputs: Record<string, string>
  secrets: string[]
  outputs: Record<string, string>
  annotations: { level: 'notice' | 'warning' | 'error'; message: string; where?: Annotation }[]
  logs: string[]
  summary: string
  failed: string | null
}

/** Inputs not given default as action.yml says, like the runner does. */
export function fakeToolkit(inputs: Record<string, string> = {}, defaults: Record<string, string> = {}): FakeToolkit {
  const toolkit: FakeToolkit = {
    inputs: { ...defaults, ...inputs },
    secrets: [],
    outputs: {},
    annotations: [],
    logs: [],
    summary: '',
    failed: null,
    getInput: (name) => toolkit.inputs[name] ?? '',
    setSecret: (value) => void toolkit.secrets.push(value),
    setOutput: (name, value) => void (toolkit.outputs[name] = String(value)),
    info: (message) => void toolkit.logs.push(message),
    notice: (message, where) => void toolkit.annotations.push({ level: 'notice', message, ...(where ? { where } : {}) }),
    warning: (message, where) => void toolkit.annotations.push({ level: 'warning', message, ...(where ? { where } : {}) }),
    error: (message, where) => void toolkit.annotations.push({ level: 'error', message, ...(where ? { where } : {}) }),
    setFailed: (message) => void (toolkit.failed = message),
    appendSummary: async (markdown) => void (toolkit.summary += markdown)
  }
  return toolkit
}
