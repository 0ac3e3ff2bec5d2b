// Reads every collected file once, in parallel: MD5 for all of them (streamed, so
// large binaries never sit in memory) and the bytes of the CSS/JS files that get rewritten.
import { createHash } from 'node:crypto'
import { open, readFile } from 'node:fs/promises'
import { ActionError } from '../errors.js'
import { md5Hex } from './hashed-name.js'
import type { CollectedInput } from './types.js'

export interface CollectedContent {
  md5: string
  /** Only for adjustable files. */
  bytes?: Buffer
}

const CHUNK_SIZE = 1 << 20

async function hashFile(absPath: string, buffer: Buffer): Promise<string> {
  const handle = await open(absPath, 'r')
  try {
    const hash = createHash('md5')
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) return hash.digest('hex')
      hash.update(buffer.subarray(0, bytesRead))
    }
  } finally {
    await handle.close()
  }
}

type Md5Of = (absPath: string) => Promise<string>

async function readOne(file: CollectedInput, keepBytes: boolean, buffer: Buffer, md5Of?: Md5Of): Promise<CollectedContent> {
  try {
    if (!keepBytes) return { md5: md5Of ? await md5Of(file.absPath) : await hashFile(file.absPath, buffer) }
    const bytes = await readFile(file.absPath)
    return { md5: md5Hex(bytes), bytes }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ActionError(`Could not read '${file.absPath}' (collected as '${file.path}') for hashing: ${reason}`, {
      file: file.absPath
    })
  }
}

/** Content facts for every file, keyed by destination path. */
export async function readCollected(
  files: CollectedInput[],
  keepBytes: (path: string) => boolean,
  md5Of?: Md5Of,
  concurrency = 16
): Promise<Map<string, CollectedContent>> {
  const results = new Map<string, CollectedContent>()
  let next = 0
  const worker = async (): Promise<void> => {
    const buffer = Buffer.allocUnsafe(CHUNK_SIZE)
    while (next < files.length) {
      const file = files[next++]!
      results.set(file.path, await readOne(file, keepBytes(file.path), buffer, md5Of))
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker))
  return results
}
