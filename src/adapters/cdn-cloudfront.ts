// CloudFront behind the Cdn interface. The SDK is imported on first use, so runs without a
// distribution never load it. Same credentials as the S3 upload (inputs, else the SDK's default
// chain); CloudFront is a global service signed in us-east-1. AWS_ENDPOINT_URL_CLOUDFRONT (the
// SDK's own setting) points it elsewhere, e.g. at a local stand-in.
import type * as CloudFrontSdk from '@aws-sdk/client-cloudfront'
import type { CloudFrontClient } from '@aws-sdk/client-cloudfront'
import { ActionError } from '../errors.js'
import type { Credentials } from '../inputs/settings.js'
import { errorName } from './s3-errors.js'
import { CdnBusyError, type Cdn, type CreatedInvalidation } from './cdn.js'

export interface CloudFrontConfig {
  distributionId: string
  /** Absent: the SDK's default chain. */
  credentials?: Credentials
  /** SDK attempts per request (default 5). */
  maxAttempts?: number
}

type Sdk = typeof CloudFrontSdk

export function createCloudFrontCdn(config: CloudFrontConfig): Cdn {
  const counts: Record<string, number> = {}
  let loaded: Promise<{ sdk: Sdk; client: CloudFrontClient }> | undefined
  const load = () => (loaded ??= loadClient(config, counts))
  const id = config.distributionId
  return {
    dryRun: false,
    describe: () => `CloudFront distribution ${id}`,
    async createInvalidation(paths, callerReference): Promise<CreatedInvalidation> {
      const { sdk, client } = await load()
      const batch = { CallerReference: callerReference, Paths: { Quantity: paths.length, Items: paths } }
      try {
        const output = await client.send(new sdk.CreateInvalidationCommand({ DistributionId: id, InvalidationBatch: batch }))
        return { id: output.Invalidation?.Id ?? '', status: output.Invalidation?.Status ?? 'InProgress' }
      } catch (error) {
        throw explainCloudFrontError(error, 'CreateInvalidation', id)
      }
    },
    async invalidationStatus(invalidationId): Promise<string> {
      const { sdk, client } = await load()
      try {
        const output = await client.send(new sdk.GetInvalidationCommand({ DistributionId: id, Id: invalidationId }))
        return output.Invalidation?.Status ?? 'InProgress'
      } catch (error) {
        throw explainCloudFrontError(error, 'GetInvalidation', id)
      }
    },
    requestCounts: () => ({ ...counts })
  }
}

async function loadClient(
  config: CloudFrontConfig,
  counts: Record<string, number>
): Promise<{ sdk: Sdk; client: CloudFrontClient }> {
  const sdk = await import('@aws-sdk/client-cloudfront')
  const client = new sdk.CloudFrontClient({
    region: 'us-east-1',
    ...(config.credentials ? { credentials: config.credentials } : {}),
    maxAttempts: config.maxAttempts ?? 5,
    retryMode: 'standard'
  })
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = (context.commandName ?? 'Unknown').replace(/Command$/, '')
      counts[name] = (counts[name] ?? 0) + 1
      return next(args)
    },
    { step: 'initialize', name: 'collectstaticS3CdnRequestCounter' }
  )
  return { sdk, client }
}

/** CloudFront's errors as messages that say what to do; the busy one stays retryable. */
export function explainCloudFrontError(error: unknown, operation: string, distributionId: string): Error {
  const name = errorName(error)
  const said = (error as Error)?.message && (error as Error).message !== name ? ` (CloudFront: ${(error as Error).message})` : ''
  switch (name) {
    case 'TooManyInvalidationsInProgress':
      return new CdnBusyError(`distribution ${distributionId} has too many invalidations in progress${said}`)
    case 'NoSuchDistribution':
      return new ActionError(
        `CloudFront distribution '${distributionId}' does not exist in this account. Check cloudfront-distribution-id ` +
          `(the ID, e.g. E2QWRUHAPOMQZL, not the domain name).${said}`,
        { input: 'cloudfront-distribution-id' }
      )
    case 'AccessDenied':
    case 'AccessDeniedException':
      return new ActionError(
        `Access denied: cloudfront:${operation} on arn:aws:cloudfront::<account>:distribution/${distributionId}. ` +
          `Allow it in the policy of the role or user this step runs as (see the README's permissions table).${said}`
      )
    case 'CredentialsProviderError':
      return new ActionError(
        'No AWS credentials found for CloudFront. Give aws-access-key-id and aws-secret-access-key, ' +
          'or configure credentials earlier in the job.'
      )
  }
  return new ActionError(`${operation} on CloudFront distribution ${distributionId} failed: ${name || 'error'}${said}`)
}
