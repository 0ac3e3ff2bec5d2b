// Everything under the prefix, from ListObjectsV2 pages of 1,000 keys: direct pages first (see
// s3-direct.ts); if any page fails, the whole listing again through the SDK, whose retries and
// errors (AccessDenied, NoSuchBucket, ...) the caller explains.
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import type { RemoteObject } from '../model.js'
import { normalizeEtag } from '../plan/state.js'
import type { ListPage } from './list-xml.js'
import type { DirectS3 } from './s3-direct.js'

export interface ListingContext {
  client: S3Client
  bucket: string
  /** `prefix/`, or '' for the bucket root. */
  listPrefix: string
  /** ExpectedBucketOwner, RequestPayer. */
  requestParameters: Record<string, unknown>
  direct: DirectS3 | undefined
  count: (operation: string) => void
  /** The run's signal: a cancel stops the listing. */
  signal?: AbortSignal
}

type PageReader = (token: string | undefined) => Promise<ListPage>

export async function listObjects(context: ListingContext): Promise<Map<string, RemoteObject>> {
  const { direct } = context
  if (direct) {
    const objects = await readPages(context, (token) => directPage(context, direct, token)).catch(() => null)
    if (objects) return objects
    context.signal?.throwIfAborted()
  }
  return readPages(context, (token) => sdkPage(context, token))
}

async function readPages(context: ListingContext, page: PageReader): Promise<Map<string, RemoteObject>> {
  const { listPrefix } = context
  const objects = new Map<string, RemoteObject>()
  let token: string | undefined
  do {
    const listed = await page(token)
    for (const item of listed.objects) {
      const path = item.key.slice(listPrefix.length)
      // '' and `dir/` are folder markers made by consoles, not files.
      if (!item.key.startsWith(listPrefix) || path === '' || path.endsWith('/')) continue
      objects.set(path, { path, size: item.size, etag: normalizeEtag(item.etag) })
    }
    if (listed.isTruncated && !listed.nextContinuationToken) throw new Error('ListObjectsV2 was truncated without a continuation token')
    token = listed.isTruncated ? listed.nextContinuationToken : undefined
  } while (token)
  return objects
}

function directPage(context: ListingContext, direct: DirectS3, token: string | undefined): Promise<ListPage> {
  context.count('ListObjectsV2')
  return direct.listPage({ prefix: context.listPrefix, ...(token ? { continuationToken: token } : {}), parameters: context.requestParameters }, context.signal)
}

async function sdkPage(context: ListingContext, token: string | undefined): Promise<ListPage> {
  const input = { Bucket: context.bucket, Prefix: context.listPrefix, MaxKeys: 1000, ContinuationToken: token, ...context.requestParameters }
  const page = await context.client.send(new ListObjectsV2Command(input), context.signal ? { abortSignal: context.signal } : {})
  const objects = (page.Contents ?? []).map((item) => ({ key: item.Key ?? '', size: item.Size ?? 0, etag: item.ETag ?? '' }))
  return { objects, isTruncated: page.IsTruncated === true, ...(page.NextContinuationToken ? { nextContinuationToken: page.NextContinuationToken } : {}) }
}
