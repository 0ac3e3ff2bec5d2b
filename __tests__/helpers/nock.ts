// nock 15.0.2 pulls in @mswjs/interceptors 0.44, which calls Promise.withResolvers (Node 22+).
// The action runs on Node 20, so the tests add the one missing function before nock is used.
import nock from 'nock'

interface WithResolvers {
  withResolvers?: <T>() => { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void }
}

export function installPromiseWithResolvers(): void {
  const promiseStatics = Promise as unknown as WithResolvers
  if (typeof promiseStatics.withResolvers === 'function') return
  promiseStatics.withResolvers = <T>() => {
    let resolve!: (value: T) => void
    let reject!: (reason: unknown) => void
    const promise = new Promise<T>((res, rej) => {
      resolve = res
      reject = rej
    })
    return { promise, resolve, reject }
  }
}

/** No request leaves the machine; loopback stays open for local servers. */
export function blockNetwork(): void {
  installPromiseWithResolvers()
  nock.disableNetConnect()
  nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/)
}

/**
 * Call in afterAll. Also takes nock's hooks off `http`: jest gives each test file its own nock,
 * but files in one worker share Node's `http`, and a previous file's hooks would let requests through.
 */
export function restoreNetwork(): void {
  nock.cleanAll()
  nock.enableNetConnect()
  nock.restore()
}
