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

  it('cuts the rest of the key space into contiguous ranges of about one page each', () => {
    const ranges = splitKeySpace('static/f00999.css', 1000, local)
    expect(ranges[0]).toEqual({ after: 'static/f00999.css', through: 'static/f01999.css' })
    expect(ranges.map((range) => range.through)).toEqual(['static/f01999.css', 'static/f02999.css', 'static/f03999.css', null])
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]?.after).toBe(ranges[i - 1]?.through)
  })

  it('learns the density of remote keys from the first page', () => {
    // The first page's 1,000 remote keys held 500 local ones: half the keys there are not local.
    const ranges = splitKeySpace('static/f00499.css', 1000, local)
    expect(ranges[0]?.through).toBe('static/f00999.css')
    expect(ranges).toHaveLength(9)
  })

  it('gives one open range when no local key is left, and never more than 256 ranges', () => {
    expect(splitKeySpace('static/zzz', 1000, local)).toEqual([{ after: 'static/zzz', through: null }])
    const many = Array.from({ length: 100_000 }, (_, i) => `k${String(i).padStart(6, '0')}`)
    expect(splitKeySpace('k000000', 1000, many).length).toBeLessThanOrEqual(256)
  })

  it('uses a page of local keys per range when the first page held none', () => {
    const ranges = splitKeySpace('old/zzz', 1000, local)
    expect(ranges[0]).toEqual({ after: 'old/zzz', through: 'static/f00999.css' })
  })
})
