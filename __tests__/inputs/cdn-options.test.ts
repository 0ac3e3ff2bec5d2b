import { beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { actionDefaults } from '../../__fixtures__/action-defaults.js'
import { fakeToolkit } from '../../__fixtures__/fake-toolkit.js'
import { getSettings } from '../../src/inputs/input-helper.js'
import { normalizePathPrefix } from '../../src/inputs/cdn-options.js'

let project: string
const defaults = actionDefaults()

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'cs3-cdn-inputs-'))
  await mkdir(path.join(project, 'assets'), { recursive: true })
  await writeFile(path.join(project, 'assets', 'site.css'), 'body {}')
})

function settingsFor(inputs: Record<string, string>) {
  return getSettings(
    fakeToolkit({ 'working-directory': project, 'static-dirs': 'assets', bucket: 'my-bucket', ...inputs }, defaults),
    {}
  )
}

describe('CloudFront and public-url inputs', () => {
  it('are off by default', async () => {
    const settings = await settingsFor({})
    expect(settings.cdn).toBeNull()
    expect(settings.publicStaticUrl).toBeNull()
  })

  it('derive the CDN path from the key prefix, with the documented defaults', async () => {
    const settings = await settingsFor({
      prefix: 'site/static',
      'cloudfront-distribution-id': 'E2QWRUHAPOMQZL',
      'public-url': 'https://cdn.example.com/'
    })
    expect(settings.cdn).toEqual({
      distributionId: 'E2QWRUHAPOMQZL',
      pathPrefix: '/site/static/',
      maxPaths: 100,
      wait: false,
      waitTimeoutSeconds: 600
    })
    expect(settings.publicStaticUrl).toBe('https://cdn.example.com/site/static/')
    expect(settings.origins.find((o) => o.name === 'cloudfront-path-prefix')).toEqual({
      name: 'cloudfront-path-prefix',
      value: '/site/static/',
      from: 'derived from prefix'
    })
  })

  it('take cloudfront-path-prefix as given (an origin path strips the prefix), also for static-url', async () => {
    const settings = await settingsFor({
      prefix: 'static',
      'cloudfront-distribution-id': 'E2QWRUHAPOMQZL',
      'cloudfront-path-prefix': 'assets',
      'cloudfront-max-paths': '3000',
      'cloudfront-wait': 'true',
      'cloudfront-wait-timeout': '30',
      'public-url': 'https://d1.cloudfront.net'
    })
    expect(settings.cdn).toMatchObject({ pathPrefix: '/assets/', maxPaths: 3000, wait: true, waitTimeoutSeconds: 30 })
    expect(settings.publicStaticUrl).toBe('https://d1.cloudfront.net/assets/')
    expect(normalizePathPrefix('/')).toBe('/')
    expect(normalizePathPrefix('//a//b/')).toBe('/a/b/')
  })

  it('warn when STATIC_URL serves the files elsewhere than the derived CDN paths', async () => {
    const base = { prefix: 'static', 'cloudfront-distribution-id': 'E2QWRUHAPOMQZL', 'django-version': '5.2' }
    const mismatch = await settingsFor({ ...base, 'static-url': 'https://cdn.example.com/assets/' })
    expect(mismatch.problems).toEqual([
      expect.objectContaining({
        kind: 'settings',
        severity: 'warning',
        message: expect.stringMatching(/serves the files at \/assets\/, .* set cloudfront-path-prefix: \/assets\//)
      })
    ])
    expect((await settingsFor({ ...base, 'static-url': 'https://cdn.example.com/static/' })).problems).toEqual([])
    expect((await settingsFor({ ...base, 'static-url': '/static/' })).problems).toEqual([])
    expect(
      (await settingsFor({ ...base, 'static-url': 'https://cdn.example.com/', 'cloudfront-path-prefix': '/' })).problems
    ).toEqual([])
  })

  it('reject bad values before anything is sent, naming the input', async () => {
    await expect(settingsFor({ 'cloudfront-distribution-id': 'd111111abcdef8.cloudfront.net' })).rejects.toThrow(
      /Input 'cloudfront-distribution-id': .* not a distribution ID/
    )
    await expect(settingsFor({ 'cloudfront-distribution-id': 'E2QWRUHAPOMQZL', 'cloudfront-max-paths': '3001' })).rejects.toThrow(
      /Input 'cloudfront-max-paths': '3001' is not a whole number from 1 to 3000/
    )
    await expect(
      settingsFor({ 'cloudfront-distribution-id': 'E2QWRUHAPOMQZL', 'cloudfront-path-prefix': '/static/*' })
    ).rejects.toThrow(/Input 'cloudfront-path-prefix'/)
    await expect(settingsFor({ 'cloudfront-distribution-id': 'E2QWRUHAPOMQZL', 'cloudfront-wait': 'maybe' })).rejects.toThrow(
      /Input 'cloudfront-wait'/
    )
    await expect(settingsFor({ 'public-url': 'cdn.example.com' })).rejects.toThrow(
      /Input 'public-url': 'cdn.example.com' is not a URL/
    )
    await expect(
      settingsFor({ bucket: '', 'static-root': path.join(project, 'out'), 'cloudfront-distribution-id': 'E2QWRUHAPOMQZL' })
    ).rejects.toThrow(/files go to a folder/)
  })
})
