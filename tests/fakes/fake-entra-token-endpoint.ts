import http from 'node:http';
import type { AddressInfo } from 'node:net';

function answer(res: http.ServerResponse, status: number, body: string): void {
  res.statusCode = status;
  res.end(body);
}

export interface TokenRequest {
  readonly tenant: string;
  readonly params: Readonly<Record<string, string>>;
}

/** How the fake answers the next token requests. */
export type EntraMode = 'ok' | 'consent_required' | 'server_error';

/**
 * A local stand-in for Entra ID's v2.0 token endpoint (`POST /{tenant}/oauth2/v2.0/token`), over real HTTP,
 * for the on-behalf-of exchange. It issues opaque Graph tokens and remembers which assertion each was
 * issued for, so the fake Graph can accept only its tokens.
 */
export class FakeEntraTokenEndpoint {
  readonly requests: TokenRequest[] = [];
  /** Issued Graph token -> the assertion (the caller's API token) it was exchanged for. */
  readonly issued = new Map<string, string>();
  mode: EntraMode = 'ok';

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeEntraTokenEndpoint> {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeEntraTokenEndpoint(server, `http://127.0.0.1:${port}`);
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => fake.handle(req, res));
    return fake;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const match = /^\/([^/]+)\/oauth2\/v2\.0\/token(\?|$)/.exec(req.url ?? '');
      res.setHeader('content-type', 'application/json');
      if (req.method !== 'POST' || !match) {
        answer(res, 404, JSON.stringify({ error: 'not_found' }));
        return;
      }
      const params = Object.fromEntries(new URLSearchParams(body));
      this.requests.push({ tenant: decodeURIComponent(match[1] ?? ''), params });
      if (this.mode === 'server_error') {
        answer(res, 500, JSON.stringify({ error: 'temporarily_unavailable' }));
        return;
      }
      if (this.mode === 'consent_required') {
        answer(
          res,
          400,
          JSON.stringify({
            error: 'invalid_grant',
            error_description:
              'AADSTS65001: The user or administrator has not consented to use the application.',
            error_codes: [65001],
            suberror: 'consent_required',
          }),
        );
        return;
      }
      const token = `graph-token-${this.issued.size + 1}`;
      this.issued.set(token, params.assertion ?? '');
      answer(
        res,
        200,
        JSON.stringify({
          token_type: 'Bearer',
          scope: params.scope ?? '',
          expires_in: 3600,
          ext_expires_in: 3600,
          access_token: token,
        }),
      );
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
