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

/** Makes a store class's putObject resolve only once the object's file has its full size (s3rver's own fault). */
export declare function answerWhenWritten(FilesystemStore: {
  prototype: {
    putObject(object: { bucket: string; key: string }): Promise<{ size: number }>
    getResourcePath(bucket: string, key: string, kind: string): string
  }
}): void
