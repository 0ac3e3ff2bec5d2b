import { describe, expect, test } from '@jest/globals'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ActionError } from '../../src/errors.js'
import { DEFAULT_IGNORE_PATTERNS } from '../../src/find/ignore.js'
import { walkSource } from '../../src/find/walk.js'
import { compareCodePoints } from '../../src/pylib/text.js'
import { tempTrees } from './helpers.js'

const tree = tempTrees()

async function walkedPaths(root: string, patterns: readonly string[] = []): Promise<string[]> {
  return (await walkSource(root, patterns)).map((file) => file.relativePath)
}

describe('walkSource order', () => {
  test("each directory's files come before its subdirectories, entries by code point", async () => {
    const root = await tree({
      'b.txt': '',
      'a/z.txt': '',
      'a/sub/deep.txt': '',
      'a/m.txt': '',
      'C.txt': '',
      'c/x.txt': ''
    })
    expect(await walkedPaths(root)).toEqual(['C.txt', 'b.txt', 'a/m.txt', 'a/z.txt', 'a/sub/deep.txt', 'c/x.txt'])
  })

  test('absolute paths are under the root', async () => {
    const root = await tree({ 'css/site.css': 'x' })
    expect(await walkSource(root, [])).toEqual([{ relativePath: 'css/site.css', absPath: path.join(root, 'css', 'site.css') }])
  })

  test('compareCodePoints orders astral characters after U+FFxx (UTF-8 byte order)', () => {
    expect(['😀.txt', 'ｚ.txt', 'a.txt'].sort(compareCodePoints)).toEqual(['a.txt', 'ｚ.txt', '😀.txt'])
    expect(compareCodePoints('ab', 'abc')).toBeLessThan(0)
    expect(compareCodePoints('same', 'same')).toBe(0)
  })
})

describe('walkSource ignore rules', () => {
  test('files by name at any depth, or by relative path below the top', async () => {
    const root = await tree({
      'app.js': '',
      'app.js.map': '',
      '.gitkeep': '',
      'notes~': '',
      'vendor/lib.js': '',
      'js/vendor/inner.js': '',
      'pages/drafts/wip.html': '',
      'drafts/top.html': ''
    })
    const patterns = [...DEFAULT_IGNORE_PATTERNS, '*.map', 'vendor/*', '*/drafts/*', 'js/vendor']
    expect(await walkedPaths(root, patterns)).toEqual(['app.js', 'drafts/top.html', 'js/vendor/inner.js'])
  })

  test('directories only by their own name, at any depth; the root name is never tested', async () => {
    const root = await tree({
      'docs/a.txt': '',
      'js/docs/b.txt': '',
      '.well-known/c.txt': '',
      'CVS/Entries': '',
      'js/app.js': ''
    })
    expect(await walkedPaths(path.join(root, 'js'), ['docs', 'js'])).toEqual(['app.js'])
    expect(await walkedPaths(root, [...DEFAULT_IGNORE_PATTERNS, 'docs'])).toEqual(['js/app.js'])
  })

  test('a top-level file is matched by its name only (its relative path is the same)', async () => {
    const root = await tree({ 'p.txt': '', 'sub/p.txt': '' })
    expect(await walkedPaths(root, ['pfx/*'])).toEqual(['p.txt', 'sub/p.txt'])
    expect(await walkedPaths(root, ['sub/p.txt'])).toEqual(['p.txt'])
  })
})

describe('walkSource symlinks', () => {
  test('a symlinked directory is walked through the link name; file and dangling links are files', async () => {
    const root = await tree({
      'real_dir/inside.js': '',
      'real_dir/deeper/more.txt': '',
      'assets/style.css': '',
      'assets/linked': { symlink: '../real_dir' },
      'assets/alias.css': { symlink: 'style.css' },
      'assets/dangling.txt': { symlink: 'no-such-file.txt' }
    })
    const files = await walkSource(path.join(root, 'assets'), [])
    expect(files.map((file) => file.relativePath)).toEqual([
      'alias.css',
      'dangling.txt',
      'style.css',
      'linked/inside.js',
      'linked/deeper/more.txt'
    ])
    expect(files[3]?.absPath).toBe(path.join(root, 'assets', 'linked', 'inside.js'))
  })

  test('a link back to an ancestor is reported instead of recursing forever', async () => {
    const root = await tree({ 'a/b/file.txt': '', 'a/b/up': { symlink: '../..' } })
    const walking = walkSource(root, [])
    await expect(walking).rejects.toThrow(ActionError)
    await expect(walking).rejects.toThrow(/Symlink loop.*'.*a\/b\/up' leads back to its ancestor/)
  })

  test('an ignored loop link is not entered', async () => {
    const root = await tree({ 'a/file.txt': '', 'a/up': { symlink: '..' } })
    expect(await walkedPaths(root, ['up'])).toEqual(['a/file.txt'])
  })

  test('two links to the same (non-ancestor) directory are both walked, like Django', async () => {
    const root = await tree({ 'shared/x.txt': '', 'src/one': { symlink: '../shared' }, 'src/two': { symlink: '../shared' } })
    expect(await walkedPaths(path.join(root, 'src'))).toEqual(['one/x.txt', 'two/x.txt'])
  })
})

describe('walkSource errors and scale', () => {
  test('an unreadable directory names the directory and the fix', async () => {
    // Root can read anything; Windows has no POSIX modes (chmod only sets the read-only flag).
    if (process.getuid?.() === 0 || process.platform === 'win32') return
    const root = await tree({ 'locked/a.txt': '' })
    const { chmod } = await import('node:fs/promises')
    await chmod(path.join(root, 'locked'), 0o000)
    try {
      await expect(walkSource(root, [])).rejects.toThrow(/Cannot list the static files directory '.*locked'/)
    } finally {
      await chmod(path.join(root, 'locked'), 0o755)
    }
  })

  test('20,000 files are walked quickly and completely', async () => {
    const root = await tree({})
    for (let d = 0; d < 200; d += 1) {
      const dir = path.join(root, `d${d}`, 'nested')
      await mkdir(dir, { recursive: true })
      await Promise.all(Array.from({ length: 100 }, (_, f) => writeFile(path.join(dir, `f${f}.js`), '')))
    }
    const started = performance.now()
    const files = await walkSource(root, DEFAULT_IGNORE_PATTERNS)
    const elapsed = performance.now() - started
    expect(files).toHaveLength(20_000)
    expect(files[0]?.relativePath).toBe('d0/nested/f0.js')
    expect(elapsed).toBeLessThan(5_000)
  })
})
