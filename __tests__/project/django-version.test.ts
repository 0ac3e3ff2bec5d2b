// The Django version pinned in a project's requirement files, one fixture project per format,
// and the release the action then reproduces.
import { describe, expect, test } from '@jest/globals'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { resolveDjangoRelease } from '../../src/inputs/django-release.js'
import { findDjangoPin, pinnedVersion } from '../../src/project/django-version.js'

const PROJECTS = fileURLToPath(new URL('../../__fixtures__/django-versions', import.meta.url))
const project = (name: string) => path.join(PROJECTS, name)

// The detection table: fixture → the file and line that pin Django, the version, the release reproduced.
const TABLE: Array<[string, string, number, string, string]> = [
  ['requirements-txt', 'requirements.txt', 4, '4.2.30', '4.2'],
  ['requirements-include', 'requirements/base.txt', 1, '5.1.4', '5.1'],
  ['requirements-dev-only', 'requirements-dev.txt', 1, '6.0.7', '6.0'],
  ['pyproject-pep621', 'pyproject.toml', 9, '5.2.1', '5.2'],
  ['pyproject-poetry', 'pyproject.toml', 7, '6.0.2', '6.0'],
  ['pyproject-poetry-table', 'pyproject.toml', 3, '5.0.14', '5.0'],
  ['uv-lock', 'uv.lock', 11, '6.1.1', '6.1'],
  ['poetry-lock', 'poetry.lock', 11, '5.1.15', '5.1'],
  ['pipfile-lock', 'Pipfile.lock', 5, '4.2.30', '4.2'],
  ['compatible-major', 'requirements.txt', 1, '5.0', '5.2']
]

describe('findDjangoPin: one fixture project per format', () => {
  test.each(TABLE)('%s → %s:%i pins %s', (name, file, line, version) => {
    expect(findDjangoPin(project(name))).toMatchObject({ file, line, version })
  })

  test('a range, an unpinned name or no requirement file pins nothing', () => {
    expect(findDjangoPin(project('unpinned'))).toBeUndefined()
    expect(findDjangoPin(project('none'))).toBeUndefined()
    expect(findDjangoPin(path.join(PROJECTS, 'does-not-exist'))).toBeUndefined()
  })

  test('the lock file wins over the range in pyproject.toml next to it', () => {
    expect(findDjangoPin(project('uv-lock'))?.file).toBe('uv.lock')
  })
})

describe('pinnedVersion: only forms that name one release', () => {
  test.each([
    ['==5.2.1', { version: '5.2.1', compatible: false }],
    ['=== 4.2', { version: '4.2', compatible: false }],
    ['==5.2.*', { version: '5.2', compatible: false }],
    ['==6.1rc1', { version: '6.1rc1', compatible: false }],
    ['~=5.2.0', { version: '5.2.0', compatible: true }],
    ['~= 5.0', { version: '5.0', compatible: true }]
  ])('%s', (spec, expected) => {
    expect(pinnedVersion(spec)).toEqual(expected)
  })
  test.each(['>=5.2', '>=5.2,<6', '^5.2', '!=5.2', '', '5.2'])('%s is not a pin', (spec) => {
    expect(pinnedVersion(spec)).toBeUndefined()
  })
})

describe('resolveDjangoRelease', () => {
  test.each(TABLE)('%s → Django %s from the pin', (name, file, line, _version, series) => {
    const resolved = resolveDjangoRelease('', project(name))
    expect(resolved.release.series).toBe(series)
    expect(resolved.django).toMatchObject({ series, from: `${file}:${line}` })
    expect(resolved.problems).toEqual([])
  })

  test('the input wins, and a newer patch release is its series', () => {
    expect(resolveDjangoRelease('6.1', project('requirements-txt')).django).toEqual({
      series: '6.1',
      version: '6.1',
      from: 'input'
    })
    expect(resolveDjangoRelease(' 5.2.99 ', project('none')).release.series).toBe('5.2')
    expect(resolveDjangoRelease('4.2.30', project('none')).release.series).toBe('4.2')
  })

  test('a pin in a parent folder up to the workspace counts, nearest first', () => {
    const inner = path.join(project('requirements-include'), 'requirements')
    expect(resolveDjangoRelease('', inner, undefined, PROJECTS).django).toEqual({
      series: '5.1',
      version: '~=5.1.4',
      from: 'base.txt:1'
    })
    const nested = path.join(project('uv-lock'), 'nested')
    expect(resolveDjangoRelease('', path.join(PROJECTS, 'none'), undefined, PROJECTS).django.from).toBe('default')
    expect(resolveDjangoRelease('', nested, undefined, project('uv-lock')).django).toEqual({
      series: '6.1',
      version: '==6.1.1',
      from: '../uv.lock:11'
    })
    expect(resolveDjangoRelease('', nested).django.from).toBe('default')
  })

  test("the project's Python comes before the pins", () => {
    const resolved = resolveDjangoRelease('', project('requirements-txt'), '5.2.17')
    expect(resolved.django).toEqual({ series: '5.2', version: '5.2.17', from: "the project's Python" })
  })

  test('nothing found: 5.2, with a notice naming the assumption and the input', () => {
    const resolved = resolveDjangoRelease('', project('unpinned'))
    expect(resolved.django).toEqual({ series: '5.2', from: 'default' })
    expect(resolved.problems).toHaveLength(1)
    expect(resolved.problems[0]).toMatchObject({ severity: 'notice' })
    expect(resolved.problems[0]!.message).toMatch(/assuming Django 5\.2.*`django-version`/)
  })

  test('a release outside the range is an error naming the supported ones', () => {
    expect(() => resolveDjangoRelease('3.2', project('none'))).toThrow(
      /django-version.*'3\.2' is not a supported Django release.*4\.2, 5\.0, 5\.1, 5\.2, 6\.0, 6\.1/
    )
    expect(() => resolveDjangoRelease('6.2', project('none'))).toThrow(/not a supported/)
    expect(() => resolveDjangoRelease('latest', project('none'))).toThrow(/is not a Django version/)
    expect(() => resolveDjangoRelease('', project('unsupported'))).toThrow(
      /requirements\.txt:1 pins Django ==3\.2\.25.*4\.2, 5\.0/
    )
    expect(() => resolveDjangoRelease('', project('none'), '3.2.25')).toThrow(/imports Django 3\.2\.25/)
  })
})
