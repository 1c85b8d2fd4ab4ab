import type { Logger } from 'pino';
import type { Request, Response, Route, Server } from 'restify';
import { statusOf } from './errors.js';
import { PROBE_PATHS } from './health.js';

/**
 * Logs one line per request: method, path (no query string: it may carry tokens), status and duration.
 * Never headers or bodies. Health probes log at debug; server errors log at error with the cause.
 */
export function registerRequestLogging(server: Server, logger: Logger): void {
  server.on('after', (req: Request, res: Response, _route: Route | undefined, err: unknown) => {
    const path = req.getPath();
    const entry = {
      reqId: req.id(),
      method: req.method,
      path,
      status: res.statusCode,
      ms: Date.now() - req.time(),
    };
    if (err && statusOf(err) >= 500) {
      logger.error({ ...entry, err }, 'request failed');
    } else if (PROBE_PATHS.has(path)) {
      logger.debug(entry, 'request');
    } else {
      logger.info(entry, 'request');
    }
  });
}
