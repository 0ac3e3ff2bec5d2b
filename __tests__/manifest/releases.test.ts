// The per-release rules beyond the conformance goldens: the known-bug notices (4.2's source-map
// deletion, the pre-6.0 nested url() mangling), 6.1's comment and string skipping, manifest order.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { literalRanges } from '../../src/manifest/literal-ranges.js'
import {
  type MaxPassesExceededError,
  type NotUtf8Error,
  postProcess,
  type CollectedInput,
  type PostProcessResult
} from '../../src/manifest/post-process.js'
import { RELEASES, releaseOfVersion, SUPPORTED_SERIES, type DjangoSeries } from '../../src/manifest/releases.js'

let root: string
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'releases-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

async function collect(files: Record<string, string | Buffer>): Promise<CollectedInput[]> {
  const out: CollectedInput[] = []
  for (const [name, content] of Object.entries(files)) {
    const absPath = path.join(root, name)
    await mkdir(path.dirname(absPath), { recursive: true })
    await writeFile(absPath, content)
    out.push({ path: name, absPath })
  }
  return out
}

function run(files: CollectedInput[], series: DjangoSeries, jsModules = false): Promise<PostProcessResult> {
  return postProcess(files, {
    staticUrl: '/static/',
    manifestName: 'staticfiles.json',
    jsModules,
    keepIntermediateFiles: false,
    maxPasses: 5,
    release: RELEASES[series]
  })
}

/** The final hashed copy of `original`, as text. */
const textOf = (result: PostProcessResult, original: string): string => {
  const output = result.outputs.find((o) => o.hashedFrom === original && o.role === 'hashed')!
  return output.body.kind === 'bytes' ? output.body.data.toString('utf8') : ''
}

describe('known bugs: reproduced, with a notice naming the file and the fixing release', () => {
  test('4.2 deletes source-map comments it leaves alone; 5.0 keeps them', async () => {
    const files = await collect({ 'js/app.js': 'x()\n//# sourceMappingURL=data:application/json;base64,e30=\n' })
    const old = await run(files, '4.2')
    expect(textOf(old, 'js/app.js')).toBe('x()\n\n')
    expect(old.releaseBugs).toEqual([
      { file: 'js/app.js', absPath: files[0]!.absPath, line: 2, kind: 'source-map-deleted', release: '4.2', fixedIn: '5.0' }
    ])
    const fixed = await run(files, '5.0')
    expect(textOf(fixed, 'js/app.js')).toContain('sourceMappingURL=data:')
    expect(fixed.releaseBugs).toEqual([])
  })

  test.each(['4.2', '5.0', '5.1', '5.2'] as const)(
    '%s mangles url() nested in a quoted data URI; 6.0 does not',
    async (series) => {
      const css = 'a { b: 1 }\n#x { background: url("data:image/svg+xml,url(%23b) url(%23c)"); }\n'
      const files = await collect({ 'css/svg.css': css })
      const result = await run(files, series)
      expect(textOf(result, 'css/svg.css')).toContain('url("#c#c")')
      expect(result.releaseBugs).toEqual([
        expect.objectContaining({ file: 'css/svg.css', line: 2, kind: 'nested-url-mangled', release: series, fixedIn: '6.0' })
      ])
      const fixed = await run(files, '6.0')
      expect(textOf(fixed, 'css/svg.css')).toBe(css)
      expect(fixed.releaseBugs).toEqual([])
    }
  )

  test('a data URI with one url() inside is not mangled and gets no notice', async () => {
    const files = await collect({ 'css/one.css': 'a { b: url("data:image/svg+xml,url(%23b)") }\n' })
    expect((await run(files, '5.2')).releaseBugs).toEqual([])
  })
})

describe('6.1 skips comments and strings', () => {
  test('CSS: a comment, a string, then the real reference on the same line', async () => {
    const files = await collect({
      'img/a.png': 'png',
      'css/site.css': '/* url(gone.png) */ a { content: "url(gone.png)"; background: url(../img/a.png) }\n'
    })
    await expect(run(files, '6.0')).rejects.toThrow(/gone\.png/)
    const result = await run(files, '6.1')
    expect(textOf(result, 'css/site.css')).toMatch(
      /^\/\* url\(gone\.png\) \*\/ a \{ content: "url\(gone\.png\)"; background: url\("\.\.\/img\/a\.[0-9a-f]{12}\.png"\) \}\n$/
    )
  })

  test('JS: line and block comments, strings and template literals; source maps still count', async () => {
    const files = await collect({
      'js/dep.js': 'export const d = 1\n',
      'js/app.js.map': '{}',
      'js/app.js': [
        '// import { x } from "./gone.js";',
        "const s = 'import(\"./gone.js\")', t = `import { y } from './gone.js'`",
        'import { d } from "./dep.js"',
        '//# sourceMappingURL=app.js.map',
        ''
      ].join('\n')
    })
    const result = await run(files, '6.1', true)
    const text = textOf(result, 'js/app.js')
    expect(text).toMatch(/import \{ d \} from "\.\/dep\.[0-9a-f]{12}\.js"\n/)
    expect(text).toMatch(/sourceMappingURL=app\.js\.[0-9a-f]{12}\.map\n$/)
    expect(text).toContain('"./gone.js"')
  })

  test('literal ranges: escapes, unterminated strings end at the line, template literals span lines', () => {
    const css = 'a { content: "a\\"b" } /* c */ \\" x'
    expect(literalRanges(css, 'css').map(([s, e]) => css.slice(s, e))).toEqual(['"a\\"b"', '/* c */'])
    const js = "x = 'open\ny = `t\n${1}` // end\nz = 1 / 2"
    expect(literalRanges(js, 'js').map(([s, e]) => js.slice(s, e))).toEqual(["'open", '`t\n${1}`', '// end'])
    expect(literalRanges('a // b', 'css')).toEqual([])
  })
})

describe('outcomes per release', () => {
  test('manifest keys: post-processing order up to 5.2, sorted from 6.0', async () => {
    const files = await collect({ 'b.txt': 'b', 'a.txt': 'a', 'x/c.txt': 'c' })
    const keys = async (series: DjangoSeries) => {
      const body = (await run(files, series)).manifest.body
      return Object.keys((JSON.parse(body.kind === 'bytes' ? body.data.toString('utf8') : '{}') as { paths: object }).paths)
    }
    expect(await keys('5.2')).toEqual(['x/c.txt', 'b.txt', 'a.txt'])
    expect(await keys('6.0')).toEqual(['a.txt', 'b.txt', 'x/c.txt'])
  })

  test("max passes: 'All' up to 5.1, the files from 5.2; a CommandError in 6.1", async () => {
    const files = await collect({ 'css/a.css': '@import "b.css";', 'css/b.css': '@import "a.css";' })
    const errorOf = (series: DjangoSeries) =>
      run(files, series).then(
        () => undefined,
        (e: unknown) => e as MaxPassesExceededError
      )
    expect((await errorOf('5.1'))!.djangoNames).toBe('All')
    expect((await errorOf('5.1'))!.message).toMatch(/^Post-processing 'All' failed!\n\nRuntimeError: /)
    expect((await errorOf('5.2'))!.djangoNames).toBe('css/a.css, css/b.css')
    expect((await errorOf('6.1'))!.message).toMatch(/\n\nCommandError: Max post-process passes exceeded\./)
  })

  test('a file that is not UTF-8: 4.2 names no file, 5.0 does', async () => {
    const files = await collect({ 'css/l.css': Buffer.from([0x61, 0xe9, 0x0a]) })
    const errorOf = (series: DjangoSeries) =>
      run(files, series).then(
        () => undefined,
        (e: unknown) => e as NotUtf8Error
      )
    expect((await errorOf('4.2'))!.djangoNames).toBeNull()
    expect((await errorOf('4.2'))!.message).toMatch(/^UnicodeDecodeError: .*\nThe file is 'css\/l\.css'\./)
    expect((await errorOf('5.0'))!.djangoNames).toBe('css/l.css')
  })

  test('version numbers map to their series; unsupported ones to none', () => {
    expect(SUPPORTED_SERIES).toEqual(['4.2', '5.0', '5.1', '5.2', '6.0', '6.1'])
    expect(releaseOfVersion('5.2.17')?.series).toBe('5.2')
    expect(releaseOfVersion('6.1rc1')?.series).toBe('6.1')
    expect(releaseOfVersion('4.2')?.series).toBe('4.2')
    expect(releaseOfVersion('5.20')).toBeUndefined()
    expect(releaseOfVersion('3.2.25')).toBeUndefined()
  })
})
