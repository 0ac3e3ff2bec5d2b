// Which files under the project git vouches for: tracked, clean, and with bytes on disk that are
// the blob's own, so the blob id names the bytes and a digest recorded for that blob holds for
// the file without reading it. Four git commands, read at once, while the bucket is listed:
//   ls-files --stage   every tracked path with its mode and blob id (and, with -v, whether it is
//                      marked assume-unchanged or skip-worktree: git then stops checking it);
//   diff-files         the tracked paths whose working copy differs from the index (git checks
//                      stat data and, where that cannot decide, the content);
//   cat-file           each blob's size;
//   check-attr         `filter`, `ident` and `working-tree-encoding`, which rewrite bytes on checkout.
// A file also needs its size on disk to equal its blob's: end-of-line conversion only adds bytes,
// so equal sizes mean it changed nothing. Anything git cannot answer (no git, not a repository,
// "dubious ownership", a time-out) vouches for nothing: every file is read, as without git.
import { execFile } from 'node:child_process'
import { lstatSync } from 'node:fs'
import { readFile, realpath } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { VouchedFile } from '../digest/blob-digests.js'

/** Absolute path → the blob its bytes are. */
export type VouchedFiles = ReadonlyMap<string, VouchedFile>

const GIT_TIMEOUT_MS = 15_000
const MAX_OUTPUT = 512 * 1024 * 1024
const REGULAR_FILE_MODES = new Set(['100644', '100755'])
const REWRITING_ATTRIBUTES = ['filter', 'ident', 'working-tree-encoding']

export async function gitVouchedFiles(projectRoot: string): Promise<VouchedFiles> {
  try {
    const [top, infoAttributes] = (
      await git(projectRoot, ['rev-parse', '--show-toplevel', '--git-path', 'info/attributes'])
    ).split('\n')
    if (!top || !infoAttributes) return new Map()
    const [staged, dirty, attributesFile] = await Promise.all([
      git(top, ['ls-files', '--stage', '-v', '-z']),
      git(top, ['diff-files', '--name-only', '-z']),
      git(top, ['config', '--path', '--get', 'core.attributesFile']).catch(() => '')
    ])
    const candidates = cleanRegularFiles(staged, new Set(splitZ(dirty)))
    if (candidates.size === 0) return new Map()
    const blobs = [...new Set(candidates.values())]
    // --git-path answers relative to where git ran.
    const sources = [path.resolve(projectRoot, infoAttributes), attributesFile.trim() || defaultAttributesFile()]
    const mayRewrite = await attributesMayRewrite(top, candidates.keys(), sources)
    const [sizes, rewritten] = await Promise.all([
      blobSizes(top, blobs),
      mayRewrite ? rewritingPaths(top, [...candidates.keys()]) : new Set<string>()
    ])
    // The walk's paths start at the project root as given, which may reach the repository through a symlink.
    const base = path.resolve(projectRoot, path.relative(await realpath(projectRoot), top))
    return sameSizeOnDisk(base, candidates, sizes, rewritten)
  } catch {
    return new Map()
  }
}

/**
 * Tracked regular files at stage 0 (no merge conflict), tagged `H` (git compares them with the
 * working tree: not assume-unchanged, not skip-worktree), that diff-files did not list: path → blob.
 */
function cleanRegularFiles(staged: string, dirty: Set<string>): Map<string, string> {
  const files = new Map<string, string>()
  for (const record of splitZ(staged)) {
    const tab = record.indexOf('\t')
    const [tag, mode, blob, stage] = record.slice(0, tab).split(' ')
    const file = record.slice(tab + 1)
    if (tag !== 'H' || !REGULAR_FILE_MODES.has(mode ?? '') || stage !== '0' || !blob || dirty.has(file)) continue
    files.set(file, blob)
  }
  return files
}

async function blobSizes(top: string, blobs: string[]): Promise<Map<string, number>> {
  const output = await git(top, ['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], `${blobs.join('\n')}\n`)
  const sizes = new Map<string, number>()
  for (const line of output.split('\n')) {
    const [blob, type, size] = line.split(' ')
    if (blob && type === 'blob') sizes.set(blob, Number(size))
  }
  return sizes
}

/**
 * Whether any attribute source could name `filter`, `ident` or `working-tree-encoding`: the
 * tracked .gitattributes files, the repository's info/attributes and the user's attributes file.
 * Most repositories have none, and asking check-attr about every file costs far more memory than
 * the files' own entries.
 */
async function attributesMayRewrite(top: string, tracked: Iterable<string>, sources: string[]): Promise<boolean> {
  for (const file of tracked)
    if (file === '.gitattributes' || file.endsWith('/.gitattributes')) sources.push(path.join(top, file))
  for (const source of sources) {
    const text = await readFile(source, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? '' : null))
    if (text === null || REWRITING_ATTRIBUTES.some((name) => text.includes(name))) return true
  }
  return false
}

function defaultAttributesFile(): string {
  const config = process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config')
  return path.join(config, 'git', 'attributes')
}

/** Paths with an attribute that makes checkout write other bytes than the blob's. */
async function rewritingPaths(top: string, paths: string[]): Promise<Set<string>> {
  const output = await git(top, ['check-attr', '-z', '--stdin', ...REWRITING_ATTRIBUTES], `${paths.join('\0')}\0`)
  const fields = splitZ(output)
  const rewritten = new Set<string>()
  // -z output: path NUL attribute NUL value NUL, for each path and attribute.
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const value = fields[i + 2]
    if (value !== undefined && value !== 'unspecified' && value !== 'unset') rewritten.add(fields[i] as string)
  }
  return rewritten
}

/**
 * Candidates whose size on disk is their blob's. Blocking lstat calls, one after another: for
 * 20,000 files that is a few milliseconds, where as many pending promises cost far more time
 * and memory.
 */
function sameSizeOnDisk(
  base: string,
  candidates: Map<string, string>,
  sizes: Map<string, number>,
  rewritten: Set<string>
): Map<string, VouchedFile> {
  const vouched = new Map<string, VouchedFile>()
  for (const [file, blob] of candidates) {
    const size = sizes.get(blob)
    if (size === undefined || rewritten.has(file)) continue
    const absPath = path.join(base, ...file.split('/'))
    const stat = lstatSync(absPath, { throwIfNoEntry: false })
    if (stat?.isFile() && stat.size === size) vouched.set(absPath, { blob, size })
  }
  return vouched
}

function splitZ(output: string): string[] {
  const fields = output.split('\0')
  if (fields[fields.length - 1] === '') fields.pop()
  return fields
}

function git(cwd: string, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // No pager, prompt or optional locks: a read must never wait for anything or write the index.
    const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat' }
    const child = execFile(
      'git',
      ['-c', 'core.quotepath=off', ...args],
      { cwd, env, timeout: GIT_TIMEOUT_MS, maxBuffer: MAX_OUTPUT, encoding: 'utf8' },
      (error, stdout) => (error ? reject(error) : resolve(stdout))
    )
    if (input !== undefined) child.stdin?.end(input)
  })
}
