import { describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { digestFile } from '../../src/digest/digest-queue.js'
import { digestBytes, multipartEtag } from '../../src/digest/etag.js'

const md5 = (data: Buffer) => createHash('md5').update(data).digest()

function awsEtag(data: Buffer, partSize: number): string {
  const parts: Buffer[] = []
  for (let start = 0; start < data.length; start += partSize) parts.push(md5(data.subarray(start, start + partSize)))
  return `${createHash('md5').update(Buffer.concat(parts)).digest('hex')}-${parts.length}`
}

describe('etag', () => {
  it('gives only the MD5 at or below the threshold', () => {
    const data = Buffer.from('hello world')
    expect(digestBytes(data, { partSize: 5, multipartThreshold: 11 })).toEqual({ size: 11, md5: md5(data).toString('hex') })
  })

  it('computes the multipart ETag S3 reports', () => {
    const data = Buffer.from('0123456789ab')
    const digests = digestBytes(data, { partSize: 5, multipartThreshold: 8 })
    expect(digests.multipartEtag).toBe(awsEtag(data, 5))
    expect(digests.multipartEtag).toMatch(/^[0-9a-f]{32}-3$/)
    expect(multipartEtag([md5(data.subarray(0, 5)), md5(data.subarray(5, 10)), md5(data.subarray(10))])).toBe(
      digests.multipartEtag
    )
  })

  it('has no empty last part for exact multiples', () => {
    const data = randomBytes(16)
    expect(digestBytes(data, { partSize: 8, multipartThreshold: 8 }).multipartEtag).toBe(awsEtag(data, 8))
    expect(awsEtag(data, 8).endsWith('-2')).toBe(true)
  })

  it('streams a file with chunks that straddle parts', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'etag-'))
    const data = randomBytes(2_500_000)
    const file = path.join(dir, 'big.bin')
    await writeFile(file, data)
    const options = { partSize: 300_001, multipartThreshold: 1_000_000 }
    const digests = await digestFile(file, options)
    expect(digests).toEqual({ size: data.length, md5: md5(data).toString('hex'), multipartEtag: awsEtag(data, 300_001) })
    expect(digests).toEqual(digestBytes(data, options))
  })
})
