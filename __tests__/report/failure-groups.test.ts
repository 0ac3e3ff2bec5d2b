// Failures at scale: grouped by cause, annotations within GitHub's limits, the summary within
// 1 MiB with its Problems section counted, and a final message that says what really happened.
import { describe, expect, it } from '@jest/globals'
import { fakeToolkit } from '../../__fixtures__/fake-toolkit.js'
import type { FoundFile, PlannedFile, PreparedObject, Problem } from '../../src/model.js'
import { limitAnnotations } from '../../src/report/annotation-limits.js'
import { SUMMARY_LIMIT_BYTES } from '../../src/report/budget.js'
import { failureMessage } from '../../src/report/failure-message.js'
import { groupFailures, normaliseCause, regroupFailureProblems } from '../../src/report/failure-groups.js'
import { annotate } from '../../src/report/publish.js'
import { buildReport, type RunResult } from '../../src/report/report.js'
import { renderFailure, renderSummary } from '../../src/report/summary.js'

const cwd = '/work/project'

function found(path: string): FoundFile {
  return {
    path,
    relativePath: path,
    absPath: `${cwd}/assets/${path}`,
    source: { kind: 'dir', prefix: '', root: `${cwd}/assets`, label: 'assets' }
  }
}

function object(path: string): PreparedObject {
  return {
    path,
    body: { kind: 'file', absPath: `${cwd}/assets/${path}` },
    size: 100,
    md5: 'd41d8cd98f00b204e9800998ecf8427e',
    contentType: 'text/css',
    cacheControl: 'max-age=86400',
    parameters: {},
    headersDigest: 'x',
    role: 'original',
    found: found(path)
  }
}

const denied = (path: string) =>
  `Access denied: s3:PutObject on arn:aws:s3:::site/static/${path}. Allow it in the policy of the role or user this step runs as. (S3: Access Denied)`

/** What execute.ts reports today: one problem per distinct message. */
function perMessage(files: PlannedFile[]): Problem[] {
  return files
    .filter((f) => f.action === 'fail')
    .map((f) => ({ kind: 'upload', severity: 'error', message: `${f.reason} ('${f.path}')` }))
}

function run(files: PlannedFile[], extra: Partial<RunResult> = {}): RunResult {
  return {
    dryRun: false,
    target: 's3://site/static',
    workingDirectory: cwd,
    collection: { files: files.filter((f) => f.object).map((f) => found(f.path)), duplicates: [], problems: [] },
    files,
    problems: perMessage(files),
    origins: [],
    requests: {},
    durationMs: 1,
    ...extra
  }
}

function deniedFiles(count: number): PlannedFile[] {
  return Array.from({ length: count }, (_, i) => {
    const path = `app${i % 50}/static/folder/with/a/longer/name/file-${i}.css`
    return { path, action: 'fail' as const, reason: denied(path), object: object(path) }
  })
}

describe('failures grouped by cause', () => {
  it('normalises the key out of the message, in plain and URL-encoded form, and request ids', () => {
    expect(normaliseCause(denied('css/a b.css'), 'css/a b.css')).toBe(denied('*'))
    expect(normaliseCause('PutObject of s3://site/static/css/a%20b.css failed', 'css/a b.css')).toBe(
      'PutObject of s3://site/static/* failed'
    )
    expect(normaliseCause('failed (S3: InternalError, request 4442587FB7D0A2F9)', 'x.css')).toBe(
      'failed (S3: InternalError, request …)'
    )
  })

  it('20,000 AccessDenied uploads are one problem with a count and sample keys', () => {
    const files = deniedFiles(20_000)
    const groups = groupFailures(files)
    expect(groups).toHaveLength(1)
    expect(groups[0]!.paths).toHaveLength(20_000)
    const problems = regroupFailureProblems(perMessage(files), files)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ severity: 'error', count: 20_000, samples: files.slice(0, 5).map((f) => f.path) })
    expect(problems[0]!.message).toMatch(
      /^Access denied: s3:PutObject on arn:aws:s3:::site\/static\/\*\. .*\(20000 uploads failed, e\.g\. 'app0\/.*\(all 20000 in the report file\)\)$/
    )
  })

  it('keeps other problems (a state warning, a duplicate) and separates uploads from deletions', () => {
    const files: PlannedFile[] = [
      ...deniedFiles(3),
      {
        path: 'old/a.css',
        action: 'fail',
        reason: 'Access denied: s3:DeleteObject on arn:aws:s3:::site/static/old/a.css.',
        remoteSize: 1
      },
      {
        path: 'old/b.css',
        action: 'fail',
        reason: 'Access denied: s3:DeleteObject on arn:aws:s3:::site/static/old/b.css.',
        remoteSize: 1
      }
    ]
    const others: Problem[] = [
      { kind: 'upload', severity: 'warning', message: 'The upload state could not be saved (x)' },
      { kind: 'duplicates', severity: 'warning', message: 'a (b)' }
    ]
    const problems = regroupFailureProblems([...perMessage(files), ...others], files)
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/s3:PutObject on arn:aws:s3:::site\/static\/\*.*\(3 uploads failed/),
      expect.stringMatching(
        /s3:DeleteObject on arn:aws:s3:::site\/static\/\*.*\(2 deletions failed, e\.g\. 'old\/a\.css', 'old\/b\.css'\)/
      ),
      ...others.map((p) => p.message)
    ])
  })
})

describe('the report and summary of 20,000 denied files', () => {
  const report = buildReport(run(deniedFiles(20_000)))

  it('has one problem, every file in the report, and a summary under 1 MiB', () => {
    expect(report.problems).toHaveLength(1)
    expect(report.files).toHaveLength(20_000)
    const summary = renderSummary(report, '/tmp/r.json')
    expect(Buffer.byteLength(summary)).toBeLessThan(SUMMARY_LIMIT_BYTES)
    expect(summary).toContain('20000 uploads failed')
    expect(summary).toMatch(/…and \d+ more files: see the report file/)
  })

  it('counts a Problems section of 20,000 distinct problems in the budget', () => {
    const problems: Problem[] = Array.from({ length: 20_000 }, (_, i) => ({
      kind: 'missing-reference',
      severity: 'error',
      message: `css/f${i}.css references missing ${'x'.repeat(300)}${i}.png`
    }))
    const summary = renderSummary({ ...report, problems }, '/tmp/r.json')
    expect(Buffer.byteLength(summary)).toBeLessThan(SUMMARY_LIMIT_BYTES)
    expect(summary).toMatch(/…and \d+ more problems: see the report file/)
    const failure = renderFailure('stopped', problems)
    expect(Buffer.byteLength(failure)).toBeLessThan(SUMMARY_LIMIT_BYTES)
    expect(failure).toMatch(/…and \d+ more problems/)
  })
})

describe('annotations', () => {
  const many = (severity: Problem['severity'], count: number): Problem[] =>
    Array.from({ length: count }, (_, i) => ({ kind: 'settings', severity, message: `${severity} ${i}`, file: `f${i}.py` }))

  it('at most 10 per kind, counting the step failure among the errors, the last pointing at the summary', () => {
    const toolkit = fakeToolkit()
    annotate([...many('error', 20_005), ...many('warning', 30), ...many('notice', 3)], toolkit, (file) => file)
    const count = (level: string) => toolkit.annotations.filter((a) => a.level === level).length
    expect(count('error')).toBe(9)
    expect(count('warning')).toBe(10)
    expect(count('notice')).toBe(3)
    const errors = toolkit.annotations.filter((a) => a.level === 'error')
    expect(errors.at(-1)!.message).toMatch(/^…and 19997 more errors: .*job summary and the report file/)
    expect(toolkit.annotations.filter((a) => a.level === 'warning').at(-1)!.message).toMatch(/…and 21 more warnings/)
    expect(errors[0]).toMatchObject({ message: 'error 0', where: { file: 'f0.py' } })
  })

  it('all of them when they fit', () => {
    expect(limitAnnotations(many('error', 9))).toHaveLength(9)
    expect(limitAnnotations(many('warning', 10))).toHaveLength(10)
  })
})

describe('the final message', () => {
  it('uploads failed: the manifest was not replaced', () => {
    expect(failureMessage(buildReport(run(deniedFiles(3))))).toMatch(/^3 of 3 uploads failed .*manifest was not replaced/)
  })

  it('only deletions failed: the deploy happened, the keys are still there', () => {
    const files: PlannedFile[] = [
      { path: 'css/new.css', action: 'upload', reason: 'new', object: object('css/new.css') },
      { path: 'old/a.css', action: 'delete', reason: 'removed locally', remoteSize: 1 },
      {
        path: 'old/b.css',
        action: 'fail',
        reason: 'Access denied: s3:DeleteObject on arn:aws:s3:::site/static/old/b.css.',
        remoteSize: 1
      }
    ]
    const report = buildReport(
      run(files, { manifest: { name: 'staticfiles.json', hash: 'h', hashedFiles: 1, referencesRewritten: 0 } })
    )
    const message = failureMessage(report)!
    expect(message).toMatch(
      /^The deploy succeeded \(1 upload, the new manifest is live\), but 1 of 2 deletions of removed files failed/
    )
    expect(message).not.toMatch(/manifest was not replaced/)
    expect(message).toContain('s3:DeleteObject')
  })

  it('nothing failed: no message', () => {
    expect(
      failureMessage(buildReport(run([{ path: 'a.css', action: 'upload', reason: 'new', object: object('a.css') }])))
    ).toBeNull()
  })
})
