// run() through the real Actions toolkit adapter, with @actions/core mocked.
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as core from '../__fixtures__/core.js'
import { actionDefaults } from '../__fixtures__/action-defaults.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/main.js')

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CASE = path.join(REPO, '__fixtures__/conformance/cases/checks-prefix-slash')

function useInputs(inputs: Record<string, string>) {
  const all = { ...actionDefaults(), ...inputs }
  core.getInput.mockImplementation((name) => all[name] ?? '')
}

describe('run', () => {
  beforeEach(() => {
    jest.clearAllMocks()
    core.summaryText.length = 0
    process.env.GITHUB_STEP_SUMMARY = '/dev/null'
  })

  it('reports a dry run through outputs, log and job summary', async () => {
    useInputs({
      'working-directory': path.join(REPO, '__fixtures__/conformance/cases/basic-two-apps-prefix'),
      'dry-run': 'true',
      'static-dirs': 'assets'
    })
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.setOutput).toHaveBeenCalledWith('uploaded', '3')
    expect(core.setOutput).toHaveBeenCalledWith('target', 'none')
    expect(core.info).toHaveBeenCalledWith(expect.stringContaining('would upload 3'))
    expect(core.summaryText.join('')).toContain('(dry run): would upload 3 files')
  })

  it('masks secrets before anything else and fails once with the fix in the message', async () => {
    useInputs({
      'working-directory': CASE,
      settings: 'config/settings.py',
      bucket: 'my-bucket',
      'aws-access-key-id': 'AKIA',
      'aws-secret-access-key': 's3cr3t',
      overwrite: 'sometimes'
    })
    await run()
    expect(core.setSecret).toHaveBeenCalledWith('s3cr3t')
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setFailed).toHaveBeenCalledWith("Input 'overwrite': 'sometimes' is not one of: changed, never, always.")
  })

  it('turns Django system-check errors from the settings into annotations', async () => {
    useInputs({ 'working-directory': CASE, settings: 'config.settings', 'dry-run': 'true' })
    await run()
    expect(core.error).toHaveBeenCalledWith(
      expect.stringContaining("The prefix 'lib/' in the STATICFILES_DIRS setting must not end with a slash."),
      expect.anything()
    )
    expect(core.setFailed).toHaveBeenCalledTimes(1)
  })
})
