// The defaults action.yml declares, read from the file itself so tests see what the runner passes.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ACTION_YML = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'action.yml')

export function actionDefaults(): Record<string, string> {
  const defaults: Record<string, string> = {}
  let current: string | null = null
  for (const line of readFileSync(ACTION_YML, 'utf8').split('\n')) {
    const input = /^ {2}([a-z0-9-]+):\s*$/.exec(line)
    if (input) current = input[1]!
    const value = /^ {4}default:\s*'(.*)'\s*$/.exec(line)
    if (current && value) defaults[current] = value[1]!.replace(/''/g, "'")
    if (/^outputs:/.test(line)) break
  }
  return defaults
}
