import type { Logger } from 'pino';
import type { AppDatabase, AppStore, Stoppable } from './app-store.js';
import type { AppReadiness } from './readiness.js';
import { retryForever, type Backoff } from './retry.js';

export interface BootstrapOptions<D extends AppDatabase> {
  readonly store: AppStore<D>;
  readonly readiness: AppReadiness;
  readonly logger: Logger;
  readonly signal: AbortSignal;
  readonly backoff?: Backoff;
  /** Strips secrets from error messages before they are logged. */
  readonly scrub?: (text: string) => string;
}

export interface Started<D> {
  readonly database: D;
  readonly worker: Stoppable;
}

/**
 * Opens the database (retrying with backoff until it answers a ping), applies migrations (retrying
 * too: a database that drops mid-migration must not crash the process), then starts the job worker.
 * Whatever was opened is handed to `onOpened` at once, so a shutdown in the middle can close it.
 */
export async function bootstrap<D extends AppDatabase>(
  options: BootstrapOptions<D>,
  onOpened: (database: D) => void,
): Promise<Started<D>> {
  const { store, readiness, logger, signal } = options;
  const scrub = options.scrub ?? ((text: string) => text);
  const log = (what: string) => (error: unknown, failures: number, delayMs: number) =>
    logger.warn(
      { database: store.target, attempt: failures, retryInMs: delayMs, error: describe(error, scrub) },
      `${what}; retrying`,
    );

  const database = await retryForever(() => openAndPing(store, signal), {
    signal,
    backoff: options.backoff,
    onFailure: log('database not reachable'),
  });
  onOpened(database);
  readiness.databaseConnected(database);
  logger.info({ database: store.target, kind: database.kind }, 'database connected');

  await retryForever(() => store.migrate(database), {
    signal,
    backoff: options.backoff,
    onFailure: log('database migration failed'),
  });
  signal.throwIfAborted();
  logger.info('database migrations applied');

  // Starting the worker composes the connector, which writes (tenant provisioning): retried like the rest.
  const worker = await retryForever(() => store.startWorker(database), {
    signal,
    backoff: options.backoff,
    onFailure: log('starting the connector failed'),
  });
  return { database, worker };
}

async function openAndPing<D extends AppDatabase>(store: AppStore<D>, signal: AbortSignal): Promise<D> {
  const database = await store.open();
  try {
    await database.ping();
    signal.throwIfAborted();
    return database;
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}

function describe(error: unknown, scrub: (text: string) => string): { message: string; code?: string } {
  const message = scrub(messageOf(error));
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? { message, code } : { message };
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && !error.message) return error.errors.map(messageOf).join('; ');
  return error instanceof Error ? error.message : String(error);
}
