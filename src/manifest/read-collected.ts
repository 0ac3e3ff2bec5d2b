// Reads every collected file once, in parallel: MD5 for all of them (through the caller's shared
// digests when given, so later stages do not read the file again) and the bytes of the CSS/JS
// files that get rewritten.
import { readFile } from 'node:fs/promises'
import { FileDigests } from '../digest/file-digests.js'
import { ActionError } from '../errors.js'
import { md5Hex } from './hashed-name.js'
import type { CollectedInput } from './types.js'

export interface CollectedContent {
  md5: string
  /** Only for adjustable files. */
  bytes?: Buffer
}

type Md5Of = (absPath: string) => Promise<string>

async function readOne(file: CollectedInput, keepBytes: boolean, md5Of: Md5Of): Promise<CollectedContent> {
  try {
    if (!keepBytes) return { md5: await md5Of(file.absPath) }
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
  const digests = new FileDigests()
  const md5 = md5Of ?? ((absPath: string) => digests.md5(absPath))
  const results = new Map<string, CollectedContent>()
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++]!
      results.set(file.path, await readOne(file, keepBytes(file.path), md5))
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker))
  return results
}
