// The index's stat data against lstat: the check git makes before it trusts that a file is the
// blob it checked out, here without git's help (real repositories are in git-files.test.ts).
import { describe, expect, it } from '@jest/globals'
import { compareWithIndex, isCandidate, parseIndexListing, type DiskStat, type IndexStat } from '../../src/adapters/git-index.js'

const BLOB = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391'

function record(
  path: string,
  stat: Partial<Record<'ctime' | 'mtime' | 'ino' | 'size' | 'flags', string>> = {},
  header = `H 100644 ${BLOB} 0`
) {
  return (
    `${header}\t${path}\0` +
    `  ctime: ${stat.ctime ?? '1796168127:279072546'}\n  mtime: ${stat.mtime ?? '1796168127:279072546'}\n` +
    `  dev: 65024\tino: ${stat.ino ?? '5343158'}\n  uid: 1001\tgid: 121\n  size: ${stat.size ?? '20'}\tflags: ${stat.flags ?? '0'}\n`
  )
}

const NS = 1_000_000_000n
const recorded: IndexStat = {
  ctime: { seconds: 1796168127, nanoseconds: 279072546 },
  mtime: { seconds: 1796168127, nanoseconds: 279072546 },
  ino: 5343158,
  uid: 1001,
  gid: 121,
  size: 20
}

/** The recorded times in nanoseconds, as lstat gives them. */
const RECORDED_NS = 1796168127n * NS + 279072546n

function disk(overrides: Partial<DiskStat> = {}): DiskStat {
  return {
    isFile: () => true,
    ctimeNs: RECORDED_NS,
    mtimeNs: RECORDED_NS,
    ino: 5343158n,
    uid: 1001n,
    gid: 121n,
    size: 20n,
    ...overrides
  }
}

/** The index was written a second after the files: nothing is racy. */
const LATER = RECORDED_NS + NS

describe('parseIndexListing', () => {
  it('reads each entry: tag, mode, blob, stage, path and stat data', () => {
    const entries = parseIndexListing(record('static/a.css') + record('static/b c.js', { size: '7', flags: '4000' }))
    expect(entries).toEqual([
      { tag: 'H', mode: '100644', blob: BLOB, stage: '0', path: 'static/a.css', stat: recorded },
      { tag: 'H', mode: '100644', blob: BLOB, stage: '0', path: 'static/b c.js', stat: { ...recorded, size: 7 } }
    ])
  })

  it('keeps paths with tabs, newlines and non-ASCII letters whole (they end at NUL)', () => {
    const paths = ['static/tab\there.css', 'static/new\nline.css', 'static/\u00E9t\u00E9 \u4E2D.css']
    expect(parseIndexListing(paths.map((path) => record(path)).join('')).map((entry) => entry.path)).toEqual(paths)
  })

  it('refuses output it does not understand, so that nothing is vouched for', () => {
    expect(() => parseIndexListing(record('a.css').slice(0, -20))).toThrow('did not finish')
    expect(() => parseIndexListing(record('a.css', { mtime: 'soon' }))).toThrow('mtime')
    expect(() => parseIndexListing(record('a.css').replace('ino:', 'inode:'))).toThrow('ino')
    expect(parseIndexListing('')).toEqual([])
  })
})

describe('isCandidate', () => {
  const entry = (header: string) => parseIndexListing(record('a.css', {}, header))[0]!
  it('takes regular files git compares, at stage 0', () => {
    expect(isCandidate(entry(`H 100644 ${BLOB} 0`))).toBe(true)
    expect(isCandidate(entry(`H 100755 ${BLOB} 0`))).toBe(true)
    expect(isCandidate(entry(`h 100644 ${BLOB} 0`))).toBe(false) // assume-unchanged
    expect(isCandidate(entry(`S 100644 ${BLOB} 0`))).toBe(false) // skip-worktree
    expect(isCandidate(entry(`H 120000 ${BLOB} 0`))).toBe(false) // symlink
    expect(isCandidate(entry(`H 160000 ${BLOB} 0`))).toBe(false) // submodule
    expect(isCandidate(entry(`H 100644 ${BLOB} 2`))).toBe(false) // merge conflict
  })
})

describe('compareWithIndex', () => {
  it('finds a file untouched since the index recorded it unchanged', () => {
    expect(compareWithIndex(recorded, disk(), LATER)).toBe('unchanged')
  })

  it('finds it changed when any of its times, inode, owner or size differ, or it is gone or not a file', () => {
    expect(compareWithIndex(recorded, disk({ mtimeNs: RECORDED_NS + NS }), LATER)).toBe('changed')
    expect(compareWithIndex(recorded, disk({ ctimeNs: RECORDED_NS + NS }), LATER)).toBe('changed')
    expect(compareWithIndex(recorded, disk({ ino: 1n }), LATER)).toBe('changed')
    expect(compareWithIndex(recorded, disk({ uid: 0n }), LATER)).toBe('changed')
    expect(compareWithIndex(recorded, disk({ gid: 0n }), LATER)).toBe('changed')
    expect(compareWithIndex(recorded, disk({ size: 21n }), LATER)).toBe('changed')
    expect(compareWithIndex(recorded, undefined, LATER)).toBe('changed')
    expect(compareWithIndex(recorded, disk({ isFile: () => false }), LATER)).toBe('changed')
  })

  it('leaves an entry recorded in the tick the index was written in, or after, to git (racily clean)', () => {
    expect(compareWithIndex(recorded, disk(), RECORDED_NS)).toBe('ask-git')
    expect(compareWithIndex(recorded, disk(), RECORDED_NS - 1n)).toBe('ask-git')
    expect(compareWithIndex(recorded, disk(), RECORDED_NS + 1n)).toBe('unchanged')
  })

  it('leaves times that differ only below the second to git, which compares seconds and keeps the first nanoseconds', () => {
    // A file touched again within the second after git recorded it: git still calls it clean by stat.
    expect(compareWithIndex(recorded, disk({ ctimeNs: RECORDED_NS + 500_000_000n }), LATER)).toBe('ask-git')
    expect(compareWithIndex(recorded, disk({ mtimeNs: RECORDED_NS - 200_000_000n }), LATER)).toBe('ask-git')
    expect(compareWithIndex(recorded, disk({ ctimeNs: RECORDED_NS + 800_000_000n, size: 21n }), LATER)).toBe('changed')
  })

  it('compares the 32-bit numbers the index keeps, and skips the ones a platform does not record', () => {
    const big = { ...recorded, size: 5, ino: 7 }
    expect(compareWithIndex(big, disk({ size: 2n ** 32n + 5n, ino: 2n ** 40n + 7n }), LATER)).toBe('unchanged')
    expect(compareWithIndex({ ...recorded, ino: 0, uid: 0, gid: 0 }, disk({ ino: 99n, uid: 5n, gid: 6n }), LATER)).toBe(
      'unchanged'
    )
  })
})
