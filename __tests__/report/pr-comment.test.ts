import { describe, expect, it } from '@jest/globals'
import type { Problem } from '../../src/model.js'
import {
  COMMENT_LIMIT,
  commentMarker,
  renderFailureComment,
  renderPlanComment,
  type CommentContext
} from '../../src/report/pr-comment.js'
import type { Report, ReportFile } from '../../src/report/report.js'

const MARKER = commentMarker('deploy / static', 's3://site/static')
const CONTEXT: CommentContext = {
  marker: MARKER,
  headSha: '0123456789abcdef0123',
  runUrl: 'https://github.com/o/r/actions/runs/7'
}

function file(path: string, action: ReportFile['action'], reason: string, extra: Partial<ReportFile> = {}): ReportFile {
  return { path, source: null, size: 1234, md5: null, action, reason, ...extra }
}

function report(overrides: Partial<Report> = {}): Report {
  const files = overrides.files ?? [
    file('css/site.css', 'upload', 'changed'),
    file('css/site.0123456789ab.css', 'upload', 'new', { hashedFrom: 'css/site.css' }),
    file('js/old.js', 'delete', 'removed locally'),
    file('js/app.js', 'skip', 'unchanged')
  ]
  const count = (action: string) => files.filter((f) => f.action === action).length
  return {
    version: 1,
    dryRun: true,
    target: 's3://site/static (dry run)',
    files,
    duplicates: [{ path: 'css/site.css', used: 'assets/css/site.css', ignored: ['shop/static/css/site.css'] }],
    problems: [],
    totals: {
      collected: 3,
      uploaded: count('upload'),
      skipped: count('skip'),
      deleted: count('delete'),
      failed: count('fail'),
      duplicates: 1,
      bytesUploaded: 2468
    },
    manifest: { name: 'staticfiles.json', hash: 'abc123', hashedFiles: 2, referencesRewritten: 1 },
    inventoryNote: null,
    settings: [],
    invalidation: null,
    keyPrefix: 'static',
    publicStaticUrl: null,
    requests: {},
    reads: { bytesRead: 0, digestsReused: 0 },
    durationMs: 10,
    stopped: null,
    ...overrides
  }
}

describe('plan comment', () => {
  it('starts with the hidden marker and shows counts, changes, duplicates and problems', () => {
    const problems: Problem[] = [
      {
        kind: 'missing-reference',
        severity: 'warning',
        message: "'css/a.css' references 'b.png'",
        file: 'assets/css/a.css',
        line: 3
      },
      { kind: 'duplicates', severity: 'warning', message: '1 duplicate' }
    ]
    const body = renderPlanComment(report({ problems }), CONTEXT)
    expect(body.startsWith(`${MARKER}\n`)).toBe(true)
    expect(MARKER).toBe('<!-- collectstatic-s3 plan: deploy / static s3://site/static -->')
    expect(body).toContain('### collectstatic-s3 plan: would upload 2 files (2.4 KB), delete 1')
    expect(body).toContain('3 files collected · 2 to upload · 1 unchanged or kept · 1 to delete · 1 duplicate')
    expect(body).toContain('What would change: 3 objects (1 removed locally, 1 changed, 1 new)')
    expect(body).toContain('| ➖ | <code>js/old.js</code> | 1.2 KB | removed locally |')
    expect(body).toContain('| ✏️ | <code>css/site.css</code> |')
    expect(body).toContain('<code>css/site.css</code> → <code>css/site.0123456789ab.css</code>')
    expect(body).not.toContain('js/app.js')
    expect(body).toContain('Duplicates: 1 path provided by more than one source')
    expect(body).toContain('Missing references: 1')
    expect(body).toContain("'css/a.css' references 'b.png' (<code>assets/css/a.css:3</code>)")
    expect(body).toContain('Problems: 1')
    expect(body).toContain('Updated for 0123456789ab · [workflow run](https://github.com/o/r/actions/runs/7)')
    expect(body).not.toContain('invalidated')
  })

  it('has a section for what would be invalidated when the CDN step passes it', () => {
    const invalidation = {
      distribution: 'CloudFront E2EXAMPLE',
      paths: [{ path: '/static/css/site.css', why: 'changed, not hashed' }],
      note: 'hashed copies never need it'
    }
    const body = renderPlanComment(report(), { ...CONTEXT, invalidation })
    expect(body).toContain('What would be invalidated on CloudFront E2EXAMPLE: 1 path')
    expect(body).toContain('| <code>/static/css/site.css</code> | changed, not hashed |')
    expect(renderPlanComment(report({ dryRun: false }), { ...CONTEXT, invalidation: { paths: [] } })).toContain(
      'Invalidated: 0 paths</strong></summary>\n\nNothing to invalidate.'
    )
  })

  it('says why a run is a dry run when no credentials forced it, and what a real run did', () => {
    const fallback = 'No AWS credentials on this pull_request run from the fork a/b'
    const forced = renderPlanComment(report({ problems: [{ kind: 'permissions', severity: 'notice', message: fallback }] }), {
      ...CONTEXT,
      forcedDryRun: fallback
    })
    expect(forced).toContain(`> [!NOTE]\n> ${fallback}`)
    expect(forced.split(fallback).length).toBe(2) // said once, not again under Problems
    const real = renderPlanComment(report({ dryRun: false, target: 's3://site/static' }), CONTEXT)
    expect(real).toContain('### collectstatic-s3: uploaded 2 files (2.4 KB), deleted 1')
    expect(real).toContain('What changed: 3 objects')
  })

  it('stays within 65,536 characters and keeps every section, saying what it left out', () => {
    const files = Array.from({ length: 20_000 }, (_, i) =>
      file(`very/long/directory/name/for/files/number-${i}.css`, 'upload', 'new')
    )
    const duplicates = Array.from({ length: 3_000 }, (_, i) => ({
      path: `d/${i}.js`,
      used: `a/d/${i}.js`,
      ignored: [`b/d/${i}.js`]
    }))
    const problems: Problem[] = Array.from({ length: 40 }, (_, i) => ({
      kind: 'missing-reference',
      severity: 'error',
      message: `'x${i}.css' references 'gone.png'`
    }))
    const invalidation = { paths: Array.from({ length: 3_000 }, (_, i) => ({ path: `/static/p${i}.html`, why: 'changed' })) }
    const body = renderPlanComment(report({ files, duplicates, problems }), { ...CONTEXT, invalidation })
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT * 0.8)
    expect(body).toMatch(/…and [\d,]+ more objects: the comment is limited to 65,536 characters; see the job summary\./)
    expect(body).toMatch(/…and [\d,]+ more duplicates/)
    expect(body).toMatch(/…and [\d,]+ more paths/)
    // The small section is listed in full: the big ones cannot crowd it out.
    for (let i = 0; i < 40; i++) expect(body).toContain(`'x${i}.css' references 'gone.png'`)
    expect(body.endsWith('</sub>\n')).toBe(true)
    expect(body.match(/<details/g)!.length).toBe(body.match(/<\/details>/g)!.length)
  })

  it('replaces an older plan with the failure of a run that stopped before planning', () => {
    const problems: Problem[] = [
      {
        kind: 'missing-reference',
        severity: 'error',
        message: "'a.css' references 'b.png', but 'b.png' is not among the collected files."
      }
    ]
    const body = renderFailureComment('1 problem', problems, CONTEXT)
    expect(body.startsWith(`${MARKER}\n`)).toBe(true)
    expect(body).toContain('### collectstatic-s3 failed: nothing was written')
    expect(body).toContain('Missing references: 1')
    expect(body).toContain("'a.css' references 'b.png'")
  })

  it('mentions nobody when a message names a path with @', () => {
    const problems: Problem[] = [
      { kind: 'missing-reference', severity: 'warning', message: "'vendor/@fortawesome/all.css' references 'x.woff'" }
    ]
    const body = renderPlanComment(report({ problems }), CONTEXT)
    expect(body).toContain("'vendor/@\u2060fortawesome/all.css'")
    expect(body).not.toContain('@fortawesome')
  })

  it('keeps the marker a valid, single HTML comment whatever the job or target is called', () => {
    expect(commentMarker('a--b', 's3://x/y --> z')).toBe('<!-- collectstatic-s3 plan: a-b s3://x/y - z -->')
  })
})
