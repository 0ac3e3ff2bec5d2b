import { describe, expect, test } from '@jest/globals'
import path from 'node:path'
import { checkStaticDirs, pythonRepr } from '../../src/find/checks.js'
import { tempTrees } from './helpers.js'

const tree = tempTrees()
const project = () => tree({ 'assets/a.txt': '', 'lib/a.js': '', 'file.txt': '', linked: { symlink: 'assets' } })

describe('checkStaticDirs', () => {
  test('existing directories with clean prefixes pass', async () => {
    const root = await project()
    expect(
      checkStaticDirs(
        [
          { prefix: '', path: 'assets' },
          { prefix: 'x', path: 'linked' }
        ],
        'out',
        root
      )
    ).toEqual([])
  })

  test('E003: a prefix ending in a slash, in Django words plus the fix', async () => {
    const root = await project()
    const [problem] = checkStaticDirs([{ prefix: 'lib/', path: 'lib' }], null, root)
    expect(problem).toMatchObject({ kind: 'settings', severity: 'error', code: 'staticfiles.E003' })
    expect(problem?.message).toBe(
      "The prefix 'lib/' in the STATICFILES_DIRS setting must not end with a slash. " +
        "Write it as 'lib' in the `static-dirs` input (or STATICFILES_DIRS)."
    )
  })

  test('E002: only when an entry is STATIC_ROOT itself (compared as absolute paths)', async () => {
    const root = await project()
    const absolute = checkStaticDirs([{ prefix: '', path: path.join(root, 'assets') }], 'assets/', root)
    expect(absolute).toHaveLength(1)
    expect(absolute[0]).toMatchObject({ kind: 'settings', severity: 'error', code: 'staticfiles.E002' })
    expect(absolute[0]?.message).toMatch(
      /^The STATICFILES_DIRS setting should not contain the STATIC_ROOT setting\. Remove .*`static-dirs` input.*`static-root`/
    )
    expect(checkStaticDirs([{ prefix: '', path: 'assets' }], 'assets/collected', root)).toEqual([])
    expect(checkStaticDirs([{ prefix: '', path: 'assets' }], null, root)).toEqual([])
    expect(checkStaticDirs([{ prefix: '', path: 'assets' }], '', root)).toEqual([])
  })

  test('W004: not an existing directory (missing, or a file), with the absolute path', async () => {
    const root = await project()
    const problems = checkStaticDirs(
      [
        { prefix: '', path: 'not_there' },
        { prefix: '', path: 'file.txt' }
      ],
      null,
      root
    )
    expect(problems.map((p) => [p.code, p.kind, p.severity])).toEqual([
      ['staticfiles.W004', 'missing-dirs', 'warning'],
      ['staticfiles.W004', 'missing-dirs', 'warning']
    ])
    expect(problems[0]?.message).toMatch(
      new RegExp(`^The directory '${path.join(root, 'not_there')}' in the STATICFILES_DIRS setting does not exist\\. `)
    )
    expect(problems[0]?.message).toContain('`static-dirs` input')
  })

  test("per entry in Django's order: E003, E002, W004", async () => {
    const root = await project()
    const problems = checkStaticDirs([{ prefix: 'p/', path: 'out' }], 'out', root)
    expect(problems.map((p) => p.code)).toEqual(['staticfiles.E003', 'staticfiles.E002', 'staticfiles.W004'])
  })
})

describe('pythonRepr', () => {
  test.each([
    ["it's", `"it's"`],
    [`a"b'c`, `'a"b\\'c'`],
    ['tab\t', "'tab\\t'"],
    ['é', "'é'"],
    ['\x7f', "'\\x7f'"],
    ['\u200b', "'\\u200b'"],
    ['\u00a0', "'\\xa0'"],
    ['back\\slash', "'back\\\\slash'"],
    ['lib/', "'lib/'"],
    ['😀', "'😀'"],
    ['\u{e0001}', "'\\U000e0001'"]
  ])('repr(%j) is %s', (value, expected) => {
    expect(pythonRepr(value)).toBe(expected)
  })
})
