// The contenders: this action, the bare PutObject loop, and the usual ways to get Django
// static files into S3 (when installed): collectstatic with django-storages, and
// collectstatic into a folder followed by `aws s3 sync` or `rclone sync --checksum`.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LOCAL_S3_CREDENTIALS } from '../scripts/local-s3.mjs'
import { actionEntry, repoRoot, runAction, spawnMeasured } from '../scripts/run-action.mjs'
import { workDir } from './generate.mjs'

export const CONCURRENCY = 32
/** The local server's credentials as environment variables. */
export const localCredentials = {
  AWS_ACCESS_KEY_ID: LOCAL_S3_CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: LOCAL_S3_CREDENTIALS.secretAccessKey
}

const PEER_INSTALL =
  'apt-get install -y awscli rclone python3-django python3-django-storages python3-django-storages-boto3 python3-boto3'

function probe(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' })
  return result.status === 0 ? `${result.stdout}${result.stderr}`.trim() : undefined
}

/** Which peers this machine has, with their versions. */
export function detectPeers() {
  const pythonCheck =
    'import django, storages, boto3; print(f"Django {django.get_version()}, django-storages {storages.__version__}, boto3 {boto3.__version__}")'
  const python = ['python3', 'python', '/usr/bin/python3']
    .map((cmd) => ({ cmd, version: probe(cmd, ['-c', pythonCheck]) }))
    .find((candidate) => candidate.version)
  // Prefer AWS CLI v2: it is what GitHub's hosted runners ship.
  const aws = ['aws', '/usr/bin/aws']
    .map((cmd) => ({ cmd, version: probe(cmd, ['--version'])?.split(' ')[0] }))
    .filter((candidate) => candidate.version)
    .sort((a, b) => Number(b.version.startsWith('aws-cli/2')) - Number(a.version.startsWith('aws-cli/2')))[0]
  const rcloneVersion = probe('rclone', ['version'])?.split('\n')[0]
  return { python, aws, rclone: rcloneVersion && { cmd: 'rclone', version: rcloneVersion } }
}

/** The peers' environment: none of this machine's AWS settings, the local server's credentials. */
async function peerEnvironment(endpoint) {
  await mkdir(workDir, { recursive: true })
  const awsConfig = join(workDir, 'aws-config')
  await writeFile(awsConfig, `[default]\nregion = us-east-1\ns3 =\n  max_concurrent_requests = ${CONCURRENCY}\n`)
  const rcloneConfig = join(workDir, 'rclone.conf')
  await writeFile(rcloneConfig, '')
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(AWS_|RCLONE_)/.test(name)))
  return {
    ...base,
    AWS_ACCESS_KEY_ID: LOCAL_S3_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_S3_CREDENTIALS.secretAccessKey,
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: awsConfig,
    AWS_SHARED_CREDENTIALS_FILE: join(workDir, 'no-aws-credentials'),
    // Newer botocore adds checksum trailers by default, which s3rver does not understand.
    AWS_REQUEST_CHECKSUM_CALCULATION: 'when_required',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'when_required',
    RCLONE_CONFIG: rcloneConfig,
    RCLONE_CONFIG_BENCH_TYPE: 's3',
    RCLONE_CONFIG_BENCH_PROVIDER: 'Other',
    RCLONE_CONFIG_BENCH_ACCESS_KEY_ID: LOCAL_S3_CREDENTIALS.accessKeyId,
    RCLONE_CONFIG_BENCH_SECRET_ACCESS_KEY: LOCAL_S3_CREDENTIALS.secretAccessKey,
    RCLONE_CONFIG_BENCH_ENDPOINT: endpoint,
    RCLONE_CONFIG_BENCH_REGION: 'us-east-1',
    RCLONE_CONFIG_BENCH_FORCE_PATH_STYLE: 'true'
  }
}

function checked(name, run) {
  if (run.code !== 0) {
    const tail = `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-15).join('\n')
    throw new Error(`${name} exited with ${run.code}:\n${tail}`)
  }
  return run
}

/** Steps run one after the other: wall times add up, peak memory is the largest step's. */
function pipeline(steps) {
  return {
    wallMs: steps.reduce((sum, step) => sum + step.wallMs, 0),
    cpuMs: steps.every((step) => step.cpuMs !== undefined) ? steps.reduce((sum, step) => sum + step.cpuMs, 0) : undefined,
    peakRssKb: Math.max(...steps.map((step) => step.peakRssKb ?? 0)) || undefined,
    bytesRead: steps.every((step) => step.bytesRead !== undefined)
      ? steps.reduce((sum, step) => sum + step.bytesRead, 0)
      : undefined,
    steps: steps.map((step) => ({ name: step.name, wallMs: step.wallMs, peakRssKb: step.peakRssKb }))
  }
}

/** Inputs that point the action at the generated project and the local bucket. */
export function actionInputs(project, extra = {}) {
  return {
    'working-directory': project.dir,
    apps: project.apps.join('\n'),
    'static-dirs': project.staticDirs.join('\n'),
    concurrency: String(CONCURRENCY),
    ...extra
  }
}

/** Runs the bundled action; `inputs` on top of the project's. */
export async function runOurAction(project, inputs, env = {}) {
  const run = checked('node dist/index.js', await runAction({ inputs: actionInputs(project, inputs), env }))
  return {
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    peakRssKb: run.peakRssKb,
    bytesRead: run.bytesRead,
    outputs: run.outputs,
    report: run.report
  }
}

/** Every contender that can run here; those that cannot carry a note saying why. */
export async function benchTools({ project, endpoint, peers }) {
  const env = await peerEnvironment(endpoint)
  const python = peers.python?.cmd
  const manage = (settings, extraEnv) =>
    spawnMeasured(python, ['manage.py', 'collectstatic', '--noinput', '-v', '0'], {
      cwd: project.dir,
      env: { ...env, DJANGO_SETTINGS_MODULE: settings, ...extraEnv }
    })
  const collectToFolder = async (tool) => {
    const root = join(workDir, `collected-${tool}`)
    await rm(root, { recursive: true, force: true }) // CI: STATIC_ROOT starts empty every run
    const run = checked('collectstatic', await manage('config.bench_folder', { BENCH_STATIC_ROOT: root }))
    return { root, step: { name: 'collectstatic', ...run } }
  }
  const noPython = !python && `needs a Python with Django, django-storages and boto3 (${PEER_INSTALL})`
  return [
    {
      id: 'put',
      label: 'bare PutObject loop (floor)',
      scenarios: ['cold'],
      run: ({ bucket }) => runPutLoop({ project, endpoint, bucket })
    },
    {
      id: 'action',
      label: 'collectstatic-s3 (this action)',
      unavailable: !existsSync(actionEntry) && 'dist/index.js is missing (npm run bundle)',
      run: ({ bucket }) => runActionTool(project, { bucket, 'endpoint-url': endpoint })
    },
    {
      id: 'zero-config',
      label: 'collectstatic-s3, settings read from the project',
      unavailable: !existsSync(actionEntry) && 'dist/index.js is missing (npm run bundle)',
      // No apps or static-dirs: the action finds them in config/settings.py, as most users run it.
      run: ({ bucket }) => runActionTool(project, { bucket, 'endpoint-url': endpoint, apps: '', 'static-dirs': '' })
    },
    {
      id: 'django',
      label: 'collectstatic + django-storages',
      once: true, // minutes per round, and far from the others: one round is enough
      unavailable: noPython,
      run: async ({ bucket }) =>
        pipeline([
          {
            name: 'collectstatic',
            ...checked('collectstatic', await manage('config.bench_s3', { BENCH_BUCKET: bucket, BENCH_ENDPOINT: endpoint }))
          }
        ])
    },
    {
      id: 'aws',
      label: 'collectstatic → aws s3 sync',
      once: true,
      unavailable: noPython || (!peers.aws && `needs the AWS CLI (${PEER_INSTALL})`),
      run: async ({ bucket }) => {
        const { root, step } = await collectToFolder('aws')
        const args = ['s3', 'sync', root, `s3://${bucket}`, '--endpoint-url', endpoint, '--only-show-errors']
        const sync = checked('aws s3 sync', await spawnMeasured(peers.aws.cmd, args, { env }))
        return pipeline([step, { name: 'aws s3 sync', ...sync }])
      }
    },
    {
      id: 'rclone',
      label: 'collectstatic → rclone sync --checksum',
      unavailable: noPython || (!peers.rclone && `needs rclone (${PEER_INSTALL})`),
      run: async ({ bucket }) => {
        const { root, step } = await collectToFolder('rclone')
        const args = [
          'sync',
          root,
          `bench:${bucket}`,
          '--checksum',
          '--fast-list',
          '--transfers',
          `${CONCURRENCY}`,
          '--checkers',
          `${CONCURRENCY}`
        ]
        const sync = checked('rclone sync', await spawnMeasured('rclone', args, { env }))
        return pipeline([step, { name: 'rclone sync', ...sync }])
      }
    }
  ]
}

async function runActionTool(project, inputs) {
  const run = await runOurAction(project, inputs, localCredentials)
  const reported = Object.values(run.report?.requests ?? {}).reduce((sum, n) => sum + n, 0)
  return { ...run, uploaded: run.outputs.uploaded, reportedRequests: reported, digestBytes: run.report?.reads?.bytesRead }
}

/** The floor: bench/put-loop.mjs in its own process, measured like the others. */
export async function runPutLoop({ project, endpoint, bucket }) {
  const env = { ...(await peerEnvironment(endpoint)), ...localCredentials }
  const args = [
    '--no-warnings',
    join(repoRoot, 'bench', 'put-loop.mjs'),
    endpoint,
    bucket,
    join(project.dir, 'collection.json'),
    String(CONCURRENCY)
  ]
  const run = checked('put-loop', await spawnMeasured(process.execPath, args, { env, cwd: repoRoot }))
  return { wallMs: run.wallMs, cpuMs: run.cpuMs, peakRssKb: run.peakRssKb, bytesRead: run.bytesRead }
}

/** Plain md5sum over the same files, for comparison with the manifest mode's hashing. */
export async function runMd5sum(project) {
  const script = 'find "$@" -type f -print0 | xargs -0 md5sum > /dev/null'
  const run = checked('md5sum', await spawnMeasured('sh', ['-c', script, 'sh', ...project.sourceRoots]))
  return { wallMs: run.wallMs }
}
