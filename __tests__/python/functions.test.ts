// Calls to the project's own functions and lambdas, and the introspection builtins,
// modules and syntax the settings idioms of issue 10 need.
import { describe, expect, test } from '@jest/globals'
import path from 'node:path'
import { resolveApps } from '../../src/project/app-resolver.js'
import { ModuleFinder } from '../../src/python/module-finder.js'
import { ProjectImporter } from '../../src/python/module-loader.js'
import { Runtime } from '../../src/python/runtime.js'
import { list } from '../../src/python/values.js'
import { evaluateSource, tempProject } from '../project/project-helpers.js'

describe('functions and lambdas', () => {
  test('parameters, defaults, keyword-only, *args and **kwargs bind as in Python', async () => {
    const { result } = await evaluateSource(`
def f(a, b=2, *rest, c, d="d", **extra):
    return [a, b, list(rest), c, d, sorted(extra)]
A = f(1, c=3)
B = f(1, 5, 6, 7, c=3, d=4, z=0, y=1)
C = f(*[1, 2], **{"c": 9})
g = lambda x, *parts, sep="/": sep.join([x, *parts])
D = g("a", "b", "c")
E = g("a", sep="-")
`)
    expect(result.value('A')).toEqual([1, 2, [], 3, 'd', []])
    expect(result.value('B')).toEqual([1, 5, [6, 7], 3, 4, ['y', 'z']])
    expect(result.value('C')).toEqual([1, 2, [], 9, 'd', []])
    expect(result.value('D')).toBe('a/b/c')
    expect(result.value('E')).toBe('a')
  })

  test('local scope, closures over enclosing calls and module globals, defaults evaluated once, `global`', async () => {
    const { result } = await evaluateSource(`
ROOT = "/srv"
def under(base, suffix=ROOT):
    prefix = base + "-"
    def join(name):
        return prefix + name + suffix
    return join
ROOT = "/changed"
J = under("x")("y")
def register(name):
    global REGISTERED
    REGISTERED = REGISTERED + [name]
REGISTERED = []
register("shop")
register("blog")
prefix = "module"
def counter():
    count = 0
    def bump():
        nonlocal count
        count = count + 1
    bump()
    bump()
    return count
COUNT = counter()
`)
    expect(result.value('J')).toBe('x-y/srv')
    expect(result.value('REGISTERED')).toEqual(['shop', 'blog'])
    expect(result.value('prefix')).toBe('module')
    expect(result.value('COUNT')).toBe(2)
  })

  test('a function from a sibling module sees that module\u2019s globals', async () => {
    const { result } = await evaluateSource(
      'from helpers import static_path\nDIRS = [static_path("css")]\n',
      {},
      {
        'helpers.py': 'BASE = "/app/static"\ndef static_path(name):\n    return BASE + "/" + name\n'
      }
    )
    expect(result.value('DIRS')).toEqual(['/app/static/css'])
  })

  test('recursion is bounded, and what cannot be evaluated says where and why', async () => {
    const { dir, result } = await evaluateSource(`
def forever(n):
    return forever(n + 1)
LOOP = forever(0)
def needs(a, b):
    return a
MISSING = needs(1)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
TEN = count(10)
`)
    const file = path.join(dir, 'settings.py')
    expect(result.raw('LOOP')).toMatchObject({
      kind: 'unknown',
      reason: `calls nest more than 24 deep (recursion?) in forever() at ${file}:2`
    })
    expect(result.raw('MISSING')).toMatchObject({
      kind: 'unknown',
      reason: `needs() at ${file}:5 is missing the argument 'b'`,
      expr: 'needs(1)',
      at: { file, line: 7 }
    })
    expect(result.value('TEN')).toBe(10)
  })

  test('a guessed branch inside a function carries over to the value it returns', async () => {
    const { result } = await evaluateSource(`
import os
def apps():
    if os.environ["MODE"] == "x":
        return ["a"]
    return ["b"]
INSTALLED_APPS = apps()
`)
    expect(result.value('INSTALLED_APPS')).toEqual(['a'])
    expect(
      result
        .binding('INSTALLED_APPS')
        ?.assumptions.map((item) => item.text)
        .join()
    ).toContain('could not be evaluated')
  })

  test('classmethods get the class; unknown decorators stay unknown', async () => {
    const { result } = await evaluateSource(`
import functools
class Base:
    NAME = "base"
    @classmethod
    def label(cls, suffix):
        return cls.NAME + suffix
class Child(Base):
    NAME = "child"
@functools.lru_cache(maxsize=None)
def cached():
    return 1
@some.decorator
def wrapped():
    return 2
L = Child.label("!")
C = cached()
W = wrapped()
`)
    expect(result.value('L')).toBe('child!')
    expect(result.value('C')).toBe(1)
    expect(result.raw('W')).toMatchObject({
      kind: 'unknown',
      reason: 'wrapped() is decorated with @some.decorator, which is not evaluated'
    })
  })
})

describe('introspection, urllib.parse, slices and `not`', () => {
  test('getattr and hasattr on project modules and classes; opaque objects stay unknown', async () => {
    const { result } = await evaluateSource(
      `
import conf
import django.conf
class Local:
    A = 1
X = getattr(conf, "X", "default")
Y = getattr(conf, "Y", "default")
H = [hasattr(conf, "X"), hasattr(conf, "sub"), hasattr(Local, "A"), hasattr(Local, "B")]
O = getattr(django.conf, "X", None)
I = [isinstance("a", str), isinstance([], (tuple, list)), isinstance(1, str)]
`,
      {},
      { 'conf/__init__.py': 'X = "set"\n', 'conf/sub.py': '' }
    )
    expect(result.value('X')).toBe('set')
    expect(result.value('Y')).toBe('default')
    expect(result.value('H')).toEqual([true, true, true, false])
    expect(result.raw('O')).toMatchObject({ kind: 'unknown', reason: 'the attributes of django.conf are not known' })
    expect(result.value('I')).toEqual([true, true, false])
  })

  test('urlparse and urlsplit fields, hostname, port and credentials', async () => {
    const { result } = await evaluateSource(
      `
import os
from urllib.parse import urlparse, urlsplit, urljoin
u = urlparse(os.environ["URL"])
P = [u.scheme, u.netloc, u.path, u.params, u.query, u.fragment, u.hostname, u.port, u.username, u.password]
S = list(urlsplit("//cdn.example.com/a/b?x=1"))
J = urljoin("https://cdn.example.com/static/", "../media/")
N = urlparse("https://h").port
`,
      { URL: 'HTTPS://user:pw@CDN.Example.com:8443/static/;v1?q=1#top' }
    )
    expect(result.value('P')).toEqual([
      'https',
      'user:pw@CDN.Example.com:8443',
      '/static/',
      'v1',
      'q=1',
      'top',
      'cdn.example.com',
      8443,
      'user',
      'pw'
    ])
    expect(result.value('S')).toEqual(['', 'cdn.example.com', '/a/b', 'x=1', ''])
    expect(result.value('J')).toBe('https://cdn.example.com/media/')
    expect(result.value('N')).toBeNull()
  })

  test('slices of lists, tuples and strings, and `not` binding tighter than `and`', async () => {
    const { result } = await evaluateSource(`
import sys
A = [sys.argv[1:2], sys.argv[:-1], sys.argv[::-1], sys.argv[5:], "static/"[:-1], (1, 2, 3)[::2]]
TESTING = sys.argv[1:2] == ["test"]
B = [not False and False, not True or True, not 0 if True else 5]
`)
    expect(result.value('A')).toEqual([
      ['collectstatic'],
      ['manage.py', 'collectstatic'],
      ['--noinput', 'collectstatic', 'manage.py'],
      [],
      'static',
      [1, 3]
    ])
    expect(result.value('TESTING')).toBe(false)
    expect(result.value('B')).toEqual([false, true, true])
  })
})

test("a third-party AppConfig's `name = package.__name__` is the package's name", async () => {
  const project = await tempProject({ 'manage.py': '' })
  const site = await tempProject({
    'chartkit/__init__.py': '',
    'chartkit/static/chartkit/c.css': '',
    'chartkit/apps.py':
      'from django.apps import AppConfig\nimport chartkit as package\nclass ChartsConfig(AppConfig):\n    name = package.__name__\n'
  })
  const finder = new ModuleFinder(() => [project, site])
  const importer = new ProjectImporter(finder, (file) => file.startsWith(project))
  const rt = new Runtime({ env: new Map(), projectDir: project, sysPath: list([project, site]), hasPython: true, importer })
  const result = resolveApps(['chartkit', 'chartkit.apps.ChartsConfig'], {
    finder,
    importer,
    rt,
    interpreter: '/usr/bin/python3',
    ignoreApps: []
  })
  expect(result.apps).toEqual([{ name: 'chartkit', path: path.join(site, 'chartkit') }])
  expect(result.unresolved).toEqual([])
  expect(result.problems.map((problem) => problem.message)).toEqual([expect.stringContaining('lists the app chartkit twice')])
})

describe('comprehensions and the builtins helpers use', () => {
  test('several for/if clauses, unpacking targets, dict comprehensions and generator arguments', async () => {
    const { result } = await evaluateSource(`
PAIRS = [("css", "/a"), ("js", "/b"), ("", "/c")]
A = [f"{p}:{d}" for p, d in PAIRS if p]
B = {p: d for p, d in PAIRS if p}
C = [x + y for x in "ab" for y in "12" if y != "2"]
D = any(p == "js" for p, _ in PAIRS)
E = tuple(d for _, d in PAIRS)
def clean(raw):
    return [part.strip() for part in raw.split(",") if part.strip()]
F = clean(" a, ,b ")
`)
    expect(result.value('A')).toEqual(['css:/a', 'js:/b'])
    expect(result.value('B')).toEqual({ css: '/a', js: '/b' })
    expect(result.value('C')).toEqual(['a1', 'b1'])
    expect(result.value('D')).toBe(true)
    expect(result.value('E')).toEqual(['/a', '/b', '/c'])
    expect(result.value('F')).toEqual(['a', 'b'])
  })

  test('map, filter, all, enumerate, zip, reversed and range with the project\u2019s own functions', async () => {
    const { result } = await evaluateSource(`
APPS = list(map(str.strip, " a , b ".split(",")))
UPPER = list(map(lambda x: x.upper(), APPS))
NONEMPTY = list(filter(None, ["x", "", "y"]))
LONG = list(filter(lambda x: len(x) > 1, ["ab", "c"]))
ALL = all([1, "x", True])
NUMBERED = list(enumerate(["a", "b"], 1))
ZIPPED = list(zip(["a", "b"], [1, 2, 3]))
BACK = list(reversed([1, 2, 3]))
R = list(range(1, 7, 2))
`)
    expect(result.value('APPS')).toEqual(['a', 'b'])
    expect(result.value('UPPER')).toEqual(['A', 'B'])
    expect(result.value('NONEMPTY')).toEqual(['x', 'y'])
    expect(result.value('LONG')).toEqual(['ab'])
    expect(result.value('ALL')).toBe(true)
    expect(result.value('NUMBERED')).toEqual([
      [1, 'a'],
      [2, 'b']
    ])
    expect(result.value('ZIPPED')).toEqual([
      ['a', 1],
      ['b', 2]
    ])
    expect(result.value('BACK')).toEqual([3, 2, 1])
    expect(result.value('R')).toEqual([1, 3, 5])
  })
})

test('a helper that raises when a variable is missing gives an Unknown naming the raise, not None', async () => {
  const { result } = await evaluateSource(
    `
import os
from django.core.exceptions import ImproperlyConfigured
def get_env(name, cast=str):
    try:
        return cast(os.environ[name])
    except KeyError:
        raise ImproperlyConfigured(f"Set the {name} environment variable")
STATIC_ROOT = get_env("STATIC_ROOT")
STATIC_URL = get_env("STATIC_URL")
`,
    { STATIC_URL: '/s/' }
  )
  expect(result.raw('STATIC_ROOT')).toMatchObject({
    kind: 'unknown',
    reason: 'the settings raise ImproperlyConfigured here',
    at: { line: 8 }
  })
  expect(result.value('STATIC_URL')).toBe('/s/')
})

test('getattr on a modelled module with a name it does not model is not guessed', async () => {
  const { result } = await evaluateSource('import sys\nFROZEN = getattr(sys, "frozen", False)\nARGV = getattr(sys, "argv")\n')
  expect(result.raw('FROZEN')).toMatchObject({ kind: 'unknown', reason: "whether sys has 'frozen' is not evaluated" })
  expect(result.value('ARGV')).toEqual(['manage.py', 'collectstatic', '--noinput'])
})

test('methods do not close over their class body; a class made in a function sees the function', async () => {
  const { result } = await evaluateSource(`
NAME = "module"
class Config:
    NAME = "class"
    @classmethod
    def name(cls):
        return NAME
def make(prefix):
    class Made:
        LABEL = prefix + "-made"
    return Made.LABEL
A = Config.name()
B = make("x")
`)
  expect(result.value('A')).toBe('module')
  expect(result.value('B')).toBe('x-made')
})

test('a missing attribute of a module whose star import failed is not taken as missing', async () => {
  const { dir, result } = await evaluateSource(
    'import conf\nX = getattr(conf, "X", "default")\nY = getattr(conf, "Y", "default")\n',
    {},
    {
      'conf.py': 'Y = "set"\nfrom not_installed import *\n'
    }
  )
  expect(result.raw('X')).toMatchObject({
    kind: 'unknown',
    reason: `whether conf has 'X' is not known (its star import at ${path.join(dir, 'conf.py')}:2 could not be followed)`
  })
  expect(result.value('Y')).toBe('set')
})
