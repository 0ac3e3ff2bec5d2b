import { describe, expect, it } from '@jest/globals'
import type { InvalidationOutcome } from '../../src/execute/invalidate.js'
import { SummaryBudget } from '../../src/report/budget.js'
import { invalidationSection } from '../../src/report/invalidation-section.js'
import type { Report } from '../../src/report/report.js'

const report = (invalidation: InvalidationOutcome | null) => ({ invalidation }) as Report
const outcome = (extra: Partial<InvalidationOutcome>): InvalidationOutcome => ({
  distribution: 'CloudFront distribution E2QWRUHAPOMQZL',
  dryRun: false,
  id: null,
  status: null,
  paths: [],
  keys: 0,
  notes: [],
  ...extra
})

describe('the Invalidation section', () => {
  it('is absent without a distribution', () => {
    expect(invalidationSection(report(null), new SummaryBudget())).toBe('')
  })

  it('gives the ID, each path with why, and the notes', () => {
    const text = invalidationSection(
      report(
        outcome({
          id: 'I2J0',
          status: 'InProgress',
          keys: 9,
          paths: [
            { path: '/static/a|b.css', why: 'changed', covers: 1, alsoCovers: 0 },
            { path: '/static/img/*', why: '8 changed keys under img/ (also evicts 2 unchanged)', covers: 8, alsoCovers: 2 }
          ],
          notes: ['Completed: the CDN serves the new files everywhere.']
        })
      ),
      new SummaryBudget()
    )
    expect(text).toContain('#### Invalidation: CloudFront distribution E2QWRUHAPOMQZL')
    expect(text).toContain('invalidated 2 paths covering 9 changed keys · ID <code>I2J0</code> (InProgress)')
    expect(text).toContain('| <code>/static/a\\|b.css</code> | changed |')
    expect(text).toContain('| <code>/static/img/*</code> | 8 changed keys under img/ (also evicts 2 unchanged) |')
    expect(text).toContain('> [!NOTE]\n> Completed')
  })

  it('says what a dry run would invalidate, and shows a failure', () => {
    const dry = invalidationSection(
      report(outcome({ dryRun: true, keys: 1, paths: [{ path: '/a', why: 'deleted', covers: 1, alsoCovers: 0 }] })),
      new SummaryBudget()
    )
    expect(dry).toContain('would invalidate 1 path covering 1 changed key')
    const failed = invalidationSection(
      report(
        outcome({
          error: 'The CDN was not invalidated: denied.',
          keys: 1,
          paths: [{ path: '/a', why: 'changed', covers: 1, alsoCovers: 0 }]
        })
      ),
      new SummaryBudget()
    )
    expect(failed).toContain('failed to invalidate 1 path')
    expect(failed).toContain('> [!CAUTION]\n> The CDN was not invalidated: denied.')
  })

  it('stops listing paths when the summary budget runs out', () => {
    const paths = Array.from({ length: 3000 }, (_, i) => ({
      path: `/static/${'x'.repeat(300)}${i}`,
      why: 'changed',
      covers: 1,
      alsoCovers: 0
    }))
    const text = invalidationSection(report(outcome({ keys: 3000, paths })), new SummaryBudget(64 * 1024 + 100_000))
    expect(text).toMatch(/…and \d+ more paths: see the report file\./)
    expect(text.length).toBeLessThan(120_000)
  })
})
