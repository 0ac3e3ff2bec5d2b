// A throwaway S3 server on loopback for the demo and the benchmark: s3rver 3.7.1 in a
// child process, with a temp data directory and one bucket.
//
//   import { startLocalS3 } from './scripts/local-s3.mjs'
//   const s3 = await startLocalS3({ bucket: 'static' })  // { endpoint, bucket, dir, ... }
//   await s3.stop()
//
// Run directly (`node scripts/local-s3.mjs [--bucket NAME] [--port N] [--latency]`) it keeps a
// server running until Ctrl-C and prints how to point the action at it; `--latency` adds the
// round trips of a real S3 region (REAL_S3_LATENCY).
//
// The child runs with --openssl-legacy-provider because s3rver encrypts list continuation
// tokens with DES, which OpenSSL 3 only offers through its legacy provider. It counts the
// requests it serves (by HTTP method) so the benchmark can compare tools, and exits when
// its parent goes away (the IPC channel closes), however the parent ended.
import { fork } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { mkdtemp, mkdir, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { constants, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setTimeout as sleep } from 'node:timers/promises'

/** s3rver's built-in credentials: it checks signatures made with these. */
export const LOCAL_S3_CREDENTIALS = {
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER'
}

const thisFile = fileURLToPath(import.meta.url)
const CHILD_FLAG = '--serve-s3rver'
const START_TIMEOUT_MS = 20_000
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP']

/**
 * Starts s3rver on 127.0.0.1 on a free port (or `port`), with `bucket` created.
 * `dir` is the data directory (a new temp directory, removed by stop(), when not given).
 */
export async function startLocalS3({ bucket = 'static', port = 0, dir, latency } = {}) {
  const ownDir = dir === undefined
  const dataDir = dir ?? (await mkdtemp(join(tmpdir(), 'local-s3-')))
  await mkdir(dataDir, { recursive: true })
  const child = fork(thisFile, [CHILD_FLAG, dataDir, String(port), JSON.stringify(latency ?? null)], {
    execArgv: ['--openssl-legacy-provider'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc']
  })
  // On any exit of this process (an uncaught error, Ctrl-C) take the server and its data
  // along; after a signal the process ends with the usual 128 + signal number.
  const killChild = () => {
    child.kill()
    if (ownDir) rmSync(dataDir, { recursive: true, force: true })
  }
  const onSignal = (signal) => {
    removeExitHooks(killChild, onSignal)
    killChild()
    process.exit(128 + constants.signals[signal])
  }
  process.once('exit', killChild)
  for (const signal of SIGNALS) process.once(signal, onSignal)
  const rpc = makeRpc(child)
  try {
    const { port: actualPort } = await rpc.ready
    const endpoint = `http://127.0.0.1:${actualPort}`
    await rpc.call('createBucket', { name: bucket })
    await waitUntilAnswering(`${endpoint}/${encodeURIComponent(bucket)}?list-type=2&max-keys=0`)
    let stopped
    return {
      endpoint,
      bucket,
      dir: dataDir,
      /** Creates another (empty) bucket. */
      createBucket: (name) => rpc.call('createBucket', { name }),
      /** Requests served since the start or the last resetRequests(): { total, byMethod }. */
      requests: () => rpc.call('requests'),
      resetRequests: () => rpc.call('resetRequests'),
      stop: () => (stopped ??= stopChild(child, () => removeExitHooks(killChild, onSignal), ownDir ? dataDir : undefined))
    }
  } catch (error) {
    await stopChild(child, () => removeExitHooks(killChild, onSignal), ownDir ? dataDir : undefined)
    throw error
  }
}

/** Request/response over the IPC channel, plus a promise for the child's ready message. */
function makeRpc(child) {
  const pending = new Map()
  let nextId = 1
  let settleReady
  const ready = new Promise((resolve, reject) => {
    settleReady = { resolve, reject }
    setTimeout(() => reject(new Error(`s3rver did not start within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS).unref()
  })
  const failAll = (error) => {
    settleReady.reject(error)
    for (const { reject } of pending.values()) reject(error)
    pending.clear()
  }
  child.on('message', (message) => {
    if (message.type === 'ready') return settleReady.resolve(message)
    if (message.type === 'failed') return failAll(new Error(`s3rver failed to start: ${message.error}`))
    const waiter = pending.get(message.id)
    pending.delete(message.id)
    if (message.error) waiter?.reject(new Error(message.error))
    else waiter?.resolve(message.result)
  })
  child.on('exit', (code, signal) => failAll(new Error(`s3rver exited (${signal ?? code})`)))
  const call = (op, args = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++
      pending.set(id, { resolve, reject })
      child.send({ id, op, ...args })
    })
  return { ready, call }
}

/** Polls until the server answers a bucket listing with 200 (it may still be warming up). */
async function waitUntilAnswering(url) {
  const deadline = Date.now() + START_TIMEOUT_MS
  let lastProblem = ''
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      await response.arrayBuffer()
      if (response.ok) return
      lastProblem = `HTTP ${response.status}`
    } catch (error) {
      lastProblem = error.message
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`s3rver at ${url} did not answer: ${lastProblem}`)
}

function removeExitHooks(killChild, onSignal) {
  process.removeListener('exit', killChild)
  for (const signal of SIGNALS) process.removeListener(signal, onSignal)
}

async function stopChild(child, removeHooks, dirToRemove) {
  removeHooks()
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(timer)
  }
  if (dirToRemove) await rm(dirToRemove, { recursive: true, force: true })
}

// ---- child process: the server itself -------------------------------------------------

/**
 * A network's cost, added before the server answers: `requestMs` for every request and
 * `listPageMs` for a listing page instead (real S3 takes ~100 ms to list 1,000 keys). Loopback
 * answers in well under a millisecond, which hides what a tool does with round trips.
 */
export const REAL_S3_LATENCY = { requestMs: 20, listPageMs: 100 }

function delayOf(req, latency) {
  if (!latency) return 0
  const listing = req.method === 'GET' && /[?&]list-type=2(&|$)/.test(req.url ?? '')
  return listing ? (latency.listPageMs ?? latency.requestMs ?? 0) : (latency.requestMs ?? 0)
}

async function serve(dataDir, port, latency) {
  const require = createRequire(import.meta.url)
  const S3rver = require('s3rver')
  const lib = dirname(require.resolve('s3rver'))
  const writes = writeCounter()
  const s3rver = new S3rver({ directory: dataDir, silent: true })
  const FilesystemStore = require(join(lib, 'stores/filesystem.js'))
  answerWhenWritten(FilesystemStore)
  listInKeyOrder(FilesystemStore, require(join(lib, 'models/object.js')), writes, s3rver.store)
  const counts = { total: 0, byMethod: {} }
  const handle = s3rver.callback()
  const server = createServer((req, res) => {
    writes.track(req, res)
    counts.total++
    counts.byMethod[req.method] = (counts.byMethod[req.method] ?? 0) + 1
    const serve = () => {
      if (!multipartExtras(s3rver.store, req, res)) handle(req, res)
    }
    const delay = delayOf(req, latency)
    if (delay > 0) setTimeout(serve, delay)
    else serve()
  })
  // Many parallel uploads from several tools: no per-socket idle limits to trip over.
  server.keepAliveTimeout = 60_000
  server.headersTimeout = 65_000
  await new Promise((resolve, reject) => server.listen(port, '127.0.0.1', resolve).once('error', reject))
  const ops = {
    createBucket: ({ name }) => s3rver.store.putBucket(name),
    requests: () => structuredClone(counts),
    resetRequests: () => {
      counts.total = 0
      counts.byMethod = {}
    }
  }
  process.on('message', async ({ id, op, ...args }) => {
    try {
      const result = await ops[op](args)
      process.send({ id, result: result ?? null })
    } catch (error) {
      process.send({ id, error: String(error?.message ?? error) })
    }
  })
  process.on('disconnect', () => process.exit(0))
  process.send({ type: 'ready', port: server.address().port })
}

/**
 * s3rver 3.7.1 answers ListMultipartUploads and AbortMultipartUpload with NotImplemented /
 * MethodNotAllowed. Its store keeps each open upload in `<uploads dir>/<uploadId>/` (with the
 * key in a file `key`) and removes it on completion, so both are answered from that directory.
 * Returns whether the request was one of them.
 */
function multipartExtras(store, req, res) {
  const url = new URL(req.url, 'http://localhost')
  const [bucket, ...keyParts] = url.pathname.slice(1).split('/').map(decodeURIComponent)
  if (!bucket) return false
  const uploadsDir = store.getResourcePath(bucket, undefined, 'uploads')
  const reply = (status, body = '') => {
    res.writeHead(status, { 'content-type': 'application/xml' })
    res.end(body)
  }
  const escapeXml = (text) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)
  const key = keyParts.join('/')
  if (req.method === 'GET' && key === '' && url.searchParams.has('uploads')) {
    req.resume()
    const prefix = url.searchParams.get('prefix') ?? ''
    let ids = []
    try {
      ids = readdirSync(uploadsDir)
    } catch {}
    const uploads = ids
      .map((id) => {
        try {
          return { id, key: readFileSync(join(uploadsDir, id, 'key'), 'utf8'), initiated: statSync(join(uploadsDir, id)).mtime }
        } catch {
          return null // being created or removed right now
        }
      })
      .filter((upload) => upload !== null && upload.key.startsWith(prefix))
      .sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)))
    const items = uploads
      .map(
        (u) =>
          `<Upload><Key>${escapeXml(u.key)}</Key><UploadId>${u.id}</UploadId><Initiated>${u.initiated.toISOString()}</Initiated><StorageClass>STANDARD</StorageClass></Upload>`
      )
      .join('')
    reply(
      200,
      `<?xml version="1.0" encoding="UTF-8"?><ListMultipartUploadsResult><Bucket>${escapeXml(bucket)}</Bucket><Prefix>${escapeXml(prefix)}</Prefix><IsTruncated>false</IsTruncated>${items}</ListMultipartUploadsResult>`
    )
    return true
  }
  const uploadId = url.searchParams.get('uploadId')
  if (req.method === 'DELETE' && key !== '' && uploadId) {
    req.resume()
    const dir = join(uploadsDir, uploadId)
    if (!/^[0-9a-f]+$/.test(uploadId) || !existsSync(dir)) {
      reply(
        404,
        '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist.</Message></Error>'
      )
    } else {
      rmSync(dir, { recursive: true, force: true })
      res.writeHead(204)
      res.end()
    }
    return true
  }
  return false
}

/**
 * s3rver's putObject resolves once the bytes have passed its MD5 (for a body in one buffer, at
 * once), not once its file stream has written them, so a PUT was answered while the object on
 * disk could still be short: a listing or GET right after saw the wrong size. S3 answers a PUT once the
 * object is stored; here too, the answer waits until the file has its full size (bounded: 2 s).
 */
export function answerWhenWritten(FilesystemStore) {
  const putObject = FilesystemStore.prototype.putObject
  FilesystemStore.prototype.putObject = async function (object) {
    const stored = await putObject.call(this, object)
    const file = this.getResourcePath(object.bucket, object.key, 'object')
    for (let waited = 0; sizeOf(file) < stored.size && waited < 2000; waited++) await sleep(1)
    return stored
  }
}

function sizeOf(file) {
  try {
    return statSync(file).size
  } catch {
    return -1
  }
}

/**
 * s3rver's store lists objects in file-system walk order, not key order, so a paginated listing
 * skips or repeats keys when a file name sorts before a sibling folder (`css/fonts.css` next to
 * `css/fonts/`), and it reads every object's metadata for every page. Both are the server's
 * faults, so they are fixed here, not in the tools: keys are listed as S3 lists them, in UTF-8
 * byte order, and a page costs what S3's does, its own keys' metadata, not the whole bucket's.
 * Each object's metadata is read when a write to its key ends (S3 records it at write time) and
 * kept until the next write starts, and the bucket's sorted keys are brought up to date with the
 * keys written since the last listing (S3's index is updated by the write, not by the next
 * listing), so a listing reads no metadata files and walks the data directory only the first time
 * or after a write that names no key: the first listing after an upload of 20,000 files does not
 * pay for walking 60,000 files (0.25–1.2 s here), which S3 never does.
 */
function listInKeyOrder(FilesystemStore, S3Object, writes, store) {
  const byBytes = (a, b) => Buffer.compare(a.bytes, b.bytes)
  const listObjects = FilesystemStore.prototype.listObjects
  const sortedListings = new Map() // bucket → { sorted, written: keys written since it was sorted }
  const objectsKept = new Map() // bucket → key → the object as its last write left it (undefined: none)
  const writing = new Map() // `${bucket}/${key}` → writes in flight
  writes.onChange((bucket, key, ended) => {
    if (key === null) {
      sortedListings.delete(bucket)
      return objectsKept.delete(bucket)
    }
    const id = `${bucket}/${key}`
    const inFlight = (writing.get(id) ?? 0) + (ended ? -1 : 1)
    if (inFlight > 0) writing.set(id, inFlight)
    else writing.delete(id)
    const kept = keptIn(bucket)
    kept.delete(key)
    // An object that cannot be read now is read (and its error answered) by the next listing.
    if (ended && inFlight === 0) {
      try {
        kept.set(key, objectNow(store, bucket, key))
      } catch {}
    }
    sortedListings.get(bucket)?.written.add(key)
  })
  FilesystemStore.prototype.listObjects = async function (bucket, options) {
    const { startAfter = '', maxKeys = Infinity, prefix = '' } = options
    // Delimited listings (folders and common prefixes) keep s3rver's own walk, sorted.
    if (options.delimiter) return delimitedPage.call(this, bucket, options)
    const sorted = sortedKeys(this, bucket)
    const start = Math.max(firstAfter(sorted, Buffer.from(startAfter)), firstAtLeast(sorted, Buffer.from(prefix)))
    const end = Math.min(start + Math.min(maxKeys, sorted.length), sorted.length)
    const keys = sorted.slice(start, end).filter((entry) => entry.key.startsWith(prefix))
    const kept = keptIn(bucket)
    const objects = keys.map(({ key }) => (kept.has(key) ? kept.get(key) : kept.set(key, objectNow(this, bucket, key)).get(key)))
    const next = sorted[end]
    return {
      objects: objects.filter(Boolean),
      commonPrefixes: [],
      isTruncated: next !== undefined && next.key.startsWith(prefix)
    }
  }

  function keptIn(bucket) {
    return objectsKept.get(bucket) ?? objectsKept.set(bucket, new Map()).get(bucket)
  }

  /**
   * The object as s3rver's getMetadata would describe it (stat, metadata.json, the MD5 file), read
   * with blocking calls: thousands of small reads through the thread pool cost s3rver more than S3
   * takes to answer. Made once per write, as S3 records it: building s3rver's object (lodash picks
   * over its metadata) for every key of every page cost more than the page's XML. Undefined when
   * the object went away since the keys were read.
   */
  function objectNow(store, bucket, key) {
    const objectPath = store.getResourcePath(bucket, key, 'object')
    try {
      const stat = statSync(objectPath)
      const stored = readIfThere(store.getResourcePath(bucket, key, 'metadata.json'))
      const md5 = readIfThere(`${objectPath}.md5`) ?? md5Of(objectPath)
      return new S3Object(bucket, key, null, {
        ...(stored === undefined ? {} : JSON.parse(stored)),
        etag: JSON.stringify(md5),
        'last-modified': stat.mtime.toUTCString(),
        'content-length': stat.size
      })
    } catch (error) {
      if (error.code === 'ENOENT') return undefined
      throw error
    }
  }

  /** Every key of the bucket, sorted by its bytes: the kept keys with those written since, or a walk of the data directory. */
  function sortedKeys(store, bucket) {
    const kept = sortedListings.get(bucket)
    if (!kept || writes.inFlight(bucket)) return walkedKeys(store, bucket)
    if (kept.written.size > 0) {
      kept.sorted = withWrites(store, bucket, kept.sorted, kept.written)
      kept.written = new Set()
    }
    return kept.sorted
  }

  /** The sorted keys with each written key put in or taken out, as its object now is or is not there. */
  function withWrites(store, bucket, sorted, written) {
    const kept = keptIn(bucket)
    const exists = (key) =>
      kept.has(key) ? kept.get(key) !== undefined : existsSync(store.getResourcePath(bucket, key, 'object'))
    const added = [...written].filter(exists).map((key) => ({ key, bytes: Buffer.from(key) }))
    return mergeSorted(
      sorted.filter((entry) => !written.has(entry.key)),
      added.sort(byBytes)
    )
  }

  function mergeSorted(left, right) {
    if (right.length === 0) return left
    const merged = []
    let i = 0
    let j = 0
    while (i < left.length && j < right.length) merged.push(byBytes(left[i], right[j]) <= 0 ? left[i++] : right[j++])
    return merged.concat(left.slice(i), right.slice(j))
  }

  function walkedKeys(store, bucket) {
    const bucketPath = store.getBucketPath(bucket)
    const suffix = '._S3rver_object'
    const sorted = []
    const visit = (dir, relative) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const name = relative ? `${relative}/${entry.name}` : entry.name
        if (entry.isDirectory()) visit(join(dir, entry.name), name)
        else if (name.endsWith(suffix)) {
          const key = FilesystemStore.decodeKeyPath(name.slice(0, -suffix.length))
          sorted.push({ key, bytes: Buffer.from(key) })
        }
      }
    }
    visit(bucketPath, '')
    sorted.sort(byBytes)
    // Taken while a write was in flight, it is not kept: that write may or may not be in it.
    if (!writes.inFlight(bucket)) sortedListings.set(bucket, { sorted, written: new Set() })
    return sorted
  }

  async function delimitedPage(bucket, options) {
    const { startAfter = '', maxKeys = Infinity } = options
    const all = await listObjects.call(this, bucket, { ...options, startAfter: '', maxKeys: Infinity })
    const sorted = all.objects.map((object) => ({ object, key: object.key, bytes: Buffer.from(object.key) })).sort(byBytes)
    const after = Buffer.from(startAfter)
    const start = firstAfter(sorted, after)
    const page = sorted.slice(start, start + Math.min(maxKeys, sorted.length)).map((entry) => entry.object)
    return {
      objects: page,
      commonPrefixes: all.commonPrefixes.filter((prefix) => Buffer.compare(Buffer.from(prefix), after) > 0),
      isTruncated: start + page.length < sorted.length
    }
  }
}

/**
 * Writes (PUT, POST, DELETE) per bucket, counted when they start and when they end: a listing
 * taken while one is in flight is not kept. `onChange(bucket, key, ended)` hears of each write at
 * its start and its end (key null: any key of the bucket may change).
 */
function writeCounter() {
  const started = new Map()
  const ended = new Map()
  const listeners = []
  const changed = (bucket, key, ended) => listeners.forEach((listener) => listener(bucket, key, ended))
  return {
    track(req, res) {
      if (req.method === 'GET' || req.method === 'HEAD') return
      const url = new URL(req.url ?? '/', 'http://localhost')
      const [bucket = '', ...keyParts] = url.pathname.slice(1).split('/').map(decodeURIComponent)
      // A multi-object delete names its keys in the body.
      const key = keyParts.length === 0 || url.searchParams.has('delete') ? null : keyParts.join('/')
      started.set(bucket, (started.get(bucket) ?? 0) + 1)
      changed(bucket, key, false)
      res.once('close', () => {
        ended.set(bucket, (ended.get(bucket) ?? 0) + 1)
        changed(bucket, key, true)
      })
    },
    inFlight: (bucket) => (started.get(bucket) ?? 0) !== (ended.get(bucket) ?? 0),
    onChange: (listener) => listeners.push(listener)
  }
}

function readIfThere(file) {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    if (error.code === 'ENOENT') return undefined
    throw error
  }
}

/** s3rver writes the MD5 file with the object; this is for one written before it did. */
function md5Of(file) {
  return createHash('md5').update(readFileSync(file)).digest('hex')
}

/** Index of the first entry whose key sorts after `after` (binary search over the sorted listing). */
function firstAfter(sorted, after) {
  return firstWhere(sorted, (bytes) => Buffer.compare(bytes, after) > 0)
}

/** Index of the first entry whose key is `least` or sorts after it. */
function firstAtLeast(sorted, least) {
  return firstWhere(sorted, (bytes) => Buffer.compare(bytes, least) >= 0)
}

function firstWhere(sorted, holds) {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (holds(sorted[middle].bytes)) high = middle
    else low = middle + 1
  }
  return low
}

// ---- entry points ---------------------------------------------------------------------

function parseFlags(argv) {
  const flags = { bucket: 'static', port: 0, latency: undefined }
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1]
    if (argv[i] === '--bucket' && value) flags.bucket = argv[++i]
    else if (argv[i] === '--port' && value) flags.port = Number(argv[++i])
    else if (argv[i] === '--latency') flags.latency = REAL_S3_LATENCY
    else throw new Error(`usage: node scripts/local-s3.mjs [--bucket NAME] [--port N] [--latency]  (unknown: ${argv[i]})`)
  }
  return flags
}

async function runInForeground() {
  const { bucket, port, latency } = parseFlags(process.argv.slice(2))
  const s3 = await startLocalS3({ bucket, port, latency })
  const { accessKeyId, secretAccessKey } = LOCAL_S3_CREDENTIALS
  console.log(`Local S3 (s3rver) at ${s3.endpoint}, bucket "${s3.bucket}", data in ${s3.dir}`)
  console.log(`Credentials: AWS_ACCESS_KEY_ID=${accessKeyId} AWS_SECRET_ACCESS_KEY=${secretAccessKey}`)
  console.log(`Action inputs: bucket: ${s3.bucket}, endpoint-url: ${s3.endpoint}`)
  console.log(`AWS CLI: aws --endpoint-url ${s3.endpoint} s3 ls --recursive s3://${s3.bucket}`)
  console.log('Ctrl-C stops it and removes the data.')
}

if (process.argv[2] === CHILD_FLAG) {
  serve(process.argv[3], Number(process.argv[4]), JSON.parse(process.argv[5] ?? 'null')).catch((error) => {
    process.send?.({ type: 'failed', error: String(error?.stack ?? error) })
    process.exit(1)
  })
} else if (process.argv[1] && resolve(process.argv[1]) === thisFile) {
  runInForeground().catch((error) => {
    console.error(error.message)
    process.exit(1)
  })
}
