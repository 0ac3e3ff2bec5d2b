// File names that are not valid UTF-8: Python's surrogateescape view, and the walk's clear error.
import { describe, expect, test } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { escapedName, surrogateEscape } from '../../src/find/undecodable.js'
import { walkSource } from '../../src/find/walk.js'

async function treeWithRawName(raw: Buffer, asDir = false): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'cs3-nonutf8-'))
  await writeFile(path.join(root, 'ok.css'), 'x')
  await mkdir(path.join(root, 'css'))
  const target = Buffer.concat([Buffer.from(`${root}/css/`), raw])
  if (asDir) {
    await mkdir(target)
    await writeFile(Buffer.concat([target, Buffer.from('/inner.css')]), 'y')
  } else await writeFile(target, 'z')
  return root
}

describe('names that are not UTF-8', () => {
  test("decode as Python's surrogateescape does", () => {
    expect(surrogateEscape(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x63, 0x73, 0x73]))).toBe('caf\udce9.css')
    // A truncated sequence: each byte escaped; a valid sequence after it decodes.
    expect(surrogateEscape(Buffer.from([0xe2, 0x82, 0x61, 0xc3, 0xa9]))).toBe('\udce2\udc82aé')
    // Overlong and encoded surrogates are invalid in Python's decoder too.
    expect(surrogateEscape(Buffer.from([0xc0, 0xaf]))).toBe('\udcc0\udcaf')
    expect(surrogateEscape(Buffer.from([0xed, 0xa0, 0x80]))).toBe('\udced\udca0\udc80')
    expect(escapedName(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x63, 0x73, 0x73]))).toBe('caf\\xe9.css')
  })

  test('a file stops the walk with its escaped name, where it is, why and the fix', async () => {
    const root = await treeWithRawName(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x63, 0x73, 0x73]))
    try {
      const walk = walkSource(root, [])
      await expect(walk).rejects.toThrow(/The file 'css\/caf\\xe9\.css' in '.*\/css' has a name that is not valid UTF-8/)
      await expect(walkSource(root, [])).rejects.toThrow(/S3 keys are UTF-8.*UnicodeEncodeError.*Rename it.*`ignore` input/)
      await expect(walkSource(root, [])).rejects.not.toThrow(/dangling/)
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })

  test('a folder is named as a folder', async () => {
    const root = await treeWithRawName(Buffer.from([0x69, 0x6d, 0x67, 0xff]), true)
    try {
      await expect(walkSource(root, [])).rejects.toThrow(/The folder 'css\/img\\xff'/)
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })

  test('an ignore pattern skips it as Django would (patterns see the surrogate-escaped name)', async () => {
    const root = await treeWithRawName(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x63, 0x73, 0x73]))
    try {
      expect((await walkSource(root, ['caf*.css'])).map((file) => file.relativePath)).toEqual(['ok.css'])
      expect((await walkSource(root, ['css/caf?.css'])).map((file) => file.relativePath)).toEqual(['ok.css'])
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })

  test('a valid name that contains U+FFFD itself is collected', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'cs3-fffd-'))
    try {
      await writeFile(path.join(root, 'odd\uFFFD.css'), 'x')
      expect((await walkSource(root, [])).map((file) => file.relativePath)).toEqual(['odd\uFFFD.css'])
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
})
