import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { ActionError } from '../../src/errors.js'
import type { OutputFile } from '../../src/model.js'
import { gzipDeterministic, prepareObjects, type PrepareOptions } from '../../src/plan/prepare.js'

const md5 = (data: Buffer | string) => createHash('md5').update(data).digest('hex')
const GZIP_TYPES = ['text/css', 'text/javascript', 'application/javascript', 'application/x-javascript', 'image/svg+xml']

function options(overrides: Partial<PrepareOptions> = {}): PrepareOptions {
  return {
    cacheControl: 'max-age=86400',
    cacheControlHashed: 'public, max-age=31536000, immutable',
    objectParameters: {},
    gzip: false,
    gzipContentTypes: GZIP_TYPES,
    concurrency: 4,
    ...overrides
  }
}

async function tree(files: Record<string, string | Buffer>): Promise<(name: string) => string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'prepare-'))
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await writeFile(path.join(dir, name), content)
  }
  return (name) => path.join(dir, name)
}

const file = (where: (name: string) => string, name: string, role: OutputFile['role'] = 'original'): OutputFile => ({
  path: name,
  body: { kind: 'file', absPath: where(name) },
  role
})

describe('prepareObjects', () => {
  it('computes size, MD5, types and cache control per role', async () => {
    const at = await tree({ 'css/site.css': 'body{}', 'css/site.0123456789ab.css': 'body{}', 'img/logo.png': 'PNG' })
    const manifest: OutputFile = { path: 'staticfiles.json', body: { kind: 'bytes', data: Buffer.from('{}') }, role: 'manifest' }
    const objects = await prepareObjects(
      [
        file(at, 'css/site.css'),
        { ...file(at, 'css/site.0123456789ab.css', 'hashed'), hashedFrom: 'css/site.css' },
        file(at, 'img/logo.png'),
        manifest
      ],
      options()
    )
    expect(objects.map((o) => [o.path, o.size, o.md5, o.contentType, o.contentEncoding, o.cacheControl, o.role])).toEqual([
      ['css/site.css', 6, md5('body{}'), 'text/css; charset=utf-8', undefined, 'max-age=86400', 'original'],
      [
        'css/site.0123456789ab.css',
        6,
        md5('body{}'),
        'text/css; charset=utf-8',
        undefined,
        'public, max-age=31536000, immutable',
        'hashed'
      ],
      ['img/logo.png', 3, md5('PNG'), 'image/png', undefined, 'max-age=86400', 'original'],
      ['staticfiles.json', 2, md5('{}'), 'application/json; charset=utf-8', undefined, 'max-age=86400', 'manifest']
    ])
    expect(objects[1]?.hashedFrom).toBe('css/site.css')
    expect(objects[0]?.body).toEqual({ kind: 'file', absPath: at('css/site.css') })
    expect(objects[0]?.multipartEtag).toBeUndefined()
  })

  it('gzips like django-storages: level 9, mtime 0, OS byte 03, MD5 of the compressed bytes', async () => {
    const at = await tree({ 'app.js': 'console.log(1)\n'.repeat(50), 'logo.png': 'PNG', 'lib.js.gz': 'already' })
    const [js, png, gz] = await prepareObjects(
      [file(at, 'app.js'), file(at, 'logo.png'), file(at, 'lib.js.gz')],
      options({ gzip: true })
    )
    if (js?.body.kind !== 'bytes') throw new Error('expected gzipped bytes')
    expect(js.body.data.subarray(0, 10).toString('hex')).toBe('1f8b0800000000000203')
    expect(gunzipSync(js.body.data).toString()).toBe('console.log(1)\n'.repeat(50))
    expect([js.contentEncoding, js.size, js.md5]).toEqual(['gzip', js.body.data.length, md5(js.body.data)])
    expect(png?.contentEncoding).toBeUndefined()
    expect(png?.body.kind).toBe('file')
    // Already encoded by its name: sent as is, with the encoding Python guesses.
    expect([gz?.contentType, gz?.contentEncoding, gz?.md5]).toEqual(['text/javascript; charset=utf-8', 'gzip', md5('already')])
    expect(gzipDeterministic(Buffer.from('x'))).toEqual(gzipDeterministic(Buffer.from('x')))
  })

  it('lets object-parameters override and folds them into the headers digest', async () => {
    const at = await tree({ 'a.css': 'a' })
    const base = await prepareObjects([file(at, 'a.css')], options())
    const acl = await prepareObjects(
      [file(at, 'a.css')],
      options({ objectParameters: { ACL: 'public-read', Metadata: { b: '2', a: '1' } } })
    )
    const reordered = await prepareObjects(
      [file(at, 'a.css')],
      options({ objectParameters: { Metadata: { a: '1', b: '2' }, ACL: 'public-read' } })
    )
    const explicit = await prepareObjects(
      [file(at, 'a.css')],
      options({ objectParameters: { CacheControl: 'no-cache', ContentType: 'text/plain' } })
    )
    const otherCache = await prepareObjects([file(at, 'a.css')], options({ cacheControl: 'max-age=60' }))
    expect(acl[0]?.parameters).toEqual({ ACL: 'public-read', Metadata: { b: '2', a: '1' } })
    expect(acl[0]?.headersDigest).toBe(reordered[0]?.headersDigest)
    expect(acl[0]?.headersDigest).not.toBe(base[0]?.headersDigest)
    expect(otherCache[0]?.headersDigest).not.toBe(base[0]?.headersDigest)
    expect([explicit[0]?.cacheControl, explicit[0]?.contentType, explicit[0]?.parameters]).toEqual(['no-cache', 'text/plain', {}])
  })

  it('computes the multipart ETag above the threshold', async () => {
    const data = Buffer.alloc(25, 7)
    const at = await tree({ 'big.bin': data })
    const [big] = await prepareObjects([file(at, 'big.bin')], options({ partSize: 10, multipartThreshold: 20 }))
    expect(big?.multipartEtag).toMatch(/^[0-9a-f]{32}-3$/)
    expect(big?.md5).toBe(md5(data))
  })

  it('names files that cannot be read', async () => {
    const at = await tree({ 'ok.css': 'a' })
    await symlink(at('missing.css'), at('dangling.css'))
    const attempt = prepareObjects([file(at, 'ok.css'), file(at, 'dangling.css')], options())
    await expect(attempt).rejects.toThrow(ActionError)
    await expect(attempt).rejects.toThrow(`Cannot read '${at('dangling.css')}' (collected as 'dangling.css'): it does not exist`)
    const both = prepareObjects([file(at, 'gone1.css'), file(at, 'gone2.css')], options())
    await expect(both).rejects.toThrow(/2 files could not be read:\n.*gone1\.css.*\n.*gone2\.css/)
  })
})
