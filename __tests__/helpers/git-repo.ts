// Temporary git repositories for tests of what git vouches for.
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

export function git(cwd: string, ...args: string[]): string {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }
  return execFileSync(
    'git',
    [
      '-c',
      'user.email=t@example.com',
      '-c',
      'user.name=t',
      '-c',
      'init.defaultBranch=main',
      '-c',
      'protocol.file.allow=always',
      ...args
    ],
    {
      cwd,
      env,
      encoding: 'utf8'
    }
  )
}

/** A committed repository holding `files`; returns its root. */
export async function gitRepo(files: Record<string, string | Buffer>, prefix = 'git-repo-'): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), prefix))
  await writeFiles(root, files)
  git(root, 'init', '-q')
  git(root, 'add', '-A')
  git(root, 'commit', '-qm', 'initial')
  return root
}

export async function writeFiles(root: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true })
    await writeFile(path.join(root, name), content)
  }
}

/** A clone, as actions/checkout leaves one: fresh files and an index whose stat data matches them. */
export function freshClone(source: string, destination: string): string {
  git(path.dirname(destination), 'clone', '-q', source, destination)
  return destination
}

export function hashObject(file: string): string {
  return git(path.dirname(file), 'hash-object', '--no-filters', file).trim()
}
