import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { BodyReader } from '../../src/adapters/body-reader.js'

async function files(contents: Record<string, Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'body-reader-'))
  for (const [name, data] of Object.entries(contents)) await writeFile(path.join(dir, name), data)
  return dir
}

describe('BodyReader', () => {
  it('reads small files into recycled slots and large ones into their own buffer', async () => {
    const small = Buffer.from('body { color: red }')
    const large = Buffer.alloc(200 * 1024, 7)
    const dir = await files({ 'a.css': small, 'b.css': Buffer.from('b'), 'big.bin': large, 'empty.txt': Buffer.alloc(0) })
    const reader = new BodyReader()
    const first = reader.read(path.join(dir, 'a.css'))
    expect(first.data.equals(small)).toBe(true)
    const slot = first.data.buffer
    first.release()
    const second = reader.read(path.join(dir, 'b.css'))
    expect(second.data.toString()).toBe('b')
    expect(second.data.buffer).toBe(slot) // the released slot, reused
    const big = reader.read(path.join(dir, 'big.bin'))
    expect(big.data.equals(large)).toBe(true)
    expect(big.data.buffer).not.toBe(slot)
    expect(reader.read(path.join(dir, 'empty.txt')).data).toHaveLength(0)
  })

  it('fails like the file system does for a file that is gone', async () => {
    const dir = await files({})
    expect(() => new BodyReader().read(path.join(dir, 'missing.css'))).toThrow(/ENOENT/)
  })
})
