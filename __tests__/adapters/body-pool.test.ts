import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BodyPool, pooledBytes } from '../../src/adapters/body-pool.js'
import { ActionError } from '../../src/errors.js'

const KIB = 1024
const MIB = 1024 * KIB

describe('pooledBytes', () => {
  it('rounds small bodies to 16 KiB, then to powers of two up to 1 MiB, then to whole MiB', () => {
    expect(pooledBytes(0)).toBe(16 * KIB)
    expect(pooledBytes(16 * KIB)).toBe(16 * KIB)
    expect(pooledBytes(16 * KIB + 1)).toBe(32 * KIB)
    expect(pooledBytes(300 * KIB)).toBe(512 * KIB)
    expect(pooledBytes(MIB)).toBe(MIB)
    expect(pooledBytes(MIB + 1)).toBe(2 * MIB)
    expect(pooledBytes(9.5 * MIB)).toBe(10 * MIB)
  })
})

describe('BodyPool', () => {
  let dir: string
  const file = async (name: string, bytes: Buffer) => {
    const absPath = join(dir, name)
    await writeFile(absPath, bytes)
    return absPath
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'body-pool-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reads exactly the file, and lends the same buffer again once it is released', async () => {
    const pool = new BodyPool(MIB)
    const first = pool.read(await file('a.css', Buffer.from('body { color: red }')), 19)
    expect(first.data.toString()).toBe('body { color: red }')
    const firstMemory = first.data.buffer
    first.release()
    const second = pool.read(await file('b.js', Buffer.from('let a = 1')), 9)
    expect(second.data.toString()).toBe('let a = 1')
    expect(second.data.buffer).toBe(firstMemory)
  })

  it('lends different buffers to bodies in flight at the same time', async () => {
    const pool = new BodyPool(MIB)
    const path = await file('a.txt', Buffer.from('same'))
    const [a, b] = [pool.read(path, 4), pool.read(path, 4)]
    expect(a.data.buffer).not.toBe(b.data.buffer)
  })

  it('keeps at most keepBytes of idle buffers, giving up those of the class holding the most', async () => {
    const pool = new BodyPool(64 * KIB)
    const small = await file('small.txt', Buffer.alloc(10, 1))
    const large = await file('large.bin', Buffer.alloc(40 * KIB, 2))
    const smalls = [pool.read(small, 10), pool.read(small, 10), pool.read(small, 10)]
    const big = pool.read(large, 40 * KIB)
    for (const body of smalls) body.release()
    big.release() // 3 × 16 KiB + 64 KiB idle: the 64 KiB buffer is given up
    const again = [pool.read(small, 10), pool.read(small, 10), pool.read(small, 10)].map((body) => body.data.buffer)
    expect(again.every((memory) => smalls.some((body) => body.data.buffer === memory))).toBe(true)
    expect(pool.read(large, 40 * KIB).data.buffer).not.toBe(big.data.buffer)
  })

  it('fails with the file named when its size is not the one that was hashed', async () => {
    const pool = new BodyPool(MIB)
    const path = await file('app.css', Buffer.from('grew since hashing'))
    expect(() => pool.read(path, 4)).toThrow(ActionError)
    expect(() => pool.read(path, 4)).toThrow(/app\.css changed while the action ran \(4 bytes when hashed, 18 now\)/)
  })
})
