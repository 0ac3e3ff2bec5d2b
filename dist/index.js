import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1408:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _i: () => (/* binding */ answerGitJob),
  E7: () => (/* binding */ gitWorkspace)
});

// UNUSED EXPORTS: pack, unpack

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/adapters/git-index.ts
// What git's index says about each tracked file, and whether the file on disk is still the one
// the index recorded. This is the check `git diff-files` makes, without reading any content:
//
// - the index keeps each file's stat data (modification and change times to the nanosecond,
//   inode, owner, size) from when git last wrote or checked it; a file whose stat data is still
//   exactly that has not been written since (writing a file sets its change time, which nothing
//   can set back);
// - except a file written in the same clock tick as the index itself, after git looked at it:
//   its times would not show that write. Git calls such entries "racily clean" and compares their
//   content; so does this action, through `git diff-files` for those paths only;
// - and git itself, as most distributions build it, compares times to the second only: it keeps
//   an entry whose times moved within the second (a `touch`, a restored mtime) with the
//   nanoseconds it first recorded. Such an entry is also left to `git diff-files`, whose verdict
//   is git's own.
//
// Entries are read from `git ls-files --stage -v --debug -z`: a header `<tag> <mode> <blob>
// <stage>\t<path>` ended by NUL, then five lines of stat data.
const NS_PER_SECOND = 1000000000n;
const UINT32 = 0xffffffffn;
const REGULAR_FILE_MODES = new Set(['100644', '100755']);
/** Entries of `ls-files --stage -v --debug -z` output. */
function parseIndexListing(output) {
    const entries = [];
    let at = 0;
    while (at < output.length) {
        const nul = output.indexOf('\0', at);
        if (nul === -1)
            break;
        const header = output.slice(at, nul);
        const tab = header.indexOf('\t');
        const [tag = '', mode = '', blob = '', stage = ''] = header.slice(0, tab).split(' ');
        let end = nul;
        for (let line = 0; line < 5 && end !== -1; line++)
            end = output.indexOf('\n', end + 1);
        if (tab === -1 || end === -1)
            throw new Error('git ls-files --debug printed an entry it did not finish');
        entries.push({ tag, mode, blob, stage, path: header.slice(tab + 1), stat: parseStat(output.slice(nul + 1, end)) });
        at = end + 1;
    }
    return entries;
}
/**
 * `  ctime: S:N\n  mtime: S:N\n  dev: D\tino: I\n  uid: U\tgid: G\n  size: Z\tflags: F`, read by
 * position (a run may hold 100,000 entries); anything else is an error.
 */
function parseStat(block) {
    const [ctime, mtime, devIno, uidGid, sizeFlags] = block.split('\n');
    const ino = digits(pair(devIno, 'dev', 'ino')[1], 'ino');
    const [uid, gidText] = pair(uidGid, 'uid', 'gid');
    const gid = digits(gidText, 'gid');
    const [size] = pair(sizeFlags, 'size', 'flags');
    return {
        ctime: time(ctime, 'ctime'),
        mtime: time(mtime, 'mtime'),
        ino: Number(ino),
        uid: Number(uid),
        gid: Number(gid),
        size: Number(size)
    };
}
function value(line, name) {
    const label = `${name}: `;
    const at = line?.indexOf(label) ?? -1;
    if (line === undefined || at === -1)
        throw new Error(`git ls-files --debug printed no ${name}`);
    return line.slice(at + label.length);
}
/** `first: A\tsecond: B` → [A, B], A a number; B as printed (flags are hexadecimal). */
function pair(line, first, second) {
    const [left, right] = value(line, first).split('\t');
    return [digits(left, first), value(right, second)];
}
function time(line, name) {
    const [seconds, nanoseconds] = value(line, name).split(':');
    return { seconds: Number(digits(seconds, name)), nanoseconds: Number(digits(nanoseconds, name)) };
}
function sameSecond(a, b) {
    return a / NS_PER_SECOND === b / NS_PER_SECOND;
}
function nanoseconds({ seconds, nanoseconds }) {
    return BigInt(seconds) * NS_PER_SECOND + BigInt(nanoseconds);
}
function digits(text, name) {
    if (text === undefined || !/^\d+$/.test(text))
        throw new Error(`git ls-files --debug printed a ${name} that is not a number`);
    return text;
}
/** Tracked regular files at stage 0 (no merge conflict) that git compares with the working tree. */
function isCandidate(entry) {
    return entry.tag === 'H' && REGULAR_FILE_MODES.has(entry.mode) && entry.stage === '0' && entry.blob !== '';
}
/**
 * Whether the file on disk is the one the entry recorded. `indexMtime`: the index file's
 * modification time (ns). Inode, owner and group are compared when the index has them (git
 * records 0 where the platform has none).
 */
function compareWithIndex(entry, disk, indexMtime) {
    if (!disk?.isFile())
        return 'changed';
    const mtime = nanoseconds(entry.mtime);
    const ctime = nanoseconds(entry.ctime);
    const sameFile = Number(disk.size & UINT32) === entry.size &&
        (entry.ino === 0 || Number(disk.ino & UINT32) === entry.ino) &&
        (entry.uid === 0 || Number(disk.uid & UINT32) === entry.uid) &&
        (entry.gid === 0 || Number(disk.gid & UINT32) === entry.gid);
    if (!sameFile || !sameSecond(disk.mtimeNs, mtime) || !sameSecond(disk.ctimeNs, ctime))
        return 'changed';
    if (disk.mtimeNs !== mtime || disk.ctimeNs !== ctime)
        return 'ask-git';
    // Recorded in the tick the index was written in, or later: a write after git looked would not show.
    return mtime >= indexMtime || ctime >= indexMtime ? 'ask-git' : 'unchanged';
}

;// CONCATENATED MODULE: ./src/adapters/git-files.ts
// Which files under the project git vouches for: tracked, clean, and with bytes on disk that are
// the blob's own, so the blob id names the bytes and a digest recorded for that blob holds for
// the file without reading it. Read while the settings are read and the bucket is listed:
//   ls-files --stage -v --debug   every tracked path with its mode, blob id and the stat data the
//                                 index recorded (-v: whether it is assume-unchanged or
//                                 skip-worktree, which git then stops checking); compared with
//                                 lstat as git compares them (git-index.ts), so no content is read;
//   diff-files                    only for the few entries the times cannot decide (recorded
//                                 "racily", in the index's own clock tick, or differing below the
//                                 second): git gives its own verdict;
//   cat-file                      each blob's size;
//   check-attr                    `filter`, `ident` and `working-tree-encoding`, which rewrite bytes on
//                                 checkout (only when an attribute file mentions one).
// A file also needs its size on disk to equal its blob's: end-of-line conversion only adds bytes,
// so equal sizes mean it changed nothing. Anything git cannot answer (no git, not a repository,
// "dubious ownership", a time-out, an index rewritten while it was read) vouches for nothing:
// every file is read, as without git.






const GIT_TIMEOUT_MS = 15_000;
const MAX_OUTPUT = 512 * 1024 * 1024;
const REWRITING_ATTRIBUTES = ['filter', 'ident', 'working-tree-encoding'];
/** Paths passed to diff-files by name; past this many, diff-files checks the whole tree. */
const MAX_NAMED_PATHS = 1000;
async function gitVouchedFiles(projectRoot) {
    try {
        const [top, infoAttributes, indexFile] = (await git(projectRoot, ['rev-parse', '--show-toplevel', '--git-path', 'info/attributes', '--git-path', 'index'])).split('\n');
        if (!top || !infoAttributes || !indexFile)
            return new Map();
        // The walk's paths start at the project root as given, which may reach the repository through a symlink.
        const base = external_node_path_default().resolve(projectRoot, external_node_path_default().relative(await (0,promises_.realpath)(projectRoot), top));
        // --git-path answers relative to where git ran.
        const index = await readIndex(top, external_node_path_default().resolve(projectRoot, indexFile));
        if (!index)
            return new Map();
        // Blob sizes are asked for at once: cat-file runs while the files are compared with the index.
        const sizes = blobSizes(top, [...new Set(index.candidates.map((entry) => entry.blob))]);
        sizes.catch(() => { });
        const candidates = await cleanFiles(top, base, index.candidates, index.mtime);
        if (candidates.size === 0)
            return new Map();
        const sources = [external_node_path_default().resolve(projectRoot, infoAttributes), index.attributesFile || defaultAttributesFile()];
        const mayRewrite = await attributesMayRewrite(top, index.attributeFiles, sources);
        const rewritten = mayRewrite ? await rewritingPaths(top, [...candidates.keys()]) : new Set();
        return sameSizeAsBlob(candidates, await sizes, rewritten);
    }
    catch {
        return new Map();
    }
}
/**
 * The index as ls-files prints it, keeping only what the run needs: the candidates (isCandidate),
 * the tracked .gitattributes files, the user's attributes file, and the index's modification time.
 * Null when the index was rewritten while it was read.
 */
async function readIndex(top, indexPath) {
    const before = (0,external_node_fs_.statSync)(indexPath, { bigint: true });
    const [listing, attributesFile] = await Promise.all([
        git(top, ['ls-files', '--stage', '-v', '--debug', '-z']),
        git(top, ['config', '--path', '--get', 'core.attributesFile']).catch(() => '')
    ]);
    if (!sameFile(before, (0,external_node_fs_.statSync)(indexPath, { bigint: true })))
        return null;
    const entries = parseIndexListing(listing);
    return {
        candidates: entries.filter(isCandidate),
        attributeFiles: entries.flatMap(({ path: file }) => file === '.gitattributes' || file.endsWith('/.gitattributes') ? [file] : []),
        attributesFile: attributesFile.trim(),
        mtime: before.mtimeNs
    };
}
function sameFile(a, b) {
    return a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs && a.size === b.size && a.ino === b.ino;
}
/**
 * Candidates (tracked regular files git checks, see isCandidate) whose stat data is the index's.
 * Blocking lstat calls, one after another: for 20,000 files that is tens of milliseconds, where as
 * many pending promises cost far more time and memory. Entries the times cannot decide are asked of diff-files.
 */
async function cleanFiles(top, base, entries, indexMtime) {
    const clean = new Map();
    const askGit = [];
    for (const entry of entries) {
        const absPath = external_node_path_default().join(base, entry.path);
        const disk = (0,external_node_fs_.lstatSync)(absPath, { bigint: true, throwIfNoEntry: false });
        const verdict = compareWithIndex(entry.stat, disk, indexMtime);
        if (verdict === 'changed' || !disk)
            continue;
        clean.set(entry.path, { absPath, blob: entry.blob, size: Number(disk.size) });
        if (verdict === 'ask-git')
            askGit.push(entry.path);
    }
    if (askGit.length > 0)
        for (const file of await changedForGit(top, askGit))
            clean.delete(file);
    return clean;
}
/** Which of `paths` git finds changed (diff-files: by content where the times cannot tell). */
async function changedForGit(top, paths) {
    const named = paths.length <= MAX_NAMED_PATHS ? ['--', ...paths] : [];
    return splitZ(await git(top, ['diff-files', '--name-only', '-z', ...named], undefined, { GIT_LITERAL_PATHSPECS: '1' }));
}
async function blobSizes(top, blobs) {
    const output = await git(top, ['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], `${blobs.join('\n')}\n`);
    const sizes = new Map();
    for (const line of output.split('\n')) {
        const [blob, type, size] = line.split(' ');
        if (blob && type === 'blob')
            sizes.set(blob, Number(size));
    }
    return sizes;
}
/**
 * Whether any attribute source could name `filter`, `ident` or `working-tree-encoding`: the
 * tracked .gitattributes files, the repository's info/attributes and the user's attributes file.
 * Most repositories have none, and asking check-attr about every file costs far more memory than
 * the files' own entries.
 */
async function attributesMayRewrite(top, trackedAttributeFiles, sources) {
    for (const file of trackedAttributeFiles)
        sources.push(external_node_path_default().join(top, file));
    for (const source of sources) {
        const text = await (0,promises_.readFile)(source, 'utf8').catch((error) => (error.code === 'ENOENT' ? '' : null));
        if (text === null || REWRITING_ATTRIBUTES.some((name) => text.includes(name)))
            return true;
    }
    return false;
}
function defaultAttributesFile() {
    const config = process.env.XDG_CONFIG_HOME || external_node_path_default().join(external_node_os_default().homedir(), '.config');
    return external_node_path_default().join(config, 'git', 'attributes');
}
/** Paths with an attribute that makes checkout write other bytes than the blob's. */
async function rewritingPaths(top, paths) {
    const output = await git(top, ['check-attr', '-z', '--stdin', ...REWRITING_ATTRIBUTES], `${paths.join('\0')}\0`);
    const fields = splitZ(output);
    const rewritten = new Set();
    // -z output: path NUL attribute NUL value NUL, for each path and attribute.
    for (let i = 0; i + 2 < fields.length; i += 3) {
        const value = fields[i + 2];
        if (value !== undefined && value !== 'unspecified' && value !== 'unset')
            rewritten.add(fields[i]);
    }
    return rewritten;
}
/** Candidates whose size on disk is their blob's, and whose checkout no attribute rewrites. */
function sameSizeAsBlob(candidates, sizes, rewritten) {
    const vouched = new Map();
    for (const [file, { absPath, blob, size }] of candidates) {
        if (sizes.get(blob) !== size || rewritten.has(file))
            continue;
        vouched.set(absPath, { blob, size });
    }
    return vouched;
}
function splitZ(output) {
    const fields = output.split('\0');
    if (fields[fields.length - 1] === '')
        fields.pop();
    return fields;
}
/**
 * Paths as they are (no quoting), and small windows onto pack files: git maps up to 1 GiB of a
 * pack at once by default, so asking the sizes of 20,000 blobs in a 540 MB pack (what a checkout
 * of such a project fetches) left 250 MB of the pack resident in git's process, 12 MB with these.
 */
const GIT_CONFIG = ['-c', 'core.quotepath=off', '-c', 'core.packedGitWindowSize=1m', '-c', 'core.packedGitLimit=16m'];
function git(cwd, args, input, extraEnv = {}) {
    return new Promise((resolve, reject) => {
        // No pager, prompt or optional locks: a read must never wait for anything or write the index.
        const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat', ...extraEnv };
        const child = (0,external_node_child_process_.execFile)('git', [...GIT_CONFIG, ...args], { cwd, env, timeout: GIT_TIMEOUT_MS, maxBuffer: MAX_OUTPUT, encoding: 'utf8' }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
        if (input !== undefined)
            child.stdin?.end(input);
    });
}

;// CONCATENATED MODULE: ./src/adapters/git-thread.ts
// git's answers (git-files.ts) read on a helper thread. Parsing the index and comparing every
// tracked file with lstat is main-thread work the run would otherwise wait for: 150–200 ms at
// 5,000 files, ~400 ms at 20,000, while the settings are read and the files found. The thread
// runs the bundle's own entry (index.js or cli/index.js) with a job in its workerData. Without a
// bundle entry (the tests run the source) or when the thread fails, the same work is done here.


const JOB = 'collectstatic-s3/git-vouched-files';
/**
 * Git's answers for `early` are asked for at once (on a thread started from `entry`, when
 * given), so they are read while the settings are; any other folder asks git then. Reading a
 * repository changes nothing (see git-files.ts), so starting before the inputs are checked is safe.
 */
function gitWorkspace(early = null, entry = null) {
    const started = early === null ? null : entry ? onThread(entry, early) : inline(gitVouchedFiles(early));
    return { vouchedFiles: (projectRoot) => (started && projectRoot === early ? started.awaited() : gitVouchedFiles(projectRoot)) };
}
function inline(answer) {
    return { awaited: () => answer };
}
function onThread(entry, projectRoot) {
    let worker;
    try {
        // The young generation capped: uncapped, the thread's garbage took a 20,000-file rerun from 190 MB to 213 MB peak RSS.
        worker = new external_node_worker_threads_.Worker(entry, {
            workerData: { job: JOB, projectRoot },
            resourceLimits: { maxYoungGenerationSizeMb: 8 }
        });
    }
    catch {
        return inline(gitVouchedFiles(projectRoot));
    }
    // Until the run waits for it, a run that ends early (bad input) does not wait for the thread.
    worker.unref();
    const answer = new Promise((resolve) => {
        let answered = false;
        worker.once('message', (packed) => {
            answered = true;
            resolve(unpack(packed));
        });
        // A thread that cannot start or dies without an answer costs only the time: ask git here.
        const fallBack = () => {
            if (!answered)
                resolve(gitVouchedFiles(projectRoot));
            answered = true;
        };
        worker.once('error', fallBack);
        worker.once('exit', fallBack);
    });
    return {
        awaited: () => {
            worker.ref();
            return answer;
        }
    };
}
/** True (after answering) when this thread was started for git's answers; the entry then does nothing else. */
async function answerGitJob() {
    if (external_node_worker_threads_.isMainThread || !isGitJob(external_node_worker_threads_.workerData) || !external_node_worker_threads_.parentPort)
        return false;
    external_node_worker_threads_.parentPort.postMessage(pack(await gitVouchedFiles(external_node_worker_threads_.workerData.projectRoot)));
    return true;
}
function isGitJob(data) {
    return (typeof data === 'object' && data !== null && data.job === JOB && typeof data.projectRoot === 'string');
}
function pack(files) {
    const packed = { paths: [], blobs: [], sizes: [] };
    for (const [absPath, { blob, size }] of files) {
        packed.paths.push(absPath);
        packed.blobs.push(blob);
        packed.sizes.push(size);
    }
    return packed;
}
function unpack({ paths, blobs, sizes }) {
    const files = new Map();
    paths.forEach((absPath, i) => files.set(absPath, { blob: blobs[i], size: sizes[i] }));
    return files;
}


/***/ }),

/***/ 8760:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ startEarlyWork),
/* harmony export */   z: () => (/* binding */ runnerInput)
/* harmony export */ });
/* harmony import */ var _adapters_git_thread_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1408);
/* harmony import */ var _inputs_early_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(962);
/* harmony import */ var _project_python_path_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6259);



/** `helperEntry`: the bundle's entry, to start helper threads from (null: git is asked on this thread). */
function startEarlyWork(read, env, helperEntry) {
    const hints = (0,_inputs_early_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .earlyHints */ .c)(read, env);
    const workspace = (0,_adapters_git_thread_js__WEBPACK_IMPORTED_MODULE_0__/* .gitWorkspace */ .E7)(hints.workingDirectory, helperEntry);
    const { python } = hints;
    return {
        workspace,
        mayUseS3: hints.mayUseS3,
        ...(python ? { pythonProbe: (0,_project_python_path_js__WEBPACK_IMPORTED_MODULE_2__/* .startPythonProbe */ .rP)(python.interpreter, python.cwd, env) } : {})
    };
}
/** An input as the runner passes it (INPUT_<NAME>, as @actions/core reads it), before the toolkit is loaded. */
function runnerInput(env) {
    return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError),
/* harmony export */   l: () => (/* binding */ ActionError)
/* harmony export */ });
// One error type the entrypoint knows how to print: a message that already says what to do.
class ActionError extends Error {
    details;
    constructor(message, details = {}) {
        super(message);
        this.details = details;
        this.name = 'ActionError';
    }
}
/** Bad input: the message names the input and the fix. */
class InputError extends ActionError {
    constructor(input, message) {
        super(`Input '${input}': ${message}`, { input });
        this.name = 'InputError';
    }
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_git_thread_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1408);
/* harmony import */ var _early_work_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8760);
// The entry point: the action, or (started by the action as a helper thread) git's answers.
// git and the project's Python are set going before the rest of the bundle loads (about 0.2 s
// of compiling and evaluating), so their answers are ready sooner. Node 22.1+ (the action runs
// on node24) can keep the compiled bundle in a cache on disk: enabled before the bundle is
// loaded, so later runs on the same machine (a self-hosted runner, the local command) skip
// compiling it. Where the runtime lacks it, nothing changes.



if (!(await (0,_adapters_git_thread_js__WEBPACK_IMPORTED_MODULE_1__/* .answerGitJob */ ._i)())) {
    const early = (0,_early_work_js__WEBPACK_IMPORTED_MODULE_2__/* .startEarlyWork */ .P)((0,_early_work_js__WEBPACK_IMPORTED_MODULE_2__/* .runnerInput */ .z)(process.env), process.env, new URL(import.meta.url));
    const compileCache = (node_module__WEBPACK_IMPORTED_MODULE_0___default().enableCompileCache);
    try {
        compileCache?.();
    }
    catch {
        // A cache directory that cannot be written only costs the compile.
    }
    const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(424), __nccwpck_require__.e(521)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9521));
    await run(undefined, undefined, { early });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 962:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ earlyHints),
/* harmony export */   d: () => (/* binding */ resolveWorkingDirectory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _project_project_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4763);
// The few inputs a run acts on before the rest are checked: where the project is, whether S3
// may be used, and which Python to ask. Read leniently (getSettings() reports bad values), and
// kept apart from input-helper.ts so reading them loads nothing else of the action.




function earlyHints(read, env) {
    let workingDirectory = null;
    try {
        workingDirectory = resolveWorkingDirectory(read('working-directory'), env);
    }
    catch {
        // Reported by getSettings().
    }
    const mayUseS3 = read('bucket').trim() !== '' || read('static-root').trim() === '';
    // The evaluator with every app named asks no interpreter (discoverProject's wantsApps); anything else may.
    const asksPython = read('settings-reader').trim().toLowerCase() !== 'evaluator' || read('apps').trim() === '';
    const python = workingDirectory && asksPython
        ? { interpreter: read('python').trim(), cwd: (0,_project_project_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .findProjectLayout */ .pE)(workingDirectory, read('settings').trim()).projectDir }
        : null;
    return { workingDirectory, mayUseS3, python };
}
/**
 * Relative to the workspace; a folder outside it (absolute, or `..`) is allowed on purpose: a
 * project generated or unpacked under $RUNNER_TEMP is legitimate, and reading static files from
 * any folder the job can read gives away nothing the job could not already read. It must exist.
 */
function resolveWorkingDirectory(raw, env) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(env.GITHUB_WORKSPACE ?? process.cwd(), raw.trim() || '.');
    let isDirectory = false;
    try {
        isDirectory = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory();
    }
    catch {
        isDirectory = false;
    }
    if (!isDirectory) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d('working-directory', `'${raw}' does not exist (looked at ${dir}). Point it at the Django project root, the folder with manage.py.`);
    }
    return dir;
}


/***/ }),

/***/ 4763:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   fo: () => (/* binding */ isFile),
/* harmony export */   j8: () => (/* binding */ looksLikePath),
/* harmony export */   pE: () => (/* binding */ findProjectLayout)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Where Django runs: the folder with manage.py (its working directory, first on sys.path).
// Kept apart from the settings module's rules: the run asks for it before the rest is loaded,
// to start the project's Python there early (a version manager's shim picks by folder).


const SKIPPED_FOLDERS = new Set(['node_modules', 'venv', 'env', '__pycache__', 'site-packages', 'dist', 'build']);
/** manage.py in the working directory, above a settings file given as a path, or in exactly one subfolder. */
function findProjectLayout(workingDirectory, settingsInput) {
    const direct = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workingDirectory, 'manage.py');
    if (isFile(direct))
        return { projectDir: workingDirectory, managePy: direct, problems: [] };
    if (looksLikePath(settingsInput)) {
        for (let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workingDirectory, settingsInput)); isInside(dir, workingDirectory); dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir)) {
            if (isFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'manage.py')))
                return { projectDir: dir, managePy: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'manage.py'), problems: [] };
            if (dir === workingDirectory)
                break;
        }
    }
    const found = subfolders(workingDirectory)
        .map((dir) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'manage.py'))
        .filter(isFile);
    if (found.length === 1)
        return { projectDir: node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(found[0]), managePy: found[0], problems: [] };
    const problems = found.length > 1
        ? [
            {
                kind: 'settings',
                severity: 'warning',
                message: `Found several manage.py files (${found.map((file) => node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workingDirectory, file)).join(', ')}); none was used. Set \`working-directory\` to the Django project, or set \`settings\`.`
            }
        ]
        : [];
    return { projectDir: workingDirectory, managePy: null, problems };
}
function subfolders(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })
            .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name))
            .map((entry) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name))
            .sort();
    }
    catch {
        return [];
    }
}
function looksLikePath(settings) {
    return settings.includes('/') || settings.includes('\\') || settings.endsWith('.py');
}
function isInside(child, parent) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative));
}
function isFile(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 6259:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ pythonPathFor),
/* harmony export */   rP: () => (/* binding */ startPythonProbe)
/* harmony export */ });
/* unused harmony export findPythonPath */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3916);
// The Python path of the runner's interpreter, so apps installed with pip (Django's admin,
// third-party packages) can be found. The interpreter runs one line that prints sys.path and
// sys.executable; nothing of the project or Django is imported. The executable is what later
// runs the settings reader: a `python3` that is a version manager's shim (pyenv, asdf) picks the
// interpreter for the project folder on every start, which costs more than the interpreter's own.
// It also says whether a `django` package is on that path at all (found, not imported): where
// none is, the reader would only report that Django does not import.




const SCRIPT = [
    'import json, sys',
    'try:\n    import importlib.util\n    django = importlib.util.find_spec("django") is not None\nexcept Exception:\n    django = None',
    'print(json.dumps({"path": sys.path, "executable": sys.executable, "django": django}))'
].join('\n');
const TIMEOUT_MS = 20_000;
/**
 * @param python the `python` input: a command or path; '' tries python3, then python.
 * @param cwd where the interpreter runs (the project directory, as for manage.py).
 */
async function findPythonPath(python, cwd, env) {
    if (python) {
        try {
            return { interpreter: python, ...(await askSysPath(python, cwd, env)) };
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('python', `could not get sys.path from '${python}': ${error instanceof Error ? error.message : String(error)}. ` +
                'Give the path or name of a working Python interpreter (e.g. `python` after actions/setup-python), or leave it empty.');
        }
    }
    for (const candidate of ['python3', 'python']) {
        try {
            return { interpreter: candidate, ...(await askSysPath(candidate, cwd, env)) };
        }
        catch {
            // Not installed or not working: try the next name, else go on without one.
        }
    }
    return { interpreter: null, entries: [] };
}
function askSysPath(python, cwd, env) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(python, ['-c', SCRIPT], { cwd, env, timeout: TIMEOUT_MS, windowsHide: true }, (error, stdout, stderr) => {
            if (error)
                return reject(new Error(firstLine(String(stderr)) || error.message));
            try {
                const { path, executable, django } = parseAnswer(String(stdout));
                resolve({
                    entries: directories(path, cwd),
                    ...(executable ? { executable } : {}),
                    ...(typeof django === 'boolean' ? { djangoFound: django } : {})
                });
            }
            catch (parseError) {
                reject(parseError instanceof Error ? parseError : new Error(String(parseError)));
            }
        });
    });
}
function parseAnswer(stdout) {
    const line = stdout.trim().split(/\r?\n/).pop() ?? '';
    const parsed = JSON.parse(line);
    const path = parsed?.path;
    if (!Array.isArray(path) || path.some((item) => typeof item !== 'string')) {
        throw new Error(`it printed ${JSON.stringify(line.slice(0, 100))}, not sys.path as JSON`);
    }
    // sys.executable is '' or None where Python cannot tell (an embedded interpreter).
    return {
        path: path,
        executable: typeof parsed?.executable === 'string' ? parsed.executable : null,
        django: parsed?.django
    };
}
/** Entries that are directories, made absolute; '' (the current directory) is the project itself. */
function directories(entries, cwd) {
    const out = [];
    for (const entry of entries) {
        if (entry === '')
            continue;
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, entry);
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(absolute).isDirectory() && !out.includes(absolute))
                out.push(absolute);
        }
        catch {
            // Missing entries are normal on sys.path (python311.zip, a removed venv).
        }
    }
    return out;
}
function firstLine(text) {
    return text.trim().split(/\r?\n/)[0] ?? '';
}
function startPythonProbe(python, cwd, env) {
    const answer = findPythonPath(python, cwd, env);
    answer.catch(() => { }); // a failure shows when the reader awaits it; a probe no one asks for stays quiet
    return { python, cwd, answer };
}
/** The early probe's answer when it asked the same interpreter in the same folder, else a new probe's. */
function pythonPathFor(python, cwd, env, early) {
    return early && early.python === python && early.cwd === cwd ? early.answer : findPythonPath(python, cwd, env);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
