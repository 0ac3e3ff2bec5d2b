import { describe, expect, it } from '@jest/globals'
import { compareKeys, splitKeySpace } from '../../src/adapters/listing-ranges.js'

const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b))

describe('compareKeys', () => {
  it('orders keys as S3 does, by UTF-8 bytes, where UTF-16 order differs', () => {
    // U+FF21 (3 UTF-8 bytes) sorts before U+1F600 (4 bytes), though its UTF-16 unit is larger than a surrogate.
    const keys = ['a/\u{1F600}.css', 'a/\uFF21.css', 'a/\uE000.css', 'a/z.css', 'a/\u00E9.css', 'a/', 'a', 'A', 'a/\uD7FF.css']
    expect([...keys].sort(compareKeys)).toEqual([...keys].sort(byBytes))
  })

  it('agrees with byte order on random keys', () => {
    const alphabet = ['a', 'b', '/', '.', '-', '\u00E9', '\uE001', '\uFFFD', '\u{10000}', '\u{1F4A9}', '\u4E2D']
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const keys = Array.from({ length: 400 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 6) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
    )
    expect([...keys].sort(compareKeys)).toEqual([...keys].sort(byBytes))
  })
})

describe('splitKeySpace', () => {
  const local = Array.from({ length: 5000 }, (_, i) => `static/f${String(i).padStart(5, '0')}.css`)

  it('cuts the whole key space into contiguous ranges of a page of local keys each', () => {
    const ranges = splitKeySpace(local, 1000)
    expect(ranges[0]).toEqual({ after: '', through: 'static/f00999.css' })
    expect(ranges.map((range) => range.through)).toEqual([
      'static/f00999.css',
      'static/f01999.css',
      'static/f02999.css',
      'static/f03999.css',
      null
    ])
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]?.after).toBe(ranges[i - 1]?.through)
  })

  it('cuts more often when the bucket holds more keys per local path (hashed copies)', () => {
    expect(splitKeySpace(local, 500)).toHaveLength(10)
  })

  it('sorts by bytes and ignores repeated keys', () => {
    const keys = ['b', 'a', '\u{1F600}', '\uFF21', 'a']
    expect(splitKeySpace(keys, 1)).toEqual([
      { after: '', through: 'a' },
      { after: 'a', through: 'b' },
      { after: 'b', through: '\uFF21' },
      { after: '\uFF21', through: null }
    ])
  })

  it('gives one open range for too few local keys, and never more than 256 ranges', () => {
    expect(splitKeySpace([], 1000)).toEqual([{ after: '', through: null }])
    expect(splitKeySpace(local.slice(0, 1000), 1000)).toEqual([{ after: '', through: null }])
    const many = Array.from({ length: 300_000 }, (_, i) => `k${String(i).padStart(6, '0')}`)
    expect(splitKeySpace(many, 1000).length).toBeLessThanOrEqual(256)
  })
})
