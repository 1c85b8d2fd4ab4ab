import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import restify, { type Server, type ServerOptions } from 'restify';
import { formatters } from './formatters.js';
import { registerHealthRoutes, type Readiness } from './health.js';
import { registerRequestLogging } from './request-log.js';

export interface HttpServerOptions {
  readonly logger: Logger;
  readonly readiness: Readiness;
  /** How long close() waits for in-flight requests before cutting connections. */
  readonly closeGraceMs?: number;
}

export interface HttpServer {
  /** The restify server: other modules mount their routes on it. */
  readonly restify: Server;
  /** Starts listening; resolves with the base URL (e.g. http://127.0.0.1:3978). */
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting connections and resolves once open requests have finished (or the grace ran out). */
  close(): Promise<void>;
}

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const logger = options.logger.child({ component: 'http' });
  const server = restify.createServer({
    name: 'multiline-messaging',
    formatters,
    // restify only calls trace/warn on it; pino has both, the types expect bunyan.
    log: logger as unknown as ServerOptions['log'],
  });
  registerRequestLogging(server, logger);
  registerHealthRoutes(server, options.readiness);

  let closing: Promise<void> | undefined;

  return {
    restify: server,
    listen: (port, host) => listen(server, port, host),
    close() {
      closing ??= close(server, options.closeGraceMs ?? 10_000);
      return closing;
    },
  };
}

function listen(server: Server, port: number, host?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const http = server.server;
    const onError = (error: Error) => reject(error);
    http.once('error', onError);
    http.listen(port, host, () => {
      http.off('error', onError);
      const address = http.address() as AddressInfo;
      const shown = !host || host === '::' || host === '0.0.0.0' ? '127.0.0.1' : host;
      resolve(`http://${shown.includes(':') ? `[${shown}]` : shown}:${address.port}`);
    });
  });
}

function close(server: Server, graceMs: number): Promise<void> {
  const http = server.server;
  if (!http.listening) return Promise.resolve();
  return new Promise((resolve) => {
    // Kept-alive connections would hold close() open: drop each one as soon as it has no request in
    // flight, and answer requests that still arrive on one with `Connection: close`.
    http.on('request', (_req, res) => {
      if (!res.headersSent) res.setHeader('Connection', 'close');
    });
    const sweep = setInterval(() => http.closeIdleConnections(), 50);
    const force = setTimeout(() => http.closeAllConnections(), graceMs);
    http.close(() => {
      clearInterval(sweep);
      clearTimeout(force);
      resolve();
    });
    http.closeIdleConnections();
  });
}
