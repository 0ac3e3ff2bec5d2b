// The floor for a cold upload: the same files PUT with the AWS SDK v3 at the same
// concurrency as the action (32), and nothing else — no finding, no listing, no planning.
//
//   node bench/put-loop.mjs <endpoint> <bucket> <collection.json> [concurrency]
//
// Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY. Prints the number of
// objects written.
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { Agent } from 'node:http'
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import mime from 'mime-types'

const [endpoint, bucket, collectionFile, concurrencyArg = '32'] = process.argv.slice(2)
const concurrency = Number(concurrencyArg)
const { collection } = JSON.parse(await readFile(collectionFile, 'utf8'))

const client = new S3Client({
  endpoint,
  region: 'us-east-1',
  forcePathStyle: true,
  // Plain PutObject with Content-Length; no checksum trailers (s3rver does not speak them).
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
  requestHandler: new NodeHttpHandler({ httpAgent: new Agent({ keepAlive: true, maxSockets: concurrency }) })
})

let next = 0
async function worker() {
  while (next < collection.length) {
    const file = collection[next++]
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: file.key,
        Body: createReadStream(file.absPath),
        ContentLength: file.size,
        ContentType: mime.lookup(file.key) || 'application/octet-stream'
      })
    )
  }
}

await Promise.all(Array.from({ length: concurrency }, worker))
client.destroy()
console.log(`${collection.length} objects written`)
