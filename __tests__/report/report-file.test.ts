import { mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { writeReportFile } from '../../src/report/report-file.js'
import type { Report } from '../../src/report/report.js'

const tempFile = async () => path.join(await mkdtemp(path.join(os.tmpdir(), 'report-file-')), 'out', 'report.json')

function reportWith(files: number): Report {
  return {
    version: 1,
    dryRun: false,
    target: 's3://bucket/static',
    files: Array.from({ length: files }, (_, i) => ({
      path: `css/file-${i}.css`,
      source: `apps/blog/static/css/file-${i}.css`,
      size: i,
      md5: 'd41d8cd98f00b204e9800998ecf8427e',
      action: 'skip',
      reason: 'unchanged',
      role: 'original',
      contentType: 'text/css; charset="utf-8"',
      cacheControl: 'max-age=86400'
    })),
    duplicates: [{ path: 'a "quoted"\nname', used: 'x', ignored: ['y', 'z'] }],
    problems: [],
    totals: { collected: files },
    settings: { bucket: { value: 'bucket', from: 'input' } },
    requests: {},
    durationMs: 12.5
  } as unknown as Report
}

describe('writeReportFile', () => {
  it('writes JSON that reads back as the report, one list entry per line', async () => {
    const file = await tempFile()
    const report = reportWith(3)
    await writeReportFile(report, file)
    const text = await readFile(file, 'utf8')
    expect(JSON.parse(text)).toEqual(report)
    const lines = text.split('\n')
    expect(lines.filter((line) => line.startsWith('    {"path":"css/file-'))).toHaveLength(3)
    expect(lines).toContain('  "files": [')
    expect(lines).toContain('  "problems": [],')
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('writes a report far larger than one write chunk', async () => {
    const file = await tempFile()
    const report = reportWith(20_000)
    await writeReportFile(report, file)
    const text = await readFile(file, 'utf8')
    expect(text.length).toBeGreaterThan(5_000_000)
    expect(JSON.parse(text)).toEqual(report)
  })

  it('leaves out keys without a value, as JSON.stringify does', async () => {
    const file = await tempFile()
    await writeReportFile({ ...reportWith(0), manifest: undefined } as Report, file)
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
    expect('manifest' in parsed).toBe(false)
    expect(parsed.files).toEqual([])
  })
})
