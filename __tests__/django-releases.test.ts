// run() on version cases with different `django-version` inputs: the outcome, the notices and the
// effective-settings row follow the chosen release.
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as core from '../__fixtures__/core.js'
import { actionDefaults } from '../__fixtures__/action-defaults.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/main.js')

const CASES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../__fixtures__/conformance/versions/cases')

function useInputs(name: string, djangoVersion: string) {
  const all: Record<string, string> = {
    ...actionDefaults(),
    'working-directory': path.join(CASES, name),
    settings: 'config.settings',
    'dry-run': 'true',
    'django-version': djangoVersion
  }
  core.getInput.mockImplementation((input) => all[input] ?? '')
}

const outputOf = (name: string) => core.setOutput.mock.calls.find(([output]) => output === name)?.[1]
const notices = () => core.notice.mock.calls.map(([message]) => String(message))

describe('the django-version input', () => {
  beforeEach(() => {
    jest.clearAllMocks()
    core.summaryText.length = 0
    process.env.GITHUB_STEP_SUMMARY = '/dev/null'
  })

  it('4.2 reproduces the deleted source-map comments and says which release fixed them', async () => {
    useInputs('sourcemap-data-uri', '4.2')
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(notices().filter((message) => message.includes('Django 4.2 deletes this sourceMappingURL comment'))).toHaveLength(4)
    expect(notices().join('\n')).toContain('Django 5.0 fixed this')
    expect(core.summaryText.join('')).toContain('| django-version | <code>4.2</code> | input |')
    jest.clearAllMocks()
    useInputs('sourcemap-data-uri', '5.0')
    await run()
    expect(notices().filter((message) => message.includes('sourceMappingURL'))).toEqual([])
  })

  it('a reference in a CSS comment fails the run up to 6.0 and not with 6.1', async () => {
    useInputs('css-comment-url', '6.0.7')
    await run()
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.error).toHaveBeenCalledWith(
      expect.stringMatching(/Django 6\.0 would fail here with exit code 1 \("Post-processing 'css\/site\.css' failed!"\)/),
      expect.anything()
    )
    jest.clearAllMocks()
    useInputs('css-comment-url', '6.1')
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
  })

  it('STATICFILES_STORAGE hashes with 5.0 and is ignored, with a notice, from 5.1', async () => {
    useInputs('legacy-staticfiles-storage-setting', '5.0')
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(outputOf('manifest-hash')).toMatch(/^[0-9a-f]{12}$/)
    jest.clearAllMocks()
    useInputs('legacy-staticfiles-storage-setting', '5.1')
    await run()
    expect(outputOf('manifest-hash') ?? '').toBe('')
    expect(notices().join('\n')).toMatch(/Django 5\.1 ignores STATICFILES_STORAGE/)
  })

  it('a release outside the range fails before anything runs, naming the supported ones', async () => {
    useInputs('css-comment-url', '3.2')
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Input 'django-version': '3\.2' is not a supported Django release: .*4\.2, 5\.0, 5\.1, 5\.2, 6\.0, 6\.1/
      )
    )
  })
})
