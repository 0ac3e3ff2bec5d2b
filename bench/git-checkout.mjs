// The project as CI sees it: a git checkout. actions/checkout writes the files and the index
// together, so the index's stat data matches the files and git knows every file is clean. Here
// the project's mtimes are moved between runs, so the index is refreshed to match afterwards
// (`git update-index --refresh` re-reads only files whose stat data changed and records them
// as clean when their bytes are the same), which is the state a fresh checkout leaves.
import { spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const GIT_ENV = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }
// No automatic gc: with thousands of loose objects every commit would start a repack in the
// background, and a repack racing a measured run makes git's answers (and the run) wander.
const IDENTITY = [
  '-c',
  'user.email=bench@example.com',
  '-c',
  'user.name=bench',
  '-c',
  'init.defaultBranch=main',
  '-c',
  'gc.auto=0'
]

export const gitAvailable = spawnSync('git', ['--version']).status === 0

function git(dir, args) {
  const result = spawnSync('git', [...IDENTITY, ...args], {
    cwd: dir,
    env: GIT_ENV,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`)
  return result.stdout
}

/** Makes the generated project a repository with one commit (once; later calls only sync the index). */
export function ensureRepository(dir) {
  if (!gitAvailable) return
  if (!existsSync(join(dir, '.git'))) {
    git(dir, ['init', '-q'])
    // The generator's own bookkeeping and what the peers write are not part of the project.
    writeFileSync(join(dir, '.git/info/exclude'), 'collection.json\n.complete*\n__pycache__/\n*.pyc\nstaticfiles/\n')
    git(dir, ['add', '-A'])
    git(dir, ['commit', '-qm', 'generated project'])
  }
  packObjects(dir)
  syncIndex(dir)
}

/**
 * What a clone or fetch (actions/checkout) leaves: the objects in a pack, where `git add` wrote a
 * file per object. Asking git about 20,000 loose objects costs ~0.5 s of system time a
 * checkout never pays. No delta search and no compression: the pack is only for reading here.
 */
function packObjects(dir) {
  const loose = Number(/^count: (\d+)$/m.exec(git(dir, ['count-objects', '-v']))?.[1] ?? 0)
  if (loose > 1000) git(dir, ['-c', 'pack.compression=0', 'repack', '-a', '-d', '-q', '--window=0'])
}

/** What a fresh checkout leaves: the index's stat data matching the files on disk. */
export function syncIndex(dir) {
  if (!gitAvailable || !existsSync(join(dir, '.git'))) return
  spawnSync('git', ['update-index', '-q', '--refresh'], { cwd: dir, env: GIT_ENV })
}

/** A new commit with the working tree as it is (the 1% change, and putting it back). */
export function commitAll(dir, message) {
  if (!gitAvailable || !existsSync(join(dir, '.git'))) return
  git(dir, ['add', '-A'])
  git(dir, ['commit', '-qm', message, '--allow-empty'])
}
