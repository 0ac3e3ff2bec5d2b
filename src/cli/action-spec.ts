// The action's inputs as action.yml declares them: the command line's options, their defaults
// and their help come from here, so the command and the action cannot drift apart.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export interface InputSpec {
  name: string
  description: string
  default: string
  /** Takes true/false, so `--name` alone means true and `--no-name` false. */
  boolean: boolean
  /** Newline-separated list: the option may be repeated, one entry each time. */
  list: boolean
}

export interface ActionSpec {
  name: string
  description: string
  inputs: InputSpec[]
}

/**
 * action.yml two folders up: from src/cli/ in the repository, and from dist/cli/ (the bundle),
 * both land on the package root, which ships action.yml.
 */
export function actionYmlPath(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'action.yml')
}

export function readActionSpec(file = actionYmlPath()): ActionSpec {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(
      `cannot read ${file} (${(error as Error).message}): the options come from it. ` +
        'Run dist/cli/index.js from a checkout or an installed copy of collectstatic-s3, where action.yml is two folders up.'
    )
  }
  return parseActionSpec(text)
}

export function parseActionSpec(text: string): ActionSpec {
  const doc = parse(text) as {
    name?: string
    description?: string
    inputs?: Record<string, { description?: string; default?: unknown }>
  }
  const inputs = Object.entries(doc.inputs ?? {}).map(([name, input]): InputSpec => {
    const description = String(input?.description ?? '').trim()
    const fallback = input?.default === undefined || input.default === null ? '' : String(input.default)
    return {
      name,
      description,
      default: fallback,
      boolean: isBoolean(description, fallback),
      list: /^newline-separated/i.test(description)
    }
  })
  return { name: doc.name ?? 'collectstatic-s3', description: String(doc.description ?? '').trim(), inputs }
}

/** A true/false default, or an empty one whose description speaks of true and false values. */
function isBoolean(description: string, fallback: string): boolean {
  if (fallback === 'true' || fallback === 'false') return true
  return fallback === '' && /\b(true|false)\b/.test(description)
}
