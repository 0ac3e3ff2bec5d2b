import { describe, expect, it } from '@jest/globals'
import { ByteBudget } from '../../src/adapters/byte-budget.js'

function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>((done) => (resolve = done))
  return { promise, resolve }
}

describe('ByteBudget', () => {
  it('holds a request until its bytes fit, in arrival order, and always lets one run', async () => {
    const budget = new ByteBudget(10)
    const started: string[] = []
    const gates = { a: deferred(), b: deferred(), c: deferred(), d: deferred() }
    const run = (name: keyof typeof gates, bytes: number) =>
      budget.use(bytes, async () => {
        started.push(name)
        await gates[name].promise
      })
    const all = [run('a', 6), run('b', 6), run('c', 2), run('d', 50)]
    await new Promise((resolve) => setImmediate(resolve))
    expect(started).toEqual(['a'])
    gates.a.resolve()
    await new Promise((resolve) => setImmediate(resolve))
    expect(started).toEqual(['a', 'b', 'c'])
    gates.b.resolve()
    gates.c.resolve()
    await new Promise((resolve) => setImmediate(resolve))
    expect(started).toEqual(['a', 'b', 'c', 'd'])
    gates.d.resolve()
    await Promise.all(all)
  })

  it('gives the bytes back when a request fails', async () => {
    const budget = new ByteBudget(5)
    await expect(budget.use(5, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    await expect(budget.use(5, async () => 'ran')).resolves.toBe('ran')
  })
})
