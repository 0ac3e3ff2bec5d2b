export const id = 521;
export const ids = [521];
export const modules = {

/***/ 1898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ isNoSuchKey),
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   N4: () => (/* binding */ explainLocalFileError),
/* harmony export */   SB: () => (/* binding */ bucketArn),
/* harmony export */   bV: () => (/* binding */ isRetryableRead),
/* harmony export */   w7: () => (/* binding */ isAccessDenied),
/* harmony export */   y6: () => (/* binding */ explainS3Error)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// S3 failures as messages that say what went wrong and what to change.

const IAM_ACTIONS = {
    ListObjectsV2: 's3:ListBucket',
    GetObject: 's3:GetObject',
    PutObject: 's3:PutObject',
    DeleteObjects: 's3:DeleteObject',
    CreateMultipartUpload: 's3:PutObject',
    UploadPart: 's3:PutObject',
    CompleteMultipartUpload: 's3:PutObject',
    AbortMultipartUpload: 's3:AbortMultipartUpload',
    ListMultipartUploads: 's3:ListBucketMultipartUploads'
};
// The endpoint cannot be reached at all: a wrong URL, host, port, or certificate.
const UNREACHABLE_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EPROTO',
    'CERT_HAS_EXPIRED',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE'
]);
// The endpoint answered, but a connection broke or went silent: worth repeating, not a setting to fix.
const DROPPED_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET']);
const NETWORK_CODES = new Set([...UNREACHABLE_CODES, ...DROPPED_CODES]);
// Local file errors while reading a body: the file changed or went away, S3 is not involved.
const FILE_CODES = new Set(['ENOENT', 'EACCES', 'EISDIR', 'EPERM', 'ENOTDIR', 'ELOOP']);
function errorName(error) {
    return error?.Code ?? error?.name ?? '';
}
function isAccessDenied(error) {
    const name = errorName(error);
    return name === 'AccessDenied' || name === 'AllAccessDisabled' || (name === 'Forbidden' && statusOf(error) === 403);
}
function isNoSuchKey(error) {
    const name = errorName(error);
    return name === 'NoSuchKey' || name === 'NotFound';
}
/** `arn:aws:s3:::bucket` or `…:::bucket/key`, in the partition of the region. */
function bucketArn(bucket, region, key) {
    const partition = region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
    return `arn:${partition}:s3:::${bucket}${key !== undefined ? `/${key}` : ''}`;
}
function explainS3Error(error, context) {
    const name = errorName(error);
    const said = serverMessage(error);
    const where = context.endpoint ? `at ${context.endpoint}` : `in region ${context.region}`;
    const network = networkCode(error);
    if ((network && DROPPED_CODES.has(network)) || isTimeout(error)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`${context.operation} ${describeResource(context)} ${where} failed after retries: the connection ` +
            `${network && network !== 'ETIMEDOUT' ? `was dropped (${network})` : 'went silent past request-timeout'}. ` +
            'Run the step again; if it keeps happening, lower concurrency or raise request-timeout.');
    }
    if (network) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`Could not reach S3 ${context.endpoint ? `at ${context.endpoint}` : `in region ${context.region}`} (${network}). ` +
            `Check endpoint-url (scheme, host and port) and that the service is running and reachable from the runner.`, { input: context.endpoint ? 'endpoint-url' : 'region' });
    }
    switch (name) {
        case 'NoSuchBucket':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`Bucket '${context.bucket}' does not exist ${where}. Check the bucket input (or AWS_STORAGE_BUCKET_NAME)` +
                `${context.endpoint ? '' : ' and the region'}, or create the bucket.`, { input: 'bucket' });
        case 'PermanentRedirect':
        case 'AuthorizationHeaderMalformed':
        case 'IllegalLocationConstraintException': {
            const actual = error.Region;
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`Bucket '${context.bucket}' is not in region ${context.region}${actual ? ` but in ${actual}` : ''}. ` +
                `Set the region input (or AWS_REGION) to the bucket's region.${said}`, { input: 'region' });
        }
        case 'InvalidAccessKeyId':
            return credentialError(`The access key ID is not known ${where}.${said}`);
        case 'SignatureDoesNotMatch':
            return credentialError(`The secret access key does not match the access key ID.${said}`);
        case 'ExpiredToken':
        case 'TokenRefreshRequired':
        case 'InvalidToken':
        case 'ExpiredTokenException':
            return credentialError(`The session credentials are expired or invalid.${said}`);
        case 'CredentialsProviderError':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l('No AWS credentials found. Give aws-access-key-id and aws-secret-access-key, or set up credentials earlier ' +
                'in the job (e.g. aws-actions/configure-aws-credentials with a role and `permissions: id-token: write`).');
        case 'BadDigest':
        case 'InvalidDigest':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`${context.operation} of '${context.key ?? ''}' was rejected: the bytes sent do not match their MD5 ` +
                `(the file changed during the upload?). Run the step again.${said}`);
        case 'SlowDown':
        case 'ServiceUnavailable':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`S3 kept throttling ${context.operation} (${name}) after retries. Lower the concurrency input.${said}`);
    }
    if (isAccessDenied(error))
        return accessDenied(context, said);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`${context.operation} ${describeResource(context)} ${where} failed: ${name || 'error'}${said || `: ${String(error?.message ?? error)}`}`);
}
function accessDenied(context, said) {
    const operation = context.operation.split(' ')[0];
    const action = IAM_ACTIONS[operation] ?? `s3:${operation}`;
    const arn = bucketArn(context.bucket, context.region, context.key);
    const extra = [];
    if (context.parameters && 'ACL' in context.parameters)
        extra.push(`s3:PutObjectAcl (for the ACL parameter; buckets with ACLs disabled reject ACLs: remove ACL from object-parameters)`);
    if (context.parameters?.ServerSideEncryption === 'aws:kms')
        extra.push('kms:GenerateDataKey on the KMS key');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`Access denied: ${action} on ${arn}. Allow it in the policy of the role or user this step runs as` +
        `${extra.length ? `, together with ${extra.join(' and ')}` : ''}.${said}`);
}
function credentialError(message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`${message} Check the aws-access-key-id/aws-secret-access-key (and aws-session-token) inputs or the credentials ` +
        'configured earlier in the job.');
}
function describeResource(context) {
    return context.key !== undefined ? `of s3://${context.bucket}/${context.key}` : `on bucket '${context.bucket}'`;
}
function serverMessage(error) {
    const message = error?.message;
    const name = errorName(error);
    if (!message || message === name || message === 'UnknownError')
        return '';
    return ` (S3: ${message})`;
}
function statusOf(error) {
    return error?.$metadata?.httpStatusCode;
}
/** Node network error codes, also when wrapped (`cause`) or aggregated (IPv4 + IPv6 attempts). */
function networkCode(error) {
    const seen = new Set();
    const queue = [error];
    while (queue.length > 0) {
        const item = queue.shift();
        if (!item || typeof item !== 'object' || seen.has(item))
            continue;
        seen.add(item);
        if (typeof item.code === 'string' && NETWORK_CODES.has(item.code))
            return item.code;
        queue.push(item.cause, ...(Array.isArray(item.errors) ? item.errors : []));
    }
    // Errors from another realm reach us flattened into a message ("... connect ECONNREFUSED ...").
    const message = String(error?.message ?? '');
    return [...NETWORK_CODES].find((code) => new RegExp(`\\b${code}\\b`).test(message));
}
/** A timeout of the request (socket silent past request-timeout), as the SDK or Node reports it. */
function isTimeout(error) {
    const name = errorName(error);
    return name === 'TimeoutError' || name === 'RequestTimeout' || name === 'RequestTimeoutException';
}
/** Whether a failed read (GetObject) is worth repeating: a dropped connection, a timeout, a 5xx, throttling. */
function isRetryableRead(error) {
    if (isAccessDenied(error) || isNoSuchKey(error))
        return false;
    const status = statusOf(error);
    if (status !== undefined && status >= 500)
        return true;
    const name = errorName(error);
    if (name === 'SlowDown' || name === 'ServiceUnavailable' || name === 'InternalError' || isTimeout(error))
        return true;
    const network = networkCode(error);
    if (network)
        return DROPPED_CODES.has(network);
    // A body cut off mid-response: "aborted", "premature close", a short read.
    return /aborted|premature|socket hang up|terminated/i.test(String(error?.message ?? ''));
}
/**
 * A body that could not be read from disk (removed or made unreadable while the action ran): said
 * as such, not as an S3 error. undefined when `error` is not one.
 */
function explainLocalFileError(error, path) {
    const item = error;
    if (!item || typeof item.code !== 'string' || !FILE_CODES.has(item.code) || typeof item.syscall !== 'string')
        return undefined;
    const file = typeof item.path === 'string' ? item.path : path;
    const what = item.code === 'ENOENT' ? 'was removed' : `could not be read (${item.code})`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`'${path}' was not uploaded: its source ${file} ${what} while the action ran. ` +
        'Make sure no other step changes the static files during this one, then run the step again.');
}


/***/ }),

/***/ 9071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ digestFileSync),
/* harmony export */   Nt: () => (/* binding */ isMultipart),
/* harmony export */   QN: () => (/* binding */ digestBytes),
/* harmony export */   US: () => (/* binding */ DEFAULT_PART_SIZE),
/* harmony export */   _p: () => (/* binding */ multipartEtag),
/* harmony export */   tk: () => (/* binding */ DEFAULT_MULTIPART_THRESHOLD)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
// The ETags S3 reports, computed locally: the MD5 of a single-part upload, and for a
// multipart upload `md5(part md5s concatenated)-N` with the part size used. One read of a file
// yields both.


/** Part size and multipart threshold (as boto3 and the AWS CLI use by default). */
const DEFAULT_PART_SIZE = 8 * 1024 * 1024;
const DEFAULT_MULTIPART_THRESHOLD = 8 * 1024 * 1024;
/** One read buffer for every file (reads are blocking, so one at a time): hashing 500 MB allocates 1 MB. */
const readBuffer = Buffer.allocUnsafe(1024 * 1024);
/** An object is sent in parts when it is larger than the threshold. */
function isMultipart(size, multipartThreshold) {
    return size > multipartThreshold;
}
/** `md5(concat(part md5s))-N`, S3's ETag for a completed multipart upload. */
function multipartEtag(partMd5s) {
    return `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(Buffer.concat(partMd5s)).digest('hex')}-${partMd5s.length}`;
}
function digestBytes(data, options) {
    const digester = new Digester(options.partSize);
    digester.update(data);
    return digester.finish(options.multipartThreshold);
}
/**
 * One blocking pass over the file. Callers go through digest-queue.ts, which runs these in
 * slices so the event loop keeps serving sockets in between.
 */
function digestFileSync(absPath, options) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(absPath, 'r');
    try {
        const digester = new Digester(options.partSize);
        for (;;) {
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, readBuffer, 0, readBuffer.length, null);
            if (bytesRead === 0)
                return digester.finish(options.multipartThreshold);
            digester.update(readBuffer.subarray(0, bytesRead));
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/**
 * Feeds the whole-object MD5 and the per-part MD5s from the same chunks. The first part's MD5 is
 * the whole MD5 at the part boundary (Hash.copy), so a file below the part size is hashed once.
 */
class Digester {
    partSize;
    whole = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5');
    partMd5s = [];
    part = null;
    partFill = 0;
    size = 0;
    constructor(partSize) {
        this.partSize = partSize;
    }
    update(chunk) {
        let offset = 0;
        while (offset < chunk.length) {
            const take = Math.min(this.partSize - this.partFill, chunk.length - offset);
            const piece = chunk.subarray(offset, offset + take);
            this.whole.update(piece);
            this.part?.update(piece);
            this.partFill += take;
            this.size += take;
            offset += take;
            if (this.partFill === this.partSize)
                this.closePart();
        }
    }
    finish(multipartThreshold) {
        if (!isMultipart(this.size, multipartThreshold))
            return { size: this.size, md5: this.whole.digest('hex') };
        if (this.partFill > 0)
            this.closePart();
        return { size: this.size, md5: this.whole.digest('hex'), multipartEtag: multipartEtag(this.partMd5s) };
    }
    closePart() {
        this.partMd5s.push(this.part ? this.part.digest() : this.whole.copy().digest());
        this.part = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5');
        this.partFill = 0;
    }
}


/***/ }),

/***/ 3849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ runPool),
/* harmony export */   z: () => (/* binding */ createLimiter)
/* harmony export */ });
// Bounded concurrency without a dependency: at most N tasks in flight, results in input order.
/** Runs `worker` over `items`, `concurrency` at a time; never rejects, one settled result per item. */
async function runPool(items, concurrency, worker) {
    const results = new Array(items.length);
    let next = 0;
    const lane = async () => {
        while (next < items.length) {
            const index = next++;
            try {
                results[index] = { status: 'fulfilled', value: await worker(items[index], index) };
            }
            catch (reason) {
                results[index] = { status: 'rejected', reason };
            }
        }
    };
    const lanes = Math.max(1, Math.min(Math.floor(concurrency) || 1, items.length));
    await Promise.all(Array.from({ length: lanes }, lane));
    return results;
}
/** A semaphore as a function: `limit(() => task())` waits for one of `concurrency` slots. */
function createLimiter(concurrency) {
    const max = Math.max(1, Math.floor(concurrency) || 1);
    const waiting = [];
    let active = 0;
    return async (task) => {
        // A finishing task hands its slot straight to the next waiter, so `active` never exceeds max.
        if (active < max)
            active++;
        else
            await new Promise((resolve) => waiting.push(resolve));
        try {
            return await task();
        }
        finally {
            const next = waiting.shift();
            if (next)
                next();
            else
                active--;
        }
    };
}


/***/ }),

/***/ 9521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/adapters/s3-errors.ts
var s3_errors = __webpack_require__(1898);
;// CONCATENATED MODULE: ./src/adapters/cdn.ts
// The CDN in front of the bucket, behind a small interface: CloudFront for real runs
// (cdn-cloudfront.ts), a recorder for dry runs (cdn-recording.ts).
/** The distribution is at its limit of invalidations in progress: worth retrying later. */
class CdnBusyError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CdnBusyError';
    }
}

;// CONCATENATED MODULE: ./src/adapters/cdn-cloudfront.ts



function createCloudFrontCdn(config) {
    const counts = {};
    let loaded;
    const load = () => (loaded ??= loadClient(config, counts));
    const id = config.distributionId;
    return {
        dryRun: false,
        describe: () => `CloudFront distribution ${id}`,
        async createInvalidation(paths, callerReference) {
            const { sdk, client } = await load();
            const batch = { CallerReference: callerReference, Paths: { Quantity: paths.length, Items: paths } };
            try {
                const output = await client.send(new sdk.CreateInvalidationCommand({ DistributionId: id, InvalidationBatch: batch }));
                return { id: output.Invalidation?.Id ?? '', status: output.Invalidation?.Status ?? 'InProgress' };
            }
            catch (error) {
                throw explainCloudFrontError(error, 'CreateInvalidation', id);
            }
        },
        async invalidationStatus(invalidationId) {
            const { sdk, client } = await load();
            try {
                const output = await client.send(new sdk.GetInvalidationCommand({ DistributionId: id, Id: invalidationId }));
                return output.Invalidation?.Status ?? 'InProgress';
            }
            catch (error) {
                throw explainCloudFrontError(error, 'GetInvalidation', id);
            }
        },
        requestCounts: () => ({ ...counts })
    };
}
async function loadClient(config, counts) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(169)]).then(__webpack_require__.t.bind(__webpack_require__, 3169, 19));
    const client = new sdk.CloudFrontClient({
        region: 'us-east-1',
        ...(config.credentials ? { credentials: config.credentials } : {}),
        maxAttempts: config.maxAttempts ?? 5,
        retryMode: 'standard'
    });
    client.middlewareStack.add((next, context) => async (args) => {
        const name = (context.commandName ?? 'Unknown').replace(/Command$/, '');
        counts[name] = (counts[name] ?? 0) + 1;
        return next(args);
    }, { step: 'initialize', name: 'collectstaticS3CdnRequestCounter' });
    return { sdk, client };
}
/** CloudFront's errors as messages that say what to do; the busy one stays retryable. */
function explainCloudFrontError(error, operation, distributionId) {
    const name = (0,s3_errors/* errorName */.Is)(error);
    const said = error?.message && error.message !== name ? ` (CloudFront: ${error.message})` : '';
    switch (name) {
        case 'TooManyInvalidationsInProgress':
            return new CdnBusyError(`distribution ${distributionId} has too many invalidations in progress${said}`);
        case 'NoSuchDistribution':
            return new errors/* ActionError */.l(`CloudFront distribution '${distributionId}' does not exist in this account. Check cloudfront-distribution-id ` +
                `(the ID, e.g. E2QWRUHAPOMQZL, not the domain name).${said}`, { input: 'cloudfront-distribution-id' });
        case 'AccessDenied':
        case 'AccessDeniedException':
            return new errors/* ActionError */.l(`Access denied: cloudfront:${operation} on arn:aws:cloudfront::<account>:distribution/${distributionId}. ` +
                `Allow it in the policy of the role or user this step runs as (see the README's permissions table).${said}`);
        case 'CredentialsProviderError':
            return new errors/* ActionError */.l('No AWS credentials found for CloudFront. Give aws-access-key-id and aws-secret-access-key, ' +
                'or configure credentials earlier in the job.');
    }
    return new errors/* ActionError */.l(`${operation} on CloudFront distribution ${distributionId} failed: ${name || 'error'}${said}`);
}

;// CONCATENATED MODULE: ./src/adapters/cdn-recording.ts
function createRecordingCdn(distributionId) {
    const recorded = [];
    return {
        recorded,
        dryRun: true,
        describe: () => `CloudFront distribution ${distributionId} (dry run)`,
        async createInvalidation(paths) {
            recorded.push([...paths]);
            return { id: '', status: 'dry run' };
        },
        invalidationStatus: async () => 'dry run',
        requestCounts: () => ({})
    };
}

;// CONCATENATED MODULE: ./src/adapters/create-cdn.ts


function createCdnRun(settings) {
    const cdnSettings = settings.cdn;
    if (!cdnSettings)
        return null;
    const credentials = settings.destination?.kind === 's3' ? settings.destination.credentials : undefined;
    const cdn = settings.dryRun
        ? createRecordingCdn(cdnSettings.distributionId)
        : createCloudFrontCdn({ distributionId: cdnSettings.distributionId, ...(credentials ? { credentials } : {}) });
    return { cdn, settings: cdnSettings, hashing: settings.manifest !== null };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/digest/etag.ts
var etag = __webpack_require__(9071);
;// CONCATENATED MODULE: ./src/digest/digest-queue.ts
// Files are hashed with blocking reads, a slice of the queue at a time. A fresh checkout sits in
// the page cache, where an asynchronous open/read/close costs more CPU than reading the bytes:
// hashing 5,000 files (135 MB) took 0.85 s of CPU asynchronously and 0.35 s blocking. After each
// slice the event loop gets control back, so sockets (the listing that runs alongside) are served.

const SLICE_MS = 8;
const queue = [];
let scheduled = false;
/** Size, MD5 and (above the threshold) multipart ETag of a file. */
function digestFile(absPath, options) {
    return new Promise((resolve, reject) => {
        queue.push({ absPath, options, resolve, reject });
        if (!scheduled) {
            scheduled = true;
            setImmediate(runSlice);
        }
    });
}
function runSlice() {
    const until = performance.now() + SLICE_MS;
    let next;
    while (performance.now() < until && (next = queue.shift())) {
        try {
            next.resolve((0,etag/* digestFileSync */.EX)(next.absPath, next.options));
        }
        catch (error) {
            next.reject(error);
        }
    }
    if (queue.length > 0)
        setImmediate(runSlice);
    else
        scheduled = false;
}

// EXTERNAL MODULE: ./src/plan/live-manifest.ts
var live_manifest = __webpack_require__(2419);
;// CONCATENATED MODULE: ./src/adapters/folder-target.ts
// A local folder as the target (`static-root`): the inventory is the folder's files with their
// MD5s, so a rerun copies only changed content. A folder keeps no headers, hence no state.









const DIGEST_PARTS = { partSize: etag/* DEFAULT_PART_SIZE */.US, multipartThreshold: Number.POSITIVE_INFINITY };
function createFolderTarget(config) {
    return new FolderTarget(external_node_path_default().resolve(config.root));
}
class FolderTarget {
    root;
    // A folder keeps no headers, so there is nothing to remember between runs.
    tracksHeaders = false;
    counts = {};
    constructor(root) {
        this.root = root;
    }
    describe() {
        return this.root;
    }
    async inventory(manifestName) {
        const objects = await this.listing();
        const manifest = manifestName && objects.has(manifestName) ? await (0,promises_.readFile)(inside(this.root, manifestName), 'utf8') : '';
        return { available: true, objects, state: null, previousManifestPaths: (0,live_manifest/* manifestPaths */.U)(manifest) };
    }
    /** Written to a temporary name beside the destination, then renamed: never half a file. */
    async put(object) {
        const destination = inside(this.root, object.path);
        const temporary = external_node_path_default().join(external_node_path_default().dirname(destination), `.${external_node_path_default().basename(destination)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
        try {
            await (0,promises_.mkdir)(external_node_path_default().dirname(destination), { recursive: true });
            if (object.body.kind === 'bytes')
                await (0,promises_.writeFile)(temporary, object.body.data);
            else
                await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(object.body.absPath), (0,external_node_fs_.createWriteStream)(temporary));
            await (0,promises_.rename)(temporary, destination);
        }
        catch (error) {
            await (0,promises_.unlink)(temporary).catch(() => undefined);
            throw new errors/* ActionError */.l(`Cannot write '${destination}': ${error.message}.`);
        }
        this.count('WriteFile');
        return { etag: object.md5 };
    }
    async remove(paths) {
        const failures = [];
        // One at a time: removing a file may empty a folder that the next removal also prunes.
        for (const relative of paths) {
            const failure = await this.removeOne(relative);
            if (failure)
                failures.push(failure);
        }
        return failures;
    }
    async writeState() {
        // Nothing to store: see tracksHeaders.
    }
    requestCounts() {
        return { ...this.counts };
    }
    async listing() {
        const objects = new Map();
        const info = await (0,promises_.stat)(this.root).catch((error) => {
            if (error.code === 'ENOENT')
                return null;
            throw error;
        });
        if (!info)
            return objects;
        if (!info.isDirectory())
            throw new errors/* ActionError */.l(`static-root '${this.root}' is not a folder.`, { input: 'static-root' });
        await this.walk(this.root, '', objects);
        return objects;
    }
    async walk(dir, prefix, into) {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        await Promise.all(entries.map(async (entry) => {
            const absPath = external_node_path_default().join(dir, entry.name);
            const relative = prefix + entry.name;
            const info = entry.isSymbolicLink() ? await (0,promises_.stat)(absPath).catch(() => null) : entry;
            if (info?.isDirectory())
                return this.walk(absPath, `${relative}/`, into);
            if (!info?.isFile())
                return;
            const digests = await digestFile(absPath, DIGEST_PARTS); // queued: read one at a time, in slices
            into.set(relative, { path: relative, size: digests.size, etag: digests.md5 });
        }));
    }
    async removeOne(relative) {
        const file = inside(this.root, relative);
        try {
            await (0,promises_.unlink)(file);
            this.count('DeleteFile');
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                return { path: relative, error: error.message };
        }
        await pruneEmptyParents(this.root, external_node_path_default().dirname(file));
        return null;
    }
    count(name) {
        this.counts[name] = (this.counts[name] ?? 0) + 1;
    }
}
/** Absolute path of `relative` under `root`; refuses anything that would leave it. */
function inside(root, relative) {
    const resolved = external_node_path_default().resolve(root, ...relative.split('/'));
    if (relative === '' || !resolved.startsWith(withSep(root))) {
        throw new errors/* ActionError */.l(`Refusing to write '${relative}': it is outside static-root '${root}'.`);
    }
    return resolved;
}
async function pruneEmptyParents(root, dir) {
    for (let current = dir; current.startsWith(withSep(root)) && current !== root; current = external_node_path_default().dirname(current)) {
        try {
            await (0,promises_.rmdir)(current);
        }
        catch {
            return; // not empty (or already gone): stop
        }
    }
}
function withSep(dir) {
    return dir.endsWith((external_node_path_default()).sep) ? dir : dir + (external_node_path_default()).sep;
}

;// CONCATENATED MODULE: ./src/adapters/recording-target.ts
/**
 * `unread`: a target this run must not read (no credentials: the fork fallback), described
 * but never asked, with the reason shown instead of a listing.
 */
function createRecordingTarget(inner, unread) {
    const recorded = { puts: [], removes: [], state: null };
    return {
        recorded,
        tracksHeaders: inner?.tracksHeaders ?? true,
        describe: () => (inner ? `${inner.describe()} (dry run)` : unread ? `${unread.describe} (dry run)` : 'none'),
        async inventory(manifestName, localPaths) {
            if (unread)
                return { available: false, reason: unread.reason };
            if (!inner) {
                return {
                    available: false,
                    reason: 'dry run without a bucket or static-root: nothing to compare against, so every file is shown as an upload'
                };
            }
            try {
                return await inner.inventory(manifestName, localPaths);
            }
            catch (error) {
                // A dry run checks the collection; an unreadable target should not fail it.
                const message = error instanceof Error ? error.message : String(error);
                return {
                    available: false,
                    reason: `dry run: ${inner.describe()} could not be read, so every file is shown as an upload. ${message}`
                };
            }
        },
        async put(object) {
            recorded.puts.push(object);
            return { etag: object.md5 };
        },
        async remove(paths) {
            recorded.removes.push(...paths);
            return [];
        },
        ...(inner?.readState ? { readState: () => inner.readState() } : {}),
        async writeState(state) {
            recorded.state = state;
        },
        requestCounts: () => inner?.requestCounts() ?? {}
    };
}

;// CONCATENATED MODULE: ./src/adapters/create-target.ts
// Settings → the target of this run: S3, a folder, or (dry run) a recorder in front of either.



/** `signal`: the run's cancel and deadline, passed to the requests the target makes. */
async function createTarget(settings, signal) {
    const destination = settings.destination;
    if (settings.forcedDryRun && destination?.kind === 's3') {
        // Without credentials the SDK would only probe instance metadata and time out: read nothing.
        const describe = `s3://${destination.bucket}/${destination.prefix}`;
        return createRecordingTarget(null, {
            describe,
            reason: 'no AWS credentials on this pull_request run (see the notice): nothing to compare against, so every file is shown as an upload.'
        });
    }
    const real = await realTarget(settings, signal);
    if (settings.dryRun)
        return createRecordingTarget(real);
    if (!real)
        throw new errors/* ActionError */.l('No destination: set bucket (or AWS_STORAGE_BUCKET_NAME) or static-root.', { input: 'bucket' });
    return real;
}
let s3Module;
/**
 * Starts loading the S3 target (most of the bundle is the AWS SDK) while the run waits for
 * something else, such as the project's Python reading the settings. Later calls reuse it.
 */
function preloadS3Target() {
    s3Module ??= Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711), __webpack_require__.e(362)]).then(__webpack_require__.bind(__webpack_require__, 2362));
    return s3Module;
}
async function realTarget(settings, signal) {
    const destination = settings.destination;
    const { concurrency, objectParameters, requestTimeoutMs } = settings.upload;
    if (!destination)
        return null;
    if (destination.kind === 'folder')
        return createFolderTarget({ root: destination.root });
    // The AWS SDK is most of the bundle: a run that never talks to S3 never loads it.
    const { createS3Target } = await preloadS3Target();
    return createS3Target({
        ...destination,
        concurrency,
        objectParameters,
        ...(requestTimeoutMs ? { requestTimeoutMs } : {}),
        ...(signal ? { signal } : {})
    });
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
var external_node_v8_default = /*#__PURE__*/__webpack_require__.n(external_node_v8_);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
var external_node_vm_default = /*#__PURE__*/__webpack_require__.n(external_node_vm_);
;// CONCATENATED MODULE: ./src/adapters/heap-valve.ts
// Keeps the process near its live memory on long uploads. V8 sizes its heap for throughput:
// objects of finished requests that outlived a young-generation collection are promoted, and
// V8 lets them pile up until the old generation is two or three times the live data. On a
// 20,000-file upload that decided the peak RSS (176–244 MB from run to run, with 35–45 MB live).
// When the heap has grown past what was live after the last full collection, this asks for one,
// 20–40 ms each. A margin of 12 MiB kept a cold 20,000-file upload at 185–186 MB where 24 MiB
// left 197–198 MB (side by side, two runs each), for a few more collections over a long upload.


const CHECK_EVERY_MS = 100;
const MIB = 1024 * 1024;
const HEAP_FLOOR = 40 * MIB;
/**
 * When to collect: the heap has grown past the live size by 12 MiB, or by a quarter of the live
 * size when that is more (so a big live set is not collected over and over), or buffers outside
 * the heap by 32 MiB (upload bodies are pooled, so more than that is garbage). Never for a heap
 * under 40 MiB: the peaks this cuts come with heaps of 60–100 MB, and a 5,000-file rerun spent
 * 20–50 ms in one or two collections of 26–35 MB heaps that freed 6–11 MB each.
 */
class GrowthLimit {
    live;
    constructor(start) {
        this.live = start;
    }
    shouldCollect(now) {
        const heapMargin = Math.max(12 * MIB, this.live.heapUsed / 4);
        const heapGrew = now.heapUsed > Math.max(this.live.heapUsed + heapMargin, HEAP_FLOOR);
        return heapGrew || now.arrayBuffers > this.live.arrayBuffers + 32 * MIB;
    }
    /** What a full collection left is the new live size. */
    collected(after) {
        this.live = after;
    }
}
/** Starts watching; without a way to ask for a collection it does nothing. */
function startHeapValve({ collect = fullCollection(), read = reading } = {}) {
    if (!collect)
        return { stop: () => { } };
    const limit = new GrowthLimit(read());
    const timer = setInterval(() => {
        if (!limit.shouldCollect(read()))
            return;
        collect();
        limit.collected(read());
    }, CHECK_EVERY_MS);
    timer.unref();
    return { stop: () => clearInterval(timer) };
}
function reading() {
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return { heapUsed, arrayBuffers };
}
let exposedCollection;
/**
 * V8's full collection, exposed the way jest's leak detector does it (once per process: each
 * exposure costs a new context); null where not allowed.
 */
function fullCollection() {
    if (typeof globalThis.gc === 'function')
        return globalThis.gc;
    exposedCollection ??= exposeCollection();
    return exposedCollection;
}
function exposeCollection() {
    try {
        external_node_v8_default().setFlagsFromString('--expose-gc');
        const gc = external_node_vm_default().runInNewContext('gc');
        return typeof gc === 'function' ? gc : null;
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./src/report/format.ts
// Small text helpers for the report and the job summary.
const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];
function formatBytes(bytes) {
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(value < 10 ? 1 : 0)} ${UNITS[unit]}`;
}
function plural(count, word, many = `${word}s`) {
    return `${count} ${count === 1 ? word : many}`;
}
/** Escapes text for a markdown table cell (which may also hold HTML). */
function cell(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function code(text) {
    return `<code>${cell(text)}</code>`;
}

;// CONCATENATED MODULE: ./src/progress/reporters.ts
// Two ways to show progress: one line rewritten in place (a terminal), or a plain line every
// few seconds once a stage has run that long (the Actions log, a CI log, a pipe).

const VERBS = { hash: 'hashed', upload: 'uploaded' };
const NOUNS = { hash: 'files', upload: 'objects' };
/** `hashed 1200/5000 files · 34 MB/135 MB · 48 MB/s · 0.7 s` */
function progressLine(state, now) {
    const seconds = Math.max(now - state.started, 0) / 1000;
    const count = state.total > 0 ? `${Math.min(state.done, state.total)}/${state.total}` : String(state.done);
    const bytes = state.totalBytes > 0 ? `${formatBytes(state.bytes)}/${formatBytes(state.totalBytes)}` : formatBytes(state.bytes);
    // A rate over the first fraction of a second says nothing.
    const rate = seconds >= 0.5 ? ` · ${formatBytes(Math.round(state.bytes / seconds))}/s` : '';
    return `${VERBS[state.stage]} ${count} ${NOUNS[state.stage]} · ${bytes}${rate} · ${seconds.toFixed(1)} s`;
}
class Reporter {
    clock;
    state;
    constructor(clock) {
        this.clock = clock;
    }
    begin(stage, total, totalBytes = 0) {
        if (this.state)
            this.end();
        this.state = { stage, total, totalBytes, done: 0, bytes: 0, started: this.clock() };
    }
    step(bytes) {
        if (!this.state)
            return;
        this.state.done++;
        this.state.bytes += bytes;
        this.changed(this.state, this.clock());
    }
    end() {
        const state = this.state;
        this.state = undefined;
        if (state)
            this.finished(state, this.clock());
    }
}
/** A terminal: the line is redrawn at most every `intervalMs`, and cleared when the stage ends. */
class LineProgress extends Reporter {
    write;
    intervalMs;
    lastDrawn = -Infinity;
    drawn = false;
    constructor(write, clock = () => performance.now(), intervalMs = 100) {
        super(clock);
        this.write = write;
        this.intervalMs = intervalMs;
    }
    changed(state, now) {
        if (now - this.lastDrawn < this.intervalMs && state.done !== state.total)
            return;
        this.lastDrawn = now;
        this.drawn = true;
        this.write(`\r\x1b[2K${progressLine(state, now)}`);
    }
    finished() {
        this.clear();
        this.lastDrawn = -Infinity;
    }
    /** Takes the line away (before other output); the next step draws it again. */
    clear() {
        if (this.drawn)
            this.write('\r\x1b[2K');
        this.drawn = false;
        this.lastDrawn = -Infinity;
    }
}
/**
 * A log: nothing for a stage shorter than `intervalMs`; after that a line every `intervalMs`,
 * and a last one when the stage ends, so a short run's log stays as it was.
 */
class PeriodicProgress extends Reporter {
    log;
    intervalMs;
    lastLogged = 0;
    logged = false;
    constructor(log, clock = () => performance.now(), intervalMs = 5000) {
        super(clock);
        this.log = log;
        this.intervalMs = intervalMs;
    }
    begin(stage, total, totalBytes = 0) {
        super.begin(stage, total, totalBytes);
        this.lastLogged = this.clock();
        this.logged = false;
    }
    changed(state, now) {
        if (now - this.lastLogged < this.intervalMs)
            return;
        this.lastLogged = now;
        this.logged = true;
        this.log(`collectstatic-s3: ${progressLine(state, now)}`);
    }
    finished(state, now) {
        if (this.logged)
            this.log(`collectstatic-s3: ${progressLine(state, now)} (done)`);
    }
}

;// CONCATENATED MODULE: ./src/adapters/toolkit.ts
// The Actions toolkit behind a small interface, so the run can be tested without a runner
// and no other module imports @actions/* directly.


function toProperties(where) {
    if (!where)
        return {};
    return { file: where.file, startLine: where.line, title: where.title };
}
function actionsToolkit() {
    return {
        getInput: (name) => core/* getInput */.V4(name),
        setSecret: (value) => core/* setSecret */.Pq(value),
        setOutput: (name, value) => core/* setOutput */.uH(name, String(value)),
        info: (message) => core/* info */.pq(message),
        notice: (message, where) => core/* notice */.lm(message, toProperties(where)),
        warning: (message, where) => core/* warning */.$e(message, toProperties(where)),
        error: (message, where) => core/* error */.z3(message, toProperties(where)),
        setFailed: (message) => core/* setFailed */.C1(message),
        appendSummary: async (markdown) => {
            // Outside a runner there is no summary file; the report file still has everything.
            if (!process.env.GITHUB_STEP_SUMMARY)
                return;
            await core/* summary */.z.addRaw(markdown, true).write();
        },
        // Runs over a few seconds show a line every few seconds in the log.
        progress: new PeriodicProgress((line) => core/* info */.pq(line))
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/python/values.ts
// The Python values the settings evaluator works with. str, int/float, bool and None are
// JS primitives; containers are mutable objects so aliasing and in-place changes
// (`+=` on a list, `.append`) behave as in Python.
class Scope {
    names = new Map();
    get(name) {
        return this.names.get(name);
    }
    set(name, binding) {
        this.names.set(name, binding);
    }
}
function isObject(value) {
    return value !== null && typeof value === 'object';
}
function isUnknown(value) {
    return isObject(value) && value.kind === 'unknown';
}
function list(items) {
    return { kind: 'list', items };
}
function tuple(items) {
    return { kind: 'tuple', items };
}
function dict(entries = []) {
    return { kind: 'dict', entries: new Map(entries) };
}
function values_native(name, parts) {
    return { kind: 'native', name, ...parts };
}
/** Items of a list or tuple, else null. */
function sequenceItems(value) {
    if (isObject(value) && (value.kind === 'list' || value.kind === 'tuple'))
        return value.items;
    return null;
}
function isDictKey(value) {
    return !isObject(value);
}
function typeName(value) {
    if (value === null)
        return 'NoneType';
    if (typeof value === 'string')
        return 'str';
    if (typeof value === 'boolean')
        return 'bool';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'int' : 'float';
    if (value.kind === 'path')
        return value.style === 'environ' ? 'environ.Path' : 'Path';
    if (value.kind === 'native' || value.kind === 'extern')
        return value.name;
    return value.kind;
}
function extern(name, missing) {
    return missing ? { kind: 'extern', name, missing } : { kind: 'extern', name };
}
function pathValue(path) {
    return { kind: 'path', path, style: 'pathlib' };
}

;// CONCATENATED MODULE: ./src/python/class-info.ts
// What a project class inherits: class attributes through its project bases, and the
// names of the outside classes (Django's, django-storages') at the top of its lineage.

/** A class attribute's binding: the class body first, then the bases depth-first in order. */
function classBinding(cls, name, seen = new Set()) {
    if (seen.has(cls))
        return undefined;
    seen.add(cls);
    const own = cls.scope.get(name);
    if (own)
        return own;
    for (const base of cls.bases) {
        if (isObject(base) && base.kind === 'class') {
            const found = classBinding(base, name, seen);
            if (found)
                return found;
        }
    }
    return undefined;
}
function lineageOf(cls) {
    const lineage = { classes: [], externs: [] };
    const visit = (current) => {
        if (lineage.classes.includes(current))
            return;
        lineage.classes.push(current);
        for (const base of current.bases) {
            if (!isObject(base))
                continue;
            if (base.kind === 'class')
                visit(base);
            if (base.kind === 'extern' && !lineage.externs.includes(base.name))
                lineage.externs.push(base.name);
        }
    };
    visit(cls);
    return lineage;
}
/** Every name in the lineage: the class's own dotted path, its project ancestors and outside bases. */
function lineageNames(cls) {
    const lineage = lineageOf(cls);
    return [...lineage.classes.map((item) => `${item.module}.${item.name}`), ...lineage.externs];
}

;// CONCATENATED MODULE: ./src/python/module-finder.ts
// Finds a dotted module the way Python's path-based import does: each search path entry
// in order; a directory with __init__.py is a regular package, `name.py` a module, and a
// directory without __init__.py one portion of a namespace package, whose portions are
// gathered from all entries. Submodules are searched in the parent package's __path__.


class ModuleFinder {
    searchPath;
    srcFallback;
    listings = new Map();
    /** Top-level packages found only through a src/ fallback folder → that folder. */
    srcFallbackHits = new Map();
    /**
     * @param searchPath the current sys.path (read on every lookup: settings may change it)
     * @param srcFallback folders searched only when nothing is found on the search path
     */
    constructor(searchPath, srcFallback = []) {
        this.searchPath = searchPath;
        this.srcFallback = srcFallback;
    }
    find(dotted) {
        if (!/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/u.test(dotted))
            return null;
        const found = this.findIn(dotted, this.searchPath(), false) ?? this.findIn(dotted, this.srcFallback, true);
        if (found?.viaSrcFallback)
            this.srcFallbackHits.set(dotted.split('.')[0], found.entry);
        return found;
    }
    /** The directory Django uses as an app's `path`: the package's single location, or the module's folder. */
    static directoryOf(spec) {
        if (spec.searchLocations.length === 1)
            return spec.searchLocations[0];
        if (spec.file)
            return external_node_path_default().dirname(spec.file);
        return [...new Set(spec.searchLocations)];
    }
    findIn(dotted, entries, viaSrcFallback) {
        const parts = dotted.split('.');
        let spec = null;
        for (const [i, part] of parts.entries()) {
            const locations = spec ? spec.searchLocations : entries;
            if (spec && locations.length === 0)
                return null;
            const found = this.findOne(part, locations);
            if (!found)
                return null;
            spec = {
                name: parts.slice(0, i + 1).join('.'),
                file: found.file,
                searchLocations: found.searchLocations,
                entry: spec ? spec.entry : found.entry,
                viaSrcFallback
            };
        }
        return spec;
    }
    findOne(name, locations) {
        const portions = [];
        let firstEntry = '';
        for (const location of locations) {
            const listing = this.listing(location);
            if (!listing)
                continue;
            const candidate = external_node_path_default().join(location, name);
            const isDir = listing.has(name) && this.isDirectory(candidate);
            if (isDir && this.listing(candidate)?.has('__init__.py')) {
                return { file: external_node_path_default().join(candidate, '__init__.py'), searchLocations: [candidate], entry: location };
            }
            const moduleFile = listing.has(`${name}.py`) ? `${name}.py` : [...listing].find((file) => isExtensionModule(file, name));
            if (moduleFile)
                return { file: external_node_path_default().join(location, moduleFile), searchLocations: [], entry: location };
            if (isDir) {
                portions.push(candidate);
                firstEntry ||= location;
            }
        }
        return portions.length > 0 ? { file: null, searchLocations: portions, entry: firstEntry } : null;
    }
    listing(dir) {
        if (!this.listings.has(dir)) {
            let names = null;
            try {
                names = new Set((0,external_node_fs_.readdirSync)(dir));
            }
            catch {
                names = null;
            }
            this.listings.set(dir, names);
        }
        return this.listings.get(dir) ?? null;
    }
    isDirectory(candidate) {
        try {
            return (0,external_node_fs_.statSync)(candidate).isDirectory();
        }
        catch {
            return false;
        }
    }
}
/** `name.so`, `name.cpython-311-x86_64-linux-gnu.so`, `name.abi3.so`, `name.pyd`. */
function isExtensionModule(file, name) {
    return file.startsWith(`${name}.`) && /^(?:[\w-]+\.)?(so|pyd)$/.test(file.slice(name.length + 1));
}

;// CONCATENATED MODULE: ./src/python/signals.ts
// Errors the modelled Python functions throw; the evaluator turns each into a value at the
// call site, where it knows the file, line and source text.

/** An operation the evaluator does not model; becomes an Unknown with this reason. */
class NotEvaluable extends Error {
}
/** Python would raise `type` here (KeyError, ImproperlyConfigured, ...). */
class PyRaise extends Error {
    type;
    envVar;
    constructor(type, message, envVar) {
        super(message);
        this.type = type;
        this.envVar = envVar;
    }
}
/** An argument was Unknown, so the result is that same Unknown. */
class UnknownArg extends Error {
    value;
    constructor(value) {
        super(value.reason);
        this.value = value;
    }
}
/** Stops a modelled function when any argument is not known. */
function requireKnown(args) {
    for (const value of [...args.positional, ...args.keywords.values()])
        requireKnownValue(value);
}
function requireKnownValue(value) {
    if (isUnknown(value))
        throw new UnknownArg(value);
}

;// CONCATENATED MODULE: ./src/python/semantics.ts
// Python's meaning of truth, str(), repr() and ==, for the values the evaluator models.
// Helpers get known values; the evaluator deals with Unknown operands before calling them.


function truthy(value) {
    if (value === null)
        return false;
    if (typeof value === 'string')
        return value.length > 0;
    if (typeof value === 'number')
        return value !== 0;
    if (typeof value === 'boolean')
        return value;
    if (value.kind === 'list' || value.kind === 'tuple')
        return value.items.length > 0;
    if (value.kind === 'dict')
        return value.entries.size > 0;
    return true;
}
function pyStr(value) {
    if (typeof value === 'string')
        return value;
    if (isObject(value) && value.kind === 'path')
        return value.path;
    return pyRepr(value);
}
function pyRepr(value) {
    if (value === null)
        return 'None';
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'number')
        return numberRepr(value);
    if (typeof value === 'string')
        return stringRepr(value);
    switch (value.kind) {
        case 'list':
            return `[${value.items.map(pyRepr).join(', ')}]`;
        case 'tuple':
            return value.items.length === 1 ? `(${pyRepr(value.items[0] ?? null)},)` : `(${value.items.map(pyRepr).join(', ')})`;
        case 'dict':
            return `{${[...value.entries].map(([key, item]) => `${pyRepr(key)}: ${pyRepr(item)}`).join(', ')}}`;
        case 'path':
            return value.style === 'environ' ? `<Path:${value.path}>` : `PosixPath(${stringRepr(value.path)})`;
        case 'unknown':
            throw new UnknownArg(value);
        default:
            throw new NotEvaluable(`the text of a ${typeName(value)} value is not known`);
    }
}
function numberRepr(value) {
    if (Number.isInteger(value))
        return String(value);
    if (!Number.isFinite(value))
        return Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf';
    return String(value);
}
/** Python's repr of a str: single quotes unless the text has one and no double quote. */
function stringRepr(text) {
    const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
    const escaped = text.replace(/[\\\n\r\t]/g, (ch) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[ch] ?? ch);
    return quote + (quote === "'" ? escaped.replace(/'/g, "\\'") : escaped) + quote;
}
function pyEquals(a, b) {
    if (!isObject(a) || !isObject(b)) {
        if (isObject(a) || isObject(b))
            return false;
        return a === b || (typeof a !== 'string' && typeof b !== 'string' && a !== null && b !== null && Number(a) === Number(b));
    }
    const itemsA = sequenceItems(a);
    const itemsB = sequenceItems(b);
    if (itemsA && itemsB) {
        return a.kind === b.kind && itemsA.length === itemsB.length && itemsA.every((item, i) => pyEquals(item, itemsB[i] ?? null));
    }
    if (a.kind === 'dict' && b.kind === 'dict') {
        if (a.entries.size !== b.entries.size)
            return false;
        return [...a.entries].every(([key, item]) => b.entries.has(key) && pyEquals(item, b.entries.get(key) ?? null));
    }
    if (a.kind === 'path' && b.kind === 'path')
        return a.path === b.path;
    if (a.kind === 'extern' && b.kind === 'extern')
        return a.name === b.name;
    if (a === b)
        return true;
    throw new NotEvaluable(`cannot compare ${typeName(a)} and ${typeName(b)}`);
}
/** `<`, `<=`, `>`, `>=` for numbers and strings. */
function pyOrder(op, a, b) {
    const bothText = typeof a === 'string' && typeof b === 'string';
    const bothNumbers = isNumeric(a) && isNumeric(b);
    if (!bothText && !bothNumbers)
        throw new NotEvaluable(`cannot order ${typeName(a)} and ${typeName(b)}`);
    const x = bothText ? a : Number(a);
    const y = bothText ? b : Number(b);
    if (op === '<')
        return x < y;
    if (op === '<=')
        return x <= y;
    if (op === '>')
        return x > y;
    return x >= y;
}
function isNumeric(value) {
    return typeof value === 'number' || typeof value === 'boolean';
}
/** Python's `is`: the same singleton, number, string or object. */
function pyIs(a, b) {
    return a === b;
}

;// CONCATENATED MODULE: ./src/python/methods.ts
// Methods of str, list and dict that settings files call (`X.append`, `",".join`, `d.get`).



/** A positional-or-keyword argument; None counts as given. */
function optionalArg(args, index, name) {
    if (index < args.positional.length)
        return args.positional[index];
    return args.keywords.has(name) ? args.keywords.get(name) : undefined;
}
function argAt(args, index, name, fallback) {
    const value = optionalArg(args, index, name);
    if (value !== undefined)
        return value;
    if (fallback !== undefined)
        return fallback;
    throw new NotEvaluable(`missing argument '${name}'`);
}
/** The items a `for` loop or `list()` would see. */
function iterate(value) {
    if (typeof value === 'string')
        return [...value];
    if (isObject(value)) {
        if (value.kind === 'list' || value.kind === 'tuple')
            return value.items;
        if (value.kind === 'dict')
            return [...value.entries.keys()];
        if (value.kind === 'native' && value.iter)
            return value.iter();
    }
    throw new NotEvaluable(`cannot iterate over ${typeName(value)}`);
}
function firstUnknown(values) {
    for (const value of values)
        if (isUnknown(value))
            return value;
    return undefined;
}
function methods_text(value, what) {
    if (typeof value !== 'string')
        throw new NotEvaluable(`${what} must be a str, not ${typeName(value)}`);
    return value;
}
function bound(owner, name, method) {
    return values_native(`${owner}.${name}`, { call: method });
}
function stringMethod(value, name) {
    const method = STRING_METHODS[name];
    return method ? bound('str', name, (args) => method(value, args)) : undefined;
}
const STRING_METHODS = {
    lower: (value) => value.toLowerCase(),
    upper: (value) => value.toUpperCase(),
    strip: (value, args) => stripChars(value, argAt(args, 0, 'chars', null), 'both'),
    lstrip: (value, args) => stripChars(value, argAt(args, 0, 'chars', null), 'start'),
    rstrip: (value, args) => stripChars(value, argAt(args, 0, 'chars', null), 'end'),
    split: (value, args) => list(splitText(value, argAt(args, 0, 'sep', null), argAt(args, 1, 'maxsplit', -1))),
    rsplit: (value, args) => list(rsplitText(value, argAt(args, 0, 'sep', null), argAt(args, 1, 'maxsplit', -1))),
    partition: (value, args) => partition(value, methods_text(argAt(args, 0, 'sep'), 'sep'), false),
    rpartition: (value, args) => partition(value, methods_text(argAt(args, 0, 'sep'), 'sep'), true),
    isupper: (value) => /\p{Lu}/u.test(value) && !/\p{Ll}/u.test(value),
    islower: (value) => /\p{Ll}/u.test(value) && !/\p{Lu}/u.test(value),
    replace: (value, args) => value.split(methods_text(argAt(args, 0, 'old'), 'old')).join(methods_text(argAt(args, 1, 'new'), 'new')),
    startswith: (value, args) => affixTest(argAt(args, 0, 'prefix'), (affix) => value.startsWith(affix)),
    endswith: (value, args) => affixTest(argAt(args, 0, 'suffix'), (affix) => value.endsWith(affix)),
    removeprefix: (value, args) => {
        const prefix = methods_text(argAt(args, 0, 'prefix'), 'prefix');
        return prefix && value.startsWith(prefix) ? value.slice(prefix.length) : value;
    },
    removesuffix: (value, args) => {
        const suffix = methods_text(argAt(args, 0, 'suffix'), 'suffix');
        return suffix && value.endsWith(suffix) ? value.slice(0, -suffix.length) : value;
    },
    join: (value, args) => {
        const items = iterate(argAt(args, 0, 'iterable'));
        return firstUnknown(items) ?? items.map((item) => methods_text(item, 'sequence item')).join(value);
    },
    format: (value, args) => firstUnknown([...args.positional, ...args.keywords.values()]) ?? formatFields(value, args)
};
function stripChars(value, chars, side) {
    const set = chars === null ? null : methods_text(chars, 'chars');
    const strip = (ch) => (set === null ? /\s/.test(ch) : set.includes(ch));
    let start = 0;
    let end = value.length;
    if (side !== 'end')
        while (start < end && strip(value[start]))
            start++;
    if (side !== 'start')
        while (end > start && strip(value[end - 1]))
            end--;
    return value.slice(start, end);
}
function splitText(value, sep, maxsplit) {
    const limit = typeof maxsplit === 'number' ? maxsplit : -1;
    if (sep === null) {
        const words = value.trim().split(/\s+/).filter(Boolean);
        if (limit < 0 || words.length <= limit + 1)
            return words;
        throw new NotEvaluable('split() with maxsplit and no separator is not evaluated');
    }
    const separator = methods_text(sep, 'sep');
    if (separator === '')
        throw new NotEvaluable('empty separator');
    const parts = value.split(separator);
    if (limit < 0 || parts.length <= limit + 1)
        return parts;
    return [...parts.slice(0, limit), parts.slice(limit).join(separator)];
}
function rsplitText(value, sep, maxsplit) {
    const limit = typeof maxsplit === 'number' ? maxsplit : -1;
    if (sep === null) {
        if (limit >= 0)
            throw new NotEvaluable('rsplit() with maxsplit and no separator is not evaluated');
        return value.trim().split(/\s+/).filter(Boolean);
    }
    const separator = methods_text(sep, 'sep');
    if (separator === '')
        throw new NotEvaluable('empty separator');
    const parts = value.split(separator);
    if (limit < 0 || parts.length <= limit + 1)
        return parts;
    return [parts.slice(0, parts.length - limit).join(separator), ...parts.slice(parts.length - limit)];
}
function partition(value, sep, fromRight) {
    if (sep === '')
        throw new NotEvaluable('empty separator');
    const at = fromRight ? value.lastIndexOf(sep) : value.indexOf(sep);
    if (at < 0)
        return tuple(fromRight ? ['', '', value] : [value, '', '']);
    return tuple([value.slice(0, at), sep, value.slice(at + sep.length)]);
}
function affixTest(affix, test) {
    if (isObject(affix) && affix.kind === 'tuple')
        return affix.items.some((item) => test(methods_text(item, 'affix')));
    return test(methods_text(affix, 'affix'));
}
/** str.format with `{}`, `{0}`, `{name}` and `!s`/`!r`; format specs are not evaluated. */
function formatFields(format, args) {
    let auto = 0;
    return format.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (whole, field) => {
        if (whole === '{{')
            return '{';
        if (whole === '}}')
            return '}';
        const match = /^([A-Za-z_]\w*|\d*)(?:!([sr]))?$/.exec(field ?? '');
        if (!match)
            throw new NotEvaluable(`format field {${field}} is not evaluated`);
        const key = match[1] ?? '';
        const value = key === '' ? args.positional[auto++] : /^\d+$/.test(key) ? args.positional[Number(key)] : args.keywords.get(key);
        if (value === undefined)
            throw new NotEvaluable(`no value for format field {${field}}`);
        return match[2] === 'r' ? pyRepr(value) : pyStr(value);
    });
}
function listMethod(value, name) {
    const method = LIST_METHODS[name];
    return method ? bound('list', name, (args) => method(value, args)) : undefined;
}
const LIST_METHODS = {
    append: (value, args) => {
        value.items.push(argAt(args, 0, 'object'));
        return null;
    },
    extend: (value, args) => {
        const source = argAt(args, 0, 'iterable');
        value.items.push(...(isUnknown(source) ? [source] : iterate(source)));
        return null;
    },
    insert: (value, args) => {
        const index = argAt(args, 0, 'index');
        if (typeof index !== 'number')
            throw new NotEvaluable('list.insert() needs an int index');
        const at = index < 0 ? Math.max(value.items.length + index, 0) : Math.min(index, value.items.length);
        value.items.splice(at, 0, argAt(args, 1, 'object'));
        return null;
    },
    remove: (value, args) => {
        const at = indexIn(value.items, argAt(args, 0, 'value'));
        value.items.splice(at, 1);
        return null;
    },
    pop: (value, args) => {
        const index = argAt(args, 0, 'index', -1);
        if (typeof index !== 'number' || value.items.length === 0)
            throw new NotEvaluable('pop from an empty list');
        return value.items.splice(index < 0 ? value.items.length + index : index, 1)[0] ?? null;
    },
    index: (value, args) => indexIn(value.items, argAt(args, 0, 'value')),
    count: (value, args) => value.items.filter((item) => !isUnknown(item) && pyEquals(item, argAt(args, 0, 'value'))).length,
    copy: (value) => list([...value.items])
};
function indexIn(items, wanted) {
    if (isUnknown(wanted))
        throw new NotEvaluable('the value looked for is not known');
    const at = items.findIndex((item) => !isUnknown(item) && pyEquals(item, wanted));
    if (at < 0) {
        if (firstUnknown(items))
            throw new NotEvaluable(`${pyRepr(wanted)} not found among the known items`);
        throw new NotEvaluable(`${pyRepr(wanted)} is not in the list`);
    }
    return at;
}
function tupleMethod(value, name) {
    if (name === 'index')
        return bound('tuple', name, (args) => indexIn(value, argAt(args, 0, 'value')));
    if (name === 'count')
        return bound('tuple', name, (args) => value.filter((item) => !isUnknown(item) && pyEquals(item, argAt(args, 0, 'value'))).length);
    return undefined;
}
function dictMethod(value, name) {
    const method = DICT_METHODS[name];
    return method ? bound('dict', name, (args) => method(value, args)) : undefined;
}
function keyOf(value) {
    if (!isDictKey(value))
        throw new NotEvaluable(`unsupported dict key type ${typeName(value)}`);
    return value;
}
const DICT_METHODS = {
    get: (value, args) => {
        const key = keyOf(argAt(args, 0, 'key'));
        return value.entries.has(key) ? value.entries.get(key) : argAt(args, 1, 'default', null);
    },
    keys: (value) => list([...value.entries.keys()]),
    values: (value) => list([...value.entries.values()]),
    items: (value) => list([...value.entries].map(([key, item]) => tuple([key, item]))),
    copy: (value) => ({ kind: 'dict', entries: new Map(value.entries) }),
    setdefault: (value, args) => {
        const key = keyOf(argAt(args, 0, 'key'));
        if (!value.entries.has(key))
            value.entries.set(key, argAt(args, 1, 'default', null));
        return value.entries.get(key) ?? null;
    },
    pop: (value, args) => {
        const key = keyOf(argAt(args, 0, 'key'));
        const found = value.entries.has(key) ? value.entries.get(key) : argAt(args, 1, 'default');
        value.entries.delete(key);
        return found;
    },
    update: (value, args) => {
        const other = args.positional[0];
        if (other !== undefined) {
            if (!isObject(other) || other.kind !== 'dict')
                throw new NotEvaluable(`dict.update() with ${typeName(other)} is not evaluated`);
            for (const [key, item] of other.entries)
                value.entries.set(key, item);
        }
        for (const [key, item] of args.keywords)
            value.entries.set(key, item);
        return null;
    }
};

;// CONCATENATED MODULE: ./src/pylib/posixpath.ts
// Ports of CPython 3.11 `posixpath` functions used by Django's hashing storage.
/** `posixpath.normpath`: resolves `.`/`..`, collapses `//`, keeps one or two leading slashes. */
function normpath(path) {
    if (path === '')
        return '.';
    let initialSlashes = path.startsWith('/') ? 1 : 0;
    if (path.startsWith('//') && !path.startsWith('///'))
        initialSlashes = 2;
    const parts = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        const keep = part !== '..' || (initialSlashes === 0 && parts.length === 0) || parts.at(-1) === '..';
        if (keep)
            parts.push(part);
        else if (parts.length > 0)
            parts.pop();
    }
    const joined = '/'.repeat(initialSlashes) + parts.join('/');
    return joined === '' ? '.' : joined;
}
/** `posixpath.split`: (head, tail), head without trailing slashes unless it is all slashes. */
function split(path) {
    const cut = path.lastIndexOf('/') + 1;
    let head = path.slice(0, cut);
    const tail = path.slice(cut);
    if (head !== '' && head !== '/'.repeat(head.length))
        head = head.replace(/\/+$/, '');
    return [head, tail];
}
/** `posixpath.dirname`. */
function dirname(path) {
    return split(path)[0];
}
/** `posixpath.join`: an absolute part discards what came before. */
function join(first, ...rest) {
    let path = first;
    for (const part of rest) {
        if (part.startsWith('/'))
            path = part;
        else if (path === '' || path.endsWith('/'))
            path += part;
        else
            path += '/' + part;
    }
    return path;
}
/** `posixpath.splitext`: the last extension; leading dots of the name are not one. */
function splitext(path) {
    const sepIndex = path.lastIndexOf('/');
    const dotIndex = path.lastIndexOf('.');
    if (dotIndex > sepIndex) {
        for (let i = sepIndex + 1; i < dotIndex; i++) {
            if (path[i] !== '.')
                return [path.slice(0, dotIndex), path.slice(dotIndex)];
        }
    }
    return [path, ''];
}
/** `posixpath.abspath`, with `cwd` standing in for the process working directory. */
function abspath(path, cwd) {
    return normpath(path.startsWith('/') ? path : join(cwd, path));
}

;// CONCATENATED MODULE: ./src/python/paths.ts
// Path arithmetic the way Python does it: pathlib's lexical rules, os.path (posixpath)
// and Path.resolve(), which follows symlinks of the parts that exist.



/** pathlib.PurePosixPath(*parts): a later absolute part restarts; `.` and empty parts dropped. */
function pathlibJoin(...parts) {
    let root = '';
    let names = [];
    for (const part of parts) {
        if (part.startsWith('/')) {
            root = '/';
            names = [];
        }
        names.push(...part.split('/').filter((name) => name !== '' && name !== '.'));
    }
    const joined = root + names.join('/');
    return joined === '' ? '.' : joined;
}
function pathlibParent(path) {
    const normal = pathlibJoin(path);
    if (normal === '/' || normal === '.')
        return normal;
    const cut = normal.lastIndexOf('/');
    if (cut < 0)
        return '.';
    return cut === 0 ? '/' : normal.slice(0, cut);
}
function pathlibName(path) {
    const normal = pathlibJoin(path);
    return normal === '/' || normal === '.' ? '' : normal.slice(normal.lastIndexOf('/') + 1);
}
/** pathlib's suffix: from the last dot of the name, unless the name starts with it or ends with it. */
function pathlibSuffix(path) {
    const name = pathlibName(path);
    const dot = name.lastIndexOf('.');
    return dot > 0 && dot < name.length - 1 ? name.slice(dot) : '';
}
function pathlibStem(path) {
    const name = pathlibName(path);
    const suffix = pathlibSuffix(path);
    return suffix ? name.slice(0, -suffix.length) : name;
}
/** os.path.abspath with the project directory as the working directory. */
function paths_abspath(path, cwd) {
    return normpath(path.startsWith('/') ? path : join(cwd, path));
}
/** os.path.dirname. */
function paths_dirname(path) {
    const cut = path.lastIndexOf('/') + 1;
    const head = path.slice(0, cut);
    return head && head !== '/'.repeat(head.length) ? head.replace(/\/+$/, '') : head;
}
/** os.path.basename. */
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** os.path.realpath / Path.resolve(): absolute, symlinks of existing parts followed, `..` applied. */
function realpath(path, cwd) {
    const absolute = paths_abspath(path, cwd);
    try {
        return (0,external_node_fs_.realpathSync)(absolute);
    }
    catch {
        if (absolute === '/')
            return absolute;
        return join(realpath(paths_dirname(absolute), cwd), basename(absolute));
    }
}
/** Expands a leading `~` with HOME, as os.path.expanduser does. */
function expanduser(path, home) {
    if (!home || !(path === '~' || path.startsWith('~/')))
        return path;
    return home.replace(/\/+$/, '') + path.slice(1) || '/';
}

;// CONCATENATED MODULE: ./src/python/native-os.ts
// os, os.path, sys and pathlib as settings files use them. The working directory is the
// project directory (where manage.py runs); os.environ is the action's environment.





/** os.fspath: the text of a str or path. */
function fspath(value) {
    if (typeof value === 'string')
        return value;
    if (isObject(value) && value.kind === 'path')
        return value.path;
    throw new NotEvaluable(`expected str or path, not ${typeName(value)}`);
}
function known(body) {
    return (args) => {
        requireKnown(args);
        return body(args);
    };
}
function fn(name, body) {
    return values_native(name, { call: known(body) });
}
function osModule(rt) {
    const members = {
        environ: environMapping(rt),
        path: osPathModule(rt),
        getenv: fn('os.getenv', (args) => rt.env.get(String(argAt(args, 0, 'key'))) ?? argAt(args, 1, 'default', null)),
        getcwd: fn('os.getcwd', () => rt.projectDir),
        fspath: fn('os.fspath', (args) => fspath(argAt(args, 0, 'path'))),
        sep: '/',
        pathsep: ':',
        curdir: '.',
        pardir: '..',
        name: 'posix',
        linesep: '\n'
    };
    return values_native('os', { attr: (name) => members[name] ?? extern(`os.${name}`) });
}
/** os.environ over the action's environment, changes included (setdefault, item assignment). */
function environMapping(rt) {
    const read = (key) => {
        if (typeof key !== 'string')
            throw new NotEvaluable('environment variable names are strings');
        const value = rt.env.get(key);
        if (value === undefined)
            throw new PyRaise('KeyError', `environment variable ${key} is not set`, key);
        return value;
    };
    const members = {
        get: fn('os.environ.get', (args) => rt.env.get(String(argAt(args, 0, 'key'))) ?? argAt(args, 1, 'default', null)),
        setdefault: fn('os.environ.setdefault', (args) => {
            const key = String(argAt(args, 0, 'key'));
            if (!rt.env.has(key))
                rt.env.set(key, fspath(argAt(args, 1, 'value')));
            return rt.env.get(key) ?? null;
        })
    };
    return values_native('os.environ', {
        attr: (name) => members[name],
        getItem: read,
        setItem: (key, value) => void rt.env.set(String(key), fspath(value)),
        contains: (key) => typeof key === 'string' && rt.env.has(key)
    });
}
function osPathModule(rt) {
    const cwd = rt.projectDir;
    const onePath = (body) => (args) => body(fspath(argAt(args, 0, 'path')));
    const isKind = (path, test) => {
        const absolute = paths_abspath(path, cwd);
        if (!(0,external_node_fs_.existsSync)(absolute))
            return false;
        const stat = (0,external_node_fs_.statSync)(absolute);
        return test === 'any' || (test === 'dir' ? stat.isDirectory() : stat.isFile());
    };
    const members = {
        join: fn('os.path.join', (args) => join(fspath(argAt(args, 0, 'a')), ...args.positional.slice(1).map(fspath))),
        dirname: fn('os.path.dirname', onePath((path) => paths_dirname(path))),
        basename: fn('os.path.basename', onePath((path) => basename(path))),
        abspath: fn('os.path.abspath', onePath((path) => paths_abspath(path, cwd))),
        realpath: fn('os.path.realpath', onePath((path) => realpath(path, cwd))),
        normpath: fn('os.path.normpath', onePath((path) => normpath(path))),
        expanduser: fn('os.path.expanduser', onePath((path) => expanduser(path, rt.env.get('HOME')))),
        exists: fn('os.path.exists', onePath((path) => isKind(path, 'any'))),
        isdir: fn('os.path.isdir', onePath((path) => isKind(path, 'dir'))),
        isfile: fn('os.path.isfile', onePath((path) => isKind(path, 'file'))),
        isabs: fn('os.path.isabs', onePath((path) => path.startsWith('/'))),
        sep: '/'
    };
    return values_native('os.path', { attr: (name) => members[name] ?? extern(`os.path.${name}`) });
}
function sysModule(rt) {
    const members = {
        argv: list([...rt.argv]),
        path: rt.sysPath,
        platform: 'linux'
    };
    return values_native('sys', { attr: (name) => members[name] ?? extern(`sys.${name}`) });
}
function pathlibModule(rt) {
    const members = {};
    for (const name of ['Path', 'PosixPath', 'PurePath', 'PurePosixPath'])
        members[name] = pathClass(rt, name);
    return values_native('pathlib', { attr: (name) => members[name] ?? extern(`pathlib.${name}`) });
}
function pathClass(rt, name) {
    const members = {
        cwd: fn(`${name}.cwd`, () => pathValue(rt.projectDir)),
        home: fn(`${name}.home`, () => pathValue(rt.env.get('HOME') ?? '/'))
    };
    return values_native(`pathlib.${name}`, {
        attr: (member) => members[member],
        call: known((args) => pathValue(pathlibJoin(...args.positional.map(fspath))))
    });
}
/** Attributes and methods of a pathlib.Path or environ.Path value. */
function pathAttribute(rt, value, name) {
    if (value.style === 'environ')
        return environPathAttribute(rt, value, name);
    const path = value.path;
    const cwd = rt.projectDir;
    const method = (body) => fn(`Path.${name}`, body);
    const exists = (test) => method(() => (0,external_node_fs_.existsSync)(paths_abspath(path, cwd)) && test(paths_abspath(path, cwd)));
    switch (name) {
        case 'parent':
            return pathValue(pathlibParent(path));
        case 'parents':
            return ancestors(path);
        case 'name':
            return pathlibName(path);
        case 'stem':
            return pathlibStem(path);
        case 'suffix':
            return pathlibSuffix(path);
        case 'resolve':
            return method(() => pathValue(realpath(path, cwd)));
        case 'absolute':
            return method(() => pathValue(path.startsWith('/') ? path : pathlibJoin(cwd, path)));
        case 'expanduser':
            return method(() => pathValue(expanduser(path, rt.env.get('HOME'))));
        case 'joinpath':
            return method((args) => pathValue(pathlibJoin(path, ...args.positional.map(fspath))));
        case 'as_posix':
            return method(() => path);
        case 'exists':
            return exists(() => true);
        case 'is_dir':
            return exists((absolute) => (0,external_node_fs_.statSync)(absolute).isDirectory());
        case 'is_file':
            return exists((absolute) => (0,external_node_fs_.statSync)(absolute).isFile());
    }
    return undefined;
}
function ancestors(path) {
    return values_native('Path.parents', {
        getItem: (index) => {
            if (typeof index !== 'number' || index < 0)
                throw new NotEvaluable('Path.parents takes a non-negative index');
            let current = path;
            for (let i = 0; i <= index; i++) {
                const parent = pathlibParent(current);
                if (parent === current)
                    throw new PyRaise('IndexError', `${path} has no parent number ${index}`);
                current = parent;
            }
            return pathValue(current);
        }
    });
}
/** django-environ's Path: `root`, `.path(*parts)`, and calling it gives the joined text. */
function environPathAttribute(rt, value, name) {
    if (name === 'root')
        return value.path;
    if (name === 'path') {
        return fn('environ.Path.path', (args) => environPath(rt.projectDir, value.path, args));
    }
    return undefined;
}
function environPath(cwd, start, args) {
    const joined = join(start, ...args.positional.map(fspath));
    return { kind: 'path', path: paths_abspath(joined, cwd), style: 'environ' };
}

;// CONCATENATED MODULE: ./src/project/app-resolver.ts





/** Django's own apps that ship static files; the others are skipped when Django is not installed. */
const DJANGO_APPS_WITH_STATIC = {
    'django.contrib.admin': "the admin's CSS, JavaScript and images under admin/",
    'django.contrib.gis': 'the map widget files under gis/'
};
function resolveApps(entries, context) {
    const result = { apps: [], unresolved: [], staticfilesConfig: null, problems: [] };
    for (const entry of entries) {
        if (context.ignoreApps.includes(entry))
            continue;
        const outcome = resolveEntry(entry, context);
        if (outcome.config && isStaticfilesConfig(outcome.config))
            result.staticfilesConfig = outcome.config;
        if ('app' in outcome) {
            addApp(result, entry, outcome, context);
            if (outcome.notice)
                result.problems.push({ kind: 'settings', severity: 'notice', message: outcome.notice, ...locationOf(outcome.config) });
        }
        else if ('failed' in outcome)
            result.unresolved.push({ entry, message: outcome.failed, severity: 'error' });
        else {
            const unresolved = notFound(entry, outcome.name, outcome.missing, context);
            if (unresolved)
                result.unresolved.push(unresolved);
        }
    }
    return result;
}
function addApp(result, entry, outcome, context) {
    if (context.ignoreApps.includes(outcome.app.name))
        return;
    if (result.apps.some((app) => app.name === outcome.app.name)) {
        result.problems.push({
            kind: 'settings',
            severity: 'warning',
            message: `INSTALLED_APPS lists the app ${outcome.app.name} twice (as '${entry}'); Django would refuse to start ("Application names aren't unique"). The second one was left out.`
        });
        return;
    }
    result.apps.push(outcome.app);
}
/** A StaticFilesConfig subclass other than Django's own (whose list is the default anyway). */
function isStaticfilesConfig(config) {
    return !config.module.startsWith('django.') && lineageNames(config).some((name) => name.endsWith('.StaticFilesConfig'));
}
function resolveEntry(entry, context) {
    const spec = context.finder.find(entry);
    if (spec)
        return moduleApp(entry, spec, context);
    const cut = entry.lastIndexOf('.');
    if (cut < 0 || !/^[A-Z]/.test(entry.slice(cut + 1)))
        return { missing: `the module ${entry} was not found`, name: entry };
    const loaded = context.importer.loadClass(entry, context.rt);
    if (typeof loaded === 'string')
        return { missing: loaded, name: entry };
    return classApp(entry, loaded, context);
}
/** An app module; its apps.py may name a default AppConfig (Django 3.2+ rules). */
function moduleApp(entry, spec, context) {
    const config = defaultConfig(entry, spec, context);
    if (config)
        return classApp(entry, config, context, spec);
    return located(entry, spec, null, null);
}
/** `entryModule`: the INSTALLED_APPS entry is itself this module (and `config` its default AppConfig). */
function classApp(entry, config, context, entryModule) {
    const name = stringAttribute(config, 'name') ?? inheritedName(config);
    if (!name && entryModule)
        return computedName(entry, config, entryModule);
    if (!name)
        return {
            failed: `'${entry}' must supply a name attribute (the app's dotted module), as Django requires of an AppConfig.`,
            config
        };
    const explicitPath = app_resolver_pathAttribute(config, context);
    if (explicitPath)
        return { app: { name, path: explicitPath }, config };
    const spec = context.finder.find(name);
    if (!spec)
        return { missing: `the module ${name} (the name of ${entry}) was not found`, name, config };
    return located(name, spec, config, entry);
}
/**
 * The default AppConfig of an app module whose `name` is computed in a way not evaluated
 * (`name = package.__name__`): Django imports that name, and a default config in
 * `<entry>/apps.py` names its own package, so the entry's module and directory are used.
 */
function computedName(entry, config, spec) {
    const outcome = located(entry, spec, config, null);
    if (!('app' in outcome))
        return outcome;
    const value = classBinding(config, 'name')?.value;
    const why = value !== undefined && isObject(value) && value.kind === 'unknown' ? `: ${value.reason} (\`${value.expr}\`)` : '';
    const notice = `The name of ${config.module}.${config.name}, the default AppConfig of '${entry}', could not be evaluated${why}; ` +
        `as that config is in ${entry}'s own apps.py, the app was taken to be the module ${entry} at ${outcome.app.path}. ` +
        'If it is not, list the app directories in the `apps` input.';
    return { ...outcome, notice };
}
function locationOf(config) {
    return config ? { file: config.at.file, line: config.at.line } : {};
}
function located(name, spec, config, entry) {
    const dir = ModuleFinder.directoryOf(spec);
    if (typeof dir === 'string')
        return { app: { name, path: dir }, config };
    return {
        ...(config ? { config } : {}),
        failed: `The app module ${name}${entry ? ` (of ${entry})` : ''} has ${dir.length ? `several filesystem locations (${dir.join(', ')})` : 'no filesystem location'}; ` +
            "Django requires an AppConfig subclass with a 'path' class attribute for it."
    };
}
/** The AppConfig subclass in `<app>/apps.py` Django would pick on its own, if any. */
function defaultConfig(entry, spec, context) {
    if (spec.searchLocations.length === 0)
        return null;
    const appsSpec = context.finder.find(`${entry}.apps`);
    if (!appsSpec?.file?.endsWith('.py'))
        return null;
    const scope = context.importer.load(appsSpec.file, appsSpec.name, context.rt).scope;
    const candidates = [];
    for (const binding of scope.names.values()) {
        const value = binding.value;
        if (isObject(value) && value.kind === 'class' && value.module === appsSpec.name && isAppConfig(value))
            candidates.push(value);
    }
    const notOptedOut = candidates.filter((candidate) => classBinding(candidate, 'default')?.value !== false);
    if (notOptedOut.length === 1)
        return notOptedOut[0];
    const chosen = notOptedOut.filter((candidate) => classBinding(candidate, 'default')?.value === true);
    return chosen.length === 1 ? chosen[0] : null;
}
function isAppConfig(cls) {
    return lineageNames(cls)
        .slice(1)
        .some((name) => /(^|\.)\w*Config$/.test(name));
}
function stringAttribute(cls, name) {
    const value = classBinding(cls, name)?.value;
    return typeof value === 'string' ? value : null;
}
/** `path = ...` on the config: absolute, or relative to Django's working directory. */
function app_resolver_pathAttribute(cls, context) {
    const value = classBinding(cls, 'path')?.value;
    if (value === undefined || value === null || (typeof value !== 'string' && !(isObject(value) && value.kind === 'path')))
        return null;
    return paths_abspath(fspath(value), context.rt.projectDir);
}
/** An outside base such as django.contrib.staticfiles.apps.StaticFilesConfig names its app: django.contrib.staticfiles. */
function inheritedName(cls) {
    for (const name of lineageOf(cls).externs) {
        const match = /^(.+)\.apps\.\w+$/.exec(name);
        if (match && match[1] !== 'django')
            return match[1];
    }
    return null;
}
function notFound(entry, name, reason, context) {
    const djangoOwn = name === 'django' || name.startsWith('django.');
    const where = context.interpreter
        ? `in ${context.rt.projectDir} or on the Python path of ${context.interpreter}`
        : `in ${context.rt.projectDir} (no Python interpreter was found to search installed packages)`;
    if (!djangoOwn) {
        return {
            entry,
            severity: 'error',
            message: `The app '${entry}' in INSTALLED_APPS was not found ${where}: ${reason}. Install the project's requirements ` +
                'before this step (e.g. actions/setup-python, then pip install -r requirements.txt) so it is found through the ' +
                `\`python\` input, or add '${entry}' to \`ignore-apps\`.`
        };
    }
    const files = DJANGO_APPS_WITH_STATIC[name];
    if (!files)
        return null;
    const why = context.interpreter ? `Django is not installed for ${context.interpreter}` : 'no Python interpreter was found';
    return {
        entry,
        severity: 'warning',
        message: `Django's own app '${entry}' was not found because ${why}, so its static files (${files}) will not be collected. ` +
            'To include them, install Django before this step (actions/setup-python, then pip install -r requirements.txt); ' +
            `the action finds it through the \`python\` input. Or add '${entry}' to \`ignore-apps\` to leave them out on purpose.`
    };
}

;// CONCATENATED MODULE: ./src/project/class-settings.ts

const STATIC_SETTINGS = [
    'INSTALLED_APPS',
    'STATICFILES_DIRS',
    'STATIC_URL',
    'STATIC_ROOT',
    'STATICFILES_FINDERS',
    'STORAGES',
    'STATICFILES_STORAGE'
];
/** The classes of the settings module that hold static-files settings as class attributes. */
function settingsClasses(scope) {
    const found = [];
    for (const binding of scope.names.values()) {
        const value = binding.value;
        if (value === null || typeof value !== 'object' || value.kind !== 'class' || found.includes(value))
            continue;
        const configuration = lineageOf(value).externs.some((name) => name === 'configurations.Configuration' || name.startsWith('configurations.'));
        if (configuration || STATIC_SETTINGS.some((name) => classBinding(value, name) !== undefined))
            found.push(value);
    }
    return found;
}
function classSettingsProblem(scope) {
    const classes = settingsClasses(scope);
    const first = classes[0];
    if (!first)
        return null;
    const configuration = classes.some((cls) => lineageOf(cls).externs.some((name) => name.startsWith('configurations.')));
    const pattern = configuration
        ? 'django-configurations `Configuration` subclasses'
        : 'class-based settings (settings held as class attributes)';
    const names = classes
        .map((cls) => `${cls.name} (${cls.at.file === first.at.file ? 'line ' : `${cls.at.file}:`}${cls.at.line})`)
        .join(', ');
    const held = STATIC_SETTINGS.filter((name) => classes.some((cls) => classBinding(cls, name) !== undefined));
    return {
        kind: 'settings',
        severity: 'error',
        file: first.at.file,
        line: first.at.line,
        message: `The settings use ${pattern}: ${names}${held.length ? ` define ${held.join(', ')}` : ''}. The action's own evaluator does not ` +
            "follow which class becomes the settings, so it cannot tell what Django would collect. Install the project's requirements " +
            "before this step (actions/setup-python, then pip install -r requirements.txt) so the project's Python reads the settings " +
            '(the `python` input), or set the `apps`, `static-dirs`, `static-url` and `static-root` inputs.'
    };
}

;// CONCATENATED MODULE: ./src/python/plain.ts
// Evaluated Python values → plain JSON-like data for the rest of the action. Parts that
// are not known are left out and listed, each with the Unknown that explains it.

function toPlain(value, where, gaps) {
    if (!isObject(value))
        return value;
    switch (value.kind) {
        case 'unknown':
            gaps.push({ where, unknown: value });
            return undefined;
        case 'path':
            return value.path;
        case 'list':
        case 'tuple':
            return value.items.flatMap((item, i) => {
                const plain = toPlain(item, `${where}[${i}]`, gaps);
                return plain === undefined ? [] : [plain];
            });
        case 'dict': {
            const out = {};
            for (const [key, item] of value.entries) {
                const plain = toPlain(item, `${where}[${JSON.stringify(key)}]`, gaps);
                if (plain !== undefined)
                    out[String(key)] = plain;
            }
            return out;
        }
    }
    gaps.push({
        where,
        unknown: null,
        message: `is a ${value.kind === 'extern' || value.kind === 'native' ? value.name : value.kind}, not a plain value`
    });
    return undefined;
}

;// CONCATENATED MODULE: ./src/project/extract.ts
// Reads the static-files settings out of the evaluated settings module, with where each
// value was set, reporting what could not be evaluated.


const DEFAULT_FINDERS = [
    'django.contrib.staticfiles.finders.FileSystemFinder',
    'django.contrib.staticfiles.finders.AppDirectoriesFinder'
];
/** django-storages' AWS_* settings the action uses; credentials are deliberately not read. */
const AWS_SETTINGS = [
    'AWS_STORAGE_BUCKET_NAME',
    'AWS_LOCATION',
    'AWS_S3_OBJECT_PARAMETERS',
    'AWS_S3_FILE_OVERWRITE',
    'AWS_DEFAULT_ACL',
    'AWS_IS_GZIPPED',
    'AWS_S3_ENDPOINT_URL',
    'AWS_S3_REGION_NAME',
    'AWS_S3_CUSTOM_DOMAIN',
    'AWS_S3_URL_PROTOCOL',
    'AWS_S3_ADDRESSING_STYLE',
    'AWS_QUERYSTRING_AUTH'
];
class SettingsReader {
    scope;
    projectDir;
    problems;
    constructor(scope, 
    /** Django's working directory: relative paths in settings are relative to it. */
    projectDir, problems) {
        this.scope = scope;
        this.projectDir = projectDir;
        this.problems = problems;
    }
    binding(name) {
        return this.scope.get(name);
    }
    /** The plain value of a setting, its gaps and guesses reported; undefined when unset or unknown. */
    plain(name, options = {}) {
        const binding = this.scope.get(name);
        if (!binding)
            return undefined;
        const gaps = [];
        const value = toPlain(binding.value, name, gaps);
        if (!options.quiet) {
            this.problems.gaps(name, binding, gaps);
            this.problems.assumptions(name, binding);
        }
        return value === undefined ? undefined : { value, from: provenance(binding) };
    }
    stringList(name) {
        const setting = this.plain(name);
        if (!setting)
            return undefined;
        if (!Array.isArray(setting.value))
            return this.wrongType(name, 'a list of strings', setting);
        const strings = setting.value.filter((item) => typeof item === 'string');
        if (strings.length !== setting.value.length)
            this.problems.add(`${name} has entries that are not strings; they were left out.`, extract_locationOf(setting));
        return { value: strings, from: setting.from };
    }
    /** A str-or-None setting (STATIC_URL, FORCE_SCRIPT_NAME). */
    optionalString(name) {
        const setting = this.plain(name);
        if (!setting)
            return undefined;
        if (setting.value !== null && typeof setting.value !== 'string')
            return this.wrongType(name, 'a string or None', setting);
        return { value: setting.value, from: setting.from };
    }
    /** A path setting (STATIC_ROOT): str or Path, made absolute against the project directory. */
    directory(name) {
        const setting = this.optionalString(name);
        if (!setting || setting.value === null)
            return undefined;
        return { value: this.absolute(setting.value), from: setting.from };
    }
    /** STATICFILES_DIRS: paths and (prefix, path) pairs. */
    staticDirs() {
        const setting = this.plain('STATICFILES_DIRS');
        if (!setting)
            return undefined;
        if (!Array.isArray(setting.value))
            return this.wrongType('STATICFILES_DIRS', 'a list or tuple (staticfiles.E001)', setting);
        const dirs = [];
        for (const entry of setting.value) {
            const [prefix, dir] = Array.isArray(entry) ? entry : ['', entry];
            if (typeof prefix !== 'string' || typeof dir !== 'string' || (Array.isArray(entry) && entry.length !== 2)) {
                this.problems.add(`STATICFILES_DIRS entry ${JSON.stringify(entry)} is neither a path nor a (prefix, path) pair; it was left out.`, extract_locationOf(setting));
                continue;
            }
            dirs.push({ prefix, path: this.absolute(dir) });
        }
        return { value: dirs, from: setting.from };
    }
    /** The AWS_* settings that are set and known; what is not known is reported only when `report`. */
    aws(report) {
        const out = {};
        for (const name of AWS_SETTINGS) {
            const setting = this.plain(name, { quiet: !report });
            if (setting)
                out[name] = setting;
        }
        return out;
    }
    /** Relative paths are relative to where Django runs (the manage.py folder); a trailing slash is kept. */
    absolute(dir) {
        return external_node_path_default().isAbsolute(dir) ? dir : external_node_path_default().join(this.projectDir, dir);
    }
    wrongType(name, expected, setting) {
        this.problems.add(`${name} is ${JSON.stringify(setting.value)}, not ${expected}; it was not used.`, extract_locationOf(setting));
        return undefined;
    }
}
function provenance(binding) {
    return { source: 'settings', file: binding.at.file, line: binding.at.line };
}
function extract_locationOf(setting) {
    return setting.from.file ? { file: setting.from.file, line: setting.from.line ?? 1 } : undefined;
}

;// CONCATENATED MODULE: ./src/python/casts.ts
// Turning environment text into typed values (`cast=bool`, `env.int`), shared by the
// django-environ and python-decouple models.


/** `bool`, `int`, `list`... for a cast argument: a builtin, or a list/tuple/dict literal (django-environ). */
function nameOfCast(cast) {
    if (isObject(cast)) {
        if (cast.kind === 'native' && cast.name.startsWith('builtins.'))
            return cast.name.slice('builtins.'.length);
        if (cast.kind === 'native' && cast.name === 'json.loads')
            return 'json';
        if (cast.kind === 'list' || cast.kind === 'tuple' || cast.kind === 'dict')
            return cast.kind;
    }
    throw new NotEvaluable(`cast=${typeName(cast)} is not evaluated`);
}
const TRUE_TEXT = ['y', 'yes', 't', 'true', 'on', '1'];
const FALSE_TEXT = ['n', 'no', 'f', 'false', 'off', '0', ''];
/** python-decouple's boolean cast (strtobool); empty text is False. */
function castBoolean(value) {
    if (typeof value === 'boolean')
        return value;
    const text = (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '?').toLowerCase();
    if (TRUE_TEXT.includes(text))
        return true;
    if (FALSE_TEXT.includes(text))
        return false;
    throw new PyRaise('ValueError', `invalid truth value ${JSON.stringify(text)}`);
}
function castNumber(value, kind) {
    if (typeof value === 'boolean')
        return Number(value);
    if (typeof value === 'number')
        return kind === 'int' ? Math.trunc(value) : value;
    const text = typeof value === 'string' ? value.trim().replace(/_/g, '') : '';
    const valid = kind === 'int' ? /^[-+]?\d+$/.test(text) : /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text);
    if (!valid)
        throw new PyRaise('ValueError', `invalid literal for ${kind}(): ${JSON.stringify(value)}`);
    return Number(text);
}
function fromJson(text) {
    try {
        return convertJson(JSON.parse(text));
    }
    catch {
        throw new PyRaise('ValueError', 'the text is not valid JSON');
    }
}
function convertJson(value) {
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return value;
    if (Array.isArray(value))
        return list(value.map(convertJson));
    return dict(Object.entries(value).map(([key, item]) => [key, convertJson(item)]));
}

;// CONCATENATED MODULE: ./src/python/builtins.ts
// The builtins settings files call (str, list, bool, len...) and the json module.





function builtin(name, body) {
    return values_native(`builtins.${name}`, {
        call: (args) => {
            requireKnown(args);
            return body(args);
        }
    });
}
const BUILTINS = {
    str: builtin('str', (args) => (args.positional.length === 0 ? '' : pyStr(argAt(args, 0, 'object')))),
    repr: builtin('repr', (args) => pyRepr(argAt(args, 0, 'object'))),
    int: builtin('int', (args) => castNumber(argAt(args, 0, 'x', 0), 'int')),
    float: builtin('float', (args) => castNumber(argAt(args, 0, 'x', 0), 'float')),
    bool: builtin('bool', (args) => truthy(argAt(args, 0, 'x', false))),
    list: builtin('list', (args) => list(args.positional.length === 0 ? [] : [...iterate(argAt(args, 0, 'iterable'))])),
    tuple: builtin('tuple', (args) => tuple(args.positional.length === 0 ? [] : [...iterate(argAt(args, 0, 'iterable'))])),
    dict: builtin('dict', (args) => makeDict(args)),
    len: builtin('len', (args) => lengthOf(argAt(args, 0, 'obj'))),
    sorted: builtin('sorted', (args) => sortedList(iterate(argAt(args, 0, 'iterable')))),
    print: builtin('print', () => null),
    map: builtin('map', (args) => mapped(args)),
    filter: builtin('filter', (args) => filtered(argAt(args, 0, 'function'), iterate(argAt(args, 1, 'iterable')))),
    any: builtin('any', (args) => anyAll(iterate(argAt(args, 0, 'iterable')), true)),
    all: builtin('all', (args) => anyAll(iterate(argAt(args, 0, 'iterable')), false)),
    enumerate: builtin('enumerate', (args) => enumerated(iterate(argAt(args, 0, 'iterable')), argAt(args, 1, 'start', 0))),
    zip: builtin('zip', (args) => zipped(args.positional.map(iterate))),
    reversed: builtin('reversed', (args) => list([...iterate(argAt(args, 0, 'sequence'))].reverse())),
    range: builtin('range', (args) => rangeOf(args.positional))
};
/** Calls a function value (a modelled function, or the project's own def/lambda). */
function callFunction(fn, positional) {
    if (isObject(fn) && fn.kind === 'native' && fn.call)
        return fn.call({ positional, keywords: new Map() });
    throw new NotEvaluable(`calling ${typeName(fn)} here is not evaluated`);
}
/** A known result, or the Unknown a call produced (stops the builtin with it). */
function knownResult(value) {
    requireKnown({ positional: [value], keywords: new Map() });
    return value;
}
function mapped(args) {
    const [fn, ...iterables] = args.positional;
    if (fn === undefined || iterables.length === 0)
        throw new NotEvaluable('map() needs a function and an iterable');
    const columns = iterables.map(iterate);
    const length = Math.min(...columns.map((column) => column.length));
    return list(Array.from({ length }, (_, i) => callFunction(fn, columns.map((column) => column[i]))));
}
function filtered(fn, items) {
    return list(items.filter((item) => truthy(knownResult(fn === null ? item : callFunction(fn, [item])))));
}
function anyAll(items, any) {
    for (const item of items)
        if (truthy(knownResult(item)) === any)
            return any;
    return !any;
}
function enumerated(items, start) {
    if (typeof start !== 'number')
        throw new NotEvaluable('enumerate() start must be an int');
    return list(items.map((item, i) => tuple([start + i, item])));
}
function zipped(columns) {
    const length = columns.length === 0 ? 0 : Math.min(...columns.map((column) => column.length));
    return list(Array.from({ length }, (_, i) => tuple(columns.map((column) => column[i]))));
}
function rangeOf(bounds) {
    if (!bounds.every((bound) => typeof bound === 'number' && Number.isInteger(bound)) || bounds.length < 1 || bounds.length > 3) {
        throw new NotEvaluable('range() needs one to three ints');
    }
    const [start, stop, step] = bounds.length === 1
        ? [0, bounds[0], 1]
        : [bounds[0], bounds[1], bounds[2] ?? 1];
    if (step === 0)
        throw new NotEvaluable('range() step must not be zero');
    const count = Math.max(0, Math.ceil((stop - start) / step));
    if (count > 10_000)
        throw new NotEvaluable('the range is too long to evaluate');
    return list(Array.from({ length: count }, (_, i) => start + i * step));
}
/** `str.strip` and the like, unbound: `map(str.strip, parts)`. */
const STR_TYPE = { ...BUILTINS.str, attr: (name) => unboundStringMethod(name) };
function unboundStringMethod(name) {
    if (stringMethod('', name) === undefined)
        return undefined;
    return values_native(`str.${name}`, {
        call: (args) => {
            const [self, ...rest] = args.positional;
            if (typeof self !== 'string')
                throw new NotEvaluable(`str.${name}() needs a str, not ${typeName(self ?? null)}`);
            const method = stringMethod(self, name);
            return method.call({ positional: rest, keywords: args.keywords });
        }
    });
}
function builtinNamed(name) {
    return name === 'str' ? STR_TYPE : BUILTINS[name];
}
function makeDict(args) {
    const result = dict();
    const source = args.positional[0];
    if (source !== undefined) {
        if (isObject(source) && source.kind === 'dict')
            for (const [key, value] of source.entries)
                result.entries.set(key, value);
        else
            for (const pair of iterate(source))
                addPair(result.entries, pair);
    }
    for (const [key, value] of args.keywords)
        result.entries.set(key, value);
    return result;
}
function addPair(entries, pair) {
    const items = sequenceItems(pair);
    const key = items?.[0];
    if (!items || items.length !== 2 || key === undefined || !isDictKey(key))
        throw new NotEvaluable('dict() needs key/value pairs');
    entries.set(key, items[1] ?? null);
}
function lengthOf(value) {
    if (typeof value === 'string')
        return [...value].length;
    if (isObject(value) && value.kind === 'dict')
        return value.entries.size;
    const items = sequenceItems(value);
    if (!items)
        throw new NotEvaluable(`len() of ${typeName(value)} is not evaluated`);
    return items.length;
}
function sortedList(items) {
    if (items.every((item) => typeof item === 'string'))
        return list([...items].sort(compareCodePoints));
    if (items.every((item) => typeof item === 'number'))
        return list([...items].sort((a, b) => a - b));
    throw new NotEvaluable('sorted() of mixed values is not evaluated');
}
function compareCodePoints(a, b) {
    const x = [...a].map((ch) => ch.codePointAt(0) ?? 0);
    const y = [...b].map((ch) => ch.codePointAt(0) ?? 0);
    for (let i = 0; i < Math.min(x.length, y.length); i++)
        if (x[i] !== y[i])
            return (x[i] ?? 0) - (y[i] ?? 0);
    return x.length - y.length;
}
function jsonModule() {
    const loads = values_native('json.loads', {
        call: (args) => {
            requireKnown(args);
            const text = argAt(args, 0, 's');
            if (typeof text !== 'string')
                throw new NotEvaluable('json.loads() needs a str');
            return fromJson(text);
        }
    });
    return values_native('json', { attr: (name) => (name === 'loads' ? loads : extern(`json.${name}`)) });
}
/** django.conf.global_settings: the static-files defaults settings sometimes build on. */
function globalSettingsModule() {
    const members = {
        INSTALLED_APPS: list([]),
        STATIC_URL: null,
        STATIC_ROOT: null,
        STATICFILES_DIRS: list([]),
        STATICFILES_FINDERS: list([
            'django.contrib.staticfiles.finders.FileSystemFinder',
            'django.contrib.staticfiles.finders.AppDirectoriesFinder'
        ]),
        FORCE_SCRIPT_NAME: null,
        STORAGES: dict([
            ['default', dict([['BACKEND', 'django.core.files.storage.FileSystemStorage']])],
            ['staticfiles', dict([['BACKEND', 'django.contrib.staticfiles.storage.StaticFilesStorage']])]
        ])
    };
    return values_native('django.conf.global_settings', { attr: (name) => members[name] ?? extern(`django.conf.global_settings.${name}`) });
}

// EXTERNAL MODULE: ./node_modules/@lezer/python/dist/index.js + 3 modules
var dist = __webpack_require__(1283);
;// CONCATENATED MODULE: ./src/python/python-parser.ts
// A parsed Python file: the @lezer/python syntax tree plus what the evaluator needs to
// point at places in it (line numbers, source text of a node).

function parsePython(file, source) {
    const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            lineStarts.push(i + 1);
    return { file, source: text, tree: dist/* parser */.K.parse(text), lineStarts };
}
/** 1-based line of an offset. */
function lineOf(parsed, pos) {
    let low = 0;
    let high = parsed.lineStarts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((parsed.lineStarts[mid] ?? 0) <= pos)
            low = mid;
        else
            high = mid - 1;
    }
    return low + 1;
}
function textOf(parsed, node) {
    return parsed.source.slice(node.from, node.to);
}
/** Source of a node on one line, shortened, for messages. */
function snippetOf(parsed, node, max = 80) {
    const flat = textOf(parsed, node).replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
/** Direct children, tokens included, comments left out. */
function childrenOf(node) {
    const out = [];
    for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.name !== 'Comment')
            out.push(child);
    }
    return out;
}
/** Lines holding syntax errors (lezer recovers and marks them with error nodes). */
function syntaxErrorLines(parsed) {
    const lines = new Set();
    parsed.tree.iterate({
        enter: (ref) => {
            if (ref.type.isError)
                lines.add(lineOf(parsed, ref.from));
        }
    });
    return [...lines].sort((a, b) => a - b);
}

;// CONCATENATED MODULE: ./src/python/runtime.ts
// State shared by one evaluation of a settings module and everything it imports:
// the environment it reads, the exception handlers in force, the branch assumptions,
// and where each value came from.

/** A Python exception on its way to an `except` clause that catches it. */
class PyException extends Error {
    type;
    unknown;
    assumption;
    constructor(type, unknown, assumption) {
        super(`${type}: ${unknown.reason}`);
        this.type = type;
        this.unknown = unknown;
        this.assumption = assumption;
    }
}
/** Raised by `break` / `continue` inside an evaluated `for` loop. */
class LoopSignal extends Error {
    kind;
    constructor(kind) {
        super(kind);
        this.kind = kind;
    }
}
const EXCEPTION_PARENTS = {
    KeyError: 'LookupError',
    IndexError: 'LookupError',
    LookupError: 'Exception',
    ModuleNotFoundError: 'ImportError',
    ImportError: 'Exception',
    ImproperlyConfigured: 'Exception',
    UndefinedValueError: 'Exception',
    ValueError: 'Exception',
    TypeError: 'Exception',
    AttributeError: 'Exception',
    FileNotFoundError: 'OSError',
    OSError: 'Exception',
    Exception: 'BaseException'
};
function exceptionCaughtBy(handler, type) {
    for (let current = type; current; current = EXCEPTION_PARENTS[current]) {
        if (current === handler)
            return true;
    }
    return false;
}
class Runtime {
    env;
    projectDir;
    sysPath;
    hasPython;
    importer;
    /** What `manage.py collectstatic --noinput` would see. */
    argv = ['manage.py', 'collectstatic', '--noinput'];
    /** Exception types caught by the `try` bodies being executed, innermost last. */
    handlers = [];
    /** Assumptions of the branches being executed. */
    branch = [];
    /** Assumptions of the names read by the statement being executed. */
    reads = new Set();
    modules = new Map();
    reports = [];
    /** Calls to the project's own functions being evaluated, outermost first (bounds recursion). */
    callDepth = 0;
    budget = 200_000;
    constructor(options) {
        this.env = options.env;
        this.projectDir = options.projectDir;
        this.sysPath = options.sysPath;
        this.hasPython = options.hasPython;
        this.importer = options.importer;
    }
    /** Counts evaluation steps so a pathological file cannot hang the action. */
    step() {
        this.budget--;
        return this.budget > 0;
    }
    /** Python would raise here: throw when an enclosing `except` catches it, else go on with an Unknown. */
    raise(type, unknown, assumption) {
        if (this.handlers.some((types) => types.some((handler) => exceptionCaughtBy(handler, type)))) {
            throw new PyException(type, unknown, assumption);
        }
        return unknown;
    }
    noteRead(binding) {
        for (const assumption of binding.assumptions)
            this.reads.add(assumption);
    }
    /** Runs `body` with a fresh set of reads and returns them, restoring the outer set afterwards. */
    withReads(body) {
        const outer = this.reads;
        const reads = new Set();
        this.reads = reads;
        try {
            return { result: body(), reads };
        }
        finally {
            this.reads = outer;
        }
    }
    withBranch(assumptions, body) {
        const outer = this.branch;
        this.branch = [...outer, ...assumptions];
        try {
            return body();
        }
        finally {
            this.branch = outer;
        }
    }
}
/** The function scopes a function or comprehension defined here can see. */
function visibleFunctionScopes(ctx) {
    const enclosing = ctx.enclosing ?? [];
    return ctx.inFunction && ctx.locals ? [ctx.locals, ...enclosing] : enclosing;
}
/** A comprehension's own scope: it sees the function scopes around it, not a class body's names. */
function comprehensionCtx(ctx, locals) {
    return {
        rt: ctx.rt,
        mod: ctx.mod,
        locals,
        inFunction: true,
        enclosing: visibleFunctionScopes(ctx),
        ...(ctx.returnAssumptions ? { returnAssumptions: ctx.returnAssumptions } : {})
    };
}
/** The binding a name refers to here: local, enclosing functions, then the module. */
function resolveName(ctx, name) {
    const declared = ctx.declared?.get(name);
    if (declared)
        return declared.get(name);
    const local = ctx.locals?.get(name);
    if (local)
        return local;
    for (const scope of ctx.enclosing ?? []) {
        const found = scope.get(name);
        if (found)
            return found;
    }
    return ctx.mod.scope.get(name);
}
function locate(ctx, node) {
    return { file: ctx.mod.parsed.file, line: lineOf(ctx.mod.parsed, node.from) };
}
function unknownAt(ctx, node, reason, envVar) {
    return { kind: 'unknown', reason, expr: snippetOf(ctx.mod.parsed, node), at: locate(ctx, node), ...(envVar ? { envVar } : {}) };
}
function currentScope(ctx, name) {
    const declared = name === undefined ? undefined : ctx.declared?.get(name);
    if (declared)
        return declared;
    return ctx.locals ?? ctx.mod.scope;
}
/** Binds a name in the current scope, carrying the branch and read assumptions along. */
function bindName(ctx, name, value, at, extra = []) {
    const assumptions = new Set([...ctx.rt.branch, ...ctx.rt.reads, ...extra]);
    currentScope(ctx, name).set(name, { value, at, assumptions: [...assumptions] });
}
/** A name's value changed in place (`X.append`, `X["k"] = v`): move its provenance here. */
function touchName(ctx, name, at) {
    const binding = resolveName(ctx, name);
    if (!binding)
        return;
    const assumptions = new Set([...binding.assumptions, ...ctx.rt.branch, ...ctx.rt.reads]);
    binding.at = at;
    binding.assumptions = [...assumptions];
}

;// CONCATENATED MODULE: ./src/python/comprehensions.ts
// List, dict and generator comprehensions (`[x.strip() for x in raw.split(",") if x]`,
// `{k: v for k, v in pairs}`, `any(app.startswith("x") for app in APPS)`), with several
// `for` and `if` clauses and unpacking targets. A generator is evaluated to a list.







const MAX_ITEMS = 10_000;
const BRACKETS = new Set(['[', ']', '{', '}', '(', ')']);
/** The element nodes (before the first `for`) and the clauses after it. */
function comprehensionParts(kids) {
    const inner = kids.filter((kid) => !BRACKETS.has(kid.name));
    const firstFor = inner.findIndex((kid) => kid.name === 'for');
    if (firstFor < 1)
        throw new NotEvaluable('this comprehension was not understood');
    const clauses = [];
    let i = firstFor;
    while (i < inner.length) {
        const keyword = inner[i];
        if (keyword.name === 'for') {
            const inAt = inner.findIndex((kid, at) => at > i && kid.name === 'in');
            const iterable = inner[inAt + 1];
            if (inAt < 0 || !iterable)
                throw new NotEvaluable('this comprehension was not understood');
            clauses.push({ kind: 'for', targets: inner.slice(i + 1, inAt), iterable });
            i = inAt + 2;
        }
        else if (keyword.name === 'if' && inner[i + 1]) {
            clauses.push({ kind: 'if', test: inner[i + 1] });
            i += 2;
        }
        else if (keyword.name === 'async') {
            throw new NotEvaluable('async comprehensions are not evaluated');
        }
        else {
            throw new NotEvaluable('this comprehension was not understood');
        }
    }
    return { element: inner.slice(0, firstFor), clauses };
}
/** Runs the clauses, calling `emit` in the comprehension's scope for each combination that passes. */
function run(clauses, ctx, emit) {
    const inner = comprehensionCtx(ctx, new Scope());
    let count = 0;
    const step = (index, scopeCtx) => {
        const clause = clauses[index];
        if (!clause) {
            if (++count > MAX_ITEMS)
                throw new NotEvaluable('the comprehension is too long to evaluate');
            return emit(scopeCtx);
        }
        if (clause.kind === 'if') {
            const test = evaluate(clause.test, scopeCtx);
            if (isUnknown(test))
                throw new UnknownArg(test);
            if (truthy(test))
                step(index + 1, scopeCtx);
            return;
        }
        // The first iterable is evaluated where the comprehension is, as in Python.
        const iterable = evaluate(clause.iterable, index === 0 ? ctx : scopeCtx);
        if (isUnknown(iterable))
            throw new UnknownArg(iterable);
        for (const item of iterate(iterable)) {
            assignTargets(clause.targets, item, inner, locate(ctx, clause.iterable));
            step(index + 1, inner);
        }
    };
    step(0, inner);
}
/** `[...]` and generator expressions: a list. */
function listComprehension(kids, ctx) {
    const { element, clauses } = comprehensionParts(kids);
    if (element.length !== 1)
        throw new NotEvaluable('this comprehension was not understood');
    const out = [];
    run(clauses, ctx, (inner) => void out.push(evaluate(element[0], inner)));
    return list(out);
}
function dictComprehension(kids, ctx) {
    const { element, clauses } = comprehensionParts(kids);
    const [keyNode, colon, valueNode] = element;
    if (element.length !== 3 || colon?.name !== ':' || !keyNode || !valueNode)
        throw new NotEvaluable('this dict comprehension was not understood');
    const out = dict();
    run(clauses, ctx, (inner) => {
        const key = evaluate(keyNode, inner);
        if (isUnknown(key))
            throw new UnknownArg(key);
        if (!isDictKey(key))
            throw new NotEvaluable(`${typeName(key)} dict keys are not evaluated`);
        out.entries.set(key, evaluate(valueNode, inner));
    });
    return out;
}

;// CONCATENATED MODULE: ./src/python/slices.ts
// `x[a:b:c]` on lists, tuples and strings (`sys.argv[1:2] == ['test']`, `name[:-1]`).



/** The parts of `[start:stop:step]` when the subscript is a slice, else null. */
function sliceParts(kids, ctx) {
    const inner = kids.slice(2, -1);
    if (!inner.some((kid) => kid.name === ':'))
        return null;
    if (inner.some((kid) => kid.name === ','))
        throw new NotEvaluable('multi-dimensional slices are not evaluated');
    const fields = [null];
    for (const kid of inner) {
        if (kid.name === ':')
            fields.push(null);
        else
            fields[fields.length - 1] = kid;
    }
    const [start, stop, step] = fields.map((node) => (node ? slices_bound(evaluate(node, ctx)) : null));
    return { start: start ?? null, stop: stop ?? null, step: step ?? null };
}
function slices_bound(value) {
    if (isUnknown(value))
        throw new UnknownArg(value);
    if (value === null)
        return null;
    if (typeof value === 'number' && Number.isInteger(value))
        return value;
    if (typeof value === 'boolean')
        return Number(value);
    throw new NotEvaluable(`slice indices must be integers or None, not ${typeName(value)}`);
}
function sliceOf(object, slice) {
    if (typeof object === 'string')
        return pick([...object], slice).join('');
    if (isObject(object) && object.kind === 'list')
        return list(pick(object.items, slice));
    if (isObject(object) && object.kind === 'tuple')
        return tuple(pick(object.items, slice));
    throw new NotEvaluable(`slices of ${typeName(object)} are not evaluated`);
}
/** CPython's PySlice_AdjustIndices, then the picked items. */
function pick(items, slice) {
    const length = items.length;
    const step = slice.step ?? 1;
    if (step === 0)
        throw new NotEvaluable('slice step cannot be zero');
    const clamp = (value, fallback, low, high) => {
        if (value === null)
            return fallback;
        const adjusted = value < 0 ? value + length : value;
        return Math.min(Math.max(adjusted, low), high);
    };
    const out = [];
    if (step > 0) {
        const start = clamp(slice.start, 0, 0, length);
        const stop = clamp(slice.stop, length, 0, length);
        for (let i = start; i < stop; i += step)
            out.push(items[i]);
    }
    else {
        const start = clamp(slice.start, length - 1, -1, length - 1);
        const stop = clamp(slice.stop, -1, -1, length - 1);
        for (let i = start; i > stop; i += step)
            out.push(items[i]);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/python/evaluate-access.ts
// Calls, attribute access and subscripts.









function callExpression(node, ctx) {
    const [calleeNode, argList] = childrenOf(node);
    if (!calleeNode || !argList)
        throw new NotEvaluable('incomplete call');
    const callee = evaluate(calleeNode, ctx);
    if (isUnknown(callee))
        return callee;
    return callValue(callee, argumentsOf(argList, ctx), ctx);
}
/** Positional, keyword, `*args` and `**kwargs` arguments of an ArgList. */
function argumentsOf(argList, ctx) {
    const args = { positional: [], keywords: new Map() };
    const kids = childrenOf(argList).filter((kid) => kid.name !== '(' && kid.name !== ')');
    // `f(x for a, b in pairs)`: a bare generator is the only argument, its commas are its own.
    if (kids.some((kid) => kid.name === 'for'))
        return { positional: [listComprehension(kids, ctx)], keywords: new Map() };
    for (const group of splitOnCommas(kids)) {
        addArgument(group, args, ctx);
    }
    return args;
}
function splitOnCommas(kids) {
    const groups = [[]];
    for (const kid of kids) {
        if (kid.name === ',')
            groups.push([]);
        else
            groups[groups.length - 1]?.push(kid);
    }
    return groups.filter((group) => group.length > 0);
}
function addArgument(group, args, ctx) {
    const [first, second, third] = group;
    if (!first)
        return;
    if (first.name === '*' || first.name === '**') {
        const value = evaluate(second, ctx);
        if (isUnknown(value))
            throw new UnknownArg(value);
        if (first.name === '*')
            args.positional.push(...iterate(value));
        else if (isObject(value) && value.kind === 'dict')
            for (const [key, item] of value.entries)
                args.keywords.set(String(key), item);
        else
            throw new NotEvaluable(`cannot unpack ${typeName(value)} as keyword arguments`);
    }
    else if (second?.name === 'AssignOp' && third) {
        args.keywords.set(textOf(ctx.mod.parsed, first), evaluate(third, ctx));
    }
    else {
        args.positional.push(evaluate(first, ctx));
    }
}
function callValue(callee, args, ctx) {
    if (isObject(callee)) {
        if (callee.kind === 'unknown')
            return callee;
        if (callee.kind === 'native' && callee.call)
            return callee.call(args);
        if (callee.kind === 'path' && callee.style === 'environ') {
            for (const value of args.positional)
                if (isUnknown(value))
                    throw new UnknownArg(value);
            return environPath(ctx.rt.projectDir, callee.path, args).path;
        }
        if (callee.kind === 'class')
            throw new NotEvaluable(`instances of the project's class ${callee.name} are not evaluated`);
        if (callee.kind === 'extern')
            throw new NotEvaluable(`calls to ${callee.name}() are not evaluated${callee.missing ? ` (${callee.missing})` : ''}`);
    }
    throw new NotEvaluable(`${typeName(callee)} is not callable here`);
}
function memberExpression(node, ctx) {
    const kids = childrenOf(node);
    const object = evaluate(kids[0], ctx);
    if (isUnknown(object))
        return object;
    if (kids[1]?.name === '.') {
        const name = textOf(ctx.mod.parsed, kids[2]);
        const value = attributeOf(object, name, ctx, node);
        if (value === undefined)
            throw new NotEvaluable(`${typeName(object)}.${name} is not evaluated`);
        return value;
    }
    const slice = sliceParts(kids, ctx);
    if (slice)
        return sliceOf(object, slice);
    const key = subscriptKey(kids, ctx);
    if (isUnknown(key))
        return key;
    return itemOf(object, key);
}
/** The key inside `[...]`; slices are not evaluated. */
function subscriptKey(kids, ctx) {
    const inner = kids.slice(2, -1);
    if (inner.some((kid) => kid.name === ':'))
        throw new NotEvaluable('slices are not evaluated');
    const parts = inner.filter((kid) => kid.name !== ',');
    if (parts.length === 1)
        return evaluate(parts[0], ctx);
    return tuple(parts.map((part) => evaluate(part, ctx)));
}
function attributeOf(object, name, ctx, node) {
    if (typeof object === 'string')
        return stringMethod(object, name);
    if (!isObject(object))
        return undefined;
    switch (object.kind) {
        case 'list':
            return listMethod(object, name);
        case 'tuple':
            return tupleMethod(object.items, name);
        case 'dict':
            return dictMethod(object, name);
        case 'path':
            return pathAttribute(ctx.rt, object, name);
        case 'native':
            return object.attr?.(name);
        case 'extern':
            return externAttribute(object, name, ctx);
        case 'class':
            return boundToClass(object, classAttribute(object, name, ctx));
        case 'module': {
            const binding = object.scope.get(name);
            if (binding) {
                ctx.rt.noteRead(binding);
                return binding.value;
            }
            return ctx.rt.importer.importModule(`${object.name}.${name}`, ctx, node);
        }
    }
    return undefined;
}
/** An outside module's `__name__` is its dotted name (`name = package.__name__` in an AppConfig). */
function externAttribute(object, name, ctx) {
    if (name === '__name__' && !object.missing && ctx.rt.importer.findsModule(object.name))
        return object.name;
    return ctx.rt.importer.modelled(`${object.name}.${name}`, ctx) ?? extern(`${object.name}.${name}`, object.missing);
}
/** A `@classmethod` looked up on a class gets the class as its first argument. */
function boundToClass(cls, value) {
    if (value === undefined || !isObject(value) || value.kind !== 'native' || value.method !== 'classmethod' || !value.call)
        return value;
    const call = value.call;
    return values_native(`${cls.name}.${value.name}`, {
        call: (args) => call({ positional: [cls, ...args.positional], keywords: args.keywords })
    });
}
/** A class attribute, looked up the class's own body first, then its bases in order. */
function classAttribute(cls, name, ctx) {
    const own = cls.scope.get(name);
    if (own) {
        ctx?.rt.noteRead(own);
        return own.value;
    }
    for (const base of cls.bases) {
        if (isObject(base) && base.kind === 'class') {
            const found = classAttribute(base, name, ctx);
            if (found !== undefined)
                return found;
        }
    }
    return undefined;
}
function itemOf(object, key) {
    if (isObject(object)) {
        if (object.kind === 'dict') {
            if (!isDictKey(key))
                throw new NotEvaluable(`${typeName(key)} dict keys are not evaluated`);
            if (!object.entries.has(key))
                throw new PyRaise('KeyError', `the key ${pyRepr(key)} is not in the dict`);
            return object.entries.get(key);
        }
        if (object.kind === 'list' || object.kind === 'tuple')
            return indexed(object.items, key);
        if (object.kind === 'native' && object.getItem)
            return object.getItem(key);
    }
    if (typeof object === 'string')
        return indexed([...object], key);
    throw new NotEvaluable(`${typeName(object)}[...] is not evaluated`);
}
function indexed(items, key) {
    if (typeof key !== 'number' || !Number.isInteger(key))
        throw new NotEvaluable(`indexes must be integers, not ${typeName(key)}`);
    const item = items[key < 0 ? items.length + key : key];
    if (item === undefined)
        throw new PyRaise('IndexError', `index ${key} is out of range`);
    return item;
}

;// CONCATENATED MODULE: ./src/python/operators.ts
// Arithmetic and container operators on known values: `+` joins lists and strings, `/`
// joins pathlib paths, `-` walks up an environ.Path, `%` formats strings.




function binaryOp(op, a, b, cwd) {
    if (isNumeric(a) && isNumeric(b))
        return numberOp(op, Number(a), Number(b));
    switch (op) {
        case '+':
            return plus(a, b);
        case '*':
            return repeat(a, b);
        case '/':
            return slash(a, b);
        case '-':
            return minus(a, b, cwd);
        case '%':
            if (typeof a === 'string')
                return percentFormat(a, b);
            break;
        case '|':
            if (isObject(a) && a.kind === 'dict' && isObject(b) && b.kind === 'dict')
                return dict([...a.entries, ...b.entries]);
            break;
    }
    throw new NotEvaluable(`unsupported operand types for ${op}: ${typeName(a)} and ${typeName(b)}`);
}
function numberOp(op, x, y) {
    const divides = op === '/' || op === '//' || op === '%';
    if (divides && y === 0)
        throw new NotEvaluable('division by zero');
    switch (op) {
        case '+':
            return x + y;
        case '-':
            return x - y;
        case '*':
            return x * y;
        case '/':
            return x / y;
        case '//':
            return Math.floor(x / y);
        case '%':
            return x - y * Math.floor(x / y);
        case '**':
            return x ** y;
        case '|':
            return x | y;
        case '&':
            return x & y;
        case '^':
            return x ^ y;
        case '<<':
            return x << y;
        case '>>':
            return x >> y;
    }
    throw new NotEvaluable(`unsupported number operator ${op}`);
}
function plus(a, b) {
    if (typeof a === 'string' && typeof b === 'string')
        return a + b;
    if (isObject(a) && isObject(b) && a.kind === b.kind && (a.kind === 'list' || a.kind === 'tuple')) {
        const items = [...(sequenceItems(a) ?? []), ...(sequenceItems(b) ?? [])];
        return a.kind === 'list' ? list(items) : tuple(items);
    }
    if (isObject(a) && a.kind === 'path' && a.style === 'environ' && typeof b === 'string') {
        return { ...a, path: pathlibJoin(a.path, b) };
    }
    throw new NotEvaluable(`cannot add ${typeName(b)} to ${typeName(a)}`);
}
function repeat(a, b) {
    const [seq, count] = typeof b === 'number' ? [a, b] : [b, a];
    if (typeof count !== 'number' || !Number.isInteger(count))
        throw new NotEvaluable(`cannot multiply ${typeName(a)} by ${typeName(b)}`);
    if (typeof seq === 'string')
        return seq.repeat(Math.max(count, 0));
    const items = sequenceItems(seq);
    if (!items || !isObject(seq))
        throw new NotEvaluable(`cannot multiply ${typeName(a)} by ${typeName(b)}`);
    const repeated = Array.from({ length: Math.max(count, 0) }, () => items).flat();
    return seq.kind === 'list' ? list(repeated) : tuple(repeated);
}
/** pathlib's `/`, including `"str" / Path`. */
function slash(a, b) {
    const left = isPath(a) ? a.path : typeof a === 'string' && isPath(b) ? a : null;
    const right = isPath(b) ? b.path : typeof b === 'string' ? b : null;
    if (left === null || right === null)
        throw new NotEvaluable(`unsupported operand types for /: ${typeName(a)} and ${typeName(b)}`);
    return { kind: 'path', path: pathlibJoin(left, right), style: 'pathlib' };
}
/** environ.Path(__file__) - 3: three levels up (the file itself counts as one). */
function minus(a, b, cwd) {
    if (isPath(a) && a.style === 'environ' && typeof b === 'number' && Number.isInteger(b) && b >= 0) {
        return { kind: 'path', path: paths_abspath(join(a.path, '../'.repeat(b)), cwd), style: 'environ' };
    }
    throw new NotEvaluable(`unsupported operand types for -: ${typeName(a)} and ${typeName(b)}`);
}
function isPath(value) {
    return isObject(value) && value.kind === 'path';
}
/** printf-style formatting with %s, %r-free, %d and %%. */
function percentFormat(format, args) {
    const values = sequenceItems(args) !== null && isObject(args) && args.kind === 'tuple' ? [...(sequenceItems(args) ?? [])] : [args];
    const out = format.replace(/%(%|s|d|i)/g, (_whole, kind) => {
        if (kind === '%')
            return '%';
        if (values.length === 0)
            throw new NotEvaluable('not enough arguments for format string');
        const value = values.shift();
        if (kind === 's')
            return pyStr(value);
        if (!isNumeric(value))
            throw new NotEvaluable(`%${kind} needs a number`);
        return String(Math.trunc(Number(value)));
    });
    if (/%[^%sdi]/.test(format.replace(/%%/g, '')))
        throw new NotEvaluable('only %s and %d formats are evaluated');
    if (values.length > 0)
        throw new NotEvaluable('not all arguments converted during string formatting');
    return out;
}

;// CONCATENATED MODULE: ./src/python/python-strings.ts
// Python string literals: prefixes, quotes and backslash escapes, as the tokenizer reads them.
/** Splits `rb'''x'''` into prefix, quotes and body; null when it is not a complete literal. */
function literalParts(text) {
    const match = /^([A-Za-z]{0,2})('''|"""|'|")/.exec(text);
    if (!match)
        return null;
    const prefix = (match[1] ?? '').toLowerCase();
    const quote = match[2] ?? '';
    if (!text.endsWith(quote) || text.length < prefix.length + quote.length * 2)
        return null;
    return {
        prefix,
        raw: prefix.includes('r'),
        bytes: prefix.includes('b'),
        format: prefix.includes('f'),
        bodyStart: prefix.length + quote.length,
        bodyEnd: text.length - quote.length
    };
}
const SIMPLE_ESCAPES = {
    '\n': '',
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v'
};
/** Applies Python's backslash escapes; unknown escapes keep their backslash, as Python does. */
function python_strings_unescape(body) {
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const ch = body[i];
        if (ch !== '\\' || i + 1 >= body.length) {
            out += ch;
            continue;
        }
        const [text, used] = escapeAt(body, i + 1);
        out += text;
        i += used;
    }
    return out;
}
/** The text of the escape whose letter is at `at`, and how many characters it used. */
function escapeAt(body, at) {
    const next = body[at];
    if (next === '\r')
        return ['', body[at + 1] === '\n' ? 2 : 1];
    if (next in SIMPLE_ESCAPES)
        return [SIMPLE_ESCAPES[next], 1];
    const octal = /^[0-7]{1,3}/.exec(body.slice(at));
    if (octal)
        return [String.fromCodePoint(parseInt(octal[0], 8)), octal[0].length];
    const widths = { x: 2, u: 4, U: 8 };
    const width = widths[next];
    if (width !== undefined) {
        const hex = body.slice(at + 1, at + 1 + width);
        if (new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex))
            return [String.fromCodePoint(parseInt(hex, 16)), width + 1];
    }
    return [`\\${next}`, 1];
}
/** Value of a plain (not f-) string literal. */
function decodeLiteral(text) {
    const parts = literalParts(text);
    if (!parts || parts.format)
        return null;
    const body = text.slice(parts.bodyStart, parts.bodyEnd);
    return parts.raw ? body : python_strings_unescape(body);
}
/** A literal piece of an f-string: escapes, then `{{`/`}}` → `{`/`}`. */
function decodeFormatPiece(piece, raw) {
    const text = raw ? piece : python_strings_unescape(piece);
    return text.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
}

;// CONCATENATED MODULE: ./src/python/functions.ts
// Functions and lambdas the project defines (`def env_list(name, default): ...`,
// `location = lambda x: os.path.join(BASE, x)`): a call runs the body with the same
// evaluator, in a scope of its own that sees the enclosing functions and the defining
// module's globals. Calls nest only so deep, so recursion cannot hang the action.






const MAX_CALL_DEPTH = 24;
/** `return value` inside a function call, carrying what the returned value depends on. */
class ReturnSignal extends Error {
    value;
    assumptions;
    constructor(value, assumptions) {
        super('return');
        this.value = value;
        this.assumptions = assumptions;
    }
}
function defineFunction(node, name, ctx) {
    const params = node.getChild('ParamList');
    const body = node.getChild('Body');
    if (!body)
        throw new NotEvaluable(`the body of ${name}() was not understood`);
    return functionValue({ name, params: params ? paramsOf(params, ctx) : [], body, isLambda: false, at: locate(ctx, node) }, ctx);
}
function defineLambda(node, ctx) {
    const kids = childrenOf(node);
    const colon = kids.findIndex((kid) => kid.name === ':');
    const body = kids[colon + 1];
    if (colon < 0 || !body)
        throw new NotEvaluable('this lambda was not understood');
    const params = node.getChild('ParamList');
    return functionValue({ name: '<lambda>', params: params ? paramsOf(params, ctx) : [], body, isLambda: true, at: locate(ctx, node) }, ctx);
}
/** Parameters in order; defaults are evaluated once, where the function is defined, as in Python. */
function paramsOf(list, ctx) {
    const params = [];
    let keywordOnly = false;
    for (const group of groups(childrenOf(list).filter((kid) => kid.name !== '(' && kid.name !== ')'))) {
        const star = group[0]?.name === '*' ? 'star' : group[0]?.name === '**' ? 'starstar' : null;
        const nameNode = group.find((kid) => kid.name === 'VariableName');
        const assign = group.findIndex((kid) => kid.name === 'AssignOp');
        if (!nameNode) {
            if (star === 'star')
                keywordOnly = true;
            continue;
        }
        const kind = star ?? (keywordOnly ? 'keyword' : 'plain');
        if (kind === 'star')
            keywordOnly = true;
        const defaultNode = assign >= 0 ? group[assign + 1] : undefined;
        params.push({
            name: textOf(ctx.mod.parsed, nameNode),
            kind,
            ...(defaultNode ? { fallback: evaluate(defaultNode, ctx) } : {})
        });
    }
    return params;
}
function groups(kids) {
    const out = [[]];
    for (const kid of kids) {
        if (kid.name === ',')
            out.push([]);
        else
            out[out.length - 1]?.push(kid);
    }
    return out.filter((group) => group.length > 0);
}
function functionValue(def, ctx) {
    const closure = visibleFunctionScopes(ctx);
    const where = `${def.name}() at ${def.at.file}:${def.at.line}`;
    const attributes = { __name__: def.name, __module__: ctx.mod.name };
    return values_native(def.name, {
        attr: (name) => attributes[name],
        call: (args) => {
            if (ctx.rt.callDepth >= MAX_CALL_DEPTH)
                throw new NotEvaluable(`calls nest more than ${MAX_CALL_DEPTH} deep (recursion?) in ${where}`);
            const locals = bindArguments(def, args, where);
            const inner = {
                rt: ctx.rt,
                mod: ctx.mod,
                locals,
                inFunction: true,
                enclosing: closure,
                declared: new Map(),
                returnAssumptions: []
            };
            ctx.rt.callDepth++;
            try {
                return runCall(def, inner);
            }
            finally {
                ctx.rt.callDepth--;
            }
        }
    });
}
/** Runs the body; the result's provenance (guessed branches, names read) joins the caller's reads. */
function runCall(def, ctx) {
    let value = null;
    let assumptions = [];
    if (def.isLambda) {
        const { result, reads } = ctx.rt.withReads(() => evaluate(def.body, ctx));
        value = result;
        assumptions = [...reads];
    }
    else {
        try {
            runBody(def.body, ctx);
        }
        catch (error) {
            if (!(error instanceof ReturnSignal))
                throw error;
            value = error.value;
            assumptions = error.assumptions;
        }
    }
    for (const assumption of [...assumptions, ...(ctx.returnAssumptions ?? [])])
        ctx.rt.reads.add(assumption);
    return value;
}
/** Python's argument binding: positional, keywords, defaults, `*args` and `**kwargs`. */
function bindArguments(def, args, where) {
    const scope = new Scope();
    const at = def.at;
    const set = (name, value) => scope.set(name, { value, at, assumptions: [] });
    const keywords = new Map(args.keywords);
    let next = 0;
    for (const param of def.params) {
        if (param.kind === 'star') {
            set(param.name, tuple(args.positional.slice(next)));
            next = args.positional.length;
        }
        else if (param.kind === 'starstar') {
            set(param.name, dict(keywords));
            keywords.clear();
        }
        else if (param.kind === 'plain' && next < args.positional.length) {
            if (keywords.has(param.name))
                throw new NotEvaluable(`${where} got multiple values for argument '${param.name}'`);
            set(param.name, args.positional[next++]);
        }
        else if (keywords.has(param.name)) {
            set(param.name, keywords.get(param.name));
            keywords.delete(param.name);
        }
        else if (param.fallback !== undefined) {
            set(param.name, param.fallback);
        }
        else {
            throw new NotEvaluable(`${where} is missing the argument '${param.name}'`);
        }
    }
    if (next < args.positional.length)
        throw new NotEvaluable(`${where} takes ${next} positional arguments but ${args.positional.length} were given`);
    const unexpected = [...keywords.keys()][0];
    if (unexpected !== undefined)
        throw new NotEvaluable(`${where} got an unexpected keyword argument '${unexpected}'`);
    return scope;
}
/** `return expr`: stops the running call with the value and what it depends on. */
function returnStatement(node, ctx) {
    const expression = childrenOf(node).filter((kid) => kid.name !== 'return');
    const { result, reads } = ctx.rt.withReads(() => {
        if (expression.length === 0)
            return null;
        if (expression.length === 1)
            return evaluate(expression[0], ctx);
        return tuple(expression.filter((kid) => kid.name !== ',').map((kid) => evaluate(kid, ctx)));
    });
    throw new ReturnSignal(result, [...ctx.rt.branch, ...reads]);
}
/** `global X` / `nonlocal X` in a function: later assignments to X go to the module or the enclosing call. */
function scopeStatement(node, ctx) {
    const kids = childrenOf(node);
    const isGlobal = kids[0]?.name === 'global';
    for (const kid of kids) {
        if (kid.name !== 'VariableName')
            continue;
        const name = textOf(ctx.mod.parsed, kid);
        const target = isGlobal ? ctx.mod.scope : ctx.enclosing?.find((scope) => scope.get(name) !== undefined);
        if (!target)
            throw new NotEvaluable(`no binding for nonlocal '${name}' was found`);
        ctx.declared?.set(name, target);
    }
}
const TRANSPARENT_DECORATORS = new Set(['functools.cache', 'functools.lru_cache', 'cache', 'lru_cache', 'staticmethod']);
/** What a decorated `def` binds: the function, a classmethod, or an Unknown for decorators not modelled. */
function decorate(fn, decorators, ctx) {
    let value = fn;
    for (const decorator of [...decorators].reverse()) {
        const expression = childrenOf(decorator).filter((kid) => kid.name !== 'At');
        const text = expression
            .map((kid) => textOf(ctx.mod.parsed, kid))
            .join('')
            .replace(/\(\s*(maxsize\s*=\s*)?(None|\d+)?\s*\)$/, '');
        if (text === 'classmethod')
            value = { ...fn, method: 'classmethod' };
        else if (!TRANSPARENT_DECORATORS.has(text)) {
            const reason = `${fn.name}() is decorated with @${text}, which is not evaluated`;
            return values_native(fn.name, {
                call: () => {
                    throw new NotEvaluable(reason);
                }
            });
        }
    }
    return value;
}

;// CONCATENATED MODULE: ./src/python/introspection.ts
// Builtins that look at objects by name or type: `getattr(configuration, 'BASE_PATH', '')`,
// `hasattr(local_settings, 'INSTALLED_APPS')`, `isinstance(value, str)`. Whether an
// attribute is missing is certain only for the project's own modules and classes; for
// anything opaque the answer is an Unknown that says why.




/** The builtins that need to know where they are called from, or undefined. */
function contextBuiltin(name, ctx) {
    switch (name) {
        case 'getattr':
            return values_native('builtins.getattr', { call: (args) => getattr(args, ctx) });
        case 'hasattr':
            return values_native('builtins.hasattr', { call: (args) => hasattr(args, ctx) });
        case 'isinstance':
            return values_native('builtins.isinstance', { call: (args) => isinstance(args) });
    }
    return undefined;
}
function getattr(args, ctx) {
    requireKnown({ positional: args.positional.slice(0, 2), keywords: new Map() });
    const object = argAt(args, 0, 'object');
    const name = attributeName(argAt(args, 1, 'name'));
    const found = lookup(object, name, ctx);
    if (found !== undefined)
        return found;
    const fallback = args.positional[2];
    if (fallback !== undefined)
        return fallback;
    throw new PyRaise('AttributeError', `${typeName(object)} has no attribute '${name}'`);
}
function hasattr(args, ctx) {
    requireKnown(args);
    return lookup(argAt(args, 0, 'obj'), attributeName(argAt(args, 1, 'name')), ctx) !== undefined;
}
function attributeName(value) {
    if (typeof value !== 'string')
        throw new NotEvaluable(`attribute name must be a str, not ${typeName(value)}`);
    return value;
}
/** The attribute, undefined when it certainly does not exist; NotEvaluable when that cannot be told. */
function lookup(object, name, ctx) {
    if (isObject(object) && object.kind === 'module')
        return moduleAttribute(object, name, ctx);
    if (isObject(object) && object.kind === 'class') {
        const found = attributeOf(object, name, ctx, ctx.mod.parsed.tree.topNode);
        if (found !== undefined)
            return found;
        const opaque = object.bases.find((base) => !isObject(base) || base.kind !== 'class');
        if (opaque !== undefined)
            throw new NotEvaluable(`whether ${object.name} has '${name}' is not known (it derives from ${typeName(opaque)}, which is not evaluated)`);
        return undefined;
    }
    if (isObject(object) && object.kind === 'extern')
        throw new NotEvaluable(`the attributes of ${object.name} are not known${object.missing ? ` (${object.missing})` : ''}`);
    const found = attributeOf(object, name, ctx, ctx.mod.parsed.tree.topNode);
    // A modelled module answers names it does not model with an opaque stand-in: existence unknown.
    const opaque = found !== undefined && isObject(found) && found.kind === 'extern';
    if (found === undefined || opaque)
        throw new NotEvaluable(`whether ${typeName(object)} has '${name}' is not evaluated`);
    return found;
}
/** A project module's name, or its submodule; missing means missing (the module ran completely). */
function moduleAttribute(module, name, ctx) {
    const binding = module.scope.get(name);
    if (binding) {
        ctx.rt.noteRead(binding);
        return binding.value;
    }
    if (!ctx.rt.importer.findsModule(`${module.name}.${name}`)) {
        const gap = module.incomplete;
        if (gap)
            throw new NotEvaluable(`whether ${module.name} has '${name}' is not known (its star import at ${gap.file}:${gap.line} could not be followed)`);
        return undefined;
    }
    return ctx.rt.importer.importModule(`${module.name}.${name}`, ctx, ctx.mod.parsed.tree.topNode);
}
const BUILTIN_TYPES = {
    'builtins.str': (value) => typeof value === 'string',
    'builtins.bool': (value) => typeof value === 'boolean',
    'builtins.int': (value) => typeof value === 'boolean' || (typeof value === 'number' && Number.isInteger(value)),
    'builtins.float': (value) => typeof value === 'number' && !Number.isInteger(value),
    'builtins.list': (value) => isObject(value) && value.kind === 'list',
    'builtins.tuple': (value) => isObject(value) && value.kind === 'tuple',
    'builtins.dict': (value) => isObject(value) && value.kind === 'dict'
};
/** isinstance with the builtin types (or a tuple of them). */
function isinstance(args) {
    requireKnown(args);
    const value = argAt(args, 0, 'obj');
    const types = argAt(args, 1, 'class_or_tuple');
    const candidates = sequenceItems(types) ?? [types];
    return candidates.some((type) => {
        const test = isObject(type) && type.kind === 'native' ? BUILTIN_TYPES[type.name] : undefined;
        if (!test)
            throw new NotEvaluable(`isinstance() with ${typeName(type)} is not evaluated`);
        return test(value);
    });
}

;// CONCATENATED MODULE: ./src/python/evaluate.ts
// Evaluates one Python expression of the syntax tree to a value. What it cannot evaluate
// becomes an Unknown that says where and why, instead of failing the whole file.













const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ',', '*', '**', ':']);
function evaluate(node, ctx) {
    if (!ctx.rt.step())
        return unknownAt(ctx, node, 'the evaluation step limit was reached');
    try {
        return evaluateNode(node, ctx);
    }
    catch (error) {
        return valueOfSignal(error, node, ctx);
    }
}
/** Turns what a modelled operation threw into the value at this node (or rethrows a Python exception). */
function valueOfSignal(error, node, ctx) {
    if (error instanceof NotEvaluable)
        return unknownAt(ctx, node, error.message);
    if (error instanceof UnknownArg)
        return error.value;
    if (error instanceof PyRaise)
        return ctx.rt.raise(error.type, unknownAt(ctx, node, error.message, error.envVar));
    throw error;
}
function evaluateNode(node, ctx) {
    const text = () => textOf(ctx.mod.parsed, node);
    switch (node.name) {
        case 'String':
            return stringLiteral(text());
        case 'FormatString':
            return formatString(node, ctx);
        case 'ContinuedString':
            return concatenated(node, ctx);
        case 'Number':
            return numberLiteral(text());
        case 'Boolean':
            return text() === 'True';
        case 'None':
            return null;
        case 'VariableName':
            return lookupName(text(), ctx);
        case 'ParenthesizedExpression':
            return parenthesized(node, ctx);
        case 'TupleExpression':
            return tuple(itemsOf(node, ctx));
        case 'ArrayExpression':
            return list(itemsOf(node, ctx));
        case 'DictionaryExpression':
            return dictionary(node, ctx);
        case 'ArrayComprehensionExpression':
        case 'ComprehensionExpression':
            return listComprehension(childrenOf(node), ctx);
        case 'DictionaryComprehensionExpression':
            return dictComprehension(childrenOf(node), ctx);
        case 'BinaryExpression':
            return binaryExpression(node, ctx);
        case 'UnaryExpression':
            return unaryExpression(node, ctx);
        case 'ConditionalExpression':
            return conditional(node, ctx);
        case 'CallExpression':
            return callExpression(node, ctx);
        case 'MemberExpression':
            return memberExpression(node, ctx);
        case 'LambdaExpression':
            return defineLambda(node, ctx);
    }
    throw new NotEvaluable(`${node.type.isError ? 'a syntax error' : `a ${node.name}`} is not evaluated`);
}
function lookupName(name, ctx) {
    const binding = resolveName(ctx, name);
    if (binding) {
        ctx.rt.noteRead(binding);
        return binding.value;
    }
    const builtin = builtinNamed(name) ?? contextBuiltin(name, ctx);
    if (builtin !== undefined)
        return builtin;
    throw new NotEvaluable(`the name ${name} is not defined at this point`);
}
function stringLiteral(text) {
    const value = decodeLiteral(text);
    if (value === null)
        throw new NotEvaluable('this string literal is not understood');
    return value;
}
function formatString(node, ctx) {
    const source = ctx.mod.parsed.source;
    const parts = literalParts(textOf(ctx.mod.parsed, node));
    if (!parts)
        throw new NotEvaluable('this f-string is not understood');
    let out = '';
    let cursor = node.from + parts.bodyStart;
    for (const child of childrenOf(node)) {
        if (child.name !== 'FormatReplacement')
            continue;
        out += decodeFormatPiece(source.slice(cursor, child.from), parts.raw);
        const value = replacement(child, ctx);
        if (isUnknown(value))
            return value;
        out += value;
        cursor = child.to;
    }
    return out + decodeFormatPiece(source.slice(cursor, node.from + parts.bodyEnd), parts.raw);
}
/** One `{expr!r}` of an f-string; format specs are not evaluated. */
function replacement(node, ctx) {
    const kids = childrenOf(node).filter((kid) => kid.name !== '{' && kid.name !== '}');
    const [expression, ...rest] = kids;
    const conversion = rest.find((kid) => kid.name === 'FormatConversion');
    const unsupported = rest.find((kid) => kid.name !== 'FormatConversion');
    if (!expression || unsupported)
        throw new NotEvaluable('f-string fields with format specs or `=` are not evaluated');
    const value = evaluate(expression, ctx);
    if (isUnknown(value))
        return value;
    return conversion && textOf(ctx.mod.parsed, conversion) === '!r' ? pyRepr(value) : pyStr(value);
}
function concatenated(node, ctx) {
    let out = '';
    for (const part of childrenOf(node)) {
        const value = evaluate(part, ctx);
        if (typeof value !== 'string')
            return isUnknown(value) ? value : unknownAt(ctx, part, 'mixed string literal');
        out += value;
    }
    return out;
}
function numberLiteral(text) {
    const clean = text.replace(/_/g, '');
    if (/[jJ]$/.test(clean))
        throw new NotEvaluable('complex numbers are not evaluated');
    const radix = /^0[xX]/.test(clean) ? 16 : /^0[oO]/.test(clean) ? 8 : /^0[bB]/.test(clean) ? 2 : 10;
    return radix === 10 ? Number(clean) : parseInt(clean.slice(2), radix);
}
function parenthesized(node, ctx) {
    const inner = childrenOf(node).filter((kid) => !PUNCTUATION.has(kid.name));
    if (inner.length !== 1 || childrenOf(node).some((kid) => kid.name === '*'))
        throw new NotEvaluable('this parenthesized form is not evaluated');
    return evaluate(inner[0], ctx);
}
/** Items of a list or tuple display, `*spread` included. */
function itemsOf(node, ctx) {
    const out = [];
    let spread = false;
    for (const kid of childrenOf(node)) {
        if (PUNCTUATION.has(kid.name)) {
            spread = kid.name === '*';
            continue;
        }
        const value = evaluate(kid, ctx);
        if (spread && isUnknown(value))
            throw new UnknownArg(value);
        if (spread)
            out.push(...iterate(value));
        else
            out.push(value);
        spread = false;
    }
    return out;
}
function dictionary(node, ctx) {
    const result = dict();
    let key;
    let spread = false;
    for (const kid of childrenOf(node)) {
        if (kid.name === '**')
            spread = true;
        if (PUNCTUATION.has(kid.name))
            continue;
        const value = evaluate(kid, ctx);
        if (spread) {
            if (isUnknown(value))
                throw new UnknownArg(value);
            if (!isObject(value) || value.kind !== 'dict')
                throw new NotEvaluable(`cannot unpack ${typeName(value)} into a dict`);
            for (const [k, v] of value.entries)
                result.entries.set(k, v);
            spread = false;
        }
        else if (key === undefined) {
            key = value;
        }
        else {
            if (isUnknown(key))
                throw new UnknownArg(key);
            if (!isDictKey(key))
                throw new NotEvaluable(`${typeName(key)} dict keys are not evaluated`);
            result.entries.set(key, value);
            key = undefined;
        }
    }
    return result;
}
function binaryExpression(node, ctx) {
    const kids = childrenOf(node);
    const left = kids[0];
    const right = kids[kids.length - 1];
    const op = kids
        .slice(1, -1)
        .map((kid) => textOf(ctx.mod.parsed, kid))
        .join(' ');
    const a = evaluate(left, ctx);
    if (isUnknown(a))
        return a;
    if (op === 'and' || op === 'or')
        return truthy(a) === (op === 'and') ? evaluate(right, ctx) : a;
    const b = evaluate(right, ctx);
    if (isUnknown(b))
        return b;
    return compareOrCompute(op, a, b, ctx);
}
function compareOrCompute(op, a, b, ctx) {
    switch (op) {
        case '==':
            return pyEquals(a, b);
        case '!=':
        case '<>':
            return !pyEquals(a, b);
        case '<':
        case '<=':
        case '>':
        case '>=':
            return pyOrder(op, a, b);
        case 'is':
            return pyIs(a, b);
        case 'is not':
            return !pyIs(a, b);
        case 'in':
            return contains(b, a);
        case 'not in':
            return negate(contains(b, a));
    }
    return binaryOp(op, a, b, ctx.rt.projectDir);
}
function negate(value) {
    return typeof value === 'boolean' ? !value : value;
}
/** `item in container`. */
function contains(container, item) {
    if (typeof container === 'string') {
        if (typeof item !== 'string')
            throw new NotEvaluable(`'in <string>' needs a str, not ${typeName(item)}`);
        return container.includes(item);
    }
    if (isObject(container)) {
        if (container.kind === 'dict') {
            if (!isDictKey(item))
                throw new NotEvaluable(`${typeName(item)} is not a dict key`);
            return container.entries.has(item);
        }
        if (container.kind === 'list' || container.kind === 'tuple') {
            if (container.items.some((entry) => !isUnknown(entry) && pyEquals(entry, item)))
                return true;
            return firstUnknown(container.items) ?? false;
        }
        if (container.kind === 'native' && container.contains)
            return container.contains(item);
    }
    throw new NotEvaluable(`'in' on ${typeName(container)} is not evaluated`);
}
function unaryExpression(node, ctx) {
    const [op, operandNode] = childrenOf(node);
    if (!op || !operandNode)
        throw new NotEvaluable('incomplete expression');
    if (textOf(ctx.mod.parsed, op) === 'not')
        return notOf(operandNode, ctx);
    const operand = evaluate(operandNode, ctx);
    if (isUnknown(operand))
        return operand;
    const symbol = textOf(ctx.mod.parsed, op);
    if (symbol === 'not')
        return !truthy(operand);
    if (typeof operand !== 'number' && typeof operand !== 'boolean')
        throw new NotEvaluable(`bad operand type for unary ${symbol}: ${typeName(operand)}`);
    if (symbol === '-')
        return -Number(operand);
    if (symbol === '+')
        return Number(operand);
    return ~Number(operand);
}
/**
 * `not X`. The parser gives `not` the lowest precedence (`not A and B` parses as
 * `not (A and B)`), while in Python it binds tighter than `and`, `or` and `if`-`else`:
 * re-associate so `not` applies to the leftmost operand only, as Python does.
 */
function notOf(operand, ctx) {
    const kids = childrenOf(operand);
    const op = operand.name === 'BinaryExpression' && kids.length === 3 ? textOf(ctx.mod.parsed, kids[1]) : '';
    if (op === 'and' || op === 'or') {
        const a = notOf(kids[0], ctx);
        if (isUnknown(a))
            return a;
        return truthy(a) === (op === 'and') ? evaluate(kids[2], ctx) : a;
    }
    if (operand.name === 'ConditionalExpression') {
        const [whenTrue, condition, whenFalse] = kids.filter((kid) => kid.name !== 'if' && kid.name !== 'else');
        if (!whenTrue || !condition || !whenFalse)
            throw new NotEvaluable('incomplete conditional expression');
        const test = evaluate(condition, ctx);
        if (isUnknown(test))
            return test;
        return truthy(test) ? notOf(whenTrue, ctx) : evaluate(whenFalse, ctx);
    }
    const value = evaluate(operand, ctx);
    return isUnknown(value) ? value : !truthy(value);
}
function conditional(node, ctx) {
    const parts = childrenOf(node).filter((kid) => kid.name !== 'if' && kid.name !== 'else');
    const [whenTrue, condition, whenFalse] = parts;
    if (!whenTrue || !condition || !whenFalse)
        throw new NotEvaluable('incomplete conditional expression');
    const test = evaluate(condition, ctx);
    if (isUnknown(test))
        return test;
    return evaluate(truthy(test) ? whenTrue : whenFalse, ctx);
}

;// CONCATENATED MODULE: ./src/python/syntax-scan.ts
// What a block of statements would change, read from the syntax alone: used for branches
// and loops the evaluator does not run, so the names they touch carry an assumption.

/** Methods that change the object they are called on. */
const MUTATING_METHODS = new Set([
    'append',
    'extend',
    'insert',
    'remove',
    'pop',
    'update',
    'setdefault',
    'clear',
    'sort',
    'reverse'
]);
/** The variable at the root of `A`, `A.b`, `A["k"][0]`, `A.append(...)`; null for anything else. */
function rootName(node, parsed) {
    let current = node;
    while (current && (current.name === 'MemberExpression' || current.name === 'CallExpression'))
        current = current.firstChild;
    return current?.name === 'VariableName' ? textOf(parsed, current) : null;
}
/** `X.append(...)`-style calls: the name whose value they change. */
function mutatedName(call, parsed) {
    if (call.name !== 'CallExpression')
        return null;
    const callee = call.firstChild;
    if (callee?.name !== 'MemberExpression')
        return null;
    const method = callee.lastChild;
    if (method?.name !== 'PropertyName' || !MUTATING_METHODS.has(textOf(parsed, method)))
        return null;
    return rootName(callee.firstChild, parsed);
}
/** Names a statement block assigns, changes in place, imports, defines or deletes. */
function assignedNames(node, parsed) {
    const names = new Set();
    const add = (target) => {
        if (!target)
            return;
        if (target.name === 'TupleExpression' || target.name === 'ArrayExpression' || target.name === 'ParenthesizedExpression') {
            for (const kid of childrenOf(target))
                add(kid);
            return;
        }
        const name = rootName(target, parsed);
        if (name)
            names.add(name);
    };
    node.cursor().iterate((ref) => {
        const current = ref.node;
        switch (current.name) {
            case 'AssignStatement': {
                const kids = childrenOf(current).filter((kid) => kid.name !== 'TypeDef');
                const lastOp = kids.map((kid) => kid.name).lastIndexOf('AssignOp');
                for (const kid of kids.slice(0, Math.max(lastOp, 0)))
                    if (kid.name !== 'AssignOp' && kid.name !== ',')
                        add(kid);
                break;
            }
            case 'UpdateStatement':
            case 'DeleteStatement':
                add(current.name === 'UpdateStatement' ? current.firstChild : current.firstChild?.nextSibling);
                break;
            case 'ExpressionStatement': {
                const name = current.firstChild ? mutatedName(current.firstChild, parsed) : null;
                if (name)
                    names.add(name);
                break;
            }
            case 'ForStatement':
                for (let kid = current.firstChild?.nextSibling; kid && kid.name !== 'in'; kid = kid.nextSibling)
                    add(kid);
                break;
            case 'FunctionDefinition':
            case 'ClassDefinition':
                add(current.getChild('VariableName'));
                return false;
            case 'ImportStatement':
                for (const name of importedNames(current, parsed))
                    names.add(name);
                break;
        }
        return undefined;
    });
    return names;
}
/** Names an import statement binds (`import a.b` binds `a`; `from x import y as z` binds `z`). */
function importedNames(node, parsed) {
    const kids = childrenOf(node);
    const importAt = kids.findIndex((kid) => kid.name === 'import');
    const out = [];
    let afterAs = false;
    let startOfItem = true;
    for (const kid of kids.slice(importAt + 1)) {
        if (kid.name === ',')
            startOfItem = true;
        if (kid.name === 'as')
            afterAs = true;
        if (kid.name !== 'VariableName')
            continue;
        const text = textOf(parsed, kid);
        if (afterAs)
            out.splice(out.length - 1, 1, text);
        else if (startOfItem)
            out.push(text);
        afterAs = false;
        startOfItem = false;
    }
    return out;
}
/** Calls that change the environment settings read later. */
const ENVIRONMENT_LOADERS = /(^|\.)(read_env|load_dotenv)$/;
/** Whether running the block assigns anything (not only `pass`, `raise`, `print(...)`, docstrings). */
function hasEffect(body, parsed) {
    let found = false;
    body.cursor().iterate((ref) => {
        if (found)
            return false;
        const name = ref.name;
        if ([
            'AssignStatement',
            'UpdateStatement',
            'ImportStatement',
            'DeleteStatement',
            'FunctionDefinition',
            'ClassDefinition',
            'ReturnStatement'
        ].includes(name))
            found = true;
        const call = name === 'ExpressionStatement' ? ref.node.firstChild : null;
        if (call?.name === 'CallExpression') {
            found =
                mutatedName(call, parsed) !== null ||
                    ENVIRONMENT_LOADERS.test(textOf(parsed, call.firstChild).replace(/\s+/g, ''));
        }
        return undefined;
    });
    return found;
}
/** Whether a block holds a `return` of its own function (not of a function defined inside it). */
function containsReturn(block) {
    let found = false;
    block.cursor().iterate((ref) => {
        if (found || ref.name === 'FunctionDefinition' || ref.name === 'LambdaExpression' || ref.name === 'ClassDefinition')
            return false;
        if (ref.name === 'ReturnStatement')
            found = true;
        return undefined;
    });
    return found;
}

;// CONCATENATED MODULE: ./src/python/control-flow.ts
// if / try / for / with. A condition that can be evaluated picks its branch as Python
// would. One that cannot: the first branch that assigns anything is run, and every name
// any of the branches assigns carries an assumption saying so; the settings extractor
// reports it when an extracted setting depends on it.









const MAX_LOOP_ITERATIONS = 10_000;
function ifBranches(node) {
    const branches = [];
    let keyword = null;
    let test = null;
    for (const kid of childrenOf(node)) {
        if (kid.name === 'if' || kid.name === 'elif' || kid.name === 'else') {
            keyword = kid;
            test = null;
        }
        else if (kid.name === 'Body' && keyword) {
            branches.push({ keyword, test, body: kid });
        }
        else {
            test = kid;
        }
    }
    return branches;
}
function runIf(node, ctx) {
    const branches = ifBranches(node);
    const depends = new Set();
    for (const [i, branch] of branches.entries()) {
        if (!branch.test)
            return ctx.rt.withBranch(depends, () => runBody(branch.body, ctx));
        const { result, reads } = ctx.rt.withReads(() => evaluate(branch.test, ctx));
        for (const assumption of reads)
            depends.add(assumption);
        if (isUnknown(result))
            return guessBranch(branches.slice(i), result, depends, ctx);
        if (truthy(result))
            return ctx.rt.withBranch(depends, () => runBody(branch.body, ctx));
    }
}
function guessBranch(branches, condition, depends, ctx) {
    const chosen = branches.find((branch) => hasEffect(branch.body, ctx.mod.parsed));
    const first = branches[0];
    if (!chosen)
        return;
    const parsed = ctx.mod.parsed;
    const which = chosen === first
        ? 'its first branch'
        : `the \`${textOf(parsed, chosen.keyword)}\` branch at line ${lineOf(parsed, chosen.keyword.from)}`;
    const header = `${textOf(parsed, first.keyword)} ${snippetOf(parsed, first.test)}`;
    const assumption = {
        at: locate(ctx, first.keyword),
        text: `the condition \`${header}\` could not be evaluated (${describeUnknown(condition, ctx)}), so ${which} was assumed`
    };
    ctx.rt.withBranch([...depends, assumption], () => runBody(chosen.body, ctx));
    for (const branch of branches)
        if (branch !== chosen)
            markAssigned(branch.body, assumption, ctx);
}
/** The reason, and where it arose when that is elsewhere. */
function describeUnknown(unknown, ctx) {
    const sameFile = unknown.at.file === ctx.mod.parsed.file;
    return sameFile
        ? `${unknown.reason}, at line ${unknown.at.line}`
        : `${unknown.reason}, at ${unknown.at.file}:${unknown.at.line}`;
}
/** The names a block would assign keep their values, but now with `assumption` attached. */
function markAssigned(block, assumption, ctx) {
    // A block not run (or a branch not taken) that could have returned decides the function's result too.
    if (ctx.returnAssumptions && containsReturn(block))
        ctx.returnAssumptions.push(assumption);
    for (const name of assignedNames(block, ctx.mod.parsed)) {
        const binding = currentScope(ctx, name).get(name);
        if (binding && !binding.assumptions.includes(assumption))
            binding.assumptions = [...binding.assumptions, assumption];
    }
}
function skipStatement(node, ctx, reason) {
    markAssigned(node, { at: locate(ctx, node), text: `\`${snippetOf(ctx.mod.parsed, node, 50)}\` was not run (${reason})` }, ctx);
}
function tryParts(node, ctx) {
    const parts = { body: null, handlers: [], orElse: null, final: null };
    let clause = '';
    let pending = [];
    for (const kid of childrenOf(node)) {
        if (['try', 'except', 'else', 'finally'].includes(kid.name)) {
            clause = kid.name;
            pending = [];
        }
        else if (kid.name !== 'Body') {
            pending.push(kid);
        }
        else if (clause === 'except') {
            const [test, , name] = pending.filter((item) => item.name !== '*');
            parts.handlers.push({ types: test ? exceptionNames(test, ctx) : ['BaseException'], name: name ?? null, body: kid });
        }
        else if (clause === 'try')
            parts.body = kid;
        else if (clause === 'else')
            parts.orElse = kid;
        else if (clause === 'finally')
            parts.final = kid;
    }
    return parts;
}
/** Names of the exception classes an `except` clause lists. */
function exceptionNames(test, ctx) {
    if (test.name === 'TupleExpression' || test.name === 'ParenthesizedExpression') {
        return childrenOf(test)
            .filter((kid) => !['(', ')', ','].includes(kid.name))
            .flatMap((kid) => exceptionNames(kid, ctx));
    }
    return [textOf(ctx.mod.parsed, test).split('.').pop() ?? ''];
}
function runTry(node, ctx) {
    const parts = tryParts(node, ctx);
    try {
        const caught = runGuarded(parts, ctx);
        if (caught)
            runHandler(caught.handler, caught.error, parts, ctx);
        else if (parts.orElse)
            runBody(parts.orElse, ctx);
    }
    finally {
        if (parts.final)
            runBody(parts.final, ctx);
    }
}
function runGuarded(parts, ctx) {
    if (!parts.body)
        return null;
    ctx.rt.handlers.push(parts.handlers.flatMap((handler) => handler.types));
    try {
        runBody(parts.body, ctx);
        return null;
    }
    catch (error) {
        if (!(error instanceof PyException))
            throw error;
        const handler = parts.handlers.find((candidate) => candidate.types.some((type) => exceptionCaughtBy(type, error.type)));
        if (!handler)
            throw error;
        return { handler, error };
    }
    finally {
        ctx.rt.handlers.pop();
    }
}
function runHandler(handler, error, parts, ctx) {
    const assumptions = error.assumption ? [error.assumption] : [];
    if (error.assumption && parts.body)
        markAssigned(parts.body, error.assumption, ctx);
    ctx.rt.withBranch(assumptions, () => {
        if (handler.name)
            bindName(ctx, textOf(ctx.mod.parsed, handler.name), error.unknown, locate(ctx, handler.name));
        runBody(handler.body, ctx);
    });
}
/** `for target in iterable:` over a known list, tuple, dict or str. */
function runFor(node, ctx) {
    const kids = childrenOf(node);
    const inAt = kids.findIndex((kid) => kid.name === 'in');
    const bodies = kids.filter((kid) => kid.name === 'Body');
    const body = bodies[0];
    if (inAt < 0 || !body)
        return;
    const targets = kids.slice(1, inAt);
    const iterableNodes = kids.slice(inAt + 1, kids.indexOf(body)).filter((kid) => kid.name !== ',');
    const { result, reads } = ctx.rt.withReads(() => loopItems(iterableNodes, ctx));
    if (!Array.isArray(result)) {
        return markAssigned(node, {
            at: locate(ctx, node),
            text: `the loop \`${snippetOf(ctx.mod.parsed, node, 50)}\` was not run (${describeUnknown(result, ctx)})`
        }, ctx);
    }
    const broke = ctx.rt.withBranch(reads, () => loop(result, targets, body, ctx));
    if (!broke && bodies[1])
        runBody(bodies[1], ctx);
}
function loopItems(nodes, ctx) {
    const first = nodes[0];
    if (nodes.length !== 1 || !first)
        return unknownAt(ctx, first ?? ctx.mod.parsed.tree.topNode, 'only loops over one iterable are run');
    const iterable = evaluate(first, ctx);
    if (isUnknown(iterable))
        return iterable;
    try {
        const items = iterate(iterable);
        return items.length > MAX_LOOP_ITERATIONS ? unknownAt(ctx, first, 'the loop is too long to run') : items;
    }
    catch (error) {
        return unknownAt(ctx, first, error instanceof NotEvaluable ? error.message : 'the loop is not run');
    }
}
/** Runs the body for each item; true when it ended with `break`. */
function loop(items, targets, body, ctx) {
    const at = locate(ctx, body);
    for (const item of items) {
        assignTargets(targets, item, ctx, at);
        try {
            runBody(body, ctx);
        }
        catch (error) {
            if (!(error instanceof LoopSignal))
                throw error;
            if (error.kind === 'break')
                return true;
        }
    }
    return false;
}
/** `with a as b:` runs the body; `b` is not known (it is whatever `__enter__` returns). */
function runWith(node, ctx) {
    const kids = childrenOf(node);
    kids.forEach((kid, i) => {
        if (kid.name === 'VariableName' && kids[i - 1]?.name === 'as') {
            bindName(ctx, textOf(ctx.mod.parsed, kid), unknownAt(ctx, kids[i - 2] ?? kid, 'the value of a `with ... as` target is not evaluated'), locate(ctx, kid));
        }
    });
    const body = node.getChild('Body');
    if (body)
        runBody(body, ctx);
}

;// CONCATENATED MODULE: ./src/python/imports.ts
// `import` statements: relative and absolute names, `as`, and `from x import *`, which
// copies the module's public names (or its `__all__`) with their provenance.






function importStatement(node, ctx) {
    const kids = childrenOf(node);
    const importAt = kids.findIndex((kid) => kid.name === 'import');
    const items = importItems(kids.slice(importAt + 1), ctx);
    if (kids[0]?.name !== 'from')
        return plainImports(items, ctx);
    const source = kids.slice(1, importAt);
    const firstName = source.findIndex((kid) => kid.name === 'VariableName');
    const dots = firstName < 0 ? source : source.slice(0, firstName);
    const level = dots.reduce((sum, kid) => sum + (kid.name === 'Ellipsis' ? 3 : 1), 0);
    const name = dottedText(source.filter((kid) => kid.name === 'VariableName'), ctx);
    let module;
    try {
        module = ctx.rt.importer.importModule(absoluteName(level, name, ctx.mod.package), ctx, node);
    }
    catch (error) {
        module = valueOfSignal(error, node, ctx);
    }
    if (kids.some((kid) => kid.name === '*'))
        return starImport(module, '.'.repeat(level) + name, node, ctx);
    for (const item of items)
        importName(module, item, ctx);
}
function dottedText(names, ctx) {
    return names.map((kid) => textOf(ctx.mod.parsed, kid)).join('.');
}
/** `a.b as c, d` (brackets and commas allowed). */
function importItems(kids, ctx) {
    const items = [];
    let names = [];
    let alias = null;
    let afterAs = false;
    const flush = () => {
        if (names.length > 0)
            items.push({ dotted: dottedText(names, ctx), alias, node: names[0] });
        names = [];
        alias = null;
        afterAs = false;
    };
    for (const kid of kids) {
        if (kid.name === ',')
            flush();
        else if (kid.name === 'as')
            afterAs = true;
        else if (kid.name === 'VariableName' && afterAs)
            alias = textOf(ctx.mod.parsed, kid);
        else if (kid.name === 'VariableName')
            names.push(kid);
    }
    flush();
    return items;
}
/** The absolute module a `from ..x import` names, starting from the current package. */
function absoluteName(level, name, currentPackage) {
    if (level === 0)
        return name;
    const parts = currentPackage ? currentPackage.split('.') : [];
    if (parts.length === 0)
        throw new PyRaise('ImportError', 'attempted relative import with no known parent package');
    if (level - 1 >= parts.length)
        throw new PyRaise('ImportError', 'attempted relative import beyond top-level package');
    const base = parts.slice(0, parts.length - (level - 1)).join('.');
    return name ? `${base}.${name}` : base;
}
/** `import a.b.c` binds `a`; `import a.b.c as d` binds the submodule. */
function plainImports(items, ctx) {
    for (const item of items) {
        const full = ctx.rt.importer.importModule(item.dotted, ctx, item.node);
        const top = item.dotted.split('.')[0];
        const value = item.alias || top === item.dotted || isUnknown(full) ? full : ctx.rt.importer.importModule(top, ctx, item.node);
        bindName(ctx, item.alias ?? top, value, locate(ctx, item.node));
    }
}
/** `from module import name`: a project module's binding keeps where it was assigned. */
function importName(module, item, ctx) {
    const target = item.alias ?? item.dotted;
    if (isObject(module) && module.kind === 'module') {
        const binding = module.scope.get(item.dotted);
        if (binding)
            return copyBinding(ctx, target, binding);
    }
    let value;
    try {
        value = isUnknown(module) ? module : attributeOf(module, item.dotted, ctx, item.node);
    }
    catch (error) {
        if (!(error instanceof NotEvaluable))
            throw error;
    }
    const missing = `cannot import name ${item.dotted}`;
    bindName(ctx, target, value ?? { kind: 'unknown', reason: missing, expr: item.dotted, at: locate(ctx, item.node) }, locate(ctx, item.node));
}
function copyBinding(ctx, name, binding) {
    currentScope(ctx).set(name, {
        value: binding.value,
        at: binding.at,
        assumptions: [...new Set([...binding.assumptions, ...ctx.rt.branch])]
    });
}
function starImport(module, moduleName, node, ctx) {
    if (!isObject(module) || module.kind !== 'module') {
        const reason = isUnknown(module)
            ? module.reason
            : isObject(module) && module.kind === 'extern' && module.missing
                ? module.missing
                : 'the names that module brings in are not known';
        ctx.rt.reports.push({
            at: locate(ctx, node),
            message: `\`from ${moduleName} import *\` could not be followed (${reason}); settings defined there are not read.`,
            severity: 'warning'
        });
        ctx.mod.value.incomplete ??= locate(ctx, node);
        return;
    }
    const exported = sequenceItems(module.scope.get('__all__')?.value ?? null);
    const names = exported
        ? exported.filter((item) => typeof item === 'string')
        : [...module.scope.names.keys()].filter((name) => !name.startsWith('_'));
    for (const name of names) {
        const binding = module.scope.get(name);
        if (binding)
            copyBinding(ctx, name, binding);
    }
}

;// CONCATENATED MODULE: ./src/python/execute.ts
// Runs the statements of a module: assignments (plain, augmented, to items and
// attributes, unpacking), expression statements (`X.append(...)`), imports, `del`,
// definitions; control flow is in control-flow.ts.












function runStatements(nodes, ctx) {
    for (const node of nodes)
        runStatement(node, ctx);
}
/** The statements of a Body node (`: ...`). */
function runBody(body, ctx) {
    runStatements(childrenOf(body).filter((kid) => kid.name !== ':'), ctx);
}
/** Runs one statement; what it cannot evaluate leaves its targets as they are (or Unknown). */
function runStatement(node, ctx) {
    try {
        if (!runCompound(node, ctx))
            ctx.rt.withReads(() => runSimple(node, ctx));
    }
    catch (error) {
        valueOfSignal(error, node, ctx);
    }
}
function runCompound(node, ctx) {
    switch (node.name) {
        case 'StatementGroup':
            runStatements(childrenOf(node).filter((kid) => kid.name !== ';'), ctx);
            break;
        case 'IfStatement':
            runIf(node, ctx);
            break;
        case 'TryStatement':
            runTry(node, ctx);
            break;
        case 'ForStatement':
            runFor(node, ctx);
            break;
        case 'WithStatement':
            runWith(node, ctx);
            break;
        case 'WhileStatement':
            skipStatement(node, ctx, 'while loops are not evaluated');
            break;
        case 'MatchStatement':
            skipStatement(node, ctx, 'match statements are not evaluated');
            break;
        case 'FunctionDefinition':
        case 'ClassDefinition':
        case 'DecoratedStatement':
            execute_define(node, ctx);
            break;
        case 'BreakStatement':
            throw new LoopSignal('break');
        case 'ContinueStatement':
            throw new LoopSignal('continue');
        default:
            return false;
    }
    return true;
}
function runSimple(node, ctx) {
    switch (node.name) {
        case 'AssignStatement':
            return execute_assign(node, ctx);
        case 'UpdateStatement':
            return update(node, ctx);
        case 'ExpressionStatement':
            return expressionStatement(node, ctx);
        case 'ImportStatement':
            return importStatement(node, ctx);
        case 'DeleteStatement':
            return deleteStatement(node, ctx);
        case 'RaiseStatement':
            return raiseStatement(node, ctx);
        case 'ReturnStatement':
            return returnStatement(node, ctx);
        case 'ScopeStatement':
            return scopeStatement(node, ctx);
    }
}
function execute_assign(node, ctx) {
    const segments = [[]];
    for (const kid of childrenOf(node)) {
        if (kid.name === 'AssignOp')
            segments.push([]);
        else if (kid.name !== 'TypeDef')
            segments[segments.length - 1]?.push(kid);
    }
    const valueNodes = segments.pop();
    if (!valueNodes || segments.length === 0)
        return;
    const value = segmentValue(valueNodes, ctx);
    for (const targets of segments)
        assignTargets(targets, value, ctx, locate(ctx, node));
}
/** `a`, or `a, b` (a tuple). */
function segmentValue(nodes, ctx) {
    const items = nodes.filter((kid) => kid.name !== ',');
    if (items.some((kid) => kid.name === '*'))
        throw new NotEvaluable('starred values are not evaluated');
    if (items.length === 1 && !nodes.some((kid) => kid.name === ','))
        return evaluate(items[0], ctx);
    return tuple(items.map((item) => evaluate(item, ctx)));
}
function assignTargets(nodes, value, ctx, at) {
    const targets = nodes.filter((kid) => kid.name !== ',');
    if (targets.length === 1 && !nodes.some((kid) => kid.name === ','))
        return assignTarget(targets[0], value, ctx, at);
    unpack(targets, value, ctx, at);
}
function assignTarget(target, value, ctx, at) {
    switch (target.name) {
        case 'VariableName':
            return bindName(ctx, textOf(ctx.mod.parsed, target), value, at);
        case 'MemberExpression':
            return assignMember(target, value, ctx, at);
        case 'TupleExpression':
        case 'ArrayExpression':
        case 'ParenthesizedExpression':
            return assignTargets(childrenOf(target).filter((kid) => !['(', ')', '[', ']'].includes(kid.name)), value, ctx, at);
    }
}
/** `a, b = value`: each name gets its item, or the reason the items are not known. */
function unpack(targets, value, ctx, at) {
    let items = null;
    let reason = 'the value is not known';
    if (!isUnknown(value)) {
        try {
            items = iterate(value);
        }
        catch (error) {
            reason = error instanceof Error ? error.message : reason;
        }
    }
    if (items && items.length !== targets.length)
        reason = `${items.length} values cannot be unpacked into ${targets.length} names`;
    targets.forEach((target, i) => {
        const item = items && items.length === targets.length ? items[i] : isUnknown(value) ? value : unknownAt(ctx, target, reason);
        assignTarget(target, item, ctx, at);
    });
}
/** `X["k"] = v`, `X[0] = v`, `Cls.attr = v`, `os.environ["K"] = v`. */
function assignMember(target, value, ctx, at) {
    const kids = childrenOf(target);
    const object = evaluate(kids[0], ctx);
    const root = rootName(target, ctx.mod.parsed);
    if (kids[1]?.name === '.') {
        if (isObject(object) && object.kind === 'class') {
            object.scope.set(textOf(ctx.mod.parsed, kids[2]), {
                value,
                at,
                assumptions: [...ctx.rt.branch, ...ctx.rt.reads]
            });
        }
    }
    else if (!isUnknown(object)) {
        const key = subscriptKey(kids, ctx);
        if (!isUnknown(key))
            setItem(object, key, value);
    }
    if (root)
        touchName(ctx, root, at);
}
function setItem(object, key, value) {
    if (isObject(object)) {
        if (object.kind === 'dict' && isDictKey(key))
            return void object.entries.set(key, value);
        if (object.kind === 'list' &&
            typeof key === 'number' &&
            object.items[key < 0 ? object.items.length + key : key] !== undefined) {
            object.items[key < 0 ? object.items.length + key : key] = value;
            return;
        }
        if (object.kind === 'native' && object.setItem)
            return object.setItem(key, value);
    }
    throw new NotEvaluable('this item assignment is not evaluated');
}
/** `X += [...]` extends the list in place (aliases see it); other operators rebind. */
function update(node, ctx) {
    const [target, opNode, ...valueNodes] = childrenOf(node);
    if (!target || !opNode)
        return;
    const op = textOf(ctx.mod.parsed, opNode).slice(0, -1);
    const current = evaluate(target, ctx);
    const value = segmentValue(valueNodes, ctx);
    const at = locate(ctx, node);
    const inPlace = isObject(current) && ((current.kind === 'list' && op === '+') || (current.kind === 'dict' && op === '|'));
    if (inPlace && isObject(current) && current.kind === 'list') {
        current.items.push(...(isUnknown(value) ? [value] : iterate(value)));
    }
    else if (inPlace && isObject(current) && current.kind === 'dict' && isObject(value) && value.kind === 'dict') {
        for (const [key, item] of value.entries)
            current.entries.set(key, item);
    }
    else {
        const result = isUnknown(current) ? current : isUnknown(value) ? value : binaryOp(op, current, value, ctx.rt.projectDir);
        return assignTarget(target, result, ctx, at);
    }
    const root = rootName(target, ctx.mod.parsed);
    if (root)
        touchName(ctx, root, at);
}
function expressionStatement(node, ctx) {
    const expression = node.firstChild;
    if (!expression || expression.name === 'String')
        return;
    evaluate(expression, ctx);
    const changed = mutatedName(expression, ctx.mod.parsed);
    if (changed)
        touchName(ctx, changed, locate(ctx, node));
}
function deleteStatement(node, ctx) {
    for (const target of childrenOf(node).filter((kid) => kid.name !== 'del' && kid.name !== ',')) {
        if (target.name === 'VariableName')
            currentScope(ctx, textOf(ctx.mod.parsed, target)).names.delete(textOf(ctx.mod.parsed, target));
        if (target.name !== 'MemberExpression')
            continue;
        const kids = childrenOf(target);
        const object = evaluate(kids[0], ctx);
        const key = kids[1]?.name === '[' ? subscriptKey(kids, ctx) : undefined;
        if (isObject(object) && object.kind === 'dict' && key !== undefined && isDictKey(key))
            object.entries.delete(key);
        if (isObject(object) && object.kind === 'list' && typeof key === 'number' && Number.isInteger(key))
            object.items.splice(key < 0 ? object.items.length + key : key, 1);
        const root = rootName(target, ctx.mod.parsed);
        if (root)
            touchName(ctx, root, locate(ctx, node));
    }
}
/** `raise X(...)`: thrown to a matching `except`; otherwise noted and the file goes on. */
function raiseStatement(node, ctx) {
    const raised = childrenOf(node)[1];
    const callee = raised?.name === 'CallExpression' ? raised.firstChild : raised;
    const type = callee ? (textOf(ctx.mod.parsed, callee).split('.').pop() ?? 'Exception') : 'Exception';
    const unknown = unknownAt(ctx, node, `the settings raise ${type} here`);
    ctx.rt.raise(type, unknown);
    ctx.rt.reports.push({
        at: unknown.at,
        message: `The settings raise ${type} here (\`${unknown.expr}\`), so Django would stop; the action read the rest of the file anyway.`,
        severity: 'notice'
    });
    // Inside a call the function stops here: what it would have returned is not known.
    if (ctx.returnAssumptions)
        throw new ReturnSignal(unknown, [...ctx.rt.branch]);
}
function execute_define(node, ctx) {
    const definition = node.name === 'DecoratedStatement' ? node.lastChild : node;
    const nameNode = definition?.getChild('VariableName');
    if (!definition || !nameNode)
        return;
    const name = textOf(ctx.mod.parsed, nameNode);
    const at = locate(ctx, definition);
    if (definition.name === 'ClassDefinition')
        return bindName(ctx, name, defineClass(definition, name, ctx), at);
    const fn = defineFunction(definition, name, ctx);
    const decorators = node.name === 'DecoratedStatement' ? childrenOf(node).filter((kid) => kid.name === 'Decorator') : [];
    bindName(ctx, name, decorators.length > 0 ? decorate(fn, decorators, ctx) : fn, at);
}
function defineClass(node, name, ctx) {
    const argList = node.getChild('ArgList');
    let bases = [];
    try {
        bases = argList ? argumentsOf(argList, ctx).positional : [];
    }
    catch (error) {
        bases = [valueOfSignal(error, argList, ctx)];
    }
    const cls = { kind: 'class', name, module: ctx.mod.name, bases, scope: new Scope(), at: locate(ctx, node) };
    const body = node.getChild('Body');
    // A class body sees the functions around it, but its own names are not a scope its methods close over.
    if (body)
        runBody(body, { rt: ctx.rt, mod: ctx.mod, locals: cls.scope, enclosing: visibleFunctionScopes(ctx) });
    return cls;
}

;// CONCATENATED MODULE: ./src/python/dotenv-file.ts
// `.env` and `settings.ini` files that django-environ, python-decouple and python-dotenv
// read into the settings' environment.


/** KEY=value lines: `export` allowed, `#` comments, single/double quotes, `\n` in double quotes. */
function parseDotenv(text) {
    const values = new Map();
    for (const rawLine of text.split(/\r?\n/)) {
        const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(rawLine);
        if (!match)
            continue;
        values.set(match[1], dotenvValue((match[2] ?? '').trim()));
    }
    return values;
}
function dotenvValue(raw) {
    const quoted = /^(['"])(.*)\1(\s+#.*)?$/.exec(raw);
    if (quoted) {
        const body = quoted[2] ?? '';
        return quoted[1] === '"' ? body.replace(/\\n/g, '\n').replace(/\\"/g, '"') : body;
    }
    return raw.replace(/\s+#.*$/, '').trim();
}
/** decouple's RepositoryIni: the `[settings]` section; keys compare case-insensitively. */
function parseSettingsIni(text) {
    const values = new Map();
    let inSettings = false;
    for (const line of text.split(/\r?\n/)) {
        const section = /^\s*\[([^\]]+)\]/.exec(line);
        if (section) {
            inSettings = section[1]?.trim() === 'settings';
            continue;
        }
        const entry = /^\s*([^#;=:\s][^=:]*?)\s*[=:]\s*(.*)$/.exec(line);
        if (inSettings && entry)
            values.set(entry[1].toLowerCase(), (entry[2] ?? '').trim().replace(/%%/g, '%'));
    }
    return values;
}
function readIfFile(file) {
    try {
        return (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isFile() ? (0,external_node_fs_.readFileSync)(file, 'utf8') : null;
    }
    catch {
        return null;
    }
}
/** The first of `names` found in `start` or one of its parents, nearest first. */
function findUpward(start, names) {
    for (let dir = external_node_path_default().resolve(start);; dir = external_node_path_default().dirname(dir)) {
        for (const name of names) {
            const candidate = external_node_path_default().join(dir, name);
            if (readIfFile(candidate) !== null)
                return candidate;
        }
        if (external_node_path_default().dirname(dir) === dir)
            return null;
    }
}

;// CONCATENATED MODULE: ./src/python/native-env.ts
// Settings read from the environment through django-environ (`env = environ.Env()`),
// python-decouple (`config(...)`) and python-dotenv (`load_dotenv()`), as those libraries
// do it: the process environment first, then their `.env` file, then the default.







const NOTSET = Symbol('NOTSET');
/** The `environ` module of django-environ. */
function environModule(rt, callerDir) {
    const readEnv = values_native('environ.Env.read_env', { call: (args) => readEnvFile(rt, args, callerDir) });
    const envClass = values_native('environ.Env', {
        attr: (name) => (name === 'read_env' ? readEnv : undefined),
        call: (args) => envInstance(rt, args.keywords, readEnv)
    });
    const pathClass = values_native('environ.Path', {
        call: (args) => {
            requireKnown(args);
            return environPath(rt.projectDir, fspath(argAt(args, 0, 'start')), {
                positional: args.positional.slice(1),
                keywords: new Map()
            });
        }
    });
    const members = { Env: envClass, Path: pathClass };
    return values_native('environ', { attr: (name) => members[name] ?? extern(`environ.${name}`) });
}
/** django-environ's Env.read_env: KEY=value lines set with setdefault (or overwrite=True). */
function readEnvFile(rt, args, callerDir) {
    requireKnown(args);
    const given = args.positional[0] ?? args.keywords.get('env_file') ?? null;
    const file = given === null ? external_node_path_default().join(callerDir, '.env') : external_node_path_default().resolve(rt.projectDir, fspath(given));
    const text = readIfFile(file);
    if (text === null)
        return null;
    const overwrite = args.keywords.get('overwrite') === true;
    for (const [key, value] of parseDotenv(text))
        if (overwrite || !rt.env.has(key))
            rt.env.set(key, value);
    return null;
}
function envInstance(rt, scheme, readEnv) {
    const methods = { read_env: readEnv };
    for (const kind of ['str', 'bool', 'int', 'float', 'list', 'tuple', 'dict', 'json']) {
        methods[kind] = values_native(`env.${kind}`, { call: (args) => environCall(rt, args, kind, scheme) });
    }
    for (const kind of ['db', 'db_url', 'cache', 'cache_url', 'email', 'email_url', 'search_url', 'url', 'path']) {
        methods[kind] = values_native(`env.${kind}`, {
            call: () => {
                throw new NotEvaluable(`env.${kind}() is not evaluated`);
            }
        });
    }
    return values_native('environ.Env()', { attr: (name) => methods[name], call: (args) => environCall(rt, args, null, scheme) });
}
/** env(var, cast=None, default=NOTSET), env.list(var, cast=None, default=NOTSET), env.bool(var, default=NOTSET)... */
function environCall(rt, args, kind, scheme) {
    const name = argAt(args, 0, 'var');
    if (typeof name !== 'string')
        throw new NotEvaluable('the variable name is not a str');
    const takesCast = kind === null || kind === 'list' || kind === 'tuple' || kind === 'dict';
    const cast = takesCast ? optionalArg(args, 1, 'cast') : undefined;
    const fallback = optionalArg(args, takesCast ? 2 : 1, 'default');
    const castKind = kind ?? (cast === undefined || cast === null ? null : nameOfCast(cast));
    const itemCast = kind !== null && cast !== undefined && cast !== null ? nameOfCast(cast) : null;
    const value = environValue(rt, name, castKind, fallback === undefined ? NOTSET : fallback, scheme);
    return itemCast === null ? value : castItems(value, itemCast);
}
function castItems(value, cast) {
    if (!isObject(value) || (value.kind !== 'list' && value.kind !== 'tuple'))
        return value;
    const items = value.items.map((item) => (typeof item === 'string' ? parseEnvironValue(item, cast) : item));
    return value.kind === 'list' ? list(items) : tuple(items);
}
function environValue(rt, name, cast, fallback, scheme) {
    const [schemeCast, schemeDefault] = schemeOf(scheme.get(name));
    const effectiveCast = cast ?? schemeCast;
    const effectiveDefault = fallback === NOTSET ? schemeDefault : fallback;
    const raw = rt.env.get(name);
    if (raw === undefined) {
        if (effectiveDefault === NOTSET) {
            throw new PyRaise('ImproperlyConfigured', `environment variable ${name} is not set and has no default`, name);
        }
        requireKnownValue(effectiveDefault);
        return effectiveDefault;
    }
    return parseEnvironValue(raw, effectiveCast);
}
function schemeOf(entry) {
    if (entry === undefined)
        return [null, NOTSET];
    if (isObject(entry) && entry.kind === 'tuple' && entry.items.length === 2) {
        return [nameOfCast(entry.items[0] ?? null), entry.items[1] ?? null];
    }
    return [nameOfCast(entry), NOTSET];
}
/** django-environ's parse_value. */
function parseEnvironValue(raw, cast) {
    switch (cast) {
        case null:
        case 'str':
            return raw;
        case 'bool':
            return /^-?\d+$/.test(raw.trim())
                ? Number(raw) !== 0
                : ['true', 'on', 'ok', 'y', 'yes', '1'].includes(raw.trim().toLowerCase());
        case 'int':
        case 'float':
            return castNumber(raw, cast);
        case 'list':
            return list(raw.split(',').filter(Boolean));
        case 'tuple':
            return tuple(raw.replace(/^\(+/, '').replace(/\)+$/, '').split(',').filter(Boolean));
        case 'dict':
            return dict(raw
                .split(',')
                .filter(Boolean)
                .map((pair) => pair.split('=', 2)));
        case 'json':
            return fromJson(raw);
    }
    throw new NotEvaluable(`cast ${cast} is not evaluated`);
}
/** The `decouple` module: `config` (AutoConfig), AutoConfig, Config, RepositoryEnv/Ini, Csv. */
function decoupleModule(rt, callerDir) {
    const csv = values_native('decouple.Csv', { call: (args) => csvCast(args) });
    const repository = (kind) => values_native(`decouple.Repository${kind === 'env' ? 'Env' : 'Ini'}`, {
        call: (args) => {
            requireKnown(args);
            return repositoryValue(external_node_path_default().resolve(rt.projectDir, fspath(argAt(args, 0, 'source'))), kind);
        }
    });
    const members = {
        config: decoupleConfig(rt, () => autoRepository(callerDir)),
        AutoConfig: values_native('decouple.AutoConfig', {
            call: (args) => {
                requireKnown(args);
                const start = argAt(args, 0, 'search_path', null);
                return decoupleConfig(rt, () => autoRepository(start === null ? callerDir : external_node_path_default().resolve(rt.projectDir, fspath(start))));
            }
        }),
        Config: values_native('decouple.Config', { call: (args) => decoupleConfig(rt, () => repositoryMap(argAt(args, 0, 'repository'))) }),
        RepositoryEnv: repository('env'),
        RepositoryIni: repository('ini'),
        Csv: csv
    };
    return values_native('decouple', { attr: (name) => members[name] ?? extern(`decouple.${name}`) });
}
const REPOSITORIES = new WeakMap();
function repositoryValue(file, kind) {
    const text = readIfFile(file) ?? '';
    const value = values_native(`decouple.Repository(${file})`, {});
    REPOSITORIES.set(value, kind === 'env' ? parseDotenv(text) : parseSettingsIni(text));
    return value;
}
function repositoryMap(value) {
    const found = isObject(value) ? REPOSITORIES.get(value) : undefined;
    if (!found)
        throw new NotEvaluable(`decouple.Config() with ${typeName(value)} is not evaluated`);
    return found;
}
/** AutoConfig: the nearest settings.ini or .env from the caller's directory up. */
function autoRepository(start) {
    const file = findUpward(start, ['settings.ini', '.env']);
    if (!file)
        return new Map();
    const text = readIfFile(file) ?? '';
    return file.endsWith('.ini') ? parseSettingsIni(text) : parseDotenv(text);
}
function decoupleConfig(rt, load) {
    let repository = null;
    return values_native('decouple.config', {
        call: (args) => {
            const name = argAt(args, 0, 'option');
            if (typeof name !== 'string')
                throw new NotEvaluable('the option name is not a str');
            repository ??= load();
            const fromFile = repository.get(name) ?? repository.get(name.toLowerCase());
            const raw = rt.env.get(name) ?? fromFile;
            const fallback = optionalArg(args, 1, 'default');
            if (raw === undefined && fallback === undefined) {
                throw new PyRaise('UndefinedValueError', `${name} is not set in the environment or a .env file and has no default`, name);
            }
            const value = raw ?? fallback;
            requireKnownValue(value);
            const cast = optionalArg(args, 2, 'cast');
            return cast === undefined ? value : decoupleCast(value, cast);
        }
    });
}
function decoupleCast(value, cast) {
    if (isObject(cast) && CSV_CASTS.has(cast))
        return CSV_CASTS.get(cast)(value);
    const kind = nameOfCast(cast);
    if (kind === 'bool')
        return castBoolean(value);
    if (kind === 'int' || kind === 'float')
        return castNumber(value, kind);
    if (kind === 'str')
        return typeof value === 'string' ? value : fspath(value);
    if (kind === 'list' && typeof value === 'string')
        return list([...value]);
    throw new NotEvaluable(`cast=${typeName(cast)} is not evaluated`);
}
const CSV_CASTS = new WeakMap();
/** decouple.Csv(cast=None, delimiter=',', post_process=list): split, strip, drop empty items. */
function csvCast(args) {
    requireKnown(args);
    const delimiter = argAt(args, 1, 'delimiter', ',');
    const itemCast = argAt(args, 0, 'cast', null);
    const post = args.keywords.get('post_process');
    if (typeof delimiter !== 'string' || (post !== undefined && nameOfCast(post) !== 'list' && nameOfCast(post) !== 'tuple')) {
        throw new NotEvaluable('this Csv() configuration is not evaluated');
    }
    const value = values_native('decouple.Csv()', {});
    CSV_CASTS.set(value, (raw) => {
        if (typeof raw !== 'string')
            throw new NotEvaluable('Csv() needs a str');
        const items = raw
            .split(new RegExp(`[${delimiter.replace(/[\]\\^-]/g, '\\$&')}]`))
            .map((item) => item.trim())
            .filter(Boolean);
        const cast = items.map((item) => (itemCast === null ? item : decoupleCast(item, itemCast)));
        return post !== undefined && nameOfCast(post) === 'tuple' ? tuple(cast) : list(cast);
    });
    return value;
}
/** python-dotenv: load_dotenv, find_dotenv, dotenv_values. */
function dotenvModule(rt, callerDir) {
    const locate = (given) => {
        if (given === undefined || given === null || given === '')
            return findUpward(callerDir, ['.env']);
        return external_node_path_default().resolve(rt.projectDir, fspath(given));
    };
    const members = {
        load_dotenv: values_native('dotenv.load_dotenv', {
            call: (args) => {
                requireKnown(args);
                const file = locate(args.positional[0] ?? args.keywords.get('dotenv_path'));
                const text = file === null ? null : readIfFile(file);
                if (text === null)
                    return false;
                const override = args.keywords.get('override') === true;
                for (const [key, value] of parseDotenv(text))
                    if (override || !rt.env.has(key))
                        rt.env.set(key, value);
                return true;
            }
        }),
        find_dotenv: values_native('dotenv.find_dotenv', { call: () => findUpward(callerDir, ['.env']) ?? '' }),
        dotenv_values: values_native('dotenv.dotenv_values', {
            call: (args) => {
                requireKnown(args);
                const file = locate(args.positional[0] ?? args.keywords.get('dotenv_path'));
                return dict([...parseDotenv((file && readIfFile(file)) ?? '')]);
            }
        })
    };
    return values_native('dotenv', { attr: (name) => members[name] ?? extern(`dotenv.${name}`) });
}

;// CONCATENATED MODULE: ./src/pylib/urllib.ts
// Ports of the CPython 3.11 `urllib.parse` functions Django's hashing storage uses,
// including their quirks (scheme lower-casing, dropped empty `?`, `;params`).
const USES_RELATIVE = new Set([
    '',
    'ftp',
    'http',
    'gopher',
    'nntp',
    'imap',
    'wais',
    'file',
    'https',
    'shttp',
    'mms',
    'prospero',
    'rtsp',
    'rtsps',
    'rtspu',
    'sftp',
    'svn',
    'svn+ssh',
    'ws',
    'wss'
]);
const USES_NETLOC = new Set([
    '',
    'ftp',
    'http',
    'gopher',
    'nntp',
    'telnet',
    'imap',
    'wais',
    'file',
    'mms',
    'https',
    'shttp',
    'snews',
    'prospero',
    'rtsp',
    'rtsps',
    'rtspu',
    'rsync',
    'svn',
    'svn+ssh',
    'sftp',
    'nfs',
    'git',
    'git+ssh',
    'ws',
    'wss'
]);
const USES_PARAMS = new Set([
    '',
    'ftp',
    'hdl',
    'prospero',
    'http',
    'imap',
    'https',
    'shttp',
    'rtsp',
    'rtsps',
    'rtspu',
    'sip',
    'sips',
    'mms',
    'sftp',
    'tel'
]);
const SCHEME_CHARS = /^[A-Za-z0-9+\-.]+$/;
/** Splits at the first of `/?#` after `start` (CPython `_splitnetloc`). */
function splitNetloc(url, start) {
    let end = url.length;
    for (const delimiter of '/?#') {
        const at = url.indexOf(delimiter, start);
        if (at >= 0)
            end = Math.min(end, at);
    }
    return [url.slice(start, end), url.slice(end)];
}
/** `urllib.parse.urlsplit` (IPv6 bracket validation and netloc NFKC checks left out). */
function urlsplit(input, defaultScheme = '') {
    let url = input.replace(/^[\x00-\x20]+/, '').replace(/[\t\r\n]/g, '');
    let scheme = defaultScheme;
    let netloc = '';
    let query = '';
    let fragment = '';
    const colon = url.indexOf(':');
    if (colon > 0 && /^[A-Za-z]/.test(url) && SCHEME_CHARS.test(url.slice(0, colon))) {
        scheme = url.slice(0, colon).toLowerCase();
        url = url.slice(colon + 1);
    }
    if (url.startsWith('//'))
        [netloc, url] = splitNetloc(url, 2);
    const hash = url.indexOf('#');
    if (hash >= 0)
        [url, fragment] = [url.slice(0, hash), url.slice(hash + 1)];
    const question = url.indexOf('?');
    if (question >= 0)
        [url, query] = [url.slice(0, question), url.slice(question + 1)];
    return { scheme, netloc, path: url, query, fragment };
}
/** `urllib.parse.urlunsplit`. */
function urlunsplit(parts) {
    let url = parts.path;
    if (parts.netloc || (parts.scheme && USES_NETLOC.has(parts.scheme) && !url.startsWith('//'))) {
        if (url && !url.startsWith('/'))
            url = '/' + url;
        url = '//' + parts.netloc + url;
    }
    if (parts.scheme)
        url = parts.scheme + ':' + url;
    if (parts.query)
        url += '?' + parts.query;
    if (parts.fragment)
        url += '#' + parts.fragment;
    return url;
}
/** `urllib.parse.urlparse`: urlsplit plus `;params` of the last path segment. */
function urlparse(url, defaultScheme = '') {
    const split = urlsplit(url, defaultScheme);
    let params = '';
    if (USES_PARAMS.has(split.scheme) && split.path.includes(';')) {
        const path = split.path;
        const at = path.includes('/') ? path.indexOf(';', path.lastIndexOf('/')) : path.indexOf(';');
        if (at >= 0) {
            split.path = path.slice(0, at);
            params = path.slice(at + 1);
        }
    }
    return { ...split, params };
}
/** `urllib.parse.urlunparse`. */
function urlunparse(parts) {
    const path = parts.params ? `${parts.path};${parts.params}` : parts.path;
    return urlunsplit({ ...parts, path });
}
/** `urllib.parse.urldefrag`: [url without fragment, fragment]; re-serialised only when a `#` is present. */
function urldefrag(url) {
    if (!url.includes('#'))
        return [url, ''];
    const parsed = urlparse(url);
    return [urlunparse({ ...parsed, fragment: '' }), parsed.fragment];
}
/** `urllib.parse.urljoin` (RFC 3986 resolution as CPython does it). */
function urljoin(base, url) {
    if (!base)
        return url;
    if (!url)
        return base;
    const b = urlparse(base);
    const r = urlparse(url, b.scheme);
    if (r.scheme !== b.scheme || !USES_RELATIVE.has(r.scheme))
        return url;
    let netloc = r.netloc;
    if (USES_NETLOC.has(r.scheme)) {
        if (netloc)
            return urlunparse(r);
        netloc = b.netloc;
    }
    if (!r.path && !r.params) {
        return urlunparse({ ...r, netloc, path: b.path, params: b.params, query: r.query || b.query });
    }
    const baseParts = b.path.split('/');
    if (baseParts.at(-1) !== '')
        baseParts.pop();
    let segments;
    if (r.path.startsWith('/')) {
        segments = r.path.split('/');
    }
    else {
        segments = [...baseParts, ...r.path.split('/')];
        if (segments.length > 2) {
            segments = [segments[0], ...segments.slice(1, -1).filter(Boolean), segments.at(-1)];
        }
    }
    const resolved = [];
    for (const segment of segments) {
        if (segment === '..')
            resolved.pop();
        else if (segment !== '.')
            resolved.push(segment);
    }
    const last = segments.at(-1);
    if (last === '.' || last === '..')
        resolved.push('');
    return urlunparse({ ...r, netloc, path: resolved.join('/') || '/' });
}
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const utf8Encoder = new TextEncoder();
const HEX_PAIR = /^[0-9A-Fa-f]{2}/;
/** `urllib.parse.unquote_to_bytes` of an ASCII string. */
function unquoteAsciiToBytes(text) {
    const [first, ...rest] = text.split('%');
    const bytes = [...Buffer.from(first ?? '', 'latin1')];
    for (const item of rest) {
        if (HEX_PAIR.test(item)) {
            bytes.push(parseInt(item.slice(0, 2), 16));
            bytes.push(...Buffer.from(item.slice(2), 'latin1'));
        }
        else {
            bytes.push(0x25, ...Buffer.from(item, 'latin1'));
        }
    }
    return Uint8Array.from(bytes);
}
/** `urllib.parse.unquote`: %XX in ASCII runs decoded as UTF-8 with U+FFFD for bad bytes. */
function unquote(text) {
    if (!text.includes('%'))
        return text;
    return text.replace(/[\x00-\x7f]+/g, (ascii) => (ascii.includes('%') ? utf8Decoder.decode(unquoteAsciiToBytes(ascii)) : ascii));
}
const ALWAYS_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~';
const safeBytesCache = new Map();
/** `urllib.parse.quote`: UTF-8 bytes, everything but letters, digits, `_.-~` and `safe` as `%XX`. */
function quote(text, safe = '/') {
    let keep = safeBytesCache.get(safe);
    if (keep === undefined) {
        keep = new Set([...ALWAYS_SAFE, ...safe].map((ch) => ch.charCodeAt(0)));
        safeBytesCache.set(safe, keep);
    }
    let out = '';
    for (const byte of utf8Encoder.encode(text)) {
        out += keep.has(byte) ? String.fromCharCode(byte) : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
    }
    return out;
}

;// CONCATENATED MODULE: ./src/python/native-urllib.ts
// urllib.parse as settings use it on environment values (`urlparse(CDN_URL).netloc`,
// `urlsplit(os.environ['STATIC_URL']).path`), on the exact CPython ports in src/pylib.




function native_urllib_text(value, what) {
    if (typeof value !== 'string')
        throw new NotEvaluable(`${what} must be a str here`);
    return value;
}
function native_urllib_fn(name, body) {
    return values_native(`urllib.parse.${name}`, {
        call: (args) => {
            requireKnown(args);
            return body(args);
        }
    });
}
function urllibModule(parse) {
    return values_native('urllib', { attr: (name) => (name === 'parse' ? parse : extern(`urllib.${name}`)) });
}
function urllibParseModule() {
    const members = {
        urlparse: native_urllib_fn('urlparse', (args) => parsed(urlparse(native_urllib_text(argAt(args, 0, 'url'), 'url'), native_urllib_text(argAt(args, 1, 'scheme', ''), 'scheme')), true)),
        urlsplit: native_urllib_fn('urlsplit', (args) => parsed(urlsplit(native_urllib_text(argAt(args, 0, 'url'), 'url'), native_urllib_text(argAt(args, 1, 'scheme', ''), 'scheme')), false)),
        urljoin: native_urllib_fn('urljoin', (args) => urljoin(native_urllib_text(argAt(args, 0, 'base'), 'base'), native_urllib_text(argAt(args, 1, 'url'), 'url'))),
        quote: native_urllib_fn('quote', (args) => quote(native_urllib_text(argAt(args, 0, 'string'), 'string'), native_urllib_text(argAt(args, 1, 'safe', '/'), 'safe'))),
        unquote: native_urllib_fn('unquote', (args) => unquote(native_urllib_text(argAt(args, 0, 'string'), 'string')))
    };
    return values_native('urllib.parse', { attr: (name) => members[name] ?? extern(`urllib.parse.${name}`) });
}
/** A ParseResult / SplitResult named tuple with its derived attributes (hostname, port...). */
function parsed(result, withParams) {
    const fields = withParams
        ? ['scheme', 'netloc', 'path', 'params', 'query', 'fragment']
        : ['scheme', 'netloc', 'path', 'query', 'fragment'];
    const items = fields.map((field) => result[field]);
    const derived = netlocParts(result.netloc);
    const members = {
        ...Object.fromEntries(fields.map((field, i) => [field, items[i]])),
        hostname: derived.hostname,
        username: derived.username,
        password: derived.password,
        geturl: native_urllib_fn('geturl', () => (withParams ? urlunparse(result) : urlunsplit(result)))
    };
    return values_native(withParams ? 'ParseResult' : 'SplitResult', {
        attr: (name) => (name === 'port' ? portOf(derived.port) : members[name]),
        getItem: (key) => {
            if (typeof key !== 'number' || !Number.isInteger(key))
                throw new NotEvaluable('named tuple indexes must be integers');
            const item = items[key < 0 ? items.length + key : key];
            if (item === undefined)
                throw new NotEvaluable(`index ${key} is out of range`);
            return item;
        },
        iter: () => [...items]
    });
}
/** `.port`: an int, None when there is none; Python raises ValueError for anything else. */
function portOf(text) {
    if (text === '')
        return null;
    if (!/^\d+$/.test(text) || Number(text) > 65535)
        throw new PyRaise('ValueError', `Port could not be cast to integer value as '${text}'`);
    return Number(text);
}
/** hostname (lower-cased), port, username and password, as urllib.parse derives them. */
function netlocParts(netloc) {
    const at = netloc.lastIndexOf('@');
    const userinfo = at >= 0 ? netloc.slice(0, at) : null;
    const hostport = at >= 0 ? netloc.slice(at + 1) : netloc;
    const colon = userinfo === null ? -1 : userinfo.indexOf(':');
    const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(hostport);
    const portCut = hostport.lastIndexOf(':');
    const host = bracketed ? bracketed[1] : portCut >= 0 ? hostport.slice(0, portCut) : hostport;
    const portText = bracketed ? (bracketed[2] ?? '') : portCut >= 0 ? hostport.slice(portCut + 1) : '';
    return {
        hostname: host === '' ? null : host.toLowerCase(),
        port: portText,
        username: userinfo === null ? null : colon >= 0 ? userinfo.slice(0, colon) : userinfo,
        password: userinfo === null || colon < 0 ? null : userinfo.slice(colon + 1)
    };
}

;// CONCATENATED MODULE: ./src/python/module-loader.ts
// Answers `import` for the evaluator: modelled libraries (os, pathlib, django-environ,
// decouple, dotenv, json) are built in; the project's own modules are run; modules found
// elsewhere on the Python path (site-packages) and Django are opaque; anything not
// found raises ModuleNotFoundError, as it would in Python.














const STDLIB = new Set(('abc argparse ast asyncio base64 binascii bisect builtins calendar codecs collections concurrent configparser contextlib ' +
    'copy csv dataclasses datetime decimal email enum errno fnmatch functools getpass gettext glob hashlib heapq hmac html ' +
    'http importlib inspect io ipaddress itertools locale logging math mimetypes multiprocessing numbers operator pickle ' +
    'platform posixpath pprint queue random re secrets select selectors shlex shutil signal site socket sqlite3 ssl stat ' +
    'string struct subprocess sysconfig tempfile textwrap threading time tomllib traceback types typing unittest urllib ' +
    'uuid warnings weakref xml zlib zoneinfo').split(' '));
const MAX_MODULES = 300;
class ProjectImporter {
    finder;
    isProjectFile;
    natives = new Map();
    constructor(finder, 
    /** Whether a file belongs to the project (and so is run rather than treated as opaque). */
    isProjectFile) {
        this.finder = finder;
        this.isProjectFile = isProjectFile;
    }
    importModule(dotted, ctx, node) {
        const modelled = this.modelled(dotted, ctx);
        if (modelled !== undefined)
            return modelled;
        if (dotted === 'django' || dotted.startsWith('django.'))
            return extern(dotted);
        const spec = this.finder.find(dotted);
        if (spec)
            return this.fromSpec(spec, ctx.rt);
        if (STDLIB.has(dotted.split('.')[0]))
            return extern(dotted);
        const where = ctx.rt.hasPython
            ? 'in the project or on the Python path'
            : 'in the project, and no Python environment was found to look in';
        const unknown = unknownAt(ctx, node, `no module named ${dotted} was found ${where}`);
        const inProject = this.finder.find(dotted.split('.')[0]) !== null;
        const guess = ctx.rt.hasPython || inProject
            ? undefined
            : { at: unknown.at, text: `the module ${dotted} was assumed not to be installed (no Python environment to check)` };
        ctx.rt.raise('ModuleNotFoundError', unknown, guess);
        // Not caught: Python would stop; going on, its names stay recognisable (a base class's dotted name).
        return extern(dotted, unknown.reason);
    }
    findsModule(dotted) {
        return this.finder.find(dotted) !== null;
    }
    fromSpec(spec, rt) {
        if (spec.file === null) {
            const inProject = spec.searchLocations.some((location) => this.isProjectFile(location));
            return inProject ? { kind: 'module', name: spec.name, file: null, scope: new Scope() } : extern(spec.name);
        }
        if (!this.isProjectFile(spec.file) || !spec.file.endsWith('.py'))
            return extern(spec.name);
        return this.load(spec.file, spec.name, rt).value;
    }
    modelled(dotted, ctx) {
        const rt = ctx.rt;
        const callerDir = external_node_path_default().dirname(ctx.mod.parsed.file);
        const key = ['environ', 'decouple', 'dotenv'].includes(dotted)
            ? `${dotted}@${callerDir}`
            : dotted === 'importlib'
                ? `importlib@${ctx.mod.parsed.file}`
                : dotted;
        if (this.natives.has(key))
            return this.natives.get(key);
        const factories = {
            os: () => osModule(rt),
            sys: () => sysModule(rt),
            pathlib: () => pathlibModule(rt),
            json: () => jsonModule(),
            environ: () => environModule(rt, callerDir),
            decouple: () => decoupleModule(rt, callerDir),
            dotenv: () => dotenvModule(rt, callerDir),
            'django.conf.global_settings': () => globalSettingsModule(),
            'urllib.parse': () => urllibParseModule(),
            urllib: () => urllibModule(this.modelled('urllib.parse', ctx) ?? null),
            importlib: () => importlibModule(ctx)
        };
        if (dotted === 'os.path') {
            const os = this.modelled('os', ctx);
            return os && isObject(os) && os.kind === 'native' ? os.attr?.('path') : undefined;
        }
        const factory = factories[dotted];
        if (!factory)
            return undefined;
        const value = factory();
        this.natives.set(key, value);
        return value;
    }
    /** Runs a module file once (later imports get the same module, as sys.modules does). */
    load(file, name, rt) {
        const cached = rt.modules.get(file);
        if (cached)
            return cached;
        if (rt.modules.size >= MAX_MODULES)
            throw new NotEvaluable(`more than ${MAX_MODULES} modules would be imported`);
        const parsed = parsePython(file, (0,external_node_fs_.readFileSync)(file, 'utf8'));
        const isPackage = external_node_path_default().basename(file) === '__init__.py';
        const scope = new Scope();
        const state = {
            name,
            package: isPackage ? name : name.split('.').slice(0, -1).join('.'),
            parsed,
            scope,
            value: { kind: 'module', name, file, scope }
        };
        const at = { file, line: 1 };
        for (const [key, value] of [
            ['__file__', file],
            ['__name__', name],
            ['__package__', state.package]
        ]) {
            scope.set(key, { value, at, assumptions: [] });
        }
        rt.modules.set(file, state);
        for (const line of syntaxErrorLines(parsed)) {
            rt.reports.push({
                at: { file, line },
                message: 'Python syntax the parser could not read; the statement there was skipped.',
                severity: 'warning'
            });
        }
        runModule(state, rt);
        return state;
    }
    /** A class by dotted path (`shop.apps.ShopConfig`), running its module wherever it is. */
    loadClass(dotted, rt) {
        const cut = dotted.lastIndexOf('.');
        if (cut < 0)
            return `'${dotted}' is not a dotted path to a class`;
        const moduleName = dotted.slice(0, cut);
        const spec = this.finder.find(moduleName);
        if (!spec || spec.file === null || !spec.file.endsWith('.py'))
            return `the module ${moduleName} was not found`;
        const found = this.load(spec.file, spec.name, rt).scope.get(dotted.slice(cut + 1))?.value;
        if (!found || !isObject(found) || found.kind !== 'class')
            return `the module ${moduleName} does not define a class ${dotted.slice(cut + 1)}`;
        return found;
    }
}
/** importlib.import_module(name) with the evaluator's own import (the importing module's package for relative names). */
function importlibModule(ctx) {
    const importModule = values_native('importlib.import_module', {
        call: (args) => {
            requireKnown(args);
            const name = argAt(args, 0, 'name');
            const pkg = argAt(args, 1, 'package', null);
            if (typeof name !== 'string' || (pkg !== null && typeof pkg !== 'string'))
                throw new NotEvaluable('import_module() needs str arguments');
            const level = /^\.*/.exec(name)?.[0].length ?? 0;
            const dotted = absoluteName(level, name.slice(level), pkg ?? '');
            const importer = ctx.rt.importer;
            const known = importer.modelled(dotted, ctx) !== undefined ||
                dotted === 'django' ||
                dotted.startsWith('django.') ||
                importer.findsModule(dotted);
            // Raised here so the Unknown points at the call.
            if (!known)
                throw new PyRaise('ModuleNotFoundError', `no module named ${dotted} was found in the project or on the Python path`);
            return importer.importModule(dotted, ctx, ctx.mod.parsed.tree.topNode);
        }
    });
    return values_native('importlib', { attr: (name) => (name === 'import_module' ? importModule : extern(`importlib.${name}`)) });
}
/** Runs a module's statements with no branch or read assumptions of the importer. */
function runModule(state, rt) {
    const saved = { branch: rt.branch, reads: rt.reads };
    rt.branch = [];
    rt.reads = new Set();
    try {
        runStatements(childrenOf(state.parsed.tree.topNode), { rt, mod: state, locals: null });
    }
    catch (error) {
        // `break` or `return` outside a loop or function is a SyntaxError in Python; the rest of the module is not run.
        if (!(error instanceof LoopSignal) && !(error instanceof ReturnSignal))
            throw error;
    }
    finally {
        rt.branch = saved.branch;
        rt.reads = saved.reads;
    }
}

// EXTERNAL MODULE: ./src/project/python-path.ts
var python_path = __webpack_require__(6259);
// EXTERNAL MODULE: ./src/project/project-layout.ts
var project_layout = __webpack_require__(4763);
;// CONCATENATED MODULE: ./src/project/settings-module.ts
// Which settings module Django would load: the `settings` input (a file or a dotted
// module), else DJANGO_SETTINGS_MODULE from the environment, else the default manage.py
// sets with os.environ.setdefault (the environment wins over it, as in Django).






/** The settings to read, or null when there are none (no input, variable, or manage.py default). */
function locateSettings(options) {
    const { settings, env, layout } = options;
    if (settings && (0,project_layout/* looksLikePath */.j8)(settings))
        return { location: fromPath(options), problems: [] };
    if (settings)
        return { location: fromModule(settings, 'input', options), problems: [] };
    const variable = env.DJANGO_SETTINGS_MODULE?.trim();
    if (variable)
        return { location: fromModule(variable, 'environment', options), problems: [] };
    if (!layout.managePy)
        return { location: null, problems: [] };
    const fromManage = manageDefault(layout.managePy);
    if (typeof fromManage !== 'string')
        return { location: null, problems: fromManage ? [fromManage] : [] };
    const spec = options.finder.find(fromManage);
    if (spec?.file)
        return { location: { file: spec.file, module: fromManage, via: 'manage.py', extraSearchEntry: null }, problems: [] };
    return {
        location: null,
        problems: [
            {
                kind: 'settings',
                severity: 'error',
                message: `manage.py sets DJANGO_SETTINGS_MODULE to '${fromManage}', but that module was not found in ${layout.projectDir}. Set the \`settings\` input to the settings file or module to use.`,
                file: layout.managePy
            }
        ]
    };
}
function fromPath({ workingDirectory, settings, searchEntries }) {
    let file = external_node_path_default().resolve(workingDirectory, settings);
    if (isDirectory(file) && (0,project_layout/* isFile */.fo)(external_node_path_default().join(file, '__init__.py')))
        file = external_node_path_default().join(file, '__init__.py');
    if (!(0,project_layout/* isFile */.fo)(file)) {
        throw new errors/* InputError */.d('settings', `'${settings}' was not found (looked for ${file}). Give the settings file relative to \`working-directory\` ` +
            '(e.g. config/settings/production.py) or its dotted module (config.settings.production).');
    }
    const known = moduleNameFrom(file, searchEntries);
    if (known)
        return { file, module: known, via: 'input', extraSearchEntry: null };
    const { module, entry } = moduleNameFromPackages(file);
    return { file, module, via: 'input', extraSearchEntry: entry };
}
function fromModule(dotted, via, options) {
    const spec = options.finder.find(dotted);
    if (spec?.file?.endsWith('.py'))
        return { file: spec.file, module: dotted, via, extraSearchEntry: null };
    const source = via === 'input' ? `'${dotted}'` : `DJANGO_SETTINGS_MODULE='${dotted}' (from the environment)`;
    throw new errors/* InputError */.d('settings', `the settings module ${source} was not found in ${options.layout.projectDir} or on the Python path. ` +
        'Give a dotted module relative to the folder with manage.py (config.settings.production) or a file path, ' +
        'and check `working-directory`.');
}
/** The dotted name of a file under one of the search entries (nearest entry first). */
function moduleNameFrom(file, entries) {
    for (const entry of entries) {
        const relative = external_node_path_default().relative(entry, file);
        if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
            continue;
        const parts = relative.replace(/\.py$/, '').split((external_node_path_default()).sep);
        if (parts[parts.length - 1] === '__init__')
            parts.pop();
        if (parts.length > 0 && parts.every((part) => /^[A-Za-z_]\w*$/.test(part)))
            return parts.join('.');
    }
    return null;
}
/** Walks up through folders with __init__.py: `pkg/sub/settings.py` → `pkg.sub.settings`. */
function moduleNameFromPackages(file) {
    const parts = external_node_path_default().basename(file) === '__init__.py' ? [] : [external_node_path_default().basename(file, '.py')];
    let dir = external_node_path_default().dirname(file);
    while ((0,project_layout/* isFile */.fo)(external_node_path_default().join(dir, '__init__.py')) && external_node_path_default().dirname(dir) !== dir) {
        parts.unshift(external_node_path_default().basename(dir));
        dir = external_node_path_default().dirname(dir);
    }
    return { module: parts.join('.'), entry: dir };
}
/** The module in manage.py's `os.environ.setdefault("DJANGO_SETTINGS_MODULE", "...")`. */
function manageDefault(managePy) {
    const parsed = parsePython(managePy, (0,external_node_fs_.readFileSync)(managePy, 'utf8'));
    let found = null;
    parsed.tree.topNode.cursor().iterate((ref) => {
        if (found !== null || ref.name !== 'CallExpression')
            return undefined;
        const value = setdefaultValue(ref.node, parsed);
        if (value !== undefined)
            found = value;
        return undefined;
    });
    return found;
}
function setdefaultValue(call, parsed) {
    const callee = call.firstChild;
    if (!callee || !/(^|\.)environ\.setdefault$/.test(textOf(parsed, callee).replace(/\s+/g, '')))
        return undefined;
    const args = childrenOf(call.lastChild).filter((kid) => !['(', ')', ','].includes(kid.name));
    const [name, value] = args;
    if (!name || decodeLiteral(textOf(parsed, name)) !== 'DJANGO_SETTINGS_MODULE' || !value)
        return undefined;
    const module = value.name === 'String' ? decodeLiteral(textOf(parsed, value)) : null;
    if (module)
        return module;
    return {
        kind: 'settings',
        severity: 'warning',
        message: `manage.py sets DJANGO_SETTINGS_MODULE with \`${textOf(parsed, value)}\`, which the action does not evaluate. Set the \`settings\` input.`,
        file: parsed.file,
        line: lineOf(parsed, value.from)
    };
}
function isDirectory(dir) {
    return (0,external_node_fs_.existsSync)(dir) && (0,external_node_fs_.statSync)(dir).isDirectory();
}

;// CONCATENATED MODULE: ./src/project/settings-problems.ts
const INPUT_FOR = {
    INSTALLED_APPS: 'apps',
    STATICFILES_DIRS: 'static-dirs',
    STATIC_URL: 'static-url',
    STATIC_ROOT: 'static-root',
    FORCE_SCRIPT_NAME: 'force-script-name',
    STORAGES: 'manifest',
    STATICFILES_STORAGE: 'manifest',
    AWS_STORAGE_BUCKET_NAME: 'bucket',
    AWS_LOCATION: 'prefix',
    AWS_S3_OBJECT_PARAMETERS: 'object-parameters',
    AWS_DEFAULT_ACL: 'object-parameters',
    AWS_S3_FILE_OVERWRITE: 'overwrite',
    AWS_IS_GZIPPED: 'gzip',
    AWS_S3_ENDPOINT_URL: 'endpoint-url',
    AWS_S3_REGION_NAME: 'region'
};
/** Settings that decide which files are collected: what cannot be read there may leave files out. */
const SOURCE_SETTINGS = new Set(['INSTALLED_APPS', 'STATICFILES_DIRS', 'STATICFILES_FINDERS']);
function fixFor(setting) {
    if (setting === 'STATICFILES_FINDERS')
        return "Django's default finders are used instead.";
    const input = INPUT_FOR[setting];
    if (!input)
        return 'The action goes on without it.';
    const detail = input === 'apps' ? ' (the app directories, in INSTALLED_APPS order)' : input === 'manifest' ? ' (and the S3 inputs)' : '';
    return `Set the \`${input}\` input${detail} to override.`;
}
class SettingsProblems {
    list = [];
    add(message, at, severity = 'warning', incomplete = false) {
        this.list.push({
            kind: 'settings',
            severity,
            message,
            ...(at ? { file: at.file, line: at.line } : {}),
            ...(incomplete ? { incomplete } : {})
        });
    }
    /** Parts of a setting (or all of it) that could not be evaluated. */
    gaps(setting, binding, gaps) {
        for (const gap of gaps) {
            const partial = gap.where !== setting;
            if (!gap.unknown) {
                this.add(`${gap.where} ${gap.message ?? 'is not a plain value'}; it was left out. ${fixFor(setting)}`, binding.at, 'warning', SOURCE_SETTINGS.has(setting));
                continue;
            }
            const { reason, expr, envVar } = gap.unknown;
            const effect = partial ? ', so it was left out' : '';
            const env = envVar ? ` Or set ${envVar} in the step's env.` : '';
            this.add(`${gap.where} could not be evaluated${effect}: ${reason} (\`${expr}\`). ${fixFor(setting)}${env}`, gap.unknown.at, 'warning', SOURCE_SETTINGS.has(setting));
        }
    }
    /** Branches the evaluator had to guess that the setting's value depends on. */
    assumptions(setting, binding) {
        for (const assumption of binding.assumptions)
            this.assumption(setting, assumption);
    }
    assumption(setting, assumption) {
        const message = `${setting} may not be what Django would use: ${assumption.text}. ${fixFor(setting)}`;
        if (!this.list.some((problem) => problem.message === message))
            this.add(message, assumption.at, 'warning', SOURCE_SETTINGS.has(setting));
    }
}

// EXTERNAL MODULE: ./src/pylib/text.ts
var pylib_text = __webpack_require__(27);
;// CONCATENATED MODULE: ./src/manifest/pattern-sources.ts
// HashedFilesMixin.patterns rewritten as JavaScript regexes with Python's meaning: `.` is
// `[^\n]`, `\s`/`\w` are Python's Unicode classes, IGNORECASE letters are spelled out (Python
// also matches ı/İ for i and ſ for s), `(?m)^`/`$` are explicit line-boundary look-arounds.
// Each release picks its variants in releases.ts.

function pattern(source, urlGroup, render, extra = {}) {
    return { regex: new RegExp(source, 'gdu'), urlGroup, render, ...extra };
}
const S = pylib_text/* PY_S */.sl;
const ANY_LAZY = '[^\\n]*?';
const LINE_START = '(?<=^|\\n)';
const LINE_END = '(?=\\n|$)';
const IMPORT = (0,pylib_text/* caseless */.cF)('import');
const FROM_URL = `${S}*${(0,pylib_text/* caseless */.cF)('from')}${S}*['"]([./]${ANY_LAZY})["']`;
/** The regex sources of every variant a release can choose. */
const SOURCES = {
    /** Up to 5.2: optional quotes on either side, independently (`url("data:…url(x)…")` stops at the first `)`). */
    cssUrl: `${(0,pylib_text/* caseless */.cF)('url')}\\(['"]?${S}*(${ANY_LAZY})['"]?\\)`,
    /** 6.0+: the closing quote must be the opening one (#36348). */
    cssUrlSameQuote: `${(0,pylib_text/* caseless */.cF)('url')}\\((['"]?)${S}*(${ANY_LAZY})\\1\\)`,
    cssImport: `@${(0,pylib_text/* caseless */.cF)('import')}${S}*["']${S}*(${ANY_LAZY})["']`,
    cssSourceMap: `${LINE_START}/\\*#[ \\t]sourceMappingURL=([^\\n]*)[ \\t]*\\*/${LINE_END}`,
    jsSourceMap: `${LINE_START}//# sourceMappingURL=([^\\n]*)${LINE_END}`,
    /** Up to 5.1: `import` then whitespace or `{`. */
    jsImportFrom: `${IMPORT}([${pylib_text/* PY_SPACE_CLASS */.wv}{][\\s\\S]*?)${FROM_URL}${S}*;`,
    /** 5.2 and 6.0: also `import*as m` (#35553). */
    jsImportFromStar: `${IMPORT}([${pylib_text/* PY_SPACE_CLASS */.wv}{][\\s\\S]*?|\\*${S}*${(0,pylib_text/* caseless */.cF)('as')}${S}*${pylib_text/* PY_W */.GW}+)${FROM_URL}${S}*;`,
    /** 6.1: no `;` needed, and the clause stops at one (#35371). */
    jsImportFromNoSemicolon: `${IMPORT}([${pylib_text/* PY_SPACE_CLASS */.wv}{][^;]*?|\\*${S}*${(0,pylib_text/* caseless */.cF)('as')}${S}*${pylib_text/* PY_W */.GW}+)${FROM_URL}`,
    jsExportFrom: `${(0,pylib_text/* caseless */.cF)('export')}([${pylib_text/* PY_SPACE_CLASS */.wv}{][\\s\\S]*?)${FROM_URL}${S}*;`,
    jsExportFromNoSemicolon: `${(0,pylib_text/* caseless */.cF)('export')}([${pylib_text/* PY_SPACE_CLASS */.wv}{][^;]*?)${FROM_URL}`,
    jsImportSideEffect: `${IMPORT}${S}*['"]([./]${ANY_LAZY})["']${S}*;`,
    jsImportSideEffectNoSemicolon: `${IMPORT}${S}*['"]([./]${ANY_LAZY})["']`,
    jsDynamicImport: `${IMPORT}\\(["'](${ANY_LAZY})["']\\)`,
    /** 6.1: only `./`, `../` and `/` specifiers; bare ones are packages. */
    jsDynamicImportRelative: `${IMPORT}\\(["']((?:\\.{1,2})?/${ANY_LAZY})["']\\)`
};
const RENDER = {
    cssUrl: (url) => `url("${url}")`,
    cssImport: (url) => `@import url("${url}")`,
    cssSourceMap: (url) => `/*# sourceMappingURL=${url} */`,
    jsSourceMap: (url) => `//# sourceMappingURL=${url}`,
    jsImportFrom: (url, match) => `import${match[1]} from "${url}";`,
    jsImportFromNoSemicolon: (url, match) => `import${match[1]} from "${url}"`,
    jsExportFrom: (url, match) => `export${match[1]} from "${url}";`,
    jsExportFromNoSemicolon: (url, match) => `export${match[1]} from "${url}"`,
    jsImportSideEffect: (url) => `import"${url}";`,
    jsImportSideEffectNoSemicolon: (url) => `import"${url}"`,
    jsDynamicImport: (url) => `import("${url}")`
};

;// CONCATENATED MODULE: ./src/manifest/releases.ts
// What differs between the Django releases the action reproduces, as data: each release's
// rewrite patterns, manifest key order, error naming and storage-setting rules. The hashing
// and finding code reads these fields; nothing else compares version numbers.

const SUPPORTED_SERIES = ['4.2', '5.0', '5.1', '5.2', '6.0', '6.1'];
const cssImport = pattern(SOURCES.cssImport, 1, RENDER.cssImport);
const cssSourceMap = pattern(SOURCES.cssSourceMap, 1, RENDER.cssSourceMap);
const jsSourceMap = pattern(SOURCES.jsSourceMap, 1, RENDER.jsSourceMap);
const cssUrlSameQuote = pattern(SOURCES.cssUrlSameQuote, 2, RENDER.cssUrl);
// Up to 5.2 a quoted data URI holding url(…) is cut at its first `)`; 6.0 fixed it (#36348).
const cssUrl = pattern(SOURCES.cssUrl, 1, RENDER.cssUrl, { supersededBy: { regex: cssUrlSameQuote.regex, fixedIn: '6.0' } });
const jsExportFrom = pattern(SOURCES.jsExportFrom, 2, RENDER.jsExportFrom);
const jsImportSideEffect = pattern(SOURCES.jsImportSideEffect, 1, RENDER.jsImportSideEffect);
const jsDynamicImport = pattern(SOURCES.jsDynamicImport, 1, RENDER.jsDynamicImport);
// 4.2's source-map patterns had an empty `matched` group, so a URL left alone deleted the comment (#34496).
const deletedIn42 = { leftAloneDeleted: { fixedIn: '5.0' } };
const PATTERNS_4_2 = {
    css: [cssUrl, cssImport, pattern(SOURCES.cssSourceMap, 1, RENDER.cssSourceMap, deletedIn42)],
    js: [pattern(SOURCES.jsSourceMap, 1, RENDER.jsSourceMap, deletedIn42)],
    jsModules: [pattern(SOURCES.jsImportFrom, 2, RENDER.jsImportFrom), jsExportFrom, jsImportSideEffect, jsDynamicImport]
};
const PATTERNS_5_0 = { ...PATTERNS_4_2, css: [cssUrl, cssImport, cssSourceMap], js: [jsSourceMap] };
const PATTERNS_5_2 = {
    ...PATTERNS_5_0,
    jsModules: [pattern(SOURCES.jsImportFromStar, 2, RENDER.jsImportFrom), jsExportFrom, jsImportSideEffect, jsDynamicImport]
};
const PATTERNS_6_0 = { ...PATTERNS_5_2, css: [cssUrlSameQuote, cssImport, cssSourceMap] };
// 6.1: references inside comments and string/template literals are not references (#21080, #36969);
// source-map comments are comments by nature and still count.
const inCss = { skipLiterals: 'css' };
const inJs = { skipLiterals: 'js' };
const PATTERNS_6_1 = {
    css: [
        pattern(SOURCES.cssUrlSameQuote, 2, RENDER.cssUrl, inCss),
        pattern(SOURCES.cssImport, 1, RENDER.cssImport, inCss),
        cssSourceMap
    ],
    js: [jsSourceMap],
    jsModules: [
        pattern(SOURCES.jsImportFromNoSemicolon, 2, RENDER.jsImportFromNoSemicolon, inJs),
        pattern(SOURCES.jsExportFromNoSemicolon, 2, RENDER.jsExportFromNoSemicolon, inJs),
        pattern(SOURCES.jsImportSideEffectNoSemicolon, 1, RENDER.jsImportSideEffectNoSemicolon, inJs),
        pattern(SOURCES.jsDynamicImportRelative, 1, RENDER.jsDynamicImport, inJs)
    ]
};
const BASE = {
    leavesProtocolRelative: true,
    manifestOrder: 'processing',
    maxPassesNamesFiles: true,
    decodeErrorNamesFile: true,
    legacyStorageSetting: false,
    errorStyle: 'traceback'
};
const RELEASES = {
    '4.2': {
        ...BASE,
        series: '4.2',
        patterns: PATTERNS_4_2,
        leavesProtocolRelative: false,
        maxPassesNamesFiles: false,
        decodeErrorNamesFile: false,
        legacyStorageSetting: true
    },
    '5.0': {
        ...BASE,
        series: '5.0',
        patterns: PATTERNS_5_0,
        leavesProtocolRelative: false,
        maxPassesNamesFiles: false,
        legacyStorageSetting: true
    },
    '5.1': { ...BASE, series: '5.1', patterns: PATTERNS_5_0, maxPassesNamesFiles: false },
    '5.2': { ...BASE, series: '5.2', patterns: PATTERNS_5_2 },
    '6.0': { ...BASE, series: '6.0', patterns: PATTERNS_6_0, manifestOrder: 'sorted' },
    '6.1': { ...BASE, series: '6.1', patterns: PATTERNS_6_1, manifestOrder: 'sorted', errorStyle: 'command-error' }
};
const RELEASE_5_2 = RELEASES['5.2'];
/** The profile of a supported series ('5.2'), or undefined. */
function releaseOf(series) {
    return SUPPORTED_SERIES.includes(series) ? RELEASES[series] : undefined;
}
/**
 * The supported series a version number belongs to ('5.2.17' → '5.2', '6.1rc1' → '6.1'); a newer
 * patch release of a supported series is that series. Undefined when the series is not supported.
 */
function releaseOfVersion(version) {
    const match = /^(\d+)\.(\d+)(?!\d)/.exec(version.trim());
    return match ? releaseOf(`${Number(match[1])}.${Number(match[2])}`) : undefined;
}
/** For `~=X.Y` (any X.* from X.Y on): the newest supported series of that major version. */
function newestCompatibleRelease(version) {
    const match = /^(\d+)\.(\d+)(?!\d)/.exec(version.trim());
    if (!match)
        return undefined;
    const [major, minor] = [Number(match[1]), Number(match[2])];
    const candidates = SUPPORTED_SERIES.filter((series) => {
        const [m, n] = series.split('.').map(Number);
        return m === major && n >= minor;
    });
    const newest = candidates.at(-1);
    return newest ? RELEASES[newest] : undefined;
}

;// CONCATENATED MODULE: ./src/project/storage.ts
// The staticfiles storage: STORAGES["staticfiles"] (or, up to Django 5.0, STATICFILES_STORAGE),
// whether it hashes like ManifestStaticFilesStorage, and the switches and S3 options a
// project subclass sets as class attributes.





/** HashedFilesMixin / ManifestFilesMixin methods whose override changes the bytes or names Django writes. */
const HASHING_METHODS = [
    'file_hash',
    'hashed_name',
    '_stored_name',
    'stored_name',
    'url_converter',
    'post_process',
    '_post_process',
    'clean_name',
    'hash_key',
    '_url',
    'url',
    'read_manifest',
    'load_manifest',
    'save_manifest'
];
const DEFAULT_STORAGE = 'django.contrib.staticfiles.storage.StaticFilesStorage';
/** ManifestFilesMixin / HashedFilesMixin class attributes. */
const MANIFEST_SWITCHES = [
    'manifest_name',
    'manifest_strict',
    'keep_intermediate_files',
    'max_post_process_passes',
    'support_js_module_import_aggregation'
];
/** django-storages S3Storage settings a subclass can set as class attributes. */
const S3_OPTIONS = [
    'bucket_name',
    'location',
    'object_parameters',
    'file_overwrite',
    'default_acl',
    'gzip',
    'gzip_content_types',
    'custom_domain',
    'endpoint_url',
    'region_name',
    'url_protocol',
    'addressing_style',
    'querystring_auth'
];
/** The storage `release` would use for collectstatic, or its default when the settings name none. */
function readStorage(reader, loadClass, release = RELEASE_5_2) {
    const configured = configuredStorage(reader, release);
    if (!configured)
        return undefined;
    const described = describeBackend(configured, loadClass, reader);
    const options = { ...described.classOptions, ...configured.options };
    const overrides = described.overrides?.length ? { overrides: described.overrides } : {};
    return {
        storage: {
            value: { backend: configured.backend, manifest: described.manifest, options, switches: described.switches, ...overrides },
            from: configured.from
        },
        kind: described.kind
    };
}
function configuredStorage(reader, release) {
    const storages = reader.binding('STORAGES');
    const legacyBinding = reader.binding('STATICFILES_STORAGE');
    if (legacyBinding && !release.legacyStorageSetting) {
        const effect = storages ? 'STORAGES is used' : 'files are copied without hashed names, as Django would';
        reader.problems.add(`Django ${release.series} ignores STATICFILES_STORAGE (removed in 5.1), so ${effect}. Move the backend to STORAGES["staticfiles"], or set the \`django-version\` input if the project runs Django 4.2 or 5.0.`, legacyBinding.at, 'notice');
    }
    else if (legacyBinding && storages) {
        reader.problems.add(`STATICFILES_STORAGE and STORAGES are both set: Django ${release.series} refuses to start (ImproperlyConfigured: STATICFILES_STORAGE/STORAGES are mutually exclusive). Remove STATICFILES_STORAGE and keep STORAGES["staticfiles"].`, legacyBinding.at, 'error');
        return undefined;
    }
    if (storages && !isUnknown(storages.value)) {
        const value = storages.value;
        const entry = isObject(value) && value.kind === 'dict' ? value.entries.get('staticfiles') : undefined;
        if (entry === undefined) {
            reader.problems.add('STORAGES has no "staticfiles" storage (staticfiles.E005); Django would refuse to run collectstatic. Set the `manifest` input.', storages.at);
            return undefined;
        }
        const gaps = [];
        const plain = toPlain(entry, 'STORAGES["staticfiles"]', gaps);
        reader.problems.gaps('STORAGES', storages, gaps);
        reader.problems.assumptions('STORAGES', storages);
        return backendOf(plain, provenance(storages), reader);
    }
    if (storages)
        reader.plain('STORAGES');
    const legacy = release.legacyStorageSetting ? reader.optionalString('STATICFILES_STORAGE') : undefined;
    if (legacy?.value)
        return { backend: legacy.value, options: {}, from: legacy.from };
    return { backend: DEFAULT_STORAGE, options: {}, from: { source: 'default' } };
}
function backendOf(plain, from, reader) {
    const entry = plain !== null && typeof plain === 'object' && !Array.isArray(plain) ? plain : {};
    const backend = entry.BACKEND;
    if (typeof backend !== 'string') {
        if (plain !== undefined)
            reader.problems.add('STORAGES["staticfiles"] has no BACKEND string. Set the `manifest` input.', from.file ? { file: from.file, line: from.line ?? 1 } : undefined);
        return undefined;
    }
    const options = entry.OPTIONS;
    return { backend, options: options !== null && typeof options === 'object' && !Array.isArray(options) ? options : {}, from };
}
/** Django's, django-storages' and whitenoise's classes are known by name; a project class is read. */
function describeBackend({ backend, from }, loadClass, reader) {
    const known = /^(django|storages|whitenoise)\./.test(backend);
    const loaded = known ? null : loadClass(backend);
    if (typeof loaded === 'string') {
        const manifest = backend.includes('Manifest');
        reader.problems.add(`The staticfiles storage ${backend} could not be read (${loaded}), so whether it hashes file names was judged from its name (${manifest ? 'yes' : 'no'}). Set the \`manifest\` input to be sure.`, from.file ? { file: from.file, line: from.line ?? 1 } : undefined);
        return { manifest, kind: kindOf([backend]), switches: {}, classOptions: {} };
    }
    const names = loaded ? lineageNames(loaded) : [backend];
    const kind = kindOf(names);
    return {
        manifest: names.some((name) => name.includes('Manifest')),
        kind,
        switches: loaded ? classValues(loaded, MANIFEST_SWITCHES, reader) : {},
        classOptions: loaded && kind === 's3' ? classValues(loaded, S3_OPTIONS, reader) : {},
        overrides: loaded ? HASHING_METHODS.filter((name) => classBinding(loaded, name) !== undefined) : []
    };
}
function kindOf(names) {
    if (names.some((name) => name.startsWith('storages.backends.s3')))
        return 's3';
    if (names.some((name) => /^(django\.contrib\.staticfiles\.storage|django\.core\.files\.storage|whitenoise\.storage)\./.test(name)))
        return 'filesystem';
    return 'other';
}
/** Class attributes of the project class (or its project bases) that are set and known. */
function classValues(cls, names, reader) {
    const out = {};
    for (const name of names) {
        const binding = classBinding(cls, name);
        if (!binding)
            continue;
        const gaps = [];
        const value = toPlain(binding.value, `${cls.name}.${name}`, gaps);
        reader.problems.gaps('STORAGES', binding, gaps);
        if (value !== undefined)
            out[name] = value;
    }
    return out;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/adapters/python-reader-script.ts
// The helper the project's own Python runs to read the settings as Django does. Embedded as a
// string so dist/index.js carries it (no extra file to copy, `git diff dist` stays reproducible).
// It prints one JSON object on its last stdout line; see python-reader.ts for the shape.
const READER_SCRIPT = String.raw `
import json, os, sys, traceback

request = json.loads(sys.argv[1])
root = request['projectDir']
sys.argv = [os.path.join(root, 'manage.py'), 'collectstatic', '--noinput']
sys.path[:] = [root] + [p for p in sys.path if p not in ('', root)]
for entry in reversed(request.get('extraPath') or []):
    if entry not in sys.path:
        sys.path.insert(1, entry)
os.environ['DJANGO_SETTINGS_MODULE'] = request['module']
os.chdir(root)

NAMES = ['INSTALLED_APPS', 'STATICFILES_DIRS', 'STATIC_URL', 'STATIC_ROOT', 'STATICFILES_FINDERS', 'STORAGES',
         'STATICFILES_STORAGE', 'FORCE_SCRIPT_NAME']
AWS = ['AWS_STORAGE_BUCKET_NAME', 'AWS_LOCATION', 'AWS_S3_OBJECT_PARAMETERS', 'AWS_S3_FILE_OVERWRITE', 'AWS_DEFAULT_ACL',
       'AWS_IS_GZIPPED', 'AWS_GZIP_CONTENT_TYPES', 'AWS_S3_ENDPOINT_URL', 'AWS_S3_REGION_NAME', 'AWS_S3_CUSTOM_DOMAIN',
       'AWS_S3_URL_PROTOCOL', 'AWS_S3_ADDRESSING_STYLE', 'AWS_QUERYSTRING_AUTH']
DJANGO_FINDERS = ['django.contrib.staticfiles.finders.FileSystemFinder', 'django.contrib.staticfiles.finders.AppDirectoriesFinder']
SWITCHES = ['manifest_name', 'manifest_strict', 'max_post_process_passes', 'keep_intermediate_files',
            'support_js_module_import_aggregation', 'location', 'base_url', 'bucket_name', 'gzip', 'gzip_content_types',
            'object_parameters', 'file_overwrite', 'default_acl', 'custom_domain', 'endpoint_url', 'region_name',
            'url_protocol', 'addressing_style', 'querystring_auth']
HASHING = ['file_hash', 'hashed_name', '_stored_name', 'stored_name', 'url_converter', 'post_process', '_post_process',
           'clean_name', 'hash_key', '_url', 'url', 'read_manifest', 'load_manifest', 'save_manifest', 'manifest_name']
KNOWN = ('django.', 'storages.', 'whitenoise.')


def plain(value, depth=0):
    if depth > 20:
        return None
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if isinstance(value, (list, tuple)):
        return [plain(item, depth + 1) for item in value]
    if isinstance(value, dict):
        return {str(key): plain(item, depth + 1) for key, item in value.items()}
    if isinstance(value, (set, frozenset)):
        return [plain(item, depth + 1) for item in sorted(value, key=repr)]
    return {'__repr__': repr(value)}


def failure(exc):
    frames = traceback.extract_tb(exc.__traceback__)
    inside = [frame for frame in frames if frame.filename.startswith(root)] or frames
    frame = inside[-1] if inside else None
    line = traceback.format_exception_only(type(exc), exc)[-1].strip()
    return {'error': line, 'file': frame.filename if frame else None, 'line': frame.lineno if frame else None}


def where(obj):
    return getattr(obj, '__module__', '') + '.' + getattr(obj, '__qualname__', getattr(obj, '__name__', ''))


def read_settings(out):
    try:
        import django
        from django.conf import settings
        out['djangoVersion'] = list(django.VERSION)
        out['djangoPath'] = os.path.dirname(django.__file__)
    except Exception:
        django = None
        settings = None
    if settings is not None:
        settings._setup()
        holder = settings
        out['settingsFile'] = getattr(sys.modules.get(request['module']), '__file__', None)
        explicit = settings._wrapped._explicit_settings
    else:
        import importlib
        holder = importlib.import_module(request['module'])
        out['settingsFile'] = getattr(holder, '__file__', None)
        explicit = set(name for name in dir(holder) if name.isupper())
    values = {}
    for name in NAMES + AWS:
        if hasattr(holder, name):
            values[name] = plain(getattr(holder, name))
    out['settings'] = values
    out['explicit'] = sorted(name for name in NAMES + AWS if name in explicit)
    return django is not None


def read_apps(out, entries=None, key='apps'):
    from django.apps.config import AppConfig
    apps, errors = [], []
    for entry in (out['settings'].get('INSTALLED_APPS') or []) if entries is None else entries:
        try:
            config = AppConfig.create(entry)
            apps.append({'entry': entry, 'label': config.label, 'name': config.name, 'path': config.path,
                         'config': where(type(config))})
            if config.name == 'django.contrib.staticfiles':
                out['ignorePatterns'] = list(getattr(config, 'ignore_patterns', []))
        except Exception as exc:
            errors.append(dict(failure(exc), entry=entry, missing=isinstance(exc, ImportError)))
    out[key] = apps
    out[key[:-1] + 'Errors'] = errors


def read_storage(out):
    from django.utils.module_loading import import_string
    s = out['settings']
    backend = ((s.get('STORAGES') or {}).get('staticfiles') or {}).get('BACKEND') or s.get('STATICFILES_STORAGE')
    if not backend:
        return
    info = {'backend': backend}
    out['storage'] = info
    try:
        cls = import_string(backend)
    except Exception as exc:
        info.update(failure(exc))
        return
    info['mro'] = [where(klass) for klass in cls.__mro__]
    overrides = []
    for name in HASHING:
        for klass in cls.__mro__:
            if name in vars(klass):
                if not klass.__module__.startswith(KNOWN) and callable(vars(klass)[name]):
                    overrides.append({'method': name, 'class': where(klass)})
                break
    info['overrides'] = overrides
    try:
        from django.core.files.storage import storages
        instance = storages['staticfiles']
    except Exception as exc:
        try:
            from django.contrib.staticfiles.storage import staticfiles_storage
            staticfiles_storage._setup()
            instance = staticfiles_storage._wrapped
        except Exception:
            info['instanceError'] = failure(exc)['error']
            instance = cls
    attributes = {}
    for name in SWITCHES:
        try:
            value = getattr(instance, name)
        except Exception:
            continue
        if not callable(value):
            attributes[name] = plain(value)
    info['attributes'] = attributes


def read_finders(out, patterns):
    finders = out['settings'].get('STATICFILES_FINDERS') or []
    others = [name for name in finders if name not in DJANGO_FINDERS]
    if not others:
        return
    listed = {}
    out['finderFiles'] = listed
    try:
        import django
        django.setup()
    except Exception as exc:
        for name in others:
            listed[name] = dict(failure(exc), setup=True)
        return
    from django.contrib.staticfiles.finders import get_finder
    for name in others:
        try:
            files = []
            for relative, storage in get_finder(name).list(patterns):
                prefix = getattr(storage, 'prefix', None) or ''
                files.append({'path': os.path.join(prefix, relative).replace(os.sep, '/'), 'relativePath': relative,
                              'absPath': storage.path(relative), 'prefix': prefix, 'root': getattr(storage, 'location', '')})
            listed[name] = {'files': files}
        except Exception as exc:
            listed[name] = failure(exc)


def main():
    out = {'python': {'executable': sys.executable, 'version': sys.version.split()[0]}, 'djangoVersion': None}
    try:
        has_django = read_settings(out)
    except BaseException as exc:
        out['importError'] = failure(exc)
        return out
    if has_django:
        read_apps(out)
        if request.get('namedApps'):
            read_apps(out, request['namedApps'], 'namedApps')
        read_storage(out)
        default = out.get('ignorePatterns', ['CVS', '.*', '*~']) if request.get('defaultIgnore', True) else []
        patterns = list({os.path.normpath(p) for p in list(request.get('ignore') or []) + list(default)})
        read_finders(out, patterns)
    return out


result = main()
sys.stdout.write('\n' + json.dumps(result) + '\n')
`;

;// CONCATENATED MODULE: ./src/adapters/python-reader.ts
// Runs the settings-reader helper with the project's Python: one process, its own timeout, the
// step's environment without the action's own inputs and runner tokens. What the JSON means for
// Django is decided in src/project/python-settings.ts.


/** Variables the helper never sees: the action's inputs (credentials among them) and the runner's tokens. */
function helperEnvironment(env) {
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (name.startsWith('INPUT_') ||
            /^ACTIONS_(RUNTIME_TOKEN|ID_TOKEN_REQUEST_TOKEN|ID_TOKEN_REQUEST_URL|CACHE_URL|RUNTIME_URL)$/.test(name))
            continue;
        out[name] = value;
    }
    out.PYTHONDONTWRITEBYTECODE = '1';
    return out;
}
const processRunner = {
    read(request) {
        const payload = JSON.stringify({
            projectDir: request.projectDir,
            module: request.module,
            extraPath: request.extraPath,
            ignore: request.ignore,
            defaultIgnore: request.defaultIgnore,
            namedApps: request.namedApps
        });
        const options = {
            cwd: request.projectDir,
            env: helperEnvironment(request.env),
            timeout: request.timeoutMs,
            maxBuffer: 64 * 1024 * 1024,
            windowsHide: true
        };
        return new Promise((resolve, reject) => {
            (0,external_node_child_process_.execFile)(request.interpreter, ['-c', READER_SCRIPT, payload], options, (error, stdout, stderr) => {
                const reading = lastJson(String(stdout));
                if (reading)
                    return resolve(reading);
                if (error && error.killed) {
                    return reject(new Error(`it did not finish within ${Math.round(request.timeoutMs / 1000)} s (settings-reader-timeout)`));
                }
                const detail = String(stderr).trim().split(/\r?\n/).pop() || error?.message || 'no output';
                reject(new Error(detail));
            });
        });
    }
};
function lastJson(stdout) {
    const line = stdout.trim().split(/\r?\n/).pop() ?? '';
    try {
        const parsed = JSON.parse(line);
        return parsed !== null && typeof parsed === 'object' && 'python' in parsed ? parsed : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/project/python-settings.ts
// What the project's Python reported, in Django's terms: the static settings with where they were
// set, the apps as AppConfig.create resolved them, the staticfiles storage and the files of
// finders other than Django's two.



const COMPRESSOR_FINDER = 'compressor.finders.CompressorFinder';
function readerInfo(reading) {
    return {
        kind: 'python',
        interpreter: reading.python.executable,
        pythonVersion: reading.python.version,
        djangoVersion: reading.djangoVersion ? reading.djangoVersion.slice(0, 3).join('.') : null
    };
}
/** Fills `project` from the reading; problems carry the fix. */
function applyReading(project, reading, ignoreApps, resolveApps) {
    const settings = reading.settings ?? {};
    const explicit = new Set(reading.explicit ?? []);
    const file = reading.settingsFile ?? project.settingsFile ?? undefined;
    if (file)
        project.settingsFile = file;
    const valued = (name, value) => ({
        value,
        from: explicit.has(name) ? { source: 'settings', ...(file ? { file } : {}) } : { source: 'default' }
    });
    project.reader = readerInfo(reading);
    const installed = stringList(settings.INSTALLED_APPS);
    project.installedApps = valued('INSTALLED_APPS', installed);
    project.staticDirs = valued('STATICFILES_DIRS', staticDirs(settings.STATICFILES_DIRS, project.projectDir));
    if (typeof settings.STATIC_URL === 'string')
        project.staticUrl = valued('STATIC_URL', settings.STATIC_URL);
    if (typeof settings.STATIC_ROOT === 'string')
        project.staticRoot = valued('STATIC_ROOT', external_node_path_default().resolve(project.projectDir, settings.STATIC_ROOT));
    project.forceScriptName = valued('FORCE_SCRIPT_NAME', typeof settings.FORCE_SCRIPT_NAME === 'string' ? settings.FORCE_SCRIPT_NAME : null);
    project.finders = explicit.has('STATICFILES_FINDERS')
        ? valued('STATICFILES_FINDERS', stringList(settings.STATICFILES_FINDERS))
        : { value: DEFAULT_FINDERS, from: { source: 'default' } };
    project.aws = {};
    for (const name of AWS_SETTINGS)
        if (name in settings && explicit.has(name))
            project.aws[name] = valued(name, settings[name]);
    const storage = reading.storage ?? (reading.djangoVersion ? undefined : storageByName(project, settings, file));
    if (storage)
        applyStorage(project, storage, settings, explicit, file);
    if (reading.ignorePatterns && !sameList(reading.ignorePatterns, ['CVS', '.*', '*~'])) {
        project.ignorePatterns = { value: reading.ignorePatterns, from: { source: 'settings', ...(file ? { file } : {}) } };
    }
    if (resolveApps)
        applyApps(project, reading, ignoreApps);
    if (reading.namedApps)
        project.namedApps = reading.namedApps.map((app) => ({ entry: app.entry, name: app.name, path: app.path }));
    applyFinders(project, reading);
}
function applyApps(project, reading, ignoreApps) {
    if (!reading.apps)
        return; // Django is not importable: the evaluator's resolver runs instead (see discover.ts)
    const apps = [];
    for (const app of reading.apps) {
        if (ignoreApps.includes(app.entry) || ignoreApps.includes(app.name))
            continue;
        apps.push({ name: app.name, path: app.path });
    }
    project.apps = apps;
    project.resolvedApps = reading.apps.filter((app) => !ignoreApps.includes(app.entry) && !ignoreApps.includes(app.name));
    project.unresolvedApps = (reading.appErrors ?? [])
        .filter((failure) => !ignoreApps.includes(failure.entry))
        .map((failure) => ({
        entry: failure.entry,
        severity: 'error',
        message: `Django could not load the app '${failure.entry}' from INSTALLED_APPS: ${failure.error}${failure.file ? ` (${failure.file}${failure.line ? `:${failure.line}` : ''})` : ''}. ` +
            (failure.missing
                ? `Install the project's requirements before this step (pip install -r requirements.txt) or add '${failure.entry}' to \`ignore-apps\`.`
                : `Fix the app's AppConfig or add '${failure.entry}' to \`ignore-apps\`.`)
    }));
}
function applyStorage(project, storage, settings, explicit, file) {
    const configured = settings.STORAGES?.staticfiles;
    const options = { ...(configured?.OPTIONS ?? {}) };
    const mro = storage.mro ?? [storage.backend];
    const attributes = storage.attributes ?? {};
    const kind = mro.some((name) => name.startsWith('storages.backends.s3')) ? 's3' : 'filesystem';
    if (kind === 's3')
        for (const name of S3_OPTIONS)
            if (!(name in options) && isSetByProject(name, attributes))
                options[name] = attributes[name];
    const manifest = mro.some((name) => /\.ManifestFilesMixin$/.test(name));
    const switches = {};
    if (manifest)
        for (const name of MANIFEST_SWITCHES)
            if (name in attributes)
                switches[name] = attributes[name];
    const overridden = (storage.overrides ?? []).map((override) => override.method);
    const setting = {
        backend: storage.backend,
        manifest,
        options,
        switches,
        ...(overridden.length ? { overrides: overridden } : {})
    };
    const from = explicit.has('STORAGES') || explicit.has('STATICFILES_STORAGE')
        ? { source: 'settings', ...(file ? { file } : {}) }
        : { source: 'default' };
    project.storage = { value: setting, from };
    project.storageClass = { backend: storage.backend, mro, overrides: storage.overrides ?? [], attributes };
    if (kind === 'filesystem') {
        const { location, base_url: baseUrl, ...rest } = setting.options;
        if (typeof location === 'string')
            project.staticRoot = { value: external_node_path_default().resolve(project.projectDir, location), from };
        if (typeof baseUrl === 'string')
            project.staticUrl = { value: baseUrl, from };
        setting.options = rest;
    }
    if (storage.error) {
        project.problems.push({
            kind: 'settings',
            severity: 'error',
            message: `The staticfiles storage ${storage.backend} could not be imported: ${storage.error}. Install the package that provides it, or set the \`manifest\` input.`,
            ...(storage.file ? { file: storage.file, line: storage.line ?? 1 } : {})
        });
    }
}
/** Without Django the storage class cannot be imported: Django's, django-storages' and whitenoise's are known by name. */
const KNOWN_MANIFEST = [
    'django.contrib.staticfiles.storage.ManifestStaticFilesStorage',
    'whitenoise.storage.CompressedManifestStaticFilesStorage',
    'storages.backends.s3.S3ManifestStaticStorage',
    'storages.backends.s3boto3.S3ManifestStaticStorage'
];
const KNOWN_PLAIN = [
    'django.contrib.staticfiles.storage.StaticFilesStorage',
    'whitenoise.storage.CompressedStaticFilesStorage',
    'storages.backends.s3.S3Storage',
    'storages.backends.s3boto3.S3Boto3Storage',
    'storages.backends.s3.S3StaticStorage',
    'storages.backends.s3boto3.S3StaticStorage'
];
function storageByName(project, settings, file) {
    const storages = settings.STORAGES;
    const configured = storages?.staticfiles?.BACKEND ?? settings.STATICFILES_STORAGE;
    const backend = typeof configured === 'string' ? configured : 'django.contrib.staticfiles.storage.StaticFilesStorage';
    const manifest = KNOWN_MANIFEST.includes(backend) || (!KNOWN_PLAIN.includes(backend) && backend.includes('Manifest'));
    if (!KNOWN_MANIFEST.includes(backend) && !KNOWN_PLAIN.includes(backend)) {
        project.problems.push({
            kind: 'settings',
            severity: 'warning',
            message: `Django is not importable for the project's Python, so the staticfiles storage ${backend} could not be imported; whether it hashes file names was judged from its name (${manifest ? 'yes' : 'no'}). Install the requirements, or set the \`manifest\` input to be sure.`,
            ...(file ? { file } : {})
        });
    }
    const s3 = backend.startsWith('storages.backends.s3');
    const mro = [
        backend,
        ...(manifest ? ['django.contrib.staticfiles.storage.ManifestFilesMixin'] : []),
        ...(s3 ? ['storages.backends.s3.S3Storage'] : [])
    ];
    return { backend, mro, overrides: [], attributes: {} };
}
/** S3 options the class sets differently from django-storages' own (None and the library defaults are left to the inputs). */
function isSetByProject(name, attributes) {
    const value = attributes[name];
    return (value !== null &&
        value !== undefined &&
        value !== '' &&
        !(name === 'object_parameters' && typeof value === 'object' && Object.keys(value).length === 0));
}
function applyFinders(project, reading) {
    const listed = {};
    for (const [finder, outcome] of Object.entries(reading.finderFiles ?? {})) {
        if ('files' in outcome) {
            listed[finder] = outcome.files;
            continue;
        }
        project.problems.push(finderProblem(finder, outcome.error, outcome.file, outcome.line, outcome.setup === true));
    }
    project.finderFiles = listed;
}
function finderProblem(finder, error, file, line, setup) {
    const step = setup ? 'django.setup() failed, so its files could not be listed' : 'its list() failed';
    return {
        kind: 'settings',
        severity: 'error',
        incomplete: true,
        message: `The finder ${finder} in STATICFILES_FINDERS: ${step} (${error}${file ? `, ${file}${line ? `:${line}` : ''}` : ''}). ` +
            "Install the project's requirements before this step, or set the `finders` input to the finders to use.",
        ...(file ? { file, ...(line ? { line } : {}) } : {})
    };
}
function stringList(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
function staticDirs(value, projectDir) {
    if (!Array.isArray(value))
        return [];
    const out = [];
    for (const entry of value) {
        const [prefix, dir] = Array.isArray(entry) ? entry : ['', entry];
        if (typeof prefix === 'string' && typeof dir === 'string')
            out.push({ prefix, path: external_node_path_default().isAbsolute(dir) ? dir : external_node_path_default().join(projectDir, dir) });
    }
    return out;
}
function sameList(a, b) {
    return a.length === b.length && a.every((item, index) => item === b[index]);
}

;// CONCATENATED MODULE: ./src/project/python-read.ts
// Whether the project's Python reads the settings (settings-reader: auto | python | evaluator),
// and what happens when it cannot: `python` fails with the exception, `auto` falls back to the
// evaluator and says why.



const SETTINGS_READER_CHOICES = ['auto', 'python', 'evaluator'];
const DEFAULT_TIMEOUT_MS = 60_000;
/** True when the Python reader filled `project`; false: the evaluator is to read it (project.reader.why says why). */
async function readWithPython(project, context) {
    const { options, interpreter, executable, location } = context;
    const choice = options.settingsReader ?? 'auto';
    if (choice === 'evaluator')
        return fallBack(project, 'the `settings-reader` input is evaluator');
    if (options.untrustedCode) {
        if (choice === 'python') {
            throw new errors/* ActionError */.l('settings-reader is python, but this is a pull_request_target run: the checked-out code may come from a fork while secrets are ' +
                'present, so the action does not run it. Set `settings-reader-on-pull-request-target: true` if the checkout is trusted, or use `settings-reader: evaluator`.');
        }
        return fallBack(project, 'pull_request_target: the project code is not run (set `settings-reader-on-pull-request-target: true` to allow it)');
    }
    if (!interpreter) {
        if (choice === 'python')
            throw new errors/* ActionError */.l('settings-reader is python, but no Python interpreter was found. Set the `python` input (e.g. after actions/setup-python).');
        return fallBack(project, 'no Python interpreter was found');
    }
    // auto: what the reader would find out, known without starting it (`python` still runs it, for its message).
    if (context.djangoFound === false && choice === 'auto')
        return fallBack(project, djangoNotImportable(interpreter));
    let reading;
    try {
        reading = await (options.runner ?? processRunner).read({
            interpreter: executable ?? interpreter,
            projectDir: project.projectDir,
            module: location.module,
            extraPath: location.extraSearchEntry ? [location.extraSearchEntry] : [],
            ignore: options.ignore ?? [],
            defaultIgnore: options.defaultIgnore ?? true,
            namedApps: options.namedApps ?? [],
            env: options.env,
            timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS
        });
    }
    catch (error) {
        return failed(project, choice, interpreter, location, error instanceof Error ? error.message : String(error));
    }
    if (reading.importError) {
        const { error, file, line } = reading.importError;
        return failed(project, choice, interpreter, location, `${error}${file ? ` (${file}${line ? `:${line}` : ''})` : ''}`, file ?? undefined, line ?? undefined);
    }
    // auto: without Django the evaluator knows more (it reads a project storage class's switches and resolves apps the same way).
    if (!reading.djangoVersion && choice === 'auto')
        return fallBack(project, djangoNotImportable(interpreter));
    project.settingsModule = location.module;
    project.settingsFile = location.file;
    applyReading(project, reading, options.ignoreApps, options.resolveApps ?? true);
    return true;
}
function failed(project, choice, interpreter, location, detail, file, line) {
    const what = `${interpreter} could not import the settings module ${location.module}: ${detail}`;
    if (choice === 'python') {
        throw new errors/* ActionError */.l(`${what}. Install the project's requirements before this step (pip install -r requirements.txt) and set the environment the settings read, ` +
            'or set `settings-reader: evaluator`.', file ? { file, ...(line ? { line } : {}) } : {});
    }
    project.problems.push({
        kind: 'settings',
        severity: 'notice',
        message: `${what}. The settings were read without Python instead; install the project's requirements before this step so its Python reads them.`,
        ...(file ? { file, ...(line ? { line } : {}) } : {})
    });
    return fallBack(project, `${interpreter} could not import the settings`);
}
function djangoNotImportable(interpreter) {
    return `Django is not importable for ${interpreter}`;
}
function fallBack(project, why) {
    project.reader = { kind: 'evaluator', why };
    return false;
}

;// CONCATENATED MODULE: ./src/project/discover.ts
// Reads the Django project without Python: finds the settings module, evaluates it (and
// the files it star-imports), extracts the static-files settings with where each came
// from, and resolves INSTALLED_APPS to directories as Python's import system would.

















async function discoverProject(options) {
    const workingDirectory = external_node_path_default().resolve(options.workingDirectory);
    const layout = (0,project_layout/* findProjectLayout */.pE)(workingDirectory, options.settings);
    const wantsApps = (options.resolveApps ?? true) || (options.namedApps?.length ?? 0) > 0 || (options.settingsReader ?? 'auto') !== 'evaluator';
    const python = wantsApps
        ? await (0,python_path/* pythonPathFor */.$e)(options.python, layout.projectDir, options.env, options.pythonProbe)
        : { interpreter: null, entries: [] };
    const sysPath = list([layout.projectDir, ...python.entries.filter((entry) => entry !== layout.projectDir)]);
    const srcFallback = srcFolders(workingDirectory, layout.projectDir, python.entries);
    const finder = new ModuleFinder(() => stringItems(sysPath), srcFallback);
    const located = locateSettings({
        workingDirectory,
        settings: options.settings,
        env: options.env,
        layout,
        finder,
        searchEntries: [...stringItems(sysPath), ...srcFallback]
    });
    const problems = [...layout.problems, ...located.problems];
    const project = {
        settingsFile: null,
        settingsModule: null,
        projectDir: layout.projectDir,
        apps: [],
        unresolvedApps: [],
        problems
    };
    if (located.location) {
        const read = await readWithPython(project, {
            options,
            interpreter: python.interpreter,
            ...(python.executable ? { executable: python.executable } : {}),
            ...(python.djangoFound !== undefined ? { djangoFound: python.djangoFound } : {}),
            location: located.location
        });
        if (!read)
            readProject(project, { options, layout, python, sysPath, finder, location: located.location, workingDirectory });
        else if (!project.resolvedApps && (options.resolveApps ?? true))
            resolveWithEvaluator(project, { options, layout, python, sysPath, finder, location: located.location, workingDirectory });
    }
    project.problems = project.problems.map((problem) => relativeTo(workingDirectory, problem));
    return project;
}
function readProject(project, context) {
    const { location, layout, sysPath, finder, python } = context;
    if (location.extraSearchEntry)
        sysPath.items.splice(1, 0, location.extraSearchEntry);
    project.settingsFile = location.file;
    project.settingsModule = location.module;
    const roots = [context.workingDirectory, layout.projectDir, settingsRoot(location)];
    const importer = new ProjectImporter(finder, (file) => isProjectFile(file, roots));
    const env = new Map(Object.entries(context.options.env).filter((entry) => entry[1] !== undefined));
    const rt = new Runtime({ env, projectDir: layout.projectDir, sysPath, hasPython: python.interpreter !== null, importer });
    const problems = new SettingsProblems();
    project.reader = { kind: 'evaluator', ...(project.reader?.why ? { why: project.reader.why } : {}) };
    try {
        const module = importer.load(location.file, location.module, rt);
        const classBased = classSettingsProblem(module.scope);
        if (classBased)
            problems.list.push(classBased);
        const reader = new SettingsReader(module.scope, layout.projectDir, problems);
        extractSettings(project, reader, importer, rt, context.options.release);
        const installed = project.installedApps?.value ?? [];
        if (context.options.resolveApps ?? true) {
            const apps = resolveApps(installed, {
                finder,
                importer,
                rt,
                interpreter: python.interpreter,
                ignoreApps: context.options.ignoreApps
            });
            discover_applyApps(project, apps, problems);
        }
        const named = context.options.namedApps ?? [];
        if (named.length) {
            project.namedApps = named.flatMap((entry) => resolveApps([entry], { finder, importer, rt, interpreter: python.interpreter, ignoreApps: [] }).apps.map((app) => ({
                entry,
                name: app.name,
                path: app.path
            })));
        }
    }
    catch (error) {
        problems.add(`The settings could not be read completely (${error instanceof Error ? error.message : String(error)}). Set the \`apps\` and \`static-dirs\` inputs.`, { file: location.file, line: 1 });
    }
    project.problems.push(...problems.list, ...reportsOf(rt), ...srcNotices(finder, context.workingDirectory));
}
/** The Python reader ran without Django importable: INSTALLED_APPS it read, resolved on the Python path as today. */
function resolveWithEvaluator(project, context) {
    const { location, layout, sysPath, finder, python } = context;
    if (location.extraSearchEntry)
        sysPath.items.splice(1, 0, location.extraSearchEntry);
    const roots = [context.workingDirectory, layout.projectDir, settingsRoot(location)];
    const importer = new ProjectImporter(finder, (file) => isProjectFile(file, roots));
    const env = new Map(Object.entries(context.options.env).filter((entry) => entry[1] !== undefined));
    const rt = new Runtime({ env, projectDir: layout.projectDir, sysPath, hasPython: python.interpreter !== null, importer });
    const apps = resolveApps(project.installedApps?.value ?? [], {
        finder,
        importer,
        rt,
        interpreter: python.interpreter,
        ignoreApps: context.options.ignoreApps
    });
    project.apps = apps.apps;
    project.unresolvedApps = apps.unresolved;
    project.problems.push(...apps.problems);
}
function extractSettings(project, reader, importer, rt, release) {
    const installedApps = reader.stringList('INSTALLED_APPS');
    if (installedApps)
        project.installedApps = installedApps;
    project.staticDirs = reader.staticDirs() ?? { value: [], from: { source: 'default' } };
    const staticUrl = reader.optionalString('STATIC_URL');
    if (staticUrl && staticUrl.value !== null)
        project.staticUrl = { value: staticUrl.value, from: staticUrl.from };
    const staticRoot = reader.directory('STATIC_ROOT');
    if (staticRoot)
        project.staticRoot = staticRoot;
    project.forceScriptName = reader.optionalString('FORCE_SCRIPT_NAME') ?? { value: null, from: { source: 'default' } };
    project.finders = reader.stringList('STATICFILES_FINDERS') ?? { value: DEFAULT_FINDERS, from: { source: 'default' } };
    const storage = readStorage(reader, (dotted) => importer.loadClass(dotted, rt), release);
    if (storage) {
        project.storage = storage.storage;
        if (storage.kind === 'filesystem')
            moveFilesystemOptions(project, storage.storage, reader);
    }
    project.aws = reader.aws(storage?.kind === 's3');
}
/** A filesystem storage's OPTIONS location/base_url are STATIC_ROOT/STATIC_URL for it, not S3 options. */
function moveFilesystemOptions(project, storage, reader) {
    const { location, base_url: baseUrl, ...rest } = storage.value.options;
    if (typeof location === 'string')
        project.staticRoot = { value: reader.absolute(location), from: storage.from };
    if (typeof baseUrl === 'string')
        project.staticUrl = { value: baseUrl, from: storage.from };
    storage.value.options = rest;
}
function discover_applyApps(project, apps, problems) {
    project.apps = apps.apps;
    project.unresolvedApps = apps.unresolved;
    project.problems.push(...apps.problems);
    const config = apps.staticfilesConfig;
    const binding = config ? classBinding(config, 'ignore_patterns') : undefined;
    if (!config || !binding)
        return;
    const gaps = [];
    const value = toPlain(binding.value, `${config.name}.ignore_patterns`, gaps);
    problems.gaps('ignore_patterns', binding, gaps);
    if (Array.isArray(value))
        project.ignorePatterns = {
            value: value.filter((item) => typeof item === 'string'),
            from: provenance(binding)
        };
}
function reportsOf(rt) {
    return rt.reports.map((report) => ({
        kind: 'settings',
        severity: report.severity,
        message: report.message,
        file: report.at.file,
        line: report.at.line
    }));
}
function srcNotices(finder, workingDirectory) {
    return [...finder.srcFallbackHits].map(([name, folder]) => ({
        kind: 'settings',
        severity: 'notice',
        message: `${name} was found in ${external_node_path_default().relative(workingDirectory, folder) || folder}/, which is on Python's path only once the project ` +
            'is installed (pip install -e .); the action assumed it is.'
    }));
}
/** `<dir>/src` folders that are not on the Python path already: searched only as a last resort. */
function srcFolders(workingDirectory, projectDir, entries) {
    const candidates = [external_node_path_default().join(projectDir, 'src'), external_node_path_default().join(workingDirectory, 'src')];
    return [...new Set(candidates)].filter((dir) => !entries.includes(dir) && (0,external_node_fs_.existsSync)(dir) && (0,external_node_fs_.statSync)(dir).isDirectory());
}
/** The folder of the settings module's top-level package, so a settings package outside the project is still run. */
function settingsRoot(location) {
    const depth = location.module.split('.').length - (external_node_path_default().basename(location.file) === '__init__.py' ? 0 : 1);
    let dir = external_node_path_default().dirname(location.file);
    for (let i = 1; i < depth; i++)
        dir = external_node_path_default().dirname(dir);
    return dir;
}
function isProjectFile(file, roots) {
    return !/[\\/](site|dist)-packages([\\/]|$)/.test(file) && roots.some((root) => (0,project_layout/* isInside */.FK)(file, root));
}
function stringItems(value) {
    return value.items.filter((item) => typeof item === 'string');
}
/** Problem files are shown relative to the working directory when inside it. */
function relativeTo(workingDirectory, problem) {
    if (!problem.file || !external_node_path_default().isAbsolute(problem.file))
        return problem;
    const relative = external_node_path_default().relative(workingDirectory, problem.file);
    return relative.startsWith('..') || external_node_path_default().isAbsolute(relative)
        ? problem
        : { ...problem, file: relative.split((external_node_path_default()).sep).join('/') };
}

;// CONCATENATED MODULE: ./src/display-path.ts
// How a path is shown to people: relative to the project when inside it, else absolute; always `/`.

function displayPath(absPath, projectRoot) {
    // The common case, a normalized path inside the project, without path.relative's two resolves.
    const inside = projectRoot.endsWith((external_node_path_default()).sep) ? projectRoot : `${projectRoot}${(external_node_path_default()).sep}`;
    const rest = absPath.startsWith(inside) ? absPath.slice(inside.length) : '';
    const plain = rest !== '' && !external_node_path_default().isAbsolute(rest) && !rest.startsWith('..') && external_node_path_default().normalize(rest) === rest;
    if (plain && external_node_path_default().isAbsolute(projectRoot)) {
        return (external_node_path_default()).sep === '/' ? rest : rest.split((external_node_path_default()).sep).join('/');
    }
    const relative = external_node_path_default().relative(projectRoot, absPath);
    const outside = relative === '..' || relative.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(relative);
    const shown = outside ? absPath : relative === '' ? '.' : relative;
    return shown.split((external_node_path_default()).sep).join('/');
}

// EXTERNAL MODULE: ./src/plan/state.ts
var plan_state = __webpack_require__(3118);
;// CONCATENATED MODULE: ./src/plan/plan.ts
// Decide, from one inventory of the target, what happens to every object: upload, skip or
// delete, each with the reason shown to the user. Pure: no I/O.


const REASONS = {
    new: 'new',
    changed: 'changed',
    unchanged: 'unchanged',
    headersChanged: 'headers changed',
    headersUnknown: 'headers unknown',
    always: 'overwrite: always',
    never: 'exists (overwrite: never)',
    notListed: 'target not listed',
    notListedNever: 'not listed (overwrite: never)',
    removed: 'removed locally',
    keptByManifest: 'kept: named by the live manifest'
};
function planUpload(objects, inventory, options) {
    guardPaths(objects);
    if (!inventory.available)
        return planWithoutListing(objects, inventory, options);
    const files = objects.map((object) => planObject(object, inventory, options));
    const problems = conflictProblems(files);
    const leftovers = options.deleteRemoved ? planRemovals(objects, inventory, options.keepPreviousManifest) : [];
    guardMaxDelete(leftovers, options.maxDelete);
    return { files: [...files, ...leftovers], problems };
}
function planObject(object, inventory, options) {
    const remote = inventory.objects.get(object.path);
    if (!remote)
        return { path: object.path, action: 'upload', reason: REASONS.new, object };
    const entry = (0,plan_state/* validEntry */.ni)(inventory.state, remote);
    const same = sameBytes(object, remote, entry);
    const decide = (action, reason) => ({ path: object.path, action, reason, object });
    if (options.overwrite === 'always')
        return decide('upload', REASONS.always);
    if (options.overwrite === 'never')
        return decide('skip', same ? REASONS.unchanged : REASONS.never);
    if (!same)
        return decide('upload', REASONS.changed);
    if (!options.compareHeaders)
        return decide('skip', REASONS.unchanged);
    if (!entry)
        return decide('upload', REASONS.headersUnknown);
    return entry.headersDigest === object.headersDigest
        ? decide('skip', REASONS.unchanged)
        : decide('upload', REASONS.headersChanged);
}
/**
 * Same size and an ETag equal to the MD5 (single part) or to the multipart ETag we compute; or,
 * for ETags that are not MD5s (SSE-KMS, SSE-C), the MD5 our state recorded for that very ETag.
 */
function sameBytes(object, remote, entry) {
    if (remote.size !== object.size)
        return false;
    const etag = (0,plan_state/* normalizeEtag */.Pt)(remote.etag);
    if (etag === object.md5 || (object.multipartEtag !== undefined && etag === object.multipartEtag))
        return true;
    return entry?.md5 === object.md5;
}
/** Objects under the prefix that the collection no longer has; the live manifest's files stay. */
function planRemovals(objects, inventory, keepPreviousManifest) {
    const local = new Set(objects.map((object) => object.path));
    const remotes = [...inventory.objects.values()].filter((remote) => !local.has(remote.path) && remote.path !== plan_state/* STATE_PATH */.K);
    remotes.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
    return remotes.map((remote) => {
        const kept = keepPreviousManifest && inventory.previousManifestPaths.has(remote.path);
        const reason = kept ? REASONS.keptByManifest : REASONS.removed;
        return { path: remote.path, action: kept ? 'skip' : 'delete', reason, remoteSize: remote.size };
    });
}
/** Without a listing everything is uploaded; only a denied listing is a problem (a dry run without a bucket is not). */
function planWithoutListing(objects, inventory, options) {
    const { reason, listingDenied } = inventory;
    const problems = [];
    if (listingDenied)
        problems.push({ kind: 'permissions', severity: 'warning', message: `Not incremental: ${reason}` });
    if (listingDenied && options.deleteRemoved) {
        problems.push({
            kind: 'upload',
            severity: 'warning',
            message: `delete-removed did nothing: the target could not be listed (${reason}).`
        });
    }
    if (listingDenied && options.overwrite === 'never') {
        problems.push({
            kind: 'upload',
            severity: 'error',
            message: `Nothing was uploaded: overwrite is 'never' but the target could not be listed (${reason}), so it is unknown ` +
                `which objects exist. Allow listing (s3:ListBucket) or use overwrite: changed.`
        });
        return {
            files: objects.map((object) => ({ path: object.path, action: 'skip', reason: REASONS.notListedNever, object })),
            problems
        };
    }
    return {
        files: objects.map((object) => ({ path: object.path, action: 'upload', reason: REASONS.notListed, object })),
        problems
    };
}
function conflictProblems(files) {
    const conflicts = files.filter((file) => file.reason === REASONS.never).map((file) => file.path);
    if (conflicts.length === 0)
        return [];
    return [
        {
            kind: 'conflict',
            severity: 'warning',
            message: `${conflicts.length} object${conflicts.length === 1 ? '' : 's'} at the target differ from the collected ` +
                `file${conflicts.length === 1 ? '' : 's'} and ${conflicts.length === 1 ? 'was' : 'were'} kept because overwrite is 'never': ${listSome(conflicts)}.`
        }
    ];
}
function guardMaxDelete(leftovers, maxDelete) {
    const deletions = leftovers.filter((file) => file.action === 'delete').map((file) => file.path);
    if (deletions.length <= maxDelete)
        return;
    throw new errors/* ActionError */.l(`delete-removed would delete ${deletions.length} objects, more than max-delete (${maxDelete}); nothing was ` +
        `uploaded or deleted. Objects: ${listSome(deletions)}. If this is intended, raise max-delete for this run; ` +
        `otherwise check the prefix and the collected files.`, { input: 'max-delete' });
}
function guardPaths(objects) {
    if (objects.some((object) => object.path === plan_state/* STATE_PATH */.K)) {
        throw new errors/* ActionError */.l(`A collected file has the path '${plan_state/* STATE_PATH */.K}', which this action uses for its upload state. Rename or ignore it.`);
    }
    const seen = new Set();
    for (const object of objects) {
        if (seen.has(object.path))
            throw new errors/* ActionError */.l(`Two objects to write have the same path '${object.path}'; only one can exist at the target.`);
        seen.add(object.path);
    }
}
function listSome(paths, shown = 10) {
    const head = paths.slice(0, shown).join(', ');
    return paths.length > shown ? `${head} and ${paths.length - shown} more` : head;
}

;// CONCATENATED MODULE: ./src/plan/invalidation.ts

/** CloudFront: file paths in progress per distribution. */
const CLOUDFRONT_MAX_FILE_PATHS = 3000;
/** CloudFront: wildcard paths in progress per distribution. */
const CLOUDFRONT_MAX_WILDCARDS = 15;
const OWED_REASON = 'owed: uploaded by an earlier run that did not finish';
const DELETED_REASON = 'deleted';
/**
 * Keys a finished (or planned) run owes the CDN, with the reason: unhashed uploads whose key
 * existed before (a new key has no cached copy) and deletions that are not hashed copies.
 */
function invalidationCandidates(files, hashing) {
    const due = new Map();
    for (const file of files) {
        if (file.action === 'upload' && file.object?.role === 'original' && file.reason !== REASONS.new)
            due.set(file.path, file.reason);
        if (file.action === 'delete' && !(hashing && looksHashed(file.path)))
            due.set(file.path, DELETED_REASON);
    }
    return due;
}
/** Django's hashed names: `root.<12 hex digits>ext` (HashedFilesMixin.hashed_name). */
function looksHashed(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return /^.+\.[0-9a-f]{12}(\.[^.]+)?$/.test(name);
}
/** Owed keys first, then this run's: one reason per key. */
function withOwed(due, owed) {
    const all = new Map(due);
    for (const key of owed)
        if (!all.has(key))
            all.set(key, OWED_REASON);
    return all;
}
/** `css/a b.css` → `/static/css/a%20b.css`. `*` is encoded so that only our wildcards are wildcards. */
function cdnPath(pathPrefix, key) {
    return pathPrefix + key.split('/').map(encodeSegment).join('/');
}
function encodeSegment(segment) {
    return encodeURIComponent(segment).replace(/\*/g, '%2A');
}
/**
 * The paths to invalidate for `changed` (key → reason). `universe` is every key known under the
 * prefix (collected and listed), so a wildcard's cost, the unchanged objects it also evicts, is known.
 */
function planInvalidation(changed, universe, options) {
    const keys = [...changed.keys()].sort();
    const maxWildcards = Math.min(options.maxWildcards ?? CLOUDFRONT_MAX_WILDCARDS, CLOUDFRONT_MAX_WILDCARDS);
    const maxPaths = Math.min(options.maxPaths, CLOUDFRONT_MAX_FILE_PATHS);
    if (keys.length <= maxPaths) {
        return { paths: keys.map((key) => filePath(options.pathPrefix, key, changed.get(key))), keys: keys.length };
    }
    const tree = new DirectoryTree(keys, universe);
    tree.mergeUntil(maxPaths, maxWildcards);
    const { pathPrefix } = options;
    const paths = tree
        .selection()
        .map((item) => item.kind === 'file'
        ? filePath(pathPrefix, item.key, changed.get(item.key))
        : wildcardPath(pathPrefix, item.dir, tree));
    const plan = { paths, keys: keys.length };
    if (tree.isSelected('')) {
        plan.everything =
            `${keys.length} changed keys could not be covered by ${maxPaths} paths (cloudfront-max-paths) and ${maxWildcards} wildcards ` +
                `without it, so everything under ${options.pathPrefix} is invalidated (the last resort)`;
    }
    return plan;
}
function filePath(pathPrefix, key, why) {
    return { path: cdnPath(pathPrefix, key), why, covers: 1, alsoCovers: 0 };
}
function wildcardPath(pathPrefix, dir, tree) {
    const node = tree.node(dir);
    const where = dir === '' ? `: everything under ${pathPrefix}, the last resort` : ` under ${dir}/`;
    const also = node.total - node.changed;
    return {
        path: dir === '' ? `${pathPrefix}*` : `${cdnPath(pathPrefix, dir)}/*`,
        why: `${node.changed} changed keys${where}${also > 0 ? ` (also evicts ${also} unchanged)` : ''}`,
        covers: node.changed,
        alsoCovers: also
    };
}
/** Directories of the changed keys with counts, and a greedy merge: cheapest eviction per path saved. */
class DirectoryTree {
    keys;
    nodes = new Map();
    constructor(keys, universe) {
        this.keys = keys;
        for (const key of keys)
            for (const dir of invalidation_ancestors(key))
                this.ensure(dir).changed++;
        const seen = new Set();
        for (const key of [...keys, ...universe]) {
            if (seen.has(key))
                continue;
            seen.add(key);
            for (const dir of invalidation_ancestors(key)) {
                const node = this.nodes.get(dir);
                if (node)
                    node.total++;
            }
        }
        for (const node of this.nodes.values())
            node.count = node.changed;
    }
    node(dir) {
        return this.nodes.get(dir);
    }
    isSelected(dir) {
        return this.nodes.get(dir)?.selected ?? false;
    }
    mergeUntil(maxPaths, maxWildcards) {
        const root = this.node('');
        while (root.count > maxPaths || root.wildcards > maxWildcards) {
            const next = root.count > maxPaths
                ? this.best((n) => n.count - 1, root.count - maxPaths)
                : this.best((n) => n.wildcards - 1, root.wildcards - maxWildcards);
            // The root wildcard evicts everything: only when no directory below it can help.
            this.merge(next ?? root);
            if (!next)
                break;
        }
    }
    /**
     * The uncovered directory below the root that saves at least one path (or wildcard) at the least
     * eviction per path saved, counting no more savings than are still needed.
     */
    best(saving, needed) {
        let best;
        for (const node of this.nodes.values()) {
            if (node.covered || node.selected || node.dir === '')
                continue;
            const saved = Math.min(saving(node), needed);
            if (saved < 1)
                continue;
            const cost = (node.total - node.changed - node.evicted) / saved;
            const better = !best ||
                cost < best.cost ||
                (cost === best.cost && (saved > best.saved || (saved === best.saved && node.depth > best.node.depth)));
            if (better)
                best = { node, cost, saved };
        }
        return best?.node;
    }
    merge(node) {
        const lost = node.count - 1;
        const wildcardsLost = node.wildcards - 1;
        const evictedMore = node.total - node.changed - node.evicted;
        for (const dir of invalidation_ancestors(node.dir)) {
            if (dir === node.dir)
                continue;
            const up = this.node(dir);
            up.count -= lost;
            up.wildcards -= wildcardsLost;
            up.evicted += evictedMore;
        }
        Object.assign(node, { count: 1, wildcards: 1, evicted: node.total - node.changed, selected: true });
        const inside = node.dir === '' ? '' : `${node.dir}/`;
        for (const other of this.nodes.values()) {
            if (other !== node && other.dir.startsWith(inside))
                Object.assign(other, { covered: true, selected: false });
        }
    }
    /** Chosen wildcards (top-most) and the files no wildcard covers, in key order. */
    selection() {
        const wildcards = [...this.nodes.values()].filter((node) => node.selected && !node.covered);
        const under = (key) => wildcards.some((node) => node.dir === '' || key.startsWith(`${node.dir}/`));
        const items = wildcards.map((node) => ({ kind: 'dir', dir: node.dir }));
        for (const key of this.keys)
            if (!under(key))
                items.push({ kind: 'file', key });
        return items.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    }
    ensure(dir) {
        let node = this.nodes.get(dir);
        if (!node) {
            const depth = dir === '' ? 0 : dir.split('/').length;
            node = { dir, depth, total: 0, changed: 0, count: 0, wildcards: 0, evicted: 0, selected: false, covered: false };
            this.nodes.set(dir, node);
        }
        return node;
    }
}
function sortKey(item) {
    return item.kind === 'file' ? item.key : `${item.dir}/`;
}
/** `a/b/c.css` → `''`, `a`, `a/b` (the directories containing the key, root first). */
function invalidation_ancestors(key) {
    const parts = key.split('/');
    const dirs = [''];
    for (let i = 1; i < parts.length; i++)
        dirs.push(parts.slice(0, i).join('/'));
    return dirs;
}

;// CONCATENATED MODULE: ./src/inputs/parse.ts
// Parsing of single input values. Every failure names the input and says what would be valid.

// Wider than the toolkit's getBooleanInput (true/True/TRUE, false/False/FALSE) on purpose: the
// YAML 1.1 words are what people write in workflow files, and none of them is ambiguous.
const TRUE_WORDS = new Set(['true', 'yes', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'off', '0']);
/** `undefined` when the input was left empty (so another source may supply it). */
function parseBoolean(name, raw) {
    const value = raw.trim().toLowerCase();
    if (value === '')
        return undefined;
    if (TRUE_WORDS.has(value))
        return true;
    if (FALSE_WORDS.has(value))
        return false;
    throw new errors/* InputError */.d(name, `'${raw}' is not a boolean. Use true or false.`);
}
function parsePositiveInteger(name, raw, max) {
    const value = raw.trim();
    if (value === '')
        return undefined;
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
        throw new errors/* InputError */.d(name, `'${raw}' is not a whole number from 1 to ${max}.`);
    }
    return Number(value);
}
/** Non-empty lines, trimmed; lines starting with `#` are comments. */
function parseLines(raw) {
    return raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
function parseChoice(name, raw, choices) {
    const value = raw.trim().toLowerCase();
    if (value === '')
        return undefined;
    const match = choices.find((choice) => choice === value);
    if (!match)
        throw new errors/* InputError */.d(name, `'${raw}' is not one of: ${choices.join(', ')}.`);
    return match;
}
/** Comma- or newline-separated words, each one of `choices`. */
function parseChoiceList(name, raw, choices) {
    const words = raw
        .split(/[,\n]/)
        .map((word) => word.trim())
        .filter(Boolean);
    return new Set(words.map((word) => parseChoice(name, word, choices)));
}
function parseJsonObject(name, raw) {
    if (raw.trim() === '')
        return undefined;
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch (error) {
        throw new errors/* InputError */.d(name, `is not valid JSON (${error.message}). Give a JSON object such as {"ACL": "public-read"}.`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* InputError */.d(name, 'must be a JSON object such as {"ACL": "public-read"}.');
    }
    return value;
}

;// CONCATENATED MODULE: ./src/inputs/cdn-options.ts
// CloudFront invalidation and the public URL of the deployed files: cloudfront-* and public-url.



// CloudFront's first 1,000 paths a month are free: 100 a deploy leaves room for ten.
const DEFAULT_MAX_PATHS = 100;
const DEFAULT_WAIT_TIMEOUT_SECONDS = 600;
function resolveCdn(read, destination, log) {
    const distributionId = read('cloudfront-distribution-id').trim();
    if (!distributionId)
        return null;
    if (!/^[A-Z0-9]{8,32}$/.test(distributionId)) {
        throw new errors/* InputError */.d('cloudfront-distribution-id', `'${distributionId}' is not a distribution ID: give the ID (e.g. E2QWRUHAPOMQZL), not the domain or ARN.`);
    }
    if (destination?.kind === 'folder') {
        throw new errors/* InputError */.d('cloudfront-distribution-id', 'is set but the files go to a folder (static-root), not S3: set bucket, or remove the distribution.');
    }
    log.record('cloudfront-distribution-id', distributionId, 'input');
    const prefixInput = read('cloudfront-path-prefix').trim();
    const derived = `/${destination?.kind === 's3' && destination.prefix ? `${destination.prefix}/` : ''}`;
    const pathPrefix = prefixInput ? normalizePathPrefix(prefixInput) : derived;
    log.record('cloudfront-path-prefix', pathPrefix, prefixInput ? 'input' : 'derived from prefix');
    return {
        distributionId,
        pathPrefix,
        maxPaths: log.choose('cloudfront-max-paths', parsePositiveInteger('cloudfront-max-paths', read('cloudfront-max-paths'), CLOUDFRONT_MAX_FILE_PATHS), undefined, DEFAULT_MAX_PATHS),
        wait: log.choose('cloudfront-wait', parseBoolean('cloudfront-wait', read('cloudfront-wait')), undefined, false),
        waitTimeoutSeconds: log.choose('cloudfront-wait-timeout', parsePositiveInteger('cloudfront-wait-timeout', read('cloudfront-wait-timeout'), 3600), undefined, DEFAULT_WAIT_TIMEOUT_SECONDS)
    };
}
/** `static`, `/static`, `/static/` → `/static/`; `/` stays `/`. */
function normalizePathPrefix(raw) {
    if (/[*?#\s]/.test(raw) || /^[a-z]+:\/\//i.test(raw)) {
        throw new errors/* InputError */.d('cloudfront-path-prefix', `'${raw}' is not a URL path: give the path the prefix is served at, e.g. /static/ (no scheme, host or wildcard).`);
    }
    const segments = raw.split('/').filter((segment) => segment !== '');
    if (segments.some((segment) => segment === '.' || segment === '..')) {
        throw new errors/* InputError */.d('cloudfront-path-prefix', `'${raw}' contains '.' or '..': give a plain path such as /static/.`);
    }
    return `/${segments.map((segment) => segment + '/').join('')}`;
}
/**
 * public-url (the site or CDN origin users fetch from) joined with where the prefix is served:
 * cloudfront-path-prefix when set (it already accounts for the distribution's origin path),
 * else the key prefix.
 */
function resolvePublicStaticUrl(read, destination, cdn) {
    const raw = read('public-url').trim();
    if (!raw)
        return null;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* InputError */.d('public-url', `'${raw}' is not a URL: give the address files are served from, e.g. https://d111111abcdef8.cloudfront.net.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new errors/* InputError */.d('public-url', `'${raw}' is not an http(s) URL.`);
    const keyPrefix = destination?.kind === 's3' && destination.prefix ? `${destination.prefix}/` : '';
    const path = cdn && read('cloudfront-path-prefix').trim() ? cdn.pathPrefix.slice(1) : keyPrefix;
    return `${raw.replace(/\/+$/, '')}/${path}`;
}
/**
 * Invalidating the wrong paths leaves the CDN stale without any error, so a derived
 * cloudfront-path-prefix that disagrees with the path in STATIC_URL (where Django points pages)
 * is worth a warning. An explicit cloudfront-path-prefix is taken as the user's word.
 */
function cdnPathProblems(read, cdn, staticUrl) {
    if (!cdn || read('cloudfront-path-prefix').trim() || !staticUrl)
        return [];
    const urlPath = staticUrlPath(staticUrl);
    if (urlPath === null || urlPath === cdn.pathPrefix)
        return [];
    return [
        {
            kind: 'settings',
            severity: 'warning',
            message: `STATIC_URL '${staticUrl}' serves the files at ${urlPath}, but the CloudFront paths derived from the prefix are ${cdn.pathPrefix}*. ` +
                `If the distribution maps ${urlPath} to the prefix (an origin path), set cloudfront-path-prefix: ${urlPath}; ` +
                `if ${cdn.pathPrefix} is right, set it to that to silence this warning.`
        }
    ];
}
/** The URL path of STATIC_URL (`https://cdn/x/` → `/x/`, `static/` → `/static/`); null if unreadable. */
function staticUrlPath(staticUrl) {
    try {
        const absolute = /^https?:\/\//i.test(staticUrl) ? staticUrl : staticUrl.startsWith('//') ? `https:${staticUrl}` : null;
        const path = absolute ? new URL(absolute).pathname : staticUrl;
        return normalizePathPrefix(decodeURI(path));
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/inputs/intent.ts
// Credentials but no bucket: which destination did the user mean?
//
// Failing is the choice, not a warning. A step given AWS credentials is a deploy step; without a
// bucket it used to fall back to the settings' STATIC_ROOT, copy the files onto the runner's disk
// (thrown away when the job ends) and exit 0, so a typo in `bucket` or a missing secret
// (`bucket: ${{ secrets.BUKET }}` expands to '') looked like a successful deploy. A warning is
// read by nobody on a green run. Who really wants the folder says so with the `static-root`
// input, which this check accepts; a `static-root` that only comes from the settings does not
// count as a choice, since every Django project has one.

// What aws-actions/configure-aws-credentials and the SDK's default chain read.
const CREDENTIAL_VARIABLES = ['AWS_ACCESS_KEY_ID', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_PROFILE'];
function requireBucketWithCredentials(context, staticRoot) {
    if (context.read('static-root').trim() !== '')
        return;
    const given = credentialSource(context);
    if (!given)
        return;
    const fallback = staticRoot ? ` Without one the files would only be copied to STATIC_ROOT (${staticRoot}) on the runner.` : '';
    throw new errors/* InputError */.d('bucket', `is empty while AWS credentials are given (${given}), so a deploy was meant but there is no bucket to deploy to.${fallback} ` +
        'Set `bucket` (or the AWS_STORAGE_BUCKET_NAME variable); if the secret or variable it comes from is empty, fix that. ' +
        'To copy into a folder on purpose, set the `static-root` input.');
}
function credentialSource({ read, env }) {
    if (read('aws-access-key-id').trim() || read('aws-secret-access-key').trim())
        return 'the aws-access-key-id input';
    const variable = CREDENTIAL_VARIABLES.find((name) => env[name]?.trim());
    return variable ? `the ${variable} environment variable` : undefined;
}

;// CONCATENATED MODULE: ./src/inputs/validate-target.ts
// Checks of the S3 address inputs (bucket, region, endpoint-url) made before any request: a bad
// value costs no retries and the error says which rule it breaks instead of a server's 400.

// AWS general purpose bucket rules (docs: "General purpose bucket naming rules").
const AWS_BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const AWS_RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const AWS_RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--table-s3'];
// S3-compatible services differ (MinIO and R2 follow AWS; Ceph RGW and GCS also take upper case
// and underscores, GCS up to 222 characters with dots): with endpoint-url set only what cannot
// work anywhere is refused, a name that does not fit in a URL path segment or a DNS label set.
const COMPATIBLE_BUCKET = /^[A-Za-z0-9][A-Za-z0-9._-]{1,253}[A-Za-z0-9]$/;
const IP_ADDRESS = /^\d{1,3}(\.\d{1,3}){3}$/;
// us-east-1, eu-central-2, us-gov-west-1, cn-north-1, us-iso-east-1, us-isob-east-1, eusc-de-east-1.
const AWS_REGION = /^[a-z]{2,4}(-[a-z]+){1,2}-\d{1,2}$/;
// The region of an S3-compatible service is only a word in the signature's scope (R2 `auto`,
// MinIO `us-east-1`, Spaces `nyc3`, Garage `garage`): any token without spaces or slashes.
const COMPATIBLE_REGION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
function validateBucketName(bucket, endpoint) {
    if (endpoint)
        return validateCompatibleBucket(bucket);
    const broken = awsBucketRule(bucket);
    if (!broken)
        return;
    throw new errors/* InputError */.d('bucket', `'${bucket}' is not a valid S3 bucket name: ${broken}. S3 bucket names are 3-63 characters of lower-case letters, digits, ` +
        "'.' and '-', starting and ending with a letter or digit. Give the bucket's exact name (a bucket created in us-east-1 " +
        'before March 2018 with upper case or underscores: also set endpoint-url to https://s3.amazonaws.com and force-path-style: true).');
}
function awsBucketRule(bucket) {
    if (bucket.length < 3 || bucket.length > 63)
        return `it is ${bucket.length} character${bucket.length === 1 ? '' : 's'} long`;
    const bad = [...bucket].find((char) => !/[a-z0-9.-]/.test(char));
    if (bad)
        return `${describeChar(bad)} is not allowed`;
    if (!AWS_BUCKET.test(bucket))
        return 'it must start and end with a letter or digit';
    if (bucket.includes('..'))
        return "it has two adjacent '.'";
    if (bucket.includes('.-') || bucket.includes('-.'))
        return "a '.' may not be next to a '-'";
    if (IP_ADDRESS.test(bucket))
        return 'it is formatted as an IP address';
    const prefix = AWS_RESERVED_PREFIXES.find((reserved) => bucket.startsWith(reserved));
    if (prefix)
        return `the prefix '${prefix}' is reserved`;
    const suffix = AWS_RESERVED_SUFFIXES.find((reserved) => bucket.endsWith(reserved));
    if (suffix)
        return `the suffix '${suffix}' is reserved`;
    return undefined;
}
function validateCompatibleBucket(bucket) {
    const bad = [...bucket].find((char) => !/[A-Za-z0-9._-]/.test(char));
    const broken = bucket.length < 3 || bucket.length > 255
        ? `it is ${bucket.length} character${bucket.length === 1 ? '' : 's'} long`
        : bad
            ? `${describeChar(bad)} is not allowed`
            : !COMPATIBLE_BUCKET.test(bucket)
                ? 'it must start and end with a letter or digit'
                : bucket.includes('..')
                    ? "it has two adjacent '.'"
                    : undefined;
    if (!broken)
        return;
    throw new errors/* InputError */.d('bucket', `'${bucket}' is not a valid bucket name: ${broken}. Bucket names (also on S3-compatible services) are 3-255 letters, digits, ` +
        "'.', '-' and '_', starting and ending with a letter or digit. Give the bucket's exact name.");
}
function validateRegion(region, endpoint) {
    if (endpoint ? COMPATIBLE_REGION.test(region) : AWS_REGION.test(region))
        return;
    const fix = endpoint
        ? 'Give the region the service expects (MinIO: us-east-1, R2: auto), letters, digits, ".", "-" or "_" only.'
        : 'Give an AWS region code such as us-east-1 or eu-west-2 (for an S3-compatible service, also set endpoint-url).';
    throw new errors/* InputError */.d('region', `'${region}' is not a valid region. ${fix}`);
}
/** An absolute http(s) URL of the service root: scheme, host, optional port and path, nothing else. */
function validateEndpoint(endpoint) {
    const example = 'e.g. https://minio.example.com:9000 or http://127.0.0.1:9000';
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        throw new errors/* InputError */.d('endpoint-url', `'${endpoint}' is not a URL. Give the service's address with its scheme, ${example}.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors/* InputError */.d('endpoint-url', `'${endpoint}' is not an http(s) URL (scheme '${url.protocol}'). Give ${example}.`);
    }
    if (url.username || url.password) {
        // The URL itself is not repeated: it holds a secret.
        throw new errors/* InputError */.d('endpoint-url', 'contains a user name or password. Remove them and give the keys as aws-access-key-id and aws-secret-access-key.');
    }
    if (!/^https?:\/\/[^/?#]/.test(endpoint) || url.hostname === '') {
        throw new errors/* InputError */.d('endpoint-url', `'${endpoint}' has no host. Give ${example}.`);
    }
    if (url.search || url.hash) {
        throw new errors/* InputError */.d('endpoint-url', `'${endpoint}' has a query or fragment. Give only the scheme, host, port (and path), ${example}.`);
    }
}
function describeChar(char) {
    if (char === ' ')
        return 'a space';
    const printable = /^[\x21-\x7e]$/.test(char);
    return printable ? `'${char}'` : `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

;// CONCATENATED MODULE: ./src/inputs/destination.ts
// Where the collected files go: an S3 bucket, a local folder (STATIC_ROOT), or nowhere (dry run).





function resolveDestination(context, staticRoot) {
    const bucket = resolveBucket(context);
    if (bucket)
        return resolveS3(context, bucket);
    requireBucketWithCredentials(context, staticRoot);
    if (staticRoot)
        return { kind: 'folder', root: staticRoot };
    if (context.dryRun)
        return null;
    throw new errors/* InputError */.d('bucket', 'nowhere to put the files: set `bucket` (or the AWS_STORAGE_BUCKET_NAME variable) to upload to S3, ' +
        '`static-root` to copy into a folder, or `dry-run: true` to only check the collection.');
}
function resolveStaticRoot({ read, project, cwd, log }) {
    const input = read('static-root').trim();
    const root = log.choose('static-root', input || undefined, project.staticRoot, '');
    return root ? external_node_path_default().resolve(cwd, root) : null;
}
function resolveBucket({ read, env, project, log }) {
    const fromEnv = env.AWS_STORAGE_BUCKET_NAME?.trim();
    const input = read('bucket').trim();
    if (input)
        return recorded(log, 'bucket', input, 'input');
    if (fromEnv)
        return recorded(log, 'bucket', fromEnv, 'environment (AWS_STORAGE_BUCKET_NAME)');
    const setting = storageOption(project, 'bucket_name') ?? project.aws?.AWS_STORAGE_BUCKET_NAME;
    if (typeof setting?.value === 'string' && setting.value) {
        return recorded(log, 'bucket', setting.value, log.describeSettings(setting.from));
    }
    return '';
}
function resolveS3(context, bucket) {
    const { read, project, log } = context;
    const prefixSetting = storageOption(project, 'location') ?? project.aws?.AWS_LOCATION;
    const prefix = normalizePrefix(log.choose('prefix', read('prefix').trim() || undefined, asString(prefixSetting), ''));
    const region = resolveRegion(context);
    const endpointInput = read('endpoint-url').trim() || undefined;
    const endpointSetting = asString(storageOption(project, 'endpoint_url') ?? project.aws?.AWS_S3_ENDPOINT_URL);
    const endpoint = log.choose('endpoint-url', endpointInput, endpointSetting, '') || undefined;
    if (endpoint)
        validateEndpoint(endpoint);
    validateBucketName(bucket, endpoint);
    validateRegion(region, endpoint);
    const forcePathStyle = parseBoolean('force-path-style', read('force-path-style')) ?? Boolean(endpoint);
    const credentials = readCredentials(read);
    log.record('credentials', credentials ? 'inputs' : 'SDK default chain', credentials ? 'input' : 'environment');
    return {
        kind: 's3',
        bucket,
        prefix,
        region,
        forcePathStyle,
        ...(endpoint ? { endpoint } : {}),
        ...(credentials ? { credentials } : {})
    };
}
function resolveRegion({ read, env, project, log }) {
    const input = read('region').trim();
    if (input)
        return recorded(log, 'region', input, 'input');
    for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
        const value = env[name]?.trim();
        if (value)
            return recorded(log, 'region', value, `environment (${name})`);
    }
    return log.choose('region', undefined, asString(storageOption(project, 'region_name') ?? project.aws?.AWS_S3_REGION_NAME), 'us-east-1');
}
function readCredentials(read) {
    const accessKeyId = read('aws-access-key-id').trim();
    const secretAccessKey = read('aws-secret-access-key').trim();
    const sessionToken = read('aws-session-token').trim();
    if (!accessKeyId && !secretAccessKey)
        return undefined;
    if (!accessKeyId || !secretAccessKey) {
        const missing = accessKeyId ? 'aws-secret-access-key' : 'aws-access-key-id';
        throw new errors/* InputError */.d(missing, 'is empty while its partner is set: give both keys, or neither to use the default credential chain.');
    }
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
/** django-storages' `location`: no leading slash, no `.`/`..` segments, no trailing slash. */
function normalizePrefix(raw) {
    const segments = raw
        .replace(/\\/g, '/')
        .split('/')
        .filter((segment) => segment !== '');
    if (segments.some((segment) => segment === '..' || segment === '.')) {
        throw new errors/* InputError */.d('prefix', `'${raw}' contains '.' or '..': give a plain key prefix such as 'static' or 'site/static'.`);
    }
    return segments.join('/');
}
function storageOption(project, key) {
    const storage = project.storage;
    if (!storage || !(key in storage.value.options))
        return undefined;
    return { value: storage.value.options[key], from: storage.from };
}
function asString(option) {
    if (!option || typeof option.value !== 'string' || option.value === '')
        return undefined;
    return { value: option.value, from: option.from };
}
function recorded(log, name, value, from) {
    log.record(name, value, from);
    return value;
}

;// CONCATENATED MODULE: ./src/project/django-version.ts
// The Django version a project pins in its requirement files, read as text (no resolver, no
// network). Only pins count: `==X.Y[.Z]` (or `===`, `==X.Y.*`), the compatible-release form
// `~=X.Y[.Z]` and lock-file versions. Lock files come first: they say what is installed.


/** Files searched, in this order; requirements*.txt come last, sorted. */
const PIN_FILES = ['uv.lock', 'poetry.lock', 'Pipfile.lock', 'pyproject.toml', 'requirements*.txt'];
// A release number: 5.2, 5.2.1, 6.1a1, 6.1rc2, 6.0.dev20250101.
const VERSION = String.raw `\d+\.\d+(?:\.\d+)?(?:(?:a|b|rc)\d+|\.dev\d*|\.post\d+)?`;
const SPEC_PIN = new RegExp(String.raw `^(?:===?(${VERSION})(?:\.\*)?|~=(${VERSION}))$`);
const REQUIREMENT = /^django(?:\s*\[[^\]]*\])?\s*([^;#]*)/i;
function findDjangoPin(dir) {
    return (fromLock(dir, 'uv.lock') ??
        fromLock(dir, 'poetry.lock') ??
        fromPipfileLock(dir) ??
        fromPyproject(dir) ??
        requirementFiles(dir).reduce((found, file) => found ?? fromRequirements(dir, file, new Set()), undefined));
}
/** `==5.2.1` → 5.2.1, `~=5.2.0` → compatible 5.2.0; a range or several specifiers → undefined. */
function pinnedVersion(specifier) {
    const parts = specifier
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean);
    if (parts.length !== 1)
        return undefined;
    const match = SPEC_PIN.exec(parts[0].replace(/\s+/g, ''));
    if (!match)
        return undefined;
    return match[1] !== undefined ? { version: match[1], compatible: false } : { version: match[2], compatible: true };
}
function read(dir, file) {
    const full = external_node_path_default().join(dir, file);
    return (0,external_node_fs_.existsSync)(full) ? (0,external_node_fs_.readFileSync)(full, 'utf8') : undefined;
}
const django_version_lineOf = (text, offset) => text.slice(0, offset).split('\n').length;
/** uv.lock and poetry.lock: `[[package]]` tables with `name = "django"` and `version = "…"`. */
function fromLock(dir, file) {
    const text = read(dir, file);
    if (text === undefined)
        return undefined;
    for (const table of text.matchAll(/^\[\[package\]\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/gm)) {
        const body = table[1] ?? '';
        if (!/^name\s*=\s*["']django["']\s*$/im.test(body))
            continue;
        const version = /^version\s*=\s*["']([^"']+)["']/m.exec(body);
        const bodyStart = table.index + table[0].length - body.length;
        if (version)
            return { version: version[1], compatible: false, file, line: django_version_lineOf(text, bodyStart + version.index) };
    }
    return undefined;
}
function fromPipfileLock(dir) {
    const text = read(dir, 'Pipfile.lock');
    if (text === undefined)
        return undefined;
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    for (const group of ['default', 'develop']) {
        const entry = Object.entries(data[group] ?? {}).find(([name]) => name.toLowerCase() === 'django')?.[1];
        const pinned = typeof entry?.version === 'string' ? pinnedVersion(entry.version) : undefined;
        if (pinned)
            return { ...pinned, file: 'Pipfile.lock', line: django_version_lineOf(text, text.search(/"django"\s*:/i)) };
    }
    return undefined;
}
/** PEP 621 `[project] dependencies`, then Poetry's `[tool.poetry.*dependencies]` (a bare version is exact there). */
function fromPyproject(dir) {
    const text = read(dir, 'pyproject.toml');
    if (text === undefined)
        return undefined;
    for (const section of tomlSections(text)) {
        if (section.name === 'project') {
            const deps = /^dependencies\s*=\s*\[([\s\S]*?)\]/m.exec(section.body);
            for (const item of (deps?.[1] ?? '').matchAll(/["']([^"']*)["']/g)) {
                const pinned = requirementVersion(item[1]);
                if (pinned)
                    return {
                        ...pinned,
                        file: 'pyproject.toml',
                        line: django_version_lineOf(text, section.offset + deps.index + deps[0].indexOf(item[0]))
                    };
            }
        }
        else if (/^tool\.poetry(\.group\.[^.]+)?\.(dev-)?dependencies$/.test(section.name)) {
            const entry = /^django\s*=\s*(?:["']([^"']*)["']|\{[^}]*version\s*=\s*["']([^"']*)["'])/im.exec(section.body);
            const spec = (entry?.[1] ?? entry?.[2] ?? '').trim();
            const pinned = /^\d/.test(spec) ? pinnedVersion(`==${spec}`) : pinnedVersion(spec);
            if (pinned)
                return { ...pinned, file: 'pyproject.toml', line: django_version_lineOf(text, section.offset + entry.index) };
        }
    }
    return undefined;
}
function tomlSections(text) {
    const sections = [];
    for (const match of text.matchAll(/^\[([^[\]\n]+)\]\s*$/gm)) {
        const start = match.index + match[0].length;
        const next = text.slice(start).search(/^\[/m);
        sections.push({
            name: match[1].trim().replace(/["']/g, ''),
            body: text.slice(start, next < 0 ? undefined : start + next),
            offset: start
        });
    }
    return sections;
}
/** `Django[argon2]==5.2.1 ; python_version >= "3.10"` → '5.2.1'. */
function requirementVersion(requirement) {
    const match = REQUIREMENT.exec(requirement.trim());
    if (!match || /^[\w.-]/.test(match[1].trim()) || /^django[\w.-]/i.test(requirement.trim()))
        return undefined;
    return pinnedVersion(match[1]);
}
function requirementFiles(dir) {
    let names = [];
    try {
        names = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return [];
    }
    const matching = names.filter((name) => /^requirements.*\.txt$/.test(name));
    return matching.sort((a, b) => Number(b === 'requirements.txt') - Number(a === 'requirements.txt') || a.localeCompare(b));
}
/** One requirements file, following `-r`/`-c` includes (relative to the including file). */
function fromRequirements(dir, file, seen) {
    if (seen.has(file))
        return undefined;
    seen.add(file);
    const text = read(dir, file);
    if (text === undefined)
        return undefined;
    const lines = text.split('\n');
    for (const [index, raw] of lines.entries()) {
        // Comments, a line continuation and per-requirement options (`--hash=…`) are not part of the specifier.
        const line = raw
            .replace(/(^|\s)#.*$/, '')
            .replace(/\s--\S.*$/, '')
            .replace(/\\\s*$/, '')
            .trim();
        const include = /^(?:-r|-c|--requirement|--constraint)[\s=]\s*(\S+)/.exec(line);
        if (include) {
            const target = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(file), include[1]));
            const found = fromRequirements(dir, target, seen);
            if (found)
                return found;
            continue;
        }
        const pinned = requirementVersion(line);
        if (pinned)
            return { ...pinned, file, line: index + 1 };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/inputs/django-release.ts
// Which Django release to reproduce: the `django-version` input, else the Django the project's
// Python imports, else the version pinned in its requirement files, else 5.2 (with a notice).




const DEFAULT_SERIES = '5.2';
const SUPPORTED = SUPPORTED_SERIES.join(', ');
/**
 * `input`: the `django-version` input as typed; `pythonVersion`: `django.__version__` of the
 * project's interpreter when the project was read that way; `dir`: where requirement files are
 * looked for first, then its parents up to `top` (the workspace), nearest first.
 */
function resolveDjangoRelease(input, dir, pythonVersion, top) {
    const typed = input.trim();
    if (typed)
        return found(supported(typed, 'django-version', `'${typed}'`), { version: typed, from: 'input' });
    if (pythonVersion?.trim()) {
        const version = pythonVersion.trim();
        const release = supported(version, 'django-version', `The project's Python imports Django ${version}, which`);
        return found(release, { version, from: "the project's Python" });
    }
    const pin = nearestPin(dir, top);
    if (pin)
        return found(pinnedRelease(pin), { version: pinText(pin), from: `${pin.file}:${pin.line}` });
    return {
        release: RELEASES[DEFAULT_SERIES],
        django: { series: DEFAULT_SERIES, from: 'default' },
        problems: [
            {
                // Not 'settings': an assumed release is reported, never a reason for `fail-on: settings` to stop the run.
                kind: 'django-release',
                severity: 'notice',
                message: `No Django version found (no \`django-version\` input, and no pin in ${PIN_FILES.join(', ')}): assuming Django ${DEFAULT_SERIES}. ` +
                    `Set the \`django-version\` input (${SUPPORTED}) to the release the project runs; their output differs.`
            }
        ]
    };
}
/** A pin in `dir` or, when `dir` is inside `top`, in a folder between them; `file` relative to `dir`. */
function nearestPin(dir, top) {
    const start = external_node_path_default().resolve(dir);
    const limit = top ? external_node_path_default().resolve(top) : start;
    const inside = limit === start || start.startsWith(limit + (external_node_path_default()).sep);
    for (let current = start;; current = external_node_path_default().dirname(current)) {
        const pin = findDjangoPin(current);
        if (pin)
            return { ...pin, file: external_node_path_default().relative(start, external_node_path_default().join(current, pin.file)).split((external_node_path_default()).sep).join('/') };
        if (!inside || current === limit || external_node_path_default().dirname(current) === current)
            return undefined;
    }
}
function found(release, django) {
    return { release, django: { series: release.series, ...django }, problems: [] };
}
function supported(version, input, what) {
    const release = releaseOfVersion(version);
    if (release)
        return release;
    const problem = /^\d+\.\d+/.test(version) ? 'is not a supported Django release' : 'is not a Django version';
    const fix = `the action reproduces Django ${SUPPORTED} (any patch release of them). Set \`django-version\` to one of them.`;
    throw new errors/* InputError */.d(input, `${what} ${problem}: ${fix}`);
}
const pinText = (pin) => `${pin.compatible ? '~=' : '=='}${pin.version}`;
function pinnedRelease(pin) {
    // `~=5.0` allows any 5.x from 5.0 on: pip installs the newest. `~=5.2.1` stays in 5.2.
    const twoParts = /^\d+\.\d+$/.test(pin.version);
    const release = pin.compatible && twoParts ? newestCompatibleRelease(pin.version) : releaseOfVersion(pin.version);
    if (release)
        return release;
    throw new errors/* InputError */.d('django-version', `${pin.file}:${pin.line} pins Django ${pinText(pin)}, which is not a supported release: the action reproduces Django ${SUPPORTED}. ` +
        'Upgrade the pin, or set `django-version` to the release whose output you want.');
}

;// CONCATENATED MODULE: ./src/inputs/manifest-options.ts
// Hashing (ManifestStaticFilesStorage) switches and STATIC_URL.


function resolveManifest(read, project, log) {
    const storage = project.storage;
    const fromStorage = storage ? { value: storage.value.manifest, from: storage.from } : undefined;
    if (!log.choose('manifest', parseBoolean('manifest', read('manifest')), fromStorage, false))
        return null;
    const staticUrl = effectiveStaticUrl(read, project, log);
    return {
        name: log.choose('manifest-name', read('manifest-name').trim() || undefined, switchOf(project, 'manifest_name', 'string'), 'staticfiles.json'),
        strict: log.choose('manifest-strict', parseBoolean('manifest-strict', read('manifest-strict')), switchOf(project, 'manifest_strict', 'boolean'), true),
        jsModules: log.choose('js-modules', parseBoolean('js-modules', read('js-modules')), switchOf(project, 'support_js_module_import_aggregation', 'boolean'), false),
        keepIntermediateFiles: log.choose('keep-intermediate-files', parseBoolean('keep-intermediate-files', read('keep-intermediate-files')), switchOf(project, 'keep_intermediate_files', 'boolean'), false),
        maxPasses: switchOf(project, 'max_post_process_passes', 'number')?.value ?? 5,
        staticUrl
    };
}
/** Django's `_add_script_prefix`: a relative STATIC_URL gets the script prefix (FORCE_SCRIPT_NAME or `/`). */
function effectiveStaticUrl(read, project, log) {
    const staticUrl = log.choose('static-url', read('static-url').trim() || undefined, project.staticUrl, 'static/');
    if (!staticUrl.endsWith('/')) {
        throw new errors/* InputError */.d('static-url', `'${staticUrl}' must end with a slash, as Django requires of STATIC_URL (e.g. 'static/').`);
    }
    if (/^(https?:\/\/|\/)/.test(staticUrl))
        return staticUrl;
    const scriptName = log.choose('force-script-name', read('force-script-name').trim() || undefined, project.forceScriptName, null);
    const prefix = scriptName ?? '/';
    return (prefix.endsWith('/') ? prefix : `${prefix}/`) + staticUrl;
}
function switchOf(project, name, type) {
    const storage = project.storage;
    const value = storage?.value.switches[name];
    if (!storage || typeof value !== type)
        return undefined;
    return { value: value, from: storage.from };
}

;// CONCATENATED MODULE: ./src/inputs/origins.ts
// Picks each setting from the first source that has it (input, environment, project settings,
// default) and remembers which one it was, for the job summary.

class OriginLog {
    workingDirectory;
    entries = [];
    constructor(workingDirectory) {
        this.workingDirectory = workingDirectory;
    }
    record(name, value, from) {
        this.entries.push({ name, value: display(value), from });
    }
    /**
     * input → settings → fallback; `undefined` input means "left empty". An input equal to the
     * default is shown as the default: the runner passes action.yml's defaults as if typed.
     */
    choose(name, input, settings, fallback, show = (value) => value) {
        if (input !== undefined) {
            this.record(name, show(input), display(input) === display(fallback) ? 'default' : 'input');
            return input;
        }
        if (settings !== undefined && settings.from.source === 'settings') {
            this.record(name, show(settings.value), this.describeSettings(settings.from));
            return settings.value;
        }
        this.record(name, show(fallback), 'default');
        return fallback;
    }
    describeSettings(from) {
        if (!from.file)
            return 'settings';
        const file = external_node_path_default().relative(this.workingDirectory, from.file) || from.file;
        return `settings (${file.split((external_node_path_default()).sep).join('/')}${from.line ? `:${from.line}` : ''})`;
    }
}
// Values shown in the summary and report never include key material (SSECustomerKey, ...).
const SECRET_KEY = /key$|secret|password|token/i;
function display(value) {
    if (typeof value === 'string')
        return value;
    if (Array.isArray(value))
        return value.map((item) => display(item)).join(', ');
    return JSON.stringify(value, (key, item) => (key && SECRET_KEY.test(key) && typeof item === 'string' ? '***' : item));
}

;// CONCATENATED MODULE: ./src/inputs/pull-request.ts
// Pull request runs: the plan comment (pr-comment, github-token) and the fork fallback
// (require-credentials). Reads the event the runner describes in GITHUB_EVENT_NAME/_PATH.




// Events whose payload is a pull request a comment can go on.
const COMMENT_EVENTS = new Set(['pull_request', 'pull_request_target']);
// Only `pull_request` runs without the repository's secrets (forks, Dependabot). A
// pull_request_target run has them, so missing credentials there are a mistake to report.
const SECRETLESS_EVENT = 'pull_request';
function resolvePullRequest(read, env) {
    const comment = parseBoolean('pr-comment', read('pr-comment')) ?? false;
    if (!comment)
        return null;
    const event = readPullRequestEvent(env);
    if (!event || !COMMENT_EVENTS.has(event.name))
        return null;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        return null;
    const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const runUrl = env.GITHUB_RUN_ID ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
    return {
        owner,
        repo,
        number: event.number,
        token: read('github-token').trim(),
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        // One comment per workflow job and target, so two deploy steps do not overwrite each other's plan.
        commentKey: [env.GITHUB_WORKFLOW, env.GITHUB_JOB].filter(Boolean).join(' / '),
        ...(event.headSha ? { headSha: event.headSha } : {}),
        ...(runUrl ? { runUrl } : {})
    };
}
/**
 * The fork fallback, decided before the destination: whether a run not asked to be a dry run is a
 * `pull_request` run with no credentials in sight (require-credentials not set). Such a run needs
 * no bucket either (`bucket: ${{ secrets.BUCKET }}` is empty on a fork).
 */
function mayFallBack(read, env, dryRun) {
    const requireCredentials = parseBoolean('require-credentials', read('require-credentials')) ?? false;
    if (dryRun || requireCredentials)
        return false;
    return readPullRequestEvent(env)?.name === SECRETLESS_EVENT && pull_request_credentialSource(read, env) === null;
}
/**
 * The notice of a run that falls back, or null when the destination needs no credentials (a
 * folder), so the run goes ahead as asked.
 */
function fallbackNotice(env, destination) {
    if (destination?.kind === 'folder')
        return null;
    const event = readPullRequestEvent(env);
    const from = event?.fork ? ` from the fork ${event.fork}` : '';
    const where = destination
        ? `s3://${destination.bucket}`
        : 'S3 (no bucket was given either: bucket and AWS_STORAGE_BUCKET_NAME are empty)';
    return {
        kind: 'permissions',
        severity: 'notice',
        message: `No AWS credentials on this pull_request run${from} (GitHub gives pull requests from forks, and Dependabot's, no secrets), ` +
            `so this is a dry run instead: nothing was written to ${where}. Set require-credentials: true to fail such runs instead.`
    };
}
/**
 * Where credentials could come from, or null when nowhere. "No credentials" means: no
 * aws-access-key-id input, none of the variables the SDK's default chain reads (keys, profile,
 * web identity, container), no OIDC token for this job, no AWS config or credentials file, and a
 * GitHub-hosted runner (a self-hosted one may have an instance role no variable shows).
 */
function pull_request_credentialSource(read, env) {
    if (read('aws-access-key-id').trim())
        return 'inputs';
    const variables = [
        'AWS_ACCESS_KEY_ID',
        'AWS_PROFILE',
        'AWS_WEB_IDENTITY_TOKEN_FILE',
        'AWS_CONTAINER_CREDENTIALS_FULL_URI',
        'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
        'ACTIONS_ID_TOKEN_REQUEST_URL'
    ];
    const variable = variables.find((name) => env[name]?.trim());
    if (variable)
        return variable;
    const home = env.HOME || external_node_os_default().homedir();
    const files = [
        env.AWS_SHARED_CREDENTIALS_FILE || external_node_path_default().join(home, '.aws', 'credentials'),
        env.AWS_CONFIG_FILE || external_node_path_default().join(home, '.aws', 'config')
    ];
    const file = files.find((name) => (0,external_node_fs_.existsSync)(name));
    if (file)
        return file;
    if (env.RUNNER_ENVIRONMENT === 'self-hosted')
        return 'the self-hosted runner (instance or container role)';
    return null;
}
function readPullRequestEvent(env) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    if (!COMMENT_EVENTS.has(name) || !env.GITHUB_EVENT_PATH)
        return null;
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return null; // not a runner's event file: neither a comment nor the fallback applies
    }
    const pull = payload?.pull_request;
    if (!pull || typeof pull.number !== 'number')
        return null;
    const head = pull.head;
    const base = pull.base;
    const headRepo = typeof head?.repo?.full_name === 'string' ? head.repo.full_name : undefined;
    const fork = headRepo && headRepo !== base?.repo?.full_name ? headRepo : undefined;
    return { name, number: pull.number, ...(typeof head?.sha === 'string' ? { headSha: head.sha } : {}), ...(fork ? { fork } : {}) };
}

;// CONCATENATED MODULE: ./src/inputs/settings.ts
const FAIL_ON_CHOICES = ['duplicates', 'missing-dirs', 'missing-apps', 'settings', 'conflicts'];
const OVERWRITE_CHOICES = ['changed', 'never', 'always'];

;// CONCATENATED MODULE: ./src/find/sources.ts
// Which directories each of Django's finders walks, in the order it walks them.



const FILE_SYSTEM_FINDER = 'django.contrib.staticfiles.finders.FileSystemFinder';
const APP_DIRECTORIES_FINDER = 'django.contrib.staticfiles.finders.AppDirectoriesFinder';
const SUPPORTED_FINDERS = [FILE_SYSTEM_FINDER, APP_DIRECTORIES_FINDER];
/** Refuse finders this action cannot reproduce before anything is walked. */
function checkFinders(finders) {
    const unknown = finders.filter((finder) => !SUPPORTED_FINDERS.includes(finder));
    if (unknown.length > 0) {
        throw new errors/* ActionError */.l(`Unsupported static files finder${unknown.length > 1 ? 's' : ''} ${unknown.map((f) => `'${f}'`).join(', ')} ` +
            `in STATICFILES_FINDERS. Supported: ${SUPPORTED_FINDERS.join(', ')}. Set the \`finders\` input to the ` +
            'supported ones (files that other finders would add are then not collected).');
    }
}
/**
 * FileSystemFinder's sources. Exact repeats of a (prefix, path) pair are dropped;
 * one source per path *as written*, so a path listed with two prefixes is walked
 * twice, both times with the later prefix (Django keys its storages by root).
 * Directories that do not exist are left out (Django skips them when listing).
 */
async function fileSystemSources(dirs, projectRoot) {
    const locations = [];
    for (const dir of dirs) {
        if (!locations.some((seen) => seen.prefix === dir.prefix && seen.path === dir.path))
            locations.push(dir);
    }
    const byRoot = new Map();
    for (const { prefix, path: given } of locations) {
        byRoot.set(given, { kind: 'dir', prefix, root: external_node_path_default().resolve(projectRoot, given), label: given });
    }
    const sources = locations.map((location) => byRoot.get(location.path));
    const present = await Promise.all(sources.map((source) => source.label !== '' && sources_isDirectory(source.root)));
    return sources.filter((_, index) => present[index]);
}
/** AppDirectoriesFinder's sources: each app's `static/` directory, in INSTALLED_APPS order. */
async function appSources(apps) {
    const unique = apps.filter((app, index) => apps.findIndex((other) => other.name === app.name && other.path === app.path) === index);
    const candidates = unique.map((app) => ({
        kind: 'app',
        prefix: '',
        root: external_node_path_default().join(app.path, 'static'),
        label: app.name
    }));
    const present = await Promise.all(candidates.map((source) => sources_isDirectory(source.root)));
    return candidates.filter((_, index) => present[index]);
}
/** Python's `os.path.isdir`: follows symlinks, false on any error. */
async function sources_isDirectory(dir) {
    try {
        return (await (0,promises_.stat)(dir)).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/find/fnmatch.ts
// A port of CPython 3.11 `fnmatch.translate` / `fnmatchcase`, which Django uses for
// ignore patterns. Shell-glob libraries differ (they stop `*` at `/` and skip
// dotfiles), so the translation is reproduced step by step, on code points, and
// only the final regular expression is spelled in JavaScript syntax.
const STAR = Symbol('star');
const cache = new Map();
/** Python `fnmatch.fnmatchcase`: case-sensitive, the whole name must match. */
function fnmatchcase(name, pattern) {
    let compiled = cache.get(pattern);
    if (compiled === undefined) {
        // `u`: match code points like Python; `s`: `.` matches newlines (`(?s:...)`).
        compiled = new RegExp(`^(?:${translate(pattern)})$`, 'su');
        cache.set(pattern, compiled);
    }
    return compiled.test(name);
}
/** The JavaScript regular expression source equivalent to `fnmatch.translate(pattern)`. */
function translate(pattern) {
    return joinStars(toPieces(Array.from(pattern)));
}
/** First pass of `translate`: one regex piece per pattern token, consecutive `*` folded. */
function toPieces(pat) {
    const pieces = [];
    let i = 0;
    const n = pat.length;
    while (i < n) {
        const c = pat[i];
        i += 1;
        if (c === '*') {
            if (pieces[pieces.length - 1] !== STAR)
                pieces.push(STAR);
        }
        else if (c === '?') {
            pieces.push('.');
        }
        else if (c === '[') {
            const end = findClassEnd(pat, i);
            if (end === -1) {
                pieces.push('\\['); // unclosed: a literal `[`
            }
            else {
                pieces.push(translateClass(pat, i, end));
                i = end + 1;
            }
        }
        else {
            pieces.push(escapeLiteral(c));
        }
    }
    return pieces;
}
/** Index of the `]` closing a class whose body starts at `start`, or -1 when unclosed. */
function findClassEnd(pat, start) {
    let j = start;
    if (pat[j] === '!')
        j += 1;
    if (pat[j] === ']')
        j += 1; // a `]` first in the class is literal
    while (j < pat.length && pat[j] !== ']')
        j += 1;
    return j >= pat.length ? -1 : j;
}
/** `[...]` with body pat[start:end]: Python's chunking, then its regex-class reading. */
function translateClass(pat, start, end) {
    const stuff = pythonClassBody(pat, start, end);
    if (stuff.length === 0)
        return '(?!)'; // empty range: never matches
    if (stuff.length === 1 && stuff[0] === '!')
        return '.'; // negated empty range: any character
    let body = stuff;
    if (stuff[0] === '!')
        body = ['^', ...stuff.slice(1)];
    else if (stuff[0] === '^' || stuff[0] === '[')
        body = ['\\', ...stuff];
    return classToJs(body);
}
/**
 * The class body exactly as CPython writes it inside `[...]` (as code points):
 * backslashes doubled, hyphens that are not range operators escaped, empty ranges
 * removed, and `&`, `~`, `|` escaped.
 */
function pythonClassBody(pat, start, end) {
    const raw = pat.slice(start, end);
    let out;
    if (!raw.includes('-')) {
        out = raw.flatMap((ch) => (ch === '\\' ? ['\\', '\\'] : [ch]));
    }
    else {
        const chunks = removeEmptyRanges(rangeChunks(pat, start, end));
        out = [];
        chunks.forEach((chunk, index) => {
            if (index > 0)
                out.push('-');
            for (const ch of chunk) {
                if (ch === '\\' || ch === '-')
                    out.push('\\');
                out.push(ch);
            }
        });
    }
    return out.flatMap((ch) => (ch === '&' || ch === '~' || ch === '|' ? ['\\', ch] : [ch]));
}
/** Split a class body at the hyphens that act as range operators. */
function rangeChunks(pat, start, end) {
    const chunks = [];
    let i = start;
    let k = pat[i] === '!' ? i + 2 : i + 1;
    for (;;) {
        k = indexOfBetween(pat, '-', k, end);
        if (k < 0)
            break;
        chunks.push(pat.slice(i, k));
        i = k + 1;
        k += 3;
    }
    const last = pat.slice(i, end);
    if (last.length > 0)
        chunks.push(last);
    else
        chunks[chunks.length - 1]?.push('-');
    return chunks;
}
/** Merge chunks around ranges like `z-a` that would be invalid in a regex. */
function removeEmptyRanges(chunks) {
    for (let k = chunks.length - 1; k > 0; k -= 1) {
        const left = chunks[k - 1];
        const right = chunks[k];
        if (codePoint(left[left.length - 1]) > codePoint(right[0])) {
            chunks[k - 1] = [...left.slice(0, -1), ...right.slice(1)];
            chunks.splice(k, 1);
        }
    }
    return chunks;
}
/**
 * Read a Python regex class body the way `re._parser` does (a `]` first is literal,
 * `\x` is the literal x, `a-b` is a range) and write it as a JavaScript class.
 */
function classToJs(body) {
    let i = 0;
    const next = () => body[i++];
    const negate = body[0] === '^';
    if (negate)
        i = 1;
    const items = [];
    for (;;) {
        let atom = next();
        if (atom === undefined || (atom === ']' && items.length > 0))
            break;
        if (atom === '\\')
            atom = next() ?? '\\';
        if (body[i] === '-' && i + 1 < body.length) {
            i += 1;
            let hi = next();
            if (hi === '\\')
                hi = next() ?? '\\';
            if (codePoint(hi) < codePoint(atom)) {
                throw new Error(`fnmatch: bad character range ${atom}-${hi}`);
            }
            items.push(`${escapeInClass(atom)}-${escapeInClass(hi)}`);
        }
        else {
            items.push(escapeInClass(atom));
        }
    }
    if (i < body.length)
        throw new Error(`fnmatch: unexpected ']' in class [${body.join('')}]`);
    return `[${negate ? '^' : ''}${items.join('')}]`;
}
/** Second pass: `*fixed*` → an atomic lazy match; a trailing `*` → `.*`. */
function joinStars(pieces) {
    let out = '';
    let i = 0;
    const n = pieces.length;
    while (i < n && pieces[i] !== STAR)
        out += pieces[i++];
    let group = 0;
    while (i < n) {
        i += 1; // the STAR
        if (i === n) {
            out += '.*';
            break;
        }
        let fixed = '';
        while (i < n && pieces[i] !== STAR)
            fixed += pieces[i++];
        if (i === n) {
            out += '.*' + fixed;
        }
        else {
            // Python's `(?>.*?fixed)`: JavaScript has no atomic groups, but a lookahead
            // capture followed by a backreference behaves the same (no backtracking into it).
            group += 1;
            out += `(?=(.*?${fixed}))\\${group}`;
        }
    }
    return out;
}
const SYNTAX = new Set(['\\', '^', '$', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/']);
const CLASS_SYNTAX = new Set(['\\', ']', '[', '^', '-']);
function escapeLiteral(ch) {
    return SYNTAX.has(ch) ? '\\' + ch : ch;
}
function escapeInClass(ch) {
    return CLASS_SYNTAX.has(ch) ? '\\' + ch : ch;
}
function codePoint(ch) {
    return ch === undefined ? -1 : ch.codePointAt(0);
}
function indexOfBetween(arr, value, from, to) {
    for (let k = from; k < to; k += 1)
        if (arr[k] === value)
            return k;
    return -1;
}

;// CONCATENATED MODULE: ./src/find/ignore.ts
// The ignore pattern list collectstatic builds (`set_options`) and the test it applies.


/** `StaticFilesConfig.ignore_patterns`: CVS dirs/files, dotfiles, editor backups. */
const DEFAULT_IGNORE_PATTERNS = ['CVS', '.*', '*~'];
/**
 * The `--ignore` values plus (unless `--no-default-ignore`) the staticfiles app
 * config's list, each passed through `os.path.normpath` (`build/` → `build`),
 * duplicates dropped. Order is first occurrence; Django uses a set, and order
 * does not change what matches.
 */
function normalizeIgnorePatterns(cli, appConfig = DEFAULT_IGNORE_PATTERNS, useDefaults = true) {
    const all = useDefaults ? [...cli, ...appConfig] : [...cli];
    return [...new Set(all.map(normpath))];
}
/** Django's `matches_patterns`: any pattern matches the whole name or relative path. */
function isIgnored(nameOrPath, patterns) {
    return patterns.some((pattern) => fnmatchcase(nameOrPath, pattern));
}

;// CONCATENATED MODULE: ./src/find/undecodable.ts
// File names that are not valid UTF-8. Python (and so Django) reads them with the file system
// encoding's `surrogateescape` handler: each byte that does not decode becomes U+DC80..U+DCFF,
// which JavaScript strings can hold too, so ignore patterns match them exactly as Django's do.
//
// What Django does with such a file on Linux (checked with Python 3: os.listdir gives
// 'caf\udce9.css'): FileSystemStorage copies it into STATIC_ROOT under the same bytes, but its S3
// key cannot be formed: S3 keys are UTF-8, and botocore's `key.encode('utf-8')` fails with
// "UnicodeEncodeError: surrogates not allowed", so django-storages' collectstatic stops on it.
// Node cannot open a file by such a name through a string path, so this action stops too, before
// anything is sent or written, naming the file and the fix, unless an ignore pattern skips it.

/** Names in `dir` that are not valid UTF-8; only called when a listing shows U+FFFD. */
function undecodableNames(dir) {
    const byLossyName = new Map();
    for (const raw of (0,external_node_fs_.readdirSync)(dir, { encoding: 'buffer' })) {
        const lossy = raw.toString('utf8');
        if (Buffer.from(lossy, 'utf8').equals(raw))
            continue;
        const entry = { pythonName: surrogateEscape(raw), shown: escapedName(raw), isDirectory: isDirectoryBytes(dir, raw) };
        byLossyName.set(lossy, [...(byLossyName.get(lossy) ?? []), entry]);
    }
    return byLossyName;
}
function isDirectoryBytes(dir, name) {
    try {
        return (0,external_node_fs_.statSync)(Buffer.concat([Buffer.from(dir.endsWith('/') ? dir : `${dir}/`), name])).isDirectory();
    }
    catch {
        return false;
    }
}
/** Python's `bytes.decode('utf-8', 'surrogateescape')`. */
function surrogateEscape(bytes) {
    return decode(bytes, (byte) => String.fromCharCode(0xdc00 + byte));
}
function escapedName(bytes) {
    return decode(bytes, (byte) => `\\x${byte.toString(16).padStart(2, '0')}`);
}
function decode(bytes, invalid) {
    let out = '';
    let at = 0;
    while (at < bytes.length) {
        const length = sequenceLength(bytes, at);
        if (length === 0) {
            out += invalid(bytes[at]);
            at += 1;
        }
        else {
            out += Buffer.from(bytes.subarray(at, at + length)).toString('utf8');
            at += length;
        }
    }
    return out;
}
/** Length of the well-formed UTF-8 sequence at `at` (RFC 3629: no overlongs, no surrogates), or 0. */
function sequenceLength(bytes, at) {
    const first = bytes[at];
    if (first < 0x80)
        return 1;
    const cont = (offset, low = 0x80, high = 0xbf) => {
        const byte = bytes[at + offset];
        return byte !== undefined && byte >= low && byte <= high;
    };
    if (first >= 0xc2 && first <= 0xdf)
        return cont(1) ? 2 : 0;
    if (first >= 0xe0 && first <= 0xef) {
        const [low, high] = first === 0xe0 ? [0xa0, 0xbf] : first === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
        return cont(1, low, high) && cont(2) ? 3 : 0;
    }
    if (first >= 0xf0 && first <= 0xf4) {
        const [low, high] = first === 0xf0 ? [0x90, 0xbf] : first === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
        return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/find/walk.ts
// Walking one source the way Django's `utils.get_files` walks a FileSystemStorage.
// The walk uses blocking calls: static trees can hold thousands of small folders, and an
// asynchronous readdir costs several times the CPU of a blocking one for a folder already in
// the page cache (the benchmark's 2,400 folders: 0.3 s walked asynchronously). Nothing else is
// in flight meanwhile but the target's listing, which is already on the wire.






/**
 * All files under `root` in Django's order: each directory's files (by name, or
 * below the top by relative path, against `ignorePatterns`), then its
 * subdirectories (by name only). Entries are sorted by code point where Django
 * uses the OS listing order.
 */
async function walkSource(root, ignorePatterns) {
    const found = [];
    walkDirectory({ absPath: root, relativePath: '', real: null, ancestors: [] }, ignorePatterns, found);
    return found;
}
function walkDirectory(visit, patterns, found) {
    const chain = extendRealChain(visit);
    const own = chain[chain.length - 1];
    const { files, dirs, undecodable } = listDirectory(visit.absPath);
    for (const entry of undecodable)
        checkUndecodable(entry, visit, patterns);
    for (const name of files) {
        if (isIgnored(name, patterns))
            continue;
        const relativePath = visit.relativePath === '' ? name : `${visit.relativePath}/${name}`;
        if (visit.relativePath !== '' && isIgnored(relativePath, patterns))
            continue;
        found.push({ relativePath, absPath: childPath(visit.absPath, name) });
    }
    for (const { name, viaLink } of dirs) {
        if (isIgnored(name, patterns))
            continue;
        const nested = {
            absPath: childPath(visit.absPath, name),
            relativePath: visit.relativePath === '' ? name : `${visit.relativePath}/${name}`,
            real: viaLink ? null : childPath(own.real, name),
            ancestors: chain
        };
        walkDirectory(nested, patterns, found);
    }
}
/** Add this directory's real path to the chain, refusing a symlink that leads back to an ancestor. */
function extendRealChain(visit) {
    const real = visit.real ?? realPathOf(visit.absPath);
    const ancestor = visit.ancestors.find((entry) => entry.real === real);
    if (ancestor) {
        throw new errors/* ActionError */.l(`Symlink loop in a static source: '${visit.absPath}' leads back to its ancestor '${ancestor.absPath}' ` +
            `(both are '${real}'). Django would fail on this tree too. Remove the link, or add its name to the ` +
            '`ignore` input (collectstatic --ignore) so the walk does not enter it.', { file: visit.absPath });
    }
    return [...visit.ancestors, { real, absPath: visit.absPath }];
}
/**
 * `path.join(dir, name)` for a normalized directory and a plain entry name, which needs no
 * normalizing: path.join allocated more than anything else in a walk of thousands of files.
 */
function childPath(dir, name) {
    return dir.endsWith((external_node_path_default()).sep) ? `${dir}${name}` : `${dir}${(external_node_path_default()).sep}${name}`;
}
function realPathOf(dir) {
    try {
        return (0,external_node_fs_.realpathSync)(dir);
    }
    catch (error) {
        throw listingError(dir, error);
    }
}
/** Split one directory listing like `FileSystemStorage.listdir`: directories after following symlinks, files = the rest. */
function listDirectory(dir) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch (error) {
        throw listingError(dir, error);
    }
    entries.sort((a, b) => (0,pylib_text/* compareCodePoints */.OP)(a.name, b.name));
    const listing = { files: [], dirs: [], undecodable: [] };
    // Node decodes names lossily (U+FFFD); only then is the folder listed again as bytes.
    const lossy = entries.some((entry) => entry.name.includes('\uFFFD')) ? undecodableNames(dir) : null;
    for (const entry of entries) {
        const undecodable = lossy?.get(entry.name);
        if (undecodable) {
            listing.undecodable.push(...undecodable);
            lossy?.delete(entry.name);
            continue;
        }
        if (walk_isDirectory(dir, entry))
            listing.dirs.push({ name: entry.name, viaLink: !entry.isDirectory() });
        else
            listing.files.push(entry.name);
    }
    return listing;
}
/** Python's `DirEntry.is_dir()`: follows symlinks; a dangling link (or any stat error) is not a directory. */
function walk_isDirectory(dir, entry) {
    if (entry.isDirectory())
        return true;
    if (entry.isFile())
        return false;
    const typeKnown = entry.isBlockDevice() || entry.isCharacterDevice() || entry.isFIFO() || entry.isSocket();
    if (typeKnown)
        return false;
    // A symlink, or a filesystem that does not report entry types.
    try {
        return (0,external_node_fs_.statSync)(external_node_path_default().join(dir, entry.name)).isDirectory();
    }
    catch {
        return false;
    }
}
/** Django skips an ignored one like any other entry; any other cannot be collected (undecodable.ts says why). */
function checkUndecodable(entry, visit, patterns) {
    if (isIgnored(entry.pythonName, patterns))
        return;
    const relativePath = visit.relativePath === '' ? entry.pythonName : `${visit.relativePath}/${entry.pythonName}`;
    if (!entry.isDirectory && visit.relativePath !== '' && isIgnored(relativePath, patterns))
        return;
    const shown = visit.relativePath === '' ? entry.shown : `${visit.relativePath}/${entry.shown}`;
    throw new errors/* ActionError */.l(`The ${entry.isDirectory ? 'folder' : 'file'} '${shown}' in '${visit.absPath}' has a name that is not valid UTF-8 ` +
        "(bytes shown as \\xNN). S3 keys are UTF-8, so it has no key: Django's collectstatic with django-storages fails on it too " +
        '(UnicodeEncodeError: surrogates not allowed). Rename it to UTF-8 (e.g. `convmv -f latin1 -t utf-8 --notest`), ' +
        'or add a pattern matching it to the `ignore` input.', { file: visit.absPath });
}
function listingError(dir, error) {
    const reason = error instanceof Error ? error.message : String(error);
    return new errors/* ActionError */.l(`Cannot list the static files directory '${dir}': ${reason}. Make it readable by the workflow's user, ` +
        'or add its name to the `ignore` input (collectstatic --ignore) if it should not be collected.', { file: dir });
}

;// CONCATENATED MODULE: ./src/find/finders.ts
// Django's finders end to end: which files collectstatic would copy, and which it would skip as duplicates.





/**
 * Every file collectstatic would find, in its order: finders in `finders` order,
 * sources in settings order, each source walked like `get_files`. The first file
 * for a destination path wins; later ones are recorded as duplicates.
 */
async function findStaticFiles(config) {
    checkFinders(config.finders.filter((finder) => !config.listedFiles?.[finder]));
    const listed = new Map();
    const sources = await sourcesInOrder(config, listed);
    const walks = await walkAll(sources, config.ignorePatterns, listed);
    const winners = new Map();
    const duplicates = new Map();
    const files = [];
    sources.forEach((source, index) => {
        for (const walked of walks[index]) {
            const found = toFoundFile(walked, source);
            const winner = winners.get(found.path);
            if (winner === undefined) {
                winners.set(found.path, found);
                files.push(found);
            }
            else {
                const duplicate = duplicates.get(found.path) ?? { path: found.path, used: winner, ignored: [] };
                duplicate.ignored.push(found);
                duplicates.set(found.path, duplicate);
            }
        }
    });
    const found = [...duplicates.values()];
    return { files, duplicates: found, problems: found.map((d) => duplicateProblem(d, config.projectRoot)) };
}
const SOURCES_OF = {
    [FILE_SYSTEM_FINDER]: (config) => fileSystemSources(config.staticDirs, config.projectRoot),
    [APP_DIRECTORIES_FINDER]: (config) => appSources(config.apps)
};
/** All sources of all finders, in collection order (a finder listed twice walks its sources twice). */
async function sourcesInOrder(config, listed) {
    const perFinder = await Promise.all(config.finders.map((finder) => SOURCES_OF[finder]?.(config) ?? listedSources(finder, config.listedFiles?.[finder] ?? [], listed)));
    return perFinder.flat();
}
/** One source per storage a finder listed from (its root and prefix), holding the files it yielded in order. */
function listedSources(finder, files, listed) {
    const byStorage = new Map();
    for (const file of files) {
        const key = `${file.prefix}\0${file.root}`;
        let source = byStorage.get(key);
        if (!source) {
            source = { kind: 'finder', prefix: file.prefix, root: file.root, label: finder };
            byStorage.set(key, source);
            listed.set(source, []);
        }
        listed.get(source)?.push({ relativePath: file.relativePath.split('\\').join('/'), absPath: file.absPath });
    }
    return [...byStorage.values()];
}
/** Walk each distinct root once; the first failure in source order is the one reported. */
async function walkAll(sources, patterns, listed) {
    const byRoot = new Map();
    const pending = sources.map((source) => {
        const given = listed.get(source);
        if (given)
            return Promise.resolve(given);
        let walk = byRoot.get(source.root);
        if (walk === undefined) {
            walk = walkSource(source.root, patterns);
            byRoot.set(source.root, walk);
        }
        return walk;
    });
    const settled = await Promise.allSettled(pending);
    return settled.map((result) => {
        if (result.status === 'rejected')
            throw result.reason;
        return result.value;
    });
}
function toFoundFile(walked, source) {
    // collectstatic: `os.path.join(storage.prefix, path)` when the storage has a prefix.
    const destination = source.prefix ? join(source.prefix, walked.relativePath) : walked.relativePath;
    return { path: destination, relativePath: walked.relativePath, absPath: walked.absPath, source };
}
function duplicateProblem(duplicate, projectRoot) {
    const used = duplicate.used;
    const first = duplicate.ignored[0];
    const ignored = duplicate.ignored.map((file) => describeWithSource(file, projectRoot)).join(', ');
    const sameDirectory = duplicate.ignored.some((file) => file.source === used.source)
        ? ` '${used.source.label}' is listed in STATICFILES_DIRS with more than one prefix; Django walks it ` +
            `for each entry but always with the last prefix ('${used.source.prefix}'), so its files appear twice.`
        : '';
    return {
        kind: 'duplicates',
        severity: 'warning',
        file: describeFile(first, projectRoot),
        message: `Found another file with the destination path '${duplicate.path}'. It will be ignored since only the ` +
            `first encountered file is collected. Collected: ${describeWithSource(used, projectRoot)}; ignored: ` +
            `${ignored}.${sameDirectory} If this is not what you want, make sure every static file has a unique path.`
    };
}
function describeWithSource(file, projectRoot) {
    const source = file.source;
    const from = source.kind === 'app'
        ? `app '${source.label}'`
        : source.kind === 'finder'
            ? `finder ${source.label}`
            : `STATICFILES_DIRS entry '${displayPath(source.root, projectRoot)}'${source.prefix ? ` with prefix '${source.prefix}'` : ''}`;
    return `'${describeFile(file, projectRoot)}' (from ${from})`;
}
/** A found file's path for people: relative to the project root, or absolute when outside it; always `/`. */
function describeFile(file, projectRoot) {
    return displayPath(file.absPath, projectRoot);
}

;// CONCATENATED MODULE: ./src/inputs/finder-options.ts
// STATICFILES_FINDERS as the run uses it: Django's two walked by the action, any other one's files
// from the project's Python. Without those files, django-compressor's CompressorFinder is skipped
// (its list() yields nothing, so collectstatic gets nothing from it) and any other finder is a
// problem that stops a deploy.




function resolveFinders(raw, project, log, cwd) {
    const input = parseLines(raw);
    const configured = log.choose('finders', input.length ? input : undefined, project.finders, [...SUPPORTED_FINDERS]);
    const listedFiles = project.finderFiles ?? {};
    const finders = [];
    const problems = [];
    for (const finder of configured) {
        if (SUPPORTED_FINDERS.includes(finder) || listedFiles[finder])
            finders.push(finder);
        else if (finder === COMPRESSOR_FINDER)
            problems.push(compressorNotice());
        else if (!project.problems.some((problem) => problem.message.includes(`finder ${finder} `)))
            problems.push(unknownFinder(finder, input.length > 0, project, cwd));
    }
    return { finders, listedFiles, problems };
}
function compressorNotice() {
    return {
        kind: 'settings',
        severity: 'notice',
        message: `${COMPRESSOR_FINDER} in STATICFILES_FINDERS was skipped: collectstatic gets no files from it (its list() yields nothing; ` +
            'compressed files are written by `manage.py compress`, not collected).'
    };
}
function unknownFinder(finder, fromInput, project, cwd) {
    const why = project.reader?.kind === 'python'
        ? ''
        : ` The settings were not read by the project's Python (${project.reader?.why ?? 'evaluator'}), so its files are unknown.`;
    return {
        kind: 'settings',
        severity: 'warning',
        incomplete: true,
        message: `The static files finder ${finder} ${fromInput ? 'in the `finders` input' : 'in STATICFILES_FINDERS'} is not one of Django's two, ` +
            `so the files it adds cannot be collected without the project's Python.${why} Install the project's requirements before this step ` +
            "so its Python lists the finder's files, or set the `finders` input to the finders to use " +
            `(e.g. ${SUPPORTED_FINDERS.join(' and ')}) to leave it out on purpose.`,
        ...(project.finders?.from.file && !fromInput
            ? {
                file: displayPath(project.finders.from.file, cwd),
                ...(project.finders.from.line ? { line: project.finders.from.line } : {})
            }
            : {})
    };
}

;// CONCATENATED MODULE: ./src/inputs/app-inputs.ts
const DOTTED = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;
/** A dotted INSTALLED_APPS entry (or app name) in the `apps` input, resolved like INSTALLED_APPS. */
function appFromName(entry, project) {
    if (!DOTTED.test(entry))
        return null;
    const named = project.namedApps?.find((app) => app.entry === entry || app.name === entry);
    if (named)
        return { name: named.name, path: named.path };
    const byEntry = project.resolvedApps?.find((app) => app.entry === entry || app.name === entry);
    if (byEntry)
        return { name: byEntry.name, path: byEntry.path };
    return project.apps.find((app) => app.name === entry) ?? null;
}
/** One problem per cause: the missing apps of one top-level package are listed together. */
function groupMissingApps(unresolved, file) {
    const groups = new Map();
    for (const app of unresolved) {
        const key = app.entry.split('.')[0];
        groups.set(key, [...(groups.get(key) ?? []), app]);
    }
    return [...groups.values()].map((apps) => {
        const first = apps[0];
        const message = apps.length === 1
            ? first.message
            : `${apps.length} apps of the package ${first.entry.split('.')[0]} in INSTALLED_APPS could not be loaded: ${apps.map((app) => `'${app.entry}'`).join(', ')}. ` +
                `The first: ${first.message}`;
        // A warning in a dry run; a run that writes stops on it (incomplete), and `fail-on: missing-apps` makes it an error anywhere.
        return {
            kind: 'missing-apps',
            severity: 'warning',
            message,
            code: 'missing-app',
            incomplete: true,
            ...(file ? { file } : {})
        };
    });
}

;// CONCATENATED MODULE: ./src/inputs/sources.ts
// Where files are collected from: STATICFILES_DIRS, apps, finders and ignore patterns.








function resolveSources(read, project, cwd, log) {
    const showDirs = (dirs) => dirs.map((dir) => (dir.prefix ? `${dir.prefix}=` : '') + displayPath(external_node_path_default().resolve(cwd, dir.path), cwd));
    const staticDirs = log.choose('static-dirs', parseStaticDirs(read('static-dirs')), project.staticDirs, [], showDirs);
    const { apps, problems } = sources_resolveApps(read('apps'), project, cwd, log);
    const finders = resolveFinders(read('finders'), project, log, cwd);
    const ignorePatterns = resolveIgnore(read, project, log);
    if (staticDirs.length === 0 && apps.length === 0 && Object.keys(finders.listedFiles).length === 0)
        throw noSources(project);
    return {
        staticDirs,
        apps,
        finders: finders.finders,
        listedFiles: finders.listedFiles,
        ignorePatterns,
        problems: [...problems, ...finders.problems]
    };
}
/** The real cause first: settings that were found but could not be read are not "no settings found". */
function noSources(project) {
    const unread = project.problems.find((problem) => problem.severity !== 'notice' && /INSTALLED_APPS|STATICFILES_DIRS|settings could not be read/.test(problem.message));
    if (project.settingsFile && unread) {
        return new errors/* InputError */.d('apps', `no static file sources: the settings (${project.settingsFile}) were found, but ${unread.message}`);
    }
    if (project.settingsFile) {
        return new errors/* InputError */.d('apps', `no static file sources: the settings (${project.settingsFile}) set neither INSTALLED_APPS apps with a static/ folder nor STATICFILES_DIRS. List the sources in \`apps\` / \`static-dirs\`.`);
    }
    return new errors/* InputError */.d('apps', 'no static file sources: neither `apps` nor `static-dirs` is set and no Django settings with INSTALLED_APPS or ' +
        'STATICFILES_DIRS were found. Set `settings` (or run in the folder with manage.py via `working-directory`), ' +
        'or list the sources in `apps` / `static-dirs`.');
}
/** `path` or `prefix=path`, one per line. */
function parseStaticDirs(raw) {
    const lines = parseLines(raw);
    if (lines.length === 0)
        return undefined;
    return lines.map((line) => {
        const separator = line.indexOf('=');
        if (separator < 0)
            return { prefix: '', path: line };
        const prefix = line.slice(0, separator).trim();
        const dir = line.slice(separator + 1).trim();
        if (prefix === '' || dir === '') {
            throw new errors/* InputError */.d('static-dirs', `entry '${line}' needs both parts: write 'prefix=path' or just 'path'.`);
        }
        if (prefix.endsWith('/')) {
            throw new errors/* InputError */.d('static-dirs', `the prefix '${prefix}' in '${line}' must not end with a slash (Django's staticfiles.E003). ` +
                `Write '${prefix.replace(/\/+$/, '')}=${dir}'.`);
        }
        return { prefix, path: dir };
    });
}
function sources_resolveApps(raw, project, cwd, log) {
    const listed = parseLines(raw);
    if (listed.length > 0) {
        const apps = listed.map((entry) => appFromDirectory(entry, cwd, project));
        log.record('apps', apps.map((app) => app.name), 'input');
        return { apps, problems: [] };
    }
    const problems = groupMissingApps(project.unresolvedApps, project.settingsFile ? external_node_path_default().relative(cwd, project.settingsFile) : undefined);
    const from = project.installedApps ? log.describeSettings(project.installedApps.from) : 'default';
    log.record('apps', project.apps.map((app) => app.name), from);
    return { apps: project.apps, problems };
}
function appFromDirectory(entry, cwd, project) {
    const dir = external_node_path_default().resolve(cwd, entry);
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        const named = appFromName(entry, project);
        if (named)
            return named;
        throw new errors/* InputError */.d('apps', `'${entry}' is neither a directory (looked at ${dir}) nor an app of INSTALLED_APPS that could be resolved. List app directories or dotted app names, one per line.`);
    }
    return { name: external_node_path_default().basename(dir), path: dir };
}
function resolveIgnore(read, project, log) {
    const extra = parseLines(read('ignore'));
    const useDefaults = parseBoolean('default-ignore', read('default-ignore')) ?? true;
    const appConfig = project.ignorePatterns?.value ?? DEFAULT_IGNORE_PATTERNS;
    const patterns = normalizeIgnorePatterns(extra, appConfig, useDefaults);
    const from = [extra.length ? 'input' : '', useDefaults ? (project.ignorePatterns ? 'settings app config' : 'defaults') : ''];
    log.record('ignore', patterns, from.filter(Boolean).join(' + ') || 'none');
    return patterns;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/plan/object-rules.ts
// Per-path object headers (input `object-rules`): an ordered list of glob patterns, each with
// PutObject headers. The first rule whose pattern matches an object's destination path (relative
// to the prefix, hashed copies by their own hashed name) applies, on top of cache-control,
// cache-control-hashed and object-parameters. Pure: no I/O.

/**
 * Keys are object paths, not files on disk: `**` means every path, dot-folders included, and no
 * character is a Windows separator. Unbalanced brackets are errors rather than literals, so a
 * typo is reported instead of silently matching nothing.
 */
const MATCH_OPTIONS = { dot: true, windows: false, strictBrackets: true };
/** Why a pattern cannot be used, or null when it can. */
function patternProblem(pattern) {
    if (pattern.trim() === '')
        return 'is empty';
    if (pattern.startsWith('/')) {
        return `starts with '/': patterns match the path under the prefix without a leading slash (write '${pattern.replace(/^\/+/, '')}')`;
    }
    try {
        picomatch_default().makeRe(pattern, MATCH_OPTIONS);
    }
    catch (error) {
        return `is not a valid glob (${error.message})`;
    }
    return null;
}
/** First match wins; patterns are compiled once per run. */
function ruleMatcher(rules) {
    if (rules.length === 0)
        return () => undefined;
    const compiled = rules.map((rule) => ({ rule, test: picomatch_default()(rule.patterns, MATCH_OPTIONS) }));
    return (path) => compiled.find(({ test }) => test(path))?.rule;
}
/** Whether the rule decides the Content-Encoding itself (then the bytes are sent as they are, never gzipped). */
function ruleSetsEncoding(rule) {
    return rule !== undefined && typeof rule.headers.ContentEncoding === 'string';
}
/**
 * The rule's headers over the ones cache-control(-hashed) and object-parameters gave. Metadata
 * is merged key by key; `ContentEncoding: ''` removes the encoding (e.g. `.tar.gz` downloads).
 */
function applyRule(base, rule) {
    if (!rule)
        return base;
    const { ContentType, ContentEncoding, CacheControl, Metadata, ...rest } = rule.headers;
    const contentEncoding = typeof ContentEncoding === 'string' ? ContentEncoding : base.contentEncoding;
    const parameters = { ...base.parameters, ...rest };
    if (Metadata !== undefined)
        parameters.Metadata = {
            ...base.parameters.Metadata,
            ...Metadata
        };
    return {
        contentType: typeof ContentType === 'string' ? ContentType : base.contentType,
        ...(contentEncoding ? { contentEncoding } : {}),
        cacheControl: typeof CacheControl === 'string' ? CacheControl : base.cacheControl,
        parameters
    };
}

;// CONCATENATED MODULE: ./src/inputs/object-rules.ts
// Input `object-rules`: an ordered list (YAML or JSON) of `{match, headers}` rules, validated here
// so that a bad pattern or header stops the run before anything is sent. Applied by plan/object-rules.ts.


const INPUT = 'object-rules';
const EXAMPLE = "- match: '**/*.woff2'\n  headers:\n    CacheControl: public, max-age=31536000, immutable";
// PutObject members that describe one object and make sense per path. Encryption, grants,
// object lock and request parameters apply to every object: they belong in object-parameters.
const TEXT_HEADERS = ['CacheControl', 'ContentDisposition', 'ContentLanguage', 'ContentType', 'WebsiteRedirectLocation'];
const CANNED_ACLS = [
    'private',
    'public-read',
    'public-read-write',
    'authenticated-read',
    'aws-exec-read',
    'bucket-owner-read',
    'bucket-owner-full-control'
];
const STORAGE_CLASSES = [
    'STANDARD',
    'REDUCED_REDUNDANCY',
    'STANDARD_IA',
    'ONEZONE_IA',
    'INTELLIGENT_TIERING',
    'GLACIER_IR',
    'EXPRESS_ONEZONE'
];
// Objects in these classes cannot be read until restored: a page would get 403 for them.
const ARCHIVE_CLASSES = ['GLACIER', 'DEEP_ARCHIVE'];
const RULE_HEADERS = [...TEXT_HEADERS, 'ContentEncoding', 'Expires', 'Metadata', 'ACL', 'StorageClass', 'Tagging'];
const EVERY_OBJECT = [
    'ServerSideEncryption',
    'SSEKMSKeyId',
    'SSEKMSEncryptionContext',
    'BucketKeyEnabled',
    'SSECustomerAlgorithm',
    'SSECustomerKey',
    'SSECustomerKeyMD5',
    'GrantFullControl',
    'GrantRead',
    'GrantReadACP',
    'GrantWriteACP',
    'ObjectLockMode',
    'ObjectLockRetainUntilDate',
    'ObjectLockLegalHoldStatus',
    'ExpectedBucketOwner',
    'RequestPayer'
];
// RFC 9110 token characters (header and metadata names); values: visible ASCII, spaces and tabs.
const TOKEN = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
const HEADER_VALUE = /^[\t\x20-\x7e]*$/;
const MAX_TAGS = 10;
/** The YAML parser is loaded only for a run that has rules (most have none). */
async function parseObjectRules(raw) {
    if (raw.trim() === '')
        return [];
    const { isSeq, parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const document = parseDocument(raw, { uniqueKeys: true });
    const error = document.errors[0];
    if (error) {
        const why = (error.message.split('\n')[0] ?? '').replace(/:$/, '');
        throw new errors/* InputError */.d(INPUT, `is not valid YAML or JSON: ${why}. Give a list of rules, e.g.\n${EXAMPLE}`);
    }
    if (!isSeq(document.contents)) {
        throw new errors/* InputError */.d(INPUT, `must be a list of rules (each '- match: ...' with 'headers:'), e.g.\n${EXAMPLE}`);
    }
    const items = document.toJS();
    return items.map((item, position) => parseRule(item, position + 1));
}
function parseRule(item, index) {
    const fail = (message) => new errors/* InputError */.d(INPUT, `rule ${index}: ${message}`);
    if (!isRecord(item))
        throw fail(`must be a mapping with 'match' and 'headers', e.g.\n${EXAMPLE}`);
    for (const key of Object.keys(item)) {
        if (key !== 'match' && key !== 'headers')
            throw fail(`unknown key '${key}'. A rule has 'match' (a glob or a list of globs) and 'headers'.`);
    }
    const patterns = parsePatterns(item.match, fail);
    const named = `rule ${index} (match: ${patterns.map((pattern) => `'${pattern}'`).join(', ')})`;
    const where = (message) => new errors/* InputError */.d(INPUT, `${named}: ${message}`);
    if (!isRecord(item.headers) || Object.keys(item.headers).length === 0) {
        throw where(`needs 'headers': a mapping of PutObject header names to values, e.g. 'CacheControl: no-cache'.`);
    }
    const headers = {};
    for (const [name, value] of Object.entries(item.headers))
        headers[name] = parseHeader(name, value, where);
    return { index, patterns, headers };
}
function parsePatterns(match, fail) {
    const patterns = typeof match === 'string' ? [match] : match;
    if (!Array.isArray(patterns) || patterns.length === 0 || patterns.some((pattern) => typeof pattern !== 'string')) {
        throw fail(`'match' must be a glob such as '**/*.css' or a list of globs, matched against the path under the prefix.`);
    }
    for (const pattern of patterns) {
        const problem = patternProblem(pattern);
        if (problem)
            throw fail(`the pattern '${pattern}' ${problem}.`);
    }
    return patterns;
}
function parseHeader(name, value, fail) {
    if (!RULE_HEADERS.includes(name))
        throw fail(unknownHeader(name));
    if (name === 'Metadata')
        return parseMetadata(value, fail);
    if (name === 'Tagging')
        return parseTagging(value, fail);
    if (typeof value !== 'string') {
        throw fail(`${name} must be a string (got ${JSON.stringify(value)}); quote it, e.g. ${name}: '${String(value)}'.`);
    }
    const text = value.trim();
    if (!HEADER_VALUE.test(text)) {
        const hint = name === 'ContentDisposition' ? ` For a non-ASCII file name use filename*=UTF-8''<percent-encoded name>.` : '';
        throw fail(`${name} '${value}' has characters an HTTP header cannot carry (line breaks, control or non-ASCII characters).${hint}`);
    }
    if (text === '' && name !== 'ContentEncoding')
        throw fail(`${name} is empty. Give a value, or leave ${name} out.`);
    return checkValue(name, text, fail);
}
function checkValue(name, value, fail) {
    if (name === 'ACL' && !CANNED_ACLS.includes(value))
        throw fail(`ACL '${value}' is not a canned ACL: ${CANNED_ACLS.join(', ')}.`);
    if (name === 'StorageClass') {
        if (ARCHIVE_CLASSES.includes(value)) {
            throw fail(`StorageClass ${value} archives objects: they cannot be read until restored, so pages would get errors. Use ${STORAGE_CLASSES.join(', ')}.`);
        }
        if (!STORAGE_CLASSES.includes(value))
            throw fail(`StorageClass '${value}' is not one of: ${STORAGE_CLASSES.join(', ')}.`);
    }
    if (name === 'WebsiteRedirectLocation' && !/^(\/|https?:\/\/)/.test(value)) {
        throw fail(`WebsiteRedirectLocation '${value}' must start with '/', 'http://' or 'https://' (as S3 requires).`);
    }
    if (name === 'Expires') {
        const time = Date.parse(value);
        if (Number.isNaN(time))
            throw fail(`Expires '${value}' is not a date; give an HTTP date such as 'Wed, 21 Oct 2026 07:28:00 GMT'.`);
        return new Date(time).toUTCString(); // one spelling per instant, so the headers digest does not change with the notation
    }
    return value;
}
function parseMetadata(value, fail) {
    if (!isRecord(value))
        throw fail(`Metadata must be a mapping of names to strings, e.g. 'Metadata: {team: web}'.`);
    const metadata = {};
    for (const [key, item] of Object.entries(value)) {
        if (!TOKEN.test(key))
            throw fail(`Metadata name '${key}' is not a valid header name: use letters, digits and - _ . only.`);
        if (typeof item !== 'string')
            throw fail(`Metadata '${key}' must be a string (got ${JSON.stringify(item)}); quote it: '${String(item)}'.`);
        if (!HEADER_VALUE.test(item))
            throw fail(`Metadata '${key}' has characters an HTTP header cannot carry (line breaks, control or non-ASCII characters).`);
        // S3 stores metadata names in lower case; two spellings of one name would fight over one header.
        const name = key.toLowerCase();
        if (name in metadata)
            throw fail(`Metadata names '${key}' twice (names are case-insensitive).`);
        metadata[name] = item;
    }
    return metadata;
}
/** A mapping of tags, or S3's own `key=value&key=value` form; kept as the latter. */
function parseTagging(value, fail) {
    let tags;
    if (typeof value === 'string')
        tags = new URLSearchParams(value.trim());
    else if (isRecord(value) && Object.values(value).every((item) => typeof item === 'string'))
        tags = new URLSearchParams(value);
    else
        throw fail(`Tagging must be a mapping of tag names to strings, e.g. 'Tagging: {team: web}', or 'team=web&tier=static'.`);
    const keys = [...tags.keys()];
    if (keys.length === 0 || keys.some((key) => key === ''))
        throw fail(`Tagging '${String(value)}' has no tags or an empty tag name.`);
    if (keys.length > MAX_TAGS)
        throw fail(`Tagging has ${keys.length} tags; S3 allows at most ${MAX_TAGS} per object.`);
    if (new Set(keys).size !== keys.length)
        throw fail('Tagging names a tag twice.');
    return tags.toString();
}
function unknownHeader(name) {
    if (EVERY_OBJECT.includes(name))
        return `${name} applies to every object: set it in object-parameters instead.`;
    if (/^x-amz-meta-/i.test(name))
        return `'${name}' is user metadata: write it as 'Metadata: {${name.slice(11)}: value}'.`;
    const squashed = name.replace(/[^a-z0-9]/gi, '').toLowerCase();
    const meant = RULE_HEADERS.find((candidate) => candidate.toLowerCase() === squashed);
    const hint = meant ? ` Did you mean ${meant}?` : '';
    return `unknown header '${name}'.${hint} Use PutObject names: ${RULE_HEADERS.join(', ')}.`;
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/inputs/object-parameter-values.ts
// The values of `object-parameters`, checked by type and by the S3 API's enums before anything is
// written: a wrong-typed value used to be dropped or sent as "Invalid Date", an unknown enum value
// failed every PutObject. Enum lists are the S3 API's (a test compares them with the SDK's).

const OBJECT_PARAMETER_ENUMS = {
    ACL: [
        'authenticated-read',
        'aws-exec-read',
        'bucket-owner-full-control',
        'bucket-owner-read',
        'private',
        'public-read',
        'public-read-write'
    ],
    StorageClass: [
        'AWS_BACKUP_LOW_COST_WARM',
        'AWS_BACKUP_WARM',
        'DEEP_ARCHIVE',
        'EXPRESS_ONEZONE',
        'FSX_ONTAP',
        'FSX_OPENZFS',
        'GLACIER',
        'GLACIER_IR',
        'INTELLIGENT_TIERING',
        'ONEZONE_IA',
        'OUTPOSTS',
        'REDUCED_REDUNDANCY',
        'SNOW',
        'STANDARD',
        'STANDARD_IA'
    ],
    ServerSideEncryption: ['AES256', 'aws:backup', 'aws:fsx', 'aws:kms', 'aws:kms:dsse'],
    ObjectLockMode: ['COMPLIANCE', 'GOVERNANCE'],
    ObjectLockLegalHoldStatus: ['OFF', 'ON'],
    RequestPayer: ['requester'],
    SSECustomerAlgorithm: ['AES256']
};
/** Sent as HTTP header values: printable ASCII only (Node refuses other characters, S3 would mangle them). */
const HEADER_STRINGS = [
    'CacheControl',
    'ContentDisposition',
    'ContentEncoding',
    'ContentLanguage',
    'ContentType',
    'GrantFullControl',
    'GrantRead',
    'GrantReadACP',
    'GrantWriteACP',
    'SSEKMSKeyId',
    'SSEKMSEncryptionContext',
    'Tagging',
    'WebsiteRedirectLocation',
    'SSECustomerKey',
    'SSECustomerKeyMD5',
    'ExpectedBucketOwner'
];
const DATES = ['Expires', 'ObjectLockRetainUntilDate'];
const BOOLEANS = ['BucketKeyEnabled'];
// S3: "the user-defined metadata is limited to 2 KB in size", keys and values in UTF-8 bytes.
const METADATA_LIMIT_BYTES = 2048;
const PRINTABLE = /^[\t\x20-\x7e]*$/;
const object_parameter_values_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// ISO 8601 (2030-01-01, 2030-01-01T00:00:00Z, ...+02:00) or an HTTP date (Wed, 01 Jan 2030 00:00:00 GMT).
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
function validateObjectParameterValues(parameters) {
    for (const [key, value] of Object.entries(parameters))
        validateValue(key, value);
    validateCombinations(parameters);
}
function validateValue(key, value) {
    const choices = OBJECT_PARAMETER_ENUMS[key];
    if (choices) {
        if (typeof value !== 'string' || !choices.includes(value))
            fail(key, `${shown(value)} is not one of: ${choices.join(', ')}`);
    }
    else if (HEADER_STRINGS.includes(key)) {
        if (typeof value !== 'string')
            fail(key, `must be a string, not ${object_parameter_values_typeName(value)} (e.g. {"${key}": "${example(key)}"})`);
        if (!PRINTABLE.test(value))
            fail(key, "must be printable ASCII (encode other characters, e.g. RFC 5987 filename*=UTF-8''...)");
        if (key === 'WebsiteRedirectLocation' && !/^(\/|https?:\/\/)/.test(value))
            fail(key, "must start with '/', 'http://' or 'https://'");
        if (key === 'ExpectedBucketOwner' && !/^\d{12}$/.test(value))
            fail(key, 'must be a 12-digit AWS account ID');
    }
    else if (DATES.includes(key)) {
        if (typeof value !== 'string' || !isValidDate(value)) {
            fail(key, `${shown(value)} is not a date: give ISO 8601 ("2030-01-01T00:00:00Z") or an HTTP date ("Tue, 01 Jan 2030 00:00:00 GMT")`);
        }
    }
    else if (BOOLEANS.includes(key)) {
        if (typeof value !== 'boolean')
            fail(key, `must be true or false (a JSON boolean), not ${shown(value)}`);
    }
    else if (key === 'Metadata') {
        validateMetadata(value);
    }
}
function validateMetadata(value) {
    const usage = 'must be an object of strings, e.g. {"Metadata": {"team": "web"}}';
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        fail('Metadata', usage);
    let bytes = 0;
    for (const [name, item] of Object.entries(value)) {
        if (typeof item !== 'string')
            fail('Metadata', `${usage}; '${name}' is ${object_parameter_values_typeName(item)}`);
        if (!object_parameter_values_TOKEN.test(name))
            fail('Metadata', `name '${name}' is not a valid header name (letters, digits and - _ . only)`);
        if (!PRINTABLE.test(item))
            fail('Metadata', `value of '${name}' must be printable ASCII`);
        bytes += Buffer.byteLength(name) + Buffer.byteLength(item);
    }
    if (bytes > METADATA_LIMIT_BYTES)
        fail('Metadata', `is ${bytes} bytes; S3 allows at most ${METADATA_LIMIT_BYTES} bytes of names and values`);
}
function validateCombinations(parameters) {
    const sse = parameters.ServerSideEncryption;
    if ('SSEKMSKeyId' in parameters && sse !== 'aws:kms' && sse !== 'aws:kms:dsse') {
        fail('SSEKMSKeyId', 'needs "ServerSideEncryption": "aws:kms" (or "aws:kms:dsse") beside it');
    }
    if ('SSECustomerKey' in parameters !== 'SSECustomerAlgorithm' in parameters) {
        fail('SSECustomerKey', 'and SSECustomerAlgorithm go together: give both ("SSECustomerAlgorithm": "AES256") or neither');
    }
    if ('ObjectLockMode' in parameters !== 'ObjectLockRetainUntilDate' in parameters) {
        fail('ObjectLockMode', 'and ObjectLockRetainUntilDate go together: give both or neither');
    }
}
function isValidDate(text) {
    return (ISO_DATE.test(text) || HTTP_DATE.test(text)) && !Number.isNaN(Date.parse(text));
}
function fail(key, problem) {
    throw new errors/* InputError */.d('object-parameters', `${key} ${problem}. Fix it in object-parameters (or in the settings' object_parameters).`);
}
function shown(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
function object_parameter_values_typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return `an array (${shown(value)})`;
    return `a ${typeof value} (${shown(value)})`;
}
function example(key) {
    return key === 'CacheControl' ? 'max-age=3600' : key === 'ContentDisposition' ? 'attachment' : '...';
}

;// CONCATENATED MODULE: ./src/inputs/upload-options.ts
// Object headers and upload policy: cache-control, object-parameters, overwrite, deletion, gzip.






const DEFAULT_CACHE_CONTROL = 'max-age=86400';
const DEFAULT_CACHE_CONTROL_HASHED = 'public, max-age=31536000, immutable';
// django-storages' GZIP_CONTENT_TYPES.
const GZIP_CONTENT_TYPES = [
    'text/css',
    'text/javascript',
    'application/javascript',
    'application/x-javascript',
    'image/svg+xml'
];
// PutObject parameters that describe the stored object (not the request): django-storages' object_parameters.
const OBJECT_PARAMETERS = new Set([
    'ACL',
    'CacheControl',
    'ContentDisposition',
    'ContentEncoding',
    'ContentLanguage',
    'ContentType',
    'Expires',
    'GrantFullControl',
    'GrantRead',
    'GrantReadACP',
    'GrantWriteACP',
    'Metadata',
    'ServerSideEncryption',
    'SSEKMSKeyId',
    'SSEKMSEncryptionContext',
    'BucketKeyEnabled',
    'StorageClass',
    'Tagging',
    'WebsiteRedirectLocation',
    'ObjectLockMode',
    'ObjectLockRetainUntilDate',
    'ObjectLockLegalHoldStatus',
    'SSECustomerAlgorithm',
    'SSECustomerKey',
    'SSECustomerKeyMD5',
    'ExpectedBucketOwner',
    'RequestPayer'
]);
async function resolveUpload(read, project, log) {
    return {
        cacheControl: log.choose('cache-control', read('cache-control').trim() || undefined, undefined, DEFAULT_CACHE_CONTROL),
        cacheControlHashed: log.choose('cache-control-hashed', read('cache-control-hashed').trim() || undefined, undefined, DEFAULT_CACHE_CONTROL_HASHED),
        objectParameters: resolveObjectParameters(read, project, log),
        objectRules: recordRules(await parseObjectRules(read('object-rules')), log),
        overwrite: log.choose('overwrite', parseChoice('overwrite', read('overwrite'), OVERWRITE_CHOICES), fileOverwrite(project), 'changed'),
        deleteRemoved: log.choose('delete-removed', parseBoolean('delete-removed', read('delete-removed')), undefined, false),
        keepPreviousManifest: log.choose('keep-previous-manifest', parseBoolean('keep-previous-manifest', read('keep-previous-manifest')), undefined, true),
        maxDelete: log.choose('max-delete', parsePositiveInteger('max-delete', read('max-delete'), 1_000_000), undefined, 100),
        concurrency: log.choose('concurrency', parsePositiveInteger('concurrency', read('concurrency'), 1024), undefined, 32),
        gzip: log.choose('gzip', parseBoolean('gzip', read('gzip')), settingBoolean(project, 'gzip', 'AWS_IS_GZIPPED'), false),
        gzipContentTypes: GZIP_CONTENT_TYPES,
        requestTimeoutMs: 1000 * log.choose('request-timeout', parsePositiveInteger('request-timeout', read('request-timeout'), 3600), undefined, 60),
        deadlineMs: 60_000 * log.choose('deadline-minutes', parseDeadline(read('deadline-minutes')), undefined, 60)
    };
}
function resolveObjectParameters(read, project, log) {
    const input = parseJsonObject('object-parameters', read('object-parameters'));
    const setting = storageOption(project, 'object_parameters') ?? project.aws?.AWS_S3_OBJECT_PARAMETERS;
    const fromSettings = upload_options_isObject(setting?.value) && setting ? { value: setting.value, from: setting.from } : undefined;
    const parameters = { ...log.choose('object-parameters', input, fromSettings, {}) };
    const acl = storageOption(project, 'default_acl') ?? project.aws?.AWS_DEFAULT_ACL;
    if (!input && !('ACL' in parameters) && typeof acl?.value === 'string')
        parameters.ACL = acl.value;
    validateObjectParameters(parameters);
    return parameters;
}
function validateObjectParameters(parameters) {
    for (const [key, value] of Object.entries(parameters)) {
        if (!OBJECT_PARAMETERS.has(key)) {
            throw new errors/* InputError */.d('object-parameters', `unknown key '${key}'. Use PutObject parameter names: ${[...OBJECT_PARAMETERS].join(', ')}.`);
        }
        if (key === 'Metadata' && (!upload_options_isObject(value) || Object.values(value).some((item) => typeof item !== 'string'))) {
            throw new errors/* InputError */.d('object-parameters', 'Metadata must be an object of strings, e.g. {"Metadata": {"team": "web"}}.');
        }
    }
    validateObjectParameterValues(parameters);
}
function recordRules(rules, log) {
    if (rules.length > 0)
        log.record('object-rules', rules.map((rule) => `${rule.index}: ${rule.patterns.join(', ')}`).join('; '), 'input');
    return rules;
}
/** Whole minutes; 0 turns the deadline off. */
function parseDeadline(raw) {
    if (raw.trim() === '0')
        return 0;
    return parsePositiveInteger('deadline-minutes', raw, 10_080);
}
function fileOverwrite(project) {
    const setting = storageOption(project, 'file_overwrite') ?? project.aws?.AWS_S3_FILE_OVERWRITE;
    if (setting?.value !== false)
        return undefined;
    return { value: 'never', from: setting.from };
}
function settingBoolean(project, option, awsName) {
    const setting = storageOption(project, option) ?? project.aws?.[awsName];
    return typeof setting?.value === 'boolean' ? { value: setting.value, from: setting.from } : undefined;
}
function upload_options_isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/inputs/reader-options.ts
// The inputs that decide who reads the Django settings: the project's Python or the evaluator.



function readerOptions(read, env) {
    const raw = read('settings-reader').trim().toLowerCase() || 'auto';
    if (!SETTINGS_READER_CHOICES.includes(raw)) {
        throw new errors/* InputError */.d('settings-reader', `'${raw}' is not one of ${SETTINGS_READER_CHOICES.join(', ')}.`);
    }
    const onTarget = parseBoolean('settings-reader-on-pull-request-target', read('settings-reader-on-pull-request-target')) ?? false;
    const timeout = read('settings-reader-timeout').trim();
    const seconds = timeout ? Number(timeout) : 60;
    if (!Number.isFinite(seconds) || seconds <= 0)
        throw new errors/* InputError */.d('settings-reader-timeout', `'${timeout}' is not a positive number of seconds.`);
    return {
        settingsReader: raw,
        untrustedCode: env.GITHUB_EVENT_NAME === 'pull_request_target' && !onTarget,
        ignore: parseLines(read('ignore')),
        defaultIgnore: parseBoolean('default-ignore', read('default-ignore')) ?? true,
        timeoutMs: Math.round(seconds * 1000)
    };
}

// EXTERNAL MODULE: ./src/inputs/early-inputs.ts
var early_inputs = __webpack_require__(962);
;// CONCATENATED MODULE: ./src/inputs/storage-overrides.ts
// A staticfiles storage that overrides hashing methods: the action reproduces Django's own
// ManifestStaticFilesStorage, so it says so before uploading and goes on only when told how.

const CHOICES = ['lenient', 'ignore'];
function resolveStorageOverrides(raw, project, hashing) {
    const choice = raw.trim().toLowerCase();
    if (choice && !CHOICES.includes(choice)) {
        throw new errors/* InputError */.d('storage-overrides', `'${raw}' is not one of ${CHOICES.join(', ')} (or empty).`);
    }
    const storage = project.storage?.value;
    const methods = project.storageClass?.overrides.map((override) => `${override.method} (${override.class})`) ?? storage?.overrides ?? [];
    if (!hashing || !storage || methods.length === 0)
        return { keepMissingReferences: choice === 'lenient', problems: [] };
    const where = project.storage?.from.file
        ? { file: project.storage.from.file, ...(project.storage.from.line ? { line: project.storage.from.line } : {}) }
        : {};
    const what = `The staticfiles storage ${storage.backend} overrides ${methods.join(', ')}, so the action cannot promise Django's bytes and names for it (it reproduces Django's own ManifestStaticFilesStorage).`;
    if (!choice) {
        throw new errors/* ActionError */.l(`${what} Nothing was uploaded. Set \`storage-overrides: lenient\` if the overrides keep the unhashed name of a file a reference points at ` +
            'when that file is missing (the common "lenient" manifest storage), `storage-overrides: ignore` to hash exactly as Django\'s own class does, ' +
            'or `manifest: false`.', where);
    }
    const how = choice === 'lenient'
        ? 'references to missing files are kept as written instead of failing'
        : "files are hashed as Django's own class hashes them";
    return {
        keepMissingReferences: choice === 'lenient',
        problems: [
            { kind: 'settings', severity: 'warning', message: `${what} As \`storage-overrides: ${choice}\` asks, ${how}.`, ...where }
        ]
    };
}

;// CONCATENATED MODULE: ./src/inputs/effective.ts
// Corrections to the effective-settings table so it shows what is really sent and where a
// destination really comes from.

/** A CacheControl in object-parameters is what every PutObject carries: the cache-control rows say so. */
function showSentCacheControl(origins, upload) {
    const sent = upload.objectParameters.CacheControl;
    if (typeof sent !== 'string')
        return;
    const from = origins.find((origin) => origin.name === 'object-parameters')?.from ?? 'object-parameters';
    for (const origin of origins) {
        if (origin.name === 'cache-control' || origin.name === 'cache-control-hashed') {
            origin.value = sent;
            origin.from = `CacheControl in object-parameters (${from})`;
        }
    }
}
/**
 * An explicit `static-root` input is never silently ignored: over a bucket from the settings it wins
 * (an explicit input always does), next to a bucket from an input or the environment it is an error.
 */
function explicitStaticRoot(input, staticRoot, destination, origins) {
    if (!input.trim() || !staticRoot || destination?.kind !== 's3')
        return { destination, problems: [] };
    const bucketFrom = origins.find((origin) => origin.name === 'bucket')?.from ?? '';
    if (!bucketFrom.startsWith('settings')) {
        throw new errors/* InputError */.d('static-root', `it is set ('${input.trim()}') and so is a bucket ('${destination.bucket}', from ${bucketFrom || 'an input'}); the action writes to one destination. ` +
            'Remove `static-root` to upload to the bucket, or remove the bucket to copy into the folder.');
    }
    return {
        destination: { kind: 'folder', root: staticRoot },
        problems: [
            {
                kind: 'settings',
                severity: 'notice',
                message: `The \`static-root\` input (${input.trim()}) is used as the destination; the bucket '${destination.bucket}' named by the ${bucketFrom} is not written to.`
            }
        ]
    };
}

;// CONCATENATED MODULE: ./src/inputs/input-helper.ts
// Turns the action's inputs (and, where they are empty, the project's Django settings and the
// environment) into one validated Settings object. Nothing else reads inputs.



















const SECRET_INPUTS = ['aws-secret-access-key', 'aws-session-token', 'github-token'];
const SECRET_VARIABLES = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN'];
/** `early`: work started before the inputs were read (early-work.ts), taken where it matches them. */
async function getSettings(toolkit, env, early = {}) {
    maskSecrets(toolkit, env);
    const read = (name) => toolkit.getInput(name);
    const workingDirectory = (0,early_inputs/* resolveWorkingDirectory */.d)(read('working-directory'), env);
    const failOn = parseChoiceList('fail-on', read('fail-on'), FAIL_ON_CHOICES);
    const dryRun = parseBoolean('dry-run', read('dry-run')) ?? false;
    const log = new OriginLog(workingDirectory);
    // The release decides which storage setting the evaluator honours; the project's Python, when it
    // reads the settings, says which Django it really imports.
    const pinned = resolveDjangoRelease(read('django-version'), workingDirectory, undefined, env.GITHUB_WORKSPACE);
    const project = await discoverProject({
        release: pinned.release,
        workingDirectory,
        settings: read('settings').trim(),
        python: read('python').trim(),
        ignoreApps: parseLines(read('ignore-apps')),
        env,
        resolveApps: parseLines(read('apps')).length === 0,
        namedApps: parseLines(read('apps')).filter((entry) => isDottedName(entry) && !input_helper_isDirectory(external_node_path_default().resolve(workingDirectory, entry))),
        ...readerOptions(read, env),
        ...(early.pythonProbe ? { pythonProbe: early.pythonProbe } : {})
    });
    const django = importedRelease(read('django-version'), project, pinned, workingDirectory, env);
    recordRelease(django.django, log);
    recordReader(project, log, workingDirectory);
    const sources = resolveSources(read, project, workingDirectory, log);
    const fallsBack = mayFallBack(read, env, dryRun);
    const context = { read, env, project, cwd: workingDirectory, log, dryRun: dryRun || fallsBack };
    const staticRoot = resolveStaticRoot(context);
    const manifest = resolveManifest(read, project, log);
    const overrides = resolveStorageOverrides(read('storage-overrides'), project, manifest !== null);
    if (manifest && overrides.keepMissingReferences)
        manifest.keepMissingReferences = true;
    const upload = await resolveUpload(read, project, log);
    showSentCacheControl(log.entries, upload);
    const chosen = explicitStaticRoot(read('static-root'), staticRoot, resolveDestination(context, staticRoot), log.entries);
    const destination = chosen.destination;
    const cdn = resolveCdn(read, destination, log);
    const fallback = fallsBack ? fallbackNotice(env, destination) : null;
    return {
        workingDirectory,
        staticDirs: sources.staticDirs,
        apps: sources.apps,
        finders: sources.finders,
        listedFiles: sources.listedFiles,
        ignorePatterns: sources.ignorePatterns,
        staticRoot,
        dryRun: dryRun || fallback !== null,
        failOn,
        reportFile: resolveReportFile(read('report-file'), workingDirectory, env),
        destination,
        upload,
        manifest: manifest && { ...manifest, django: django.release.series },
        cdn,
        publicStaticUrl: resolvePublicStaticUrl(read, destination, cdn),
        origins: log.entries,
        django: django.django,
        problems: [
            ...django.problems,
            ...project.problems,
            ...sources.problems,
            ...overrides.problems,
            ...chosen.problems,
            ...cdnPathProblems(read, cdn, read('static-url').trim() || project.staticUrl?.value),
            ...(fallback ? [fallback] : [])
        ],
        pullRequest: resolvePullRequest(read, env),
        ...(fallback ? { forcedDryRun: fallback.message } : {})
    };
}
/**
 * Without a django-version input, the Django the project's Python imports wins over a pin. One this
 * action does not reproduce (older than 4.2, say) is a warning: the pin or the default is reproduced.
 */
function importedRelease(input, project, pinned, cwd, env) {
    const imported = project.reader?.kind === 'python' ? project.reader.djangoVersion : undefined;
    if (input.trim() || !imported)
        return pinned;
    try {
        return resolveDjangoRelease('', cwd, imported, env.GITHUB_WORKSPACE);
    }
    catch (error) {
        const message = `${error instanceof Error ? error.message : String(error)} Reproducing Django ${pinned.release.series} instead ` +
            `(${pinned.django.from}); set django-version to choose the release.`;
        return { ...pinned, problems: [...pinned.problems, { kind: 'django-release', severity: 'warning', message }] };
    }
}
function recordRelease({ series, version, from }, log) {
    log.record('django-version', version && version !== series ? `${series} (${version})` : series, from);
}
/** Which reader produced the settings (and Django's version), and where each app was found, for the summary and report. */
function recordReader(project, log, cwd) {
    const reader = project.reader;
    if (!reader)
        return;
    if (reader.kind === 'python') {
        log.record('settings-reader', `python: ${reader.interpreter} (Python ${reader.pythonVersion})`, "project's Python");
    }
    else {
        log.record('settings-reader', 'evaluator', reader.why ?? 'settings-reader input');
    }
    if (project.apps.length > 0)
        log.record('app-paths', project.apps.map((app) => `${app.name}=${displayPath(app.path, cwd)}`), reader.kind === 'python' ? 'AppConfig.create' : 'evaluator');
}
/** `apps` entries like `django.contrib.admin` are resolved like INSTALLED_APPS entries; paths stay paths. */
function isDottedName(entry) {
    return /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(entry);
}
function input_helper_isDirectory(dir) {
    try {
        return (0,external_node_fs_.statSync)(dir).isDirectory();
    }
    catch {
        return false;
    }
}
/** Masked before anything else runs, so no later message can print them. */
function maskSecrets(toolkit, env) {
    for (const name of SECRET_INPUTS) {
        const value = toolkit.getInput(name).trim();
        if (value)
            toolkit.setSecret(value);
    }
    for (const name of SECRET_VARIABLES) {
        const value = env[name]?.trim();
        if (value)
            toolkit.setSecret(value);
    }
    for (const value of customerKeys(toolkit.getInput('object-parameters')))
        toolkit.setSecret(value);
}
/** SSE-C keys given in object-parameters; invalid JSON is reported later, by the parser. */
function customerKeys(raw) {
    try {
        const parameters = JSON.parse(raw);
        return ['SSECustomerKey', 'SSECustomerKeyMD5']
            .map((key) => parameters?.[key])
            .filter((value) => typeof value === 'string');
    }
    catch {
        return [];
    }
}
function resolveReportFile(raw, cwd, env) {
    if (raw.trim())
        return external_node_path_default().resolve(cwd, raw.trim());
    const dir = env.RUNNER_TEMP || external_node_os_default().tmpdir();
    return external_node_path_default().join(dir, 'collectstatic-s3-report.json');
}

// EXTERNAL MODULE: ./src/early-work.ts
var early_work = __webpack_require__(8760);
;// CONCATENATED MODULE: ./src/execute/invalidate.ts
// The CDN side of a run. Before the uploads: the state records which unhashed keys this run
// will owe the CDN (so a failed or cancelled run leaves that behind). After a successful run:
// one invalidation of what is owed, retried while the distribution is busy, optionally waited
// for; then the state forgets it. A failed run invalidates nothing; a dry run only records.





// TooManyInvalidationsInProgress: invalidations usually finish within minutes.
const BUSY_DELAYS_MS = [5_000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000];
const POLL_DELAYS_MS = [5_000, 10_000, 20_000];
/**
 * Keys owed after this run if it stops half-way: what earlier runs still owe plus this plan's.
 * Written to the state before any upload when that adds something; returned for the state the
 * run writes after its uploads. `undefined`: no CDN, the state's list is carried over untouched.
 */
async function recordOwed(plan, inventory, target, run, problems) {
    if (!run || !inventory.available || !target.tracksHeaders)
        return undefined;
    const owed = [...new Set(inventory.state?.pendingInvalidation ?? [])];
    const pending = [...withOwed(invalidationCandidates(plan.files, run.hashing), owed).keys()];
    if (run.cdn.dryRun || pending.length === owed.length)
        return pending;
    const options = { partSize: etag/* DEFAULT_PART_SIZE */.US, deleting: false, pendingInvalidation: pending };
    const state = (0,plan_state/* nextUploadState */.Kh)({ files: [], problems: [] }, inventory, new Map(), options);
    try {
        await target.writeState(state);
    }
    catch (error) {
        problems.push({
            kind: 'upload',
            severity: 'warning',
            message: `Could not record the CDN paths this run owes in the upload state (${messageOf(error)}); ` +
                'if the run stops before invalidating, the next run may not invalidate them.'
        });
    }
    return pending;
}
async function invalidateChanges(finished, target, run, problems) {
    const outcome = {
        distribution: run.cdn.describe(),
        dryRun: run.cdn.dryRun,
        id: null,
        status: null,
        paths: [],
        keys: 0,
        notes: []
    };
    if (finished.failed > 0) {
        outcome.notes.push(`Nothing invalidated: ${finished.failed} upload(s) failed. The next successful run invalidates what this run did upload.`);
        return outcome;
    }
    const changed = withOwed(invalidationCandidates(finished.files, run.hashing), finished.owedBefore);
    if (changed.size === 0) {
        outcome.notes.push('Nothing to invalidate: no unhashed file changed or was deleted (hashed copies and the manifest never need it).');
        return outcome;
    }
    const plan = planInvalidation(changed, finished.universe, {
        pathPrefix: run.settings.pathPrefix,
        maxPaths: run.settings.maxPaths
    });
    Object.assign(outcome, { paths: plan.paths, keys: plan.keys });
    if (plan.everything) {
        outcome.notes.push(plan.everything);
        problems.push({ kind: 'upload', severity: 'notice', message: `CloudFront: ${plan.everything}.` });
    }
    try {
        const created = await createWhenFree(run, plan.paths.map((path) => path.path));
        Object.assign(outcome, { id: created.id || null, status: created.status });
    }
    catch (error) {
        outcome.error =
            `The CDN was not invalidated: ${messageOf(error)}. ` +
                'The paths stay owed in the upload state; the next successful run invalidates them.';
        problems.push({ kind: 'upload', severity: 'error', message: outcome.error });
        return outcome;
    }
    if (!run.cdn.dryRun)
        await forgetOwed(finished.state, target, problems);
    if (run.settings.wait && outcome.id)
        await waitFor(outcome, run);
    return outcome;
}
/** CreateInvalidation, retried with backoff while the distribution has too many in progress. */
async function createWhenFree(run, paths) {
    const sleep = run.sleep ?? defaultSleep;
    const reference = callerReference(paths, (run.now ?? Date.now)());
    for (let attempt = 0;; attempt++) {
        try {
            return await run.cdn.createInvalidation(paths, reference);
        }
        catch (error) {
            const delay = BUSY_DELAYS_MS[attempt];
            if (!(error instanceof CdnBusyError) || delay === undefined)
                throw error;
            await sleep(delay);
        }
    }
}
/** Unique per run and batch; the same for the SDK's own retries of one request (CloudFront dedupes those). */
function callerReference(paths, now) {
    return `collectstatic-s3-${now}-${(0,external_node_crypto_.createHash)('sha256').update(paths.join('\n')).digest('hex').slice(0, 12)}`;
}
async function forgetOwed(state, target, problems) {
    if (!state?.pendingInvalidation?.length)
        return;
    const { pendingInvalidation: _, ...rest } = state;
    try {
        await target.writeState(rest);
    }
    catch (error) {
        problems.push({
            kind: 'upload',
            severity: 'warning',
            message: `The invalidation was created but the upload state still lists its paths as owed (${messageOf(error)}); ` +
                'the next run invalidates them again.'
        });
    }
}
async function waitFor(outcome, run) {
    const sleep = run.sleep ?? defaultSleep;
    const now = run.now ?? Date.now;
    const deadline = now() + run.settings.waitTimeoutSeconds * 1000;
    for (let attempt = 0; outcome.status !== 'Completed'; attempt++) {
        const delay = Math.min(POLL_DELAYS_MS[attempt] ?? 30_000, Math.max(0, deadline - now()));
        if (delay <= 0) {
            outcome.notes.push(`Not completed within ${run.settings.waitTimeoutSeconds} s (cloudfront-wait-timeout); it carries on in the background.`);
            return;
        }
        await sleep(delay);
        try {
            outcome.status = await run.cdn.invalidationStatus(outcome.id);
        }
        catch (error) {
            outcome.notes.push(`Could not follow the invalidation (${messageOf(error)}); it carries on in the background.`);
            return;
        }
    }
    outcome.notes.push('Completed: the CDN serves the new files everywhere.');
}
function defaultSleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./src/execute/pool.ts
var pool = __webpack_require__(3849);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
;// CONCATENATED MODULE: ./src/execute/run-control.ts
// Stopping a run early: a cancel (the runner's SIGINT, then SIGTERM) or the overall deadline.
// One AbortSignal goes to every request the target starts; the executor checks it before
// starting the next one. Pure: the process signals are wired up in adapters/process-signals.ts.


class RunControl {
    controller = new AbortController();
    stopReason = null;
    timer;
    constructor() {
        // Every request in flight listens for the stop: far more than the default 10.
        (0,external_node_events_.setMaxListeners)(0, this.controller.signal);
    }
    /** Stops the run `ms` from now (0: no deadline); `label` names it in messages. */
    setDeadline(ms, label) {
        clearTimeout(this.timer);
        if (ms <= 0)
            return;
        this.timer = setTimeout(() => this.stop({ cause: 'deadline', detail: label }), ms);
        this.timer.unref();
    }
    get signal() {
        return this.controller.signal;
    }
    get stopped() {
        return this.stopReason;
    }
    /** The first reason wins; later calls change nothing. */
    stop(reason) {
        if (this.stopReason)
            return;
        this.stopReason = reason;
        this.controller.abort(new RunStoppedError(reason));
    }
    dispose() {
        clearTimeout(this.timer);
    }
}
/** What an aborted request rejects with; also thrown when a run stops before its uploads. */
class RunStoppedError extends errors/* ActionError */.l {
    reason;
    constructor(reason) {
        super(describeStop(reason));
        this.reason = reason;
        this.name = 'RunStoppedError';
    }
}
function describeStop(reason) {
    return reason.cause === 'cancelled' ? `the run was cancelled (${reason.detail})` : `the run reached ${reason.detail}`;
}

;// CONCATENATED MODULE: ./src/execute/execute.ts





async function executePlan(plan, target, options) {
    const outcomes = new Map();
    const problems = [];
    const stopped = () => options.control?.stopped ?? null;
    const uploads = plan.files.filter((file) => file.action === 'upload');
    if (!stopped())
        await abortAbandoned(target, problems);
    if (target.tracksHeaders && uploads.length > 0 && !stopped())
        await saveStateBeforeUploads(plan, target, options);
    await uploadAll(uploads.filter((file) => file.object?.role !== 'manifest'), target, options, outcomes);
    const manifests = uploads.filter((file) => file.object?.role === 'manifest');
    const failedFirst = countFailed(outcomes);
    const stop = stopped();
    if (stop)
        skipAll(manifests, `not uploaded: ${describeStop(stop)}, so the live manifest was kept`, outcomes);
    else if (failedFirst === 0)
        await uploadAll(manifests, target, options, outcomes);
    else
        skipAll(manifests, `not uploaded: ${failedFirst} other upload${failedFirst === 1 ? '' : 's'} failed, so the live manifest was kept`, outcomes);
    const uploadFailures = countFailed(outcomes);
    const deletions = plan.files.filter((file) => file.action === 'delete');
    const stopBeforeDeleting = stopped();
    const deleting = uploadFailures === 0 && deletions.length > 0 && !stopBeforeDeleting;
    const saved = target.tracksHeaders ? await saveState(plan, target, options, outcomes, deleting, problems) : undefined;
    if (deleting)
        await removeAll(deletions, target, outcomes);
    else if (stopBeforeDeleting)
        skipAll(deletions, `not deleted: ${describeStop(stopBeforeDeleting)}`, outcomes);
    else
        skipAll(deletions, `not deleted: ${uploadFailures} upload${uploadFailures === 1 ? '' : 's'} failed`, outcomes);
    const finalStop = stopped();
    const files = plan.files.map((file) => applyOutcome(file, outcomes.get(file.path)));
    problems.unshift(...failureProblems(files));
    return {
        files,
        problems,
        uploaded: files.filter((file) => file.action === 'upload').length,
        deleted: files.filter((file) => file.action === 'delete').length,
        failed: files.filter((file) => file.action === 'fail').length,
        bytesUploaded: files.reduce((sum, file) => sum + (file.action === 'upload' ? (file.object?.size ?? 0) : 0), 0),
        stateWritten: saved?.written ?? false,
        ...(saved ? { state: saved.state } : {}),
        requests: target.requestCounts(),
        ...(finalStop ? { stopped: finalStop } : {})
    };
}
/** Multipart uploads earlier runs left open cost storage until aborted; failing to abort them only warns. */
async function abortAbandoned(target, problems) {
    if (!target.abortAbandonedUploads)
        return;
    try {
        const aborted = await target.abortAbandonedUploads();
        if (aborted.length === 0)
            return;
        problems.push({
            kind: 'upload',
            severity: 'notice',
            message: `Aborted ${aborted.length} multipart upload${aborted.length === 1 ? '' : 's'} an earlier run of this action left open: ${execute_listSome(aborted)}.`
        });
    }
    catch (error) {
        problems.push({
            kind: 'upload',
            severity: 'warning',
            message: `Multipart uploads an earlier run left open could not be aborted: ${execute_messageOf(error)}`
        });
    }
}
/** Rule 1 of plan/state.ts: if this write fails, nothing is uploaded. */
async function saveStateBeforeUploads(plan, target, options) {
    const state = (0,plan_state/* stateBeforeUploads */.xI)(plan, options.inventory, options.partSize ?? etag/* DEFAULT_PART_SIZE */.US, options.pendingInvalidation);
    if (!state)
        return;
    try {
        await target.writeState(state);
    }
    catch (error) {
        throw new errors/* ActionError */.l(`Nothing was uploaded: the upload state could not be updated before the upload (${execute_messageOf(error)}). ` +
            'Without that update a failed run could leave the state vouching for headers the objects no longer have. ' +
            'Allow s3:PutObject on the .collectstatic-s3/ key under the prefix, then run the step again.');
    }
}
async function uploadAll(files, target, options, outcomes) {
    const control = options.control;
    const settled = await (0,pool/* runPool */.k)(files, options.concurrency, async (file) => {
        if (control?.stopped)
            return { notStarted: true };
        if (!file.object)
            throw new Error(`nothing to upload for '${file.path}'`);
        return target.put(file.object);
    });
    settled.forEach((result, index) => {
        const path = files[index].path;
        outcomes.set(path, putOutcome(result, control?.stopped ?? null));
    });
}
function putOutcome(result, stop) {
    if (result.status === 'fulfilled') {
        if ('etag' in result.value)
            return { ok: true, etag: result.value.etag };
        return { ok: 'skipped', reason: `not uploaded: ${describeStop(stop)} before it was sent` };
    }
    // A request cut short by the stop is not a failure of the file; its object may or may not
    // have been written, so the state gets no entry for it and the next run compares it again.
    if (stop && isStopError(result.reason))
        return { ok: 'skipped', reason: `interrupted: ${describeStop(stop)} while it was being sent; the next run checks it again` };
    return { ok: false, error: execute_messageOf(result.reason) };
}
async function removeAll(files, target, outcomes) {
    const paths = files.map((file) => file.path);
    let failures;
    try {
        failures = await target.remove(paths);
    }
    catch (error) {
        failures = paths.map((path) => ({ path, error: execute_messageOf(error) }));
    }
    for (const path of paths)
        outcomes.set(path, { ok: true });
    for (const failure of failures)
        outcomes.set(failure.path, { ok: false, error: failure.error });
}
/** Writes the state when it changed; a failure only costs re-uploads next time, so it warns. */
async function saveState(plan, target, options, outcomes, deleting, problems) {
    const etags = new Map();
    for (const [path, outcome] of outcomes)
        if (outcome.ok === true && outcome.etag !== undefined)
            etags.set(path, outcome.etag);
    const { pendingInvalidation } = options;
    const partSize = options.partSize ?? etag/* DEFAULT_PART_SIZE */.US;
    const extras = { ...(pendingInvalidation ? { pendingInvalidation } : {}), ...(options.blobs ? { blobs: options.blobs } : {}) };
    const state = (0,plan_state/* nextUploadState */.Kh)(plan, options.inventory, etags, { partSize, deleting, ...extras });
    const previous = options.inventory.available ? options.inventory.state : null;
    if ((0,plan_state/* sameState */.yY)(previous, state))
        return { written: false, state };
    try {
        await target.writeState(state);
        return { written: true, state };
    }
    catch (error) {
        problems.push({
            kind: 'upload',
            severity: 'warning',
            message: `The upload state could not be saved (${execute_messageOf(error)}); the next run re-uploads files whose headers it cannot confirm.`
        });
        return { written: false, state };
    }
}
function skipAll(files, reason, outcomes) {
    for (const file of files)
        outcomes.set(file.path, { ok: 'skipped', reason });
}
function applyOutcome(file, outcome) {
    if (!outcome || outcome.ok === true)
        return file;
    if (outcome.ok === 'skipped')
        return { ...file, action: 'skip', reason: outcome.reason };
    return { ...file, action: 'fail', reason: outcome.error };
}
/** One error per distinct message, naming the files it hit (a denied PutObject hits them all). */
function failureProblems(files) {
    const byMessage = new Map();
    for (const file of files) {
        if (file.action !== 'fail')
            continue;
        byMessage.set(file.reason, [...(byMessage.get(file.reason) ?? []), file.path]);
    }
    return [...byMessage].map(([message, paths]) => ({
        kind: 'upload',
        severity: 'error',
        message: `${message} (${paths.length === 1 ? `'${paths[0]}'` : `${paths.length} files: ${execute_listSome(paths)}`})`
    }));
}
function isStopError(error) {
    return error instanceof RunStoppedError || error?.name === 'AbortError';
}
function countFailed(outcomes) {
    let failed = 0;
    for (const outcome of outcomes.values())
        if (outcome.ok === false)
            failed++;
    return failed;
}
function execute_listSome(paths, shown = 5) {
    const head = paths.slice(0, shown).join(', ');
    return paths.length > shown ? `${head} and ${paths.length - shown} more` : head;
}
function execute_messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/find/checks.ts
// FileSystemFinder's system checks (staticfiles.E002, E003, W004), with Django's wording first.


/**
 * Django's checks of STATICFILES_DIRS, per entry in order: E003 (prefix ends in
 * `/`), E002 (the entry *is* STATIC_ROOT; a STATIC_ROOT inside an entry passes),
 * W004 (not an existing directory). Errors should stop the run before finding.
 */
function checkStaticDirs(dirs, staticRoot, projectRoot) {
    const problems = [];
    const staticRootAbs = staticRoot ? external_node_path_default().resolve(projectRoot, staticRoot) : null;
    for (const dir of dirs) {
        const absolute = external_node_path_default().resolve(projectRoot, dir.path);
        if (dir.prefix.endsWith('/'))
            problems.push(prefixSlash(dir));
        if (staticRootAbs !== null && staticRootAbs === absolute)
            problems.push(containsStaticRoot(dir));
        if (dir.path === '' || !checks_isDirectory(absolute))
            problems.push(missingDirectory(dir, absolute));
    }
    return problems;
}
function prefixSlash(dir) {
    const fixed = dir.prefix.replace(/\/+$/, '');
    return {
        kind: 'settings',
        severity: 'error',
        code: 'staticfiles.E003',
        message: `The prefix ${pythonRepr(dir.prefix)} in the STATICFILES_DIRS setting must not end with a slash. ` +
            (fixed === '' ? 'Remove the prefix' : `Write it as '${fixed}'`) +
            ' in the `static-dirs` input (or STATICFILES_DIRS).'
    };
}
function containsStaticRoot(dir) {
    return {
        kind: 'settings',
        severity: 'error',
        code: 'staticfiles.E002',
        message: 'The STATICFILES_DIRS setting should not contain the STATIC_ROOT setting. ' +
            `Remove '${dir.path}' from the \`static-dirs\` input (or STATICFILES_DIRS), or set \`static-root\` ` +
            '(or STATIC_ROOT) to a directory that is not a source.'
    };
}
function missingDirectory(dir, absolute) {
    const shown = dir.path === '' ? '' : absolute;
    return {
        kind: 'missing-dirs',
        severity: 'warning',
        code: 'staticfiles.W004',
        message: `The directory '${shown}' in the STATICFILES_DIRS setting does not exist. ` +
            'Create it (is it built by an earlier step, or not committed?), or remove it from the `static-dirs` ' +
            'input (or STATICFILES_DIRS).'
    };
}
/** Python's `os.path.isdir`: follows symlinks, false on any error. */
function checks_isDirectory(dir) {
    try {
        return (0,external_node_fs_.statSync)(dir).isDirectory();
    }
    catch {
        return false;
    }
}
/** Python's `repr()` of a str, as `%r` prints it in Django's messages. */
function pythonRepr(value) {
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
    let out = quote;
    for (const ch of value) {
        const code = ch.codePointAt(0);
        if (ch === '\\' || ch === quote)
            out += '\\' + ch;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (ch !== ' ' && /[\p{C}\p{Z}]/u.test(ch))
            out += hexEscape(code);
        else
            out += ch;
    }
    return out + quote;
}
function hexEscape(code) {
    if (code < 0x100)
        return '\\x' + code.toString(16).padStart(2, '0');
    if (code < 0x10000)
        return '\\u' + code.toString(16).padStart(4, '0');
    return '\\U' + code.toString(16).padStart(8, '0');
}

;// CONCATENATED MODULE: ./src/manifest/hashed-name.ts
// Django's HashedFilesMixin.hashed_name naming rule: the name is percent-decoded
// and parsed as a URL first, so `%20`, `#` and `?` in file names are mangled the
// way Django mangles them.




/** Hex MD5 of some bytes. */
function md5Hex(data) {
    return (0,external_node_crypto_.createHash)('md5').update(data).digest('hex');
}
/** HashedFilesMixin.clean_name: backslashes become slashes (matters only for names that contain them). */
function cleanName(name) {
    return name.replaceAll('\\', '/');
}
/** The URL parts of `name` and the file path Django looks up for it (`urlsplit(unquote(name)).path.strip()`). */
function parseStoredName(name) {
    const parsed = urlsplit(unquote(name));
    return { parsed, filePath: (0,pylib_text/* pyStrip */.m0)(parsed.path) };
}
/**
 * The hashed name of `name` given the MD5 (hex, any length ≥ 12) of its content:
 * `dir/base.<first 12>.ext`, re-attaching query/fragment, plus `?` for the `?#` font hack.
 */
function hashedName(name, md5) {
    const { parsed, filePath } = parseStoredName(name);
    const [directory, fileName] = split(filePath);
    const [root, extension] = splitext(fileName);
    let path = join(directory, `${root}.${md5.slice(0, 12)}${extension}`);
    if (name.includes('?#') && !parsed.query)
        path += '?';
    return urlunsplit({ ...parsed, path });
}

;// CONCATENATED MODULE: ./src/pylib/json.ts
// Python `json.dumps` with default arguments, for strings, lists and dicts of them:
// separators ", " and ": ", ensure_ascii (lower-case \uXXXX, surrogate pairs).
const SHORT_ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f'
};
/** A JSON string literal as `json.dumps` writes it: everything outside ' '..'~' escaped. */
function pyJsonString(text) {
    let out = '"';
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        const unit = text.charCodeAt(i);
        const short = SHORT_ESCAPES[ch];
        if (short !== undefined)
            out += short;
        // JS strings are UTF-16, so astral characters come out as the surrogate pair Python writes.
        else if (unit < 0x20 || unit > 0x7e)
            out += '\\u' + unit.toString(16).padStart(4, '0');
        else
            out += ch;
    }
    return out + '"';
}
/** `json.dumps(value)` for nested lists/dicts of strings (dict keys in insertion order). */
function pyJsonDumps(value) {
    if (typeof value === 'string')
        return pyJsonString(value);
    if (Array.isArray(value))
        return '[' + value.map(pyJsonDumps).join(', ') + ']';
    const members = [...value].map(([key, item]) => `${pyJsonString(key)}: ${pyJsonDumps(item)}`);
    return '{' + members.join(', ') + '}';
}

;// CONCATENATED MODULE: ./src/manifest/manifest-json.ts
// staticfiles.json exactly as ManifestFilesMixin.save_manifest writes it.



const MANIFEST_VERSION = '1.1';
/** First 12 hex of the MD5 of `json.dumps(sorted(paths.items()))`. */
function manifestHash(paths) {
    const pairs = [...paths].sort(([a], [b]) => (0,pylib_text/* compareCodePoints */.OP)(a, b));
    return md5Hex(Buffer.from(pyJsonDumps(pairs), 'utf8')).slice(0, 12);
}
/** `json.dumps({"paths": ..., "version": "1.1", "hash": ...})`, keys of `paths` in map order. */
function manifestBody(paths) {
    const payload = new Map([
        ['paths', new Map(paths)],
        ['version', MANIFEST_VERSION],
        ['hash', manifestHash(paths)]
    ]);
    return Buffer.from(pyJsonDumps(payload), 'utf8');
}

;// CONCATENATED MODULE: ./src/manifest/destination.ts
// The destination storage as Django's post-processing sees it, kept in memory:
// the collected originals plus the hashed files written so far in this run.
// Django's FileSystemStorage resolves names with safe_join (abspath), so lookups
// are normalised and names that leave the root are refused.


/** The storage key a name resolves to, or null when it points outside the root. */
function storageKey(name) {
    if (name.startsWith('/'))
        return null;
    const normal = normpath(name);
    if (normal === '..' || normal.startsWith('../'))
        return null;
    return normal === '.' ? '' : normal;
}
class Destination {
    /** Storage key → hex MD5 of the file's current content. */
    files = new Map();
    /** Directories exist once a file was written below them (deleting files never removes them). */
    dirs = new Set(['']);
    write(name, md5) {
        const key = this.keyOf(name);
        this.files.set(key, md5);
        for (let cut = key.lastIndexOf('/'); cut > 0; cut = key.lastIndexOf('/', cut - 1)) {
            this.dirs.add(key.slice(0, cut));
        }
    }
    delete(name) {
        this.files.delete(this.keyOf(name));
    }
    exists(name) {
        const found = this.lookup(name);
        return found.kind === 'file' || found.kind === 'dir';
    }
    lookup(name) {
        const key = storageKey(name);
        if (key === null)
            return { kind: 'outside' };
        const md5 = this.files.get(key);
        if (md5 !== undefined)
            return { kind: 'file', md5 };
        return this.dirs.has(key) ? { kind: 'dir' } : { kind: 'missing' };
    }
    keyOf(name) {
        const key = storageKey(name);
        if (key === null)
            throw new errors/* ActionError */.l(`Post-processing would write '${name}' outside the static root (Django fails with SuspiciousFileOperation here). Rename the file so its percent-decoded name stays inside the static root.`);
        return key;
    }
}

;// CONCATENATED MODULE: ./src/manifest/patterns.ts
// Which of a release's patterns apply to a file (the patterns themselves: pattern-sources.ts,
// chosen per release in releases.ts; the default is Django 5.2's set).

/**
 * Adjustable files are `*.css` and `*.js` by fnmatch (case-sensitive; `*` also matches `/`),
 * which for these two patterns is exactly a suffix test.
 */
function isAdjustable(path) {
    return path.endsWith('.css') || path.endsWith('.js');
}
/** The patterns `release` applies to `path`, in order. */
function patternsFor(path, jsModules, release = RELEASE_5_2) {
    const set = release.patterns;
    if (path.endsWith('.css'))
        return set.css;
    if (path.endsWith('.js'))
        return jsModules ? [...set.js, ...set.jsModules] : set.js;
    return [];
}

;// CONCATENATED MODULE: ./src/manifest/post-process-errors.ts
// Errors post-processing can end with. Each message starts with what Django itself prints
// (`Post-processing '<path>' failed!` where the release names a file, and the exception line,
// a CommandError in 6.1) and then says what to do. `djangoNames` is the file Django names.


function describeMissing(ref) {
    const problem = ref.outside ? 'is outside the static root' : 'could not be found';
    return `The file '${ref.missing}' ${problem} (referenced as '${ref.reference}' in '${ref.file}', line ${ref.line}).`;
}
const failedLine = (name) => (name === null ? [] : [`Post-processing '${name}' failed!`, '']);
const exceptionName = (release, python) => release.errorStyle === 'command-error' ? 'CommandError' : python;
/** References to files that are not collected; all of them from the first pass. */
class MissingReferenceError extends errors/* ActionError */.l {
    references;
    /** A path outside the static root escapes as SuspiciousFileOperation: Django names no file then. */
    djangoNames;
    release;
    constructor(references, release = RELEASE_5_2) {
        const first = references[0];
        const djangoNames = first.outside ? null : first.file;
        const lines = references.length === 1
            ? [describeMissing(first)]
            : [
                `${references.length} references point at files that could not be found:`,
                ...references.map((ref) => `- ${describeMissing(ref)}`)
            ];
        const exception = first.outside ? 'SuspiciousFileOperation' : exceptionName(release, 'ValueError');
        super([
            ...failedLine(djangoNames),
            ...lines,
            `Django ${release.series} stops at the first of these (${exception}). Add the missing files to a static directory, or fix or remove the references.`
        ].join('\n'), { file: first.absPath, line: first.line });
        this.references = references;
        this.djangoNames = djangoNames;
        this.release = release.series;
        this.name = 'MissingReferenceError';
    }
}
/** Names still changing after the last allowed pass (Django: RuntimeError). */
class MaxPassesExceededError extends errors/* ActionError */.l {
    paths;
    /** Up to 5.1 Django names 'All' instead of the files. */
    djangoNames;
    release;
    constructor(paths, passes, release = RELEASE_5_2) {
        const djangoNames = release.maxPassesNamesFiles ? paths.join(', ') : 'All';
        super([
            ...failedLine(djangoNames),
            `${exceptionName(release, 'RuntimeError')}: Max post-process passes exceeded.`,
            `These files' hashed names still changed after 1 + ${passes} passes: ${paths.join(', ')}. ` +
                'They reference each other in a cycle (e.g. stylesheets that @import each other). Break the cycle.'
        ].join('\n'));
        this.paths = paths;
        this.djangoNames = djangoNames;
        this.release = release.series;
        this.name = 'MaxPassesExceededError';
    }
}
/** CSS/JS files that are not UTF-8 (Django: UnicodeDecodeError). */
class NotUtf8Error extends errors/* ActionError */.l {
    files;
    /** 4.2 lets the UnicodeDecodeError escape without naming the file. */
    djangoNames;
    release;
    constructor(files, release = RELEASE_5_2) {
        const first = files[0];
        const djangoNames = release.decodeErrorNamesFile ? first.file : null;
        const others = files.slice(1).map((f) => `Also not UTF-8: '${f.file}' (${f.detail}).`);
        super([
            ...failedLine(djangoNames),
            `${exceptionName(release, 'UnicodeDecodeError')}: ${first.detail}`,
            ...(djangoNames === null ? [`The file is '${first.file}'.`] : []),
            ...others,
            'Django reads *.css and *.js files as UTF-8 to rewrite their references: save them as UTF-8.'
        ].join('\n'), { file: first.absPath });
        this.files = files;
        this.djangoNames = djangoNames;
        this.release = release.series;
        this.name = 'NotUtf8Error';
    }
}

;// CONCATENATED MODULE: ./src/digest/file-digests.ts


const DEFAULT_PART_OPTIONS = { partSize: etag/* DEFAULT_PART_SIZE */.US, multipartThreshold: etag/* DEFAULT_MULTIPART_THRESHOLD */.tk };
class FileDigests {
    parts;
    blobs;
    digests = new Map();
    /** Bytes read from disk to compute digests. */
    bytesRead = 0;
    constructor(parts = DEFAULT_PART_OPTIONS, blobs) {
        this.parts = parts;
        this.blobs = blobs;
    }
    of(absPath) {
        let digest = this.digests.get(absPath);
        if (!digest) {
            const known = this.blobs?.lookup(absPath);
            digest = known ? Promise.resolve(known) : this.read(absPath);
            this.digests.set(absPath, digest);
        }
        return digest;
    }
    async read(absPath) {
        const digests = await digestFile(absPath, this.parts);
        this.bytesRead += digests.size;
        this.blobs?.record(absPath, digests);
        return digests;
    }
    async md5(absPath) {
        return (await this.of(absPath)).md5;
    }
}

;// CONCATENATED MODULE: ./src/manifest/read-collected.ts
// Reads every collected file once, in parallel: MD5 for all of them (through the caller's shared
// digests when given, so later stages do not read the file again) and the bytes of the CSS/JS
// files that get rewritten.




async function readOne(file, keepBytes, md5Of) {
    try {
        if (!keepBytes)
            return { md5: await md5Of(file.absPath) };
        const bytes = await (0,promises_.readFile)(file.absPath);
        return { md5: md5Hex(bytes), bytes };
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new errors/* ActionError */.l(`Could not read '${file.absPath}' (collected as '${file.path}') for hashing: ${reason}`, {
            file: file.absPath
        });
    }
}
/** Content facts for every file, keyed by destination path. */
async function readCollected(files, keepBytes, md5Of, concurrency = 16) {
    const digests = new FileDigests();
    const md5 = md5Of ?? ((absPath) => digests.md5(absPath));
    const results = new Map();
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const file = files[next++];
            results.set(file.path, await readOne(file, keepBytes(file.path), md5));
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/manifest/literal-ranges.ts
function literalRanges(text, syntax) {
    const ranges = [];
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        const next = text[i + 1];
        let end = -1;
        if (ch === '\\') {
            i += 2;
            continue;
        }
        if (ch === '/' && next === '*')
            end = blockCommentEnd(text, i);
        else if (syntax === 'js' && ch === '/' && next === '/')
            end = lineEnd(text, i);
        else if (ch === '"' || ch === "'")
            end = stringEnd(text, i, false);
        else if (syntax === 'js' && ch === '`')
            end = stringEnd(text, i, true);
        if (end < 0) {
            i++;
            continue;
        }
        ranges.push([i, end]);
        i = end;
    }
    return ranges;
}
function blockCommentEnd(text, start) {
    const close = text.indexOf('*/', start + 2);
    return close < 0 ? text.length : close + 2;
}
function lineEnd(text, start) {
    const newline = text.indexOf('\n', start);
    return newline < 0 ? text.length : newline;
}
/** A quoted string ends at its unescaped quote; '…' and "…" also at a line end (CSS and JS both forbid raw newlines there). */
function stringEnd(text, start, multiline) {
    const quote = text[start];
    let i = start + 1;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '\\')
            i += 2;
        else if (ch === quote)
            return i + 1;
        else if (ch === '\n' && !multiline)
            return i;
        else
            i++;
    }
    return text.length;
}
/** The range holding `offset`, if any (binary search). */
function rangeAt(ranges, offset) {
    let low = 0;
    let high = ranges.length - 1;
    while (low <= high) {
        const mid = (low + high) >> 1;
        const [start, end] = ranges[mid];
        if (offset < start)
            high = mid - 1;
        else if (offset >= end)
            low = mid + 1;
        else
            return ranges[mid];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/manifest/offset-map.ts
// Maps offsets in a rewritten text back to the text before the rewrite, so a
// reference found after earlier patterns changed the text gets its original line.
class OffsetMap {
    edits = [];
    /** Records that old[oldStart, oldEnd) became new[newStart, newStart + newLength); call in text order. */
    record(oldStart, oldEnd, newStart, newLength) {
        this.edits.push({ newStart, newEnd: newStart + newLength, oldStart, oldEnd });
    }
    /** The offset in the old text that `offset` in the new text came from. */
    toOld(offset) {
        let previous;
        for (const edit of this.edits) {
            if (edit.newStart > offset)
                break;
            previous = edit;
        }
        if (previous === undefined)
            return offset;
        if (offset < previous.newEnd) {
            return previous.oldStart + Math.min(offset - previous.newStart, previous.oldEnd - previous.oldStart);
        }
        return offset - previous.newEnd + previous.oldEnd;
    }
}
/** 1-based line number of `offset` in `text` (lines end at `\n`, as Python counts them). */
function lineAt(text, offset) {
    let line = 1;
    for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1))
        line++;
    return line;
}

;// CONCATENATED MODULE: ./src/manifest/resolve-url.ts



class NotFound {
    missing;
    outside;
    constructor(missing, outside) {
        this.missing = missing;
        this.outside = outside;
    }
}
/** Resolves `url` written in the adjustable file `name` (a destination path). */
function resolveUrl(name, url, context) {
    if (/^[a-z]+:/.test(url) || (url.startsWith('//') && context.leavesProtocolRelative !== false))
        return { kind: 'leave' };
    if (url.startsWith('/') && !url.startsWith(context.staticUrl))
        return { kind: 'leave' };
    const [urlPath, fragment] = urldefrag(url);
    if (!urlPath)
        return { kind: 'leave' };
    const target = urlPath.startsWith('/') ? removePrefix(urlPath, context.staticUrl) : join(dirname(name), urlPath);
    let hashedUrl;
    try {
        hashedUrl = storageUrl(unquote(target), context);
    }
    catch (error) {
        if (error instanceof NotFound)
            return { kind: 'missing', missing: error.missing, outside: error.outside };
        throw error;
    }
    let transformed = [...urlPath.split('/').slice(0, -1), ...hashedUrl.split('/').slice(-1)].join('/');
    if (fragment)
        transformed += (url.includes('?#') ? '?#' : '#') + fragment;
    return { kind: 'rewrite', url: unquote(transformed) };
}
function removePrefix(text, prefix) {
    return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}
/** HashedFilesMixin._url(force=True): the public URL of the hashed name, decoded. */
function storageUrl(name, context) {
    const [withoutFragment, fragment] = urldefrag(name);
    // A name ending in `/` is a directory: not hashed.
    const hashed = urlsplit(withoutFragment).path.endsWith('/') ? name : storedName(withoutFragment, context);
    let finalUrl = fileSystemUrl(hashed, context.staticUrl);
    const queryFragment = name.includes('?#');
    if (fragment || queryFragment) {
        const parts = urlsplit(finalUrl);
        if (fragment && !parts.fragment)
            parts.fragment = fragment;
        if (queryFragment && !parts.query)
            parts.path += '?';
        finalUrl = urlunsplit(parts);
    }
    return unquote(finalUrl);
}
/** FileSystemStorage.url: STATIC_URL joined with the quoted name. */
function fileSystemUrl(name, staticUrl) {
    const base = staticUrl.endsWith('/') ? staticUrl : staticUrl + '/';
    return urljoin(base, quote(name, "/~!*()'").replace(/^\/+/, ''));
}
/** HashedFilesMixin._stored_name: from the table, else from the destination copy. */
function storedName(name, context) {
    const normal = normpath(name);
    return context.table.get(cleanName(normal)) ?? cleanName(hashedNameFromDestination(normal, context.destination));
}
/** HashedFilesMixin.hashed_name(name) without content: hash the destination copy. */
function hashedNameFromDestination(name, destination) {
    const { filePath } = parseStoredName(name);
    const found = destination.lookup(filePath);
    switch (found.kind) {
        case 'outside':
            throw new NotFound(filePath, true);
        case 'missing':
            throw new NotFound(filePath, false);
        case 'dir':
            return name;
        case 'file':
            return hashedName(name, found.md5);
    }
}

;// CONCATENATED MODULE: ./src/manifest/rewrite.ts
// Applies Django's patterns to one adjustable file's text (pattern.sub(converter, content)
// for each pattern in turn), resolving each URL against the current table.



function rewriteText(name, original, patterns, context, policy) {
    let text = original;
    let rewritten = 0;
    const maps = [];
    const unresolved = [];
    const bugs = [];
    const lineOf = (offset) => lineAt(original, maps.reduceRight((at, map) => map.toOld(at), offset));
    for (const pattern of patterns) {
        const result = applyPattern(name, text, pattern, context);
        if (result.unresolved.length > 0 && policy === 'django')
            continue;
        for (const { offset, ...rest } of result.unresolved)
            unresolved.push({ ...rest, line: lineOf(offset) });
        for (const { offset, ...rest } of result.bugs)
            bugs.push({ ...rest, line: lineOf(offset) });
        text = result.text;
        rewritten += result.rewritten;
        maps.push(result.map);
    }
    return { text, rewritten, unresolved, bugs };
}
function applyPattern(name, text, pattern, context) {
    const { regex, urlGroup } = pattern;
    const result = { text: '', rewritten: 0, map: new OffsetMap(), unresolved: [], bugs: [] };
    const pieces = [];
    const literals = pattern.skipLiterals ? literalRanges(text, pattern.skipLiterals) : [];
    const mangling = new ManglingWatch(pattern, text);
    let outputLength = 0;
    let copiedUpTo = 0;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
        const literal = rangeAt(literals, match.index);
        if (literal) {
            // Not a reference: look again after the comment or string.
            regex.lastIndex = literal[1];
            continue;
        }
        const url = match[urlGroup] ?? '';
        const resolution = resolveUrl(name, url, context);
        const mangled = mangling.check(match, resolution.kind !== 'leave');
        if (mangled)
            result.bugs.push({ kind: 'nested-url-mangled', fixedIn: mangled, offset: match.index });
        if (resolution.kind === 'missing') {
            const offset = match.indices?.[urlGroup]?.[0] ?? match.index;
            result.unresolved.push({ reference: url, missing: resolution.missing, outside: resolution.outside, offset });
            continue;
        }
        if (resolution.kind === 'leave' && !pattern.leftAloneDeleted)
            continue;
        if (resolution.kind === 'leave') {
            result.bugs.push({ kind: 'source-map-deleted', fixedIn: pattern.leftAloneDeleted.fixedIn, offset: match.index });
        }
        const replacement = resolution.kind === 'leave' ? '' : pattern.render(resolution.url, match);
        const before = text.slice(copiedUpTo, match.index);
        pieces.push(before, replacement);
        outputLength += before.length;
        result.map.record(match.index, match.index + match[0].length, outputLength, replacement.length);
        outputLength += replacement.length;
        copiedUpTo = match.index + match[0].length;
        if (resolution.kind === 'rewrite' && replacement !== match[0])
            result.rewritten++;
    }
    pieces.push(text.slice(copiedUpTo));
    result.text = pieces.join('');
    return result;
}
/**
 * For a pattern a later release replaced (`supersededBy`): where the later regex's match at the
 * same place runs further, the text up to its end belongs to that one reference, so a match
 * found inside it and not left alone is this release's bug.
 */
class ManglingWatch {
    pattern;
    text;
    /** Sticky copies of the later regexes, compiled once. */
    static sticky = new WeakMap();
    later;
    until = -1;
    constructor(pattern, text) {
        this.pattern = pattern;
        this.text = text;
        const regex = pattern.supersededBy?.regex;
        this.later = regex ? ManglingWatch.stickyOf(regex) : null;
    }
    static stickyOf(regex) {
        let sticky = ManglingWatch.sticky.get(regex);
        if (!sticky)
            ManglingWatch.sticky.set(regex, (sticky = new RegExp(regex.source, regex.flags.replace('g', '') + 'y')));
        return sticky;
    }
    /** The fixing release when `match` is such a bug. */
    check(match, acted) {
        if (!this.later)
            return undefined;
        const inside = match.index < this.until;
        this.later.lastIndex = match.index;
        const whole = this.later.exec(this.text);
        const end = match.index + match[0].length;
        if (whole && whole.index + whole[0].length > end)
            this.until = Math.max(this.until, whole.index + whole[0].length);
        return inside && acted ? this.pattern.supersededBy.fixedIn : undefined;
    }
}

;// CONCATENATED MODULE: ./src/manifest/utf8-check.ts
// Python's strict UTF-8 decoder error, so a failure reads like Django's
// `UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 25: invalid continuation byte`.
/** Continuation bytes a lead byte needs, and the allowed range of the first one; null for a bad lead. */
function leadRule(lead) {
    if (lead >= 0xc2 && lead <= 0xdf)
        return { count: 1, low: 0x80, high: 0xbf };
    if (lead === 0xe0)
        return { count: 2, low: 0xa0, high: 0xbf };
    if (lead === 0xed)
        return { count: 2, low: 0x80, high: 0x9f };
    if (lead >= 0xe1 && lead <= 0xef)
        return { count: 2, low: 0x80, high: 0xbf };
    if (lead === 0xf0)
        return { count: 3, low: 0x90, high: 0xbf };
    if (lead === 0xf4)
        return { count: 3, low: 0x80, high: 0x8f };
    if (lead >= 0xf1 && lead <= 0xf3)
        return { count: 3, low: 0x80, high: 0xbf };
    return null;
}
/** The first decoding error CPython reports for `data`, or null when it is valid UTF-8. */
function findUtf8Problem(data) {
    let i = 0;
    while (i < data.length) {
        const lead = data[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        const rule = leadRule(lead);
        if (rule === null)
            return { start: i, end: i + 1, reason: 'invalid start byte' };
        for (let k = 1; k <= rule.count; k++) {
            if (i + k >= data.length)
                return { start: i, end: data.length, reason: 'unexpected end of data' };
            const byte = data[i + k];
            const [low, high] = k === 1 ? [rule.low, rule.high] : [0x80, 0xbf];
            if (byte < low || byte > high)
                return { start: i, end: i + k, reason: 'invalid continuation byte' };
        }
        i += rule.count + 1;
    }
    return null;
}
/** Python's `str(UnicodeDecodeError)` text for a problem found in `data`. */
function describeUtf8Problem(data, problem) {
    const where = problem.end - problem.start === 1
        ? `byte 0x${data[problem.start].toString(16).padStart(2, '0')} in position ${problem.start}`
        : `bytes in position ${problem.start}-${problem.end - 1}`;
    return `'utf-8' codec can't decode ${where}: ${problem.reason}`;
}

;// CONCATENATED MODULE: ./src/manifest/post-process.ts











/** Runs Django's hashing post-processing over `files` (collection order). Throws the errors above. */
async function postProcess(files, options) {
    const contents = await readCollected(files, isAdjustable, options.md5Of);
    return new HashingRun(files, contents, options).run();
}
/** Deepest paths first, ties in collection order (Django sorts by `len(name.split('/'))`, reverse, stable). */
function processingOrder(files) {
    const depth = (path) => path.split('/').length;
    return [...files].sort((a, b) => depth(b.path) - depth(a.path));
}
class HashingRun {
    contents;
    options;
    destination = new Destination();
    /** Django's `hashed_files`: original path → current hashed name, in first-pass order. */
    table = new Map();
    /** Files written by this run, keyed by storage key, in the order of their last write. */
    written = new Map();
    order;
    texts = new Map();
    rewrittenPerFile = new Map();
    firstPassLog = [];
    missing = [];
    undecodable = [];
    /** Per file, from its last processing: where the release's known bugs changed it. */
    bugs = new Map();
    release;
    constructor(files, contents, options) {
        this.contents = contents;
        this.options = options;
        for (const file of files)
            this.destination.write(file.path, this.content(file.path).md5);
        this.order = processingOrder(files);
        this.release = options.release ?? RELEASE_5_2;
    }
    run() {
        for (const file of this.order)
            this.processFile(file, 'collect');
        if (this.undecodable.length > 0)
            throw new NotUtf8Error(this.undecodable, this.release);
        if (this.missing.length > 0 && !this.options.keepMissingReferences)
            throw new MissingReferenceError(this.missing, this.release);
        this.repeatAdjustablePasses();
        const paths = this.manifestPaths();
        const manifest = {
            path: this.options.manifestName,
            body: { kind: 'bytes', data: manifestBody(paths) },
            role: 'manifest'
        };
        return {
            outputs: [...this.written.values()],
            manifest,
            paths,
            referencesRewritten: [...this.rewrittenPerFile.values()].reduce((sum, n) => sum + n, 0),
            log: this.report(),
            releaseBugs: this.bugNotices()
        };
    }
    /** Django 6.0+ sorts the manifest's keys; before, they come in post-processing order. */
    manifestPaths() {
        if (this.release.manifestOrder === 'processing')
            return this.table;
        return new Map([...this.table].sort(([a], [b]) => (0,pylib_text/* compareCodePoints */.OP)(a, b)));
    }
    bugNotices() {
        const notices = [];
        for (const [file, { absPath, hits }] of this.bugs) {
            for (const hit of hits)
                notices.push({ file, absPath, line: hit.line, kind: hit.kind, release: this.release.series, fixedIn: hit.fixedIn });
        }
        return notices;
    }
    /** Passes over CSS/JS only until no hashed name changes; too many passes is an error. */
    repeatAdjustablePasses() {
        const adjustable = this.order.filter((file) => isAdjustable(file.path));
        let changed = [];
        for (let pass = 0; pass < this.options.maxPasses; pass++) {
            // A lenient storage's hashed_name returns the name for a missing file, so later passes go on like the first.
            const policy = this.options.keepMissingReferences ? 'collect' : 'django';
            changed = adjustable.filter((file) => this.processFile(file, policy)).map((file) => file.path);
            if (changed.length === 0)
                return;
        }
        if (changed.length > 0)
            throw new MaxPassesExceededError(changed.sort(pylib_text/* compareCodePoints */.OP), this.options.maxPasses, this.release);
    }
    /** One file of one pass (HashedFilesMixin._post_process); true when its hashed name changed. */
    processFile(file, policy) {
        const name = file.path;
        // Django keys and values the table by clean_name (backslash → `/`); only names with backslashes differ.
        const key = cleanName(name);
        const before = this.table.get(key) ?? hashedName(name, this.content(name).md5);
        const existed = this.destination.exists(before);
        let after = before;
        if (isAdjustable(name)) {
            after = this.processAdjustable(file, before, existed, policy);
        }
        else {
            if (!existed)
                this.save(before, { kind: 'file', absPath: file.absPath }, this.content(name).md5, 'hashed', name);
            this.firstPassLog.push({ path: name, hashedPath: before, processed: !existed });
        }
        this.table.set(key, cleanName(after));
        return cleanName(after) !== before;
    }
    /** Rewrites references, replaces the previous hashed copy, returns the new hashed name. */
    processAdjustable(file, current, existed, policy) {
        const text = this.decoded(file);
        if (text === null)
            return current;
        const patterns = patternsFor(file.path, this.options.jsModules, this.release);
        const context = {
            staticUrl: this.options.staticUrl,
            table: this.table,
            destination: this.destination,
            leavesProtocolRelative: this.release.leavesProtocolRelative
        };
        const result = rewriteText(file.path, text, patterns, context, policy);
        this.bugs.set(file.path, { absPath: file.absPath, hits: result.bugs });
        for (const ref of result.unresolved)
            this.missing.push({ ...ref, file: file.path, absPath: file.absPath });
        this.rewrittenPerFile.set(file.path, result.rewritten);
        if (existed)
            this.remove(current);
        const data = Buffer.from(result.text, 'utf8');
        const md5 = md5Hex(data);
        if (this.options.keepIntermediateFiles)
            this.save(current, { kind: 'bytes', data }, md5, 'intermediate', file.path);
        const hashed = hashedName(file.path, md5);
        if (this.destination.exists(hashed))
            this.remove(hashed);
        this.save(hashed, { kind: 'bytes', data }, md5, 'hashed', file.path);
        return hashed;
    }
    /** The file's text (strict UTF-8, BOM kept), or null after recording why it is not UTF-8. */
    decoded(file) {
        const cached = this.texts.get(file.path);
        if (cached !== undefined)
            return cached;
        const bytes = this.content(file.path).bytes ?? Buffer.alloc(0);
        const problem = findUtf8Problem(bytes);
        if (problem !== null) {
            this.undecodable.push({ file: file.path, absPath: file.absPath, detail: describeUtf8Problem(bytes, problem) });
            return null;
        }
        const text = bytes.toString('utf8');
        this.texts.set(file.path, text);
        return text;
    }
    save(name, body, md5, role, hashedFrom) {
        this.destination.write(name, md5);
        const path = storageKey(name);
        this.written.delete(path);
        this.written.set(path, { path, body, role, hashedFrom });
    }
    remove(name) {
        this.destination.delete(name);
        const path = storageKey(name);
        if (path !== null)
            this.written.delete(path);
    }
    content(path) {
        const content = this.contents.get(path);
        if (content === undefined)
            throw new Error(`No content read for '${path}'`);
        return content;
    }
    /** Django's report order: non-adjustable files as handled, then CSS/JS with their final names. */
    report() {
        const adjustable = this.order
            .filter((file) => isAdjustable(file.path))
            .map((file) => ({ path: file.path, hashedPath: this.table.get(cleanName(file.path)), processed: true }));
        return [...this.firstPassLog, ...adjustable];
    }
}

;// CONCATENATED MODULE: ./src/problems.ts
// Which problems stop a run before anything is written: every error, plus the kinds the user
// listed in `fail-on`.

const KIND_OF = {
    duplicates: 'duplicates',
    'missing-dirs': 'missing-dirs',
    'missing-apps': 'missing-apps',
    settings: 'settings',
    conflicts: 'conflict'
};
function applyFailOn(problems, failOn) {
    const failing = new Set([...failOn].map((name) => KIND_OF[name]));
    return problems.map((problem) => failing.has(problem.kind) && problem.severity !== 'error' ? { ...problem, severity: 'error' } : problem);
}
/** Thrown before any write when problems make the run fail; carries all of them for annotations. */
class BlockingProblemsError extends errors/* ActionError */.l {
    problems;
    constructor(problems) {
        const errors = problems.filter((problem) => problem.severity === 'error');
        const first = errors[0]?.message ?? '';
        const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''}, listed above)` : '';
        super(`${first}${more}`);
        this.problems = problems;
        this.name = 'BlockingProblemsError';
    }
}
function assertNoErrors(problems) {
    if (problems.some((problem) => problem.severity === 'error'))
        throw new BlockingProblemsError(problems);
}
/** A run that writes stops before writing when the collection may lack files; a dry run only warns. */
function stopIncomplete(problems, dryRun) {
    if (dryRun)
        return problems;
    return problems.map((problem) => problem.incomplete && problem.severity !== 'error'
        ? {
            ...problem,
            severity: 'error',
            message: `${problem.message} (A run that writes stops here, before writing anything, because files could be missing from the deploy.)`
        }
        : problem);
}

;// CONCATENATED MODULE: ./src/outputs.ts





async function buildOutputs(collection, manifest, cwd, files) {
    const originals = collection.files.map((found) => ({
        path: found.path,
        body: { kind: 'file', absPath: found.absPath },
        role: 'original',
        found
    }));
    if (!manifest)
        return { outputs: originals };
    const result = await postProcessOrExplain(collection, manifest, cwd, files);
    const foundByPath = new Map(collection.files.map((file) => [file.path, file]));
    const hashed = result.outputs.map((output) => ({ ...output, found: output.found ?? foundByPath.get(output.hashedFrom ?? '') }));
    return {
        problems: result.releaseBugs.map((notice) => releaseBugProblem(notice, cwd)),
        outputs: lastWriteWins([...originals, ...hashed, result.manifest]),
        manifest: {
            name: manifest.name,
            hash: manifestHash(result.paths),
            hashedFiles: hashed.length,
            referencesRewritten: result.referencesRewritten
        }
    };
}
/** Django writes into one storage, so a later file with the same path (a hashed copy, the manifest) replaces an earlier one. */
function lastWriteWins(outputs) {
    const byPath = new Map();
    for (const output of outputs) {
        byPath.delete(output.path);
        byPath.set(output.path, output);
    }
    return [...byPath.values()];
}
async function postProcessOrExplain(collection, manifest, cwd, files) {
    try {
        return await postProcess(collection.files.map((file) => ({ path: file.path, absPath: file.absPath })), {
            staticUrl: manifest.staticUrl,
            manifestName: manifest.name,
            jsModules: manifest.jsModules,
            keepIntermediateFiles: manifest.keepIntermediateFiles,
            maxPasses: manifest.maxPasses,
            ...(manifest.django ? { release: RELEASES[manifest.django] } : {}),
            ...(manifest.keepMissingReferences ? { keepMissingReferences: true } : {}),
            md5Of: (absPath) => files.md5(absPath)
        });
    }
    catch (error) {
        const problems = postProcessProblems(error, collection, cwd);
        if (problems.length === 0)
            throw error;
        throw new BlockingProblemsError([...collection.problems, ...problems]);
    }
}
function postProcessProblems(error, collection, cwd) {
    const where = (absPath) => displayPath(absPath, cwd);
    if (error instanceof MissingReferenceError) {
        return error.references.map((ref) => ({
            kind: 'missing-reference',
            severity: 'error',
            message: `'${ref.file}' references '${ref.reference}', but '${ref.missing}' ` +
                `${ref.outside ? 'is outside the static root' : 'is not among the collected files'}. ${djangoSays(error)}: add the file or fix the reference.`,
            file: where(ref.absPath),
            line: ref.line
        }));
    }
    if (error instanceof NotUtf8Error) {
        return error.files.map((file) => ({
            kind: 'settings',
            severity: 'error',
            message: `'${file.file}' is not UTF-8 (${file.detail}); Django reads CSS and JS as UTF-8 to rewrite references. ${djangoSays(error)}. Save it as UTF-8.`,
            file: where(file.absPath)
        }));
    }
    if (error instanceof MaxPassesExceededError) {
        const byPath = new Map(collection.files.map((file) => [file.path, file.absPath]));
        return error.paths.map((path) => ({
            kind: 'settings',
            severity: 'error',
            message: `'${path}' still changed after the last post-processing pass (Max post-process passes exceeded): stylesheets or scripts reference each other in a cycle. ${djangoSays(error)}. Break the cycle.`,
            ...(byPath.has(path) ? { file: where(byPath.get(path)) } : {})
        }));
    }
    return [];
}
/** How the reproduced Django release fails: always exit code 1, naming a file (or 'All') or none. */
function djangoSays(error) {
    const named = error.djangoNames === null ? 'without naming the file' : `("Post-processing '${error.djangoNames}' failed!")`;
    return `Django ${error.release} would fail here with exit code 1 ${named}`;
}
const BUG_TEXT = {
    'source-map-deleted': 'deletes this sourceMappingURL comment, which it should leave as written (#34496)',
    'nested-url-mangled': 'cuts the quoted url(…) before this one at its first `)` and rewrites the url( inside it (#36348)'
};
/** The action reproduces the release, bug included, and says which release behaves otherwise. */
function releaseBugProblem(notice, cwd) {
    return {
        kind: 'django-release',
        severity: 'notice',
        message: `'${notice.file}' line ${notice.line}: Django ${notice.release} ${BUG_TEXT[notice.kind]}; Django ${notice.fixedIn} fixed this, so its hashed copy differs. ` +
            `The action reproduces ${notice.release} as the \`django-version\` says; upgrade Django to get the fixed output.`,
        file: displayPath(notice.absPath, cwd),
        line: notice.line
    };
}

// EXTERNAL MODULE: ./src/adapters/git-thread.ts + 2 modules
var git_thread = __webpack_require__(1408);
;// CONCATENATED MODULE: ./src/digest/blob-digests.ts
class BlobDigests {
    vouched;
    known;
    parts;
    seen = new Map();
    reused = 0;
    /**
     * `vouched`: absolute path → blob, for files git vouches for. `known`: what earlier runs
     * recorded, with the part options their multipart ETags were computed with.
     */
    constructor(vouched, known, parts) {
        this.vouched = vouched;
        this.known = known;
        this.parts = parts;
    }
    /** The digests of a file, if git vouches for it and they are known for its blob. */
    lookup(absPath) {
        const file = this.vouched.get(absPath);
        const known = file && Object.hasOwn(this.known, file.blob) ? this.known[file.blob] : undefined;
        if (!file || !known || known.size !== file.size || !this.fitsParts(known))
            return undefined;
        this.seen.set(file.blob, known);
        this.reused++;
        return known;
    }
    /** Digests read from a file now: remembered under its blob when git vouches for it. */
    record(absPath, digests) {
        const file = this.vouched.get(absPath);
        if (file && file.size === digests.size)
            this.seen.set(file.blob, digests);
    }
    /** The blobs of this run's files, for the next run. */
    table() {
        const table = Object.create(null);
        for (const blob of [...this.seen.keys()].sort())
            table[blob] = this.seen.get(blob);
        return table;
    }
    /** A multipart ETag holds only for the part size it was computed with (the state records it). */
    fitsParts(digests) {
        const multipart = digests.size > this.parts.multipartThreshold;
        return multipart === (digests.multipartEtag !== undefined);
    }
}

;// CONCATENATED MODULE: ./src/plan/key-limits.ts
// S3 refuses keys over 1,024 bytes of UTF-8. Checked on the collected paths, before the listing
// or any upload, so one over-long name cannot leave half a deploy behind. With hashing on, every
// file is also stored under its hashed name, which is 13 bytes longer ('.' and 12 hex digits).

const MAX_KEY_BYTES = 1024;
const HASH_BYTES = 13;
const SHOWN = 5;
function keyLengthProblems(files, prefix, hashing, projectRoot) {
    const fixed = (prefix ? Buffer.byteLength(prefix) + 1 : 0) + (hashing ? HASH_BYTES : 0);
    const tooLong = files.filter((file) => fixed + Buffer.byteLength(file.path) > MAX_KEY_BYTES);
    const added = [prefix ? `the prefix '${prefix}/'` : '', hashing ? 'the 13 bytes of its hash' : ''].filter(Boolean).join(' and ');
    return tooLong.slice(0, SHOWN).map((file, index) => ({
        kind: 'upload',
        severity: 'error',
        message: `The S3 key for '${shorten(file.path)}' would be ${fixed + Buffer.byteLength(file.path)} bytes${added ? ` (with ${added})` : ''}` +
            `; S3 allows ${MAX_KEY_BYTES}. Shorten the file's path${prefix ? ' or the prefix input' : ''}, or add it to the \`ignore\` input.` +
            (index === SHOWN - 1 && tooLong.length > SHOWN ? ` (${tooLong.length - SHOWN} more files are too long as well.)` : ''),
        file: displayPath(file.absPath, projectRoot)
    }));
}
function shorten(text) {
    return text.length <= 120 ? text : `${text.slice(0, 60)}…${text.slice(-59)}`;
}
/**
 * A backslash is an ordinary character in a Linux file name, but not in a Django storage name:
 * django-storages' clean_name turns it into '/', so its collectstatic stores 'a\b.css' as the
 * key 'a/b.css', and HashedFilesMixin.clean_name writes 'a/b.<hash>.css' into the manifest. Kept
 * as it is, the key would not be the one the manifest names; translated, it could collide with a
 * real 'a/b.css'. Refused before the first request, naming the file.
 */
function backslashProblems(files, projectRoot) {
    const named = files.filter((file) => file.path.includes('\\'));
    return named.slice(0, SHOWN).map((file, index) => ({
        kind: 'upload',
        severity: 'error',
        message: `'${shorten(file.path)}' has a backslash in its name, which Django's storages read as a folder separator: django-storages ` +
            `would store it as '${shorten(file.path.replaceAll('\\', '/'))}' and the manifest would name that key. Rename the file ` +
            '(or add it to the `ignore` input).' +
            (index === SHOWN - 1 && named.length > SHOWN ? ` (${named.length - SHOWN} more files have one too.)` : ''),
        file: displayPath(file.absPath, projectRoot)
    }));
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/plan/mime-db-types.ts
// Generated by scripts/mime-table.mjs from mime-types 3.0.2: extension (no dot, lower case) → mime-types.lookup().
// Edit the generator, not this file.
const MIME_DB_TYPES = {
    '123': 'application/vnd.lotus-1-2-3',
    '1km': 'application/vnd.1000minds.decision-model+xml',
    '210': 'model/step',
    '3dml': 'text/vnd.in3d.3dml',
    '3ds': 'image/x-3ds',
    '3g2': 'video/3gpp2',
    '3gp': 'video/3gpp',
    '3gpp': 'video/3gpp',
    '3mf': 'model/3mf',
    '7z': 'application/x-7z-compressed',
    aab: 'application/x-authorware-bin',
    aac: 'audio/aac',
    aam: 'application/x-authorware-map',
    aas: 'application/x-authorware-seg',
    abw: 'application/x-abiword',
    ac: 'application/pkix-attr-cert',
    acc: 'application/vnd.americandynamics.acc',
    ace: 'application/x-ace-compressed',
    acu: 'application/vnd.acucobol',
    acutc: 'application/vnd.acucorp',
    adp: 'audio/adpcm',
    adts: 'audio/aac',
    aep: 'application/vnd.audiograph',
    afm: 'application/x-font-type1',
    afp: 'application/vnd.ibm.modcap',
    age: 'application/vnd.age',
    ahead: 'application/vnd.ahead.space',
    ai: 'application/postscript',
    aif: 'audio/x-aiff',
    aifc: 'audio/x-aiff',
    aiff: 'audio/x-aiff',
    air: 'application/vnd.adobe.air-application-installer-package+zip',
    ait: 'application/vnd.dvb.ait',
    ami: 'application/vnd.amiga.ami',
    aml: 'application/automationml-aml+xml',
    amlx: 'application/automationml-amlx+zip',
    amr: 'audio/amr',
    apk: 'application/vnd.android.package-archive',
    apng: 'image/apng',
    appcache: 'text/cache-manifest',
    appinstaller: 'application/appinstaller',
    application: 'application/x-ms-application',
    appx: 'application/appx',
    appxbundle: 'application/appxbundle',
    apr: 'application/vnd.lotus-approach',
    arc: 'application/x-freearc',
    arj: 'application/x-arj',
    asc: 'application/pgp-keys',
    asf: 'video/x-ms-asf',
    asm: 'text/x-asm',
    aso: 'application/vnd.accpac.simply.aso',
    asx: 'video/x-ms-asf',
    atc: 'application/vnd.acucorp',
    atom: 'application/atom+xml',
    atomcat: 'application/atomcat+xml',
    atomdeleted: 'application/atomdeleted+xml',
    atomsvc: 'application/atomsvc+xml',
    atx: 'application/vnd.antix.game-component',
    au: 'audio/basic',
    avci: 'image/avci',
    avcs: 'image/avcs',
    avi: 'video/x-msvideo',
    avif: 'image/avif',
    aw: 'application/applixware',
    azf: 'application/vnd.airzip.filesecure.azf',
    azs: 'application/vnd.airzip.filesecure.azs',
    azv: 'image/vnd.airzip.accelerator.azv',
    azw: 'application/vnd.amazon.ebook',
    b16: 'image/vnd.pco.b16',
    bary: 'model/vnd.bary',
    bat: 'application/x-msdownload',
    bcpio: 'application/x-bcpio',
    bdf: 'application/x-font-bdf',
    bdm: 'application/vnd.syncml.dm+wbxml',
    bdo: 'application/vnd.nato.bindingdataobject+xml',
    bdoc: 'application/bdoc',
    bed: 'application/vnd.realvnc.bed',
    bh2: 'application/vnd.fujitsu.oasysprs',
    bin: 'application/octet-stream',
    blb: 'application/x-blorb',
    blend: 'application/x-blender',
    blorb: 'application/x-blorb',
    bmi: 'application/vnd.bmi',
    bmml: 'application/vnd.balsamiq.bmml+xml',
    bmp: 'image/bmp',
    book: 'application/vnd.framemaker',
    box: 'application/vnd.previewsystems.box',
    boz: 'application/x-bzip2',
    bpk: 'application/octet-stream',
    brush: 'application/vnd.procreate.brush',
    brushset: 'application/vnd.procrate.brushset',
    bsp: 'model/vnd.valve.source.compiled-map',
    btf: 'image/prs.btif',
    btif: 'image/prs.btif',
    buffer: 'application/octet-stream',
    bz: 'application/x-bzip',
    bz2: 'application/x-bzip2',
    c: 'text/x-c',
    c11amc: 'application/vnd.cluetrust.cartomobile-config',
    c11amz: 'application/vnd.cluetrust.cartomobile-config-pkg',
    c4d: 'application/vnd.clonk.c4group',
    c4f: 'application/vnd.clonk.c4group',
    c4g: 'application/vnd.clonk.c4group',
    c4p: 'application/vnd.clonk.c4group',
    c4u: 'application/vnd.clonk.c4group',
    cab: 'application/vnd.ms-cab-compressed',
    caf: 'audio/x-caf',
    cap: 'application/vnd.tcpdump.pcap',
    car: 'application/vnd.curl.car',
    cat: 'application/vnd.ms-pki.seccat',
    cb7: 'application/x-cbr',
    cba: 'application/x-cbr',
    cbr: 'application/x-cbr',
    cbt: 'application/x-cbr',
    cbz: 'application/x-cbr',
    cc: 'text/x-c',
    cco: 'application/x-cocoa',
    cct: 'application/x-director',
    ccxml: 'application/ccxml+xml',
    cdbcmsg: 'application/vnd.contact.cmsg',
    cdf: 'application/x-netcdf',
    cdfx: 'application/cdfx+xml',
    cdkey: 'application/vnd.mediastation.cdkey',
    cdmia: 'application/cdmi-capability',
    cdmic: 'application/cdmi-container',
    cdmid: 'application/cdmi-domain',
    cdmio: 'application/cdmi-object',
    cdmiq: 'application/cdmi-queue',
    cdx: 'chemical/x-cdx',
    cdxml: 'application/vnd.chemdraw+xml',
    cdy: 'application/vnd.cinderella',
    cer: 'application/pkix-cert',
    cfs: 'application/x-cfs-compressed',
    cgm: 'image/cgm',
    chat: 'application/x-chat',
    chm: 'application/vnd.ms-htmlhelp',
    chrt: 'application/vnd.kde.kchart',
    cif: 'chemical/x-cif',
    cii: 'application/vnd.anser-web-certificate-issue-initiation',
    cil: 'application/vnd.ms-artgalry',
    cjs: 'application/node',
    cla: 'application/vnd.claymore',
    class: 'application/java-vm',
    cld: 'model/vnd.cld',
    clkk: 'application/vnd.crick.clicker.keyboard',
    clkp: 'application/vnd.crick.clicker.palette',
    clkt: 'application/vnd.crick.clicker.template',
    clkw: 'application/vnd.crick.clicker.wordbank',
    clkx: 'application/vnd.crick.clicker',
    clp: 'application/x-msclip',
    cmc: 'application/vnd.cosmocaller',
    cmdf: 'chemical/x-cmdf',
    cml: 'chemical/x-cml',
    cmp: 'application/vnd.yellowriver-custom-menu',
    cmx: 'image/x-cmx',
    cod: 'application/vnd.rim.cod',
    coffee: 'text/coffeescript',
    com: 'application/x-msdownload',
    conf: 'text/plain',
    cpio: 'application/x-cpio',
    cpl: 'application/cpl+xml',
    cpp: 'text/x-c',
    cpt: 'application/mac-compactpro',
    crd: 'application/x-mscardfile',
    crl: 'application/pkix-crl',
    crt: 'application/x-x509-ca-cert',
    crx: 'application/x-chrome-extension',
    cryptonote: 'application/vnd.rig.cryptonote',
    csh: 'application/x-csh',
    csl: 'application/vnd.citationstyles.style+xml',
    csml: 'chemical/x-csml',
    csp: 'application/vnd.commonspace',
    css: 'text/css',
    cst: 'application/x-director',
    csv: 'text/csv',
    cu: 'application/cu-seeme',
    curl: 'text/vnd.curl',
    cwl: 'application/cwl',
    cww: 'application/prs.cww',
    cxt: 'application/x-director',
    cxx: 'text/x-c',
    dae: 'model/vnd.collada+xml',
    daf: 'application/vnd.mobius.daf',
    dart: 'application/vnd.dart',
    dataless: 'application/vnd.fdsn.seed',
    davmount: 'application/davmount+xml',
    dbf: 'application/vnd.dbf',
    dbk: 'application/docbook+xml',
    dcm: 'application/dicom',
    dcmp: 'application/vnd.dcmp+xml',
    dcr: 'application/x-director',
    dcurl: 'text/vnd.curl.dcurl',
    dd2: 'application/vnd.oma.dd2+xml',
    ddd: 'application/vnd.fujixerox.ddd',
    ddf: 'application/vnd.syncml.dmddf+xml',
    dds: 'image/vnd.ms-dds',
    deb: 'application/x-debian-package',
    def: 'text/plain',
    deploy: 'application/octet-stream',
    der: 'application/x-x509-ca-cert',
    dfac: 'application/vnd.dreamfactory',
    dgc: 'application/x-dgc-compressed',
    dib: 'image/bmp',
    dic: 'text/x-c',
    dir: 'application/x-director',
    dis: 'application/vnd.mobius.dis',
    'disposition-notification': 'message/disposition-notification',
    dist: 'application/octet-stream',
    distz: 'application/octet-stream',
    djv: 'image/vnd.djvu',
    djvu: 'image/vnd.djvu',
    dll: 'application/x-msdownload',
    dmg: 'application/x-apple-diskimage',
    dmp: 'application/vnd.tcpdump.pcap',
    dms: 'application/octet-stream',
    dna: 'application/vnd.dna',
    dng: 'image/x-adobe-dng',
    doc: 'application/msword',
    docm: 'application/vnd.ms-word.document.macroenabled.12',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    dot: 'application/msword',
    dotm: 'application/vnd.ms-word.template.macroenabled.12',
    dotx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template',
    dp: 'application/vnd.osgi.dp',
    dpg: 'application/vnd.dpgraph',
    dpx: 'image/dpx',
    dra: 'audio/vnd.dra',
    drle: 'image/dicom-rle',
    drm: 'application/vnd.procreate.dream',
    dsc: 'text/prs.lines.tag',
    dssc: 'application/dssc+der',
    dtb: 'application/x-dtbook+xml',
    dtd: 'application/xml-dtd',
    dts: 'audio/vnd.dts',
    dtshd: 'audio/vnd.dts.hd',
    dump: 'application/octet-stream',
    dvb: 'video/vnd.dvb.file',
    dvi: 'application/x-dvi',
    dwd: 'application/atsc-dwd+xml',
    dwf: 'model/vnd.dwf',
    dwg: 'image/vnd.dwg',
    dxf: 'image/vnd.dxf',
    dxp: 'application/vnd.spotfire.dxp',
    dxr: 'application/x-director',
    ear: 'application/java-archive',
    ecelp4800: 'audio/vnd.nuera.ecelp4800',
    ecelp7470: 'audio/vnd.nuera.ecelp7470',
    ecelp9600: 'audio/vnd.nuera.ecelp9600',
    ecma: 'application/ecmascript',
    edm: 'application/vnd.novadigm.edm',
    edx: 'application/vnd.novadigm.edx',
    efif: 'application/vnd.picsel',
    ei6: 'application/vnd.pg.osasli',
    elc: 'application/octet-stream',
    emf: 'image/emf',
    eml: 'message/rfc822',
    emma: 'application/emma+xml',
    emotionml: 'application/emotionml+xml',
    emz: 'application/x-msmetafile',
    eol: 'audio/vnd.digital-winds',
    eot: 'application/vnd.ms-fontobject',
    eps: 'application/postscript',
    epub: 'application/epub+zip',
    es3: 'application/vnd.eszigno3+xml',
    esa: 'application/vnd.osgi.subsystem',
    esf: 'application/vnd.epson.esf',
    et3: 'application/vnd.eszigno3+xml',
    etx: 'text/x-setext',
    eva: 'application/x-eva',
    evy: 'application/x-envoy',
    exe: 'application/x-msdos-program',
    exi: 'application/exi',
    exp: 'application/express',
    exr: 'image/aces',
    ext: 'application/vnd.novadigm.ext',
    ez: 'application/andrew-inset',
    ez2: 'application/vnd.ezpix-album',
    ez3: 'application/vnd.ezpix-package',
    f: 'text/x-fortran',
    f4v: 'video/x-f4v',
    f77: 'text/x-fortran',
    f90: 'text/x-fortran',
    fbs: 'image/vnd.fastbidsheet',
    fbx: 'application/vnd.autodesk.fbx',
    fcdt: 'application/vnd.adobe.formscentral.fcdt',
    fcs: 'application/vnd.isac.fcs',
    fdf: 'application/fdf',
    fdt: 'application/fdt+xml',
    fe_launch: 'application/vnd.denovo.fcselayout-link',
    fg5: 'application/vnd.fujitsu.oasysgp',
    fgd: 'application/x-director',
    fh: 'image/x-freehand',
    fh4: 'image/x-freehand',
    fh5: 'image/x-freehand',
    fh7: 'image/x-freehand',
    fhc: 'image/x-freehand',
    fig: 'application/x-xfig',
    fits: 'image/fits',
    flac: 'audio/x-flac',
    fli: 'video/x-fli',
    flo: 'application/vnd.micrografx.flo',
    flv: 'video/x-flv',
    flw: 'application/vnd.kde.kivio',
    flx: 'text/vnd.fmi.flexstor',
    fly: 'text/vnd.fly',
    fm: 'application/vnd.framemaker',
    fnc: 'application/vnd.frogans.fnc',
    fo: 'application/vnd.software602.filler.form+xml',
    for: 'text/x-fortran',
    fpx: 'image/vnd.fpx',
    frame: 'application/vnd.framemaker',
    fsc: 'application/vnd.fsc.weblaunch',
    fst: 'image/vnd.fst',
    ftc: 'application/vnd.fluxtime.clip',
    fti: 'application/vnd.anser-web-funds-transfer-initiation',
    fvt: 'video/vnd.fvt',
    fxp: 'application/vnd.adobe.fxp',
    fxpl: 'application/vnd.adobe.fxp',
    fzs: 'application/vnd.fuzzysheet',
    g2w: 'application/vnd.geoplan',
    g3: 'image/g3fax',
    g3w: 'application/vnd.geospace',
    gac: 'application/vnd.groove-account',
    gam: 'application/x-tads',
    gbr: 'application/rpki-ghostbusters',
    gca: 'application/x-gca-compressed',
    gdl: 'model/vnd.gdl',
    gdoc: 'application/vnd.google-apps.document',
    gdraw: 'application/vnd.google-apps.drawing',
    ged: 'text/vnd.familysearch.gedcom',
    geo: 'application/vnd.dynageo',
    geojson: 'application/geo+json',
    gex: 'application/vnd.geometry-explorer',
    gform: 'application/vnd.google-apps.form',
    ggb: 'application/vnd.geogebra.file',
    ggs: 'application/vnd.geogebra.slides',
    ggt: 'application/vnd.geogebra.tool',
    ghf: 'application/vnd.groove-help',
    gif: 'image/gif',
    gim: 'application/vnd.groove-identity-message',
    gjam: 'application/vnd.google-apps.jam',
    glb: 'model/gltf-binary',
    gltf: 'model/gltf+json',
    gmap: 'application/vnd.google-apps.map',
    gml: 'application/gml+xml',
    gmx: 'application/vnd.gmx',
    gnumeric: 'application/x-gnumeric',
    gph: 'application/vnd.flographit',
    gpx: 'application/gpx+xml',
    gqf: 'application/vnd.grafeq',
    gqs: 'application/vnd.grafeq',
    gram: 'application/srgs',
    gramps: 'application/x-gramps-xml',
    gre: 'application/vnd.geometry-explorer',
    grv: 'application/vnd.groove-injector',
    grxml: 'application/srgs+xml',
    gscript: 'application/vnd.google-apps.script',
    gsf: 'application/x-font-ghostscript',
    gsheet: 'application/vnd.google-apps.spreadsheet',
    gsite: 'application/vnd.google-apps.site',
    gslides: 'application/vnd.google-apps.presentation',
    gtar: 'application/x-gtar',
    gtm: 'application/vnd.groove-tool-message',
    gtw: 'model/vnd.gtw',
    gv: 'text/vnd.graphviz',
    gxf: 'application/gxf',
    gxt: 'application/vnd.geonext',
    gz: 'application/gzip',
    h: 'text/x-c',
    h261: 'video/h261',
    h263: 'video/h263',
    h264: 'video/h264',
    hal: 'application/vnd.hal+xml',
    hbci: 'application/vnd.hbci',
    hbs: 'text/x-handlebars-template',
    hdd: 'application/x-virtualbox-hdd',
    hdf: 'application/x-hdf',
    heic: 'image/heic',
    heics: 'image/heic-sequence',
    heif: 'image/heif',
    heifs: 'image/heif-sequence',
    hej2: 'image/hej2k',
    held: 'application/atsc-held+xml',
    hh: 'text/x-c',
    hjson: 'application/hjson',
    hlp: 'application/winhlp',
    hpgl: 'application/vnd.hp-hpgl',
    hpid: 'application/vnd.hp-hpid',
    hps: 'application/vnd.hp-hps',
    hqx: 'application/mac-binhex40',
    htc: 'text/x-component',
    htke: 'application/vnd.kenameaapp',
    htm: 'text/html',
    html: 'text/html',
    hvd: 'application/vnd.yamaha.hv-dic',
    hvp: 'application/vnd.yamaha.hv-voice',
    hvs: 'application/vnd.yamaha.hv-script',
    i2g: 'application/vnd.intergeo',
    icc: 'application/vnd.iccprofile',
    ice: 'x-conference/x-cooltalk',
    icm: 'application/vnd.iccprofile',
    ico: 'image/vnd.microsoft.icon',
    ics: 'text/calendar',
    ief: 'image/ief',
    ifb: 'text/calendar',
    ifm: 'application/vnd.shana.informed.formdata',
    iges: 'model/iges',
    igl: 'application/vnd.igloader',
    igm: 'application/vnd.insors.igm',
    igs: 'model/iges',
    igx: 'application/vnd.micrografx.igx',
    iif: 'application/vnd.shana.informed.interchange',
    img: 'application/octet-stream',
    imp: 'application/vnd.accpac.simply.imp',
    ims: 'application/vnd.ms-ims',
    in: 'text/plain',
    ini: 'text/plain',
    ink: 'application/inkml+xml',
    inkml: 'application/inkml+xml',
    install: 'application/x-install-instructions',
    iota: 'application/vnd.astraea-software.iota',
    ipfix: 'application/ipfix',
    ipk: 'application/vnd.shana.informed.package',
    ipynb: 'application/x-ipynb+json',
    irm: 'application/vnd.ibm.rights-management',
    irp: 'application/vnd.irepository.package+xml',
    iso: 'application/x-iso9660-image',
    itp: 'application/vnd.shana.informed.formtemplate',
    its: 'application/its+xml',
    ivp: 'application/vnd.immervision-ivp',
    ivu: 'application/vnd.immervision-ivu',
    jad: 'text/vnd.sun.j2me.app-descriptor',
    jade: 'text/jade',
    jaii: 'image/jaii',
    jais: 'image/jais',
    jam: 'application/vnd.jam',
    jar: 'application/java-archive',
    jardiff: 'application/x-java-archive-diff',
    java: 'text/x-java-source',
    jfif: 'image/pjpeg',
    jhc: 'image/jphc',
    jisp: 'application/vnd.jisp',
    jls: 'image/jls',
    jlt: 'application/vnd.hp-jlyt',
    jng: 'image/x-jng',
    jnlp: 'application/x-java-jnlp-file',
    joda: 'application/vnd.joost.joda-archive',
    jp2: 'image/jp2',
    jpe: 'image/jpeg',
    jpeg: 'image/jpeg',
    jpf: 'image/jpx',
    jpg: 'image/jpeg',
    jpg2: 'image/jp2',
    jpgm: 'image/jpm',
    jpgv: 'video/jpeg',
    jph: 'image/jph',
    jpm: 'image/jpm',
    jpx: 'image/jpx',
    js: 'text/javascript',
    json: 'application/json',
    json5: 'application/json5',
    jsonld: 'application/ld+json',
    jsonml: 'application/jsonml+json',
    jsx: 'text/jsx',
    jt: 'model/jt',
    jxl: 'image/jxl',
    jxr: 'image/jxr',
    jxra: 'image/jxra',
    jxrs: 'image/jxrs',
    jxs: 'image/jxs',
    jxsc: 'image/jxsc',
    jxsi: 'image/jxsi',
    jxss: 'image/jxss',
    kar: 'audio/midi',
    karbon: 'application/vnd.kde.karbon',
    kdbx: 'application/x-keepass2',
    key: 'application/vnd.apple.keynote',
    kfo: 'application/vnd.kde.kformula',
    kia: 'application/vnd.kidspiration',
    kml: 'application/vnd.google-earth.kml+xml',
    kmz: 'application/vnd.google-earth.kmz',
    kne: 'application/vnd.kinar',
    knp: 'application/vnd.kinar',
    kon: 'application/vnd.kde.kontour',
    kpr: 'application/vnd.kde.kpresenter',
    kpt: 'application/vnd.kde.kpresenter',
    kpxx: 'application/vnd.ds-keypoint',
    ksp: 'application/vnd.kde.kspread',
    ktr: 'application/vnd.kahootz',
    ktx: 'image/ktx',
    ktx2: 'image/ktx2',
    ktz: 'application/vnd.kahootz',
    kwd: 'application/vnd.kde.kword',
    kwt: 'application/vnd.kde.kword',
    lasxml: 'application/vnd.las.las+xml',
    latex: 'application/x-latex',
    lbd: 'application/vnd.llamagraphics.life-balance.desktop',
    lbe: 'application/vnd.llamagraphics.life-balance.exchange+xml',
    les: 'application/vnd.hhe.lesson-player',
    less: 'text/less',
    lgr: 'application/lgr+xml',
    lha: 'application/x-lzh-compressed',
    link66: 'application/vnd.route66.link66+xml',
    list: 'text/plain',
    list3820: 'application/vnd.ibm.modcap',
    listafp: 'application/vnd.ibm.modcap',
    litcoffee: 'text/coffeescript',
    lnk: 'application/x-ms-shortcut',
    log: 'text/plain',
    lostxml: 'application/lost+xml',
    lottie: 'application/zip+dotlottie',
    lrf: 'application/octet-stream',
    lrm: 'application/vnd.ms-lrm',
    ltf: 'application/vnd.frogans.ltf',
    lua: 'text/x-lua',
    luac: 'application/x-lua-bytecode',
    lvp: 'audio/vnd.lucent.voice',
    lwp: 'application/vnd.lotus-wordpro',
    lzh: 'application/x-lzh-compressed',
    m13: 'application/x-msmediaview',
    m14: 'application/x-msmediaview',
    m1v: 'video/mpeg',
    m21: 'application/mp21',
    m2a: 'audio/mpeg',
    m2t: 'video/mp2t',
    m2ts: 'video/mp2t',
    m2v: 'video/mpeg',
    m3a: 'audio/mpeg',
    m3u: 'audio/x-mpegurl',
    m3u8: 'application/vnd.apple.mpegurl',
    m4a: 'audio/mp4',
    m4b: 'audio/mp4',
    m4p: 'application/mp4',
    m4s: 'video/iso.segment',
    m4u: 'video/vnd.mpegurl',
    m4v: 'video/x-m4v',
    ma: 'application/mathematica',
    mads: 'application/mads+xml',
    maei: 'application/mmt-aei+xml',
    mag: 'application/vnd.ecowin.chart',
    maker: 'application/vnd.framemaker',
    man: 'text/troff',
    manifest: 'text/cache-manifest',
    map: 'application/json',
    mar: 'application/octet-stream',
    markdown: 'text/markdown',
    mathml: 'application/mathml+xml',
    mb: 'application/mathematica',
    mbk: 'application/vnd.mobius.mbk',
    mbox: 'application/mbox',
    mc1: 'application/vnd.medcalcdata',
    mcd: 'application/vnd.mcd',
    mcurl: 'text/vnd.curl.mcurl',
    md: 'text/markdown',
    mdb: 'application/x-msaccess',
    mdi: 'image/vnd.ms-modi',
    mdx: 'text/mdx',
    me: 'text/troff',
    mesh: 'model/mesh',
    meta4: 'application/metalink4+xml',
    metalink: 'application/metalink+xml',
    mets: 'application/mets+xml',
    mfm: 'application/vnd.mfmp',
    mft: 'application/rpki-manifest',
    mgp: 'application/vnd.osgeo.mapguide.package',
    mgz: 'application/vnd.proteus.magazine',
    mht: 'message/rfc822',
    mhtml: 'message/rfc822',
    mid: 'audio/midi',
    midi: 'audio/midi',
    mie: 'application/x-mie',
    mif: 'application/vnd.mif',
    mime: 'message/rfc822',
    mj2: 'video/mj2',
    mjp2: 'video/mj2',
    mjs: 'text/javascript',
    mk3d: 'video/x-matroska',
    mka: 'audio/x-matroska',
    mkd: 'text/x-markdown',
    mks: 'video/x-matroska',
    mkv: 'video/x-matroska',
    mlp: 'application/vnd.dolby.mlp',
    mmd: 'application/vnd.chipnuts.karaoke-mmd',
    mmf: 'application/vnd.smaf',
    mml: 'text/mathml',
    mmr: 'image/vnd.fujixerox.edmics-mmr',
    mng: 'video/x-mng',
    mny: 'application/x-msmoney',
    mobi: 'application/x-mobipocket-ebook',
    mods: 'application/mods+xml',
    mov: 'video/quicktime',
    movie: 'video/x-sgi-movie',
    mp2: 'audio/mpeg',
    mp21: 'application/mp21',
    mp2a: 'audio/mpeg',
    mp3: 'audio/mpeg',
    mp4: 'video/mp4',
    mp4a: 'audio/mp4',
    mp4s: 'application/mp4',
    mp4v: 'video/mp4',
    mpc: 'application/vnd.mophun.certificate',
    mpd: 'application/dash+xml',
    mpe: 'video/mpeg',
    mpeg: 'video/mpeg',
    mpf: 'application/media-policy-dataset+xml',
    mpg: 'video/mpeg',
    mpg4: 'video/mp4',
    mpga: 'audio/mpeg',
    mpkg: 'application/vnd.apple.installer+xml',
    mpm: 'application/vnd.blueice.multipass',
    mpn: 'application/vnd.mophun.application',
    mpp: 'application/dash-patch+xml',
    mpt: 'application/vnd.ms-project',
    mpy: 'application/vnd.ibm.minipay',
    mqy: 'application/vnd.mobius.mqy',
    mrc: 'application/marc',
    mrcx: 'application/marcxml+xml',
    ms: 'text/troff',
    mscml: 'application/mediaservercontrol+xml',
    mseed: 'application/vnd.fdsn.mseed',
    mseq: 'application/vnd.mseq',
    msf: 'application/vnd.epson.msf',
    msg: 'application/vnd.ms-outlook',
    msh: 'model/mesh',
    msi: 'application/x-msdownload',
    msix: 'application/msix',
    msixbundle: 'application/msixbundle',
    msl: 'application/vnd.mobius.msl',
    msm: 'application/octet-stream',
    msp: 'application/octet-stream',
    msty: 'application/vnd.muvee.style',
    mtl: 'model/mtl',
    mts: 'video/mp2t',
    mus: 'application/vnd.musician',
    musd: 'application/mmt-usd+xml',
    musicxml: 'application/vnd.recordare.musicxml+xml',
    mvb: 'application/x-msmediaview',
    mvt: 'application/vnd.mapbox-vector-tile',
    mwf: 'application/vnd.mfer',
    mxf: 'application/mxf',
    mxl: 'application/vnd.recordare.musicxml',
    mxmf: 'audio/mobile-xmf',
    mxml: 'application/xv+xml',
    mxs: 'application/vnd.triscape.mxs',
    mxu: 'video/vnd.mpegurl',
    'n-gage': 'application/vnd.nokia.n-gage.symbian.install',
    n3: 'text/n3',
    nb: 'application/mathematica',
    nbp: 'application/vnd.wolfram.player',
    nc: 'application/x-netcdf',
    ncx: 'application/x-dtbncx+xml',
    nfo: 'text/x-nfo',
    ngdat: 'application/vnd.nokia.n-gage.data',
    nitf: 'application/vnd.nitf',
    nlu: 'application/vnd.neurolanguage.nlu',
    nml: 'application/vnd.enliven',
    nnd: 'application/vnd.noblenet-directory',
    nns: 'application/vnd.noblenet-sealer',
    nnw: 'application/vnd.noblenet-web',
    npx: 'image/vnd.net-fpx',
    nq: 'application/n-quads',
    nsc: 'application/x-conference',
    nsf: 'application/vnd.lotus-notes',
    nt: 'application/n-triples',
    ntf: 'application/vnd.nitf',
    numbers: 'application/vnd.apple.numbers',
    nzb: 'application/x-nzb',
    oa2: 'application/vnd.fujitsu.oasys2',
    oa3: 'application/vnd.fujitsu.oasys3',
    oas: 'application/vnd.fujitsu.oasys',
    obd: 'application/x-msbinder',
    obgx: 'application/vnd.openblox.game+xml',
    obj: 'model/obj',
    oda: 'application/oda',
    odb: 'application/vnd.oasis.opendocument.database',
    odc: 'application/vnd.oasis.opendocument.chart',
    odf: 'application/vnd.oasis.opendocument.formula',
    odft: 'application/vnd.oasis.opendocument.formula-template',
    odg: 'application/vnd.oasis.opendocument.graphics',
    odi: 'application/vnd.oasis.opendocument.image',
    odm: 'application/vnd.oasis.opendocument.text-master',
    odp: 'application/vnd.oasis.opendocument.presentation',
    ods: 'application/vnd.oasis.opendocument.spreadsheet',
    odt: 'application/vnd.oasis.opendocument.text',
    oga: 'audio/ogg',
    ogex: 'model/vnd.opengex',
    ogg: 'audio/ogg',
    ogv: 'video/ogg',
    ogx: 'application/ogg',
    omdoc: 'application/omdoc+xml',
    one: 'application/onenote',
    onea: 'application/onenote',
    onepkg: 'application/onenote',
    onetmp: 'application/onenote',
    onetoc: 'application/onenote',
    onetoc2: 'application/onenote',
    opf: 'application/oebps-package+xml',
    opml: 'text/x-opml',
    oprc: 'application/vnd.palm',
    opus: 'audio/ogg',
    org: 'application/vnd.lotus-organizer',
    osf: 'application/vnd.yamaha.openscoreformat',
    osfpvg: 'application/vnd.yamaha.openscoreformat.osfpvg+xml',
    osm: 'application/vnd.openstreetmap.data+xml',
    otc: 'application/vnd.oasis.opendocument.chart-template',
    otf: 'font/otf',
    otg: 'application/vnd.oasis.opendocument.graphics-template',
    oth: 'application/vnd.oasis.opendocument.text-web',
    oti: 'application/vnd.oasis.opendocument.image-template',
    otp: 'application/vnd.oasis.opendocument.presentation-template',
    ots: 'application/vnd.oasis.opendocument.spreadsheet-template',
    ott: 'application/vnd.oasis.opendocument.text-template',
    ova: 'application/x-virtualbox-ova',
    ovf: 'application/x-virtualbox-ovf',
    owl: 'application/rdf+xml',
    oxps: 'application/oxps',
    oxt: 'application/vnd.openofficeorg.extension',
    p: 'text/x-pascal',
    p10: 'application/pkcs10',
    p12: 'application/x-pkcs12',
    p21: 'model/step',
    p7b: 'application/x-pkcs7-certificates',
    p7c: 'application/pkcs7-mime',
    p7m: 'application/pkcs7-mime',
    p7r: 'application/x-pkcs7-certreqresp',
    p7s: 'application/pkcs7-signature',
    p8: 'application/pkcs8',
    pac: 'application/x-ns-proxy-autoconfig',
    pages: 'application/vnd.apple.pages',
    pas: 'text/x-pascal',
    paw: 'application/vnd.pawaafile',
    pbd: 'application/vnd.powerbuilder6',
    pbm: 'image/x-portable-bitmap',
    pcap: 'application/vnd.tcpdump.pcap',
    pcf: 'application/x-font-pcf',
    pcl: 'application/vnd.hp-pcl',
    pclxl: 'application/vnd.hp-pclxl',
    pct: 'image/x-pict',
    pcurl: 'application/vnd.curl.pcurl',
    pcx: 'image/vnd.zbrush.pcx',
    pdb: 'application/vnd.palm',
    pde: 'text/x-processing',
    pdf: 'application/pdf',
    pem: 'application/x-x509-ca-cert',
    pfa: 'application/x-font-type1',
    pfb: 'application/x-font-type1',
    pfm: 'application/x-font-type1',
    pfr: 'application/font-tdpfr',
    pfx: 'application/x-pkcs12',
    pgm: 'image/x-portable-graymap',
    pgn: 'application/x-chess-pgn',
    pgp: 'application/pgp-encrypted',
    php: 'application/x-httpd-php',
    pic: 'image/x-pict',
    pkg: 'application/octet-stream',
    pki: 'application/pkixcmp',
    pkipath: 'application/pkix-pkipath',
    pkpass: 'application/vnd.apple.pkpass',
    pl: 'application/x-perl',
    plb: 'application/vnd.3gpp.pic-bw-large',
    plc: 'application/vnd.mobius.plc',
    plf: 'application/vnd.pocketlearn',
    pls: 'application/pls+xml',
    pm: 'application/x-perl',
    pml: 'application/vnd.ctc-posml',
    png: 'image/png',
    pnm: 'image/x-portable-anymap',
    portpkg: 'application/vnd.macports.portpkg',
    pot: 'application/vnd.ms-powerpoint',
    potm: 'application/vnd.ms-powerpoint.template.macroenabled.12',
    potx: 'application/vnd.openxmlformats-officedocument.presentationml.template',
    ppam: 'application/vnd.ms-powerpoint.addin.macroenabled.12',
    ppd: 'application/vnd.cups-ppd',
    ppm: 'image/x-portable-pixmap',
    pps: 'application/vnd.ms-powerpoint',
    ppsm: 'application/vnd.ms-powerpoint.slideshow.macroenabled.12',
    ppsx: 'application/vnd.openxmlformats-officedocument.presentationml.slideshow',
    ppt: 'application/vnd.ms-powerpoint',
    pptm: 'application/vnd.ms-powerpoint.presentation.macroenabled.12',
    pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    pqa: 'application/vnd.palm',
    prc: 'model/prc',
    pre: 'application/vnd.lotus-freelance',
    prf: 'application/pics-rules',
    provx: 'application/provenance+xml',
    ps: 'application/postscript',
    psb: 'application/vnd.3gpp.pic-bw-small',
    psd: 'image/vnd.adobe.photoshop',
    psf: 'application/x-font-linux-psf',
    pskcxml: 'application/pskc+xml',
    pti: 'image/prs.pti',
    ptid: 'application/vnd.pvi.ptid1',
    pub: 'application/x-mspublisher',
    pvb: 'application/vnd.3gpp.pic-bw-var',
    pwn: 'application/vnd.3m.post-it-notes',
    pya: 'audio/vnd.ms-playready.media.pya',
    pyo: 'model/vnd.pytha.pyox',
    pyox: 'model/vnd.pytha.pyox',
    pyv: 'video/vnd.ms-playready.media.pyv',
    qam: 'application/vnd.epson.quickanime',
    qbo: 'application/vnd.intu.qbo',
    qfx: 'application/vnd.intu.qfx',
    qps: 'application/vnd.publishare-delta-tree',
    qt: 'video/quicktime',
    qwd: 'application/vnd.quark.quarkxpress',
    qwt: 'application/vnd.quark.quarkxpress',
    qxb: 'application/vnd.quark.quarkxpress',
    qxd: 'application/vnd.quark.quarkxpress',
    qxl: 'application/vnd.quark.quarkxpress',
    qxt: 'application/vnd.quark.quarkxpress',
    ra: 'audio/x-pn-realaudio',
    ram: 'audio/x-pn-realaudio',
    raml: 'application/raml+yaml',
    rapd: 'application/route-apd+xml',
    rar: 'application/vnd.rar',
    ras: 'image/x-cmu-raster',
    rcprofile: 'application/vnd.ipunplugged.rcprofile',
    rdf: 'application/rdf+xml',
    rdz: 'application/vnd.data-vision.rdz',
    relo: 'application/p2p-overlay+xml',
    rep: 'application/vnd.businessobjects',
    res: 'application/x-dtbresource+xml',
    rgb: 'image/x-rgb',
    rif: 'application/reginfo+xml',
    rip: 'audio/vnd.rip',
    ris: 'application/x-research-info-systems',
    rl: 'application/resource-lists+xml',
    rlc: 'image/vnd.fujixerox.edmics-rlc',
    rld: 'application/resource-lists-diff+xml',
    rm: 'application/vnd.rn-realmedia',
    rmi: 'audio/midi',
    rmp: 'audio/x-pn-realaudio-plugin',
    rms: 'application/vnd.jcp.javame.midlet-rms',
    rmvb: 'application/vnd.rn-realmedia-vbr',
    rnc: 'application/relax-ng-compact-syntax',
    rng: 'application/xml',
    roa: 'application/rpki-roa',
    roff: 'text/troff',
    rp9: 'application/vnd.cloanto.rp9',
    rpm: 'application/x-redhat-package-manager',
    rpss: 'application/vnd.nokia.radio-presets',
    rpst: 'application/vnd.nokia.radio-preset',
    rq: 'application/sparql-query',
    rs: 'application/rls-services+xml',
    rsat: 'application/atsc-rsat+xml',
    rsd: 'application/rsd+xml',
    rsheet: 'application/urc-ressheet+xml',
    rss: 'application/rss+xml',
    rtf: 'application/rtf',
    rtx: 'text/richtext',
    run: 'application/x-makeself',
    rusd: 'application/route-usd+xml',
    s: 'text/x-asm',
    s3m: 'audio/s3m',
    saf: 'application/vnd.yamaha.smaf-audio',
    sass: 'text/x-sass',
    sbml: 'application/sbml+xml',
    sc: 'application/vnd.ibm.secure-container',
    scd: 'application/x-msschedule',
    scm: 'application/vnd.lotus-screencam',
    scq: 'application/scvp-cv-request',
    scs: 'application/scvp-cv-response',
    scss: 'text/x-scss',
    scurl: 'text/vnd.curl.scurl',
    sda: 'application/vnd.stardivision.draw',
    sdc: 'application/vnd.stardivision.calc',
    sdd: 'application/vnd.stardivision.impress',
    sdkd: 'application/vnd.solent.sdkm+xml',
    sdkm: 'application/vnd.solent.sdkm+xml',
    sdp: 'application/sdp',
    sdw: 'application/vnd.stardivision.writer',
    sea: 'application/x-sea',
    see: 'application/vnd.seemail',
    seed: 'application/vnd.fdsn.seed',
    sema: 'application/vnd.sema',
    semd: 'application/vnd.semd',
    semf: 'application/vnd.semf',
    senmlx: 'application/senml+xml',
    sensmlx: 'application/sensml+xml',
    ser: 'application/java-serialized-object',
    setpay: 'application/set-payment-initiation',
    setreg: 'application/set-registration-initiation',
    'sfd-hdstx': 'application/vnd.hydrostatix.sof-data',
    sfs: 'application/vnd.spotfire.sfs',
    sfv: 'text/x-sfv',
    sgi: 'image/sgi',
    sgl: 'application/vnd.stardivision.writer-global',
    sgm: 'text/sgml',
    sgml: 'text/sgml',
    sh: 'application/x-sh',
    shar: 'application/x-shar',
    shex: 'text/shex',
    shf: 'application/shf+xml',
    shtml: 'text/html',
    sid: 'image/x-mrsid-image',
    sieve: 'application/sieve',
    sig: 'application/pgp-signature',
    sil: 'audio/silk',
    silo: 'model/mesh',
    sis: 'application/vnd.symbian.install',
    sisx: 'application/vnd.symbian.install',
    sit: 'application/x-stuffit',
    sitx: 'application/x-stuffitx',
    siv: 'application/sieve',
    skd: 'application/vnd.koan',
    skm: 'application/vnd.koan',
    skp: 'application/vnd.koan',
    skt: 'application/vnd.koan',
    sldm: 'application/vnd.ms-powerpoint.slide.macroenabled.12',
    sldx: 'application/vnd.openxmlformats-officedocument.presentationml.slide',
    slim: 'text/slim',
    slm: 'text/slim',
    sls: 'application/route-s-tsid+xml',
    slt: 'application/vnd.epson.salt',
    sm: 'application/vnd.stepmania.stepchart',
    smf: 'application/vnd.stardivision.math',
    smi: 'application/smil+xml',
    smil: 'application/smil+xml',
    smv: 'video/x-smv',
    smzip: 'application/vnd.stepmania.package',
    snd: 'audio/basic',
    snf: 'application/x-font-snf',
    so: 'application/octet-stream',
    spc: 'application/x-pkcs7-certificates',
    spdx: 'text/spdx',
    spf: 'application/vnd.yamaha.smaf-phrase',
    spl: 'application/x-futuresplash',
    spot: 'text/vnd.in3d.spot',
    spp: 'application/scvp-vp-response',
    spq: 'application/scvp-vp-request',
    spx: 'audio/ogg',
    sql: 'application/sql',
    src: 'application/x-wais-source',
    srt: 'application/x-subrip',
    sru: 'application/sru+xml',
    srx: 'application/sparql-results+xml',
    ssdl: 'application/ssdl+xml',
    sse: 'application/vnd.kodak-descriptor',
    ssf: 'application/vnd.epson.ssf',
    ssml: 'application/ssml+xml',
    st: 'application/vnd.sailingtracker.track',
    stc: 'application/vnd.sun.xml.calc.template',
    std: 'application/vnd.sun.xml.draw.template',
    step: 'model/step',
    stf: 'application/vnd.wt.stf',
    sti: 'application/vnd.sun.xml.impress.template',
    stk: 'application/hyperstudio',
    stl: 'model/stl',
    stp: 'model/step',
    stpnc: 'model/step',
    stpx: 'model/step+xml',
    stpxz: 'model/step-xml+zip',
    stpz: 'model/step+zip',
    str: 'application/vnd.pg.format',
    stw: 'application/vnd.sun.xml.writer.template',
    styl: 'text/stylus',
    stylus: 'text/stylus',
    sub: 'text/vnd.dvb.subtitle',
    sus: 'application/vnd.sus-calendar',
    susp: 'application/vnd.sus-calendar',
    sv4cpio: 'application/x-sv4cpio',
    sv4crc: 'application/x-sv4crc',
    svc: 'application/vnd.dvb.service',
    svd: 'application/vnd.svd',
    svg: 'image/svg+xml',
    svgz: 'image/svg+xml',
    swa: 'application/x-director',
    swf: 'application/x-shockwave-flash',
    swi: 'application/vnd.aristanetworks.swi',
    swidtag: 'application/swid+xml',
    sxc: 'application/vnd.sun.xml.calc',
    sxd: 'application/vnd.sun.xml.draw',
    sxg: 'application/vnd.sun.xml.writer.global',
    sxi: 'application/vnd.sun.xml.impress',
    sxm: 'application/vnd.sun.xml.math',
    sxw: 'application/vnd.sun.xml.writer',
    t: 'text/troff',
    t3: 'application/x-t3vm-image',
    t38: 'image/t38',
    taglet: 'application/vnd.mynfc',
    tao: 'application/vnd.tao.intent-module-archive',
    tap: 'image/vnd.tencent.tap',
    tar: 'application/x-tar',
    tcap: 'application/vnd.3gpp2.tcap',
    tcl: 'application/x-tcl',
    td: 'application/urc-targetdesc+xml',
    teacher: 'application/vnd.smart.teacher',
    tei: 'application/tei+xml',
    teicorpus: 'application/tei+xml',
    tex: 'application/x-tex',
    texi: 'application/x-texinfo',
    texinfo: 'application/x-texinfo',
    text: 'text/plain',
    tfi: 'application/thraud+xml',
    tfm: 'application/x-tex-tfm',
    tfx: 'image/tiff-fx',
    tga: 'image/x-tga',
    thmx: 'application/vnd.ms-officetheme',
    tif: 'image/tiff',
    tiff: 'image/tiff',
    tk: 'application/x-tcl',
    tmo: 'application/vnd.tmobile-livetv',
    toml: 'application/toml',
    torrent: 'application/x-bittorrent',
    tpl: 'application/vnd.groove-tool-template',
    tpt: 'application/vnd.trid.tpt',
    tr: 'text/troff',
    tra: 'application/vnd.trueapp',
    trig: 'application/trig',
    trm: 'application/x-msterminal',
    ts: 'video/mp2t',
    tsd: 'application/timestamped-data',
    tsv: 'text/tab-separated-values',
    ttc: 'font/collection',
    ttf: 'font/ttf',
    ttl: 'text/turtle',
    ttml: 'application/ttml+xml',
    twd: 'application/vnd.simtech-mindmapper',
    twds: 'application/vnd.simtech-mindmapper',
    txd: 'application/vnd.genomatix.tuxedo',
    txf: 'application/vnd.mobius.txf',
    txt: 'text/plain',
    u32: 'application/x-authorware-bin',
    u3d: 'model/u3d',
    u8dsn: 'message/global-delivery-status',
    u8hdr: 'message/global-headers',
    u8mdn: 'message/global-disposition-notification',
    u8msg: 'message/global',
    ubj: 'application/ubjson',
    udeb: 'application/x-debian-package',
    ufd: 'application/vnd.ufdl',
    ufdl: 'application/vnd.ufdl',
    ulx: 'application/x-glulx',
    umj: 'application/vnd.umajin',
    unityweb: 'application/vnd.unity',
    uo: 'application/vnd.uoml+xml',
    uoml: 'application/vnd.uoml+xml',
    uri: 'text/uri-list',
    uris: 'text/uri-list',
    urls: 'text/uri-list',
    usda: 'model/vnd.usda',
    usdz: 'model/vnd.usdz+zip',
    ustar: 'application/x-ustar',
    utz: 'application/vnd.uiq.theme',
    uu: 'text/x-uuencode',
    uva: 'audio/vnd.dece.audio',
    uvd: 'application/vnd.dece.data',
    uvf: 'application/vnd.dece.data',
    uvg: 'image/vnd.dece.graphic',
    uvh: 'video/vnd.dece.hd',
    uvi: 'image/vnd.dece.graphic',
    uvm: 'video/vnd.dece.mobile',
    uvp: 'video/vnd.dece.pd',
    uvs: 'video/vnd.dece.sd',
    uvt: 'application/vnd.dece.ttml+xml',
    uvu: 'video/vnd.uvvu.mp4',
    uvv: 'video/vnd.dece.video',
    uvva: 'audio/vnd.dece.audio',
    uvvd: 'application/vnd.dece.data',
    uvvf: 'application/vnd.dece.data',
    uvvg: 'image/vnd.dece.graphic',
    uvvh: 'video/vnd.dece.hd',
    uvvi: 'image/vnd.dece.graphic',
    uvvm: 'video/vnd.dece.mobile',
    uvvp: 'video/vnd.dece.pd',
    uvvs: 'video/vnd.dece.sd',
    uvvt: 'application/vnd.dece.ttml+xml',
    uvvu: 'video/vnd.uvvu.mp4',
    uvvv: 'video/vnd.dece.video',
    uvvx: 'application/vnd.dece.unspecified',
    uvvz: 'application/vnd.dece.zip',
    uvx: 'application/vnd.dece.unspecified',
    uvz: 'application/vnd.dece.zip',
    vbox: 'application/x-virtualbox-vbox',
    'vbox-extpack': 'application/x-virtualbox-vbox-extpack',
    vcard: 'text/vcard',
    vcd: 'application/x-cdlink',
    vcf: 'text/x-vcard',
    vcg: 'application/vnd.groove-vcard',
    vcs: 'text/x-vcalendar',
    vcx: 'application/vnd.vcx',
    vdi: 'application/x-virtualbox-vdi',
    vds: 'model/vnd.sap.vds',
    vdx: 'application/vnd.ms-visio.viewer',
    vhd: 'application/x-virtualbox-vhd',
    vis: 'application/vnd.visionary',
    viv: 'video/vnd.vivo',
    vmdk: 'application/x-virtualbox-vmdk',
    vob: 'video/x-ms-vob',
    vor: 'application/vnd.stardivision.writer',
    vox: 'application/x-authorware-bin',
    vrml: 'model/vrml',
    vsd: 'application/vnd.visio',
    vsdx: 'application/vnd.visio',
    vsf: 'application/vnd.vsf',
    vss: 'application/vnd.visio',
    vst: 'application/vnd.visio',
    vsw: 'application/vnd.visio',
    vtf: 'image/vnd.valve.source.texture',
    vtt: 'text/vtt',
    vtu: 'model/vnd.vtu',
    vtx: 'application/vnd.visio',
    vxml: 'application/voicexml+xml',
    w3d: 'application/x-director',
    wad: 'application/x-doom',
    wadl: 'application/vnd.sun.wadl+xml',
    war: 'application/java-archive',
    wasm: 'application/wasm',
    wav: 'audio/wav',
    wax: 'audio/x-ms-wax',
    wbmp: 'image/vnd.wap.wbmp',
    wbs: 'application/vnd.criticaltools.wbs+xml',
    wbxml: 'application/vnd.wap.wbxml',
    wcm: 'application/vnd.ms-works',
    wdb: 'application/vnd.ms-works',
    wdp: 'image/vnd.ms-photo',
    weba: 'audio/webm',
    webapp: 'application/x-web-app-manifest+json',
    webm: 'video/webm',
    webmanifest: 'application/manifest+json',
    webp: 'image/webp',
    wg: 'application/vnd.pmi.widget',
    wgsl: 'text/wgsl',
    wgt: 'application/widget',
    wif: 'application/watcherinfo+xml',
    wks: 'application/vnd.ms-works',
    wm: 'video/x-ms-wm',
    wma: 'audio/x-ms-wma',
    wmd: 'application/x-ms-wmd',
    wmf: 'image/wmf',
    wml: 'text/vnd.wap.wml',
    wmlc: 'application/vnd.wap.wmlc',
    wmls: 'text/vnd.wap.wmlscript',
    wmlsc: 'application/vnd.wap.wmlscriptc',
    wmv: 'video/x-ms-wmv',
    wmx: 'video/x-ms-wmx',
    wmz: 'application/x-ms-wmz',
    woff: 'font/woff',
    woff2: 'font/woff2',
    wpd: 'application/vnd.wordperfect',
    wpl: 'application/vnd.ms-wpl',
    wps: 'application/vnd.ms-works',
    wqd: 'application/vnd.wqd',
    wri: 'application/x-mswrite',
    wrl: 'model/vrml',
    wsc: 'message/vnd.wfa.wsc',
    wsdl: 'application/wsdl+xml',
    wspolicy: 'application/wspolicy+xml',
    wtb: 'application/vnd.webturbo',
    wvx: 'video/x-ms-wvx',
    x32: 'application/x-authorware-bin',
    x3d: 'model/x3d+xml',
    x3db: 'model/x3d+fastinfoset',
    x3dbz: 'model/x3d+binary',
    x3dv: 'model/x3d-vrml',
    x3dvz: 'model/x3d+vrml',
    x3dz: 'model/x3d+xml',
    x_b: 'model/vnd.parasolid.transmit.binary',
    x_t: 'model/vnd.parasolid.transmit.text',
    xaml: 'application/xaml+xml',
    xap: 'application/x-silverlight-app',
    xar: 'application/vnd.xara',
    xav: 'application/xcap-att+xml',
    xbap: 'application/x-ms-xbap',
    xbd: 'application/vnd.fujixerox.docuworks.binder',
    xbm: 'image/x-xbitmap',
    xca: 'application/xcap-caps+xml',
    xcs: 'application/calendar+xml',
    xdcf: 'application/vnd.gov.sk.xmldatacontainer+xml',
    xdf: 'application/xcap-diff+xml',
    xdm: 'application/vnd.syncml.dm+xml',
    xdp: 'application/vnd.adobe.xdp+xml',
    xdssc: 'application/dssc+xml',
    xdw: 'application/vnd.fujixerox.docuworks',
    xel: 'application/xcap-el+xml',
    xenc: 'application/xenc+xml',
    xer: 'application/patch-ops-error+xml',
    xfdf: 'application/xfdf',
    xfdl: 'application/vnd.xfdl',
    xht: 'application/xhtml+xml',
    xhtm: 'application/vnd.pwg-xhtml-print+xml',
    xhtml: 'application/xhtml+xml',
    xhvml: 'application/xv+xml',
    xif: 'image/vnd.xiff',
    xla: 'application/vnd.ms-excel',
    xlam: 'application/vnd.ms-excel.addin.macroenabled.12',
    xlc: 'application/vnd.ms-excel',
    xlf: 'application/xliff+xml',
    xlm: 'application/vnd.ms-excel',
    xls: 'application/vnd.ms-excel',
    xlsb: 'application/vnd.ms-excel.sheet.binary.macroenabled.12',
    xlsm: 'application/vnd.ms-excel.sheet.macroenabled.12',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    xlt: 'application/vnd.ms-excel',
    xltm: 'application/vnd.ms-excel.template.macroenabled.12',
    xltx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template',
    xlw: 'application/vnd.ms-excel',
    xm: 'audio/xm',
    xml: 'application/xml',
    xns: 'application/xcap-ns+xml',
    xo: 'application/vnd.olpc-sugar',
    xop: 'application/xop+xml',
    xpi: 'application/x-xpinstall',
    xpl: 'application/xproc+xml',
    xpm: 'image/x-xpixmap',
    xpr: 'application/vnd.is-xpr',
    xps: 'application/vnd.ms-xpsdocument',
    xpw: 'application/vnd.intercon.formnet',
    xpx: 'application/vnd.intercon.formnet',
    xsd: 'application/xml',
    xsf: 'application/prs.xsf+xml',
    xsl: 'application/xml',
    xslt: 'application/xslt+xml',
    xsm: 'application/vnd.syncml+xml',
    xspf: 'application/xspf+xml',
    xul: 'application/vnd.mozilla.xul+xml',
    xvm: 'application/xv+xml',
    xvml: 'application/xv+xml',
    xwd: 'image/x-xwindowdump',
    xyz: 'chemical/x-xyz',
    xz: 'application/x-xz',
    yaml: 'text/yaml',
    yang: 'application/yang',
    yin: 'application/yin+xml',
    yml: 'text/yaml',
    ymp: 'text/x-suse-ymp',
    z1: 'application/x-zmachine',
    z2: 'application/x-zmachine',
    z3: 'application/x-zmachine',
    z4: 'application/x-zmachine',
    z5: 'application/x-zmachine',
    z6: 'application/x-zmachine',
    z7: 'application/x-zmachine',
    z8: 'application/x-zmachine',
    zaz: 'application/vnd.zzazz.deck+xml',
    zip: 'application/zip',
    zir: 'application/vnd.zul',
    zirz: 'application/vnd.zul',
    zmm: 'application/vnd.handheld-entertainment+xml'
};

;// CONCATENATED MODULE: ./src/plan/content-type.ts
// Content-Type and Content-Encoding the way django-storages picks them: Python's
// `mimetypes.guess_type(key)` (3.11, reading Debian's /etc/mime.types as GitHub's runners do).
// The algorithm is ported exactly; the table is mime-db's (what `mime-types` answers, frozen in
// mime-db-types.ts) corrected where Python + Debian answer differently for files that end up in
// static folders.


const DEFAULT_CONTENT_TYPE = 'application/octet-stream';
// Python's suffix_map and encodings_map (encodings are matched case-sensitively).
const SUFFIX_MAP = {
    '.svgz': '.svg.gz',
    '.tgz': '.tar.gz',
    '.taz': '.tar.gz',
    '.tz': '.tar.gz',
    '.tbz2': '.tar.bz2',
    '.txz': '.tar.xz'
};
const ENCODINGS_MAP = { '.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br' };
// Where Python 3.11 + Debian's mime.types differ from mime-db (null: Python knows no type).
const PYTHON_TYPES = {
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.cjs': null,
    '.map': null,
    '.xml': 'application/xml',
    '.scss': null,
    '.sass': null,
    '.less': null,
    '.styl': null,
    '.stylus': null,
    '.jsx': null,
    '.mdx': null,
    '.ts': 'text/vnd.trolltech.linguist',
    '.mts': 'model/vnd.mts',
    '.coffee': 'application/vnd.coffeescript',
    '.litcoffee': null,
    '.hbs': null,
    '.jade': null,
    '.slim': null,
    '.xsl': 'application/xslt+xml',
    '.xsd': null,
    '.rss': 'application/x-rss+xml',
    '.rst': 'text/prs.fallenstein.rst',
    '.yaml': null,
    '.yml': null,
    '.toml': null,
    '.json5': null,
    '.hjson': null,
    '.ini': null,
    '.conf': null,
    '.log': null,
    '.pot': 'text/plain',
    '.jfif': 'image/jpeg',
    '.dib': null,
    '.tga': null,
    '.dds': null,
    '.hdr': 'image/vnd.radiance',
    '.pfb': 'application/x-font',
    '.pfa': 'application/x-font',
    '.afm': null,
    '.zst': 'application/zstd',
    '.m4v': 'video/mp4',
    '.m4b': null,
    '.mp4a': null,
    '.weba': null,
    '.mka': null,
    '.f4v': null,
    '.3gp': 'audio/3gpp',
    '.3g2': 'audio/3gpp2',
    '.flac': 'audio/flac',
    '.wav': 'audio/x-wav',
    '.mid': 'audio/sp-midi',
    '.midi': null,
    '.kar': null,
    '.caf': null,
    '.amr': 'audio/AMR',
    '.m3u': 'audio/mpegurl',
    '.srt': 'text/plain',
    '.sub': null,
    '.ass': 'audio/aac',
    '.swf': 'application/vnd.adobe.flash.movie',
    '.fbx': null,
    '.3ds': null,
    '.blend': null,
    '.gpx': null,
    '.vcf': 'text/vcard',
    '.webapp': null,
    '.crx': null,
    '.msi': 'application/x-msi',
    '.dll': 'application/x-msdos-program',
    '.bat': 'application/x-msdos-program',
    '.com': 'application/x-msdos-program',
    '.sh': 'text/x-sh',
    '.py': 'text/x-python',
    '.pyc': 'application/x-python-code',
    '.pl': 'text/x-perl',
    '.rb': 'application/x-ruby',
    '.php': null,
    '.java': 'text/x-java',
    '.war': null,
    '.c': 'text/x-csrc',
    '.h': 'text/x-chdr',
    '.cpp': 'text/x-c++src',
    '.hpp': 'text/x-c++hdr',
    '.lua': null,
    '.sqlite': 'application/vnd.sqlite3',
    '.img': null,
    '.key': 'application/pgp-keys',
    '.pem': 'application/pem-certificate-chain',
    '.der': null,
    '.p12': 'application/pkcs12',
    '.pfx': 'application/pkcs12',
    '.p7b': null,
    '.pub': 'application/vnd.exstream-package',
    '.dot': 'text/vnd.graphviz',
    '.tex': 'text/x-tex',
    '.mobi': null,
    '.pkpass': null,
    '.lottie': null,
    '.ipynb': null
};
// Types whose bytes are text we serve as UTF-8 (Django's own static files and bundlers write UTF-8).
const CHARSET_TYPES = new Set(['application/javascript', 'application/json', 'image/svg+xml', 'application/xml']);
/** Python `mimetypes.guess_type(path)` (strict), with the Debian table. */
function guessType(path) {
    const { scheme, rest } = splitScheme(path);
    if (scheme === 'data')
        return { type: dataUrlType(rest), encoding: null };
    let [base, ext] = splitext(rest);
    for (let mapped = SUFFIX_MAP[ext.toLowerCase()]; mapped; mapped = SUFFIX_MAP[ext.toLowerCase()]) {
        ;
        [base, ext] = splitext(base + mapped);
    }
    let encoding = null;
    const encodingName = ENCODINGS_MAP[ext];
    if (encodingName) {
        encoding = encodingName;
        [base, ext] = splitext(base);
    }
    return { type: typeForExtension(ext.toLowerCase()), encoding };
}
/** Content-Type and Content-Encoding for a key, as sent: octet-stream when unknown, charset on text types. */
function contentTypeFor(path) {
    const { type, encoding } = guessType(path);
    const contentType = withCharset(type ?? DEFAULT_CONTENT_TYPE);
    return encoding ? { contentType, contentEncoding: encoding } : { contentType };
}
function withCharset(type) {
    const isText = type.startsWith('text/') || CHARSET_TYPES.has(type);
    return isText && !type.includes(';') ? `${type}; charset=utf-8` : type;
}
/** `text/css; charset=utf-8` → `text/css` (for comparing with gzip-content-types). */
function baseType(contentType) {
    return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}
/** `ext` is lower case with its dot ('.css'). */
function typeForExtension(ext) {
    if (ext === '')
        return null;
    if (ext in PYTHON_TYPES)
        return PYTHON_TYPES[ext] ?? null;
    const name = ext.slice(1);
    return Object.hasOwn(MIME_DB_TYPES, name) ? (MIME_DB_TYPES[name] ?? null) : null;
}
/** Python's urllib `_splittype`: a name like `x:y.css` loses `x:` before the extension is read. */
function splitScheme(path) {
    if (!path.includes(':'))
        return { scheme: null, rest: path };
    const match = /^([^/:]+):(.*)$/s.exec(path);
    return match ? { scheme: (match[1] ?? '').toLowerCase(), rest: match[2] ?? '' } : { scheme: null, rest: path };
}
/** guess_type's reading of a `data:` URL: the media type before `;`/`,`, else text/plain. */
function dataUrlType(rest) {
    const comma = rest.indexOf(',');
    if (comma < 0)
        return null;
    const semi = rest.slice(0, comma).indexOf(';');
    const type = rest.slice(0, semi >= 0 ? semi : comma);
    return type.includes('=') || !type.includes('/') ? 'text/plain' : type;
}

;// CONCATENATED MODULE: ./src/plan/prepare.ts
// Output files → objects ready to compare and write: final bytes (gzipped when asked), their
// MD5 and multipart ETag, Content-Type/-Encoding, Cache-Control, parameters and a digest of
// all of those headers (so a header change is noticed without asking S3 for each object).









async function prepareObjects(outputs, options) {
    const parts = {
        partSize: options.partSize ?? etag/* DEFAULT_PART_SIZE */.US,
        multipartThreshold: options.multipartThreshold ?? etag/* DEFAULT_MULTIPART_THRESHOLD */.tk
    };
    const files = options.fileDigests ?? new FileDigests(parts);
    const digestOf = memoizedHeadersDigest();
    const rules = ruleMatcher(options.objectRules ?? []);
    const settled = await (0,pool/* runPool */.k)(outputs, options.concurrency, (output) => prepareObject(output, options, files, digestOf, rules));
    const failures = settled.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    if (failures.length === 1)
        throw failures[0];
    if (failures.length > 1) {
        const first = failures[0] instanceof errors/* ActionError */.l ? failures[0].details : {};
        throw new errors/* ActionError */.l(`${failures.length} files could not be read:\n${failures.map(prepare_messageOf).join('\n')}`, first);
    }
    return settled.map((result) => result.value);
}
async function prepareObject(output, options, files, digestOf, rules) {
    const parts = files.parts;
    const rule = rules(output.path);
    const headers = applyRule(objectHeaders(output.path, output.role, options), rule);
    const compress = options.gzip &&
        !ruleSetsEncoding(rule) &&
        !headers.contentEncoding &&
        isGzipType(headers.contentType, options.gzipContentTypes);
    let body = output.body;
    let digests;
    try {
        if (compress) {
            body = { kind: 'bytes', data: gzipDeterministic(await readBody(output.body)) };
            digests = (0,etag/* digestBytes */.QN)(body.data, parts);
        }
        else {
            digests = body.kind === 'file' ? await files.of(body.absPath) : (0,etag/* digestBytes */.QN)(body.data, parts);
        }
    }
    catch (error) {
        throw unreadable(output, error);
    }
    const finalHeaders = compress ? { ...headers, contentEncoding: 'gzip' } : headers;
    return {
        path: output.path,
        body,
        size: digests.size,
        md5: digests.md5,
        ...(digests.multipartEtag ? { multipartEtag: digests.multipartEtag } : {}),
        ...finalHeaders,
        headersDigest: digestOf(finalHeaders, rule),
        role: output.role,
        ...(rule ? { objectRule: rule.index } : {}),
        ...(output.hashedFrom !== undefined ? { hashedFrom: output.hashedFrom } : {}),
        ...(output.found ? { found: output.found } : {})
    };
}
/**
 * django-storages' choice: object-parameters' ContentType wins (with its ContentEncoding);
 * otherwise the guessed type and encoding (`x.js.gz` → JS + gzip), octet-stream when unknown.
 */
function objectHeaders(path, role, options) {
    const { ContentType, ContentEncoding, CacheControl, ...parameters } = options.objectParameters;
    const guessed = typeof ContentType === 'string' ? null : contentTypeFor(path);
    const contentType = typeof ContentType === 'string' ? ContentType : (guessed?.contentType ?? '');
    const contentEncoding = guessed?.contentEncoding ?? (typeof ContentEncoding === 'string' ? ContentEncoding : undefined);
    const hashedName = role === 'hashed' || role === 'intermediate';
    const cacheControl = typeof CacheControl === 'string' ? CacheControl : hashedName ? options.cacheControlHashed : options.cacheControl;
    return { contentType, ...(contentEncoding ? { contentEncoding } : {}), cacheControl, parameters };
}
/** sha256 of a canonical JSON (sorted keys) of everything S3 stores besides the bytes. */
function headersDigest(headers) {
    const canonical = canonicalJson({
        cacheControl: headers.cacheControl,
        contentEncoding: headers.contentEncoding ?? null,
        contentType: headers.contentType,
        parameters: headers.parameters
    });
    return (0,external_node_crypto_.createHash)('sha256').update(canonical).digest('hex');
}
/**
 * headersDigest for one run's objects: those under the same object rule (or none) share their
 * parameters and differ only in a few header values.
 */
function memoizedHeadersDigest() {
    const digests = new Map();
    return (headers, rule) => {
        const key = `${rule?.index ?? 0}\n${headers.contentType}\n${headers.contentEncoding ?? ''}\n${headers.cacheControl}`;
        let digest = digests.get(key);
        if (digest === undefined) {
            digest = headersDigest(headers);
            digests.set(key, digest);
        }
        return digest;
    };
}
/** zlib level 9 in a gzip wrapper with mtime 0, no name and OS byte 03, like django-storages on Unix. */
function gzipDeterministic(data) {
    const compressed = (0,external_node_zlib_.gzipSync)(data, { level: 9 });
    compressed[9] = 0x03; // the OS byte differs by platform in Node's zlib; pin it
    return compressed;
}
function isGzipType(contentType, gzipContentTypes) {
    const type = baseType(contentType);
    return gzipContentTypes.some((candidate) => baseType(candidate) === type);
}
async function readBody(body) {
    return body.kind === 'bytes' ? body.data : (0,promises_.readFile)(body.absPath);
}
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).filter(([, item]) => item !== undefined);
        entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
function unreadable(output, error) {
    const absPath = output.body.kind === 'file' ? output.body.absPath : output.path;
    const code = error.code;
    const why = code === 'ENOENT'
        ? 'it does not exist (a dangling symlink?); fix or remove the link'
        : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied; make it readable by the runner user'
            : code === 'EISDIR'
                ? 'it is a directory'
                : prepare_messageOf(error);
    return new errors/* ActionError */.l(`Cannot read '${absPath}' (collected as '${output.path}'): ${why}.`, { file: absPath });
}
function prepare_messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/progress/instrument.ts

class CountedDigests extends FileDigests {
    progress;
    seen = new Set();
    constructor(progress, parts, blobs) {
        super(parts, blobs);
        this.progress = progress;
    }
    of(absPath) {
        const digest = super.of(absPath);
        if (!this.seen.has(absPath)) {
            this.seen.add(absPath);
            digest.then((digests) => this.progress.step(digests.size), () => this.progress.step(0));
        }
        return digest;
    }
}
/** The same target, with each finished put (success or failure) reported; every other member as it is. */
function countingPuts(target, progress) {
    const put = async (object) => {
        try {
            return await target.put(object);
        }
        finally {
            progress.step(object.size);
        }
    };
    return new Proxy(target, {
        get(inner, property) {
            if (property === 'put')
                return put;
            const value = Reflect.get(inner, property, inner);
            return typeof value === 'function' ? value.bind(inner) : value;
        }
    });
}
/** Objects the plan uploads and their bytes: the upload stage's total. */
function uploadTotals(plan) {
    const uploads = plan.files.filter((file) => file.action === 'upload');
    return [uploads.length, uploads.reduce((sum, file) => sum + (file.object?.size ?? 0), 0)];
}

;// CONCATENATED MODULE: ./src/progress/progress.ts
const NO_PROGRESS = {
    begin: () => { },
    step: () => { },
    end: () => { }
};

;// CONCATENATED MODULE: ./src/pipeline.ts
// One run, stage by stage: find → (hash) → prepare → plan → execute. Pure orchestration; the
// target passed in decides whether anything is really written (a dry run records instead).

















async function deploy(settings, target, services = {}) {
    const { cdnRun = null, progress = NO_PROGRESS, control } = services;
    const started = performance.now();
    const checkProblems = stopIncomplete(applyFailOn([...settings.problems, ...staticDirChecks(settings)], settings.failOn), settings.dryRun);
    assertNoErrors(checkProblems);
    const { collection, built, objects, listing, fileDigests } = await findAndHash(settings, target, services);
    const inventory = await listing.catch((error) => {
        throw control?.stopped ? new RunStoppedError(control.stopped) : error;
    });
    const plan = planUpload(objects, inventory, { ...settings.upload, compareHeaders: target.tracksHeaders });
    const problems = applyFailOn([...checkProblems, ...collection.problems, ...(built.problems ?? []), ...plan.problems], settings.failOn);
    assertNoErrors(problems);
    // Stopped before anything was sent (while finding, hashing or listing): nothing to report but that.
    if (control?.stopped)
        throw new RunStoppedError(control.stopped);
    const cdnProblems = [];
    const run = { cdnRun, progress, concurrency: settings.upload.concurrency, ...(control ? { control } : {}) };
    const execution = await upload(plan, inventory, target, fileDigests, run, cdnProblems);
    // A stopped run invalidates nothing: what it did upload stays owed in the state for the next run.
    const invalidating = cdnRun && !execution.stopped;
    const invalidation = invalidating
        ? await invalidateChanges(finishedRun(execution, inventory, plan), target, cdnRun, cdnProblems)
        : undefined;
    return {
        dryRun: settings.dryRun,
        target: target.describe(),
        workingDirectory: settings.workingDirectory,
        collection,
        files: execution.files,
        problems: [...problems, ...execution.problems, ...cdnProblems],
        ...(built.manifest ? { manifest: built.manifest } : {}),
        ...(inventory.available ? {} : { inventoryNote: inventory.reason }),
        origins: settings.origins,
        ...(invalidation ? { invalidation } : {}),
        keyPrefix: settings.destination?.kind === 's3' ? settings.destination.prefix : '',
        publicStaticUrl: settings.publicStaticUrl,
        requests: { ...target.requestCounts(), ...cdnRun?.cdn.requestCounts() },
        reads: { bytesRead: fileDigests.bytesRead, digestsReused: fileDigests.blobs?.reused ?? 0 },
        durationMs: performance.now() - started,
        ...(execution.stopped ? { stopped: execution.stopped } : {})
    };
}
/** Find the files, start the listing, then hash and prepare every object while it runs. */
async function findAndHash(settings, target, services) {
    const { progress = NO_PROGRESS, workspace = (0,git_thread/* gitWorkspace */.E7)(), control } = services;
    // git runs in processes of its own, alongside the (synchronous) walk.
    const vouched = workspace.vouchedFiles(settings.workingDirectory);
    const collection = await collect(settings);
    assertKeysFit(settings, collection);
    // What the target holds does not depend on the files' bytes: list it while they are hashed. The
    // paths found tell a long listing where to cut itself into ranges read at once.
    const listing = target.inventory(settings.manifest?.name ?? null, Promise.resolve(collection.files.map((file) => file.path)));
    listing.catch(() => { }); // awaited by deploy(); if an earlier stage fails first, this failure is not reported
    const fileDigests = new CountedDigests(progress, DEFAULT_PART_OPTIONS, await knownDigests(target, vouched));
    progress.begin('hash', collection.files.length);
    const built = await buildOutputs(collection, settings.manifest, settings.workingDirectory, fileDigests);
    if (control?.stopped)
        throw new RunStoppedError(control.stopped);
    const objects = await prepareObjects(built.outputs, { ...settings.upload, fileDigests });
    progress.end();
    return { collection, built, objects, listing, fileDigests };
}
/** Checked before the first request: a key S3 refuses (over 1,024 bytes) or one the manifest would not name (a backslash). */
function assertKeysFit(settings, collection) {
    if (settings.destination?.kind !== 's3')
        return;
    const cwd = settings.workingDirectory;
    assertNoErrors([
        ...keyLengthProblems(collection.files, settings.destination.prefix, settings.manifest !== null, cwd),
        ...backslashProblems(collection.files, cwd)
    ]);
}
/** Record what the CDN will be owed, then run the plan; the state keeps the blob digests for the next run. */
async function upload(plan, inventory, target, fileDigests, run, cdnProblems) {
    const { cdnRun, progress, control, concurrency } = run;
    // Before any upload, the state records what this run will owe the CDN: a run that stops half-way leaves it.
    const pendingInvalidation = await recordOwed(plan, inventory, target, cdnRun, cdnProblems);
    const owed = pendingInvalidation ? { pendingInvalidation } : {};
    progress.begin('upload', ...uploadTotals(plan));
    const blobs = fileDigests.blobs?.table() ?? {};
    const options = { concurrency, inventory, ...owed, blobs, ...(control ? { control } : {}) };
    const execution = await executePlan(plan, countingPuts(target, progress), options);
    progress.end();
    return execution;
}
function finishedRun(execution, inventory, plan) {
    const owedBefore = inventory.available ? (inventory.state?.pendingInvalidation ?? []) : [];
    const universe = [...plan.files.map((file) => file.path), ...(inventory.available ? inventory.objects.keys() : [])];
    return {
        files: execution.files,
        failed: execution.failed,
        owedBefore,
        universe,
        ...(execution.state ? { state: execution.state } : {})
    };
}
/** Digests earlier runs recorded for the blobs git vouches for (none without git or a state). */
async function knownDigests(target, vouched) {
    const [files, state] = await Promise.all([vouched, target.readState?.() ?? null]);
    const usable = state && state.partSize === DEFAULT_PART_OPTIONS.partSize ? (state.blobs ?? {}) : {};
    return new BlobDigests(files, usable, DEFAULT_PART_OPTIONS);
}
/** Django runs the STATICFILES_DIRS checks only when FileSystemFinder is in use. */
function staticDirChecks(settings) {
    if (!settings.finders.includes(FILE_SYSTEM_FINDER))
        return [];
    return checkStaticDirs(settings.staticDirs, settings.staticRoot, settings.workingDirectory);
}
async function collect(settings) {
    const collection = await findStaticFiles({
        projectRoot: settings.workingDirectory,
        staticDirs: settings.staticDirs,
        apps: settings.apps,
        ignorePatterns: settings.ignorePatterns,
        finders: settings.finders,
        ...(settings.listedFiles ? { listedFiles: settings.listedFiles } : {})
    });
    if (collection.files.length === 0) {
        const sources = [...settings.staticDirs.map((dir) => dir.path), ...settings.apps.map((app) => external_node_path_default().join(app.path, 'static'))];
        throw new errors/* InputError */.d(settings.staticDirs.length > 0 ? 'static-dirs' : 'apps', `no static files found in ${sources.length} source(s) (${sources.join(', ')}). ` +
            'Check the `static-dirs`, `apps` and `ignore` inputs (or STATICFILES_DIRS / INSTALLED_APPS).');
    }
    return collection;
}

;// CONCATENATED MODULE: ./src/report/annotation-limits.ts
const ANNOTATIONS_PER_KIND = 10;
const RESERVED = { error: 1, warning: 0, notice: 0 };
function limitAnnotations(problems) {
    const chosen = [];
    for (const severity of ['error', 'warning', 'notice']) {
        const all = problems.filter((problem) => problem.severity === severity);
        const room = ANNOTATIONS_PER_KIND - RESERVED[severity];
        if (all.length <= room) {
            chosen.push(...all.map((problem) => ({ severity, problem })));
            continue;
        }
        const shown = all.slice(0, room - 1);
        chosen.push(...shown.map((problem) => ({ severity, problem })));
        const more = all.length - shown.length;
        chosen.push({
            severity,
            message: `…and ${more} more ${severity === 'notice' ? 'notices' : `${severity}s`}: GitHub shows only ${ANNOTATIONS_PER_KIND} per kind, all are listed in the job summary and the report file.`
        });
    }
    return chosen;
}

;// CONCATENATED MODULE: ./src/report/deploy-outputs.ts
/** changed-keys stays below this many characters of JSON (GitHub keeps a job's outputs to 1 MB in all). */
const CHANGED_KEYS_MAX_CHARS = 65_536;
function deployOutputs(report) {
    const key = (path) => (report.keyPrefix ? `${report.keyPrefix}/${path}` : path);
    const changed = report.files
        .filter((file) => file.action === 'upload' || file.action === 'delete')
        .map((file) => key(file.path));
    const { json, truncated } = jsonArrayWithin(changed, CHANGED_KEYS_MAX_CHARS);
    const manifest = report.files.find((file) => file.role === 'manifest' && file.action === 'upload');
    return {
        'changed-keys': json,
        'changed-keys-truncated': String(truncated),
        'manifest-key': manifest ? key(manifest.path) : '',
        'static-url': report.publicStaticUrl ?? '',
        'invalidation-id': report.invalidation?.id ?? '',
        'invalidated-paths': JSON.stringify(report.invalidation?.error ? [] : (report.invalidation?.paths.map((path) => path.path) ?? []))
    };
}
/** The longest prefix of `items` whose JSON array fits in `maxChars`. */
function jsonArrayWithin(items, maxChars) {
    let length = 2;
    let count = 0;
    for (const item of items) {
        const added = JSON.stringify(item).length + (count > 0 ? 1 : 0);
        if (length + added > maxChars)
            break;
        length += added;
        count++;
    }
    return { json: JSON.stringify(items.slice(0, count)), truncated: count < items.length };
}

;// CONCATENATED MODULE: ./src/report/report-file.ts
// The report as a JSON file with one entry per line in its long lists (files, duplicates). It
// is written in pieces: a 20,000-file report is 10 MB of JSON, and building it as one string
// (then one buffer on its way to disk) was the largest allocation of a run.


const LISTS = new Set(['files', 'duplicates']);
const FLUSH_AT = 64 * 1024;
async function writeReportFile(report, reportPath) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(reportPath), { recursive: true });
    const file = await (0,promises_.open)(reportPath, 'w');
    try {
        const out = new ChunkedWriter(file);
        const entries = Object.entries(report).filter(([, value]) => value !== undefined);
        await out.write('{\n');
        for (const [index, [key, value]] of entries.entries()) {
            const comma = index < entries.length - 1 ? ',' : '';
            if (LISTS.has(key) && Array.isArray(value))
                await writeList(out, key, value, comma);
            else
                await out.write(`  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')}${comma}\n`);
        }
        await out.write('}\n');
        await out.flush();
    }
    finally {
        await file.close();
    }
}
async function writeList(out, key, items, comma) {
    if (items.length === 0)
        return out.write(`  ${JSON.stringify(key)}: []${comma}\n`);
    await out.write(`  ${JSON.stringify(key)}: [\n`);
    // Awaited only when a piece is full: 20,000 awaits of nothing cost more than the lines.
    for (let index = 0; index < items.length; index++) {
        if (out.add(`    ${JSON.stringify(items[index])}${index < items.length - 1 ? ',' : ''}\n`))
            await out.flush();
    }
    await out.write(`  ]${comma}\n`);
}
class ChunkedWriter {
    file;
    pending = [];
    size = 0;
    constructor(file) {
        this.file = file;
    }
    async write(text) {
        if (this.add(text))
            await this.flush();
    }
    /** Keeps `text` for the next flush; true when the piece is full and should be flushed. */
    add(text) {
        this.pending.push(text);
        this.size += text.length;
        return this.size >= FLUSH_AT;
    }
    async flush() {
        if (this.pending.length === 0)
            return;
        const text = this.pending.join('');
        this.pending = [];
        this.size = 0;
        await this.file.write(text);
    }
}

;// CONCATENATED MODULE: ./src/report/budget.ts
// GitHub rejects a step summary over 1 MiB. Sections draw rows from one shared byte budget and
// end with a note pointing at the report file once it runs out.
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const RESERVED_BYTES = 64 * 1024; // headline, notes and closing tags always fit
class SummaryBudget {
    remaining;
    constructor(limit = SUMMARY_LIMIT_BYTES) {
        this.remaining = limit - RESERVED_BYTES;
    }
    /**
     * Renders and takes rows while they fit; returns the ones taken. Rows are rendered one at a
     * time, so a 60,000-file table costs the rows that fit, not 60,000 strings.
     */
    take(items, render) {
        const taken = [];
        for (const item of items) {
            const row = render(item);
            const size = Buffer.byteLength(row, 'utf8') + 1;
            if (size > this.remaining)
                break;
            this.remaining -= size;
            taken.push(row);
        }
        return taken;
    }
}

;// CONCATENATED MODULE: ./src/report/failure-groups.ts
const SAMPLES = 5;
// S3 request ids and host ids: long runs of upper-case letters and digits, or base64.
const REQUEST_ID = /\b(?=[A-Z0-9+/=]*\d)[A-Z0-9+/=]{16,}\b/g;
function groupFailures(files) {
    const groups = new Map();
    for (const file of files) {
        if (file.action !== 'fail')
            continue;
        const operation = file.object ? 'upload' : 'delete';
        const cause = normaliseCause(file.reason, file.path);
        const id = `${operation}\n${cause}`;
        const group = groups.get(id) ?? { cause, reason: file.reason, operation, paths: [] };
        group.paths.push(file.path);
        groups.set(id, group);
    }
    return [...groups.values()].sort((a, b) => b.paths.length - a.paths.length);
}
function normaliseCause(reason, path) {
    let cause = reason;
    for (const form of new Set([path, encodeURI(path), encodeURIComponent(path)])) {
        if (form !== '')
            cause = cause.split(form).join('*');
    }
    return cause.replace(REQUEST_ID, '…');
}
function groupProblem(group) {
    const count = group.paths.length;
    const samples = group.paths.slice(0, SAMPLES);
    const what = group.operation === 'upload' ? 'upload' : 'deletion';
    const hit = count === 1
        ? `1 ${what} failed: '${samples[0]}'`
        : `${count} ${what}s failed, e.g. ${samples.map((path) => `'${path}'`).join(', ')}${count > SAMPLES ? ` (all ${count} in the report file)` : ''}`;
    return { kind: 'upload', severity: 'error', message: `${count === 1 ? group.reason : group.cause} (${hit})`, count, samples };
}
/**
 * The run's problems with the per-message failure problems replaced by one problem per cause.
 * Those per-message problems are `<reason> (<which files>)` for a failed file's reason.
 */
function regroupFailureProblems(problems, files) {
    const groups = groupFailures(files);
    if (groups.length === 0)
        return [...problems];
    const reasons = new Set(files.filter((file) => file.action === 'fail').map((file) => file.reason));
    const others = problems.filter((problem) => !isPerMessageFailure(problem, reasons));
    return [...groups.map(groupProblem), ...others];
}
function isPerMessageFailure(problem, reasons) {
    if (problem.kind !== 'upload' || problem.severity !== 'error' || !problem.message.endsWith(')'))
        return false;
    for (let at = problem.message.lastIndexOf(' ('); at > 0; at = problem.message.lastIndexOf(' (', at - 1)) {
        if (reasons.has(problem.message.slice(0, at)))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/report/invalidation-section.ts

function invalidationSection(report, budget) {
    const outcome = report.invalidation;
    if (!outcome)
        return '';
    const verb = outcome.dryRun ? 'would invalidate' : outcome.error ? 'failed to invalidate' : 'invalidated';
    const lines = [`#### Invalidation: ${cell(outcome.distribution)}`];
    if (outcome.paths.length > 0) {
        const id = outcome.id ? ` · ID ${code(outcome.id)} (${cell(outcome.status ?? '')})` : '';
        lines.push(`${verb} ${plural(outcome.paths.length, 'path')} covering ${plural(outcome.keys, 'changed key')}${id}`);
    }
    if (outcome.error)
        lines.push(`> [!CAUTION]\n> ${cell(outcome.error)}`);
    for (const note of outcome.notes)
        lines.push(`> [!NOTE]\n> ${cell(note)}`);
    if (outcome.paths.length > 0) {
        const rows = budget.take(outcome.paths, (path) => `| ${code(path.path)} | ${cell(path.why)} |`);
        const more = outcome.paths.length - rows.length;
        const table = ['| Path | Why |', '| --- | --- |', ...rows].join('\n');
        lines.push(table + (more > 0 ? `\n\n…and ${plural(more, 'more path')}: see the report file.` : ''));
    }
    return lines.join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/summary.ts





const OPEN_TABLE_ROWS = 20;
const SHOWN_REASONS = 8;
function renderSummary(report, reportPath, budget = new SummaryBudget()) {
    const sections = [
        headline(report),
        problems(report.problems, budget),
        invalidationSection(report, budget),
        filesSection(report, 'upload', report.dryRun ? 'To upload' : 'Uploaded', budget),
        filesSection(report, 'fail', 'Failed', budget),
        filesSection(report, 'delete', report.dryRun ? 'To delete' : 'Deleted', budget),
        filesSection(report, 'skip', 'Skipped', budget),
        duplicates(report, budget),
        settings(report),
        `Full report: ${code(reportPath)}`
    ];
    return sections.filter((section) => section !== '').join('\n\n') + '\n';
}
function headline(report) {
    const t = report.totals;
    const verb = report.dryRun ? 'would upload' : 'uploaded';
    const title = `### collectstatic-s3${report.dryRun ? ' (dry run)' : ''}: ${verb} ${plural(t.uploaded, 'file')} (${formatBytes(t.bytesUploaded)})`;
    const parts = [
        `${plural(t.collected, 'file')} collected`,
        `${t.skipped} skipped`,
        `${t.deleted} ${report.dryRun ? 'to delete' : 'deleted'}`,
        `${t.failed} failed`,
        plural(t.duplicates, 'duplicate')
    ];
    const lines = [title, `${parts.join(' · ')} → ${code(report.target)}`];
    if (report.manifest) {
        const m = report.manifest;
        lines.push(`Manifest ${code(m.name)} (hash ${code(m.hash)}): ${plural(m.hashedFiles, 'hashed file')}, ${plural(m.referencesRewritten, 'reference')} rewritten.`);
    }
    if (report.stopped)
        lines.push(`> [!CAUTION]\n> ${cell(stoppedNote(report))}`);
    if (report.inventoryNote)
        lines.push(`> [!NOTE]\n> ${cell(report.inventoryNote)}`);
    if (report.dryRun)
        lines.push('Dry run: nothing was written.');
    return lines.join('\n\n');
}
/** What a stopped run did and did not do, for the summary and the step's failure message. */
function stoppedNote(report) {
    const reason = report.stopped ? describeStop(report.stopped) : 'the run stopped';
    const notSent = report.files.filter((file) => file.action === 'skip' && /^(not uploaded|interrupted)/.test(file.reason)).length;
    const t = report.totals;
    // A stop that came late (while deleting) may follow the manifest upload: say what really happened.
    const manifestSent = report.files.some((file) => file.role === 'manifest' && file.action === 'upload');
    return (`Stopped: ${reason}. ${plural(t.uploaded, 'file')} uploaded, ${plural(notSent, 'file')} not uploaded or interrupted` +
        `${t.failed ? `, ${t.failed} failed` : ''}; the manifest was ${manifestSent ? 'replaced' : 'not replaced'} and ` +
        `${t.deleted ? `${plural(t.deleted, 'file')} deleted` : 'nothing was deleted'}. Run the step again: it sends only what is still missing or different.`);
}
/** Drawn from the same budget as the tables, first: 20,000 problems must not push the summary past 1 MiB. */
function problems(list, budget) {
    if (list.length === 0)
        return '';
    const icon = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
    const items = budget.take(list, (problem) => {
        const where = problem.file ? ` (${code(problem.file + (problem.line ? `:${problem.line}` : ''))})` : '';
        return `- ${icon[problem.severity]} ${cell(problem.message)}${where}`;
    });
    const more = list.length - items.length;
    const note = more > 0 ? `\n\n…and ${plural(more, 'more problem')}: see the report file.` : '';
    return `#### Problems\n\n${items.join('\n')}${note}`;
}
function filesSection(report, action, title, budget) {
    const files = report.files.filter((file) => file.action === action);
    if (files.length === 0)
        return '';
    const header = ['| Path | Source | Size | Reason |', '| --- | --- | ---: | --- |'];
    const rows = budget.take(files, fileRow);
    const table = [...header, ...rows].join('\n');
    const more = files.length - rows.length;
    const note = more > 0 ? `\n\n…and ${plural(more, 'more file')}: see the report file.` : '';
    const heading = `${title}: ${plural(files.length, 'file')} (${formatBytes(sum(files))})${reasonCounts(files)}`;
    return details(heading, table + note, files.length <= OPEN_TABLE_ROWS && action !== 'skip');
}
function fileRow(file) {
    const name = file.hashedFrom ? `${code(file.hashedFrom)} → ${code(file.path)}` : code(file.path);
    const source = file.source ? code(file.source) : file.role === 'manifest' ? 'manifest' : '';
    return `| ${name} | ${source} | ${formatBytes(file.size)} | ${cell(file.reason)} |`;
}
/** Reasons by cause (a failure's message names its key: see failure-groups.ts), the commonest few. */
function reasonCounts(files) {
    const counts = new Map();
    for (const file of files) {
        // Only a failure's message names its key; other reasons are fixed words.
        const reason = file.action === 'fail' ? normaliseCause(file.reason, file.path) : file.reason;
        counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
    if (counts.size <= 1 && files.length > 0)
        return `, ${cell(truncate([...counts.keys()][0], 300))}`;
    const sorted = [...counts].sort((a, b) => b[1] - a[1]);
    const shown = sorted.slice(0, SHOWN_REASONS).map(([reason, count]) => `${count} ${cell(truncate(reason, 300))}`);
    const rest = sorted.length - shown.length;
    return ': ' + shown.join(', ') + (rest > 0 ? `, and ${plural(rest, 'other reason')}` : '');
}
function duplicates(report, budget) {
    if (report.duplicates.length === 0)
        return '';
    const rows = budget.take(report.duplicates, (d) => `| ${code(d.path)} | ${code(d.used)} | ${d.ignored.map(code).join('<br>')} |`);
    const more = report.duplicates.length - rows.length;
    const table = ['| Path | Used | Ignored |', '| --- | --- | --- |', ...rows].join('\n');
    const note = more > 0 ? `\n\n…and ${plural(more, 'more duplicate')}: see the report file.` : '';
    const heading = `Duplicates: ${plural(report.duplicates.length, 'path')} provided by more than one source (the first found wins)`;
    return details(heading, table + note, report.duplicates.length <= OPEN_TABLE_ROWS);
}
function settings(report) {
    if (report.settings.length === 0)
        return '';
    const rows = report.settings.map((s) => `| ${cell(s.name)} | ${code(truncate(s.value, 200))} | ${cell(s.from)} |`);
    return details('Effective settings', ['| Setting | Value | From |', '| --- | --- | --- |', ...rows].join('\n'), false);
}
function details(summary, body, open) {
    return `<details${open ? ' open' : ''}><summary><strong>${summary}</strong></summary>\n\n${body}\n\n</details>`;
}
function sum(files) {
    return files.reduce((total, file) => total + file.size, 0);
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
/** The summary of a run that stopped before writing anything. */
function renderFailure(message, list, budget = new SummaryBudget()) {
    const sections = [
        '### collectstatic-s3 failed',
        `> [!CAUTION]\n> ${cell(message)}`,
        problems(list, budget),
        'Nothing was written.'
    ];
    return sections.filter(Boolean).join('\n\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/publish.ts




async function publishReport(report, reportPath, toolkit, annotationPath) {
    await writeReportFile(report, reportPath);
    setOutputs(report, reportPath, toolkit);
    annotate(report.problems, toolkit, annotationPath);
    toolkit.info(headlineForLog(report));
    await toolkit.appendSummary(renderSummary(report, reportPath));
    toolkit.showReport?.(report, reportPath);
}
function setOutputs(report, reportPath, toolkit) {
    const t = report.totals;
    const outputs = {
        uploaded: t.uploaded,
        skipped: t.skipped,
        deleted: t.deleted,
        failed: t.failed,
        duplicates: t.duplicates,
        collected: t.collected,
        'bytes-uploaded': t.bytesUploaded,
        'manifest-hash': report.manifest?.hash ?? '',
        target: report.target,
        'report-file': reportPath,
        ...deployOutputs(report)
    };
    for (const [name, value] of Object.entries(outputs))
        toolkit.setOutput(name, value);
}
function annotate(problems, toolkit, annotationPath) {
    for (const { severity, problem, message: pointer } of limitAnnotations(problems)) {
        if (!problem) {
            toolkit[severity](pointer ?? '', {});
            continue;
        }
        const where = {
            ...(problem.file ? { file: annotationPath(problem.file) } : {}),
            ...(problem.line ? { line: problem.line } : {})
        };
        const message = problem.code ? `${problem.message} [${problem.code}]` : problem.message;
        toolkit[problem.severity](message, where);
    }
}
function headlineForLog(report) {
    const t = report.totals;
    const verb = report.dryRun ? 'would upload' : 'uploaded';
    return `collectstatic-s3: ${t.collected} collected, ${verb} ${t.uploaded}, skipped ${t.skipped}, deleted ${t.deleted}, failed ${t.failed}, ${t.duplicates} duplicates → ${report.target}`;
}

;// CONCATENATED MODULE: ./src/adapters/github-comments.ts
/** A failed GitHub API call: the HTTP status (403 for a read-only token) and GitHub's message. */
class GitHubApiError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
        this.name = 'GitHubApiError';
    }
}
// A comment must never hold up the step for long.
const REQUEST_TIMEOUT_MS = 20_000;
function createGitHubComments(token, apiUrl) {
    const request = () => ({ request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } });
    return {
        async upsert(pull, marker, body) {
            const where = { owner: pull.owner, repo: pull.repo };
            try {
                // Octokit is a large part of the bundle: only a run that comments loads it.
                const { getOctokit } = await __webpack_require__.e(/* import() */ 785).then(__webpack_require__.bind(__webpack_require__, 2785));
                const octokit = getOctokit(token, { baseUrl: apiUrl });
                const existing = await findComment(octokit, { ...where, issue_number: pull.number }, marker);
                if (existing !== undefined) {
                    const updated = await octokit.rest.issues.updateComment({ ...where, comment_id: existing, body, ...request() });
                    return { action: 'updated', url: updated.data.html_url };
                }
                const created = await octokit.rest.issues.createComment({ ...where, issue_number: pull.number, body, ...request() });
                return { action: 'created', url: created.data.html_url };
            }
            catch (error) {
                // Octokit reports a request that got no response (refused, timed out) as status 500.
                const { status, response } = error;
                throw new GitHubApiError(typeof status === 'number' && response ? status : undefined, error.message ?? String(error));
            }
        }
    };
}
async function findComment(octokit, issue, marker) {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...issue, per_page: 100 });
    for await (const page of pages) {
        const found = page.data.find((comment) => comment.body?.includes(marker));
        if (found)
            return found.id;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/report/pr-comment.ts

/**
 * Plain text in the comment: escaped like a table cell, and an `@` a word joiner apart from what
 * follows, so a path such as `vendor/@fortawesome/x.css` in a message does not mention anyone.
 * (Inside <code> GitHub links no mentions.)
 */
function pr_comment_text(value) {
    return cell(value).replace(/@/g, '@\u2060');
}
/** GitHub rejects a comment body over 65,536 characters; string length (UTF-16 units) never undercounts them. */
const COMMENT_LIMIT = 65_536;
// Headline, notes, closing tags and the footer always fit in what is held back.
const pr_comment_RESERVED = 4_000;
// No section renders more rows than could ever fit (a row is at least ~25 characters).
const MAX_ROWS = Math.ceil(COMMENT_LIMIT / 25);
/** The hidden first line later runs look for: one comment per workflow job and target (dry run or not). */
function commentMarker(commentKey, target) {
    const key = `${commentKey} ${target}`.trim().replace(/--+/g, '-').replace(/>/g, '');
    return `<!-- collectstatic-s3 plan: ${key} -->`;
}
function renderPlanComment(report, context) {
    const head = [context.marker, pr_comment_headline(report), ...notes(report, context)].join('\n\n');
    const missing = report.problems.filter((problem) => problem.kind === 'missing-reference');
    // The fallback's notice is already the note under the headline.
    const others = report.problems.filter((problem) => problem.kind !== 'missing-reference' && problem.message !== context.forcedDryRun);
    const lists = [
        changes(report),
        failures(report),
        pr_comment_duplicates(report),
        problemSection('Missing references', missing),
        problemSection('Problems', others),
        invalidation(report.dryRun, context.invalidation)
    ].filter((section) => section !== null);
    return assemble(head, lists, footer(context));
}
/** The comment of a run that stopped before it could plan (missing references, bad input, ...). */
function renderFailureComment(message, problems, context) {
    const head = [context.marker, '### collectstatic-s3 failed: nothing was written', `> [!CAUTION]\n> ${pr_comment_text(message)}`].join('\n\n');
    const missing = problems.filter((problem) => problem.kind === 'missing-reference');
    const others = problems.filter((problem) => problem.kind !== 'missing-reference');
    const lists = [problemSection('Missing references', missing), problemSection('Problems', others)].filter((s) => s !== null);
    return assemble(head, lists, footer(context));
}
function pr_comment_headline(report) {
    const t = report.totals;
    const deleted = report.files.filter((file) => file.action === 'delete');
    const title = report.dryRun
        ? `### collectstatic-s3 plan: would upload ${plural(t.uploaded, 'file')} (${formatBytes(t.bytesUploaded)}), delete ${t.deleted}`
        : `### collectstatic-s3: uploaded ${plural(t.uploaded, 'file')} (${formatBytes(t.bytesUploaded)}), deleted ${deleted.length}`;
    const counts = [
        `${plural(t.collected, 'file')} collected`,
        `${t.uploaded} ${report.dryRun ? 'to upload' : 'uploaded'}`,
        `${t.skipped} unchanged or kept`,
        `${t.deleted} ${report.dryRun ? 'to delete' : 'deleted'}`,
        ...(t.failed > 0 ? [`${t.failed} failed`] : []),
        plural(t.duplicates, 'duplicate')
    ];
    return `${title}\n\n${counts.join(' · ')} → ${code(report.target)}`;
}
function notes(report, context) {
    const lines = [];
    if (context.forcedDryRun)
        lines.push(`> [!NOTE]\n> ${pr_comment_text(context.forcedDryRun)}`);
    else if (report.inventoryNote)
        lines.push(`> [!NOTE]\n> ${pr_comment_text(report.inventoryNote)}`);
    if (report.manifest) {
        const m = report.manifest;
        lines.push(`Manifest ${code(m.name)} (hash ${code(m.hash)}): ${plural(m.hashedFiles, 'hashed file')}.`);
    }
    return lines;
}
function footer(context) {
    const parts = [
        context.headSha ? `Updated for ${context.headSha.slice(0, 12)}` : 'Updated on every run',
        ...(context.runUrl ? [`[workflow run](${context.runUrl})`] : []),
        'every file is listed in the job summary and the JSON report'
    ];
    return `<sub>${parts.join(' · ')}</sub>`;
}
function section(title, header, items, render, noun) {
    const rows = [];
    for (let i = 0; i < Math.min(items.length, MAX_ROWS); i++)
        rows.push(render(i));
    return { title, header, rows, total: items.length, noun };
}
function changes(report) {
    const changed = [
        ...report.files.filter((file) => file.action === 'delete'),
        ...report.files.filter((file) => file.action === 'upload')
    ];
    if (changed.length === 0)
        return null;
    const verb = report.dryRun ? 'What would change' : 'What changed';
    const header = ['| | Path | Size | Reason |', '| --- | --- | ---: | --- |'];
    return section(`${verb}: ${plural(changed.length, 'object')}${pr_comment_reasonCounts(changed)}`, header, changed, (i) => pr_comment_fileRow(changed[i]), 'object');
}
function failures(report) {
    const failed = report.files.filter((file) => file.action === 'fail');
    if (failed.length === 0)
        return null;
    const header = ['| Path | Error |', '| --- | --- |'];
    return section(`Failed: ${plural(failed.length, 'upload')}`, header, failed, (i) => `| ${code(failed[i].path)} | ${pr_comment_text(failed[i].reason)} |`, 'failure');
}
function pr_comment_fileRow(file) {
    const sign = file.action === 'delete' ? '➖' : file.reason === 'new' ? '➕' : '✏️';
    const name = file.hashedFrom ? `${code(file.hashedFrom)} → ${code(file.path)}` : code(file.path);
    return `| ${sign} | ${name} | ${formatBytes(file.size)} | ${pr_comment_text(file.reason)} |`;
}
function pr_comment_reasonCounts(files) {
    const counts = new Map();
    for (const file of files)
        counts.set(file.reason, (counts.get(file.reason) ?? 0) + 1);
    return ` (${[...counts].map(([reason, count]) => `${count} ${pr_comment_text(reason)}`).join(', ')})`;
}
function pr_comment_duplicates(report) {
    const list = report.duplicates;
    if (list.length === 0)
        return null;
    const header = ['| Path | Used | Ignored |', '| --- | --- | --- |'];
    const row = (i) => `| ${code(list[i].path)} | ${code(list[i].used)} | ${list[i].ignored.map(code).join('<br>')} |`;
    return section(`Duplicates: ${plural(list.length, 'path')} provided by more than one source (the first found wins)`, header, list, row, 'duplicate');
}
function problemSection(title, list) {
    if (list.length === 0)
        return null;
    const icon = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
    const row = (i) => {
        const problem = list[i];
        const where = problem.file ? ` (${code(problem.file + (problem.line ? `:${problem.line}` : ''))})` : '';
        return `- ${icon[problem.severity]} ${pr_comment_text(problem.message)}${where}`;
    };
    return section(`${title}: ${list.length}`, [], list, row, title === 'Missing references' ? 'reference' : 'problem');
}
function invalidation(dryRun, preview) {
    if (!preview)
        return null;
    const where = preview.distribution ? ` on ${pr_comment_text(preview.distribution)}` : '';
    const title = `${dryRun ? 'What would be invalidated' : 'Invalidated'}${where}: ${plural(preview.paths.length, 'path')}`;
    const table = preview.paths.length > 0 ? ['| CDN path | Why |', '| --- | --- |'] : ['Nothing to invalidate.'];
    const header = [...(preview.note ? [pr_comment_text(preview.note), ''] : []), ...table];
    const row = (i) => `| ${code(preview.paths[i].path)} | ${pr_comment_text(preview.paths[i].why ?? '')} |`;
    return section(title, header, preview.paths, row, 'path');
}
/**
 * Head, sections, footer within the limit. The room left is shared out smallest section first:
 * each gets at most an equal share of what remains, and what a small one leaves goes to the rest,
 * so a 5,000-row table cannot push the duplicates or missing references out.
 */
function assemble(head, lists, foot, limit = COMMENT_LIMIT) {
    let remaining = limit - pr_comment_RESERVED - head.length - foot.length;
    const order = lists.map((list, index) => ({ index, size: fullSize(list) })).sort((a, b) => a.size - b.size);
    const rendered = new Array(lists.length);
    let left = lists.length;
    for (const { index } of order) {
        const text = renderWithin(lists[index], Math.max(0, Math.floor(remaining / left)));
        remaining -= text.length;
        left -= 1;
        rendered[index] = text;
    }
    return [head, ...rendered, foot].join('\n\n') + '\n';
}
function fullSize(list) {
    return list.rows.reduce((sum, row) => sum + row.length + 1, list.title.length + list.header.join('\n').length + 80);
}
function renderWithin(list, room) {
    const open = `<details open><summary><strong>${list.title}</strong></summary>\n\n`;
    const close = '\n\n</details>';
    const base = open.length + close.length + list.header.join('\n').length + 1;
    const taken = [];
    let size = base + 120; // room for the "…and N more" note
    for (const row of list.rows) {
        if (size + row.length + 1 > room)
            break;
        size += row.length + 1;
        taken.push(row);
    }
    const more = list.total - taken.length;
    if (taken.length === 0 && list.total > 0 && base + 120 > room)
        return `**${list.title}** (not listed here: the comment is full; see the job summary).`;
    const note = more > 0
        ? `\n\n…and ${plural(more, `more ${list.noun}`)}: the comment is limited to ${COMMENT_LIMIT.toLocaleString('en-US')} characters; see the job summary.`
        : '';
    const body = [...list.header, ...taken].join('\n');
    return `${open}${body}${note}${close}`;
}

;// CONCATENATED MODULE: ./src/report/publish-comment.ts
// Posts (or updates) the plan comment on the pull request. A comment is a courtesy: whatever goes
// wrong here becomes a notice or a warning, never a failed step.


/** After a run that planned: the plan (and, once the CDN step passes it, what would be invalidated). */
async function commentPlan(settings, report, toolkit, options = {}) {
    const pull = settings.pullRequest;
    if (!pull)
        return;
    const context = commentContext(settings, pull, options.invalidation);
    await publishPlanComment(context.marker, renderPlanComment(report, context), pull, toolkit, options.connect);
}
/** After a run that stopped before planning, so the comment does not keep showing an older plan. */
async function commentFailure(settings, message, problems, toolkit, connect) {
    const pull = settings.pullRequest;
    if (!pull)
        return;
    const context = commentContext(settings, pull);
    await publishPlanComment(context.marker, renderFailureComment(message, problems, context), pull, toolkit, connect);
}
function commentContext(settings, pull, invalidation) {
    return {
        marker: commentMarker(pull.commentKey, targetKey(settings)),
        ...(pull.headSha ? { headSha: pull.headSha } : {}),
        ...(pull.runUrl ? { runUrl: pull.runUrl } : {}),
        ...(settings.forcedDryRun ? { forcedDryRun: settings.forcedDryRun } : {}),
        ...(invalidation ? { invalidation } : {})
    };
}
/** The destination as settings name it, the same whether the run planned, failed or was a dry run. */
function targetKey(settings) {
    const destination = settings.destination;
    if (!destination)
        return 'none';
    return destination.kind === 's3' ? `s3://${destination.bucket}/${destination.prefix}` : destination.root;
}
async function publishPlanComment(marker, body, pull, toolkit, connect = createGitHubComments) {
    if (!pull.token) {
        toolkit.notice('pr-comment: github-token is empty, so no plan comment was posted. Leave github-token at its default (the job token).');
        return;
    }
    try {
        const result = await connect(pull.token, pull.apiUrl).upsert(pull, marker, body);
        toolkit.info(`collectstatic-s3: ${result.action} the plan comment on pull request #${pull.number}: ${result.url}`);
    }
    catch (error) {
        const status = error instanceof GitHubApiError ? error.status : undefined;
        const message = error instanceof Error ? error.message : String(error);
        if (status === 403 || status === 404) {
            toolkit.notice(`pr-comment: skipped, the token cannot comment on pull request #${pull.number} (${status}: ${message}). ` +
                'Pull requests from forks get a read-only token; otherwise give the job `permissions: pull-requests: write`.');
        }
        else {
            toolkit.warning(`pr-comment: the plan comment on pull request #${pull.number} could not be posted (${status ? `${status}: ` : ''}${message}). The deploy itself is not affected.`);
        }
    }
}

;// CONCATENATED MODULE: ./src/report/failure-message.ts
// The step's final error after a run that wrote something: what really happened. Deletions run
// last, after every upload, the manifest and the state succeeded (execute.ts), so a run where only
// deletions failed did deploy: saying "the manifest was not replaced" then was false.

function failureMessage(report) {
    const failedUploads = report.files.filter((file) => file.action === 'fail' && file.role !== undefined).length;
    const failedDeletions = report.totals.failed - failedUploads;
    if (failedUploads > 0) {
        return (`${failedUploads} of ${report.totals.uploaded + failedUploads} uploads failed (listed in the summary); ` +
            'nothing was deleted and the manifest was not replaced. Re-run the step once the cause is fixed.');
    }
    if (failedDeletions > 0) {
        const manifest = report.manifest ? 'the new manifest is live' : 'the new files are live';
        return (`The deploy succeeded (${plural(report.totals.uploaded, 'upload')}, ${manifest}), but ${failedDeletions} of ` +
            `${report.totals.deleted + failedDeletions} deletions of removed files failed (listed in the summary): those keys are still ` +
            'in the bucket, where nothing the site uses names them. Fix the cause (e.g. allow s3:DeleteObject) and re-run the step to delete them.');
    }
    return null;
}

;// CONCATENATED MODULE: ./src/report/report.ts


const REPORT_VERSION = 1;
function buildReport(result) {
    const where = (absPath) => displayPath(absPath, result.workingDirectory);
    return {
        version: REPORT_VERSION,
        dryRun: result.dryRun,
        target: result.target,
        files: result.files.map((file) => reportFile(file, where)),
        duplicates: result.collection.duplicates.map((duplicate) => ({
            path: duplicate.path,
            used: where(duplicate.used.absPath),
            ignored: duplicate.ignored.map((file) => where(file.absPath))
        })),
        problems: regroupFailureProblems(result.problems, result.files),
        totals: computeTotals(result),
        manifest: result.manifest ?? null,
        inventoryNote: result.inventoryNote ?? null,
        settings: result.origins,
        invalidation: result.invalidation ?? null,
        keyPrefix: result.keyPrefix ?? '',
        publicStaticUrl: result.publicStaticUrl ?? null,
        requests: result.requests,
        reads: result.reads ?? { bytesRead: 0, digestsReused: 0 },
        durationMs: Math.round(result.durationMs),
        stopped: result.stopped ?? null
    };
}
function reportFile(file, where) {
    const object = file.object;
    const found = object?.found;
    return {
        path: file.path,
        source: found ? where(found.absPath) : null,
        size: object?.size ?? file.remoteSize ?? 0,
        md5: object?.md5 ?? null,
        action: file.action,
        reason: file.reason,
        ...(object ? { role: object.role, contentType: object.contentType, cacheControl: object.cacheControl } : {}),
        ...(object?.hashedFrom ? { hashedFrom: object.hashedFrom } : {}),
        ...(object?.objectRule ? { objectRule: object.objectRule } : {})
    };
}
function computeTotals(result) {
    const count = (action) => result.files.filter((file) => file.action === action).length;
    const uploads = result.files.filter((file) => file.action === 'upload');
    return {
        collected: result.collection.files.length,
        uploaded: uploads.length,
        skipped: count('skip'),
        deleted: count('delete'),
        failed: count('fail'),
        duplicates: result.collection.duplicates.length,
        bytesUploaded: uploads.reduce((sum, file) => sum + (file.object?.size ?? 0), 0)
    };
}

;// CONCATENATED MODULE: ./src/adapters/process-signals.ts
// The runner cancels a step with SIGINT, then SIGTERM a few seconds later, then kills it. The
// first signal stops the run (no new requests; open multipart uploads aborted; the state, the
// summary and the report still written, see execute.ts and main.ts). The second leaves about
// two seconds: if the run has not finished reporting by then, a short summary is written
// synchronously and the process exits non-zero, so the log never ends without a word.

const SIGNALS = ['SIGINT', 'SIGTERM'];
// After the second signal: time left for the run's own report before the short one is written.
const SECOND_SIGNAL_GRACE_MS = 1_500;
// After the first: the run must be over by then even if no second signal comes.
const FIRST_SIGNAL_LIMIT_MS = 8_000;
function watchStopSignals(control, log) {
    let received = 0;
    let limit;
    const onSignal = (signal) => {
        received++;
        if (received === 1) {
            log(`Received ${signal}: stopping. No new requests are started; open multipart uploads are aborted; the manifest is not replaced.`);
            control.stop({ cause: 'cancelled', detail: signal });
            limit = setTimeout(() => emergencyExit(`${signal} received ${FIRST_SIGNAL_LIMIT_MS / 1000} s ago`), FIRST_SIGNAL_LIMIT_MS);
        }
        else {
            log(`Received ${signal} again: finishing the report now.`);
            clearTimeout(limit);
            limit = setTimeout(() => emergencyExit(`${signal} received while the report was being written`), SECOND_SIGNAL_GRACE_MS);
        }
        limit.unref();
    };
    for (const signal of SIGNALS)
        process.on(signal, onSignal);
    return {
        dispose() {
            clearTimeout(limit);
            for (const signal of SIGNALS)
                process.removeListener(signal, onSignal);
            // Keep-alive sockets or timers of aborted requests must not hold a cancelled step open.
            if (received > 0)
                process.exit(process.exitCode ?? 1);
        }
    };
}
function emergencyExit(why) {
    const message = `collectstatic-s3 was cancelled and stopped before it finished reporting (${why}). The manifest was not replaced ` +
        'and nothing was deleted; uploads in flight may or may not have completed. Run the step again: it re-sends only what is missing or different.';
    process.stdout.write(`::error::${message}\n`);
    const summary = process.env.GITHUB_STEP_SUMMARY;
    if (summary) {
        try {
            (0,external_node_fs_.appendFileSync)(summary, `### collectstatic-s3 cancelled\n\n> [!CAUTION]\n> ${message}\n`);
        }
        catch {
            // Exiting is what matters now.
        }
    }
    process.exit(1);
}

;// CONCATENATED MODULE: ./src/report/failure-report.ts
// The report file on a failed run: the error, every problem and the settings known so far, so a
// workflow that uploads the report as an artifact has it when it matters most.



/** Where the report goes when the settings could not be built: the input, else $RUNNER_TEMP. */
function failureReportPath(input, workingDirectory, env) {
    if (input.trim())
        return external_node_path_default().resolve(workingDirectory, input.trim());
    return external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'collectstatic-s3-report.json');
}
async function writeFailureReport(file, report) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    await (0,promises_.writeFile)(file, `${JSON.stringify(report, null, 2)}\n`);
}

;// CONCATENATED MODULE: ./src/main.ts
// The action's one entry point: inputs → deploy → report. Every error is caught here, once.


















async function main_run(toolkit = actionsToolkit(), env = process.env, options = {}) {
    let settings;
    const heapValve = startHeapValve();
    const control = new RunControl();
    const signals = watchStopSignals(control, (message) => toolkit.info(message));
    // git reads the checkout, Python tells its sys.path and the SDK loads while the settings are read.
    const early = options.early ?? (0,early_work/* startEarlyWork */.P)((name) => toolkit.getInput(name), env, options.helperEntry ?? null);
    if (early.mayUseS3)
        preloadS3Target().catch(() => { }); // a failure to load shows when the target is made
    try {
        settings = await getSettings(toolkit, env, early);
        if (settings.upload.deadlineMs)
            control.setDeadline(settings.upload.deadlineMs, `the ${settings.upload.deadlineMs / 60_000}-minute deadline (deadline-minutes)`);
        const services = { cdnRun: createCdnRun(settings), progress: toolkit.progress, control, workspace: early.workspace };
        const result = await deploy(settings, await createTarget(settings, control.signal), services);
        const report = buildReport(result);
        await publishReport(report, settings.reportFile, toolkit, annotationPaths(settings.workingDirectory, env));
        await commentPlan(settings, report, toolkit, report.invalidation ? { invalidation: invalidationPreview(report.invalidation) } : {});
        const failure = report.stopped ? stoppedNote(report) : (failureMessage(report) ?? report.invalidation?.error);
        if (failure)
            toolkit.setFailed(failure);
    }
    catch (error) {
        await reportFailure(error, toolkit, annotationPaths(settings?.workingDirectory ?? workspace(env), env));
        // A pull request comment is public and unmasked: an unexpected error's stack stays in the log.
        const commentMessage = error instanceof errors/* ActionError */.l ? error.message : 'An unexpected error stopped the run; the job log has the details.';
        if (settings)
            await commentFailure(settings, commentMessage, problemsOf(error), toolkit);
        await writeFailureFile(error, settings, toolkit, env);
    }
    finally {
        heapValve.stop();
        control.dispose();
        signals.dispose();
    }
}
async function reportFailure(error, toolkit, annotationPath) {
    const problems = problemsOf(error);
    annotate(problems, toolkit, annotationPath);
    const message = error instanceof RunStoppedError
        ? `Stopped before anything was uploaded: ${error.message}.`
        : error instanceof errors/* ActionError */.l
            ? error.message
            : `Unexpected error: ${error?.stack ?? String(error)}`;
    try {
        await toolkit.appendSummary(renderFailure(message, problems));
    }
    catch {
        // The failure itself is what matters; a summary that cannot be written must not hide it.
    }
    toolkit.setFailed(message);
}
async function writeFailureFile(error, settings, toolkit, env) {
    const file = settings?.reportFile ??
        failureReportPath(toolkit.getInput('report-file'), external_node_path_default().resolve(workspace(env), toolkit.getInput('working-directory') || '.'), env);
    const message = error instanceof errors/* ActionError */.l ? error.message : String(error?.message ?? error);
    try {
        await writeFailureReport(file, {
            failed: true,
            error: message,
            problems: problemsOf(error),
            settings: settings?.origins ?? []
        });
        toolkit.setOutput('report-file', file);
    }
    catch {
        // The failure is already reported; a report file that cannot be written must not hide it.
    }
}
function problemsOf(error) {
    if (error instanceof BlockingProblemsError)
        return error.problems;
    if (error instanceof errors/* ActionError */.l && error.details.file) {
        const { file, line } = error.details;
        return [{ kind: 'settings', severity: 'error', message: error.message, file, ...(line ? { line } : {}) }];
    }
    return [];
}
function invalidationPreview(outcome) {
    const note = outcome.notes.join(' ');
    return {
        distribution: `CloudFront ${outcome.distribution}`,
        paths: outcome.paths.map(({ path, why }) => ({ path, why })),
        ...(note ? { note } : {})
    };
}
function workspace(env) {
    return env.GITHUB_WORKSPACE ?? process.cwd();
}
/** Problems name files relative to the working directory; annotations want the repository root. */
function annotationPaths(workingDirectory, env) {
    return (file) => {
        const absolute = external_node_path_default().resolve(workingDirectory, file);
        const relative = external_node_path_default().relative(workspace(env), absolute);
        return (relative.startsWith('..') ? absolute : relative).split((external_node_path_default()).sep).join('/');
    };
}


/***/ }),

/***/ 2419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ manifestPaths)
/* harmony export */ });
// The manifest that is live at the target names the files pages render now; delete-removed
// keeps them (old HTML keeps working while the new deploy rolls out).
/** Keys and values of a staticfiles.json `paths` map; empty when it is not such a manifest. */
function manifestPaths(text) {
    const paths = new Set();
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return paths;
    }
    const map = data?.paths;
    if (map === null || typeof map !== 'object' || Array.isArray(map))
        return paths;
    for (const [original, hashed] of Object.entries(map)) {
        paths.add(original);
        if (typeof hashed === 'string')
            paths.add(hashed);
    }
    return paths;
}


/***/ }),

/***/ 3118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ STATE_PATH),
/* harmony export */   Kh: () => (/* binding */ nextUploadState),
/* harmony export */   Pt: () => (/* binding */ normalizeEtag),
/* harmony export */   ni: () => (/* binding */ validEntry),
/* harmony export */   xI: () => (/* binding */ stateBeforeUploads),
/* harmony export */   yY: () => (/* binding */ sameState)
/* harmony export */ });
/** Key of the state object, relative to the prefix. Never collected, listed as a file, or deleted. */
const STATE_PATH = '.collectstatic-s3/state.json';
const NORMALIZED_ETAG = /^[0-9a-f]+(-[0-9]+)?$/;
/**
 * `"abc"`, `W/"abc"`, `ABC` → `abc`: S3 quotes ETags, some gateways mark them weak. One already
 * normalized (every listed and every stored ETag) is checked, not rebuilt.
 */
function normalizeEtag(etag) {
    return NORMALIZED_ETAG.test(etag) ? etag : etag.replace(/^W\//, '').replace(/"/g, '').trim().toLowerCase();
}
/** The state's entry for an object, if it describes the version the listing shows. */
function validEntry(state, remote) {
    if (!state || !remote)
        return undefined;
    const entry = Object.hasOwn(state.objects, remote.path) ? state.objects[remote.path] : undefined;
    return entry && entry.etag === normalizeEtag(remote.etag) ? entry : undefined;
}
/**
 * The state after a run: still-valid entries, minus objects being deleted, plus one entry per
 * successful upload (path → ETag the target reported).
 */
function nextUploadState(plan, inventory, uploadedEtags, options) {
    const objects = entries();
    if (inventory.available) {
        for (const remote of inventory.objects.values()) {
            const entry = validEntry(inventory.state, remote);
            if (entry)
                objects[remote.path] = entry;
        }
    }
    for (const file of plan.files) {
        const etag = uploadedEtags.get(file.path);
        if (file.action === 'upload' && etag !== undefined && file.object) {
            objects[file.path] = { etag: normalizeEtag(etag), headersDigest: file.object.headersDigest, md5: file.object.md5 };
        }
        else if (file.action === 'upload') {
            // Failed, interrupted or never sent: the object may hold the old or the new version (rule 3).
            delete objects[file.path];
        }
        else if (file.action === 'delete' && options.deleting) {
            delete objects[file.path];
        }
    }
    // What the CDN is owed is carried over unless the caller says what it is now.
    const previous = inventory.available ? inventory.state?.pendingInvalidation : undefined;
    const pending = options.pendingInvalidation ?? previous ?? [];
    const owed = pending.length > 0 ? { pendingInvalidation: [...pending] } : {};
    return { version: 2, partSize: options.partSize, objects, ...owed, ...(options.blobs ? { blobs: options.blobs } : {}) };
}
/**
 * The state to store before any upload (rule 1): the still-valid entries without those of the
 * paths about to be sent. null when no stored entry could vouch for wrong headers once the
 * uploads are done: an entry with the headers being sent stays right, and one whose ETag the new
 * bytes cannot have (other bytes, by MD5 or by the recorded MD5) stops counting by itself. So a
 * changed file costs no extra request; a changed header does.
 */
function stateBeforeUploads(plan, inventory, partSize, pendingInvalidation) {
    if (!inventory.available || !inventory.state)
        return null;
    const stored = inventory.state.objects;
    const contradicted = plan.files.some((file) => {
        const entry = file.action === 'upload' && file.object && Object.hasOwn(stored, file.path) ? stored[file.path] : undefined;
        if (!entry || !file.object || entry.headersDigest === file.object.headersDigest)
            return false;
        const { md5, multipartEtag } = file.object;
        return entry.etag === md5 || entry.etag === multipartEtag || entry.md5 === md5;
    });
    if (!contradicted)
        return null;
    // What the CDN is owed (written just before, see execute/invalidate.ts) must survive this write.
    const owed = pendingInvalidation ? { pendingInvalidation } : {};
    return nextUploadState({ files: plan.files.filter((file) => file.action === 'upload'), problems: [] }, inventory, new Map(), {
        partSize,
        deleting: false,
        ...owed
    });
}
/** Whether writing `b` would store what `a` already says (compared entry by entry, not as text). */
function sameState(a, b) {
    if (a === null || a.version !== b.version || a.partSize !== b.partSize)
        return false;
    if (!samePending(a.pendingInvalidation, b.pendingInvalidation))
        return false;
    if (!sameBlobs(a.blobs ?? {}, b.blobs ?? {}))
        return false;
    const paths = Object.keys(b.objects);
    if (Object.keys(a.objects).length !== paths.length)
        return false;
    return paths.every((path) => {
        const x = Object.hasOwn(a.objects, path) ? a.objects[path] : undefined;
        const y = b.objects[path];
        return x !== undefined && x.etag === y.etag && x.headersDigest === y.headersDigest && (x.md5 ?? '') === (y.md5 ?? '');
    });
}
function sameBlobs(a, b) {
    const blobs = Object.keys(b);
    if (Object.keys(a).length !== blobs.length)
        return false;
    return blobs.every((blob) => {
        const x = Object.hasOwn(a, blob) ? a[blob] : undefined;
        const y = b[blob];
        return x !== undefined && x.size === y.size && x.md5 === y.md5 && x.multipartEtag === y.multipartEtag;
    });
}
function samePending(a = [], b = []) {
    const left = new Set(a);
    const right = new Set(b);
    return left.size === right.size && [...left].every((key) => right.has(key));
}
// Without a prototype, so a file named `__proto__` is just another key.
function entries() {
    return Object.create(null);
}


/***/ }),

/***/ 27:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ PY_W),
/* harmony export */   OP: () => (/* binding */ compareCodePoints),
/* harmony export */   cF: () => (/* binding */ caseless),
/* harmony export */   m0: () => (/* binding */ pyStrip),
/* harmony export */   sl: () => (/* binding */ PY_S),
/* harmony export */   wv: () => (/* binding */ PY_SPACE_CLASS)
/* harmony export */ });
// Python string semantics that JavaScript spells differently: what counts as
// whitespace (`str.isspace`, `\s` in `re`), `str.strip()`, `\w`, IGNORECASE on
// letters, and `sorted()` order (code points, not UTF-16 units).
/** Body of a regex character class equal to Python's Unicode `\s` / `str.isspace()`. */
const PY_SPACE_CLASS = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
/** Python's Unicode `\s` as a JS (u-flag) regex fragment. */
const PY_S = `[${PY_SPACE_CLASS}]`;
/** Python's Unicode `\w` (alphanumerics and `_`) as a JS (u-flag) regex fragment. */
const PY_W = '[\\p{L}\\p{N}_]';
const PY_SPACE_RUN_START = new RegExp(`^${PY_S}+`, 'u');
const PY_SPACE_RUN_END = new RegExp(`${PY_S}+$`, 'u');
/** Python `str.strip()` with no argument (JS `trim()` also strips U+FEFF and keeps U+001C–U+001F). */
function pyStrip(text) {
    return text.replace(PY_SPACE_RUN_START, '').replace(PY_SPACE_RUN_END, '');
}
// Under re.IGNORECASE Python also matches these non-ASCII letters (checked on 3.11).
const EXTRA_CASE_FORMS = { i: '\u0130\u0131', s: '\u017f', k: '\u212a' };
/** A regex fragment matching `word` the way Python's re.IGNORECASE does. */
function caseless(word) {
    let out = '';
    for (const ch of word) {
        const lower = ch.toLowerCase();
        if (lower === ch.toUpperCase()) {
            out += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
            continue;
        }
        out += `[${lower}${ch.toUpperCase()}${EXTRA_CASE_FORMS[lower] ?? ''}]`;
    }
    return out;
}
/** Orders UTF-16 units so that comparing them gives code point order. */
function codePointRank(unit) {
    if (unit >= 0xd800 && unit <= 0xdfff)
        return unit + 0x2000;
    if (unit >= 0xe000)
        return unit - 0x800;
    return unit;
}
/** Comparator giving Python's `sorted()` order for str (by code point). */
function compareCodePoints(a, b) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y)
            return codePointRank(x) - codePointRank(y);
    }
    return a.length - b.length;
}


/***/ })

};
