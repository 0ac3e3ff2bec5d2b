// The stages report progress through the objects they already use, so the pipeline and the
// executor stay as they are: a FileDigests that counts first reads, a Target that counts puts.
import type { Target } from '../adapters/target.js'
import { FileDigests } from '../digest/file-digests.js'
import type { BlobDigests } from '../digest/blob-digests.js'
import type { Digests, PartOptions } from '../digest/etag.js'
import type { Plan } from '../model.js'
import type { Progress } from './progress.js'

export class CountedDigests extends FileDigests {
  private readonly seen = new Set<string>()

  constructor(
    private readonly progress: Progress,
    parts?: PartOptions,
    blobs?: BlobDigests
  ) {
    super(parts, blobs)
  }

  override of(absPath: string): Promise<Digests> {
    const digest = super.of(absPath)
    if (!this.seen.has(absPath)) {
      this.seen.add(absPath)
      digest.then(
        (digests) => this.progress.step(digests.size),
        () => this.progress.step(0)
      )
    }
    return digest
  }
}

/** The same target, with each finished put (success or failure) reported; every other member as it is. */
export function countingPuts(target: Target, progress: Progress): Target {
  const put: Target['put'] = async (object) => {
    try {
      return await target.put(object)
    } finally {
      progress.step(object.size)
    }
  }
  return new Proxy(target, {
    get(inner, property) {
      if (property === 'put') return put
      const value: unknown = Reflect.get(inner, property, inner)
      return typeof value === 'function' ? value.bind(inner) : value
    }
  })
}

/** Objects the plan uploads and their bytes: the upload stage's total. */
export function uploadTotals(plan: Plan): [count: number, bytes: number] {
  const uploads = plan.files.filter((file) => file.action === 'upload')
  return [uploads.length, uploads.reduce((sum, file) => sum + (file.object?.size ?? 0), 0)]
}
