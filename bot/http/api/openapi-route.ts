import type { Request, Response, Server } from 'restify';
import { buildOpenApiDocument, OPENAPI_PATH } from '../../../shared/contract/openapi.js';

/** `GET /api/openapi.json`: the contract of `/api/v1`, public (it holds no data). */
export function registerOpenApiRoute(server: Server): void {
  let document: string | undefined;
  server.get(OPENAPI_PATH, async (_req: Request, res: Response) => {
    document ??= JSON.stringify(buildOpenApiDocument());
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(document)),
      'Cache-Control': 'public, max-age=300',
    });
    res.end(document);
  });
}
