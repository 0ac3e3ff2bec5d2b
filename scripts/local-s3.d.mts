// Types of local-s3.mjs, for the TypeScript tests that start the same server.
export declare const LOCAL_S3_CREDENTIALS: { accessKeyId: string; secretAccessKey: string }

export interface LocalS3 {
  endpoint: string
  bucket: string
  dir: string
  createBucket(name: string): Promise<void>
  requests(): Promise<{ total: number; byMethod: Record<string, number> }>
  resetRequests(): Promise<void>
  stop(): Promise<void>
}

export declare const REAL_S3_LATENCY: { requestMs: number; listPageMs: number }

export declare function startLocalS3(options?: {
  bucket?: string
  port?: number
  dir?: string
  /** Delay before each answer (see REAL_S3_LATENCY). */
  latency?: { requestMs?: number; listPageMs?: number }
}): Promise<LocalS3>
