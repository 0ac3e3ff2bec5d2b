// The command line's options are action.yml's inputs: parsing, defaults, and --help, checked
// against an independent parse of action.yml so the two cannot drift apart.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { actionYmlPath, readActionSpec } from '../../src/cli/action-spec.js'
import { FlagError, parseFlags } from '../../src/cli/flags.js'
import { renderHelp } from '../../src/cli/help.js'
import { REPO_ROOT } from '../helpers/run-dist.js'

const ACTION = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>
}
const spec = readActionSpec()

function inputs(argv: string[]): Record<string, string> {
  const command = parseFlags(argv, spec)
  if (command.kind !== 'run') throw new Error(`not a run: ${command.kind}`)
  return command.inputs
}

function flagError(argv: string[]): string {
  try {
    parseFlags(argv, spec)
  } catch (error) {
    expect(error).toBeInstanceOf(FlagError)
    return (error as Error).message
  }
  throw new Error('no error')
}

describe('options', () => {
  it('reads action.yml from the package root, and says where it looked when it is missing', () => {
    expect(actionYmlPath()).toBe(path.join(REPO_ROOT, 'action.yml'))
    expect(() => readActionSpec('/no/such/action.yml')).toThrow(/^cannot read \/no\/such\/action\.yml .*two folders up\.$/)
  })

  it('gives every input its action.yml default when no option is given, as the runner does', () => {
    const expected = Object.fromEntries(Object.entries(ACTION.inputs).map(([name, input]) => [name, String(input.default ?? '')]))
    expect(inputs([])).toEqual(expected)
  })

  it('takes --name value and --name=value for every input', () => {
    for (const name of Object.keys(ACTION.inputs)) {
      const value = spec.inputs.find((input) => input.name === name)!.boolean ? 'false' : 'x y'
      expect(inputs([`--${name}`, value])[name]).toBe(value)
      expect(inputs([`--${name}=a=b`])[name]).toBe('a=b')
    }
  })

  it('treats true/false inputs as switches', () => {
    expect(inputs(['--dry-run'])['dry-run']).toBe('true')
    expect(inputs(['--dry-run', 'false'])['dry-run']).toBe('false')
    expect(inputs(['--no-default-ignore'])['default-ignore']).toBe('false')
    expect(inputs(['--manifest', '--bucket', 'b'])).toMatchObject({ manifest: 'true', bucket: 'b' })
    const switches = spec.inputs.filter((input) => input.boolean).map((input) => input.name)
    expect(switches.sort()).toEqual(
      [
        'cloudfront-wait',
        'default-ignore',
        'delete-removed',
        'dry-run',
        'force-path-style',
        'gzip',
        'js-modules',
        'keep-intermediate-files',
        'keep-previous-manifest',
        'manifest',
        'manifest-strict',
        'pr-comment',
        'require-credentials',
        'settings-reader-on-pull-request-target'
      ].sort()
    )
  })

  it('joins a repeated list option with newlines, as a multi-line input', () => {
    expect(inputs(['--apps', 'shop', '--apps', 'blog'])['apps']).toBe('shop\nblog')
    expect(inputs(['--static-dirs', 'assets', '--static-dirs=vendor=third_party'])['static-dirs']).toBe(
      'assets\nvendor=third_party'
    )
  })

  it('names the option in every error', () => {
    expect(flagError(['--bukcet', 's'])).toMatch(/^Unknown option '--bukcet'\. Did you mean '--bucket'\?/)
    expect(flagError(['--frobnicate'])).toMatch(/^Unknown option '--frobnicate'\. Run 'collectstatic-s3 --help'/)
    expect(flagError(['--prefix'])).toMatch(/^Option '--prefix' needs a value\./)
    expect(flagError(['--prefix', '--bucket', 'b'])).toMatch(/^Option '--prefix' needs a value\./)
    expect(flagError(['--bucket', 'a', '--bucket', 'b'])).toMatch(/^Option '--bucket' is given more than once\./)
    expect(flagError(['--no-dry-run=yes'])).toMatch(/^Option '--no-dry-run' takes no value\./)
    expect(flagError(['--no-bucket'])).toMatch(/^Unknown option '--no-bucket'/)
    expect(flagError(['static'])).toMatch(/^Unexpected argument 'static'/)
  })

  it('answers --help and --version', () => {
    expect(parseFlags(['--bucket', 'b', '--help'], spec)).toEqual({ kind: 'help' })
    expect(parseFlags(['-h'], spec)).toEqual({ kind: 'help' })
    expect(parseFlags(['--version'], spec)).toEqual({ kind: 'version' })
  })
})

describe('--help', () => {
  const help = renderHelp(spec, '1.2.3')
  const normalised = help.replace(/\s+/g, ' ')

  it('lists every action.yml input with its meaning and default, in action.yml order', () => {
    let last = -1
    for (const [name, input] of Object.entries(ACTION.inputs)) {
      const at = help.indexOf(`\n  --${name} `)
      expect(at).toBeGreaterThan(last)
      last = at
      const fallback = input.default ? `(default: ${input.default})` : '(default: empty)'
      expect(normalised).toContain(`${input.description.replace(/\s+/g, ' ').trim()} ${fallback}`)
    }
  })

  it('lists no option that is not an input (besides --help and --version)', () => {
    const options = [...help.matchAll(/^ {2}--([\w-]+)/gm)].map((match) => match[1])
    expect(options).toEqual([...Object.keys(ACTION.inputs), 'help', 'version'])
  })

  it('keeps lines within 100 columns, except a word that is longer', () => {
    for (const line of help.split('\n')) if (line.length > 100) expect(line.trim()).not.toContain(' ')
  })
})
