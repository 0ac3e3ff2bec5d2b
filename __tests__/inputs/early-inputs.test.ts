// The inputs read before the rest: leniently (a bad value is getSettings()'s to report), and
// naming the Python and folder the project reader will ask.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { earlyHints } from '../../src/inputs/early-inputs.js'
import { runnerInput } from '../../src/early-work.js'

const made: string[] = []
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true })
})

async function workspace(files: string[]): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'early-inputs-'))
  made.push(root)
  for (const file of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), '')
  }
  return root
}

const reading = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''

describe('earlyHints', () => {
  it('names the working directory and the Python to ask, run where manage.py is', async () => {
    const root = await workspace(['backend/manage.py'])
    const hints = earlyHints(reading({ python: ' python3.12 ' }), { GITHUB_WORKSPACE: root })
    expect(hints).toEqual({
      workingDirectory: root,
      mayUseS3: true,
      python: { interpreter: 'python3.12', cwd: path.join(root, 'backend') }
    })
  })

  it('asks no Python when the evaluator reads the settings and every app is named', async () => {
    const root = await workspace(['manage.py'])
    const env = { GITHUB_WORKSPACE: root }
    expect(earlyHints(reading({ 'settings-reader': 'Evaluator', apps: 'shop' }), env).python).toBeNull()
    expect(earlyHints(reading({ 'settings-reader': 'evaluator' }), env).python).toEqual({ interpreter: '', cwd: root })
    expect(earlyHints(reading({ apps: 'shop' }), env).python).toEqual({ interpreter: '', cwd: root })
  })

  it('starts nothing for a working directory that does not exist (getSettings reports it)', async () => {
    const root = await workspace([])
    expect(earlyHints(reading({ 'working-directory': 'missing' }), { GITHUB_WORKSPACE: root })).toEqual({
      workingDirectory: null,
      mayUseS3: true,
      python: null
    })
  })

  it('leaves the SDK unloaded only for a folder target', async () => {
    const env = { GITHUB_WORKSPACE: await workspace([]) }
    expect(earlyHints(reading({ 'static-root': 'out' }), env).mayUseS3).toBe(false)
    expect(earlyHints(reading({ 'static-root': 'out', bucket: 'site' }), env).mayUseS3).toBe(true)
  })
})

describe('runnerInput', () => {
  it('reads an input as the runner passes it, trimmed, and missing as empty', () => {
    const read = runnerInput({ 'INPUT_WORKING-DIRECTORY': ' site \n', INPUT_DRY_RUN: 'true' })
    expect(read('working-directory')).toBe('site')
    expect(read('dry run')).toBe('true')
    expect(read('bucket')).toBe('')
  })
})
