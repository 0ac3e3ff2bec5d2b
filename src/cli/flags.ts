// The command line → action inputs. Every option is an action.yml input under the same name;
// an option not given takes the action.yml default, as the runner does for a step.
import type { ActionSpec, InputSpec } from './action-spec.js'

export class FlagError extends Error {
  constructor(message: string) {
    super(`${message} Run 'collectstatic-s3 --help' for the options.`)
    this.name = 'FlagError'
  }
}

export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; inputs: Record<string, string> }

const BOOLEAN_WORDS = /^(true|false|yes|no|on|off|1|0)$/i

export function parseFlags(argv: string[], spec: ActionSpec): Command {
  const byName = new Map(spec.inputs.map((input) => [input.name, input]))
  const given = new Map<string, string[]>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--help' || arg === '-h') return { kind: 'help' }
    if (arg === '--version' || arg === '-V') return { kind: 'version' }
    if (!arg.startsWith('--') || arg === '--')
      throw new FlagError(`Unexpected argument '${arg}': options are --name value (or --name=value).`)
    const { name, inline } = split(arg.slice(2))
    const negated = !byName.has(name) && name.startsWith('no-') && byName.get(name.slice(3))?.boolean === true
    const input = byName.get(negated ? name.slice(3) : name)
    if (!input) throw new FlagError(`Unknown option '--${name}'.${suggestion(name, spec.inputs)}`)
    if (negated) {
      if (inline !== undefined) throw new FlagError(`Option '--${name}' takes no value.`)
      add(given, input, 'false')
      continue
    }
    let value = inline
    if (value === undefined) {
      const next = argv[i + 1]
      if (input.boolean) value = next !== undefined && BOOLEAN_WORDS.test(next) ? argv[++i]! : 'true'
      else if (next === undefined || next.startsWith('--')) throw new FlagError(`Option '--${name}' needs a value.`)
      else value = argv[++i]!
    }
    add(given, input, value)
  }
  const inputs: Record<string, string> = {}
  for (const input of spec.inputs) inputs[input.name] = given.get(input.name)?.join('\n') ?? input.default
  return { kind: 'run', inputs }
}

function split(flag: string): { name: string; inline?: string } {
  const at = flag.indexOf('=')
  return at < 0 ? { name: flag } : { name: flag.slice(0, at), inline: flag.slice(at + 1) }
}

function add(given: Map<string, string[]>, input: InputSpec, value: string): void {
  const values = given.get(input.name) ?? []
  if (values.length > 0 && !input.list) throw new FlagError(`Option '--${input.name}' is given more than once.`)
  given.set(input.name, [...values, value])
}

/** The closest option name, when one is close enough to be a typo. */
function suggestion(name: string, inputs: InputSpec[]): string {
  let best: { name: string; distance: number } | undefined
  for (const input of inputs) {
    const distance = editDistance(name, input.name)
    if (!best || distance < best.distance) best = { name: input.name, distance }
  }
  return best && best.distance <= Math.max(2, Math.floor(name.length / 4)) ? ` Did you mean '--${best.name}'?` : ''
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}
