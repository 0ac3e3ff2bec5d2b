import { describe, expect, test } from '@jest/globals'
import path from 'node:path'
import { ActionError } from '../../src/errors.js'
import {
  APP_DIRECTORIES_FINDER,
  describeFile,
  FILE_SYSTEM_FINDER,
  findStaticFiles,
  type FinderConfig
} from '../../src/find/finders.js'
import type { Collection, FoundFile } from '../../src/model.js'
import { tempTrees } from './helpers.js'

const project = tempTrees()

function config(root: string, overrides: Partial<FinderConfig>): FinderConfig {
  return {
    projectRoot: root,
    staticDirs: [],
    apps: [],
    ignorePatterns: ['CVS', '.*', '*~'],
    finders: [FILE_SYSTEM_FINDER, APP_DIRECTORIES_FINDER],
    ...overrides
  }
}

function winners(collection: Collection, root: string): Record<string, string> {
  return Object.fromEntries(collection.files.map((f) => [f.path, path.relative(root, f.absPath)]))
}

describe('findStaticFiles', () => {
  test('STATICFILES_DIRS (in order) before apps (INSTALLED_APPS order, not alphabetical)', async () => {
    const root = await project({
      'assets/common.js': 'dir',
      'beta/static/common.js': 'beta',
      'beta/static/b.js': '',
      'alpha/static/b.js': 'alpha',
      'alpha/static/only.js': ''
    })
    const apps = [
      { name: 'beta', path: path.join(root, 'beta') },
      { name: 'alpha', path: path.join(root, 'alpha') },
      { name: 'nostatic', path: path.join(root, 'missing') }
    ]
    const found = await findStaticFiles(config(root, { staticDirs: [{ prefix: '', path: 'assets' }], apps }))
    expect(found.files.map((f) => f.path)).toEqual(['common.js', 'b.js', 'only.js'])
    expect(winners(found, root)).toEqual({
      'common.js': 'assets/common.js',
      'b.js': 'beta/static/b.js',
      'only.js': 'alpha/static/only.js'
    })
    expect(found.files[1]?.source).toEqual({ kind: 'app', prefix: '', root: path.join(root, 'beta', 'static'), label: 'beta' })
  })

  test('finder order decides: apps first when AppDirectoriesFinder is listed first', async () => {
    const root = await project({ 'assets/x.js': '', 'app/static/x.js': '' })
    const found = await findStaticFiles(
      config(root, {
        staticDirs: [{ prefix: '', path: 'assets' }],
        apps: [{ name: 'app', path: path.join(root, 'app') }],
        finders: [APP_DIRECTORIES_FINDER, FILE_SYSTEM_FINDER]
      })
    )
    expect(winners(found, root)).toEqual({ 'x.js': 'app/static/x.js' })
  })

  test('duplicates keep the used file and every ignored one, in order, with one warning per path', async () => {
    const root = await project({ 'a/robots.txt': '', 'b/robots.txt': '', 'c/robots.txt': '' })
    const found = await findStaticFiles(config(root, { staticDirs: ['a', 'b', 'c'].map((dir) => ({ prefix: '', path: dir })) }))
    expect(found.files).toHaveLength(1)
    const [duplicate] = found.duplicates
    expect(duplicate?.used.absPath).toBe(path.join(root, 'a', 'robots.txt'))
    expect(duplicate?.ignored.map((f) => f.source.label)).toEqual(['b', 'c'])
    expect(found.problems).toEqual([
      {
        kind: 'duplicates',
        severity: 'warning',
        file: 'b/robots.txt',
        message: expect.stringMatching(
          /^Found another file with the destination path 'robots\.txt'\. .*Collected: 'a\/robots\.txt' .*ignored: 'b\/robots\.txt' .*'c\/robots\.txt'/
        )
      }
    ])
  })

  test('exact repeated entries are dropped; one root with two prefixes uses the later prefix twice', async () => {
    const root = await project({ 'site/robots.txt': '', 'shared/s.txt': '' })
    const found = await findStaticFiles(
      config(root, {
        staticDirs: [
          { prefix: '', path: 'site' },
          { prefix: 'x', path: 'shared' },
          { prefix: 'y', path: 'shared' },
          { prefix: '', path: 'site' }
        ]
      })
    )
    expect(found.files.map((f) => f.path)).toEqual(['robots.txt', 'y/s.txt'])
    expect(found.duplicates.map((d) => d.path)).toEqual(['y/s.txt'])
    expect(found.problems[0]?.message).toContain("with the last prefix ('y')")
  })

  test('roots are compared as written: "d" and "d/" are two sources with their own prefixes', async () => {
    const root = await project({ 'd/f.txt': '' })
    const found = await findStaticFiles(
      config(root, {
        staticDirs: [
          { prefix: 'x', path: 'd' },
          { prefix: 'y', path: 'd/' }
        ]
      })
    )
    expect(found.files.map((f) => f.path)).toEqual(['x/f.txt', 'y/f.txt'])
  })

  test('missing directories, files and an empty path are skipped silently; absolute paths work', async () => {
    const root = await project({ 'assets/a.txt': '', 'file.txt': '' })
    const found = await findStaticFiles(
      config(root, {
        staticDirs: [
          { prefix: '', path: 'not_there' },
          { prefix: '', path: 'file.txt' },
          { prefix: '', path: '' },
          { prefix: 'abs', path: path.join(root, 'assets') }
        ]
      })
    )
    expect(found.files.map((f) => f.path)).toEqual(['abs/a.txt'])
    expect(found.problems).toEqual([])
  })

  test('a prefix ending in a slash joins like os.path.join', async () => {
    const root = await project({ 'lib/a.js': '' })
    const found = await findStaticFiles(config(root, { staticDirs: [{ prefix: 'lib/', path: 'lib' }] }))
    expect(found.files.map((f) => [f.path, f.relativePath])).toEqual([['lib/a.js', 'a.js']])
  })

  test('ignore patterns apply to the path inside the source, never the prefix', async () => {
    const root = await project({ 'prefixed/p.txt': '', 'prefixed/sub/q.txt': '' })
    const found = await findStaticFiles(
      config(root, { staticDirs: [{ prefix: 'pfx', path: 'prefixed' }], ignorePatterns: ['pfx/*', 'sub/*'] })
    )
    expect(found.files.map((f) => f.path)).toEqual(['pfx/p.txt'])
  })

  test('a finder listed twice finds everything twice (Django caches one instance per name)', async () => {
    const root = await project({ 'assets/a.txt': '' })
    const found = await findStaticFiles(
      config(root, { staticDirs: [{ prefix: '', path: 'assets' }], finders: [FILE_SYSTEM_FINDER, FILE_SYSTEM_FINDER] })
    )
    expect(found.files.map((f) => f.path)).toEqual(['a.txt'])
    expect(found.duplicates.map((d) => d.path)).toEqual(['a.txt'])
  })

  test('an unsupported finder is refused by name, listing the supported ones', async () => {
    const root = await project({})
    const finding = findStaticFiles(config(root, { finders: [FILE_SYSTEM_FINDER, 'compressor.finders.CompressorFinder'] }))
    await expect(finding).rejects.toThrow(ActionError)
    await expect(finding).rejects.toThrow(
      /'compressor\.finders\.CompressorFinder'.*Supported: django\.contrib\.staticfiles\.finders\.FileSystemFinder, django\.contrib\.staticfiles\.finders\.AppDirectoriesFinder/
    )
  })

  test('a walk failure in any source fails the search', async () => {
    const root = await project({ 'assets/a/up': { symlink: '..' } })
    await expect(findStaticFiles(config(root, { staticDirs: [{ prefix: '', path: 'assets' }] }))).rejects.toThrow(/Symlink loop/)
  })
})

describe('describeFile', () => {
  const file = (absPath: string): FoundFile => ({
    path: 'x',
    relativePath: 'x',
    absPath,
    source: { kind: 'dir', prefix: '', root: path.dirname(absPath), label: 'd' }
  })

  test('relative to the project root inside it, absolute outside it', () => {
    expect(describeFile(file('/work/proj/assets/x.css'), '/work/proj')).toBe('assets/x.css')
    expect(describeFile(file('/opt/site-packages/admin/static/x.css'), '/work/proj')).toBe(
      '/opt/site-packages/admin/static/x.css'
    )
    expect(describeFile(file('/work/proj-other/x.css'), '/work/proj')).toBe('/work/proj-other/x.css')
    expect(describeFile(file('/work/proj/..hidden/x.css'), '/work/proj')).toBe('..hidden/x.css')
  })
})
