import { describe, expect, it, beforeAll } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { actionDefaults } from '../../__fixtures__/action-defaults.js'
import { fakeToolkit } from '../../__fixtures__/fake-toolkit.js'
import { getSettings } from '../../src/inputs/input-helper.js'

let project: string
const defaults = actionDefaults()

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'cs3-inputs-'))
  await mkdir(path.join(project, 'assets'), { recursive: true })
  await writeFile(path.join(project, 'assets', 'site.css'), 'body {}')
})

function settingsFor(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const toolkit = fakeToolkit({ 'working-directory': project, 'static-dirs': 'assets', ...inputs }, defaults)
  return { toolkit, settings: getSettings(toolkit, { ...env }) }
}

describe('getSettings', () => {
  it('applies Django and action defaults when inputs are empty', async () => {
    const { settings } = settingsFor({ 'dry-run': 'true' })
    const s = await settings
    expect(s.workingDirectory).toBe(project)
    expect(s.staticDirs).toEqual([{ prefix: '', path: 'assets' }])
    expect(s.ignorePatterns.sort()).toEqual(['*~', '.*', 'CVS'])
    expect(s.destination).toBeNull()
    expect(s.manifest).toBeNull()
    expect(s.upload).toMatchObject({
      cacheControl: 'max-age=86400',
      overwrite: 'changed',
      concurrency: 32,
      maxDelete: 100,
      deleteRemoved: false,
      gzip: false
    })
    expect(s.origins.find((o) => o.name === 'static-dirs')).toMatchObject({ from: 'input' })
  })

  it('reads the bucket, region and credentials the way Django projects already name them', async () => {
    const { settings, toolkit } = settingsFor(
      { prefix: '/site//static/', 'aws-access-key-id': 'AKIAEXAMPLE', 'aws-secret-access-key': 'very-secret' },
      { AWS_STORAGE_BUCKET_NAME: 'my-bucket', AWS_DEFAULT_REGION: 'eu-west-1', AWS_SESSION_TOKEN: 'token-from-env' }
    )
    const s = await settings
    expect(s.destination).toEqual({
      kind: 's3',
      bucket: 'my-bucket',
      prefix: 'site/static',
      region: 'eu-west-1',
      forcePathStyle: false,
      credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'very-secret' }
    })
    expect(toolkit.secrets).toEqual(expect.arrayContaining(['very-secret', 'token-from-env']))
  })

  it('uses path-style addressing by default for a custom endpoint', async () => {
    const s = await settingsFor({ bucket: 'my-bucket', 'endpoint-url': 'http://127.0.0.1:9000' }).settings
    expect(s.destination).toMatchObject({
      kind: 's3',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      region: 'us-east-1'
    })
  })

  it('turns on hashing with the effective STATIC_URL', async () => {
    const s = await settingsFor({ 'dry-run': 'true', manifest: 'true', 'force-script-name': '/app' }).settings
    expect(s.manifest).toEqual({
      name: 'staticfiles.json',
      strict: true,
      jsModules: false,
      keepIntermediateFiles: false,
      maxPasses: 5,
      staticUrl: '/app/static/',
      django: '5.2'
    })
  })

  it('reproduces the django-version input, and shows it and its origin', async () => {
    const s = await settingsFor({ 'dry-run': 'true', manifest: 'true', 'django-version': '6.1.1' }).settings
    expect(s.django).toEqual({ series: '6.1', version: '6.1.1', from: 'input' })
    expect(s.manifest?.django).toBe('6.1')
    expect(s.origins.find((o) => o.name === 'django-version')).toEqual({
      name: 'django-version',
      value: '6.1 (6.1.1)',
      from: 'input'
    })
    await expect(settingsFor({ 'dry-run': 'true', 'django-version': '3.2' }).settings).rejects.toThrow(
      /Input 'django-version': '3\.2' is not a supported Django release/
    )
  })

  it('without the input: the pin in requirements.txt, else 5.2 with a notice', async () => {
    const none = await settingsFor({ 'dry-run': 'true' }).settings
    expect(none.django).toEqual({ series: '5.2', from: 'default' })
    expect(none.problems).toContainEqual(
      expect.objectContaining({ severity: 'notice', message: expect.stringMatching(/assuming Django 5\.2/) })
    )
    const pinned = await mkdtemp(path.join(os.tmpdir(), 'cs3-pinned-'))
    await mkdir(path.join(pinned, 'assets'))
    await writeFile(path.join(pinned, 'assets', 'a.css'), 'a {}')
    await writeFile(path.join(pinned, 'requirements.txt'), 'Django==4.2.30\n')
    const s = await settingsFor({ 'dry-run': 'true', 'working-directory': pinned }).settings
    expect(s.django).toEqual({ series: '4.2', version: '==4.2.30', from: 'requirements.txt:1' })
    expect(s.origins.find((o) => o.name === 'django-version')).toMatchObject({
      value: '4.2 (==4.2.30)',
      from: 'requirements.txt:1'
    })
  })

  it('copies into static-root when no bucket is given', async () => {
    const s = await settingsFor({ 'static-root': 'out' }).settings
    expect(s.destination).toEqual({ kind: 'folder', root: path.join(project, 'out') })
  })
})

describe('bad input names the input and the fix', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'unknown fail-on value',
      { 'fail-on': 'duplicates, typos', 'dry-run': 'true' },
      /Input 'fail-on': 'typos' is not one of: duplicates, missing-dirs/
    ],
    [
      'missing working-directory',
      { 'working-directory': '/no/such/dir' },
      /Input 'working-directory': '\/no\/such\/dir' does not exist/
    ],
    [
      'trailing-slash prefix',
      { 'static-dirs': 'lib/=assets', 'dry-run': 'true' },
      /Input 'static-dirs': the prefix 'lib\/' .* must not end with a slash .*Write 'lib=assets'/
    ],
    ['no destination', {}, /Input 'bucket': nowhere to put the files/],
    [
      'unknown object parameter',
      { bucket: 'my-bucket', 'object-parameters': '{"Acl": "public-read"}' },
      /Input 'object-parameters': unknown key 'Acl'/
    ],
    [
      'object parameters not JSON',
      { bucket: 'my-bucket', 'object-parameters': '{ACL: x}' },
      /Input 'object-parameters': is not valid JSON/
    ],
    ['prefix escaping', { bucket: 'my-bucket', prefix: 'static/../other' }, /Input 'prefix': .* contains '.' or '..'/],
    ['boolean', { 'dry-run': 'maybe' }, /Input 'dry-run': 'maybe' is not a boolean/],
    ['concurrency', { 'dry-run': 'true', concurrency: '0' }, /Input 'concurrency': '0' is not a whole number/],
    [
      'half credentials',
      { bucket: 'my-bucket', 'aws-access-key-id': 'AKIA' },
      /Input 'aws-secret-access-key': is empty while its partner is set/
    ],
    [
      'overwrite',
      { bucket: 'my-bucket', overwrite: 'sometimes' },
      /Input 'overwrite': 'sometimes' is not one of: changed, never, always/
    ],
    [
      'static-url',
      { 'dry-run': 'true', manifest: 'true', 'static-url': '/static' },
      /Input 'static-url': '\/static' must end with a slash/
    ]
  ]
  it.each(cases)('%s', async (_name, inputs, message) => {
    await expect(settingsFor(inputs).settings).rejects.toThrow(message)
  })
})

describe('secrets', () => {
  it('masks SSE-C keys and keeps them out of the effective settings shown to users', async () => {
    const parameters = '{"SSECustomerAlgorithm": "AES256", "SSECustomerKey": "c3VwZXItc2VjcmV0LWtleQ=="}'
    const { settings, toolkit } = settingsFor({ bucket: 'my-bucket', 'object-parameters': parameters })
    const s = await settings
    expect(toolkit.secrets).toContain('c3VwZXItc2VjcmV0LWtleQ==')
    expect(s.upload.objectParameters.SSECustomerKey).toBe('c3VwZXItc2VjcmV0LWtleQ==')
    const shown = s.origins.find((origin) => origin.name === 'object-parameters')?.value
    expect(shown).toBe('{"SSECustomerAlgorithm":"AES256","SSECustomerKey":"***"}')
  })
})
