// git's answers from a helper thread: what the thread sends arrives whole, and a thread that
// cannot start or ends without answering costs only the time (git is asked on this thread).
import { afterEach, describe, expect, it } from '@jest/globals'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gitVouchedFiles } from '../../src/adapters/git-files.js'
import { answerGitJob, gitWorkspace, pack, unpack } from '../../src/adapters/git-thread.js'
import { REPO_ROOT } from '../helpers/run-dist.js'
import { freshClone, gitRepo } from '../helpers/git-repo.js'

const THREADS = path.join(REPO_ROOT, '__fixtures__/threads')
const entry = (name: string) => pathToFileURL(path.join(THREADS, name))

const roots: string[] = []
afterEach(async () => {
  for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true })
})

async function checkout(): Promise<string> {
  const source = await gitRepo({ 'static/a.css': 'a {}\n', 'static/b.js': 'let b\n' })
  const clone = freshClone(source, `${source}-clone`)
  roots.push(source, clone)
  return clone
}

describe('gitWorkspace on a helper thread', () => {
  it('hands over what the thread answered for the folder it was given', async () => {
    const vouched = await gitWorkspace('/project', entry('echo-git-job.mjs')).vouchedFiles('/project')
    expect([...vouched]).toEqual([['/project/from-thread', { blob: 'collectstatic-s3/git-vouched-files', size: 7 }]])
  })

  it.each([
    ['cannot be loaded', 'no-such-entry.mjs'],
    ['ends without answering', 'silent.mjs']
  ])('asks git on this thread when the thread %s', async (_, name) => {
    const root = await checkout()
    const vouched = await gitWorkspace(root, entry(name)).vouchedFiles(root)
    expect(vouched.size).toBe(2)
    expect(vouched).toEqual(await gitVouchedFiles(root))
  })

  it('asks git then for a folder other than the early one, and on this thread without an entry', async () => {
    const root = await checkout()
    const expected = await gitVouchedFiles(root)
    expect(await gitWorkspace('/elsewhere', entry('echo-git-job.mjs')).vouchedFiles(root)).toEqual(expected)
    expect(await gitWorkspace(root, null).vouchedFiles(root)).toEqual(expected)
    expect(await gitWorkspace().vouchedFiles(root)).toEqual(expected)
  })

  it('is not a helper thread on the main thread', async () => {
    expect(await answerGitJob()).toBe(false)
  })

  it('packs the answer into arrays and back', () => {
    const files = new Map([
      ['/p/a.css', { blob: 'a'.repeat(40), size: 5 }],
      ['/p/ü b.js', { blob: 'b'.repeat(64), size: 0 }]
    ])
    const packed = pack(files)
    expect(packed).toEqual({ paths: ['/p/a.css', '/p/ü b.js'], blobs: ['a'.repeat(40), 'b'.repeat(64)], sizes: [5, 0] })
    expect(unpack(packed)).toEqual(files)
  })
})
