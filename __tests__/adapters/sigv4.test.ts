// The direct requests' signer must produce the SDK's signatures exactly.
import { describe, expect, it } from '@jest/globals'
import { S3Client } from '@aws-sdk/client-s3'
import { SignatureV4 } from '@smithy/signature-v4'
import { canonicalQuery, RequestSigner, type Credentials } from '../../src/adapters/sigv4.js'

const DATE = new Date('2026-11-26T07:08:09.123Z')
// The hash the S3 client itself signs with.
const sha256 = new S3Client({ region: 'eu-west-1' }).config.sha256

async function bothSignatures(
  credentials: Credentials,
  request: { method: string; path: string; query: Record<string, string>; headers: Record<string, string> }
) {
  const ours = await new RequestSigner('eu-west-1', 's3', async () => credentials).sign({ ...request, date: DATE })
  const sdk = new SignatureV4({ credentials, region: 'eu-west-1', service: 's3', sha256, uriEscapePath: false })
  const signed = await sdk.sign({ protocol: 'https:', hostname: request.headers.host!, ...request }, { signingDate: DATE })
  return { ours, sdk: signed.headers }
}

describe('RequestSigner', () => {
  const put = {
    method: 'PUT',
    path: '/bucket/static/a%20b/%28x%29%21%2A%27%2B%C3%A9.css',
    query: { 'x-id': 'PutObject' },
    headers: {
      host: 's3.eu-west-1.amazonaws.com',
      'content-type': 'text/css; charset="utf-8"',
      'content-length': '26',
      'content-md5': 'AAAAAAAAAAAAAAAAAAAAAA==',
      'cache-control': 'public,   max-age=60',
      'x-amz-meta-team': '  web   team ',
      'x-amz-content-sha256': 'UNSIGNED-PAYLOAD'
    }
  }

  it('signs a PutObject exactly as SignatureV4 does', async () => {
    const { ours, sdk } = await bothSignatures(
      { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
      put
    )
    expect(ours.authorization).toBe(sdk.authorization)
    expect(ours['x-amz-date']).toBe(sdk['x-amz-date'])
    expect(ours.authorization).not.toContain('cache-control') // never signed, as in the SDK
  })

  it('signs a listing with a continuation token, and with a session token', async () => {
    const credentials = { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret/+=', sessionToken: 'token+/=' }
    const list = {
      method: 'GET',
      path: '/',
      query: { 'list-type': '2', 'max-keys': '1000', prefix: 'static/a b/', 'continuation-token': '1/abc+def==' },
      headers: {
        host: 'my-bucket.s3.eu-west-1.amazonaws.com',
        'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
        'x-amz-expected-bucket-owner': '111122223333'
      }
    }
    const { ours, sdk } = await bothSignatures(credentials, list)
    expect(ours.authorization).toBe(sdk.authorization)
    expect(ours['x-amz-security-token']).toBe('token+/=')
  })

  it('derives the signing key again when the credentials change', async () => {
    let credentials: Credentials = { accessKeyId: 'A1', secretAccessKey: 's1' }
    const signer = new RequestSigner('eu-west-1', 's3', async () => credentials)
    const first = await signer.sign({ ...put, date: DATE })
    credentials = { accessKeyId: 'A1', secretAccessKey: 's2' }
    const second = await signer.sign({ ...put, date: DATE })
    expect(second.authorization).not.toBe(first.authorization)
    expect(second.authorization).toBe((await bothSignatures(credentials, put)).sdk.authorization)
  })

  it('orders the query by escaped name, as the request line and the signature both need', () => {
    expect(canonicalQuery({ prefix: 'a b/', 'list-type': '2', 'continuation-token': 'x+y=' })).toBe(
      'continuation-token=x%2By%3D&list-type=2&prefix=a%20b%2F'
    )
  })
})
