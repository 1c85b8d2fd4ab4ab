import type { Logger } from 'pino';
import type { AppDatabase, AppStore, Stoppable } from './app-store.js';
import { bootstrap } from './bootstrap.js';
import type { Config } from './config/config.js';
import { scrubUrlPassword } from './config/sensitivity.js';
import { createHttpServer, type HttpServer } from './http/server.js';
import { createLogger } from './logger.js';
import { AppReadiness } from './readiness.js';
import type { Backoff } from './retry.js';
import { createStore, type JobHandlers } from './store.js';

export interface AppOptions {
  readonly logger?: Logger;
  /** Job handlers by job type; the engine fills these in. */
  readonly handlers?: JobHandlers;
  /** Replaces the real store (tests). */
  readonly store?: AppStore;
  readonly backoff?: Backoff;
  /** Interface to listen on; default all. */
  readonly host?: string;
}

export interface RunningApp {
  /** Where the HTTP server listens, e.g. http://127.0.0.1:3978. */
  readonly url: string;
  readonly http: HttpServer;
  /** Resolves once migrations are applied and the job worker runs; rejects if stopped first. */
  readonly ready: Promise<void>;
  /** Graceful stop: readiness 503, stop accepting connections, stop the worker, close the database. */
  stop(): Promise<void>;
}

/**
 * Starts the HTTP server first (so /healthz answers and /readyz says why it is not ready), then
 * connects to the database in the background, retrying until it answers, migrates and starts jobs.
 */
export async function startApp(config: Config, options: AppOptions = {}): Promise<RunningApp> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const store = options.store ?? createStore(config, options.handlers ?? {}, logger);
  const readiness = new AppReadiness();
  const http = createHttpServer({ logger, readiness });
  const url = await http.listen(config.port, options.host);
  logger.info({ url, publicUrl: config.publicUrl }, 'listening');

  const abort = new AbortController();
  let database: AppDatabase | undefined;
  let worker: Stoppable | undefined;

  const ready = bootstrap(
    {
      store,
      readiness,
      logger,
      signal: abort.signal,
      backoff: options.backoff,
      scrub: (text) => scrubUrlPassword(text, config.databaseUrl),
    },
    (opened) => (database = opened),
  ).then((started) => {
    worker = started.worker;
    readiness.markStarted();
    logger.info({ url }, 'ready');
  });
  ready.catch((error: unknown) => {
    if (!abort.signal.aborted) logger.fatal({ err: error }, 'start failed');
  });

  let stopping: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    readiness.beginShutdown();
    abort.abort();
    const stopWorker = ready.then(
      () => worker?.stop(),
      () => undefined,
    );
    const results = await Promise.allSettled([http.close(), stopWorker]);
    results.push(...(await Promise.allSettled([database?.close()])));
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    if (failures.length > 0) throw new AggregateError(failures, 'some parts did not stop cleanly');
  };

  return {
    url,
    http,
    ready,
    stop: () => (stopping ??= stop()),
  };
}
