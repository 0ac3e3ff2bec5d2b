// A stand-in for CloudFront's invalidation API on 127.0.0.1 (a free port), for tests and the
// benchmark: point the SDK at it with AWS_ENDPOINT_URL_CLOUDFRONT. It accepts every
// CreateInvalidation (201, IDs I1EXAMPLE, I2EXAMPLE, ...), reports each as Completed on
// GetInvalidation, and remembers every request. Signatures are not checked. Distributions in
// `denied` get CloudFront's 403 AccessDenied instead.
import http from 'node:http'

const NS = 'http://cloudfront.amazonaws.com/doc/2020-05-31/'

export async function startLocalCloudFront() {
  const requests = []
  const denied = new Set()
  let created = 0
  const server = http.createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      requests.push({ method: request.method ?? '', url: request.url ?? '', body })
      const post = request.method === 'POST'
      const distribution = /\/distribution\/([^/]+)\//.exec(request.url ?? '')?.[1]
      if (post && denied.has(distribution)) {
        response.writeHead(403, { 'content-type': 'text/xml' })
        response.end(
          `<?xml version="1.0"?><ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>AccessDenied</Code>` +
            `<Message>User is not authorized to perform: cloudfront:CreateInvalidation</Message></Error><RequestId>r</RequestId></ErrorResponse>`
        )
        return
      }
      const id = post ? `I${++created}EXAMPLE` : (request.url ?? '').split('/').pop()
      response.writeHead(post ? 201 : 200, { 'content-type': 'text/xml' })
      response.end(
        `<?xml version="1.0"?><Invalidation xmlns="${NS}"><Id>${id}</Id><Status>${post ? 'InProgress' : 'Completed'}</Status>` +
          `<CreateTime>2026-12-01T00:00:00Z</CreateTime><InvalidationBatch><Paths><Quantity>0</Quantity></Paths>` +
          `<CallerReference>r</CallerReference></InvalidationBatch></Invalidation>`
      )
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    endpoint: `http://127.0.0.1:${server.address().port}`,
    requests,
    denied,
    /** Paths of each CreateInvalidation request received. */
    invalidations: () =>
      requests.filter((r) => r.method === 'POST').map((r) => [...r.body.matchAll(/<Path>([^<]*)<\/Path>/g)].map((m) => m[1])),
    stop: () => new Promise((resolve) => server.close(resolve))
  }
}
