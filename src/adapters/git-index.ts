// What git's index says about each tracked file, and whether the file on disk is still the one
// the index recorded. This is the check `git diff-files` makes, without reading any content:
//
// - the index keeps each file's stat data (modification and change times to the nanosecond,
//   inode, owner, size) from when git last wrote or checked it; a file whose stat data is still
//   exactly that has not been written since (writing a file sets its change time, which nothing
//   can set back);
// - except a file written in the same clock tick as the index itself, after git looked at it:
//   its times would not show that write. Git calls such entries "racily clean" and compares their
//   content; so does this action, through `git diff-files` for those paths only;
// - and git itself, as most distributions build it, compares times to the second only: it keeps
//   an entry whose times moved within the second (a `touch`, a restored mtime) with the
//   nanoseconds it first recorded. Such an entry is also left to `git diff-files`, whose verdict
//   is git's own.
//
// Entries are read from `git ls-files --stage -v --debug -z`: a header `<tag> <mode> <blob>
// <stage>\t<path>` ended by NUL, then five lines of stat data.

/** One tracked path as the index records it. */
export interface IndexEntry {
  /** `H`: git compares it with the working tree (not assume-unchanged or skip-worktree). */
  tag: string
  mode: string
  blob: string
  stage: string
  path: string
  stat: IndexStat
}

/** Stat data as the index stores it: times in seconds and nanoseconds, the rest truncated to 32 bits. */
export interface IndexStat {
  ctime: Timestamp
  mtime: Timestamp
  ino: number
  uid: number
  gid: number
  size: number
}

/** Plain numbers, not a bigint: a run may hold 100,000 entries. */
export interface Timestamp {
  seconds: number
  nanoseconds: number
}

/** What lstat says of a file on disk (bigint times in nanoseconds). */
export interface DiskStat {
  isFile(): boolean
  ctimeNs: bigint
  mtimeNs: bigint
  ino: bigint
  uid: bigint
  gid: bigint
  size: bigint
}

const NS_PER_SECOND = 1_000_000_000n
const UINT32 = 0xffffffffn
const REGULAR_FILE_MODES = new Set(['100644', '100755'])

/** Entries of `ls-files --stage -v --debug -z` output. */
export function parseIndexListing(output: string): IndexEntry[] {
  const entries: IndexEntry[] = []
  let at = 0
  while (at < output.length) {
    const nul = output.indexOf('\0', at)
    if (nul === -1) break
    const header = output.slice(at, nul)
    const tab = header.indexOf('\t')
    const [tag = '', mode = '', blob = '', stage = ''] = header.slice(0, tab).split(' ')
    let end = nul
    for (let line = 0; line < 5 && end !== -1; line++) end = output.indexOf('\n', end + 1)
    if (tab === -1 || end === -1) throw new Error('git ls-files --debug printed an entry it did not finish')
    entries.push({ tag, mode, blob, stage, path: header.slice(tab + 1), stat: parseStat(output.slice(nul + 1, end)) })
    at = end + 1
  }
  return entries
}

/**
 * `  ctime: S:N\n  mtime: S:N\n  dev: D\tino: I\n  uid: U\tgid: G\n  size: Z\tflags: F`, read by
 * position (a run may hold 100,000 entries); anything else is an error.
 */
function parseStat(block: string): IndexStat {
  const [ctime, mtime, devIno, uidGid, sizeFlags] = block.split('\n')
  const ino = digits(pair(devIno, 'dev', 'ino')[1], 'ino')
  const [uid, gidText] = pair(uidGid, 'uid', 'gid')
  const gid = digits(gidText, 'gid')
  const [size] = pair(sizeFlags, 'size', 'flags')
  return {
    ctime: time(ctime, 'ctime'),
    mtime: time(mtime, 'mtime'),
    ino: Number(ino),
    uid: Number(uid),
    gid: Number(gid),
    size: Number(size)
  }
}

function value(line: string | undefined, name: string): string {
  const label = `${name}: `
  const at = line?.indexOf(label) ?? -1
  if (line === undefined || at === -1) throw new Error(`git ls-files --debug printed no ${name}`)
  return line.slice(at + label.length)
}

/** `first: A\tsecond: B` → [A, B], A a number; B as printed (flags are hexadecimal). */
function pair(line: string | undefined, first: string, second: string): [string, string] {
  const [left, right] = value(line, first).split('\t')
  return [digits(left, first), value(right, second)]
}

function time(line: string | undefined, name: string): Timestamp {
  const [seconds, nanoseconds] = value(line, name).split(':')
  return { seconds: Number(digits(seconds, name)), nanoseconds: Number(digits(nanoseconds, name)) }
}

function sameSecond(a: bigint, b: bigint): boolean {
  return a / NS_PER_SECOND === b / NS_PER_SECOND
}

function nanoseconds({ seconds, nanoseconds }: Timestamp): bigint {
  return BigInt(seconds) * NS_PER_SECOND + BigInt(nanoseconds)
}

function digits(text: string | undefined, name: string): string {
  if (text === undefined || !/^\d+$/.test(text)) throw new Error(`git ls-files --debug printed a ${name} that is not a number`)
  return text
}

/** Tracked regular files at stage 0 (no merge conflict) that git compares with the working tree. */
export function isCandidate(entry: IndexEntry): boolean {
  return entry.tag === 'H' && REGULAR_FILE_MODES.has(entry.mode) && entry.stage === '0' && entry.blob !== ''
}

/** `ask-git`: racily clean, or different from the index only below the second; git decides. */
export type DiskVerdict = 'unchanged' | 'ask-git' | 'changed'

/**
 * Whether the file on disk is the one the entry recorded. `indexMtime`: the index file's
 * modification time (ns). Inode, owner and group are compared when the index has them (git
 * records 0 where the platform has none).
 */
export function compareWithIndex(entry: IndexStat, disk: DiskStat | undefined, indexMtime: bigint): DiskVerdict {
  if (!disk?.isFile()) return 'changed'
  const mtime = nanoseconds(entry.mtime)
  const ctime = nanoseconds(entry.ctime)
  const sameFile =
    Number(disk.size & UINT32) === entry.size &&
    (entry.ino === 0 || Number(disk.ino & UINT32) === entry.ino) &&
    (entry.uid === 0 || Number(disk.uid & UINT32) === entry.uid) &&
    (entry.gid === 0 || Number(disk.gid & UINT32) === entry.gid)
  if (!sameFile || !sameSecond(disk.mtimeNs, mtime) || !sameSecond(disk.ctimeNs, ctime)) return 'changed'
  if (disk.mtimeNs !== mtime || disk.ctimeNs !== ctime) return 'ask-git'
  // Recorded in the tick the index was written in, or later: a write after git looked would not show.
  return mtime >= indexMtime || ctime >= indexMtime ? 'ask-git' : 'unchanged'
}
