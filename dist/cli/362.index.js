export const id = 362;
export const ids = [362];
export const modules = {

/***/ 2362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_REQUEST_TIMEOUT_MS: () => (/* binding */ DEFAULT_REQUEST_TIMEOUT_MS),
  createS3Target: () => (/* binding */ createS3Target),
  keyFor: () => (/* binding */ keyFor)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/adapters/body-pool.ts
// Upload bodies read from disk, into buffers that are lent and given back. A fresh buffer per
// file leaves its memory to the garbage collector, which let tens of megabytes of finished bodies
// pile up outside the V8 heap: a 20,000-file upload allocated 471 MB of body buffers that way,
// and 114 MB from the pool. Buffers come in size classes (powers of two up to 1 MiB, then whole
// MiB), so a buffer fits any later file of its class.


const SMALLEST_CLASS = 16 * 1024;
const MIB = 1024 * 1024;
/** Bytes a body of `size` takes in the pool: the budget for bodies in flight counts these. */
function pooledBytes(size) {
    if (size <= SMALLEST_CLASS)
        return SMALLEST_CLASS;
    if (size <= MIB)
        return 2 ** Math.ceil(Math.log2(size));
    return Math.ceil(size / MIB) * MIB;
}
class BodyPool {
    keepBytes;
    spare = new Map();
    spareBytes = 0;
    /** `keepBytes`: how much idle buffer memory the pool keeps for reuse. */
    constructor(keepBytes) {
        this.keepBytes = keepBytes;
    }
    /** Reads a file of the size it had when it was hashed (a blocking read; see digest-queue.ts). */
    read(absPath, expectedSize) {
        const fd = (0,external_node_fs_.openSync)(absPath, 'r');
        try {
            const size = (0,external_node_fs_.fstatSync)(fd).size;
            if (size !== expectedSize)
                throw changedWhileUploading(absPath, expectedSize, size);
            const buffer = this.take(pooledBytes(size));
            const data = buffer.subarray(0, size);
            if (readFully(fd, data) !== size)
                throw changedWhileUploading(absPath, expectedSize, size);
            return { data, release: () => this.give(buffer) };
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    take(bytes) {
        const buffer = this.spare.get(bytes)?.pop();
        if (!buffer)
            return Buffer.allocUnsafe(bytes);
        this.spareBytes -= bytes;
        return buffer;
    }
    give(buffer) {
        const list = this.spare.get(buffer.length) ?? [];
        this.spare.set(buffer.length, list);
        list.push(buffer);
        this.spareBytes += buffer.length;
        while (this.spareBytes > this.keepBytes)
            this.dropFromLargestClass();
    }
    /** Keeps the classes in use: the one holding the most idle bytes gives one up. */
    dropFromLargestClass() {
        let largest;
        let largestBytes = 0;
        for (const [bytes, list] of this.spare) {
            if (bytes * list.length > largestBytes)
                [largest, largestBytes] = [list, bytes * list.length];
        }
        const dropped = largest?.pop();
        if (dropped)
            this.spareBytes -= dropped.length;
    }
}
function readFully(fd, data) {
    let filled = 0;
    while (filled < data.length) {
        const read = (0,external_node_fs_.readSync)(fd, data, filled, data.length - filled, null);
        if (read === 0)
            break;
        filled += read;
    }
    return filled;
}
function changedWhileUploading(absPath, expected, actual) {
    return new errors/* ActionError */.l(`${absPath} changed while the action ran (${expected} bytes when hashed, ${actual} now). ` +
        'Make sure no other step writes the static files during this one.');
}

;// CONCATENATED MODULE: ./src/adapters/byte-budget.ts
// Bounds the bytes held in memory by uploads in flight, whatever the file sizes: a request
// waits (first come, first served) until its body fits. One request always runs, however large.
class ByteBudget {
    limit;
    used = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async use(bytes, task) {
        await this.acquire(bytes);
        try {
            return await task();
        }
        finally {
            this.release(bytes);
        }
    }
    fits(bytes) {
        return this.used === 0 || this.used + bytes <= this.limit;
    }
    acquire(bytes) {
        if (this.waiting.length === 0 && this.fits(bytes)) {
            this.used += bytes;
            return Promise.resolve();
        }
        return new Promise((resolve) => this.waiting.push({ bytes, start: resolve }));
    }
    release(bytes) {
        this.used -= bytes;
        while (this.waiting.length > 0 && this.fits(this.waiting[0].bytes)) {
            const next = this.waiting.shift();
            this.used += next.bytes;
            next.start();
        }
    }
}

// EXTERNAL MODULE: ./src/execute/pool.ts
var pool = __webpack_require__(3849);
// EXTERNAL MODULE: ./src/digest/etag.ts
var etag = __webpack_require__(9071);
// EXTERNAL MODULE: ./src/plan/live-manifest.ts
var live_manifest = __webpack_require__(2419);
// EXTERNAL MODULE: ./src/plan/state.ts
var plan_state = __webpack_require__(3118);
;// CONCATENATED MODULE: ./src/plan/state-file.ts

function serializeState(state) {
    const headers = [];
    const headerIndex = new Map();
    const indexOf = (digest) => {
        let index = headerIndex.get(digest);
        if (index === undefined)
            headerIndex.set(digest, (index = headers.push(digest) - 1));
        return index;
    };
    const objects = Object.keys(state.objects)
        .sort()
        .map((path) => line(path, objectRow(state.objects[path], indexOf)));
    const blobs = Object.keys(state.blobs ?? {})
        .sort()
        .map((blob) => line(blob, blobRow(state.blobs[blob])));
    const pending = state.pendingInvalidation?.length ? [...new Set(state.pendingInvalidation)].sort() : [];
    return [
        `{"version":2,"partSize":${state.partSize},`,
        `"headers":${JSON.stringify(headers)},`,
        ...(pending.length > 0 ? [`"pendingInvalidation":${JSON.stringify(pending)},`] : []),
        ...(blobs.length > 0 ? ['"blobs":{', blobs.join(',\n'), '},'] : []),
        '"objects":{',
        objects.join(',\n'),
        '}}',
        ''
    ].join('\n');
}
function line(key, row) {
    return `${JSON.stringify(key)}:${JSON.stringify(row)}`;
}
function objectRow(entry, indexOf) {
    const header = indexOf(entry.headersDigest);
    return entry.md5 === entry.etag ? [entry.etag, header] : [entry.etag, header, entry.md5 ?? null];
}
function blobRow({ size, md5, multipartEtag }) {
    return multipartEtag === undefined ? [size, md5] : [size, md5, multipartEtag];
}
/**
 * The stored state, or null when it is not one this version can trust (then nothing is vouched
 * for). Entries are checked and copied key by key, without Object.entries' pairs or object
 * spreads: at 20,000 files those took three times as long as JSON.parse itself.
 */
function parseState(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return null;
    }
    if (!isRecord(data) || !isPositiveInteger(data.partSize) || !isRecord(data.objects))
        return null;
    const parsed = data.version === 2
        ? parseFormat2(data)
        : data.version === 1
            ? { objects: parseObjects1(data.objects), blobs: parseBlobs1(data.blobs) }
            : null;
    if (!parsed?.objects)
        return null;
    const blobs = Object.keys(parsed.blobs).length > 0 ? { blobs: parsed.blobs } : {};
    const version = data.version;
    return { version, partSize: data.partSize, objects: parsed.objects, ...pendingOf(data.pendingInvalidation), ...blobs };
}
function parseFormat2(data) {
    const headers = data.headers;
    if (!Array.isArray(headers) || !headers.every((digest) => typeof digest === 'string'))
        return null;
    const objects = entries();
    const objectRows = data.objects;
    for (const path of Object.keys(objectRows)) {
        const entry = objectEntry(objectRows[path], headers);
        if (!entry)
            return null;
        objects[path] = entry;
    }
    const blobs = entries();
    const blobRows = isRecord(data.blobs) ? data.blobs : {};
    for (const blob of Object.keys(blobRows)) {
        const row = blobRows[blob];
        const entry = Array.isArray(row) ? blobEntry(row[0], row[1], row[2]) : null;
        if (entry)
            blobs[blob] = entry;
    }
    return { objects, blobs };
}
/** Every row must be well-formed: an entry that is not would vouch for headers no one knows. */
function objectEntry(row, headers) {
    if (!Array.isArray(row) || (row.length !== 2 && row.length !== 3))
        return null;
    const etag = row[0];
    const header = row[1];
    const md5 = row[2];
    const headersDigest = Number.isInteger(header) ? headers[header] : undefined;
    if (typeof etag !== 'string' || headersDigest === undefined)
        return null;
    if (row.length === 3 && md5 !== null && typeof md5 !== 'string')
        return null;
    const normalized = (0,plan_state/* normalizeEtag */.Pt)(etag);
    const entryMd5 = row.length === 2 ? normalized : md5;
    return typeof entryMd5 === 'string' ? { etag: normalized, headersDigest, md5: entryMd5 } : { etag: normalized, headersDigest };
}
function parseObjects1(data) {
    const objects = entries();
    for (const path of Object.keys(data)) {
        const entry = data[path];
        if (!isRecord(entry) || typeof entry.etag !== 'string' || typeof entry.headersDigest !== 'string')
            return null;
        const parsed = { etag: (0,plan_state/* normalizeEtag */.Pt)(entry.etag), headersDigest: entry.headersDigest };
        if (typeof entry.md5 === 'string')
            parsed.md5 = entry.md5;
        objects[path] = parsed;
    }
    return objects;
}
function parseBlobs1(data) {
    const blobs = entries();
    if (!isRecord(data))
        return blobs;
    for (const blob of Object.keys(data)) {
        const entry = data[blob];
        const parsed = isRecord(entry) ? blobEntry(entry.size, entry.md5, entry.multipartEtag) : null;
        if (parsed)
            blobs[blob] = parsed;
    }
    return blobs;
}
/** A well-formed blob entry, or null: such an entry is dropped (it only saves a read); the rest stands. */
function blobEntry(size, md5, multipartEtag) {
    if (!isPositiveOrZero(size) || !isHex(md5))
        return null;
    if (multipartEtag === undefined)
        return { size, md5 };
    return typeof multipartEtag === 'string' ? { size, md5, multipartEtag } : null;
}
/** What a state read back owes the CDN; an unreadable list is dropped, not the whole state. */
function pendingOf(value) {
    if (!Array.isArray(value))
        return {};
    const keys = value.filter((key) => typeof key === 'string' && key !== '');
    return keys.length > 0 ? { pendingInvalidation: keys } : {};
}
// Without a prototype, so a file named `__proto__` is just another key.
function entries() {
    return Object.create(null);
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function isPositiveOrZero(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
function isHex(value) {
    return typeof value === 'string' && /^[0-9a-f]{32}$/.test(value);
}
function isPositiveInteger(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
var endpoints = __webpack_require__(2085);
;// CONCATENATED MODULE: ./src/adapters/list-xml.ts
// A ListObjectsV2 page read straight from its XML. The SDK's generic XML deserializer builds a
// tree of every element and then the typed output: about 10 KB of garbage and 60 µs of CPU per
// key, which made a 20,000-key listing the peak of a run's memory. The listing needs three
// fields per object and two per page.
const CONTENTS = /<Contents>([\s\S]*?)<\/Contents>/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function parseListPage(xml) {
    if (!/<ListBucketResult[\s>]/.test(xml))
        throw new Error('not a ListObjectsV2 result');
    const objects = [];
    for (const match of xml.matchAll(CONTENTS)) {
        const entry = match[1];
        const key = list_xml_element(entry, 'Key');
        if (key === undefined)
            throw new Error('a listed object without a key');
        objects.push({ key, size: Number(list_xml_element(entry, 'Size') ?? 0), etag: list_xml_element(entry, 'ETag') ?? '' });
    }
    // Keys are escaped, so no <Contents> holds these page-level elements: the whole page can be searched.
    const token = list_xml_element(xml, 'NextContinuationToken');
    return { objects, isTruncated: list_xml_element(xml, 'IsTruncated') === 'true', ...(token ? { nextContinuationToken: token } : {}) };
}
function list_xml_element(xml, name) {
    const start = xml.indexOf(`<${name}>`);
    if (start === -1)
        return xml.includes(`<${name}/>`) ? '' : undefined;
    const from = start + name.length + 2;
    const end = xml.indexOf(`</${name}>`, from);
    if (end === -1)
        throw new Error(`unterminated <${name}>`);
    return decodeEntities(xml.slice(from, end));
}
function decodeEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(ENTITY, (_, hex, decimal, name) => name ? NAMED[name] : String.fromCodePoint(Number.parseInt(hex ?? decimal, hex ? 16 : 10)));
}

;// CONCATENATED MODULE: ./src/adapters/sigv4.ts
// AWS Signature Version 4 for the direct requests (s3-direct.ts): the algorithm of the SDK's
// SignatureV4, which the tests check signature for signature, without its per-request cost.
// SignatureV4 clones the request, copies and sorts headers several times and builds its
// signing-key cache key from an HMAC of the credentials: about 15 KB of garbage per request,
// a quarter of all a cold upload allocated. Here the signing key is derived once a day.

const ALGORITHM = 'AWS4-HMAC-SHA256';
// Headers SignatureV4 never signs (proxies and clients may change them on the way).
const UNSIGNABLE = new Set([
    'authorization',
    'cache-control',
    'connection',
    'expect',
    'from',
    'keep-alive',
    'max-forwards',
    'pragma',
    'referer',
    'te',
    'trailer',
    'transfer-encoding',
    'upgrade',
    'user-agent',
    'x-amzn-trace-id'
]);
class RequestSigner {
    region;
    service;
    credentials;
    signingKey;
    constructor(region, service, credentials) {
        this.region = region;
        this.service = service;
        this.credentials = credentials;
    }
    /** The headers to send: the given ones plus x-amz-date, the session token and authorization. */
    async sign(input) {
        const credentials = await this.credentials();
        const amzDate = input.date.toISOString().replace(/[-:]|\.\d{3}/g, '');
        const day = amzDate.slice(0, 8);
        const headers = { ...input.headers, 'x-amz-date': amzDate };
        if (credentials.sessionToken)
            headers['x-amz-security-token'] = credentials.sessionToken;
        const signed = Object.keys(headers)
            .filter((name) => !UNSIGNABLE.has(name))
            .sort();
        const canonical = [
            input.method,
            input.path,
            canonicalQuery(input.query),
            ...signed.map((name) => `${name}:${headers[name].trim().replace(/\s+/g, ' ')}`),
            '',
            signed.join(';'),
            headers['x-amz-content-sha256'] ?? 'UNSIGNED-PAYLOAD'
        ].join('\n');
        const scope = `${day}/${this.region}/${this.service}/aws4_request`;
        const toSign = `${ALGORITHM}\n${amzDate}\n${scope}\n${(0,external_node_crypto_.createHash)('sha256').update(canonical).digest('hex')}`;
        const signature = (0,external_node_crypto_.createHmac)('sha256', this.keyFor(credentials, day)).update(toSign).digest('hex');
        headers.authorization = `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signed.join(';')}, Signature=${signature}`;
        return headers;
    }
    /** Derived again only when the day or the credentials change (refreshed role credentials do). */
    keyFor({ accessKeyId, secretAccessKey }, day) {
        const cached = this.signingKey;
        if (cached && cached.accessKeyId === accessKeyId && cached.secretAccessKey === secretAccessKey && cached.day === day)
            return cached.key;
        let key = (0,external_node_crypto_.createHmac)('sha256', `AWS4${secretAccessKey}`).update(day).digest();
        for (const part of [this.region, this.service, 'aws4_request'])
            key = (0,external_node_crypto_.createHmac)('sha256', key).update(part).digest();
        this.signingKey = { accessKeyId, secretAccessKey, day, key };
        return key;
    }
}
/** RFC 3986 escaping as SigV4 canonicalizes it: `!'()*` too. */
function uriEscape(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** Sorted by escaped name, as both the signature and the request line use it. */
function canonicalQuery(query) {
    return Object.keys(query)
        .map((name) => [uriEscape(name), uriEscape(query[name])])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, value]) => `${name}=${value}`)
        .join('&');
}

;// CONCATENATED MODULE: ./src/adapters/s3-direct.ts
// Single-part PutObject and ListObjectsV2 pages without the SDK's per-request machinery. Through
// the SDK each PutObject costs about 1.2 ms of CPU before a byte is sent (middleware stack,
// endpoint rules, serialization), five times a signed request over the same sockets; on a cold
// upload of small files that was most of the CPU the step used. Only the plain path is taken
// here: the endpoint and signing scope come from the SDK's own resolution, credentials from its
// provider chain, the signature from sigv4.ts (checked against the SDK's SignatureV4). Anything
// other than a 200 is thrown back,
// and the caller repeats the request through the SDK (its retries, clock-skew correction and
// error parsing).






/** PutObject members sent as one header each (the S3 model's httpHeader bindings). */
const HEADER_OF = {
    ACL: 'x-amz-acl',
    CacheControl: 'cache-control',
    ContentDisposition: 'content-disposition',
    ContentEncoding: 'content-encoding',
    ContentLanguage: 'content-language',
    ContentLength: 'content-length',
    ContentMD5: 'content-md5',
    ContentType: 'content-type',
    Expires: 'expires',
    GrantFullControl: 'x-amz-grant-full-control',
    GrantRead: 'x-amz-grant-read',
    GrantReadACP: 'x-amz-grant-read-acp',
    GrantWriteACP: 'x-amz-grant-write-acp',
    ServerSideEncryption: 'x-amz-server-side-encryption',
    SSEKMSKeyId: 'x-amz-server-side-encryption-aws-kms-key-id',
    SSEKMSEncryptionContext: 'x-amz-server-side-encryption-context',
    BucketKeyEnabled: 'x-amz-server-side-encryption-bucket-key-enabled',
    StorageClass: 'x-amz-storage-class',
    Tagging: 'x-amz-tagging',
    WebsiteRedirectLocation: 'x-amz-website-redirect-location',
    ObjectLockMode: 'x-amz-object-lock-mode',
    ObjectLockRetainUntilDate: 'x-amz-object-lock-retain-until-date',
    ObjectLockLegalHoldStatus: 'x-amz-object-lock-legal-hold',
    ExpectedBucketOwner: 'x-amz-expected-bucket-owner',
    RequestPayer: 'x-amz-request-payer'
};
const METADATA_PREFIX = 'x-amz-meta-';
// Members that are not headers of their own: the request's address, its body, the metadata map.
const ADDRESS_MEMBERS = new Set(['Bucket', 'Key', 'Body', 'Metadata']);
/** A request the direct path did not complete: repeat it through the SDK. */
class DirectRequestFailed extends Error {
}
/**
 * The direct path for this bucket, or undefined when the endpoint needs another signing scheme
 * (S3 Express directory buckets, multi-region access points).
 */
async function createDirectS3(options) {
    const { client, bucket } = options;
    const endpoint = await (0,endpoints.getEndpointFromInstructions)({ Bucket: bucket, Key: 'key' }, dist_cjs/* PutObjectCommand */.wKZ, { ...client.config });
    const scheme = endpoint.properties?.authSchemes?.[0];
    if (scheme && scheme.name !== 'sigv4')
        return undefined;
    const url = new URL(endpoint.url.href);
    const region = typeof scheme?.signingRegion === 'string' ? scheme.signingRegion : await client.config.region();
    const service = typeof scheme?.signingName === 'string' ? scheme.signingName : 's3';
    const signer = new RequestSigner(region, service, () => client.config.credentials());
    const agent = url.protocol === 'https:' ? options.agents.https : options.agents.http;
    return new SignedRequests(client, url, signer, agent, options.timeoutMs ?? 60_000);
}
/** Whether every upload with these object parameters can take the direct path. */
function putsDirectly(objectParameters) {
    // Customer-provided encryption keys are encoded by the SDK on the way (base64, key MD5).
    return Object.keys(objectParameters).every((name) => name === 'Metadata' || name in HEADER_OF);
}
class SignedRequests {
    client;
    url;
    signer;
    agent;
    timeoutMs;
    basePath;
    constructor(client, url, signer, agent, timeoutMs) {
        this.client = client;
        this.url = url;
        this.signer = signer;
        this.agent = agent;
        this.timeoutMs = timeoutMs;
        this.basePath = url.pathname.replace(/\/$/, '');
    }
    async put(input, body, signal) {
        const path = `${this.basePath}/${encodeKey(input.Key ?? '')}`;
        // The SDK's request line for PutObject carries the operation name; so does this one.
        const response = await this.send('PUT', path, { 'x-id': 'PutObject' }, headersFor(input), body, signal);
        return response.headers.etag;
    }
    async listPage(request, signal) {
        const query = { 'list-type': '2', 'max-keys': '1000', prefix: request.prefix };
        if (request.continuationToken)
            query['continuation-token'] = request.continuationToken;
        else if (request.startAfter)
            query['start-after'] = request.startAfter;
        const response = await this.send('GET', `${this.basePath}/`, query, headersFor(request.parameters), undefined, signal);
        return parseListPage(response.body);
    }
    async send(method, path, query, headers, body, signal) {
        headers.host = this.url.host;
        // The body's SHA-256 is not signed: Content-MD5 is, and S3 rejects a body that does not match it.
        headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
        const date = new Date(Date.now() + (this.client.config.systemClockOffset ?? 0));
        const signed = await this.signer.sign({ method, path, query, headers, date });
        const response = await this.exchange(method, `${path}?${canonicalQuery(query)}`, signed, body, signal);
        if (response.status !== 200)
            throw new DirectRequestFailed(`HTTP ${response.status}`);
        return response;
    }
    exchange(method, path, headers, body, signal) {
        const transport = this.url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const options = {
            hostname: this.url.hostname,
            port: this.url.port || undefined,
            method,
            path,
            headers,
            agent: this.agent,
            timeout: this.timeoutMs,
            ...(signal ? { signal } : {})
        };
        return new Promise((resolve, reject) => {
            const request = transport.request(options, (response) => {
                const chunks = [];
                // Only a listing's body is needed; any other is read to the end to keep the socket reusable.
                response.on('data', (chunk) => method === 'GET' && chunks.push(chunk));
                response.on('error', reject);
                response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
            });
            request.on('timeout', () => request.destroy(new DirectRequestFailed('socket timeout')));
            request.on('error', reject);
            request.end(body);
        });
    }
}
/** The headers the SDK serializes for these PutObject members (dates as the S3 model formats them). */
function headersFor(input) {
    const headers = {};
    for (const [name, value] of Object.entries(input)) {
        if (value === undefined || ADDRESS_MEMBERS.has(name))
            continue;
        const header = HEADER_OF[name];
        if (!header)
            throw new DirectRequestFailed(`${name} is not sent directly`);
        headers[header] = headerValue(name, value);
    }
    const metadata = input.Metadata ?? {};
    for (const [name, value] of Object.entries(metadata))
        headers[`${METADATA_PREFIX}${name.toLowerCase()}`] = value;
    return headers;
}
function headerValue(name, value) {
    if (!(value instanceof Date))
        return String(value);
    // Expires is an HTTP date; the object-lock date is ISO 8601 without fractional seconds.
    return name === 'Expires' ? value.toUTCString() : value.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** The SDK's greedy `{Key+}` label: each segment escaped, slashes kept. */
function encodeKey(key) {
    return key.split('/').map(uriEscape).join('/');
}

// EXTERNAL MODULE: ./src/pylib/text.ts
var pylib_text = __webpack_require__(27);
;// CONCATENATED MODULE: ./src/adapters/listing-ranges.ts
// Where to cut a long listing so its pages can be fetched at once. S3 lists keys in UTF-8 byte
// order and a ListObjectsV2 request may start after any key (StartAfter), so the key space can
// be split into contiguous ranges, each read from its own start, all at once. The cuts are keys
// this run is about to upload: the remote keys are mostly the same ones, so a range of a page's
// worth of local keys is about one page of remote keys.

/** At most this many ranges: each costs one request even when it turns out to be empty. */
const MAX_RANGES = 256;
/**
 * Ranges covering the whole key space (the first starts at the beginning, `after: ''`), cut at
 * every `keysPerRange`-th local key: with the remote keys mostly the local ones, each range is
 * about one page. One open range when there are too few local keys to cut.
 */
function splitKeySpace(localKeys, keysPerRange) {
    const sorted = [...new Set(localKeys)].sort(compareKeys);
    const spacing = Math.max(keysPerRange, Math.ceil(sorted.length / MAX_RANGES), 1);
    const ranges = [];
    let after = '';
    for (let index = spacing - 1; index < sorted.length - 1; index += spacing) {
        const through = sorted[index];
        ranges.push({ after, through });
        after = through;
    }
    ranges.push({ after, through: null });
    return ranges;
}
/** S3 lists keys in UTF-8 byte order, which is code point order: Python's str order. */
const compareKeys = pylib_text/* compareCodePoints */.OP;

;// CONCATENATED MODULE: ./src/adapters/s3-listing.ts
// Everything under the prefix, from ListObjectsV2 pages of 1,000 keys: direct pages first (see
// s3-direct.ts); if any page fails, the whole listing again through the SDK, whose retries and
// errors (AccessDenied, NoSuchBucket, ...) the caller explains.
//
// A long listing is read in parallel (see listing-ranges.ts): the key space is cut into ranges at
// keys the run is about to upload, and the ranges are listed at once, each from its own
// StartAfter. A page that ends the listing ends every range after it, so a bucket with fewer keys
// than expected (the first upload) costs a few requests, not one per range. The result is exactly
// the sequential listing's.



const DEFAULT_CONCURRENCY = 8;
const PAGE_SIZE = 1000;
// A range holds a tenth less than a page of local keys, so keys that exist only remotely (the
// state object, files an earlier deploy left) still fit its first page: a range one key over a
// page would cost a second request, made only after the first answered.
const RANGE_FILL = 0.9;
async function listObjects(context) {
    const { direct } = context;
    if (direct) {
        const objects = await readListing(context, (request) => directPage(context, direct, request)).catch(() => null);
        if (objects)
            return objects;
        context.signal?.throwIfAborted();
    }
    return readListing(context, (request) => sdkPage(context, request));
}
async function readListing(context, page) {
    const localKeys = context.localPaths ? (await context.localPaths.catch(() => [])).map((path) => context.listPrefix + path) : [];
    const ranges = splitKeySpace(localKeys, Math.floor((PAGE_SIZE * RANGE_FILL) / (context.keysPerPath ?? 1)));
    return toObjects(await readRanges(ranges, page, context.concurrency ?? DEFAULT_CONCURRENCY), context.listPrefix);
}
/**
 * Lists the ranges, `concurrency` at a time, in order. Once a page shows the listing ended after
 * some key, the ranges that start after it are known to be empty and are not asked for.
 */
async function readRanges(ranges, page, concurrency) {
    const results = new Array(ranges.length).fill([]);
    const listing = { endsAfter: null };
    let next = 0;
    const worker = async () => {
        while (next < ranges.length) {
            const index = next++;
            const range = ranges[index];
            if (listing.endsAfter !== null && compareKeys(range.after, listing.endsAfter) >= 0)
                continue;
            results[index] = await readRange(range, page, listing);
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, ranges.length) }, worker));
    return results;
}
/**
 * The keys after `range.after` up to and including `range.through` (null: to the end). A range
 * whose last page ends the listing keeps every key it was given, past `through` too: the ranges
 * after it may never be read.
 */
async function readRange(range, page, listing) {
    let listed = await page(range.after ? { startAfter: range.after } : {});
    const objects = [...listed.objects];
    while (listed.isTruncated && !pastRange(lastKey(listed), range)) {
        if (!listed.nextContinuationToken)
            throw new Error('ListObjectsV2 was truncated without a continuation token');
        listed = await page({ continuationToken: listed.nextContinuationToken });
        objects.push(...listed.objects);
    }
    if (!listed.isTruncated) {
        if (listing.endsAfter === null || compareKeys(range.after, listing.endsAfter) < 0)
            listing.endsAfter = range.after;
        return objects;
    }
    // The last page ran into the next range, which lists those keys itself.
    return range.through === null ? objects : objects.filter((object) => compareKeys(object.key, range.through) <= 0);
}
function pastRange(key, range) {
    return range.through !== null && compareKeys(key, range.through) >= 0;
}
function lastKey(page) {
    const last = page.objects[page.objects.length - 1];
    if (!last)
        throw new Error('ListObjectsV2 was truncated with an empty page');
    return last.key;
}
/** Ranges in key order; a key two ranges both hold (one ended the listing) counts once, in its place. */
function toObjects(pages, listPrefix) {
    const objects = new Map();
    for (const items of pages) {
        for (const item of items) {
            const path = item.key.slice(listPrefix.length);
            if (objects.has(path))
                continue;
            // '' and `dir/` are folder markers made by consoles, not files.
            if (!item.key.startsWith(listPrefix) || path === '' || path.endsWith('/'))
                continue;
            objects.set(path, { path, size: item.size, etag: (0,plan_state/* normalizeEtag */.Pt)(item.etag) });
        }
    }
    return objects;
}
function directPage(context, direct, request) {
    context.count('ListObjectsV2');
    return direct.listPage({ prefix: context.listPrefix, ...request, parameters: context.requestParameters }, context.signal);
}
async function sdkPage(context, request) {
    const input = {
        Bucket: context.bucket,
        Prefix: context.listPrefix,
        MaxKeys: PAGE_SIZE,
        ContinuationToken: request.continuationToken,
        StartAfter: request.continuationToken ? undefined : request.startAfter,
        ...context.requestParameters
    };
    const page = await context.client.send(new dist_cjs/* ListObjectsV2Command */.u6x(input), context.signal ? { abortSignal: context.signal } : {});
    const objects = (page.Contents ?? []).map((item) => ({ key: item.Key ?? '', size: item.Size ?? 0, etag: item.ETag ?? '' }));
    return {
        objects,
        isTruncated: page.IsTruncated === true,
        ...(page.NextContinuationToken ? { nextContinuationToken: page.NextContinuationToken } : {})
    };
}

// EXTERNAL MODULE: ./src/adapters/s3-errors.ts
var s3_errors = __webpack_require__(1898);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/adapters/s3-multipart.ts
// Multipart uploads, done here rather than by lib-storage so that every part is checked: each
// part is read, hashed and sent with its Content-MD5 (S3 verifies what arrives against what was
// read), and before CompleteMultipartUpload the ETag of what was read is compared with the one
// planned from the hashed file. A file that changed while it was uploaded is aborted, never
// completed under a hashed name that does not match its bytes. Every failure names the step.







/** A failure in one step: the caller explains `cause` as an error of `operation`. */
class MultipartStepError extends Error {
    operation;
    cause;
    constructor(operation, cause) {
        super(`${operation}: ${cause?.message ?? String(cause)}`);
        this.operation = operation;
        this.cause = cause;
        this.name = 'MultipartStepError';
    }
}
/** The file's bytes differ from the ones hashed: nothing was completed. */
class ChangedDuringUploadError extends errors/* ActionError */.l {
}
async function uploadInParts(request) {
    const { client, input, signal } = request;
    const { Body: _body, ContentLength: _length, ContentMD5: _md5, ...createInput } = input;
    const created = await step('CreateMultipartUpload', () => client.send(new dist_cjs/* CreateMultipartUploadCommand */.nG4(createInput), { abortSignal: signal }));
    const uploadId = created.UploadId;
    if (!uploadId)
        throw new MultipartStepError('CreateMultipartUpload', new Error('no UploadId in the response'));
    request.onOpen?.(uploadId);
    try {
        const etag = await sendParts(request, uploadId);
        request.onOpen?.(null);
        return etag;
    }
    catch (error) {
        const aborted = await abortUpload(request, uploadId);
        if (aborted)
            request.onOpen?.(null);
        throw error;
    }
}
async function sendParts(request, uploadId) {
    const { client, input, size, partSize, signal } = request;
    const count = Math.max(1, Math.ceil(size / partSize));
    const reader = await PartReader.open(request.source, size);
    const md5s = new Array(count);
    let failed = false;
    try {
        const settled = await (0,pool/* runPool */.k)(Array.from({ length: count }, (_, index) => index), request.queueSize, async (index) => {
            // After one part failed the upload is aborted anyway: start no more parts.
            if (failed)
                throw new Error('not sent: another part failed');
            signal?.throwIfAborted();
            try {
                return await sendPart(index);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        });
        const rejected = settled.find((result) => result.status === 'rejected');
        if (rejected)
            throw rejected.reason;
        await reader.checkUnchanged();
        const sentEtag = (0,etag/* multipartEtag */._p)(md5s);
        // The planned ETag was computed with the same part size (same `-N`); compare the bytes read with it.
        const planned = request.plannedEtag === undefined ? undefined : (0,plan_state/* normalizeEtag */.Pt)(request.plannedEtag);
        if (planned !== undefined && planned.endsWith(`-${count}`) && sentEtag !== planned)
            throw changed(request, 'its bytes differ from the ones hashed');
        const parts = settled.map((result) => result.value);
        const completeInput = {
            ...request.partParameters,
            Bucket: input.Bucket,
            Key: input.Key,
            UploadId: uploadId,
            MultipartUpload: { Parts: parts }
        };
        const completed = await step('CompleteMultipartUpload', () => client.send(new dist_cjs/* CompleteMultipartUploadCommand */.Gym(completeInput), { abortSignal: signal }));
        return (0,plan_state/* normalizeEtag */.Pt)(completed.ETag ?? sentEtag);
    }
    finally {
        await reader.close();
    }
    async function sendPart(index) {
        const data = await reader.read(index * partSize, Math.min(partSize, size - index * partSize));
        const md5 = (0,external_node_crypto_.createHash)('md5').update(data).digest();
        md5s[index] = md5;
        const part = { ...request.partParameters, Bucket: input.Bucket, Key: input.Key, UploadId: uploadId, PartNumber: index + 1 };
        const sent = await step('UploadPart', () => client.send(new dist_cjs/* UploadPartCommand */.iVK({ ...part, Body: data, ContentLength: data.length, ContentMD5: md5.toString('base64') }), { abortSignal: signal }));
        return { PartNumber: index + 1, ETag: sent.ETag ?? `"${md5.toString('hex')}"` };
    }
}
/** Whether S3 confirmed the abort (or no longer knows the upload). */
async function abortUpload(request, uploadId) {
    const { client, input } = request;
    const abortInput = { ...request.partParameters, Bucket: input.Bucket, Key: input.Key, UploadId: uploadId };
    try {
        await client.send(new dist_cjs/* AbortMultipartUploadCommand */.tfP(abortInput), { abortSignal: AbortSignal.timeout(request.abortTimeoutMs) });
        return true;
    }
    catch (error) {
        return error?.name === 'NoSuchUpload';
    }
}
async function step(operation, send) {
    try {
        return await send();
    }
    catch (error) {
        throw new MultipartStepError(operation, error);
    }
}
function changed(request, why) {
    const where = request.source.kind === 'file' ? request.source.absPath : String(request.input.Key);
    return new ChangedDuringUploadError(`${where} changed while it was being uploaded (${why}); the multipart upload was aborted, so the bucket keeps what it had. ` +
        'Make sure no other step writes the static files during this one, then run the step again.');
}
/** Parts of a file (read at their offsets, so parts in flight do not share a position) or of bytes in memory. */
class PartReader {
    source;
    size;
    handle;
    constructor(source, size, handle) {
        this.source = source;
        this.size = size;
        this.handle = handle;
    }
    static async open(source, size) {
        return new PartReader(source, size, source.kind === 'file' ? await (0,promises_.open)(source.absPath, 'r') : null);
    }
    async read(offset, length) {
        if (this.source.kind === 'bytes')
            return this.source.data.subarray(offset, offset + length);
        const data = Buffer.allocUnsafe(length);
        let filled = 0;
        while (filled < length) {
            const { bytesRead } = await this.handle.read(data, filled, length - filled, offset + filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        if (filled !== length)
            throw new ChangedDuringUploadError(`${this.source.absPath} became shorter while it was being uploaded (${this.size} bytes when hashed); the multipart upload was aborted. Make sure no other step writes the static files during this one.`);
        return data;
    }
    /** The size must still be the hashed one: bytes appended after the last part would go unnoticed otherwise. */
    async checkUnchanged() {
        if (!this.handle)
            return;
        const { size } = await this.handle.stat();
        if (size !== this.size) {
            throw new ChangedDuringUploadError(`${this.source.absPath} changed while it was being uploaded (${this.size} bytes when hashed, ${size} now); ` +
                'the multipart upload was aborted. Make sure no other step writes the static files during this one.');
        }
    }
    async close() {
        await this.handle?.close();
    }
}

;// CONCATENATED MODULE: ./src/adapters/multipart-markers.ts
// Markers for open multipart uploads. ListMultipartUploads shows keys and upload ids but no
// metadata, so an upload cannot say who started it; instead, before it starts one, this action
// writes `.collectstatic-s3/multipart/<sha256 of the path>` under the prefix and deletes it once
// the upload is completed or aborted. A marker still listed by a later run means the upload of
// that key may still be open (the run was killed, or its abort failed); that run aborts the open
// uploads of exactly those keys and nothing else.

const MULTIPART_MARKERS = '.collectstatic-s3/multipart/';
/** The marker's path relative to the prefix, for the object at `path`. */
function markerPath(path) {
    return `${MULTIPART_MARKERS}${(0,external_node_crypto_.createHash)('sha256').update(path).digest('hex').slice(0, 40)}`;
}
function isMultipartMarker(path) {
    return path.startsWith(MULTIPART_MARKERS);
}

;// CONCATENATED MODULE: ./src/adapters/s3-target.ts
// The S3 target: one listing for the inventory, PutObject (or a multipart upload) per object,
// DeleteObjects in batches, and the upload state beside the objects. One client for the run,
// keep-alive sockets for `concurrency` parallel requests, the SDK's standard retries. Listing
// pages and single PUTs go direct first (s3-direct.ts), with the SDK behind them.


















// Sent with every request when set (they describe the request, not the object).
const REQUEST_PARAMETERS = ['ExpectedBucketOwner', 'RequestPayer'];
// Needed to read or write any object when the bucket policy demands them.
const ENCRYPTION_PARAMETERS = ['ServerSideEncryption', 'SSEKMSKeyId', 'SSEKMSEncryptionContext', 'BucketKeyEnabled'];
const CUSTOMER_KEY_PARAMETERS = ['SSECustomerAlgorithm', 'SSECustomerKey', 'SSECustomerKeyMD5'];
const DATE_PARAMETERS = ['Expires', 'ObjectLockRetainUntilDate'];
const DELETE_BATCH = 1000;
/**
 * Listing pages in flight at most (a long listing is read in ranges, see s3-listing.ts): enough
 * for 28,800 keys (32 ranges of 900) in one round trip, within what S3 serves a prefix (thousands of GETs a second).
 */
const LISTING_CONCURRENCY = 32;
// Each multipart upload buffers up to 2 parts of 8 MiB; a few at a time keeps memory bounded.
const MULTIPART_AT_ONCE = 2;
const MULTIPART_QUEUE = 2;
// Upload bodies are buffered (so a failed request can be repeated); this bounds the memory they
// take, and the pool keeps as much again of idle buffers for the next files.
const BODY_BYTES_IN_FLIGHT = 16 * 1024 * 1024;
const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
// A stopped run still aborts its multipart uploads and saves its state, each within this bound.
const CLEANUP_TIMEOUT_MS = 3_000;
// Reads of the state and the live manifest: one reset or truncated body must not fail the deploy.
const READ_ATTEMPTS = 4;
function createS3Target(config) {
    if (!config.bucket) {
        throw new errors/* ActionError */.l('No bucket: set the bucket input or the AWS_STORAGE_BUCKET_NAME variable.', { input: 'bucket' });
    }
    return new BucketTarget(config);
}
class BucketTarget {
    config;
    tracksHeaders = true;
    client;
    signal;
    counts = {};
    earlyState;
    listPrefix;
    partSize;
    multipartThreshold;
    /** Sent with every request (bucket owner, requester pays). */
    requestParameters;
    /** Needed to read objects encrypted with a customer key. */
    readParameters;
    /** Sent with the state object, so policies that demand encryption accept it. */
    stateParameters;
    limitMultipart = (0,pool/* createLimiter */.z)(MULTIPART_AT_ONCE);
    bodyBytes = new ByteBudget(BODY_BYTES_IN_FLIGHT);
    bodies = new BodyPool(BODY_BYTES_IN_FLIGHT);
    agents;
    direct;
    directPuts;
    /** Multipart markers the listing found: uploads a run of this action may have left open. */
    markers = new Set();
    constructor(config) {
        this.config = config;
        // Sockets for every request in flight, plus the parts of concurrent multipart uploads.
        const agentOptions = { keepAlive: true, maxSockets: Math.max(config.concurrency, 1) + MULTIPART_QUEUE * MULTIPART_AT_ONCE };
        this.agents = { http: new (external_node_http_default()).Agent(agentOptions), https: new (external_node_https_default()).Agent(agentOptions) };
        this.client = createClient(config, this.agents);
        this.signal = config.signal;
        countRequests(this.client, this.counts);
        this.listPrefix = config.prefix ? `${config.prefix}/` : '';
        this.partSize = config.partSize ?? etag/* DEFAULT_PART_SIZE */.US;
        this.multipartThreshold = config.multipartThreshold ?? etag/* DEFAULT_MULTIPART_THRESHOLD */.tk;
        const parameters = config.objectParameters ?? {};
        this.requestParameters = pick(parameters, REQUEST_PARAMETERS);
        this.readParameters = { ...this.requestParameters, ...pick(parameters, CUSTOMER_KEY_PARAMETERS) };
        this.stateParameters = { ...this.readParameters, ...pick(parameters, ENCRYPTION_PARAMETERS) };
        this.directPuts = putsDirectly(parameters);
    }
    describe() {
        return `s3://${this.config.bucket}/${this.config.prefix}${this.config.endpoint ? ` at ${this.config.endpoint}` : ''}`;
    }
    async inventory(manifestName, localPaths) {
        let objects;
        try {
            objects = await listObjects({
                client: this.client,
                bucket: this.config.bucket,
                listPrefix: this.listPrefix,
                requestParameters: this.requestParameters,
                direct: await this.directRequests(),
                count: (operation) => this.count(operation),
                ...(localPaths ? { localPaths } : {}),
                // With hashed copies, the bucket holds about two keys per file found.
                keysPerPath: manifestName === null ? 1 : 2,
                concurrency: Math.max(1, Math.min(this.config.concurrency, LISTING_CONCURRENCY)),
                ...(this.signal ? { signal: this.signal } : {})
            });
        }
        catch (error) {
            if ((0,s3_errors/* isAccessDenied */.w7)(error))
                return this.listingDenied();
            throw this.explain(error, 'ListObjectsV2');
        }
        const stateListed = objects.delete(plan_state/* STATE_PATH */.K);
        // Multipart markers (multipart-markers.ts) are this action's bookkeeping, never files.
        for (const path of [...objects.keys()]) {
            if (isMultipartMarker(path)) {
                this.markers.add(path);
                objects.delete(path);
            }
        }
        const early = stateListed ? await this.readState() : null;
        const state = early ?? (stateListed ? parseState((await this.getText(plan_state/* STATE_PATH */.K)) ?? '') : null);
        const manifestText = manifestName && objects.has(manifestName) ? await this.getText(manifestName) : null;
        return { available: true, objects, state, previousManifestPaths: (0,live_manifest/* manifestPaths */.U)(manifestText ?? '') };
    }
    async put(object) {
        const key = keyFor(this.config.prefix, object.path, true);
        const input = putInput(this.config.bucket, key, object);
        const multipart = (0,etag/* isMultipart */.Nt)(object.size, this.multipartThreshold);
        try {
            const etag = multipart
                ? await this.limitMultipart(() => this.bodyBytes.use(this.multipartBytes(object), () => this.putMultipart(object, input)))
                : await this.bodyBytes.use(this.bodyBytesOf(object), () => this.putSingle(object, input));
            return { etag: (0,plan_state/* normalizeEtag */.Pt)(etag ?? expectedEtag(object, multipart)) };
        }
        catch (error) {
            // Cut short by a cancel or the deadline: the executor reports it as interrupted, not failed.
            if (this.signal?.aborted)
                throw this.signal.reason;
            if (error instanceof MultipartStepError)
                throw this.explain(error.cause, error.operation, key, object.parameters);
            throw (0,s3_errors/* explainLocalFileError */.N4)(error, object.path) ?? this.explain(error, 'PutObject', key, object.parameters);
        }
    }
    /**
     * Aborts the multipart uploads that runs of this action left open (killed, or their abort
     * failed): only uploads of keys that one of its markers names, found by ListMultipartUploads
     * under the prefix. Then the markers go. Returns the keys whose uploads were aborted.
     */
    async abortAbandonedUploads() {
        if (this.markers.size === 0)
            return [];
        const marked = new Set(this.markers);
        const aborted = [];
        try {
            let keyMarker;
            let uploadIdMarker;
            do {
                const page = await this.client.send(new dist_cjs/* ListMultipartUploadsCommand */.mo2({
                    ...this.requestParameters,
                    Bucket: this.config.bucket,
                    Prefix: this.listPrefix,
                    KeyMarker: keyMarker,
                    UploadIdMarker: uploadIdMarker
                }), this.sendOptions());
                for (const upload of page.Uploads ?? []) {
                    const path = (upload.Key ?? '').slice(this.listPrefix.length);
                    if (!upload.Key || !upload.UploadId || !marked.has(markerPath(path)))
                        continue;
                    await this.client.send(new dist_cjs/* AbortMultipartUploadCommand */.tfP({
                        ...this.readParameters,
                        Bucket: this.config.bucket,
                        Key: upload.Key,
                        UploadId: upload.UploadId
                    }), this.sendOptions());
                    aborted.push(upload.Key);
                }
                const more = page.IsTruncated === true;
                keyMarker = more ? page.NextKeyMarker : undefined;
                uploadIdMarker = more ? page.NextUploadIdMarker : undefined;
            } while (keyMarker);
        }
        catch (error) {
            throw this.explain(error, 'ListMultipartUploads', `${this.listPrefix}*`);
        }
        await this.remove([...marked]);
        this.markers.clear();
        return aborted;
    }
    async remove(paths) {
        const failures = [];
        for (let start = 0; start < paths.length; start += DELETE_BATCH) {
            failures.push(...(await this.deleteBatch(paths.slice(start, start + DELETE_BATCH))));
        }
        return failures;
    }
    /** One GET at the key the state always has, started with the listing; a failure is left to inventory(). */
    readState() {
        this.earlyState ??= this.getText(plan_state/* STATE_PATH */.K).then((text) => (text === null ? null : parseState(text)), () => null);
        return this.earlyState;
    }
    async writeState(state) {
        const key = keyFor(this.config.prefix, plan_state/* STATE_PATH */.K);
        const body = Buffer.from(serializeState(state));
        const input = {
            ...this.stateParameters,
            Bucket: this.config.bucket,
            Key: key,
            Body: body,
            ContentType: 'application/json',
            CacheControl: 'no-cache',
            ContentMD5: (0,external_node_crypto_.createHash)('md5').update(body).digest('base64')
        };
        try {
            // Not aborted by a cancel: the state records what the run did upload (see execute.ts).
            await this.client.send(new dist_cjs/* PutObjectCommand */.wKZ(input), this.cleanupOptions());
        }
        catch (error) {
            throw this.explain(error, 'PutObject', key, this.stateParameters);
        }
    }
    requestCounts() {
        return { ...this.counts };
    }
    destroy() {
        this.client.destroy();
    }
    /**
     * The SDK retries a request until its response starts; a body cut off after that (a reset
     * mid-response) is retried here, so one broken connection does not fail the deploy.
     */
    async getText(path) {
        const key = keyFor(this.config.prefix, path);
        const input = { ...this.readParameters, Bucket: this.config.bucket, Key: key };
        for (let attempt = 1;; attempt++) {
            let output;
            try {
                output = await this.client.send(new dist_cjs/* GetObjectCommand */.jLs(input), this.sendOptions());
            }
            catch (error) {
                // The SDK has retried this one already.
                if ((0,s3_errors/* isNoSuchKey */.Cg)(error))
                    return null;
                throw this.explain(error, 'GetObject', key);
            }
            try {
                return (await output.Body?.transformToString('utf-8')) ?? '';
            }
            catch (error) {
                if (attempt >= READ_ATTEMPTS || !(0,s3_errors/* isRetryableRead */.bV)(error) || this.signal?.aborted)
                    throw this.explain(error, 'GetObject', key);
                await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
            }
        }
    }
    sendOptions() {
        return this.signal ? { abortSignal: this.signal } : {};
    }
    /** Requests a stopped run still makes (state, aborts): bounded, never aborted by the stop itself. */
    cleanupOptions() {
        return this.signal?.aborted ? { abortSignal: AbortSignal.timeout(CLEANUP_TIMEOUT_MS) } : {};
    }
    listingDenied() {
        const arn = (0,s3_errors/* bucketArn */.SB)(this.config.bucket, this.config.region);
        const prefix = this.config.prefix;
        return {
            available: false,
            listingDenied: true,
            reason: `listing the bucket was denied (AccessDenied on ListObjectsV2: the credentials lack s3:ListBucket on ${arn}), ` +
                `so nothing could be compared and every file is uploaded. Allow s3:ListBucket on ${arn}` +
                `${prefix ? ` (a condition on s3:prefix '${prefix}/*' is enough)` : ''} to upload only what changed.`
        };
    }
    async putSingle(object, input) {
        const request = { ...input, ContentLength: object.size, ContentMD5: Buffer.from(object.md5, 'hex').toString('base64') };
        if (object.body.kind === 'bytes')
            return this.send(request, object.body.data);
        const body = this.bodies.read(object.body.absPath, object.size);
        try {
            return await this.send(request, body.data);
        }
        finally {
            body.release();
        }
    }
    /**
     * The body is in memory, so a failed attempt can be repeated; Content-MD5 makes S3 verify the
     * bytes. The direct path sends it first; whatever it does not complete goes through the SDK.
     */
    async send(request, body) {
        const direct = this.directPuts ? await this.directRequests() : undefined;
        if (direct) {
            this.count('PutObject');
            const etag = await direct.put(request, body, this.signal).catch(() => null);
            if (etag !== null)
                return etag;
        }
        this.signal?.throwIfAborted();
        const output = await this.client.send(new dist_cjs/* PutObjectCommand */.wKZ({ ...request, Body: body }), this.sendOptions());
        return output.ETag;
    }
    /** The direct path (s3-direct.ts), or undefined (the SDK for every request) when it cannot be resolved. */
    directRequests() {
        this.direct ??= createDirectS3({
            client: this.client,
            bucket: this.config.bucket,
            agents: this.agents,
            timeoutMs: this.config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
        }).catch(() => undefined);
        return this.direct;
    }
    count(operation) {
        this.counts[operation] = (this.counts[operation] ?? 0) + 1;
    }
    /**
     * Parts of partSize (the multipart ETag depends on it), each checked (s3-multipart.ts). A
     * marker object names the key while the upload is open, so a run killed mid-upload leaves
     * something the next run recognises as its own and aborts (abortAbandonedUploads).
     */
    async putMultipart(object, input) {
        const marker = keyFor(this.config.prefix, markerPath(object.path));
        await this.putMarker(marker, object.path);
        let open = false;
        const etag = await uploadInParts({
            client: this.client,
            input,
            source: object.body.kind === 'bytes' ? object.body : { kind: 'file', absPath: object.body.absPath },
            size: object.size,
            ...(object.multipartEtag ? { plannedEtag: object.multipartEtag } : {}),
            partSize: this.partSize,
            queueSize: MULTIPART_QUEUE,
            partParameters: this.readParameters,
            ...(this.signal ? { signal: this.signal } : {}),
            abortTimeoutMs: CLEANUP_TIMEOUT_MS,
            onOpen: (uploadId) => (open = uploadId !== null)
        }).finally(async () => {
            // An upload still open (its abort failed) keeps its marker for the next run.
            if (!open)
                await this.deleteMarker(marker);
        });
        return etag;
    }
    async putMarker(key, path) {
        const body = Buffer.from(`${JSON.stringify({ path, started: new Date().toISOString() })}\n`);
        const input = {
            ...this.stateParameters,
            Bucket: this.config.bucket,
            Key: key,
            Body: body,
            ContentType: 'application/json',
            CacheControl: 'no-cache'
        };
        try {
            await this.client.send(new dist_cjs/* PutObjectCommand */.wKZ(input), this.sendOptions());
        }
        catch (error) {
            throw new MultipartStepError('PutObject (multipart marker)', error);
        }
    }
    async deleteMarker(key) {
        const input = { ...this.requestParameters, Bucket: this.config.bucket, Key: key };
        // A marker left behind only costs the next run one listing of multipart uploads.
        await this.client.send(new dist_cjs/* DeleteObjectCommand */.k4j(input), this.cleanupOptions()).catch(() => { });
    }
    /** Memory a single PUT holds: its pooled buffer, or the bytes already in memory. */
    bodyBytesOf(object) {
        return object.body.kind === 'bytes' ? object.size : pooledBytes(object.size);
    }
    /** Memory a multipart upload holds: the bytes already in memory, or the parts in flight. */
    multipartBytes(object) {
        return object.body.kind === 'bytes' ? object.size : Math.min(object.size, this.partSize * MULTIPART_QUEUE);
    }
    async deleteBatch(paths) {
        const byKey = new Map(paths.map((path) => [keyFor(this.config.prefix, path), path]));
        const objects = [...byKey.keys()].map((Key) => ({ Key }));
        try {
            const output = await this.client.send(new dist_cjs/* DeleteObjectsCommand */.xvx({
                ...this.requestParameters,
                Bucket: this.config.bucket,
                Delete: { Objects: objects, Quiet: true }
            }), this.sendOptions());
            return (output.Errors ?? []).map((item) => {
                const cause = Object.assign(new Error(item.Message ?? 'not deleted'), { name: item.Code ?? 'Error' });
                return {
                    path: byKey.get(item.Key ?? '') ?? item.Key ?? '',
                    error: this.explain(cause, 'DeleteObjects', item.Key).message
                };
            });
        }
        catch (error) {
            const message = this.explain(error, 'DeleteObjects', `${this.listPrefix}*`).message;
            return paths.map((path) => ({ path, error: message }));
        }
    }
    explain(error, operation, key, parameters) {
        if (error instanceof errors/* ActionError */.l)
            return error;
        const { bucket, region, endpoint } = this.config;
        return (0,s3_errors/* explainS3Error */.y6)(error, { operation, bucket, region, endpoint, key, parameters });
    }
}
function createClient(config, agents) {
    return new dist_cjs/* S3Client */.YxF({
        region: config.region,
        ...(config.endpoint ? { endpoint: config.endpoint } : {}),
        forcePathStyle: config.forcePathStyle,
        ...(config.credentials ? { credentials: config.credentials } : {}),
        maxAttempts: config.maxAttempts ?? 5,
        retryMode: 'standard',
        requestHandler: new node_http_handler_dist_cjs.NodeHttpHandler({
            httpAgent: agents.http,
            httpsAgent: agents.https,
            connectionTimeout: 10_000,
            // A socket silent this long is dead: fail the attempt so the SDK retries it.
            requestTimeout: config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
        }),
        // S3-compatible servers often do not understand the SDK's default CRC32 / aws-chunked uploads;
        // Content-MD5 still protects every single PUT.
        ...(config.endpoint ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {})
    });
}
/** Counts API calls by operation (not retries) for the report and benchmarks. */
function countRequests(client, counts) {
    client.middlewareStack.add((next, context) => async (args) => {
        const name = (context.commandName ?? 'Unknown').replace(/Command$/, '');
        counts[name] = (counts[name] ?? 0) + 1;
        return next(args);
    }, { step: 'initialize', name: 'collectstaticS3RequestCounter' });
}
function putInput(bucket, key, object) {
    const parameters = { ...object.parameters };
    for (const name of DATE_PARAMETERS) {
        if (typeof parameters[name] === 'string')
            parameters[name] = new Date(parameters[name]);
    }
    return {
        ...parameters,
        Bucket: bucket,
        Key: key,
        ContentType: object.contentType,
        ...(object.cacheControl ? { CacheControl: object.cacheControl } : {}),
        ...(object.contentEncoding ? { ContentEncoding: object.contentEncoding } : {})
    };
}
/** Key for a path under the prefix. Local paths (`strict`) must stay plain relative paths. */
function keyFor(prefix, path, strict = false) {
    const escapes = path === '' ||
        (strict && (path.startsWith('/') || path.split('/').some((segment) => segment === '..' || segment === '.' || segment === '')));
    if (escapes) {
        throw new errors/* ActionError */.l(`Refusing to write '${path}': it is not a plain relative path under the prefix '${prefix}'.`);
    }
    return prefix ? `${prefix}/${path}` : path;
}
function expectedEtag(object, multipart) {
    return (multipart ? object.multipartEtag : undefined) ?? object.md5;
}
function pick(source, names) {
    return Object.fromEntries(names.filter((name) => source[name] !== undefined).map((name) => [name, source[name]]));
}


/***/ })

};
