// postProcess on real temp folders: passes, outputs, manifest bytes and errors.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  MaxPassesExceededError,
  MissingReferenceError,
  NotUtf8Error,
  postProcess,
  type CollectedInput,
  type ManifestOptions,
  type PostProcessResult
} from '../../src/manifest/post-process.js'
import type { OutputFile } from '../../src/model.js'

const OPTIONS: ManifestOptions = {
  staticUrl: '/static/',
  manifestName: 'staticfiles.json',
  jsModules: false,
  keepIntermediateFiles: false,
  maxPasses: 5
}

const md5 = (data: string | Buffer): string => createHash('md5').update(data).digest('hex')
const h12 = (data: string | Buffer): string => md5(data).slice(0, 12)

let root: string
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'post-process-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

type Content = string | Buffer

/** Writes files (collection order = entry order) and returns them as collected inputs. */
async function collect(files: Record<string, Content> | Array<[string, Content]>): Promise<CollectedInput[]> {
  const inputs: CollectedInput[] = []
  for (const [dest, content] of Array.isArray(files) ? files : Object.entries(files)) {
    const absPath = path.join(root, 'src', dest)
    await mkdir(path.dirname(absPath), { recursive: true })
    await writeFile(absPath, content)
    inputs.push({ path: dest, absPath })
  }
  return inputs
}

async function text(output: OutputFile | undefined): Promise<string> {
  if (output === undefined) throw new Error('no such output')
  return (output.body.kind === 'bytes' ? output.body.data : await readFile(output.body.absPath)).toString('utf8')
}

const outputFor = (result: PostProcessResult, original: string): OutputFile | undefined =>
  result.outputs.find((o) => o.role === 'hashed' && o.hashedFrom === original)

describe('postProcess', () => {
  test('a reference chain converges; every hashed name is the MD5 of its bytes', async () => {
    const files = await collect({
      'css/main.css': '@import "base.css";\n',
      'css/base.css': '@import url("../vendor/reset.css");\nbody { background: url(../img/bg.png) }\n',
      'vendor/reset.css': 'html { background: url(../img/bg.png); }\n',
      'img/bg.png': Buffer.from([0x89, 0x50, 0x4e, 0x47])
    })
    const result = await postProcess(files, OPTIONS)
    const png = `img/bg.${h12(Buffer.from([0x89, 0x50, 0x4e, 0x47]))}.png`
    const reset = `html { background: url("../${png.slice(4).replace(/^/, 'img/')}"); }\n`
    expect(await text(outputFor(result, 'vendor/reset.css'))).toBe(reset)
    const resetName = `vendor/reset.${h12(reset)}.css`
    const base = `@import url("../${resetName}");\nbody { background: url("../${png}") }\n`
    expect(await text(outputFor(result, 'css/base.css'))).toBe(base)
    const main = `@import url("base.${h12(base)}.css");\n`
    expect(await text(outputFor(result, 'css/main.css'))).toBe(main)
    expect(result.paths).toEqual(
      new Map([
        ['css/main.css', `css/main.${h12(main)}.css`],
        ['css/base.css', `css/base.${h12(base)}.css`],
        ['vendor/reset.css', resetName],
        ['img/bg.png', png]
      ])
    )
    // Exactly one hashed copy per file, the binary one read from the source file.
    expect(result.outputs.map((o) => o.role)).toEqual(['hashed', 'hashed', 'hashed', 'hashed'])
    expect(outputFor(result, 'img/bg.png')?.body).toEqual({ kind: 'file', absPath: files[3]!.absPath })
    expect(result.referencesRewritten).toBe(4)
    expect(result.log.map((e) => e.path)).toEqual(['img/bg.png', 'css/main.css', 'css/base.css', 'vendor/reset.css'])
    expect(result.log.every((e) => e.processed)).toBe(true)
  })

  test('manifest bytes are what Python json.dumps writes (order, escaping, hash)', async () => {
    const files = await collect([
      ['b.txt', 'b'],
      ['é/😀.txt', 'x'],
      ['2024', 'n']
    ])
    const result = await postProcess(files, OPTIONS)
    expect(result.manifest.path).toBe('staticfiles.json')
    expect(result.manifest.role).toBe('manifest')
    expect(await text(result.manifest)).toBe(
      '{"paths": {"\\u00e9/\\ud83d\\ude00.txt": "\\u00e9/\\ud83d\\ude00.9dd4e461268c.txt", "b.txt": "b.92eb5ffee6ae.txt", ' +
        '"2024": "2024.7b8b965ad4bc"}, "version": "1.1", "hash": "957ddcff8546"}'
    )
  })

  test('empty and large binary files are hashed from disk without copying them', async () => {
    const big = randomBytes(3 * 1024 * 1024 + 17)
    const files = await collect({ 'empty.txt': '', 'media/big.bin': big })
    const result = await postProcess(files, OPTIONS)
    expect(result.paths.get('empty.txt')).toBe('empty.d41d8cd98f00.txt')
    expect(result.paths.get('media/big.bin')).toBe(`media/big.${h12(big)}.bin`)
    expect(outputFor(result, 'media/big.bin')?.body).toEqual({ kind: 'file', absPath: files[1]!.absPath })
  })

  test('every missing reference of the first pass is reported, with its original line', async () => {
    const files = await collect({
      'css/a.css': '.x { background: url(\n  ok.png) }\n.y { background: url(gone.png) }\n@import "nope.css";\n',
      'js/app.js': 'run();\n//# sourceMappingURL=app.js.map\n',
      'css/ok.png': 'png'
    })
    const error = await postProcess(files, OPTIONS).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MissingReferenceError)
    const refs = (error as MissingReferenceError).references
    expect(refs.map(({ file, line, reference, missing }) => ({ file, line, reference, missing }))).toEqual([
      { file: 'css/a.css', line: 3, reference: 'gone.png', missing: 'css/gone.png' },
      { file: 'css/a.css', line: 4, reference: 'nope.css', missing: 'css/nope.css' },
      { file: 'js/app.js', line: 2, reference: 'app.js.map', missing: 'js/app.js.map' }
    ])
    expect((error as Error).message).toContain("Post-processing 'css/a.css' failed!")
    expect((error as Error).message).toContain("The file 'css/gone.png' could not be found")
    expect((error as MissingReferenceError).details).toEqual({ file: files[0]!.absPath, line: 3 })
  })

  test('a reference leaving the static root is an error too', async () => {
    const files = await collect({ 'a.css': 'x { background: url(../../etc/x.png) }' })
    const error = await postProcess(files, OPTIONS).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MissingReferenceError)
    expect((error as MissingReferenceError).references[0]).toMatchObject({ missing: '../../etc/x.png', outside: true })
  })

  test('stylesheets importing each other exceed the passes', async () => {
    const files = await collect({ 'css/b.css': '@import "a.css";', 'css/a.css': '@import "b.css";', 'x.png': 'x' })
    const error = await postProcess(files, OPTIONS).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MaxPassesExceededError)
    expect((error as MaxPassesExceededError).paths).toEqual(['css/a.css', 'css/b.css'])
    expect((error as Error).message).toMatch(
      /^Post-processing 'css\/a.css, css\/b.css' failed!\n\nRuntimeError: Max post-process passes exceeded\./
    )
  })

  test('CSS that is not UTF-8 fails with Python’s UnicodeDecodeError text', async () => {
    const files = await collect({ 'css/a.css': Buffer.from('/* caf\xe9 */', 'latin1'), 'ok.css': 'a{}' })
    const error = await postProcess(files, OPTIONS).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NotUtf8Error)
    expect((error as Error).message).toContain(
      "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 6: invalid continuation byte"
    )
  })

  test('a BOM is kept and CRLF lines are not translated', async () => {
    const css = '\ufeffa { background: url(i.png) }\r\n'
    const files = await collect({ 'a.css': css, 'i.png': 'i' })
    const result = await postProcess(files, OPTIONS)
    expect(await text(outputFor(result, 'a.css'))).toBe(`\ufeffa { background: url("i.${h12('i')}.png") }\r\n`)
  })

  test('keep_intermediate_files writes the rewritten text under the original-content name too', async () => {
    const css = 'a { background: url(i.png) }'
    const files = await collect({ 'a.css': css, 'i.png': 'i' })
    const result = await postProcess(files, { ...OPTIONS, keepIntermediateFiles: true })
    const rewritten = `a { background: url("i.${h12('i')}.png") }`
    const intermediate = result.outputs.find((o) => o.role === 'intermediate')
    expect(intermediate?.path).toBe(`a.${h12(css)}.css`)
    expect(await text(intermediate)).toBe(rewritten)
    expect(outputFor(result, 'a.css')?.path).toBe(`a.${h12(rewritten)}.css`)
  })

  test('a hashed copy that already exists among the collected files is skipped', async () => {
    const files = await collect({ 'a.txt': 'same', [`a.${h12('same')}.txt`]: 'same' })
    const result = await postProcess(files, OPTIONS)
    expect(result.log[0]).toEqual({ path: 'a.txt', hashedPath: `a.${h12('same')}.txt`, processed: false })
    expect(outputFor(result, 'a.txt')).toBeUndefined()
    expect(result.outputs.map((o) => o.path)).toEqual([`a.${h12('same')}.${h12('same')}.txt`])
  })

  test('a backslash in a name: written as is, but the manifest uses clean_name (like Django on Linux)', async () => {
    const files = await collect({ 'a\\b.txt': 'x' })
    const result = await postProcess(files, OPTIONS)
    expect(result.outputs.map((o) => o.path)).toEqual([`a\\b.${h12('x')}.txt`])
    expect(result.paths).toEqual(new Map([['a/b.txt', `a/b.${h12('x')}.txt`]]))
  })

  test('JS module imports are rewritten only with the switch on', async () => {
    const js = 'import { a } from "./lib.js";\n'
    const files = await collect({ 'js/main.js': js, 'js/lib.js': 'export const a = 1;\n' })
    const off = await postProcess(files, OPTIONS)
    expect(await text(outputFor(off, 'js/main.js'))).toBe(js)
    const on = await postProcess(files, { ...OPTIONS, jsModules: true })
    expect(await text(outputFor(on, 'js/main.js'))).toBe(`import { a } from "./lib.${h12('export const a = 1;\n')}.js";\n`)
  })

  test('later passes swallow a missing target like Django does (pattern left unapplied)', async () => {
    // y.css's first-pass name y.<H1>.css exists only until y.css changes in pass 2;
    // x.css names it literally, so from pass 2 on its url() pattern fails silently.
    const z = 'z { background: url(w.png) }'
    const y1 = `y { background: url("z.${h12(z)}.css") }`
    const x = `x { background: url(y.${h12(y1)}.css) }`
    const files = await collect({ 'y.css': 'y { background: url(z.css) }', 'z.css': z, 'x.css': x, 'w.png': 'w' })
    const result = await postProcess(files, OPTIONS)
    expect(await text(outputFor(result, 'x.css'))).toBe(x)
    expect(result.paths.get('x.css')).toBe(`x.${h12(x)}.css`)
  })
})
