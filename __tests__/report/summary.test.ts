import { describe, expect, it } from '@jest/globals'
import type { FoundFile, PlannedFile, PreparedObject } from '../../src/model.js'
import { buildReport, type RunResult } from '../../src/report/report.js'
import { renderFailure, renderSummary } from '../../src/report/summary.js'
import { SUMMARY_LIMIT_BYTES } from '../../src/report/budget.js'

const cwd = '/work/project'

function found(path: string): FoundFile {
  return {
    path,
    relativePath: path,
    absPath: `${cwd}/assets/${path}`,
    source: { kind: 'dir', prefix: '', root: `${cwd}/assets`, label: 'assets' }
  }
}

function object(path: string, extra: Partial<PreparedObject> = {}): PreparedObject {
  return {
    path,
    body: { kind: 'file', absPath: `${cwd}/assets/${path}` },
    size: 2048,
    md5: 'd41d8cd98f00b204e9800998ecf8427e',
    contentType: 'text/css; charset=utf-8',
    cacheControl: 'max-age=86400',
    parameters: {},
    headersDigest: 'x',
    role: 'original',
    found: found(path),
    ...extra
  }
}

function result(files: PlannedFile[], extra: Partial<RunResult> = {}): RunResult {
  return {
    dryRun: false,
    target: 's3://bucket/static',
    workingDirectory: cwd,
    collection: { files: files.map((f) => found(f.path)), duplicates: [], problems: [] },
    files,
    problems: [],
    origins: [{ name: 'bucket', value: 'bucket', from: 'input' }],
    requests: { PutObject: 1 },
    durationMs: 12,
    ...extra
  }
}

describe('job summary', () => {
  it('shows counts, uploaded and skipped files with their reasons, duplicates and hashed names', () => {
    const files: PlannedFile[] = [
      { path: 'css/site.css', action: 'upload', reason: 'changed', object: object('css/site.css') },
      {
        path: 'css/site.55e7cbb9ba48.css',
        action: 'upload',
        reason: 'new',
        object: object('css/site.55e7cbb9ba48.css', { role: 'hashed', hashedFrom: 'css/site.css' })
      },
      { path: 'img/logo.png', action: 'skip', reason: 'unchanged', object: object('img/logo.png') },
      { path: 'old.js', action: 'delete', reason: 'removed locally', remoteSize: 10 }
    ]
    const duplicate = {
      path: 'css/site.css',
      used: found('css/site.css'),
      ignored: [{ ...found('css/site.css'), absPath: `${cwd}/blog/static/css/site.css` }]
    }
    const run = result(files, {
      collection: { files: [found('css/site.css'), found('img/logo.png')], duplicates: [duplicate], problems: [] },
      manifest: { name: 'staticfiles.json', hash: 'abcdef012345', hashedFiles: 2, referencesRewritten: 3 },
      problems: [
        { kind: 'duplicates', severity: 'warning', message: 'css/site.css is shadowed', file: 'blog/static/css/site.css' }
      ]
    })
    const report = buildReport(run)
    expect(report.totals).toEqual({
      collected: 2,
      uploaded: 2,
      skipped: 1,
      deleted: 1,
      failed: 0,
      duplicates: 1,
      bytesUploaded: 4096
    })
    expect(report.files[0]).toMatchObject({
      path: 'css/site.css',
      source: 'assets/css/site.css',
      action: 'upload',
      reason: 'changed'
    })
    expect(report.duplicates).toEqual([
      { path: 'css/site.css', used: 'assets/css/site.css', ignored: ['blog/static/css/site.css'] }
    ])
    const summary = renderSummary(report, '/tmp/report.json')
    expect(summary).toContain('uploaded 2 files (4.0 KB)')
    expect(summary).toContain('<code>css/site.css</code> → <code>css/site.55e7cbb9ba48.css</code>')
    expect(summary).toMatch(/Skipped: 1 file .*unchanged/)
    expect(summary).toContain('Deleted: 1 file')
    expect(summary).toContain('<code>blog/static/css/site.css</code>')
    expect(summary).toContain('3 references rewritten')
    expect(summary).toContain('⚠️ css/site.css is shadowed')
  })

  it("stays under GitHub's 1 MiB limit for a huge project and says where the rest is", () => {
    const files: PlannedFile[] = Array.from({ length: 60_000 }, (_, i) => {
      const path = `app${i % 40}/static/some/rather/long/folder/name/file-number-${i}.css`
      return { path, action: i % 3 === 0 ? 'upload' : 'skip', reason: i % 3 === 0 ? 'new' : 'unchanged', object: object(path) }
    })
    const summary = renderSummary(buildReport(result(files)), '/tmp/report.json')
    expect(Buffer.byteLength(summary)).toBeLessThan(SUMMARY_LIMIT_BYTES)
    expect(summary).toMatch(/…and [\d,]+ more files: see the report file/)
    expect(summary).toContain('<code>/tmp/report.json</code>')
  })

  it('says it was a dry run', () => {
    const report = buildReport(
      result([{ path: 'a.css', action: 'upload', reason: 'new', object: object('a.css') }], {
        dryRun: true,
        target: 'none',
        inventoryNote: 'dry run without a bucket'
      })
    )
    const summary = renderSummary(report, 'r.json')
    expect(summary).toContain('(dry run): would upload 1 file')
    expect(summary).toContain('dry run without a bucket')
  })

  it('renders a failure with its problems', () => {
    const summary = renderFailure("The file 'img/missing.png' could not be found", [
      {
        kind: 'missing-reference',
        severity: 'error',
        message: "css/site.css:3 references 'img/missing.png'",
        file: 'assets/css/site.css',
        line: 3
      }
    ])
    expect(summary).toContain('collectstatic-s3 failed')
    expect(summary).toContain('<code>assets/css/site.css:3</code>')
  })
})
