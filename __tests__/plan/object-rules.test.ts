import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseObjectRules } from '../../src/inputs/object-rules.js'
import type { OutputFile } from '../../src/model.js'
import { applyRule, ruleMatcher } from '../../src/plan/object-rules.js'
import { objectHeaders, prepareObjects, type PrepareOptions } from '../../src/plan/prepare.js'

const RULES = await parseObjectRules(`
- match: 'fonts/**'
  headers: {CacheControl: 'public, max-age=600', Metadata: {rule: fonts}}
- match: ['**/*.woff2', '**/*.pdf']
  headers: {ContentType: application/x-second}
- match: '**/*.tar.gz'
  headers: {ContentEncoding: '', ContentDisposition: attachment}
- match: '**'
  headers: {ContentLanguage: en}
`)
const BASE = {
  cacheControl: 'max-age=86400',
  cacheControlHashed: 'public, max-age=31536000, immutable',
  objectParameters: { ACL: 'public-read', Metadata: { team: 'web' } }
}

describe('object-rules matching', () => {
  const match = ruleMatcher(RULES)

  it('applies the first rule whose pattern matches the destination path', async () => {
    expect(match('fonts/a.woff2')?.index).toBe(1) // rule 2 also matches: the first one wins
    expect(match('css/a.woff2')?.index).toBe(2)
    expect(match('docs/guide.pdf')?.index).toBe(2)
    expect(match('dist/site.tar.gz')?.index).toBe(3)
    expect(match('.well-known/x.txt')?.index).toBe(4) // keys are not files: ** includes dot folders
    expect(ruleMatcher(RULES.slice(0, 3))('css/site.css')).toBeUndefined()
  })

  it('matches hashed copies by their own path, and case-sensitively like S3 keys', async () => {
    const only = ruleMatcher(await parseObjectRules(`- {match: 'img/logo.png', headers: {CacheControl: x}}`))
    expect(only('img/logo.png')).toBeDefined()
    expect(only('img/logo.0123456789ab.png')).toBeUndefined()
    expect(only('img/Logo.png')).toBeUndefined()
  })

  it('puts the rule over cache-control, cache-control-hashed and object-parameters', async () => {
    const hashed = applyRule(objectHeaders('fonts/a.1234.woff2', 'hashed', BASE), match('fonts/a.1234.woff2'))
    expect(hashed).toEqual({
      contentType: 'font/woff2',
      cacheControl: 'public, max-age=600',
      parameters: { ACL: 'public-read', Metadata: { team: 'web', rule: 'fonts' } }
    })
    const pdf = applyRule(objectHeaders('docs/guide.pdf', 'original', BASE), match('docs/guide.pdf'))
    expect(pdf).toMatchObject({ contentType: 'application/x-second', cacheControl: 'max-age=86400' })
    const tarball = applyRule(objectHeaders('dist/site.tar.gz', 'original', BASE), match('dist/site.tar.gz'))
    expect(objectHeaders('dist/site.tar.gz', 'original', BASE).contentEncoding).toBe('gzip')
    expect(tarball.contentEncoding).toBeUndefined()
    expect(tarball.parameters).toMatchObject({ ContentDisposition: 'attachment' })
  })

  it('changes the headers digest of the affected objects only, and keeps a rule-set encoding ungzipped', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rules-'))
    const names = ['fonts/a.woff2', 'css/site.css', 'js/app.js']
    for (const name of names) await writeFile(path.join(dir, name.replace('/', '-')), `/* ${name} */`)
    const outputs: OutputFile[] = names.map((name) => ({
      path: name,
      body: { kind: 'file', absPath: path.join(dir, name.replace('/', '-')) },
      role: 'original'
    }))
    const options = (objectRules: PrepareOptions['objectRules']): PrepareOptions => ({
      ...BASE,
      objectRules,
      gzip: true,
      gzipContentTypes: ['text/css', 'text/javascript'],
      concurrency: 2
    })
    const before = await prepareObjects(outputs, options([]))
    const after = await prepareObjects(
      outputs,
      options(await parseObjectRules(`- {match: 'css/*', headers: {ContentEncoding: identity}}`))
    )
    expect(after.map((object) => object.headersDigest === before[after.indexOf(object)]!.headersDigest)).toEqual([
      true,
      false,
      true
    ])
    const css = after[1]!
    expect(css).toMatchObject({ contentEncoding: 'identity', objectRule: 1, size: '/* css/site.css */'.length })
    expect(before[1]!.contentEncoding).toBe('gzip')
    expect(after[2]!.objectRule).toBeUndefined()
  })
})
