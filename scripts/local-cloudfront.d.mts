// Types of local-cloudfront.mjs, for the TypeScript tests that start the same stand-in.
export interface LocalCloudFront {
  endpoint: string
  requests: { method: string; url: string; body: string }[]
  invalidations(): string[][]
  /** Distribution IDs whose CreateInvalidation is answered 403 AccessDenied. */
  denied: Set<string>
  stop(): Promise<void>
}

export declare function startLocalCloudFront(): Promise<LocalCloudFront>
