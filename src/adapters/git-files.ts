// Which files under the project git vouches for: tracked, clean, and with bytes on disk that are
// the blob's own, so the blob id names the bytes and a digest recorded for that blob holds for
// the file without reading it. Read while the settings are read and the bucket is listed:
//   ls-files --stage -v --debug   every tracked path with its mode, blob id and the stat data the
//                                 index recorded (-v: whether it is assume-unchanged or
//                                 skip-worktree, which git then stops checking); compared with
//                                 lstat as git compares them (git-index.ts), so no content is read;
//   diff-files                    only for the few entries the times cannot decide (recorded
//                                 "racily", in the index's own clock tick, or differing below the
//                                 second): git gives its own verdict;
//   cat-file                      each blob's size;
//   check-attr                    `filter`, `ident` and `working-tree-encoding`, which rewrite bytes on
//                                 checkout (only when an attribute file mentions one).
// A file also needs its size on disk to equal its blob's: end-of-line conversion only adds bytes,
// so equal sizes mean it changed nothing. Anything git cannot answer (no git, not a repository,
// "dubious ownership", a time-out, an index rewritten while it was read) vouches for nothing:
// every file is read, as without git.
import { execFile } from 'node:child_process'
import { lstatSync, statSync, type BigIntStats } from 'node:fs'
import { readFile, realpath } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { VouchedFile } from '../digest/blob-digests.js'
import { compareWithIndex, isCandidate, parseIndexListing, type IndexEntry } from './git-index.js'

/** Absolute path → the blob its bytes are. */
export type VouchedFiles = ReadonlyMap<string, VouchedFile>

/** The outside world a run reads besides the target: which files git vouches for. */
export interface Workspace {
  vouchedFiles(projectRoot: string): Promise<VouchedFiles>
}

const GIT_TIMEOUT_MS = 15_000
const MAX_OUTPUT = 512 * 1024 * 1024
const REWRITING_ATTRIBUTES = ['filter', 'ident', 'working-tree-encoding']
/** Paths passed to diff-files by name; past this many, diff-files checks the whole tree. */
const MAX_NAMED_PATHS = 1000

/** A tracked file whose stat data matches the index: where it is, its blob, and its size on disk. */
interface Candidate {
  absPath: string
  blob: string
  size: number
}

export async function gitVouchedFiles(projectRoot: string): Promise<VouchedFiles> {
  try {
    const [top, infoAttributes, indexFile] = (
      await git(projectRoot, ['rev-parse', '--show-toplevel', '--git-path', 'info/attributes', '--git-path', 'index'])
    ).split('\n')
    if (!top || !infoAttributes || !indexFile) return new Map()
    // The walk's paths start at the project root as given, which may reach the repository through a symlink.
    const base = path.resolve(projectRoot, path.relative(await realpath(projectRoot), top))
    // --git-path answers relative to where git ran.
    const index = await readIndex(top, path.resolve(projectRoot, indexFile))
    if (!index) return new Map()
    // Blob sizes are asked for at once: cat-file runs while the files are compared with the index.
    const sizes = blobSizes(top, [...new Set(index.candidates.map((entry) => entry.blob))])
    sizes.catch(() => {})
    const candidates = await cleanFiles(top, base, index.candidates, index.mtime)
    if (candidates.size === 0) return new Map()
    const sources = [path.resolve(projectRoot, infoAttributes), index.attributesFile || defaultAttributesFile()]
    const mayRewrite = await attributesMayRewrite(top, index.attributeFiles, sources)
    const rewritten = mayRewrite ? await rewritingPaths(top, [...candidates.keys()]) : new Set<string>()
    return sameSizeAsBlob(candidates, await sizes, rewritten)
  } catch {
    return new Map()
  }
}

/**
 * The index as ls-files prints it, keeping only what the run needs: the candidates (isCandidate),
 * the tracked .gitattributes files, the user's attributes file, and the index's modification time.
 * Null when the index was rewritten while it was read.
 */
async function readIndex(top: string, indexPath: string) {
  const before = statSync(indexPath, { bigint: true })
  const [listing, attributesFile] = await Promise.all([
    git(top, ['ls-files', '--stage', '-v', '--debug', '-z']),
    git(top, ['config', '--path', '--get', 'core.attributesFile']).catch(() => '')
  ])
  if (!sameFile(before, statSync(indexPath, { bigint: true }))) return null
  const entries = parseIndexListing(listing)
  return {
    candidates: entries.filter(isCandidate),
    attributeFiles: entries.flatMap(({ path: file }) =>
      file === '.gitattributes' || file.endsWith('/.gitattributes') ? [file] : []
    ),
    attributesFile: attributesFile.trim(),
    mtime: before.mtimeNs
  }
}

function sameFile(a: BigIntStats, b: BigIntStats): boolean {
  return a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs && a.size === b.size && a.ino === b.ino
}

/**
 * Candidates (tracked regular files git checks, see isCandidate) whose stat data is the index's.
 * Blocking lstat calls, one after another: for 20,000 files that is tens of milliseconds, where as
 * many pending promises cost far more time and memory. Entries the times cannot decide are asked of diff-files.
 */
async function cleanFiles(top: string, base: string, entries: IndexEntry[], indexMtime: bigint): Promise<Map<string, Candidate>> {
  const clean = new Map<string, Candidate>()
  const askGit: string[] = []
  for (const entry of entries) {
    const absPath = path.join(base, entry.path)
    const disk = lstatSync(absPath, { bigint: true, throwIfNoEntry: false })
    const verdict = compareWithIndex(entry.stat, disk, indexMtime)
    if (verdict === 'changed' || !disk) continue
    clean.set(entry.path, { absPath, blob: entry.blob, size: Number(disk.size) })
    if (verdict === 'ask-git') askGit.push(entry.path)
  }
  if (askGit.length > 0) for (const file of await changedForGit(top, askGit)) clean.delete(file)
  return clean
}

/** Which of `paths` git finds changed (diff-files: by content where the times cannot tell). */
async function changedForGit(top: string, paths: string[]): Promise<string[]> {
  const named = paths.length <= MAX_NAMED_PATHS ? ['--', ...paths] : []
  return splitZ(await git(top, ['diff-files', '--name-only', '-z', ...named], undefined, { GIT_LITERAL_PATHSPECS: '1' }))
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
async function attributesMayRewrite(top: string, trackedAttributeFiles: string[], sources: string[]): Promise<boolean> {
  for (const file of trackedAttributeFiles) sources.push(path.join(top, file))
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

/** Candidates whose size on disk is their blob's, and whose checkout no attribute rewrites. */
function sameSizeAsBlob(
  candidates: Map<string, Candidate>,
  sizes: Map<string, number>,
  rewritten: Set<string>
): Map<string, VouchedFile> {
  const vouched = new Map<string, VouchedFile>()
  for (const [file, { absPath, blob, size }] of candidates) {
    if (sizes.get(blob) !== size || rewritten.has(file)) continue
    vouched.set(absPath, { blob, size })
  }
  return vouched
}

function splitZ(output: string): string[] {
  const fields = output.split('\0')
  if (fields[fields.length - 1] === '') fields.pop()
  return fields
}

/**
 * Paths as they are (no quoting), and small windows onto pack files: git maps up to 1 GiB of a
 * pack at once by default, so asking the sizes of 20,000 blobs in a 540 MB pack (what a checkout
 * of such a project fetches) left 250 MB of the pack resident in git's process, 12 MB with these.
 */
const GIT_CONFIG = ['-c', 'core.quotepath=off', '-c', 'core.packedGitWindowSize=1m', '-c', 'core.packedGitLimit=16m']

function git(cwd: string, args: string[], input?: string, extraEnv: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    // No pager, prompt or optional locks: a read must never wait for anything or write the index.
    const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat', ...extraEnv }
    const child = execFile(
      'git',
      [...GIT_CONFIG, ...args],
      { cwd, env, timeout: GIT_TIMEOUT_MS, maxBuffer: MAX_OUTPUT, encoding: 'utf8' },
      (error, stdout) => (error ? reject(error) : resolve(stdout))
    )
    if (input !== undefined) child.stdin?.end(input)
  })
}
