// Input checks that run before any request: bucket names, regions, endpoints, object-parameters
// values, and credentials without a bucket.
import { describe, expect, it, beforeAll } from '@jest/globals'
import * as s3 from '@aws-sdk/client-s3'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { actionDefaults } from '../../__fixtures__/action-defaults.js'
import { fakeToolkit } from '../../__fixtures__/fake-toolkit.js'
import { getSettings } from '../../src/inputs/input-helper.js'
import { OBJECT_PARAMETER_ENUMS, validateObjectParameterValues } from '../../src/inputs/object-parameter-values.js'
import { parseBoolean } from '../../src/inputs/parse.js'
import { validateBucketName, validateEndpoint, validateRegion } from '../../src/inputs/validate-target.js'

let project: string
const defaults = actionDefaults()

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'cs3-validate-'))
  await mkdir(path.join(project, 'assets'), { recursive: true })
  await writeFile(path.join(project, 'assets', 'site.css'), 'body {}')
  await writeFile(path.join(project, 'settings.py'), "STATIC_ROOT = 'collected'\nSTATIC_URL = '/static/'\n")
})

function settingsFor(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const toolkit = fakeToolkit({ 'working-directory': project, 'static-dirs': 'assets', ...inputs }, defaults)
  return getSettings(toolkit, { ...env })
}

describe('bucket names', () => {
  it.each(['my-bucket', 'a.b.c', 'abc', 'x'.repeat(63), 'static-2024'])('accepts %s on AWS', (name) => {
    expect(() => validateBucketName(name, undefined)).not.toThrow()
  })
  it.each([
    ['Invalid_Bucket!!', /'I' is not allowed/],
    ['ab', /2 characters long/],
    ['x'.repeat(64), /64 characters long/],
    ['-bucket', /start and end with a letter or digit/],
    ['my..bucket', /two adjacent '\.'/],
    ['my.-bucket', /next to a '-'/],
    ['192.168.1.1', /IP address/],
    ['xn--bucket', /prefix 'xn--' is reserved/],
    ['bucket-s3alias', /suffix '-s3alias' is reserved/],
    ['my bucket', /a space is not allowed/]
  ])('refuses %s on AWS', (name, why) => {
    expect(() => validateBucketName(name, undefined)).toThrow(why)
    expect(() => validateBucketName(name, undefined)).toThrow(/^Input 'bucket': .*Give the bucket's exact name/)
  })
  it('is more lenient with endpoint-url (upper case, underscores, long names) but not with URL-breaking characters', () => {
    for (const name of ['Legacy_Bucket', 'x'.repeat(200), 'b_1'])
      expect(() => validateBucketName(name, 'http://127.0.0.1:9000')).not.toThrow()
    expect(() => validateBucketName('Invalid_Bucket!!', 'http://127.0.0.1:9000')).toThrow(/'!' is not allowed/)
    expect(() => validateBucketName('a/b', 'http://127.0.0.1:9000')).toThrow(/'\/' is not allowed/)
    expect(() => validateBucketName('ab', 'http://127.0.0.1:9000')).toThrow(/2 characters long/)
  })
})

describe('regions', () => {
  it.each(['us-east-1', 'eu-central-2', 'us-gov-west-1', 'cn-north-1', 'us-isob-east-1', 'ap-southeast-5', 'eusc-de-east-1'])(
    'accepts %s',
    (region) => {
      expect(() => validateRegion(region, undefined)).not.toThrow()
    }
  )
  it.each(['us-east', 'US-EAST-1', 'useast1', 'us east 1', 'auto', 'eu-west-1 '])('refuses %j on AWS', (region) => {
    expect(() => validateRegion(region, undefined)).toThrow(/^Input 'region': .* is not a valid region\. Give an AWS region code/)
  })
  it('takes any plain token for an S3-compatible service', () => {
    for (const region of ['auto', 'nyc3', 'garage', 'us-east-1'])
      expect(() => validateRegion(region, 'https://x.example')).not.toThrow()
    expect(() => validateRegion('a/b', 'https://x.example')).toThrow(/Input 'region'/)
  })
})

describe('endpoint URLs', () => {
  it.each(['http://127.0.0.1:9000', 'https://minio.example.com', 'https://host.example/base/path', 'http://[::1]:9000'])(
    'accepts %s',
    (url) => {
      expect(() => validateEndpoint(url)).not.toThrow()
    }
  )
  it.each([
    ['minio.example.com:9000', /not an http\(s\) URL|not a URL/],
    ['127.0.0.1:9000', /not a URL|not an http/],
    ['ftp://host', /scheme 'ftp:'/],
    ['https://', /not a URL|no host/],
    ['https://host/?x=1', /query or fragment/],
    ['http://host:99999', /not a URL/]
  ])('refuses %s', (url, why) => {
    expect(() => validateEndpoint(url)).toThrow(why)
    expect(() => validateEndpoint(url)).toThrow(/^Input 'endpoint-url'/)
  })
  it('does not repeat a URL that holds a password', () => {
    expect(() => validateEndpoint('https://user:hunter2@host')).toThrow(/user name or password/)
    expect(() => validateEndpoint('https://user:hunter2@host')).not.toThrow(/hunter2/)
  })
})

describe('object-parameters values', () => {
  it('uses the S3 API enum values (as the SDK lists them)', () => {
    expect(OBJECT_PARAMETER_ENUMS.ACL).toEqual(Object.values(s3.ObjectCannedACL))
    expect(OBJECT_PARAMETER_ENUMS.StorageClass).toEqual(Object.values(s3.StorageClass))
    expect(OBJECT_PARAMETER_ENUMS.ServerSideEncryption).toEqual(Object.values(s3.ServerSideEncryption))
    expect(OBJECT_PARAMETER_ENUMS.ObjectLockMode).toEqual(Object.values(s3.ObjectLockMode))
    expect(OBJECT_PARAMETER_ENUMS.ObjectLockLegalHoldStatus).toEqual(Object.values(s3.ObjectLockLegalHoldStatus))
    expect(OBJECT_PARAMETER_ENUMS.RequestPayer).toEqual(Object.values(s3.RequestPayer))
  })
  it('accepts well-typed values', () => {
    expect(() =>
      validateObjectParameterValues({
        ACL: 'public-read',
        CacheControl: 'max-age=60',
        Expires: '2030-01-01T00:00:00Z',
        StorageClass: 'STANDARD_IA',
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: 'alias/site',
        BucketKeyEnabled: true,
        Metadata: { team: 'web' },
        ContentDisposition: 'inline',
        ObjectLockMode: 'GOVERNANCE',
        ObjectLockRetainUntilDate: 'Tue, 01 Jan 2030 00:00:00 GMT'
      })
    ).not.toThrow()
  })
  it.each([
    [{ CacheControl: ['a'] }, /CacheControl must be a string, not an array/],
    [{ CacheControl: 3600 }, /CacheControl must be a string, not a number/],
    [{ Expires: 'not a date' }, /Expires "not a date" is not a date/],
    [{ Expires: '1' }, /Expires "1" is not a date/],
    [{ Expires: 1893456000 }, /Expires 1893456000 is not a date/],
    [{ StorageClass: 'CHEAP' }, /StorageClass "CHEAP" is not one of: .*STANDARD_IA/],
    [{ ACL: 'public' }, /ACL "public" is not one of: .*public-read/],
    [{ ServerSideEncryption: 'kms' }, /ServerSideEncryption "kms" is not one of/],
    [{ BucketKeyEnabled: 'true' }, /BucketKeyEnabled must be true or false/],
    [{ Metadata: { n: 1 } }, /Metadata must be an object of strings.*'n' is a number/],
    [{ Metadata: { 'bad name': 'x' } }, /not a valid header name/],
    [{ Metadata: { big: 'x'.repeat(3000) } }, /S3 allows at most 2048 bytes/],
    [{ ContentDisposition: 'attachment; filename="café.css"' }, /printable ASCII/],
    [{ WebsiteRedirectLocation: 'example.com' }, /must start with '\/'/],
    [{ ExpectedBucketOwner: 'me' }, /12-digit AWS account ID/],
    [{ SSEKMSKeyId: 'alias/x' }, /needs "ServerSideEncryption": "aws:kms"/],
    [{ SSECustomerKey: 'k'.repeat(32) }, /SSECustomerAlgorithm go together/],
    [{ ObjectLockMode: 'COMPLIANCE' }, /ObjectLockRetainUntilDate go together/]
  ])('refuses %j', (parameters, why) => {
    expect(() => validateObjectParameterValues(parameters)).toThrow(why)
    expect(() => validateObjectParameterValues(parameters)).toThrow(/^Input 'object-parameters': .*Fix it in object-parameters/)
  })
  it('checks values from the input through getSettings too', async () => {
    await expect(settingsFor({ bucket: 'my-bucket', 'object-parameters': '{"Expires": "not a date"}' })).rejects.toThrow(
      /Input 'object-parameters': Expires/
    )
  })
})

describe('getSettings checks the S3 address before anything else runs', () => {
  it.each([
    [{ bucket: 'Invalid_Bucket!!' }, /Input 'bucket': 'Invalid_Bucket!!' is not a valid S3 bucket name/],
    [{ bucket: 'my-bucket', region: 'mars-1' }, /Input 'region': 'mars-1' is not a valid region/],
    [{ bucket: 'my-bucket', 'endpoint-url': 'localhost:9000' }, /Input 'endpoint-url'/]
  ])('%j', async (inputs, why) => {
    await expect(settingsFor(inputs)).rejects.toThrow(why)
  })
  it('checks a region that comes from the environment and names the input to set', async () => {
    await expect(settingsFor({ bucket: 'my-bucket' }, { AWS_REGION: 'Frankfurt' })).rejects.toThrow(/Input 'region': 'Frankfurt'/)
  })
})

describe('credentials without a bucket', () => {
  it('fails naming bucket when the key inputs are given and STATIC_ROOT comes from the settings', async () => {
    const run = settingsFor({ settings: 'settings.py', 'aws-access-key-id': 'AKIA', 'aws-secret-access-key': 'x' })
    await expect(run).rejects.toThrow(/^Input 'bucket': is empty while AWS credentials are given \(the aws-access-key-id input\)/)
    await expect(
      settingsFor({ settings: 'settings.py', 'aws-access-key-id': 'AKIA', 'aws-secret-access-key': 'x' })
    ).rejects.toThrow(/only be copied to STATIC_ROOT \(.*collected\).*set the `static-root` input/)
  })
  it('fails the same for credentials in the environment (configure-aws-credentials, OIDC)', async () => {
    await expect(settingsFor({ settings: 'settings.py' }, { AWS_ACCESS_KEY_ID: 'AKIA' })).rejects.toThrow(
      /AWS_ACCESS_KEY_ID environment variable/
    )
    await expect(settingsFor({ settings: 'settings.py' }, { AWS_WEB_IDENTITY_TOKEN_FILE: '/t' })).rejects.toThrow(
      /AWS_WEB_IDENTITY_TOKEN_FILE/
    )
  })
  it('copies into the folder when static-root is given on purpose', async () => {
    const settings = await settingsFor({ settings: 'settings.py', 'static-root': 'out' }, { AWS_ACCESS_KEY_ID: 'AKIA' })
    expect(settings.destination).toEqual({ kind: 'folder', root: path.join(project, 'out') })
  })
  it('still copies to STATIC_ROOT without credentials', async () => {
    const settings = await settingsFor({ settings: 'settings.py' })
    expect(settings.destination).toEqual({ kind: 'folder', root: path.join(project, 'collected') })
  })
})

describe('booleans', () => {
  it('accepts the YAML 1.1 words and 1/0, in any case, and names the input otherwise', () => {
    for (const word of ['true', 'True', 'TRUE', 'yes', 'on', '1']) expect(parseBoolean('gzip', word)).toBe(true)
    for (const word of ['false', 'False', 'no', 'OFF', '0']) expect(parseBoolean('gzip', word)).toBe(false)
    expect(parseBoolean('gzip', '')).toBeUndefined()
    expect(() => parseBoolean('gzip', 'maybe')).toThrow("Input 'gzip': 'maybe' is not a boolean. Use true or false.")
  })
})
