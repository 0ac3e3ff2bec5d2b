import { describe, expect, it } from '@jest/globals'
import type { FoundFile } from '../../src/model.js'
import { backslashProblems, keyLengthProblems, MAX_KEY_BYTES } from '../../src/plan/key-limits.js'

const root = '/p'
const found = (path: string): FoundFile => ({
  path,
  relativePath: path,
  absPath: `${root}/assets/${path}`,
  source: { kind: 'dir', prefix: '', root: `${root}/assets`, label: 'assets' }
})

describe('S3 key limits', () => {
  it('counts UTF-8 bytes, the prefix with its slash and, with hashing, 13 bytes', () => {
    const exact = 'é'.repeat(500) + 'x'.repeat(MAX_KEY_BYTES - 1000 - 7) // 1,024 - 7 bytes: fits with 'static/'
    expect(keyLengthProblems([found(exact)], 'static', false, root)).toEqual([])
    expect(keyLengthProblems([found(exact + 'x')], 'static', false, root)).toHaveLength(1)
    const problems = keyLengthProblems([found(exact)], 'static', true, root)
    expect(problems[0]).toMatchObject({ severity: 'error', file: `assets/${exact}` })
    expect(problems[0]!.message).toMatch(
      /would be 1037 bytes \(with the prefix 'static\/' and the 13 bytes of its hash\); S3 allows 1024/
    )
  })
  it('names five files and counts the rest', () => {
    const files = Array.from({ length: 8 }, (_, i) => found(`${i}${'x'.repeat(1100)}`))
    const problems = keyLengthProblems(files, '', false, root)
    expect(problems).toHaveLength(5)
    expect(problems[4]!.message).toMatch(/\(3 more files are too long as well\.\)/)
    expect(problems[0]!.message).not.toMatch(/with the prefix/)
  })
  it('refuses backslashes in names', () => {
    expect(backslashProblems([found('ok.css'), found('a\\b.css')], root)).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'assets/a\\b.css',
        message: expect.stringMatching(/would store it as 'a\/b\.css'/)
      })
    ])
  })
})
