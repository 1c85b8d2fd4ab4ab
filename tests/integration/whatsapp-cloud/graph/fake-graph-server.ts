import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The body parsed as JSON when it was sent as JSON, else undefined. */
  readonly body: unknown;
  readonly rawBody: Buffer;
}

export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** Wait this long before answering (to provoke a timeout). */
  readonly delayMs?: number;
  /** Answer these bytes instead of `body` (content-type application/octet-stream unless `headers` say). */
  readonly bytes?: Uint8Array;
  /** Stream the answer in chunks, without a content-length, `count` times `chunk`, 5 ms apart. */
  readonly stream?: { readonly chunk: Uint8Array; readonly count: number };
}

/** Graph, played by a local HTTP server on 127.0.0.1: records every request and answers from a queue. */
export class FakeGraphServer {
  readonly requests: RecordedRequest[] = [];
  private readonly replies: Reply[] = [];
  private readonly pending = new Set<ServerResponse>();
  private server: Server | undefined;
  baseUrl = '';
  /** Streamed answers the client hung up on before their end. */
  abortedStreams = 0;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const json = (req.headers['content-type'] ?? '').startsWith('application/json') && raw.length > 0;
        this.requests.push({
          method: req.method ?? '',
          path: req.url ?? '',
          headers: req.headers,
          body: json ? (JSON.parse(raw.toString('utf8')) as unknown) : undefined,
          rawBody: raw,
        });
        const reply = this.replies.shift() ?? {
          status: 500,
          body: { error: { message: 'no reply queued' } },
        };
        this.pending.add(res);
        const answer = () => {
          this.pending.delete(res);
          if (res.destroyed) return;
          if (reply.stream) return this.stream(res, reply, reply.stream);
          const binary = reply.bytes !== undefined;
          res.writeHead(reply.status, {
            'content-type': binary ? 'application/octet-stream' : 'application/json',
            ...reply.headers,
          });
          if (binary) res.end(reply.bytes);
          else res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
        };
        if (reply.delayMs) setTimeout(answer, reply.delayMs);
        else answer();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  private stream(res: ServerResponse, reply: Reply, stream: NonNullable<Reply['stream']>): void {
    res.writeHead(reply.status, { 'content-type': 'application/octet-stream', ...reply.headers });
    let sent = 0;
    const next = () => {
      if (res.destroyed) {
        this.abortedStreams++;
        return;
      }
      if (sent === stream.count) return void res.end();
      sent++;
      res.write(stream.chunk);
      setTimeout(next, 5);
    };
    next();
  }

  /** Answer the next requests with these replies, in order. */
  reply(...replies: Reply[]): this {
    this.replies.push(...replies);
    return this;
  }

  reset(): void {
    this.requests.length = 0;
    this.replies.length = 0;
    this.abortedStreams = 0;
  }

  lastRequest(): RecordedRequest {
    const last = this.requests.at(-1);
    if (!last) throw new Error('Graph got no request');
    return last;
  }

  async stop(): Promise<void> {
    for (const res of this.pending) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export function sent(wamid: string, to = '4915112345678'): Reply {
  return {
    status: 200,
    body: { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id: wamid }] },
  };
}

export function graphError(
  status: number,
  code: number,
  message: string,
  extra: { details?: string; headers?: Record<string, string> } = {},
): Reply {
  return {
    status,
    ...(extra.headers ? { headers: extra.headers } : {}),
    body: {
      error: {
        message,
        type: 'OAuthException',
        code,
        ...(extra.details ? { error_data: { messaging_product: 'whatsapp', details: extra.details } } : {}),
        fbtrace_id: 'AbCdEfGh123',
      },
    },
  };
}
