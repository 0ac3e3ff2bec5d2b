// The inputs that decide who reads the Django settings: the project's Python or the evaluator.
import { InputError } from '../errors.js'
import { SETTINGS_READER_CHOICES, type SettingsReaderChoice } from '../project/python-read.js'
import { parseBoolean, parseLines } from './parse.js'

type Read = (name: string) => string

export function readerOptions(read: Read, env: NodeJS.ProcessEnv) {
  const raw = read('settings-reader').trim().toLowerCase() || 'auto'
  if (!SETTINGS_READER_CHOICES.includes(raw as SettingsReaderChoice)) {
    throw new InputError('settings-reader', `'${raw}' is not one of ${SETTINGS_READER_CHOICES.join(', ')}.`)
  }
  const onTarget = parseBoolean('settings-reader-on-pull-request-target', read('settings-reader-on-pull-request-target')) ?? false
  const timeout = read('settings-reader-timeout').trim()
  const seconds = timeout ? Number(timeout) : 60
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new InputError('settings-reader-timeout', `'${timeout}' is not a positive number of seconds.`)
  return {
    settingsReader: raw as SettingsReaderChoice,
    untrustedCode: env.GITHUB_EVENT_NAME === 'pull_request_target' && !onTarget,
    ignore: parseLines(read('ignore')),
    defaultIgnore: parseBoolean('default-ignore', read('default-ignore')) ?? true,
    timeoutMs: Math.round(seconds * 1000)
  }
}
