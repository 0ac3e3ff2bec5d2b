// Bounded concurrency without a dependency: at most N tasks in flight, results in input order.

/** Runs `worker` over `items`, `concurrency` at a time; never rejects, one settled result per item. */
export async function runPool<T, R>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T, index: number) => Promise<R>
): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length)
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      try {
        results[index] = { status: 'fulfilled', value: await worker(items[index] as T, index) }
      } catch (reason) {
        results[index] = { status: 'rejected', reason }
      }
    }
  }
  const lanes = Math.max(1, Math.min(Math.floor(concurrency) || 1, items.length))
  await Promise.all(Array.from({ length: lanes }, lane))
  return results
}

/** A semaphore as a function: `limit(() => task())` waits for one of `concurrency` slots. */
export function createLimiter(concurrency: number): <R>(task: () => Promise<R>) => Promise<R> {
  const max = Math.max(1, Math.floor(concurrency) || 1)
  const waiting: (() => void)[] = []
  let active = 0
  return async (task) => {
    // A finishing task hands its slot straight to the next waiter, so `active` never exceeds max.
    if (active < max) active++
    else await new Promise<void>((resolve) => waiting.push(resolve))
    try {
      return await task()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else active--
    }
  }
}
