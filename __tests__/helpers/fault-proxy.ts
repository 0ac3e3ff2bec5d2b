// A fault-injecting HTTP proxy in front of s3rver, on 127.0.0.1 and a free port. Each request is
// named by its S3 operation (PutObject, UploadPart, ListObjectsV2, ...) and key; rules decide
// what goes wrong: an error status, a 500 after the object was stored, a connection reset while
// the request or the response is under way, a hang, or a delay. Everything else is forwarded.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Operation =
  | 'PutObject'
  | 'GetObject'
  | 'HeadObject'
  | 'DeleteObject'
  | 'DeleteObjects'
  | 'ListObjectsV2'
  | 'ListMultipartUploads'
  | 'CreateMultipartUpload'
  | 'UploadPart'
  | 'CompleteMultipartUpload'
  | 'AbortMultipartUpload'
  | 'Other'

export interface ProxiedRequest {
  operation: Operation
  method: string
  /** Object key (decoded), '' for bucket-level requests. */
  key: string
}

export type Fault =
  /** Answers with this status and S3 error code; the request never reaches the server. */
  | { kind: 'status'; status: number; code: string }
  /** Forwards (so the server stores the object), then answers 500 instead of the server's reply. */
  | { kind: 'fail-after' }
  /** Reads part of the request body, then resets the connection. */
  | { kind: 'reset-request' }
  /** Forwards, sends the status line and half the response body, then resets. */
  | { kind: 'reset-response' }
  /** Reads the request and never answers (the client must give up on its own). */
  | { kind: 'hang' }
  /** Forwards after a pause. */
  | { kind: 'delay'; ms: number }

export interface FaultRule {
  operation?: Operation | Operation[]
  /** Matches the key. */
  key?: RegExp
  fault: Fault
  /** Of the matching requests, hit every `every`-th one (1: all). */
  every?: number
  /** Stop after this many hits. */
  times?: number
}

export interface FaultProxy {
  endpoint: string
  /** Every request seen, in order of arrival, with the fault applied ('' when forwarded). */
  readonly log: (ProxiedRequest & { fault: string })[]
  setRules(rules: FaultRule[]): void
  /** Called for every request as it arrives (before any fault): drills start signals from here. */
  onRequest(listener: ((request: ProxiedRequest) => void) | null): void
  stop(): Promise<void>
}

export function classify(method: string, url: URL): ProxiedRequest {
  const [, ...keyParts] = url.pathname.slice(1).split('/')
  const key = keyParts.map(decodeURIComponent).join('/')
  const q = url.searchParams
  const operation = ((): Operation => {
    if (!key) {
      if (method === 'GET' && q.has('uploads')) return 'ListMultipartUploads'
      if (method === 'GET') return 'ListObjectsV2'
      if (method === 'POST' && q.has('delete')) return 'DeleteObjects'
      return 'Other'
    }
    if (method === 'POST' && q.has('uploads')) return 'CreateMultipartUpload'
    if (method === 'POST' && q.has('uploadId')) return 'CompleteMultipartUpload'
    if (method === 'PUT' && q.has('uploadId')) return 'UploadPart'
    if (method === 'DELETE' && q.has('uploadId')) return 'AbortMultipartUpload'
    if (method === 'PUT') return 'PutObject'
    if (method === 'GET') return 'GetObject'
    if (method === 'HEAD') return 'HeadObject'
    if (method === 'DELETE') return 'DeleteObject'
    return 'Other'
  })()
  return { operation, method, key }
}

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream)
  const log: FaultProxy['log'] = []
  let rules: { rule: FaultRule; seen: number; hits: number }[] = []
  let listener: ((request: ProxiedRequest) => void) | null = null
  const hanging = new Set<http.ServerResponse>()
  const agent = new http.Agent({ keepAlive: true })

  const choose = (request: ProxiedRequest): Fault | null => {
    for (const entry of rules) {
      const { rule } = entry
      const operations = rule.operation === undefined ? null : Array.isArray(rule.operation) ? rule.operation : [rule.operation]
      if (operations && !operations.includes(request.operation)) continue
      if (rule.key && !rule.key.test(request.key)) continue
      if (rule.times !== undefined && entry.hits >= rule.times) continue
      entry.seen++
      if ((entry.seen - 1) % (rule.every ?? 1) !== 0) continue
      entry.hits++
      return rule.fault
    }
    return null
  }

  const forward = (
    req: http.IncomingMessage,
    body: Buffer,
    onResponse: (response: http.IncomingMessage, data: Buffer) => void,
    onError: () => void
  ) => {
    const upstreamRequest = http.request(
      { hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => onResponse(response, Buffer.concat(chunks)))
        response.on('error', onError)
      }
    )
    upstreamRequest.on('error', onError)
    upstreamRequest.end(body)
  }

  const server = http.createServer((req, res) => {
    const request = classify(req.method ?? 'GET', new URL(req.url ?? '/', 'http://proxy'))
    listener?.(request)
    const fault = choose(request)
    log.push({ ...request, fault: fault?.kind ?? '' })
    if (fault?.kind === 'reset-request') {
      // Some of the body arrives, then the connection is gone.
      req.once('data', () => req.socket.destroy())
      req.once('end', () => req.socket.destroy())
      return
    }
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const reply = (response: http.IncomingMessage, data: Buffer) => {
        const headers = { ...response.headers }
        delete headers['transfer-encoding']
        res.writeHead(response.statusCode ?? 502, { ...headers, 'content-length': String(data.length) })
        res.end(data)
      }
      const broken = () => req.socket.destroy()
      if (!fault) return forward(req, body, reply, broken)
      switch (fault.kind) {
        case 'status':
          res.writeHead(fault.status, { 'content-type': 'application/xml' })
          res.end(errorXml(fault.code, `injected ${fault.code}`))
          return
        case 'fail-after':
          return forward(
            req,
            body,
            () => {
              res.writeHead(500, { 'content-type': 'application/xml' })
              res.end(errorXml('InternalError', 'injected: stored, then failed'))
            },
            broken
          )
        case 'reset-response':
          return forward(
            req,
            body,
            (response, data) => {
              const headers = { ...response.headers }
              delete headers['transfer-encoding']
              res.writeHead(response.statusCode ?? 200, { ...headers, 'content-length': String(Math.max(data.length, 2)) })
              res.write(data.subarray(0, Math.floor(data.length / 2)))
              setTimeout(() => req.socket.destroy(), 10)
            },
            broken
          )
        case 'hang':
          hanging.add(res)
          res.on('close', () => hanging.delete(res))
          return
        case 'delay':
          setTimeout(() => forward(req, body, reply, broken), fault.ms)
          return
      }
    })
  })
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    log,
    setRules(next) {
      rules = next.map((rule) => ({ rule, seen: 0, hits: 0 }))
    },
    onRequest(next) {
      listener = next
    },
    async stop() {
      for (const res of hanging) res.socket?.destroy()
      server.closeAllConnections()
      agent.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

function errorXml(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>FAULT</RequestId></Error>`
}
