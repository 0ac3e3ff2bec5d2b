// Which CDN paths a run invalidates, and why. Only unhashed keys ever need it: a content-hashed
// copy gets a new name when its bytes change, and the manifest is read from the bucket, not the
// CDN. When more paths changed than the cap allows, they are merged into directory wildcards
// that cover as few unchanged objects as possible; the whole prefix (`/*` at the root) is the
// last resort. Pure: no I/O.
import type { PlannedFile } from '../model.js'
import { REASONS } from './plan.js'

/** CloudFront: file paths in progress per distribution. */
export const CLOUDFRONT_MAX_FILE_PATHS = 3000
/** CloudFront: wildcard paths in progress per distribution. */
export const CLOUDFRONT_MAX_WILDCARDS = 15

export const OWED_REASON = 'owed: uploaded by an earlier run that did not finish'
export const DELETED_REASON = 'deleted'

export interface InvalidationOptions {
  /** CDN path of the key prefix, starting and ending with `/` (e.g. `/static/`). */
  pathPrefix: string
  /** Most paths (files and wildcards) in the request. */
  maxPaths: number
  maxWildcards?: number
}

export interface InvalidationPath {
  /** As sent to the CDN: URL-encoded, a wildcard ends in `*`. */
  path: string
  why: string
  /** Changed keys the path covers (1 for a file). */
  covers: number
  /** Unchanged objects a wildcard also covers (0 for a file). */
  alsoCovers: number
}

export interface InvalidationPlan {
  paths: InvalidationPath[]
  /** The changed keys, before merging. */
  keys: number
  /** Set when everything under the prefix had to be invalidated. */
  everything?: string
}

/**
 * Keys a finished (or planned) run owes the CDN, with the reason: unhashed uploads whose key
 * existed before (a new key has no cached copy) and deletions that are not hashed copies.
 */
export function invalidationCandidates(files: readonly PlannedFile[], hashing: boolean): Map<string, string> {
  const due = new Map<string, string>()
  for (const file of files) {
    if (file.action === 'upload' && file.object?.role === 'original' && file.reason !== REASONS.new)
      due.set(file.path, file.reason)
    if (file.action === 'delete' && !(hashing && looksHashed(file.path))) due.set(file.path, DELETED_REASON)
  }
  return due
}

/** Django's hashed names: `root.<12 hex digits>ext` (HashedFilesMixin.hashed_name). */
export function looksHashed(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1)
  return /^.+\.[0-9a-f]{12}(\.[^.]+)?$/.test(name)
}

/** Owed keys first, then this run's: one reason per key. */
export function withOwed(due: ReadonlyMap<string, string>, owed: readonly string[]): Map<string, string> {
  const all = new Map(due)
  for (const key of owed) if (!all.has(key)) all.set(key, OWED_REASON)
  return all
}

/** `css/a b.css` → `/static/css/a%20b.css`. `*` is encoded so that only our wildcards are wildcards. */
export function cdnPath(pathPrefix: string, key: string): string {
  return pathPrefix + key.split('/').map(encodeSegment).join('/')
}

function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/\*/g, '%2A')
}

/**
 * The paths to invalidate for `changed` (key → reason). `universe` is every key known under the
 * prefix (collected and listed), so a wildcard's cost, the unchanged objects it also evicts, is known.
 */
export function planInvalidation(
  changed: ReadonlyMap<string, string>,
  universe: Iterable<string>,
  options: InvalidationOptions
): InvalidationPlan {
  const keys = [...changed.keys()].sort()
  const maxWildcards = Math.min(options.maxWildcards ?? CLOUDFRONT_MAX_WILDCARDS, CLOUDFRONT_MAX_WILDCARDS)
  const maxPaths = Math.min(options.maxPaths, CLOUDFRONT_MAX_FILE_PATHS)
  if (keys.length <= maxPaths) {
    return { paths: keys.map((key) => filePath(options.pathPrefix, key, changed.get(key) as string)), keys: keys.length }
  }
  const tree = new DirectoryTree(keys, universe)
  tree.mergeUntil(maxPaths, maxWildcards)
  const { pathPrefix } = options
  const paths = tree
    .selection()
    .map((item) =>
      item.kind === 'file'
        ? filePath(pathPrefix, item.key, changed.get(item.key) as string)
        : wildcardPath(pathPrefix, item.dir, tree)
    )
  const plan: InvalidationPlan = { paths, keys: keys.length }
  if (tree.isSelected('')) {
    plan.everything =
      `${keys.length} changed keys could not be covered by ${maxPaths} paths (cloudfront-max-paths) and ${maxWildcards} wildcards ` +
      `without it, so everything under ${options.pathPrefix} is invalidated (the last resort)`
  }
  return plan
}

function filePath(pathPrefix: string, key: string, why: string): InvalidationPath {
  return { path: cdnPath(pathPrefix, key), why, covers: 1, alsoCovers: 0 }
}

function wildcardPath(pathPrefix: string, dir: string, tree: DirectoryTree): InvalidationPath {
  const node = tree.node(dir)
  const where = dir === '' ? `: everything under ${pathPrefix}, the last resort` : ` under ${dir}/`
  const also = node.total - node.changed
  return {
    path: dir === '' ? `${pathPrefix}*` : `${cdnPath(pathPrefix, dir)}/*`,
    why: `${node.changed} changed keys${where}${also > 0 ? ` (also evicts ${also} unchanged)` : ''}`,
    covers: node.changed,
    alsoCovers: also
  }
}

interface DirNode {
  dir: string
  depth: number
  /** Known keys under the directory (changed or not). */
  total: number
  changed: number
  /** Selected paths beneath: files not under a chosen wildcard, plus top-most chosen wildcards. */
  count: number
  wildcards: number
  /** Unchanged objects already evicted by chosen wildcards beneath. */
  evicted: number
  selected: boolean
  /** Under a chosen wildcard: no longer a candidate. */
  covered: boolean
}

type Selected = { kind: 'file'; key: string } | { kind: 'dir'; dir: string }

/** Directories of the changed keys with counts, and a greedy merge: cheapest eviction per path saved. */
class DirectoryTree {
  private readonly nodes = new Map<string, DirNode>()

  constructor(
    private readonly keys: string[],
    universe: Iterable<string>
  ) {
    for (const key of keys) for (const dir of ancestors(key)) this.ensure(dir).changed++
    const seen = new Set<string>()
    for (const key of [...keys, ...universe]) {
      if (seen.has(key)) continue
      seen.add(key)
      for (const dir of ancestors(key)) {
        const node = this.nodes.get(dir)
        if (node) node.total++
      }
    }
    for (const node of this.nodes.values()) node.count = node.changed
  }

  node(dir: string): DirNode {
    return this.nodes.get(dir) as DirNode
  }

  isSelected(dir: string): boolean {
    return this.nodes.get(dir)?.selected ?? false
  }

  mergeUntil(maxPaths: number, maxWildcards: number): void {
    const root = this.node('')
    while (root.count > maxPaths || root.wildcards > maxWildcards) {
      const next =
        root.count > maxPaths
          ? this.best((n) => n.count - 1, root.count - maxPaths)
          : this.best((n) => n.wildcards - 1, root.wildcards - maxWildcards)
      // The root wildcard evicts everything: only when no directory below it can help.
      this.merge(next ?? root)
      if (!next) break
    }
  }

  /**
   * The uncovered directory below the root that saves at least one path (or wildcard) at the least
   * eviction per path saved, counting no more savings than are still needed.
   */
  private best(saving: (node: DirNode) => number, needed: number): DirNode | undefined {
    let best: { node: DirNode; cost: number; saved: number } | undefined
    for (const node of this.nodes.values()) {
      if (node.covered || node.selected || node.dir === '') continue
      const saved = Math.min(saving(node), needed)
      if (saved < 1) continue
      const cost = (node.total - node.changed - node.evicted) / saved
      const better =
        !best ||
        cost < best.cost ||
        (cost === best.cost && (saved > best.saved || (saved === best.saved && node.depth > best.node.depth)))
      if (better) best = { node, cost, saved }
    }
    return best?.node
  }

  private merge(node: DirNode): void {
    const lost = node.count - 1
    const wildcardsLost = node.wildcards - 1
    const evictedMore = node.total - node.changed - node.evicted
    for (const dir of ancestors(node.dir)) {
      if (dir === node.dir) continue
      const up = this.node(dir)
      up.count -= lost
      up.wildcards -= wildcardsLost
      up.evicted += evictedMore
    }
    Object.assign(node, { count: 1, wildcards: 1, evicted: node.total - node.changed, selected: true })
    const inside = node.dir === '' ? '' : `${node.dir}/`
    for (const other of this.nodes.values()) {
      if (other !== node && other.dir.startsWith(inside)) Object.assign(other, { covered: true, selected: false })
    }
  }

  /** Chosen wildcards (top-most) and the files no wildcard covers, in key order. */
  selection(): Selected[] {
    const wildcards = [...this.nodes.values()].filter((node) => node.selected && !node.covered)
    const under = (key: string) => wildcards.some((node) => node.dir === '' || key.startsWith(`${node.dir}/`))
    const items: Selected[] = wildcards.map((node) => ({ kind: 'dir', dir: node.dir }))
    for (const key of this.keys) if (!under(key)) items.push({ kind: 'file', key })
    return items.sort((a, b) => sortKey(a).localeCompare(sortKey(b)))
  }

  private ensure(dir: string): DirNode {
    let node = this.nodes.get(dir)
    if (!node) {
      const depth = dir === '' ? 0 : dir.split('/').length
      node = { dir, depth, total: 0, changed: 0, count: 0, wildcards: 0, evicted: 0, selected: false, covered: false }
      this.nodes.set(dir, node)
    }
    return node
  }
}

function sortKey(item: Selected): string {
  return item.kind === 'file' ? item.key : `${item.dir}/`
}

/** `a/b/c.css` → `''`, `a`, `a/b` (the directories containing the key, root first). */
function ancestors(key: string): string[] {
  const parts = key.split('/')
  const dirs = ['']
  for (let i = 1; i < parts.length; i++) dirs.push(parts.slice(0, i).join('/'))
  return dirs
}
