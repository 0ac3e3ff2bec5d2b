// Credentials but no bucket: which destination did the user mean?
//
// Failing is the choice, not a warning. A step given AWS credentials is a deploy step; without a
// bucket it used to fall back to the settings' STATIC_ROOT, copy the files onto the runner's disk
// (thrown away when the job ends) and exit 0, so a typo in `bucket` or a missing secret
// (`bucket: ${{ secrets.BUKET }}` expands to '') looked like a successful deploy. A warning is
// read by nobody on a green run. Who really wants the folder says so with the `static-root`
// input, which this check accepts; a `static-root` that only comes from the settings does not
// count as a choice, since every Django project has one.
import { InputError } from '../errors.js'
import type { DestinationContext } from './destination.js'

// What aws-actions/configure-aws-credentials and the SDK's default chain read.
const CREDENTIAL_VARIABLES = ['AWS_ACCESS_KEY_ID', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_PROFILE']

export function requireBucketWithCredentials(context: DestinationContext, staticRoot: string | null): void {
  if (context.read('static-root').trim() !== '') return
  const given = credentialSource(context)
  if (!given) return
  const fallback = staticRoot ? ` Without one the files would only be copied to STATIC_ROOT (${staticRoot}) on the runner.` : ''
  throw new InputError(
    'bucket',
    `is empty while AWS credentials are given (${given}), so a deploy was meant but there is no bucket to deploy to.${fallback} ` +
      'Set `bucket` (or the AWS_STORAGE_BUCKET_NAME variable); if the secret or variable it comes from is empty, fix that. ' +
      'To copy into a folder on purpose, set the `static-root` input.'
  )
}

function credentialSource({ read, env }: DestinationContext): string | undefined {
  if (read('aws-access-key-id').trim() || read('aws-secret-access-key').trim()) return 'the aws-access-key-id input'
  const variable = CREDENTIAL_VARIABLES.find((name) => env[name]?.trim())
  return variable ? `the ${variable} environment variable` : undefined
}
