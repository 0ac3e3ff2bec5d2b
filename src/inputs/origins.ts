// Picks each setting from the first source that has it (input, environment, project settings,
// default) and remembers which one it was, for the job summary.
import path from 'node:path'
import type { SettingOrigin } from './settings.js'

export interface FromSettings<T> {
  value: T
  from: { source: 'settings' | 'default'; file?: string; line?: number }
}

export class OriginLog {
  readonly entries: SettingOrigin[] = []

  constructor(private readonly workingDirectory: string) {}

  record(name: string, value: unknown, from: string): void {
    this.entries.push({ name, value: display(value), from })
  }

  /**
   * input → settings → fallback; `undefined` input means "left empty". An input equal to the
   * default is shown as the default: the runner passes action.yml's defaults as if typed.
   */
  choose<T>(
    name: string,
    input: T | undefined,
    settings: FromSettings<T> | undefined,
    fallback: T,
    show: (value: T) => unknown = (value) => value
  ): T {
    if (input !== undefined) {
      this.record(name, show(input), display(input) === display(fallback) ? 'default' : 'input')
      return input
    }
    if (settings !== undefined && settings.from.source === 'settings') {
      this.record(name, show(settings.value), this.describeSettings(settings.from))
      return settings.value
    }
    this.record(name, show(fallback), 'default')
    return fallback
  }

  describeSettings(from: { file?: string; line?: number }): string {
    if (!from.file) return 'settings'
    const file = path.relative(this.workingDirectory, from.file) || from.file
    return `settings (${file.split(path.sep).join('/')}${from.line ? `:${from.line}` : ''})`
  }
}

// Values shown in the summary and report never include key material (SSECustomerKey, ...).
const SECRET_KEY = /key$|secret|password|token/i

function display(value: unknown): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map((item) => display(item)).join(', ')
  return JSON.stringify(value, (key, item: unknown) => (key && SECRET_KEY.test(key) && typeof item === 'string' ? '***' : item))
}
