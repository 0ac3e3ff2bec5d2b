import { describe, expect, it, jest } from '@jest/globals'
import { fullCollection, GrowthLimit, startHeapValve, type MemoryReading } from '../../src/adapters/heap-valve.js'

const MIB = 1024 * 1024
const reading = (heapMib: number, buffersMib = 0): MemoryReading => ({ heapUsed: heapMib * MIB, arrayBuffers: buffersMib * MIB })

describe('GrowthLimit', () => {
  it('asks for a collection once the heap grew 12 MiB past the live size', () => {
    const limit = new GrowthLimit(reading(30))
    expect(limit.shouldCollect(reading(42))).toBe(false)
    expect(limit.shouldCollect(reading(42.5))).toBe(true)
  })

  it('allows a large live set a quarter of its size before collecting again', () => {
    const limit = new GrowthLimit(reading(30))
    limit.collected(reading(200))
    expect(limit.shouldCollect(reading(250))).toBe(false)
    expect(limit.shouldCollect(reading(251))).toBe(true)
  })

  it('leaves a heap under 40 MiB alone, however much it grew', () => {
    const limit = new GrowthLimit(reading(10))
    expect(limit.shouldCollect(reading(39.9))).toBe(false)
    expect(limit.shouldCollect(reading(40.1))).toBe(true)
  })

  it('asks for a collection when buffers outside the heap grew by 32 MiB', () => {
    const limit = new GrowthLimit(reading(30, 4))
    expect(limit.shouldCollect(reading(30, 36))).toBe(false)
    expect(limit.shouldCollect(reading(30, 37))).toBe(true)
  })
})

describe('startHeapValve', () => {
  it('collects when the readings pass the limit, then measures from what was left', async () => {
    jest.useFakeTimers()
    try {
      const readings = [reading(40), reading(50), reading(70), reading(42), reading(50), reading(55)]
      const collect = jest.fn()
      const valve = startHeapValve({ collect, read: () => readings.shift() ?? reading(55) })
      await jest.advanceTimersByTimeAsync(100) // 50: below 40 + 12
      expect(collect).not.toHaveBeenCalled()
      await jest.advanceTimersByTimeAsync(100) // 70: collect, 42 left
      expect(collect).toHaveBeenCalledTimes(1)
      await jest.advanceTimersByTimeAsync(200) // 50, then 55: past 42 + 12
      expect(collect).toHaveBeenCalledTimes(2)
      valve.stop()
      await jest.advanceTimersByTimeAsync(1000)
      expect(collect).toHaveBeenCalledTimes(2)
    } finally {
      jest.useRealTimers()
    }
  })

  it('does nothing where no collection can be asked for', () => {
    const read = jest.fn(() => reading(0))
    startHeapValve({ collect: null, read }).stop()
    expect(read).not.toHaveBeenCalled()
  })

  it('finds V8 full collection in this runtime', () => {
    const collect = fullCollection()
    expect(typeof collect).toBe('function')
    expect(() => collect?.()).not.toThrow()
  })
})
