// Turning environment text into typed values (`cast=bool`, `env.int`), shared by the
// django-environ and python-decouple models.
import { PyRaise, NotEvaluable } from './signals.js'
import { dict, isObject, list, typeName, type PyValue } from './values.js'

/** `bool`, `int`, `list`... for a cast argument: a builtin, or a list/tuple/dict literal (django-environ). */
export function nameOfCast(cast: PyValue): string {
  if (isObject(cast)) {
    if (cast.kind === 'native' && cast.name.startsWith('builtins.')) return cast.name.slice('builtins.'.length)
    if (cast.kind === 'native' && cast.name === 'json.loads') return 'json'
    if (cast.kind === 'list' || cast.kind === 'tuple' || cast.kind === 'dict') return cast.kind
  }
  throw new NotEvaluable(`cast=${typeName(cast)} is not evaluated`)
}

const TRUE_TEXT = ['y', 'yes', 't', 'true', 'on', '1']
const FALSE_TEXT = ['n', 'no', 'f', 'false', 'off', '0', '']

/** python-decouple's boolean cast (strtobool); empty text is False. */
export function castBoolean(value: PyValue): boolean {
  if (typeof value === 'boolean') return value
  const text = (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '?').toLowerCase()
  if (TRUE_TEXT.includes(text)) return true
  if (FALSE_TEXT.includes(text)) return false
  throw new PyRaise('ValueError', `invalid truth value ${JSON.stringify(text)}`)
}

export function castNumber(value: PyValue, kind: 'int' | 'float'): number {
  if (typeof value === 'boolean') return Number(value)
  if (typeof value === 'number') return kind === 'int' ? Math.trunc(value) : value
  const text = typeof value === 'string' ? value.trim().replace(/_/g, '') : ''
  const valid = kind === 'int' ? /^[-+]?\d+$/.test(text) : /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)
  if (!valid) throw new PyRaise('ValueError', `invalid literal for ${kind}(): ${JSON.stringify(value)}`)
  return Number(text)
}

export function fromJson(text: string): PyValue {
  try {
    return convertJson(JSON.parse(text) as unknown)
  } catch {
    throw new PyRaise('ValueError', 'the text is not valid JSON')
  }
}

function convertJson(value: unknown): PyValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (Array.isArray(value)) return list(value.map(convertJson))
  return dict(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, convertJson(item)]))
}
