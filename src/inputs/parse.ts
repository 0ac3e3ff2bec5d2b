// Parsing of single input values. Every failure names the input and says what would be valid.
import { InputError } from '../errors.js'

// Wider than the toolkit's getBooleanInput (true/True/TRUE, false/False/FALSE) on purpose: the
// YAML 1.1 words are what people write in workflow files, and none of them is ambiguous.
const TRUE_WORDS = new Set(['true', 'yes', 'on', '1'])
const FALSE_WORDS = new Set(['false', 'no', 'off', '0'])

/** `undefined` when the input was left empty (so another source may supply it). */
export function parseBoolean(name: string, raw: string): boolean | undefined {
  const value = raw.trim().toLowerCase()
  if (value === '') return undefined
  if (TRUE_WORDS.has(value)) return true
  if (FALSE_WORDS.has(value)) return false
  throw new InputError(name, `'${raw}' is not a boolean. Use true or false.`)
}

export function parsePositiveInteger(name: string, raw: string, max: number): number | undefined {
  const value = raw.trim()
  if (value === '') return undefined
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new InputError(name, `'${raw}' is not a whole number from 1 to ${max}.`)
  }
  return Number(value)
}

/** Non-empty lines, trimmed; lines starting with `#` are comments. */
export function parseLines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

export function parseChoice<T extends string>(name: string, raw: string, choices: readonly T[]): T | undefined {
  const value = raw.trim().toLowerCase()
  if (value === '') return undefined
  const match = choices.find((choice) => choice === value)
  if (!match) throw new InputError(name, `'${raw}' is not one of: ${choices.join(', ')}.`)
  return match
}

/** Comma- or newline-separated words, each one of `choices`. */
export function parseChoiceList<T extends string>(name: string, raw: string, choices: readonly T[]): Set<T> {
  const words = raw
    .split(/[,\n]/)
    .map((word) => word.trim())
    .filter(Boolean)
  return new Set(words.map((word) => parseChoice(name, word, choices) as T))
}

export function parseJsonObject(name: string, raw: string): Record<string, unknown> | undefined {
  if (raw.trim() === '') return undefined
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (error) {
    throw new InputError(
      name,
      `is not valid JSON (${(error as Error).message}). Give a JSON object such as {"ACL": "public-read"}.`
    )
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(name, 'must be a JSON object such as {"ACL": "public-read"}.')
  }
  return value as Record<string, unknown>
}
