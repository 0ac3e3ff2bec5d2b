// Keeps the process near its live memory on long uploads. V8 sizes its heap for throughput:
// objects of finished requests that outlived a young-generation collection are promoted, and
// V8 lets them pile up until the old generation is two or three times the live data. On a
// 20,000-file upload that decided the peak RSS (176–244 MB from run to run, with 35–45 MB live).
// When the heap has grown past what was live after the last full collection, this asks for one,
// 20–40 ms each. A margin of 12 MiB kept a cold 20,000-file upload at 185–186 MB where 24 MiB
// left 197–198 MB (side by side, two runs each), for a few more collections over a long upload.
import v8 from 'node:v8'
import vm from 'node:vm'

const CHECK_EVERY_MS = 100
const MIB = 1024 * 1024
const HEAP_FLOOR = 40 * MIB

export interface MemoryReading {
  heapUsed: number
  arrayBuffers: number
}

/**
 * When to collect: the heap has grown past the live size by 12 MiB, or by a quarter of the live
 * size when that is more (so a big live set is not collected over and over), or buffers outside
 * the heap by 32 MiB (upload bodies are pooled, so more than that is garbage). Never for a heap
 * under 40 MiB: the peaks this cuts come with heaps of 60–100 MB, and a 5,000-file rerun spent
 * 20–50 ms in one or two collections of 26–35 MB heaps that freed 6–11 MB each.
 */
export class GrowthLimit {
  private live: MemoryReading

  constructor(start: MemoryReading) {
    this.live = start
  }

  shouldCollect(now: MemoryReading): boolean {
    const heapMargin = Math.max(12 * MIB, this.live.heapUsed / 4)
    const heapGrew = now.heapUsed > Math.max(this.live.heapUsed + heapMargin, HEAP_FLOOR)
    return heapGrew || now.arrayBuffers > this.live.arrayBuffers + 32 * MIB
  }

  /** What a full collection left is the new live size. */
  collected(after: MemoryReading): void {
    this.live = after
  }
}

export interface HeapValve {
  stop(): void
}

export interface HeapValveOptions {
  /** A full collection (null: none); by default V8's own, when the runtime lets it be called. */
  collect?: (() => void) | null
  read?: () => MemoryReading
}

/** Starts watching; without a way to ask for a collection it does nothing. */
export function startHeapValve({ collect = fullCollection(), read = reading }: HeapValveOptions = {}): HeapValve {
  if (!collect) return { stop: () => {} }
  const limit = new GrowthLimit(read())
  const timer = setInterval(() => {
    if (!limit.shouldCollect(read())) return
    collect()
    limit.collected(read())
  }, CHECK_EVERY_MS)
  timer.unref()
  return { stop: () => clearInterval(timer) }
}

function reading(): MemoryReading {
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return { heapUsed, arrayBuffers }
}

let exposedCollection: (() => void) | null | undefined

/**
 * V8's full collection, exposed the way jest's leak detector does it (once per process: each
 * exposure costs a new context); null where not allowed.
 */
export function fullCollection(): (() => void) | null {
  if (typeof globalThis.gc === 'function') return globalThis.gc
  exposedCollection ??= exposeCollection()
  return exposedCollection
}

function exposeCollection(): (() => void) | null {
  try {
    v8.setFlagsFromString('--expose-gc')
    const gc: unknown = vm.runInNewContext('gc')
    return typeof gc === 'function' ? (gc as () => void) : null
  } catch {
    return null
  }
}
