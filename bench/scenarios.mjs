// What happens to the project between runs: a fresh CI checkout (every mtime moves to
// now, no byte changes) and a change to 1% of the files; and putting it back afterwards.
import { existsSync } from 'node:fs'
import { readFile, rename, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { forEachLimited, resetMtimes } from './generate.mjs'
import { commitAll, syncIndex } from './git-checkout.mjs'

export const SCENARIOS = [
  { id: 'cold', title: 'cold upload (empty bucket)' },
  { id: 'rerun', title: 'CI rerun (fresh checkout, nothing changed)' },
  { id: 'changed', title: 'CI rerun, 1% of files changed' }
]

const TEXT_SUFFIX = { '.css': '\n/* changed */\n', '.js': '\n// changed\n', '.svg': '\n<!-- changed -->\n' }

/**
 * Touches every file: what a fresh `actions/checkout` does to mtimes. Waits for the next
 * whole second first: a real rerun comes minutes after the upload, and tools that compare
 * mtimes with LastModified (whole seconds) would otherwise see "same second, unmodified".
 */
export async function freshCheckout(project) {
  await new Promise((resolve) => setTimeout(resolve, 1100))
  const now = new Date()
  await forEachLimited(project.collection, 64, (file) => utimes(file.absPath, now, now))
  syncIndex(project.dir)
}

/**
 * Changes every 100th file (text files get a comment, others 16 bytes in the middle) and
 * remembers the originals. The project is marked incomplete until restore() runs, so an
 * interrupted benchmark regenerates it next time.
 */
export async function changeOnePercent(project) {
  const marker = join(project.dir, '.complete')
  if (existsSync(marker)) await rename(marker, `${marker}.changed`)
  const originals = new Map()
  const chosen = project.collection.filter((_, i) => i % 100 === 37)
  for (const file of chosen) {
    const bytes = await readFile(file.absPath)
    originals.set(file.absPath, bytes)
    await writeFile(file.absPath, changedBytes(file.key, bytes))
  }
  // CI sees a change as a new commit: the changed files are clean, with new blobs.
  commitAll(project.dir, 'change 1% of the files')
  return {
    count: chosen.length,
    restore: async () => {
      for (const [absPath, bytes] of originals) await writeFile(absPath, bytes)
      commitAll(project.dir, 'put the 1% back')
      await pristine(project)
      if (existsSync(`${marker}.changed`)) await rename(`${marker}.changed`, marker)
    }
  }
}

function changedBytes(key, bytes) {
  const suffix = Object.entries(TEXT_SUFFIX).find(([ext]) => key.endsWith(ext))?.[1]
  if (suffix) return Buffer.concat([bytes, Buffer.from(suffix)])
  const copy = Buffer.from(bytes)
  const at = Math.max(0, Math.floor(copy.length / 2) - 8)
  for (let i = at; i < Math.min(copy.length, at + 16); i++) copy[i] ^= 0x5a
  return copy
}

/** Back to the generated mtimes (content is put back by changeOnePercent's restore). */
export async function pristine(project) {
  await resetMtimes(project.collection)
  syncIndex(project.dir)
}
