// Upload bodies read from disk, into buffers that are lent and given back. A fresh buffer per
// file leaves its memory to the garbage collector, which let tens of megabytes of finished bodies
// pile up outside the V8 heap: a 20,000-file upload allocated 471 MB of body buffers that way,
// and 114 MB from the pool. Buffers come in size classes (powers of two up to 1 MiB, then whole
// MiB), so a buffer fits any later file of its class.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { ActionError } from '../errors.js'

const SMALLEST_CLASS = 16 * 1024
const MIB = 1024 * 1024

export interface Body {
  data: Buffer
  /** The buffer goes back to the pool; `data` must not be used afterwards. */
  release(): void
}

/** Bytes a body of `size` takes in the pool: the budget for bodies in flight counts these. */
export function pooledBytes(size: number): number {
  if (size <= SMALLEST_CLASS) return SMALLEST_CLASS
  if (size <= MIB) return 2 ** Math.ceil(Math.log2(size))
  return Math.ceil(size / MIB) * MIB
}

export class BodyPool {
  private readonly spare = new Map<number, Buffer[]>()
  private spareBytes = 0

  /** `keepBytes`: how much idle buffer memory the pool keeps for reuse. */
  constructor(private readonly keepBytes: number) {}

  /** Reads a file of the size it had when it was hashed (a blocking read; see digest-queue.ts). */
  read(absPath: string, expectedSize: number): Body {
    const fd = openSync(absPath, 'r')
    try {
      const size = fstatSync(fd).size
      if (size !== expectedSize) throw changedWhileUploading(absPath, expectedSize, size)
      const buffer = this.take(pooledBytes(size))
      const data = buffer.subarray(0, size)
      if (readFully(fd, data) !== size) throw changedWhileUploading(absPath, expectedSize, size)
      return { data, release: () => this.give(buffer) }
    } finally {
      closeSync(fd)
    }
  }

  private take(bytes: number): Buffer {
    const buffer = this.spare.get(bytes)?.pop()
    if (!buffer) return Buffer.allocUnsafe(bytes)
    this.spareBytes -= bytes
    return buffer
  }

  private give(buffer: Buffer): void {
    const list = this.spare.get(buffer.length) ?? []
    this.spare.set(buffer.length, list)
    list.push(buffer)
    this.spareBytes += buffer.length
    while (this.spareBytes > this.keepBytes) this.dropFromLargestClass()
  }

  /** Keeps the classes in use: the one holding the most idle bytes gives one up. */
  private dropFromLargestClass(): void {
    let largest: Buffer[] | undefined
    let largestBytes = 0
    for (const [bytes, list] of this.spare) {
      if (bytes * list.length > largestBytes) [largest, largestBytes] = [list, bytes * list.length]
    }
    const dropped = largest?.pop()
    if (dropped) this.spareBytes -= dropped.length
  }
}

function readFully(fd: number, data: Buffer): number {
  let filled = 0
  while (filled < data.length) {
    const read = readSync(fd, data, filled, data.length - filled, null)
    if (read === 0) break
    filled += read
  }
  return filled
}

function changedWhileUploading(absPath: string, expected: number, actual: number): ActionError {
  return new ActionError(
    `${absPath} changed while the action ran (${expected} bytes when hashed, ${actual} now). ` +
      'Make sure no other step writes the static files during this one.'
  )
}
