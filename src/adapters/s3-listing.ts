// Everything under the prefix, from ListObjectsV2 pages of 1,000 keys: direct pages first (see
// s3-direct.ts); if any page fails, the whole listing again through the SDK, whose retries and
// errors (AccessDenied, NoSuchBucket, ...) the caller explains.
//
// A long listing is read in parallel (see listing-ranges.ts): the key space is cut into ranges at
// keys the run is about to upload, and the ranges are listed at once, each from its own
// StartAfter. A page that ends the listing ends every range after it, so a bucket with fewer keys
// than expected (the first upload) costs a few requests, not one per range. The result is exactly
// the sequential listing's.
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import type { RemoteObject } from '../model.js'
import { normalizeEtag } from '../plan/state.js'
import type { ListedObject, ListPage } from './list-xml.js'
import { compareKeys, splitKeySpace, type KeyRange } from './listing-ranges.js'
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
  /** Paths (under the prefix) the run will write, once known: where to cut a long listing. */
  localPaths?: Promise<readonly string[]>
  /** Remote keys expected per local path (2 with hashed copies): how many local paths make a page. */
  keysPerPath?: number
  /** Listing requests in flight at most. */
  concurrency?: number
  /** The run's signal: a cancel stops the listing. */
  signal?: AbortSignal
}

export interface PageRequest {
  continuationToken?: string
  startAfter?: string
}

type PageReader = (request: PageRequest) => Promise<ListPage>

const DEFAULT_CONCURRENCY = 8
const PAGE_SIZE = 1000
// A range holds a tenth less than a page of local keys, so keys that exist only remotely (the
// state object, files an earlier deploy left) still fit its first page: a range one key over a
// page would cost a second request, made only after the first answered.
const RANGE_FILL = 0.9

export async function listObjects(context: ListingContext): Promise<Map<string, RemoteObject>> {
  const { direct } = context
  if (direct) {
    const objects = await readListing(context, (request) => directPage(context, direct, request)).catch(() => null)
    if (objects) return objects
    context.signal?.throwIfAborted()
  }
  return readListing(context, (request) => sdkPage(context, request))
}

async function readListing(context: ListingContext, page: PageReader): Promise<Map<string, RemoteObject>> {
  const localKeys = context.localPaths ? (await context.localPaths.catch(() => [])).map((path) => context.listPrefix + path) : []
  const ranges = splitKeySpace(localKeys, Math.floor((PAGE_SIZE * RANGE_FILL) / (context.keysPerPath ?? 1)))
  return toObjects(await readRanges(ranges, page, context.concurrency ?? DEFAULT_CONCURRENCY), context.listPrefix)
}

/**
 * Lists the ranges, `concurrency` at a time, in order. Once a page shows the listing ended after
 * some key, the ranges that start after it are known to be empty and are not asked for.
 */
async function readRanges(ranges: KeyRange[], page: PageReader, concurrency: number): Promise<ListedObject[][]> {
  const results: ListedObject[][] = new Array(ranges.length).fill([])
  const listing = { endsAfter: null as string | null }
  let next = 0
  const worker = async () => {
    while (next < ranges.length) {
      const index = next++
      const range = ranges[index] as KeyRange
      if (listing.endsAfter !== null && compareKeys(range.after, listing.endsAfter) >= 0) continue
      results[index] = await readRange(range, page, listing)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, ranges.length) }, worker))
  return results
}

/**
 * The keys after `range.after` up to and including `range.through` (null: to the end). A range
 * whose last page ends the listing keeps every key it was given, past `through` too: the ranges
 * after it may never be read.
 */
async function readRange(range: KeyRange, page: PageReader, listing: { endsAfter: string | null }): Promise<ListedObject[]> {
  let listed = await page(range.after ? { startAfter: range.after } : {})
  const objects: ListedObject[] = [...listed.objects]
  while (listed.isTruncated && !pastRange(lastKey(listed), range)) {
    if (!listed.nextContinuationToken) throw new Error('ListObjectsV2 was truncated without a continuation token')
    listed = await page({ continuationToken: listed.nextContinuationToken })
    objects.push(...listed.objects)
  }
  if (!listed.isTruncated) {
    if (listing.endsAfter === null || compareKeys(range.after, listing.endsAfter) < 0) listing.endsAfter = range.after
    return objects
  }
  // The last page ran into the next range, which lists those keys itself.
  return range.through === null ? objects : objects.filter((object) => compareKeys(object.key, range.through as string) <= 0)
}

function pastRange(key: string, range: KeyRange): boolean {
  return range.through !== null && compareKeys(key, range.through) >= 0
}

function lastKey(page: ListPage): string {
  const last = page.objects[page.objects.length - 1]
  if (!last) throw new Error('ListObjectsV2 was truncated with an empty page')
  return last.key
}

/** Ranges in key order; a key two ranges both hold (one ended the listing) counts once, in its place. */
function toObjects(pages: ListedObject[][], listPrefix: string): Map<string, RemoteObject> {
  const objects = new Map<string, RemoteObject>()
  for (const items of pages) {
    for (const item of items) {
      const path = item.key.slice(listPrefix.length)
      if (objects.has(path)) continue
      // '' and `dir/` are folder markers made by consoles, not files.
      if (!item.key.startsWith(listPrefix) || path === '' || path.endsWith('/')) continue
      objects.set(path, { path, size: item.size, etag: normalizeEtag(item.etag) })
    }
  }
  return objects
}

function directPage(context: ListingContext, direct: DirectS3, request: PageRequest): Promise<ListPage> {
  context.count('ListObjectsV2')
  return direct.listPage({ prefix: context.listPrefix, ...request, parameters: context.requestParameters }, context.signal)
}

async function sdkPage(context: ListingContext, request: PageRequest): Promise<ListPage> {
  const input = {
    Bucket: context.bucket,
    Prefix: context.listPrefix,
    MaxKeys: PAGE_SIZE,
    ContinuationToken: request.continuationToken,
    StartAfter: request.continuationToken ? undefined : request.startAfter,
    ...context.requestParameters
  }
  const page = await context.client.send(new ListObjectsV2Command(input), context.signal ? { abortSignal: context.signal } : {})
  const objects = (page.Contents ?? []).map((item) => ({ key: item.Key ?? '', size: item.Size ?? 0, etag: item.ETag ?? '' }))
  return {
    objects,
    isTruncated: page.IsTruncated === true,
    ...(page.NextContinuationToken ? { nextContinuationToken: page.NextContinuationToken } : {})
  }
}
