// The CDN in front of the bucket, behind a small interface: CloudFront for real runs
// (cdn-cloudfront.ts), a recorder for dry runs (cdn-recording.ts).

export interface CreatedInvalidation {
  id: string
  /** `InProgress`, `Completed`, or `dry run`. */
  status: string
}

export interface Cdn {
  /** `CloudFront distribution E2ABC…` for messages and the report. */
  describe(): string
  readonly dryRun: boolean
  /** One invalidation of `paths`; throws CdnBusyError while the distribution has too many in progress. */
  createInvalidation(paths: string[], callerReference: string): Promise<CreatedInvalidation>
  /** Status of an invalidation this run created. */
  invalidationStatus(id: string): Promise<string>
  /** Requests made so far, by operation: `{ CreateInvalidation: 1 }`. */
  requestCounts(): Record<string, number>
}

/** The distribution is at its limit of invalidations in progress: worth retrying later. */
export class CdnBusyError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CdnBusyError'
  }
}
