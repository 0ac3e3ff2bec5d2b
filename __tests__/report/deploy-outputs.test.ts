import { describe, expect, it } from '@jest/globals'
import { CHANGED_KEYS_MAX_CHARS, deployOutputs, jsonArrayWithin } from '../../src/report/deploy-outputs.js'
import type { Report, ReportFile } from '../../src/report/report.js'

const file = (path: string, action: ReportFile['action'], role = 'original'): ReportFile => ({
  path,
  action,
  role,
  source: null,
  size: 1,
  md5: null,
  reason: ''
})

function report(files: ReportFile[], extra: Partial<Report> = {}): Report {
  return {
    version: 1,
    dryRun: false,
    target: 's3://b/static/',
    files,
    duplicates: [],
    problems: [],
    totals: { collected: 0, uploaded: 0, skipped: 0, deleted: 0, failed: 0, duplicates: 0, bytesUploaded: 0 },
    manifest: null,
    inventoryNote: null,
    settings: [],
    invalidation: null,
    keyPrefix: 'static',
    publicStaticUrl: null,
    requests: {},
    reads: { bytesRead: 0, digestsReused: 0 },
    durationMs: 0,
    stopped: null,
    ...extra
  }
}

describe('deploy outputs', () => {
  it('list uploaded and deleted keys with the prefix, and the manifest key when it was uploaded', () => {
    const outputs = deployOutputs(
      report([
        file('a.css', 'upload'),
        file('b.css', 'skip'),
        file('old.css', 'delete'),
        file('c.css', 'fail'),
        file('staticfiles.json', 'upload', 'manifest')
      ])
    )
    expect(JSON.parse(outputs['changed-keys'] as string)).toEqual(['static/a.css', 'static/old.css', 'static/staticfiles.json'])
    expect(outputs).toMatchObject({
      'changed-keys-truncated': 'false',
      'manifest-key': 'static/staticfiles.json',
      'static-url': '',
      'invalidation-id': '',
      'invalidated-paths': '[]'
    })
    expect(deployOutputs(report([file('staticfiles.json', 'skip', 'manifest')], { keyPrefix: '' }))['manifest-key']).toBe('')
  })

  it('cut changed-keys to its documented size and say so', () => {
    const many = Array.from({ length: 5000 }, (_, i) => file(`css/some/deep/folder/file-number-${i}.css`, 'upload'))
    const outputs = deployOutputs(report(many))
    expect(outputs['changed-keys']!.length).toBeLessThanOrEqual(CHANGED_KEYS_MAX_CHARS)
    expect(outputs['changed-keys-truncated']).toBe('true')
    expect((JSON.parse(outputs['changed-keys'] as string) as string[])[0]).toBe('static/css/some/deep/folder/file-number-0.css')
    expect(jsonArrayWithin(['ab', 'cd'], 11)).toEqual({ json: '["ab","cd"]', truncated: false })
    expect(jsonArrayWithin(['ab', 'cd'], 10)).toEqual({ json: '["ab"]', truncated: true })
  })

  it('give the invalidation and the static URL', () => {
    const invalidation = {
      distribution: 'd',
      dryRun: false,
      id: 'I1',
      status: 'InProgress',
      keys: 1,
      notes: [],
      paths: [{ path: '/static/a.css', why: 'changed', covers: 1, alsoCovers: 0 }]
    }
    const outputs = deployOutputs(report([], { invalidation, publicStaticUrl: 'https://cdn/static/' }))
    expect(outputs).toMatchObject({
      'invalidation-id': 'I1',
      'invalidated-paths': '["/static/a.css"]',
      'static-url': 'https://cdn/static/'
    })
  })
})
