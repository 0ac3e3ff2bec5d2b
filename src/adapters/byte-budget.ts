// Bounds the bytes held in memory by uploads in flight, whatever the file sizes: a request
// waits (first come, first served) until its body fits. One request always runs, however large.
export class ByteBudget {
  private used = 0
  private readonly waiting: { bytes: number; start: () => void }[] = []

  constructor(private readonly limit: number) {}

  async use<T>(bytes: number, task: () => Promise<T>): Promise<T> {
    await this.acquire(bytes)
    try {
      return await task()
    } finally {
      this.release(bytes)
    }
  }

  private fits(bytes: number): boolean {
    return this.used === 0 || this.used + bytes <= this.limit
  }

  private acquire(bytes: number): Promise<void> {
    if (this.waiting.length === 0 && this.fits(bytes)) {
      this.used += bytes
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiting.push({ bytes, start: resolve }))
  }

  private release(bytes: number): void {
    this.used -= bytes
    while (this.waiting.length > 0 && this.fits(this.waiting[0]!.bytes)) {
      const next = this.waiting.shift()!
      this.used += next.bytes
      next.start()
    }
  }
}
