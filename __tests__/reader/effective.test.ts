// The effective-settings table shows what is really sent; an explicit static-root is never ignored.
import { describe, expect, it } from '@jest/globals'
import { actionDefaults } from '../../__fixtures__/action-defaults.js'
import { fakeToolkit } from '../../__fixtures__/fake-toolkit.js'
import { getSettings } from '../../src/inputs/input-helper.js'
import { tempProject } from '../project/project-helpers.js'

const MANAGE = "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site_conf.settings')\n"

function project(settings: string) {
  return tempProject({
    'manage.py': MANAGE,
    'site_conf/__init__.py': '',
    'site_conf/settings.py': `INSTALLED_APPS = ['shop']\nSTATIC_URL = '/static/'\n${settings}\n`,
    'shop/__init__.py': '',
    'shop/static/a.css': ''
  })
}

function settings(dir: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return getSettings(fakeToolkit({ 'working-directory': dir, 'settings-reader': 'evaluator', ...inputs }, actionDefaults()), {
    PATH: process.env.PATH ?? '',
    ...env
  })
}

describe('effective settings', () => {
  it("cache-control shows AWS_S3_OBJECT_PARAMETERS' CacheControl, which is what is sent", async () => {
    const dir = await project("AWS_STORAGE_BUCKET_NAME = 'site'\nAWS_S3_OBJECT_PARAMETERS = {'CacheControl': 'max-age=600'}")
    const result = await settings(dir)
    const row = result.origins.find((origin) => origin.name === 'cache-control')
    expect(row?.value).toBe('max-age=600')
    expect(row?.from).toMatch(/^CacheControl in object-parameters \(settings/)
  })

  it('an explicit static-root wins over a bucket from the settings, with a notice', async () => {
    const dir = await project("AWS_STORAGE_BUCKET_NAME = 'site'")
    const result = await settings(dir, { 'static-root': 'out' })
    expect(result.destination).toEqual({ kind: 'folder', root: `${dir}/out` })
    expect(result.problems.find((problem) => problem.message.includes('`static-root` input (out)'))?.severity).toBe('notice')
  })

  it('an explicit static-root next to a bucket input is an error naming both', async () => {
    const dir = await project('')
    await expect(settings(dir, { 'static-root': 'out', bucket: 'site' })).rejects.toThrow(/Input 'static-root'.*bucket \('site'/)
  })
})

describe("finders without the project's Python", () => {
  const finders =
    "STATICFILES_FINDERS = ['django.contrib.staticfiles.finders.AppDirectoriesFinder', 'pipeline.finders.PipelineFinder']"

  it('an unknown finder is a problem naming it and the `finders` input; the input leaves it out on purpose', async () => {
    const dir = await project(finders)
    const warned = await settings(dir, { 'dry-run': 'true' })
    const problem = warned.problems.find((item) => item.message.includes('pipeline.finders.PipelineFinder'))
    expect(problem).toMatchObject({ severity: 'warning', incomplete: true, file: 'site_conf/settings.py' })
    expect(problem?.message).toContain('`finders` input')
    const chosen = await settings(dir, { 'dry-run': 'true', finders: 'django.contrib.staticfiles.finders.AppDirectoriesFinder' })
    expect(chosen.finders).toEqual(['django.contrib.staticfiles.finders.AppDirectoriesFinder'])
    expect(chosen.problems.some((item) => item.message.includes('PipelineFinder'))).toBe(false)
    expect(chosen.origins.find((origin) => origin.name === 'finders')?.from).toBe('input')
  })
})
