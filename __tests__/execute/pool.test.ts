import { describe, expect, it } from '@jest/globals'
import { createLimiter, runPool } from '../../src/execute/pool.js'

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('runPool', () => {
  it('keeps at most N in flight and returns results in order', async () => {
    let active = 0
    let peak = 0
    const results = await runPool([5, 1, 4, 2, 3, 0, 2], 3, async (ms, index) => {
      active++
      peak = Math.max(peak, active)
      await tick(ms)
      active--
      if (index === 2) throw new Error('boom')
      return ms * 10
    })
    expect(peak).toBe(3)
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value : (result.reason as Error).message))).toEqual([
      50,
      10,
      'boom',
      20,
      30,
      0,
      20
    ])
  })

  it('handles no items and odd concurrency values', async () => {
    expect(await runPool([], 4, async () => 1)).toEqual([])
    expect(await runPool([1, 2], 0, async (n) => n)).toEqual([
      { status: 'fulfilled', value: 1 },
      { status: 'fulfilled', value: 2 }
    ])
  })
})

describe('createLimiter', () => {
  it('never runs more than N tasks at once, even when slots are handed over', async () => {
    const limit = createLimiter(2)
    let active = 0
    let peak = 0
    const task = async () => {
      active++
      peak = Math.max(peak, active)
      await tick(1)
      active--
    }
    const first = Array.from({ length: 6 }, () => limit(task))
    // Callers arriving while slots are being handed over must still wait.
    await tick(1)
    const second = Array.from({ length: 6 }, () => limit(task))
    await Promise.all([...first, ...second])
    expect(peak).toBe(2)
  })

  it('passes results and errors through and frees the slot', async () => {
    const limit = createLimiter(1)
    await expect(
      limit(async () => {
        throw new Error('no')
      })
    ).rejects.toThrow('no')
    await expect(limit(async () => 7)).resolves.toBe(7)
  })
})
