// The stages report progress through the toolkit: every file hashed once, every object put once,
// with the totals announced first; and the terminal toolkit prints the report's sections.
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { actionDefaults } from '../../__fixtures__/action-defaults.js'
import { fakeToolkit } from '../../__fixtures__/fake-toolkit.js'
import { terminalToolkit } from '../../src/cli/terminal-toolkit.js'
import { run } from '../../src/main.js'
import type { Progress, ProgressStage } from '../../src/progress/progress.js'
import { REPO_ROOT } from '../helpers/run-dist.js'

const CASE = path.join(REPO_ROOT, '__fixtures__/conformance/cases/basic-two-apps-prefix')

type Event = ['begin', ProgressStage, number, number] | ['step', number] | ['end']

function recordingProgress(): Progress & { events: Event[] } {
  const events: Event[] = []
  return {
    events,
    begin: (stage, total, totalBytes = 0) => void events.push(['begin', stage, total, totalBytes]),
    step: (bytes) => void events.push(['step', bytes]),
    end: () => void events.push(['end'])
  }
}

async function countFiles(dir: string): Promise<number> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length
}

describe('progress of a run', () => {
  it('announces the totals, then one step per file hashed and per object written', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'cs3-progress-'))
    const reportFile = path.join(root, '..', `${path.basename(root)}-report.json`)
    const toolkit = fakeToolkit(
      { 'working-directory': CASE, 'static-dirs': 'assets', 'static-root': root, 'report-file': reportFile },
      actionDefaults()
    )
    const progress = recordingProgress()
    toolkit.progress = progress
    await run(toolkit, {})
    expect(toolkit.failed).toBeNull()
    const collected = Number(toolkit.outputs.collected)
    const uploaded = Number(toolkit.outputs.uploaded)
    expect(uploaded).toBe(collected)
    expect(await countFiles(root)).toBe(uploaded)

    const stages = progress.events.flatMap((event, index) => (event[0] === 'begin' ? [[event, index] as const] : []))
    expect(stages.map(([event]) => event.slice(0, 3))).toEqual([
      ['begin', 'hash', collected],
      ['begin', 'upload', uploaded]
    ])
    const [, uploadAt] = stages[1]!
    const hashSteps = progress.events.slice(1, uploadAt).filter((event) => event[0] === 'step')
    const uploadSteps = progress.events.slice(uploadAt + 1).filter((event) => event[0] === 'step')
    expect(hashSteps).toHaveLength(collected)
    expect(uploadSteps).toHaveLength(uploaded)
    const bytes = uploadSteps.reduce((sum, event) => sum + (event[1] as number), 0)
    expect(stages[1]![0][3]).toBe(bytes)
    expect(String(bytes)).toBe(toolkit.outputs['bytes-uploaded'])
    expect(progress.events.filter((event) => event[0] === 'end')).toHaveLength(2)
  })
})

describe('the terminal toolkit', () => {
  it("prints the report's sections as tables, in colour on a TTY, problems once", async () => {
    const stdout: string[] = []
    const stderr: string[] = []
    const terminal = {
      stdout: { write: (t: string) => stdout.push(t) },
      stderr: { write: (t: string) => stderr.push(t) },
      isTTY: true,
      env: {}
    }
    const reportFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'cs3-terminal-')), 'report.json')
    const inputs = {
      ...actionDefaults(),
      'working-directory': CASE,
      'static-dirs': 'assets\nnot_there',
      'django-version': '5.2',
      'dry-run': 'true',
      'report-file': reportFile
    }
    const toolkit = terminalToolkit(inputs, terminal)
    await run(toolkit, {})
    toolkit.flush()
    expect(toolkit.failed).toBe(false)
    const text = stdout.join('')
    expect(text).toContain('\x1b[1mcollectstatic-s3 (dry run): would upload 3 files')
    expect(text).toMatch(/\x1b\[1mTo upload: 3 files \(209 B\), target not listed\x1b\[22m/)
    expect(text).toMatch(
      /\x1b\[1mProblems\x1b\[22m\n {2}\x1b\[33mwarning\x1b\[39m: The directory '.*not_there' in the STATICFILES_DIRS setting does not exist/
    )
    expect(text).toContain('\x1b[1mEffective settings\x1b[22m')
    expect(text.endsWith(`Full report: ${reportFile}\n`)).toBe(true)
    // The warning is in the report's Problems section, not also on stderr.
    expect(stderr).toEqual([])
  })
})
