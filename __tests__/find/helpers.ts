// Temp trees for the finder tests: `{ 'a/b.txt': 'text', 'link': { symlink: 'target' } }`.
import { afterEach } from '@jest/globals'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

export type TreeEntry = string | { symlink: string } | { dir: true }

export async function makeTree(entries: Record<string, TreeEntry>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'find-test-'))
  for (const [relative, entry] of Object.entries(entries)) {
    const target = path.join(root, relative)
    await mkdir(path.dirname(target), { recursive: true })
    if (typeof entry === 'string') await writeFile(target, entry)
    else if ('symlink' in entry) await symlink(entry.symlink, target)
    else await mkdir(target, { recursive: true })
  }
  return root
}

export async function removeTree(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true })
}

/** A `makeTree` whose trees are removed after each test of the calling file. */
export function tempTrees(): (entries: Record<string, TreeEntry>) => Promise<string> {
  const roots: string[] = []
  afterEach(async () => {
    await Promise.all(roots.splice(0).map(removeTree))
  })
  return async (entries) => {
    const root = await makeTree(entries)
    roots.push(root)
    return root
  }
}
