import { describe, expect, test } from '@jest/globals'
import path from 'node:path'
import { evaluateModule, evaluateSource, tempProject } from '../project/project-helpers.js'

describe('literals and operators', () => {
  test('lists, tuples, dicts, strings and numbers', async () => {
    const { result } = await evaluateSource(`
A = ["a", 'b', """c""", r"d\\e", "x\\ty", u"\\u00e9"]
T = ("one",)
D = {"k": 1, "n": None, "b": True, "f": 1.5, **{"m": 0x10}}
S = "con" "cat"
N = -(60 * 60 * 24) // 7
E = ()
`)
    expect(result.value('A')).toEqual(['a', 'b', 'c', 'd\\e', 'x\ty', 'é'])
    expect(result.value('T')).toEqual(['one'])
    expect(result.value('D')).toEqual({ k: 1, n: null, b: true, f: 1.5, m: 16 })
    expect(result.value('S')).toBe('concat')
    expect(result.value('N')).toBe(-12343)
    expect(result.value('E')).toEqual([])
  })

  test('+, +=, append, extend, insert, remove and star unpacking', async () => {
    const { result } = await evaluateSource(`
DJANGO_APPS = ["django.contrib.auth", "django.contrib.staticfiles"]
THIRD_PARTY_APPS = ("crispy_forms",)
LOCAL_APPS = ["shop"]
INSTALLED_APPS = DJANGO_APPS + list(THIRD_PARTY_APPS) + LOCAL_APPS
INSTALLED_APPS += ["blog"]
INSTALLED_APPS.append("news")
INSTALLED_APPS.extend(("a", "b"))
INSTALLED_APPS.insert(0, "first")
INSTALLED_APPS.remove("a")
INSTALLED_APPS = ["whitenoise.runserver_nostatic", *INSTALLED_APPS]
ALIAS = LOCAL_APPS
ALIAS += ["orders"]
TUPLE = ("x",)
TUPLE += ("y",)
`)
    expect(result.value('INSTALLED_APPS')).toEqual([
      'whitenoise.runserver_nostatic',
      'first',
      'django.contrib.auth',
      'django.contrib.staticfiles',
      'crispy_forms',
      'shop',
      'blog',
      'news',
      'b'
    ])
    expect(result.value('LOCAL_APPS')).toEqual(['shop', 'orders'])
    expect(result.value('TUPLE')).toEqual(['x', 'y'])
    expect(result.binding('INSTALLED_APPS')?.at.line).toBe(11)
  })

  test('f-strings, % formatting, str.format and string methods', async () => {
    const { result } = await evaluateSource(`
NAME = "site"
DOMAIN = f"{NAME}.s3.amazonaws.com"
URL = f"https://{DOMAIN}/static/"
REPR = f"{NAME!r} {{braces}}"
PCT = "%s/%s" % ("a", "b")
FMT = "{}-{name}".format(1, name="x")
HOSTS = "a.com, b.com".split(",")
STRIPPED = [h.strip() for h in HOSTS]
JOINED = "/".join(["", "static", ""])
UP = "x".upper().lower()
`)
    expect(result.value('URL')).toBe('https://site.s3.amazonaws.com/static/')
    expect(result.value('REPR')).toBe("'site' {braces}")
    expect(result.value('PCT')).toBe('a/b')
    expect(result.value('FMT')).toBe('1-x')
    expect(result.value('STRIPPED')).toEqual(['a.com', 'b.com'])
    expect(result.value('JOINED')).toBe('/static/')
    expect(result.value('UP')).toBe('x')
  })

  test('conditions: comparisons, in, is, and/or/not, conditional expressions', async () => {
    const { result } = await evaluateSource(`
A = 1 < 2 and "x" in ["x"] and None is None and not ""
B = "" or "fallback"
C = "yes" if 3 >= 4 else "no"
D = 2 ** 3 if 1 else missing_name
`)
    expect(result.value('A')).toBe(true)
    expect(result.value('B')).toBe('fallback')
    expect(result.value('C')).toBe('no')
    expect(result.value('D')).toBe(8)
  })
})

describe('paths', () => {
  test('pathlib and os.path forms', async () => {
    const { dir, result } = await evaluateSource(
      `
import os
from pathlib import Path
BASE_DIR = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
STATIC = BASE_DIR / "static"
JOINED = os.path.join(HERE, "assets", "img")
OLD_BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AS_STR = str(HERE / "a" / "b")
PARENTS = HERE.parents[0]
NORM = os.path.normpath(os.path.join(HERE, "x", "..", "y"))
JOIN_ABS = os.path.join(HERE, "/abs")
RTRUEDIV = "a" / Path("b")
NAME = (HERE / "file.tar.gz").suffix
EXISTS = (HERE / "settings.py").exists()
`,
      {}
    )
    expect(result.value('HERE')).toBe(dir)
    expect(result.value('BASE_DIR')).toBe(path.dirname(dir))
    expect(result.value('STATIC')).toBe(path.join(path.dirname(dir), 'static'))
    expect(result.value('JOINED')).toBe(path.join(dir, 'assets', 'img'))
    expect(result.value('OLD_BASE')).toBe(path.dirname(dir))
    expect(result.value('AS_STR')).toBe(path.join(dir, 'a', 'b'))
    expect(result.value('PARENTS')).toBe(path.dirname(dir))
    expect(result.value('NORM')).toBe(path.join(dir, 'y'))
    expect(result.value('JOIN_ABS')).toBe('/abs')
    expect(result.value('RTRUEDIV')).toBe('a/b')
    expect(result.value('NAME')).toBe('.gz')
    expect(result.value('EXISTS')).toBe(true)
  })

  test('django-environ Path arithmetic', async () => {
    const dir = await tempProject({
      'config/__init__.py': '',
      'config/settings/__init__.py': '',
      'config/settings/base.py': `
import environ
ROOT_DIR = environ.Path(__file__) - 3
APPS_DIR = ROOT_DIR.path("myproject")
STATIC_ROOT = str(ROOT_DIR("staticfiles"))
STATICFILES_DIRS = [str(APPS_DIR.path("static"))]
`
    })
    const result = evaluateModule(dir, 'config.settings.base')
    expect(result.value('ROOT_DIR')).toBe(dir)
    expect(result.value('STATIC_ROOT')).toBe(path.join(dir, 'staticfiles'))
    expect(result.value('STATICFILES_DIRS')).toEqual([path.join(dir, 'myproject', 'static')])
  })
})

describe('split settings', () => {
  const files = {
    'config/__init__.py': '',
    'config/settings/__init__.py': '',
    'config/settings/base.py': `
from pathlib import Path
BASE_DIR = Path(__file__).resolve().parent.parent.parent
INSTALLED_APPS = ["django.contrib.staticfiles", "shop"]
STATIC_URL = "/static/"
_PRIVATE = 1
`,
    'config/settings/production.py': `
from .base import *  # noqa
from .base import INSTALLED_APPS
INSTALLED_APPS += ["storages"]
STATIC_URL = "https://cdn.example.com/static/"
`,
    'config/settings/staging.py': `
from config.settings.production import *
try:
    from .local import *
except ImportError:
    pass
EXTRA = "staging"
`
  }

  test('relative and absolute star imports chain, with provenance kept', async () => {
    const dir = await tempProject(files)
    const result = evaluateModule(dir, 'config.settings.staging')
    expect(result.value('INSTALLED_APPS')).toEqual(['django.contrib.staticfiles', 'shop', 'storages'])
    expect(result.value('STATIC_URL')).toBe('https://cdn.example.com/static/')
    expect(result.value('BASE_DIR')).toBe(dir)
    expect(result.value('_PRIVATE')).toBeUndefined()
    expect(result.value('EXTRA')).toBe('staging')
    expect(result.binding('BASE_DIR')?.at).toEqual({ file: path.join(dir, 'config/settings/base.py'), line: 3 })
    expect(result.binding('INSTALLED_APPS')?.at).toEqual({ file: path.join(dir, 'config/settings/production.py'), line: 4 })
    expect(result.reports).toEqual([])
  })

  test('a star import that is not found outside try is reported', async () => {
    const dir = await tempProject({ 'settings.py': 'from .missing import *\nfrom missing_settings import *\nX = 1\n' })
    const result = evaluateModule(dir, 'settings')
    expect(result.value('X')).toBe(1)
    expect(result.reports.map((report) => report.message)).toEqual([
      expect.stringContaining(
        '`from .missing import *` could not be followed (attempted relative import with no known parent package)'
      ),
      expect.stringContaining(
        '`from missing_settings import *` could not be followed (no module named missing_settings was found'
      )
    ])
  })
})

describe('environment', () => {
  const source = `
import os
A = os.environ.get("A_VAR", "default-a")
B = os.getenv("B_VAR")
C = os.environ["C_VAR"]
try:
    D = os.environ["D_VAR"]
except KeyError:
    D = "from-except"
os.environ.setdefault("E_VAR", "set-by-settings")
E = os.environ["E_VAR"]
F = "F_VAR" in os.environ
`

  test('os.environ and os.getenv read the real environment, else the default', async () => {
    const { result } = await evaluateSource(source, { A_VAR: 'from-env', C_VAR: 'c', D_VAR: 'd', F_VAR: '' })
    expect(result.value('A')).toBe('from-env')
    expect(result.value('B')).toBeNull()
    expect(result.value('C')).toBe('c')
    expect(result.value('D')).toBe('d')
    expect(result.value('E')).toBe('set-by-settings')
    expect(result.value('F')).toBe(true)
  })

  test('a missing variable is reported precisely, or handled by an except clause', async () => {
    const { result, dir } = await evaluateSource(source)
    expect(result.value('A')).toBe('default-a')
    expect(result.raw('C')).toMatchObject({
      kind: 'unknown',
      reason: 'environment variable C_VAR is not set',
      expr: 'os.environ["C_VAR"]',
      envVar: 'C_VAR',
      at: { file: path.join(dir, 'settings.py'), line: 5 }
    })
    expect(result.value('D')).toBe('from-except')
    expect(result.value('F')).toBe(false)
  })

  test('django-environ: env(), env.str/bool/int/list, scheme, defaults and read_env', async () => {
    const { result } = await evaluateSource(
      `
import environ
from pathlib import Path
BASE_DIR = Path(__file__).resolve().parent
env = environ.Env(USE_S3=(bool, False), HOSTS=(list, ["h"]))
env.read_env(str(BASE_DIR / ".env"))
DEBUG = env.bool("DJANGO_DEBUG", False)
DEBUG_FROM_FILE = env.bool("FILE_DEBUG", default=False)
NAME = env("DJANGO_NAME", default="plain")
CAST = env("DJANGO_PORT", cast=int, default=8000)
PORT = env.int("DJANGO_PORT")
APPS = env.list("EXTRA_APPS", default=[])
LISTED = env.list("LISTED")
USE_S3 = env("USE_S3")
HOSTS = env("HOSTS")
REGION = env("DJANGO_AWS_S3_REGION_NAME", default=None)
SECRET = env("DJANGO_SECRET_KEY")
`,
      { DJANGO_PORT: '9000', LISTED: 'a,b,,c', USE_S3: 'on' },
      { '.env': '# comment\nFILE_DEBUG=true\nexport DJANGO_NAME="from file"\nDJANGO_PORT=1\n' }
    )
    expect(result.value('DEBUG')).toBe(false)
    expect(result.value('DEBUG_FROM_FILE')).toBe(true)
    expect(result.value('NAME')).toBe('from file')
    expect(result.value('CAST')).toBe(9000)
    expect(result.value('PORT')).toBe(9000)
    expect(result.value('APPS')).toEqual([])
    expect(result.value('LISTED')).toEqual(['a', 'b', 'c'])
    expect(result.value('USE_S3')).toBe(true)
    expect(result.value('HOSTS')).toEqual(['h'])
    expect(result.value('REGION')).toBeNull()
    expect(result.raw('SECRET')).toMatchObject({
      kind: 'unknown',
      reason: 'environment variable DJANGO_SECRET_KEY is not set and has no default',
      envVar: 'DJANGO_SECRET_KEY'
    })
  })

  test('python-decouple: config() with default and cast, Csv, .env next to the settings', async () => {
    const { result } = await evaluateSource(
      `
from decouple import config, Csv
DEBUG = config("DEBUG", default=False, cast=bool)
HOSTS = config("ALLOWED_HOSTS", default="localhost, 127.0.0.1", cast=Csv())
FROM_FILE = config("FROM_FILE")
NUMBER = config("NUMBER", default="5", cast=int)
MISSING = config("MISSING")
`,
      { DEBUG: 'True' },
      { '.env': 'FROM_FILE=dotenv value\n' }
    )
    expect(result.value('DEBUG')).toBe(true)
    expect(result.value('HOSTS')).toEqual(['localhost', '127.0.0.1'])
    expect(result.value('FROM_FILE')).toBe('dotenv value')
    expect(result.value('NUMBER')).toBe(5)
    expect(result.raw('MISSING')).toMatchObject({ kind: 'unknown', envVar: 'MISSING' })
  })

  test('python-dotenv load_dotenv does not override the environment', async () => {
    const { result } = await evaluateSource(
      'import os\nfrom dotenv import load_dotenv\nload_dotenv()\nA = os.getenv("A")\nB = os.getenv("B")\n',
      { A: 'env wins' },
      { '.env': 'A=file\nB=file b\n' }
    )
    expect(result.value('A')).toBe('env wins')
    expect(result.value('B')).toBe('file b')
  })
})

describe('control flow', () => {
  test('conditions that can be evaluated pick the branch Python would', async () => {
    const { result } = await evaluateSource(
      `
import os, sys
DEBUG = os.environ.get("DEBUG", "") == "1"
APPS = ["base"]
if DEBUG:
    APPS += ["debug_toolbar"]
elif "test" in sys.argv:
    APPS += ["testing"]
else:
    APPS.append("production")
if "collectstatic" in sys.argv:
    COLLECTING = True
`,
      { DEBUG: '0' }
    )
    expect(result.value('APPS')).toEqual(['base', 'production'])
    expect(result.value('COLLECTING')).toBe(true)
    expect(result.binding('APPS')?.assumptions).toEqual([])
  })

  test('an unknown condition runs the first branch that assigns and records the assumption', async () => {
    const { result } = await evaluateSource(`
import os
STATIC_URL = "/static/"
ROOT = "/srv/static"
if os.environ["USE_CDN"]:
    pass
elif get_flag():
    STATIC_URL = "https://cdn/static/"
else:
    ROOT = "/other"
OTHER = "untouched"
`)
    expect(result.value('STATIC_URL')).toBe('https://cdn/static/')
    expect(result.value('ROOT')).toBe('/srv/static')
    const [assumption] = result.binding('STATIC_URL')?.assumptions ?? []
    expect(assumption?.text).toBe(
      'the condition `if os.environ["USE_CDN"]` could not be evaluated (environment variable USE_CDN is not set, at line 5), so the `elif` branch at line 7 was assumed'
    )
    expect(result.binding('ROOT')?.assumptions).toEqual([assumption])
    expect(result.binding('OTHER')?.assumptions).toEqual([])
  })

  test('a branch that only prints or raises is not the one assumed', async () => {
    const { result } = await evaluateSource(`
if unknown_flag:
    print("using defaults")
elif other_flag:
    raise ValueError("no")
else:
    ROOT = "/else"
`)
    expect(result.value('ROOT')).toBe('/else')
    expect(result.binding('ROOT')?.assumptions[0]?.text).toContain('so the `else` branch at line 6 was assumed')
  })

  test('values computed from a guessed value inherit its assumption', async () => {
    const { result } = await evaluateSource(`
if unknown_name:
    DOMAIN = "a.example"
URL = f"https://{DOMAIN}/"
`)
    expect(result.value('URL')).toBe('https://a.example/')
    expect(result.binding('URL')?.assumptions).toHaveLength(1)
  })

  test('for loops over known lists, with break and else', async () => {
    const { result } = await evaluateSource(`
APPS = []
for name in ["a", "b", "c"]:
    if name == "c":
        break
    APPS.append("app_" + name)
else:
    APPS.append("no-break")
PAIRS = {}
for key, value in {"x": 1}.items():
    PAIRS[key] = value
for item in unknown_things:
    APPS.append(item)
`)
    expect(result.value('APPS')).toEqual(['app_a', 'app_b'])
    expect(result.value('PAIRS')).toEqual({ x: 1 })
    expect(result.binding('APPS')?.assumptions[0]?.text).toContain(
      'the loop `for item in unknown_things: APPS.append(item)` was not run'
    )
  })

  test('nested dict item assignment and dict methods', async () => {
    const { result } = await evaluateSource(`
STORAGES = {"default": {"BACKEND": "x"}, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
STORAGES["staticfiles"].setdefault("OPTIONS", {})["location"] = "static"
STORAGES.update({"extra": {}})
OPTIONS = STORAGES.get("staticfiles", {}).get("OPTIONS")
del STORAGES["extra"]
`)
    expect(result.value('STORAGES')).toEqual({
      default: { BACKEND: 'x' },
      staticfiles: { BACKEND: 'django.contrib.staticfiles.storage.ManifestStaticFilesStorage', OPTIONS: { location: 'static' } }
    })
    expect(result.value('OPTIONS')).toEqual({ location: 'static' })
    expect(result.binding('STORAGES')?.at.line).toBe(7)
  })

  test('classes keep their attributes and bases; module functions are called', async () => {
    const { result } = await evaluateSource(`
from django.contrib.staticfiles.storage import ManifestStaticFilesStorage
def helper():
    return 1
class Storage(ManifestStaticFilesStorage):
    manifest_name = "assets.json"
    def url(self, name):
        return name
VALUE = helper()
`)
    expect(result.raw('Storage')).toMatchObject({
      kind: 'class',
      bases: [{ kind: 'extern', name: 'django.contrib.staticfiles.storage.ManifestStaticFilesStorage' }]
    })
    expect(result.raw('VALUE')).toBe(1)
  })

  test('unsupported expressions become unknown parts without hiding the known ones', async () => {
    const { result } = await evaluateSource(`
APPS = ["known", get_apps(), {"set"}]
TUPLE_UNPACK_A, TUPLE_UNPACK_B = "a", "b"
`)
    expect(result.value('APPS')).toEqual(['known'])
    expect(result.gaps('APPS').map((gap) => [gap.where, gap.unknown?.reason])).toEqual([
      ['APPS[1]', 'the name get_apps is not defined at this point'],
      ['APPS[2]', 'a SetExpression is not evaluated']
    ])
    expect(result.value('TUPLE_UNPACK_B')).toBe('b')
  })
})

describe('Django defaults', () => {
  test('django.conf.global_settings provides the static-files defaults', async () => {
    const { result } = await evaluateSource(`
from django.conf import global_settings
import django.conf.global_settings as defaults
FINDERS = global_settings.STATICFILES_FINDERS + ["compressor.finders.CompressorFinder"]
STORAGES = {**defaults.STORAGES, "staticfiles": {"BACKEND": "x.Manifest"}}
APPS = ["a", "b", "c"]
del APPS[1]
`)
    expect(result.value('FINDERS')).toEqual([
      'django.contrib.staticfiles.finders.FileSystemFinder',
      'django.contrib.staticfiles.finders.AppDirectoriesFinder',
      'compressor.finders.CompressorFinder'
    ])
    expect(result.value('STORAGES')).toEqual({
      default: { BACKEND: 'django.core.files.storage.FileSystemStorage' },
      staticfiles: { BACKEND: 'x.Manifest' }
    })
    expect(result.value('APPS')).toEqual(['a', 'c'])
  })
})
