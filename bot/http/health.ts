import type { Request, Response, Server } from 'restify';
import type { ErrorBody } from './errors.js';

export type ReadinessState =
  { readonly ready: true } | { readonly ready: false; readonly code: string; readonly message: string };

/** Answers whether this instance should receive traffic (database reachable, not shutting down). */
export interface Readiness {
  check(): Promise<ReadinessState>;
}

/** Paths a load balancer polls; logged at debug only. */
export const PROBE_PATHS: ReadonlySet<string> = new Set(['/healthz', '/readyz']);

export function registerHealthRoutes(server: Server, readiness: Readiness): void {
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    const state = await readiness.check().catch((): ReadinessState => ({
      ready: false,
      code: 'database_unavailable',
      message: 'The readiness check failed.',
    }));
    if (state.ready) {
      res.send(200, { status: 'ready' });
    } else {
      const body: ErrorBody = { error: { code: state.code, message: state.message } };
      res.send(503, body);
    }
  });
}
