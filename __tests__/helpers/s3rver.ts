// A real S3-compatible server for integration tests: the same s3rver launcher the demo and the
// benchmark use (scripts/local-s3.mjs: child process, 127.0.0.1, free port, temp directory, and
// the workarounds for s3rver's own faults).
import { LOCAL_S3_CREDENTIALS, startLocalS3 } from '../../scripts/local-s3.mjs'

/** s3rver's built-in account. */
export const S3RVER_CREDENTIALS = LOCAL_S3_CREDENTIALS

export interface S3rverHandle {
  endpoint: string
  dir: string
  createBucket(name: string): Promise<void>
  stop(): Promise<void>
}

export async function startS3rver(): Promise<S3rverHandle> {
  const server = await startLocalS3({ bucket: 'collectstatic-s3-tests' })
  return { endpoint: server.endpoint, dir: server.dir, createBucket: server.createBucket, stop: server.stop }
}
