// Generates the benchmark's Django project, deterministically (seeded PRNG): ten apps
// under apps/ plus one STATICFILES_DIRS entry (assets/), nested folders, many small
// CSS/JS/SVG files, images of 10–500 KB, a few multi-MB files (one above the 8 MiB
// multipart threshold), CSS whose url()/@import references all resolve (so the manifest
// mode works on it), and names that sort before a sibling directory (css/fonts.css next
// to css/fonts/). 5,000 files come to about 135 MB; the size scales with --files.
//
//   node bench/generate.mjs [--files N]      → bench/.work/project-<N>/
//
// The project is reused when it is already complete; generateProject() resets every
// file's mtime to a fixed date (as a checkout made long ago).
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { dirname, join, posix, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureRepository } from './git-checkout.mjs'

const benchDir = dirname(fileURLToPath(import.meta.url))
export const workDir = join(benchDir, '.work')
const GENERATOR_VERSION = 3
export const PRISTINE_MTIME = new Date('2024-01-01T00:00:00Z')

export const APPS = ['accounts', 'blog', 'cart', 'catalog', 'checkout', 'dashboard', 'reviews', 'search', 'newsletter', 'support']
const APP_WEIGHTS = [6, 9, 5, 14, 6, 12, 4, 5, 3, 6] // uneven, like real projects
const ASSETS_SHARE = 0.3
const BYTES_PER_FILE = 135e6 / 5000
const MB = 1024 * 1024
const BIG_FILES = [
  { dir: 'video', name: 'hero-loop.mp4', size: 9.5 * MB, kind: 'binary' },
  { dir: 'js', name: 'vendor.bundle.js', size: 3.2 * MB, kind: 'js' },
  { dir: 'docs', name: 'catalogue-2024.pdf', size: 4.4 * MB, kind: 'binary' },
  { dir: 'wasm', name: 'image-codecs.wasm', size: 2.6 * MB, kind: 'binary' },
  { dir: 'img/hero', name: 'homepage-hero@3x.jpg', size: 2.1 * MB, kind: 'binary' }
]
const WORDS = (
  'alpha amber anchor arrow badge banner basket beacon border bright button canvas card carousel chart ' +
  'check circle cloud column compact corner cursor dark delta dialog drawer edge empty field filter flag flash frame ' +
  'gallery grid header helper hero icon inline label layer light list loader logo menu modal native nav outline ' +
  'overlay panel pill popover preview price primary progress quote radio rating ribbon round search section shadow ' +
  'sidebar slider small spinner stack status step sticky summary switch table tabs tag theme tile toast toggle ' +
  'toolbar tooltip track upload user widget'
).split(' ')
const SUBDIRS = ['components', 'layout', 'pages', 'widgets', 'forms', 'legacy', 'themes', 'print', 'admin', 'mobile']
const IMAGE_TYPES = [
  { ext: 'png', weight: 50, magic: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') },
  { ext: 'jpg', weight: 35, magic: Buffer.from('ffd8ffe000104a46494600010100', 'hex') },
  { ext: 'webp', weight: 10, magic: Buffer.from('52494646000000005745425056503820', 'hex') },
  { ext: 'gif', weight: 5, magic: Buffer.from('474946383961', 'hex') }
]

/** mulberry32: small, fast, good enough for test data. */
function prng(seed) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min, max) => min + Math.floor(next() * (max - min + 1))
  const pick = (items) => items[Math.floor(next() * items.length)]
  const weighted = (items, weightOf) => {
    let roll = next() * items.reduce((sum, item) => sum + weightOf(item), 0)
    for (const item of items) if ((roll -= weightOf(item)) < 0) return item
    return items[items.length - 1]
  }
  const logUniform = (min, max) => Math.round(Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min))))
  return { next, int, pick, weighted, logUniform }
}

function randomBytes(rand, size, magic = Buffer.alloc(0)) {
  const buf = Buffer.allocUnsafe(size)
  for (let i = 0; i + 4 <= size; i += 4) buf.writeUInt32LE((rand.next() * 4294967296) >>> 0, i)
  for (let i = size - (size % 4); i < size; i++) buf[i] = rand.int(0, 255)
  magic.copy(buf, 0, 0, Math.min(magic.length, size))
  return buf
}

/** Text of roughly `size` bytes: `header` first, then lines from `line()` until full. */
function textOfSize(size, header, line) {
  const parts = [header]
  let length = Buffer.byteLength(header)
  while (length < size) {
    const next = line()
    parts.push(next)
    length += Buffer.byteLength(next)
  }
  return parts.join('')
}

function cssText(rand, size, refs) {
  const header =
    `/* generated stylesheet */\n${refs.imports.map((p) => `@import "${p}";\n`).join('')}` +
    refs.urls.map((p, i) => `.ref-${i} { background: url(${i % 2 ? `"${p}"` : p}) no-repeat; }\n`).join('')
  const props = ['margin', 'padding', 'color', 'border-radius', 'font-size', 'gap', 'line-height', 'opacity']
  return textOfSize(size, header, () => {
    const name = `.${rand.pick(WORDS)}-${rand.pick(WORDS)}--${rand.int(1, 99)}`
    const body = Array.from({ length: rand.int(2, 6) }, () => `  ${rand.pick(props)}: ${rand.int(0, 64)}px;`).join('\n')
    return `${name} {\n${body}\n}\n\n`
  })
}

function jsText(rand, size) {
  return textOfSize(size, "'use strict';\n", () => {
    const fn = `${rand.pick(WORDS)}${rand.pick(WORDS).replace(/^./, (c) => c.toUpperCase())}${rand.int(1, 999)}`
    return (
      `export function ${fn}(el, options = {}) {\n  const value = options.${rand.pick(WORDS)} ?? ${rand.int(0, 1000)};\n` +
      `  el.dataset.${rand.pick(WORDS)} = String(value * ${rand.int(2, 9)});\n  return el.querySelector('.${rand.pick(WORDS)}');\n}\n\n`
    )
  })
}

function svgText(rand, size) {
  const header = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">\n'
  return (
    textOfSize(size - 7, header, () => {
      const pts = Array.from({ length: 6 }, () => `${rand.int(0, 24)}.${rand.int(0, 9)} ${rand.int(0, 24)}.${rand.int(0, 9)}`)
      return `  <path d="M${pts.join(' L')} Z" fill="#${rand.int(0, 0xffffff).toString(16).padStart(6, '0')}"/>\n`
    }) + '</svg>\n'
  )
}

/** How many files each source gets: assets a fixed share, apps by weight. */
function filesPerSource(total) {
  const assets = Math.round(total * ASSETS_SHARE)
  const weightSum = APP_WEIGHTS.reduce((a, b) => a + b, 0)
  const counts = APP_WEIGHTS.map((w) => Math.floor(((total - assets) * w) / weightSum))
  counts[0] += total - assets - counts.reduce((a, b) => a + b, 0)
  return [{ label: 'assets', root: 'assets', ns: '', count: assets }].concat(
    APPS.map((app, i) => ({ label: `apps.${app}`, root: `apps/${app}/static`, ns: `${app}/`, count: counts[i] }))
  )
}

/** Plans one source's files (paths, kinds, sizes): images first so stylesheets can point at them. */
function planSource(rand, source, bigFiles) {
  const used = new Set()
  const files = []
  const folder = (base, depth) => {
    let dir = `${source.ns}${base}`
    for (let d = 0; d < depth; d++) dir += `/${rand.pick(SUBDIRS)}`
    return dir
  }
  const add = (dir, stem, ext, kind, size) => {
    let path = `${dir}/${stem}.${ext}`
    for (let n = 2; used.has(path); n++) path = `${dir}/${stem}-${n}.${ext}`
    used.add(path)
    files.push({ path, kind, ext, size })
  }
  const stem = () => `${rand.pick(WORDS)}-${rand.pick(WORDS)}`
  for (const big of bigFiles)
    add(`${source.ns}${big.dir}`, big.name.replace(/\.[^.]+$/, ''), big.name.split('.').pop(), big.kind, Math.round(big.size))
  // Names that sort before a sibling directory of the same stem.
  add(`${source.ns}css`, 'fonts', 'css', 'css', rand.logUniform(300, 4000))
  add(`${source.ns}css/fonts`, 'inter', 'css', 'css', rand.logUniform(300, 4000))
  add(`${source.ns}js`, 'app', 'js', 'js', rand.logUniform(500, 8000))
  add(`${source.ns}js/app`, 'routes', 'js', 'js', rand.logUniform(500, 8000))
  add(`${source.ns}img`, 'icons', 'svg', 'svg', rand.logUniform(400, 6000))
  add(`${source.ns}img/icons`, 'close', 'svg', 'svg', rand.logUniform(300, 2000))
  while (files.length < source.count) {
    const roll = rand.next()
    if (roll < 0.15) {
      const type = rand.weighted(IMAGE_TYPES, (t) => t.weight)
      add(folder('img', rand.int(0, 2)), stem(), type.ext, 'image', rand.logUniform(10_000, 500_000))
    } else if (roll < 0.17) add(folder('fonts', 0), stem(), 'woff2', 'font', rand.logUniform(15_000, 90_000))
    else if (roll < 0.46) add(folder('css', rand.int(0, 3)), stem(), 'css', 'css', rand.logUniform(300, 30_000))
    else if (roll < 0.75) add(folder('js', rand.int(0, 3)), stem(), 'js', 'js', rand.logUniform(300, 30_000))
    else if (roll < 0.96) add(folder('img/icons', rand.int(0, 1)), stem(), 'svg', 'svg', rand.logUniform(300, 12_000))
    else add(folder('data', rand.int(0, 1)), stem(), 'json', 'json', rand.logUniform(200, 8_000))
  }
  return files.slice(0, Math.max(source.count, 6 + bigFiles.length))
}

/** Scales image sizes (within 10–500 KB) so the whole project comes near the target size. */
function fitImageSizes(allFiles, targetBytes) {
  const images = allFiles.filter((f) => f.kind === 'image')
  const other = allFiles.reduce((sum, f) => sum + (f.kind === 'image' ? 0 : f.size), 0)
  const current = images.reduce((sum, f) => sum + f.size, 0)
  const factor = Math.max(0.1, (targetBytes - other) / Math.max(current, 1))
  for (const image of images) image.size = Math.min(500_000, Math.max(10_000, Math.round(image.size * factor)))
}

function fileBytes(rand, file, cssRefs) {
  switch (file.kind) {
    case 'css':
      return Buffer.from(cssText(rand, file.size, cssRefs))
    case 'js':
      return Buffer.from(jsText(rand, file.size))
    case 'svg':
      return Buffer.from(svgText(rand, file.size))
    case 'json':
      return Buffer.from(JSON.stringify({ items: textOfSize(file.size - 14, '', () => `${rand.pick(WORDS)} `).trim() }))
    case 'image':
      return randomBytes(rand, file.size, IMAGE_TYPES.find((t) => t.ext === file.ext).magic)
    case 'font':
      return randomBytes(rand, file.size, Buffer.from('wOF2'))
    default:
      return randomBytes(rand, file.size)
  }
}

const depth = (path) => path.split('/').length

/**
 * url() and @import targets for one stylesheet: images, fonts and SVGs of its source, and
 * stylesheets written earlier that sit deeper. Django hashes deeper files first, so
 * importing only deeper ones settles in one pass however long the chains get.
 */
function pickCssRefs(rand, file, linkable, earlierCss) {
  const from = posix.dirname(file.path)
  const urls = Array.from({ length: rand.int(0, 3) }, () => rand.pick(linkable)).filter(Boolean)
  const deeper = earlierCss.filter((css) => depth(css.path) > depth(file.path))
  const imports = deeper.length > 0 && rand.next() < 0.25 ? [rand.pick(deeper)] : []
  const rel = (target) => posix.relative(from, target.path)
  return { urls: urls.map(rel), imports: imports.map(rel) }
}

function settingsPy() {
  return `"""Settings of the benchmark project (generated by bench/generate.mjs)."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "benchmark-project-not-a-secret"
DEBUG = False
ALLOWED_HOSTS = []
USE_TZ = True

INSTALLED_APPS = [
    "django.contrib.staticfiles",
${APPS.map((app) => `    "apps.${app}",`).join('\n')}
]

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "assets"]
`
}

// Peer settings: django-storages S3StaticStorage at the local endpoint, or a folder.
const BENCH_S3_PY = `import os

import django

from .settings import *  # noqa: F401,F403

AWS_STORAGE_BUCKET_NAME = os.environ["BENCH_BUCKET"]
AWS_S3_ENDPOINT_URL = os.environ["BENCH_ENDPOINT"]
AWS_S3_ADDRESSING_STYLE = "path"
AWS_S3_REGION_NAME = "us-east-1"
AWS_ACCESS_KEY_ID = os.environ["AWS_ACCESS_KEY_ID"]
AWS_SECRET_ACCESS_KEY = os.environ["AWS_SECRET_ACCESS_KEY"]

_BACKEND = "storages.backends.s3boto3.S3StaticStorage"
if django.VERSION >= (4, 2):
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": _BACKEND},
    }
else:
    STATICFILES_STORAGE = _BACKEND
`
const BENCH_FOLDER_PY = `import os

from .settings import *  # noqa: F401,F403

STATIC_ROOT = os.environ["BENCH_STATIC_ROOT"]
`

const MANAGE_PY = `#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
`

async function writeProjectFiles(dir) {
  const files = {
    'manage.py': MANAGE_PY,
    'config/__init__.py': '',
    'config/settings.py': settingsPy(),
    'config/bench_s3.py': BENCH_S3_PY,
    'config/bench_folder.py': BENCH_FOLDER_PY,
    'apps/__init__.py': '',
    ...Object.fromEntries(APPS.map((app) => [`apps/${app}/__init__.py`, '']))
  }
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), text)
  }
}

/** Sets every collected file's mtime back to PRISTINE_MTIME. */
export async function resetMtimes(collection) {
  await forEachLimited(collection, 64, (file) => utimes(file.absPath, PRISTINE_MTIME, PRISTINE_MTIME))
}

export async function forEachLimited(items, limit, fn) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await fn(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

/**
 * Creates (or reuses) the project with `files` static files. Returns its directory, the
 * action inputs that describe it, and the collection (destination key, absolute path,
 * size of every file; no duplicates, nothing ignored) in finder order.
 */
export async function generateProject({ files = 5000 } = {}) {
  const dir = join(workDir, `project-${files}`)
  const indexPath = join(dir, 'collection.json')
  const marker = join(dir, '.complete')
  if (existsSync(marker) && JSON.parse(await readFile(marker, 'utf8')).version === GENERATOR_VERSION) {
    const project = JSON.parse(await readFile(indexPath, 'utf8'))
    await resetMtimes(project.collection)
    ensureRepository(dir)
    return project
  }
  await rm(dir, { recursive: true, force: true })
  await writeProjectFiles(dir)
  const rand = prng(0xc011ec7 ^ files)
  const sources = filesPerSource(files)
  const bigCount = Math.max(1, Math.round((files * BIG_FILES.length) / 5000))
  const planned = sources.map((source, i) => ({
    source,
    files: planSource(rand, source, i === 0 ? Array.from({ length: bigCount }, (_, k) => BIG_FILES[k % BIG_FILES.length]) : [])
  }))
  fitImageSizes(
    planned.flatMap((p) => p.files),
    files * BYTES_PER_FILE
  )
  const collection = []
  for (const { source, files: sourceFiles } of planned) {
    const linkable = sourceFiles.filter((f) => f.kind === 'image' || f.kind === 'font' || f.kind === 'svg')
    const earlierCss = []
    for (const file of sourceFiles) {
      const refs = file.kind === 'css' ? pickCssRefs(rand, file, linkable, earlierCss) : undefined
      const bytes = fileBytes(rand, file, refs)
      const absPath = resolve(dir, source.root, file.path)
      await mkdir(dirname(absPath), { recursive: true })
      await writeFile(absPath, bytes)
      await utimes(absPath, PRISTINE_MTIME, PRISTINE_MTIME)
      if (file.kind === 'css') earlierCss.push(file)
      collection.push({ key: file.path, absPath, size: bytes.length })
    }
  }
  const project = {
    dir,
    files,
    totalBytes: collection.reduce((sum, f) => sum + f.size, 0),
    apps: APPS.map((app) => `apps/${app}`),
    staticDirs: ['assets'],
    sourceRoots: sources.map((s) => join(dir, s.root)),
    collection
  }
  await writeFile(indexPath, JSON.stringify(project))
  ensureRepository(dir)
  await writeFile(marker, JSON.stringify({ version: GENERATOR_VERSION }))
  return project
}

function parseFiles(argv) {
  const at = argv.indexOf('--files')
  const files = at >= 0 ? Number(argv[at + 1]) : 5000
  if (!Number.isInteger(files) || files < 50) throw new Error('--files needs a whole number of at least 50')
  return files
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now()
  const project = await generateProject({ files: parseFiles(process.argv.slice(2)) })
  console.log(
    `${project.collection.length} files, ${(project.totalBytes / 1e6).toFixed(1)} MB in ${project.dir} ` +
      `(${((Date.now() - started) / 1000).toFixed(1)} s)`
  )
}
