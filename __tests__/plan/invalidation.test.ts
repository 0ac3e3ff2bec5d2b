import { describe, expect, it } from '@jest/globals'
import type { PlannedFile, PreparedObject } from '../../src/model.js'
import {
  cdnPath,
  DELETED_REASON,
  invalidationCandidates,
  looksHashed,
  OWED_REASON,
  planInvalidation,
  withOwed
} from '../../src/plan/invalidation.js'

const object = (path: string, role: PreparedObject['role']) => ({ path, role }) as PreparedObject
const upload = (path: string, reason: string, role: PreparedObject['role'] = 'original'): PlannedFile => ({
  path,
  action: 'upload',
  reason,
  object: object(path, role)
})
const del = (path: string): PlannedFile => ({ path, action: 'delete', reason: 'removed locally', remoteSize: 1 })
const skip = (path: string): PlannedFile => ({ path, action: 'skip', reason: 'unchanged', object: object(path, 'original') })
const opts = { pathPrefix: '/static/', maxPaths: 100 }

describe('invalidation candidates', () => {
  it('takes changed and deleted unhashed keys; never hashed copies, the manifest, new keys, skips or failures', () => {
    const files: PlannedFile[] = [
      upload('css/app.css', 'changed'),
      upload('css/app.0123456789ab.css', 'changed', 'hashed'),
      upload('css/app.aaaaaaaaaaaa.css', 'changed', 'intermediate'),
      upload('staticfiles.json', 'changed', 'manifest'),
      upload('img/new.png', 'new'),
      upload('img/logo.png', 'headers changed'),
      upload('js/blind.js', 'target not listed'),
      { path: 'js/failed.js', action: 'fail', reason: 'AccessDenied', object: object('js/failed.js', 'original') },
      skip('js/same.js'),
      del('old/gone.css'),
      del('old/gone.0123456789ab.css')
    ]
    expect([...invalidationCandidates(files, true)]).toEqual([
      ['css/app.css', 'changed'],
      ['img/logo.png', 'headers changed'],
      ['js/blind.js', 'target not listed'],
      ['old/gone.css', DELETED_REASON]
    ])
    // Without hashing a hashed-looking name is just a name.
    expect(invalidationCandidates([del('old/gone.0123456789ab.css')], false).get('old/gone.0123456789ab.css')).toBe(
      DELETED_REASON
    )
  })

  it("recognises Django's hashed names", () => {
    expect(looksHashed('a/b/app.0123456789ab.css')).toBe(true)
    expect(looksHashed('LICENSE.0123456789ab')).toBe(true)
    expect(looksHashed('jquery.min.0123456789ab.js')).toBe(true)
    expect(looksHashed('app.css')).toBe(false)
    expect(looksHashed('app.0123456789AB.css')).toBe(false)
    expect(looksHashed('app.0123456789a.css')).toBe(false)
  })

  it('adds what earlier runs owe, once per key', () => {
    const all = withOwed(new Map([['a.css', 'changed']]), ['a.css', 'b.css'])
    expect([...all]).toEqual([
      ['a.css', 'changed'],
      ['b.css', OWED_REASON]
    ])
  })
})

describe('planInvalidation', () => {
  it('sends each key as a URL-encoded path while within the cap', () => {
    const plan = planInvalidation(
      new Map([
        ['css/a b.css', 'changed'],
        ['x*.js', 'deleted'],
        ['ü.txt', 'changed']
      ]),
      [],
      opts
    )
    expect(plan.paths.map((p) => p.path)).toEqual(['/static/css/a%20b.css', '/static/x%2A.js', '/static/%C3%BC.txt'])
    expect(plan.paths[1]).toEqual({ path: '/static/x%2A.js', why: 'deleted', covers: 1, alsoCovers: 0 })
    expect(plan.everything).toBeUndefined()
    expect(cdnPath('/', 'a/b.css')).toBe('/a/b.css')
  })

  it('merges the directory whose wildcard evicts the fewest unchanged objects', () => {
    // 8 changed in img/icons (2 unchanged beside them), 3 changed in css (20 unchanged), 1 in js.
    const icons = Array.from({ length: 8 }, (_, i) => `img/icons/i${i}.svg`)
    const changed = new Map([...icons, 'css/a.css', 'css/b.css', 'css/c.css', 'js/app.js'].map((key) => [key, 'changed']))
    const universe = [
      ...changed.keys(),
      'img/icons/x.svg',
      'img/icons/y.svg',
      ...Array.from({ length: 20 }, (_, i) => `css/u${i}.css`)
    ]
    const plan = planInvalidation(changed, universe, { pathPrefix: '/static/', maxPaths: 6 })
    expect(plan.paths.map((p) => p.path)).toEqual([
      '/static/css/a.css',
      '/static/css/b.css',
      '/static/css/c.css',
      '/static/img/icons/*',
      '/static/js/app.js'
    ])
    expect(plan.paths[3]).toMatchObject({
      covers: 8,
      alsoCovers: 2,
      why: '8 changed keys under img/icons/ (also evicts 2 unchanged)'
    })
    expect(plan.keys).toBe(12)
  })

  it('prefers a deeper directory over its parent when that is enough', () => {
    const changed = new Map(['a/b/1', 'a/b/2', 'a/b/3', 'a/c'].map((key) => [key, 'changed']))
    const plan = planInvalidation(changed, [...changed.keys(), 'a/d', 'a/e'], { pathPrefix: '/', maxPaths: 2 })
    expect(plan.paths.map((p) => p.path)).toEqual(['/a/b/*', '/a/c'])
  })

  it('keeps to 15 wildcards even when the cap allows more paths', () => {
    const changed = new Map<string, string>()
    for (let d = 0; d < 20; d++) for (let f = 0; f < 3; f++) changed.set(`g${d % 4}/d${d}/f${f}`, 'changed')
    const plan = planInvalidation(changed, changed.keys(), { pathPrefix: '/static/', maxPaths: 40 })
    const wildcards = plan.paths.filter((p) => p.path.endsWith('*'))
    expect(plan.paths.length).toBeLessThanOrEqual(40)
    expect(wildcards.length).toBeLessThanOrEqual(15)
    expect(wildcards.length).toBeGreaterThan(0)
    // Every changed key is covered, by its own path or a wildcard over its directory.
    for (const key of changed.keys()) {
      expect(
        plan.paths.some(
          (p) => p.path === `/static/${key}` || (p.path.endsWith('/*') && `/static/${key}`.startsWith(p.path.slice(0, -1)))
        )
      ).toBe(true)
    }
    expect(plan.everything).toBeUndefined()
  })

  it('falls back to the whole prefix only when no directory helps, and says so', () => {
    const changed = new Map(Array.from({ length: 30 }, (_, i) => [`f${i}.css`, 'changed']))
    const plan = planInvalidation(changed, changed.keys(), { pathPrefix: '/static/', maxPaths: 10 })
    expect(plan.paths).toEqual([
      { path: '/static/*', why: '30 changed keys: everything under /static/, the last resort', covers: 30, alsoCovers: 0 }
    ])
    expect(plan.everything).toMatch(/everything under \/static\/ is invalidated \(the last resort\)/)
    const atRoot = planInvalidation(changed, changed.keys(), { pathPrefix: '/', maxPaths: 10 })
    expect(atRoot.paths.map((p) => p.path)).toEqual(['/*'])
  })

  it('never asks for more than CloudFront allows in progress', () => {
    const changed = new Map(Array.from({ length: 5000 }, (_, i) => [`d${i % 50}/f${i}.css`, 'changed']))
    const plan = planInvalidation(changed, changed.keys(), { pathPrefix: '/static/', maxPaths: 5000 })
    expect(plan.paths.length).toBeLessThanOrEqual(3000)
    expect(plan.paths.filter((p) => p.path.endsWith('*')).length).toBeLessThanOrEqual(15)
  })
})
