// `collectstatic-s3 --help`, generated from action.yml: every input is an option, with its
// meaning and default exactly as the action declares them.
import type { ActionSpec, InputSpec } from './action-spec.js'

const WIDTH = 100
const INDENT = '      '

export function renderHelp(spec: ActionSpec, version: string): string {
  const lines = [
    `collectstatic-s3 ${version}: the collectstatic-s3 action's engine on the command line.`,
    '',
    wrap(spec.description, WIDTH, ''),
    '',
    'Usage: collectstatic-s3 [options]',
    '',
    'Runs in the current directory (the Django project root unless --working-directory says otherwise).',
    'Credentials come from the AWS SDK default chain: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY,',
    'AWS_PROFILE and ~/.aws, SSO, instance roles. Exit code 0 on success, 1 on failure.',
    '',
    "Options (the action's inputs, with action.yml's defaults):",
    ...spec.inputs.flatMap(option),
    '  --help, -h',
    `${INDENT}Show this help.`,
    '  --version, -V',
    `${INDENT}Show the version.`,
    ''
  ]
  return lines.join('\n')
}

function option(input: InputSpec): string[] {
  const usage = input.boolean ? `--${input.name} [true|false], --no-${input.name}` : `--${input.name} <value>`
  const repeat = input.list ? ' (repeat the option for each entry)' : ''
  const fallback = input.default === '' ? '(default: empty)' : `(default: ${input.default})`
  return [`  ${usage}${repeat}`, wrap(`${input.description} ${fallback}`, WIDTH, INDENT)]
}

/** Greedy word wrap; a word longer than the line stays whole. */
export function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(indent + line)
  return lines.join('\n')
}
