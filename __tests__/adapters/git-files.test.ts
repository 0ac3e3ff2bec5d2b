// What git vouches for must never include a file whose bytes are not its blob's: every test ends
// by checking each vouched file against `git hash-object` of its bytes as they are now.
import { afterEach, describe, expect, it } from '@jest/globals'
import { chmod, mkdtemp, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gitVouchedFiles, type VouchedFiles } from '../../src/adapters/git-files.js'
import { freshClone, git, gitRepo, hashObject, writeFiles } from '../helpers/git-repo.js'

const roots: string[] = []
afterEach(async () => {
  for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true })
})

async function repo(files: Record<string, string | Buffer>): Promise<string> {
  const root = await gitRepo(files)
  roots.push(root)
  return root
}

function vouchedNames(root: string, vouched: VouchedFiles): string[] {
  return [...vouched.keys()].map((file) => path.relative(root, file)).sort()
}

/** The invariant: a vouched file's bytes are its blob, whatever happened to it. */
function expectTrue(vouched: VouchedFiles): void {
  for (const [file, { blob, size }] of vouched) {
    expect(hashObject(file)).toBe(blob)
    expect(size).toBeGreaterThanOrEqual(0)
  }
}

const FILES = { 'static/a.css': 'body { color: red }\n', 'static/b.js': 'let b = 1\n', 'static/img/c.svg': '<svg/>' }

describe('gitVouchedFiles', () => {
  it('vouches for the tracked, clean files of a fresh checkout, with their blob ids', async () => {
    const root = await repo(FILES)
    const vouched = await gitVouchedFiles(root)
    expect(vouchedNames(root, vouched)).toEqual(['static/a.css', 'static/b.js', 'static/img/c.svg'])
    expect(vouched.get(path.join(root, 'static/a.css'))?.size).toBe(20)
    expectTrue(vouched)
  })

  it('works from a project folder below the repository root, and through a symlinked root', async () => {
    const root = await repo({ 'site/static/a.css': 'a', 'other/x.css': 'x' })
    const link = path.join(await mkdtemp(path.join(os.tmpdir(), 'link-')), 'project')
    roots.push(path.dirname(link))
    await symlink(root, link)
    const vouched = await gitVouchedFiles(path.join(link, 'site'))
    expect([...vouched.keys()].sort()).toEqual([path.join(link, 'other/x.css'), path.join(link, 'site/static/a.css')])
    expectTrue(vouched)
  })

  it('does not vouch for a file changed after checkout, changed and staged differently, or written by a build step', async () => {
    const root = await repo(FILES)
    await writeFile(path.join(root, 'static/a.css'), 'body { color: blue }\n')
    await writeFile(path.join(root, 'static/b.js'), 'let b = 2\n')
    git(root, 'add', 'static/b.js')
    await writeFile(path.join(root, 'static/b.js'), 'let b = 3\n')
    await writeFiles(root, { 'static/built.css': 'built' })
    const vouched = await gitVouchedFiles(root)
    expect(vouchedNames(root, vouched)).toEqual(['static/img/c.svg'])
    expectTrue(vouched)
  })

  it('vouches for a staged change under its new blob', async () => {
    const root = await repo(FILES)
    await writeFile(path.join(root, 'static/a.css'), 'body { color: green }\n')
    git(root, 'add', 'static/a.css')
    const vouched = await gitVouchedFiles(root)
    expect(vouched.get(path.join(root, 'static/a.css'))?.blob).toBe(hashObject(path.join(root, 'static/a.css')))
    expectTrue(vouched)
  })

  it('catches a same-size rewrite whose modification time was put back (a stash-like rewrite)', async () => {
    const root = await repo(FILES)
    const file = path.join(root, 'static/a.css')
    const before = await stat(file)
    await new Promise((resolve) => setTimeout(resolve, 20))
    await writeFile(file, 'body { color: pink }\n'.slice(0, 20))
    await utimes(file, before.atime, before.mtime)
    expect((await stat(file)).size).toBe(before.size)
    const vouched = await gitVouchedFiles(root)
    expect(vouched.has(file)).toBe(false)
    expectTrue(vouched)
  })

  it("has git compare the content of entries recorded in the index's own clock tick (racily clean)", async () => {
    const root = await repo(FILES)
    // An index that looks written before the files were: every entry is racy, as after a fast checkout.
    const past = new Date(Date.now() - 60_000)
    await utimes(path.join(root, '.git/index'), past, past)
    await writeFile(path.join(root, 'static/b.js'), 'let b = 22\n')
    const vouched = await gitVouchedFiles(root)
    expect(vouchedNames(root, vouched)).toEqual(['static/a.css', 'static/img/c.svg'])
    expectTrue(vouched)
  })

  it('does not vouch for files whose checkout rewrote the bytes: end-of-line conversion, filters, encodings', async () => {
    const root = await repo({
      '.gitattributes': '*.crlf.css text eol=crlf\n*.lfs filter=lfs\n*.u16.css working-tree-encoding=UTF-16\n',
      'static/one-line.crlf.css': 'no newline here',
      'static/x.lfs': 'pointer'
    })
    await writeFiles(root, { 'static/multi.crlf.css': 'a {}\nb {}\n' })
    git(root, 'add', '-A')
    git(root, 'commit', '-qm', 'more')
    await rm(path.join(root, 'static/multi.crlf.css'))
    git(root, 'checkout', '--', 'static/multi.crlf.css')
    expect(await readFile(path.join(root, 'static/multi.crlf.css'), 'utf8')).toBe('a {}\r\nb {}\r\n')
    const vouched = await gitVouchedFiles(root)
    // Without a line ending the conversion changed nothing: the size proves the bytes.
    expect(vouchedNames(root, vouched)).toEqual(['.gitattributes', 'static/one-line.crlf.css'])
    expectTrue(vouched)
  })

  it('reads attributes from info/attributes too, also from a project folder below the root', async () => {
    const root = await repo({ 'site/static/a.css': 'a', 'site/static/b.js': 'b' })
    await writeFile(path.join(root, '.git/info/attributes'), '*.css filter=custom\n')
    const vouched = await gitVouchedFiles(path.join(root, 'site'))
    expect(vouchedNames(root, vouched)).toEqual(['site/static/b.js'])
    expectTrue(vouched)
  })

  it('vouches for nothing inside a submodule, nor for symlinks, assume-unchanged or skip-worktree files', async () => {
    const sub = await repo({ 'static/sub.css': 'sub' })
    const root = await repo({ 'static/a.css': 'a', 'static/b.css': 'b', 'static/c.css': 'c' })
    git(root, 'submodule', 'add', '-q', sub, 'vendor')
    await symlink('a.css', path.join(root, 'static/link.css'))
    git(root, 'add', '-A')
    git(root, 'commit', '-qm', 'submodule and link')
    git(root, 'update-index', '--assume-unchanged', 'static/b.css')
    await writeFile(path.join(root, 'static/b.css'), 'B')
    git(root, 'update-index', '--skip-worktree', 'static/c.css')
    const vouched = await gitVouchedFiles(root)
    expect(vouchedNames(root, vouched)).toEqual(['.gitmodules', 'static/a.css'])
    expectTrue(vouched)
  })

  it('vouches for nothing outside a repository or when git fails, without an error', async () => {
    const plain = await mkdtemp(path.join(os.tmpdir(), 'no-git-'))
    roots.push(plain)
    await writeFiles(plain, FILES)
    expect((await gitVouchedFiles(plain)).size).toBe(0)
    expect((await gitVouchedFiles(path.join(plain, 'missing'))).size).toBe(0)
    const root = await repo(FILES)
    await chmod(path.join(root, '.git'), 0o000)
    try {
      // As root, permissions do not stop git; a broken index does.
      await writeFile(path.join(root, '.git/index'), 'not an index')
      expect((await gitVouchedFiles(root)).size).toBe(0)
    } finally {
      await chmod(path.join(root, '.git'), 0o755)
    }
  })

  it('matches a fresh clone (what actions/checkout leaves) file for file', async () => {
    const source = await repo(FILES)
    const parent = await mkdtemp(path.join(os.tmpdir(), 'clone-'))
    roots.push(parent)
    const clone = freshClone(source, path.join(parent, 'work'))
    const vouched = await gitVouchedFiles(clone)
    expect(vouchedNames(clone, vouched)).toEqual(['static/a.css', 'static/b.js', 'static/img/c.svg'])
    expectTrue(vouched)
  })
})
