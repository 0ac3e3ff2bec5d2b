// ManifestStaticFilesStorage.post_process, run on collected files in memory: hashed copies,
// rewritten CSS/JS and staticfiles.json, as the release in `options.release` (default 5.2) does.
import type { Body, OutputFile, OutputRole } from '../model.js'
import { Destination, storageKey } from './destination.js'
import { cleanName, hashedName, md5Hex } from './hashed-name.js'
import { manifestBody } from './manifest-json.js'
import { isAdjustable, patternsFor } from './patterns.js'
import {
  MaxPassesExceededError,
  MissingReferenceError,
  NotUtf8Error,
  type MissingReference,
  type UndecodableFile
} from './post-process-errors.js'
import { compareCodePoints } from '../pylib/text.js'
import { readCollected, type CollectedContent } from './read-collected.js'
import { RELEASE_5_2, type DjangoRelease } from './releases.js'
import { rewriteText, type MissingPolicy, type ReleaseBugHit } from './rewrite.js'
import type { CollectedInput, ManifestOptions, PostProcessLogEntry, PostProcessResult, ReleaseBugNotice } from './types.js'
import { describeUtf8Problem, findUtf8Problem } from './utf8-check.js'

export type { CollectedInput, ManifestOptions, PostProcessLogEntry, PostProcessResult, ReleaseBugNotice } from './types.js'
export { MaxPassesExceededError, MissingReferenceError, NotUtf8Error } from './post-process-errors.js'
export type { MissingReference, UndecodableFile } from './post-process-errors.js'

/** Runs Django's hashing post-processing over `files` (collection order). Throws the errors above. */
export async function postProcess(files: CollectedInput[], options: ManifestOptions): Promise<PostProcessResult> {
  const contents = await readCollected(files, isAdjustable, options.md5Of)
  return new HashingRun(files, contents, options).run()
}

/** Deepest paths first, ties in collection order (Django sorts by `len(name.split('/'))`, reverse, stable). */
function processingOrder(files: CollectedInput[]): CollectedInput[] {
  const depth = (path: string): number => path.split('/').length
  return [...files].sort((a, b) => depth(b.path) - depth(a.path))
}

class HashingRun {
  private readonly destination = new Destination()
  /** Django's `hashed_files`: original path → current hashed name, in first-pass order. */
  private readonly table = new Map<string, string>()
  /** Files written by this run, keyed by storage key, in the order of their last write. */
  private readonly written = new Map<string, OutputFile>()
  private readonly order: CollectedInput[]
  private readonly texts = new Map<string, string>()
  private readonly rewrittenPerFile = new Map<string, number>()
  private readonly firstPassLog: PostProcessLogEntry[] = []
  private readonly missing: MissingReference[] = []
  private readonly undecodable: UndecodableFile[] = []
  /** Per file, from its last processing: where the release's known bugs changed it. */
  private readonly bugs = new Map<string, { absPath: string; hits: ReleaseBugHit[] }>()
  private readonly release: DjangoRelease

  constructor(
    files: CollectedInput[],
    private readonly contents: Map<string, CollectedContent>,
    private readonly options: ManifestOptions
  ) {
    for (const file of files) this.destination.write(file.path, this.content(file.path).md5)
    this.order = processingOrder(files)
    this.release = options.release ?? RELEASE_5_2
  }

  run(): PostProcessResult {
    for (const file of this.order) this.processFile(file, 'collect')
    if (this.undecodable.length > 0) throw new NotUtf8Error(this.undecodable, this.release)
    if (this.missing.length > 0 && !this.options.keepMissingReferences)
      throw new MissingReferenceError(this.missing, this.release)
    this.repeatAdjustablePasses()
    const paths = this.manifestPaths()
    const manifest: OutputFile = {
      path: this.options.manifestName,
      body: { kind: 'bytes', data: manifestBody(paths) },
      role: 'manifest'
    }
    return {
      outputs: [...this.written.values()],
      manifest,
      paths,
      referencesRewritten: [...this.rewrittenPerFile.values()].reduce((sum, n) => sum + n, 0),
      log: this.report(),
      releaseBugs: this.bugNotices()
    }
  }

  /** Django 6.0+ sorts the manifest's keys; before, they come in post-processing order. */
  private manifestPaths(): Map<string, string> {
    if (this.release.manifestOrder === 'processing') return this.table
    return new Map([...this.table].sort(([a], [b]) => compareCodePoints(a, b)))
  }

  private bugNotices(): ReleaseBugNotice[] {
    const notices: ReleaseBugNotice[] = []
    for (const [file, { absPath, hits }] of this.bugs) {
      for (const hit of hits)
        notices.push({ file, absPath, line: hit.line, kind: hit.kind, release: this.release.series, fixedIn: hit.fixedIn })
    }
    return notices
  }

  /** Passes over CSS/JS only until no hashed name changes; too many passes is an error. */
  private repeatAdjustablePasses(): void {
    const adjustable = this.order.filter((file) => isAdjustable(file.path))
    let changed: string[] = []
    for (let pass = 0; pass < this.options.maxPasses; pass++) {
      // A lenient storage's hashed_name returns the name for a missing file, so later passes go on like the first.
      const policy = this.options.keepMissingReferences ? 'collect' : 'django'
      changed = adjustable.filter((file) => this.processFile(file, policy)).map((file) => file.path)
      if (changed.length === 0) return
    }
    if (changed.length > 0)
      throw new MaxPassesExceededError(changed.sort(compareCodePoints), this.options.maxPasses, this.release)
  }

  /** One file of one pass (HashedFilesMixin._post_process); true when its hashed name changed. */
  private processFile(file: CollectedInput, policy: MissingPolicy): boolean {
    const name = file.path
    // Django keys and values the table by clean_name (backslash → `/`); only names with backslashes differ.
    const key = cleanName(name)
    const before = this.table.get(key) ?? hashedName(name, this.content(name).md5)
    const existed = this.destination.exists(before)
    let after = before
    if (isAdjustable(name)) {
      after = this.processAdjustable(file, before, existed, policy)
    } else {
      if (!existed) this.save(before, { kind: 'file', absPath: file.absPath }, this.content(name).md5, 'hashed', name)
      this.firstPassLog.push({ path: name, hashedPath: before, processed: !existed })
    }
    this.table.set(key, cleanName(after))
    return cleanName(after) !== before
  }

  /** Rewrites references, replaces the previous hashed copy, returns the new hashed name. */
  private processAdjustable(file: CollectedInput, current: string, existed: boolean, policy: MissingPolicy): string {
    const text = this.decoded(file)
    if (text === null) return current
    const patterns = patternsFor(file.path, this.options.jsModules, this.release)
    const context = {
      staticUrl: this.options.staticUrl,
      table: this.table,
      destination: this.destination,
      leavesProtocolRelative: this.release.leavesProtocolRelative
    }
    const result = rewriteText(file.path, text, patterns, context, policy)
    this.bugs.set(file.path, { absPath: file.absPath, hits: result.bugs })
    for (const ref of result.unresolved) this.missing.push({ ...ref, file: file.path, absPath: file.absPath })
    this.rewrittenPerFile.set(file.path, result.rewritten)
    if (existed) this.remove(current)
    const data = Buffer.from(result.text, 'utf8')
    const md5 = md5Hex(data)
    if (this.options.keepIntermediateFiles) this.save(current, { kind: 'bytes', data }, md5, 'intermediate', file.path)
    const hashed = hashedName(file.path, md5)
    if (this.destination.exists(hashed)) this.remove(hashed)
    this.save(hashed, { kind: 'bytes', data }, md5, 'hashed', file.path)
    return hashed
  }

  /** The file's text (strict UTF-8, BOM kept), or null after recording why it is not UTF-8. */
  private decoded(file: CollectedInput): string | null {
    const cached = this.texts.get(file.path)
    if (cached !== undefined) return cached
    const bytes = this.content(file.path).bytes ?? Buffer.alloc(0)
    const problem = findUtf8Problem(bytes)
    if (problem !== null) {
      this.undecodable.push({ file: file.path, absPath: file.absPath, detail: describeUtf8Problem(bytes, problem) })
      return null
    }
    const text = bytes.toString('utf8')
    this.texts.set(file.path, text)
    return text
  }

  private save(name: string, body: Body, md5: string, role: OutputRole, hashedFrom: string): void {
    this.destination.write(name, md5)
    const path = storageKey(name)!
    this.written.delete(path)
    this.written.set(path, { path, body, role, hashedFrom })
  }

  private remove(name: string): void {
    this.destination.delete(name)
    const path = storageKey(name)
    if (path !== null) this.written.delete(path)
  }

  private content(path: string): CollectedContent {
    const content = this.contents.get(path)
    if (content === undefined) throw new Error(`No content read for '${path}'`)
    return content
  }

  /** Django's report order: non-adjustable files as handled, then CSS/JS with their final names. */
  private report(): PostProcessLogEntry[] {
    const adjustable = this.order
      .filter((file) => isAdjustable(file.path))
      .map((file) => ({ path: file.path, hashedPath: this.table.get(cleanName(file.path))!, processed: true }))
    return [...this.firstPassLog, ...adjustable]
  }
}
