// "Check endpoint-url" only when the endpoint cannot be reached; a dropped connection or a file
// removed mid-run is said as what it is.
import { describe, expect, it } from '@jest/globals'
import { explainLocalFileError, explainS3Error, isRetryableRead } from '../../src/adapters/s3-errors.js'

const context = {
  operation: 'GetObject',
  bucket: 'b',
  key: 'static/staticfiles.json',
  region: 'us-east-1',
  endpoint: 'http://127.0.0.1:9'
}
const coded = (code: string) => Object.assign(new Error(`socket ${code}`), { code })

describe('network errors', () => {
  it('sends the user to endpoint-url only when the endpoint cannot be reached', () => {
    expect(explainS3Error(coded('ECONNREFUSED'), context).message).toMatch(/Check endpoint-url/)
    expect(explainS3Error(coded('ENOTFOUND'), context).message).toMatch(/Check endpoint-url/)
    const reset = explainS3Error(coded('ECONNRESET'), context).message
    expect(reset).not.toMatch(/endpoint-url/)
    expect(reset).toMatch(
      /GetObject of s3:\/\/b\/static\/staticfiles\.json .* failed after retries: the connection was dropped \(ECONNRESET\)/
    )
    expect(explainS3Error(Object.assign(new Error('timed out'), { name: 'TimeoutError' }), context).message).toMatch(
      /went silent past request-timeout/
    )
  })

  it('retries reads that broke, not ones that were refused by policy', () => {
    expect(isRetryableRead(coded('ECONNRESET'))).toBe(true)
    expect(isRetryableRead(new Error('aborted'))).toBe(true)
    expect(isRetryableRead(Object.assign(new Error('x'), { name: 'InternalError', $metadata: { httpStatusCode: 500 } }))).toBe(
      true
    )
    expect(isRetryableRead(Object.assign(new Error('x'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }))).toBe(
      false
    )
    expect(isRetryableRead(coded('ECONNREFUSED'))).toBe(false)
  })

  it('a source file removed mid-run is not an S3 error', () => {
    const gone = Object.assign(new Error("ENOENT: no such file or directory, open '/w/assets/a.js'"), {
      code: 'ENOENT',
      syscall: 'open',
      path: '/w/assets/a.js'
    })
    const message = explainLocalFileError(gone, 'a.js')?.message
    expect(message).toBe(
      "'a.js' was not uploaded: its source /w/assets/a.js was removed while the action ran. Make sure no other step changes the static files during this one, then run the step again."
    )
    expect(explainLocalFileError(coded('ECONNRESET'), 'a.js')).toBeUndefined()
  })
})
