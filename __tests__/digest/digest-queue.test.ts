import { describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { digestFile } from '../../src/digest/digest-queue.js'

const parts = { partSize: 8 * 1024 * 1024, multipartThreshold: 8 * 1024 * 1024 }

describe('digestFile (blocking reads, in slices)', () => {
  it('digests every queued file, and a missing one fails alone', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'digest-queue-'))
    const contents = Array.from({ length: 50 }, (_, i) => randomBytes(i * 997))
    await Promise.all(contents.map((data, i) => writeFile(path.join(dir, `${i}.bin`), data)))
    const digests = contents.map((_, i) => digestFile(path.join(dir, `${i}.bin`), parts))
    const missing = digestFile(path.join(dir, 'missing.bin'), parts)
    await expect(missing).rejects.toThrow(/ENOENT/)
    const results = await Promise.all(digests)
    results.forEach((result, i) => {
      expect(result).toEqual({ size: contents[i]!.length, md5: createHash('md5').update(contents[i]!).digest('hex') })
    })
  })

  it('gives the event loop back between slices of a long queue', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'digest-queue-'))
    const data = randomBytes(512 * 1024)
    const names = Array.from({ length: 100 }, (_, i) => path.join(dir, `${i}.bin`))
    await Promise.all(names.map((name) => writeFile(name, data)))
    let done = 0
    const all = Promise.all(names.map((name) => digestFile(name, parts).then(() => done++)))
    const doneWhenOtherWorkRan = await new Promise<number>((resolve) => setImmediate(() => resolve(done)))
    await all
    expect(doneWhenOtherWorkRan).toBeLessThan(names.length) // 50 MB of MD5 takes more than one 8 ms slice
    expect(done).toBe(names.length)
  })
})
