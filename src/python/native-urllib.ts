// urllib.parse as settings use it on environment values (`urlparse(CDN_URL).netloc`,
// `urlsplit(os.environ['STATIC_URL']).path`), on the exact CPython ports in src/pylib.
import {
  quote,
  unquote,
  urljoin,
  urlparse,
  urlsplit,
  urlunparse,
  urlunsplit,
  type ParseResult,
  type SplitResult
} from '../pylib/urllib.js'
import { argAt } from './methods.js'
import { NotEvaluable, PyRaise, requireKnown } from './signals.js'
import { extern, native, type CallArgs, type PyValue } from './values.js'

function text(value: PyValue, what: string): string {
  if (typeof value !== 'string') throw new NotEvaluable(`${what} must be a str here`)
  return value
}

function fn(name: string, body: (args: CallArgs) => PyValue): PyValue {
  return native(`urllib.parse.${name}`, {
    call: (args) => {
      requireKnown(args)
      return body(args)
    }
  })
}

export function urllibModule(parse: PyValue): PyValue {
  return native('urllib', { attr: (name) => (name === 'parse' ? parse : extern(`urllib.${name}`)) })
}

export function urllibParseModule(): PyValue {
  const members: Record<string, PyValue> = {
    urlparse: fn('urlparse', (args) =>
      parsed(urlparse(text(argAt(args, 0, 'url'), 'url'), text(argAt(args, 1, 'scheme', ''), 'scheme')), true)
    ),
    urlsplit: fn('urlsplit', (args) =>
      parsed(urlsplit(text(argAt(args, 0, 'url'), 'url'), text(argAt(args, 1, 'scheme', ''), 'scheme')), false)
    ),
    urljoin: fn('urljoin', (args) => urljoin(text(argAt(args, 0, 'base'), 'base'), text(argAt(args, 1, 'url'), 'url'))),
    quote: fn('quote', (args) => quote(text(argAt(args, 0, 'string'), 'string'), text(argAt(args, 1, 'safe', '/'), 'safe'))),
    unquote: fn('unquote', (args) => unquote(text(argAt(args, 0, 'string'), 'string')))
  }
  return native('urllib.parse', { attr: (name) => members[name] ?? extern(`urllib.parse.${name}`) })
}

/** A ParseResult / SplitResult named tuple with its derived attributes (hostname, port...). */
function parsed(result: SplitResult | ParseResult, withParams: boolean): PyValue {
  const fields = withParams
    ? ['scheme', 'netloc', 'path', 'params', 'query', 'fragment']
    : ['scheme', 'netloc', 'path', 'query', 'fragment']
  const items = fields.map((field) => (result as unknown as Record<string, string>)[field] as string)
  const derived = netlocParts(result.netloc)
  const members: Record<string, PyValue> = {
    ...Object.fromEntries(fields.map((field, i) => [field, items[i] as string])),
    hostname: derived.hostname as PyValue,
    username: derived.username as PyValue,
    password: derived.password as PyValue,
    geturl: fn('geturl', () => (withParams ? urlunparse(result as ParseResult) : urlunsplit(result)))
  }
  return native(withParams ? 'ParseResult' : 'SplitResult', {
    attr: (name) => (name === 'port' ? portOf(derived.port as string) : members[name]),
    getItem: (key) => {
      if (typeof key !== 'number' || !Number.isInteger(key)) throw new NotEvaluable('named tuple indexes must be integers')
      const item = items[key < 0 ? items.length + key : key]
      if (item === undefined) throw new NotEvaluable(`index ${key} is out of range`)
      return item
    },
    iter: () => [...items]
  })
}

/** `.port`: an int, None when there is none; Python raises ValueError for anything else. */
function portOf(text: string): PyValue {
  if (text === '') return null
  if (!/^\d+$/.test(text) || Number(text) > 65535)
    throw new PyRaise('ValueError', `Port could not be cast to integer value as '${text}'`)
  return Number(text)
}

/** hostname (lower-cased), port, username and password, as urllib.parse derives them. */
function netlocParts(netloc: string): Record<string, PyValue> {
  const at = netloc.lastIndexOf('@')
  const userinfo = at >= 0 ? netloc.slice(0, at) : null
  const hostport = at >= 0 ? netloc.slice(at + 1) : netloc
  const colon = userinfo === null ? -1 : userinfo.indexOf(':')
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(hostport)
  const portCut = hostport.lastIndexOf(':')
  const host = bracketed ? (bracketed[1] as string) : portCut >= 0 ? hostport.slice(0, portCut) : hostport
  const portText = bracketed ? (bracketed[2] ?? '') : portCut >= 0 ? hostport.slice(portCut + 1) : ''
  return {
    hostname: host === '' ? null : host.toLowerCase(),
    port: portText,
    username: userinfo === null ? null : colon >= 0 ? userinfo.slice(0, colon) : userinfo,
    password: userinfo === null || colon < 0 ? null : userinfo.slice(colon + 1)
  }
}
