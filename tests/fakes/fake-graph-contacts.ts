import http from 'node:http';
import type { AddressInfo } from 'node:net';

function answer(res: http.ServerResponse, status: number, body: string): void {
  res.statusCode = status;
  res.end(body);
}

/** A contact as Graph answers it (the fields the connector selects). */
export interface GraphContactFixture {
  readonly id: string;
  readonly displayName: string;
  readonly givenName?: string;
  readonly surname?: string;
  readonly mobilePhone?: string | null;
  readonly businessPhones?: string[];
  readonly homePhones?: string[];
  readonly emailAddresses?: { name?: string; address: string }[];
}

/** Parses the prefixes of `startswith(field,'text') or ...` as the connector sends them. */
function prefixesOf(filter: string | null): string[] {
  if (!filter) return [];
  return [...filter.matchAll(/startswith\(\w+,'((?:[^']|'')*)'\)/g)].map((m) =>
    (m[1] ?? '').replace(/''/g, "'"),
  );
}

/**
 * A local stand-in for Microsoft Graph's `/v1.0/me/contacts`, over real HTTP: `$top` pages with
 * `@odata.nextLink`, `startswith` filters, one contact by id, and only tokens the fake Entra issued.
 */
export class FakeGraphContacts {
  contacts: GraphContactFixture[] = [];
  /** Every request: its path with query, and its Authorization header. */
  readonly requests: { url: string; authorization: string }[] = [];
  down = false;
  /** Most contacts per page whatever `$top` asks, as Graph may answer fewer. */
  pageSize = 1000;

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    private readonly validToken: (token: string) => boolean,
  ) {}

  static async start(validToken: (token: string) => boolean): Promise<FakeGraphContacts> {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeGraphContacts(server, `http://127.0.0.1:${port}`, validToken);
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => fake.handle(req, res));
    return fake;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const authorization = req.headers.authorization ?? '';
    this.requests.push({ url: req.url ?? '', authorization });
    res.setHeader('content-type', 'application/json');
    if (this.down) {
      answer(res, 503, JSON.stringify({ error: { code: 'ServiceUnavailable', message: 'down' } }));
      return;
    }
    if (!this.validToken(authorization.replace(/^Bearer /, ''))) {
      answer(res, 401, JSON.stringify({ error: { code: 'InvalidAuthenticationToken', message: 'no' } }));
      return;
    }
    const url = new URL(req.url ?? '/', this.url);
    const one = /^\/v1\.0\/me\/contacts\/([^/]+)$/.exec(url.pathname);
    if (one) {
      const contact = this.contacts.find((c) => c.id === decodeURIComponent(one[1] ?? ''));
      if (!contact) answer(res, 404, JSON.stringify({ error: { code: 'ErrorItemNotFound', message: '' } }));
      else answer(res, 200, JSON.stringify(contact));
      return;
    }
    if (url.pathname !== '/v1.0/me/contacts') {
      answer(res, 404, JSON.stringify({ error: { code: 'NotFound', message: '' } }));
      return;
    }
    const prefixes = prefixesOf(url.searchParams.get('$filter')).map((p) => p.toLowerCase());
    const matching = this.contacts.filter(
      (c) =>
        prefixes.length === 0 ||
        [c.displayName, c.givenName ?? '', c.surname ?? ''].some((name) =>
          prefixes.some((p) => name.toLowerCase().startsWith(p)),
        ),
    );
    const top = Math.min(Number(url.searchParams.get('$top') ?? '10'), this.pageSize);
    const skip = Number(url.searchParams.get('$skip') ?? '0');
    const page = matching.slice(skip, skip + top);
    const next = new URL(url.href);
    next.searchParams.set('$skip', String(skip + top));
    answer(
      res,
      200,
      JSON.stringify({
        value: page,
        ...(skip + top < matching.length ? { '@odata.nextLink': next.href } : {}),
      }),
    );
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
