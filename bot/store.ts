import path from 'node:path';
import type { Logger } from 'pino';
import { migrateDatabase, openDatabase, type Database } from '../shared/adapters/store/database.js';
import { JobWorker, type JobHandler } from '../shared/adapters/store/jobs/index.js';
import type { AppStore } from './app-store.js';
import type { Config } from './config/config.js';
import { redactUrlPassword } from './config/sensitivity.js';

/** Job handlers by job kind. */
export type JobHandlers = Readonly<Record<string, JobHandler>>;

/** The job handlers, or how to make them once the database is open (the engine needs it). */
export type HandlersSource = JobHandlers | ((database: Database) => Promise<JobHandlers>);

export interface StoreOptions {
  /** Tests only: the clock the job worker compares run times with, instead of the database's. */
  readonly clock?: () => Date;
  /**
   * Tests only: run on this already open database instead of opening one; the app's stop leaves it open,
   * so a test can restart the app on the same data and look at the rows itself.
   */
  readonly database?: Database;
  /** Tests only: how often the worker looks for due jobs when no NOTIFY wakes it (default 1 s). */
  readonly pollIntervalMs?: number;
}

/** The real store: PostgreSQL when DATABASE_URL is set, else embedded PGlite under DATA_DIR. */
export function createStore(
  config: Config,
  handlers: HandlersSource,
  logger: Logger,
  options: StoreOptions = {},
): AppStore<Database> {
  const storeLogger = logger.child({ component: 'store' });
  return {
    target: options.database
      ? `${options.database.kind} (provided)`
      : config.databaseUrl
        ? redactUrlPassword(config.databaseUrl)
        : `pglite:${path.join(config.dataDir, 'pglite')}`,
    open: async () =>
      options.database
        ? leftOpen(options.database)
        : openDatabase({
            databaseUrl: config.databaseUrl,
            dataDir: config.dataDir,
            // Room for the job worker's handlers plus HTTP requests.
            poolSize: config.jobConcurrency + 10,
            logger: storeLogger,
          }),
    // A database handed in was opened (and may be migrated again) as itself, not through its wrapper.
    migrate: (database) => migrateDatabase(options.database ?? database),
    async startWorker(database) {
      const resolved = typeof handlers === 'function' ? await handlers(database) : handlers;
      if (config.jobConcurrency === 0) {
        logger.info('JOB_CONCURRENCY=0: this instance serves HTTP only; other instances run the jobs');
        return { stop: async () => undefined };
      }
      const worker = new JobWorker(database, {
        handlers: { ...resolved },
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
        concurrency: config.jobConcurrency,
        // Batching handlers (dispatch, receipts) take up to 32 jobs a call: hold enough for several calls at once.
        batchSize: Math.max(32, config.jobConcurrency * 4),
        logger: logger.child({ component: 'jobs' }),
      });
      await worker.start();
      return worker;
    },
  };
}

/** The same database, with a close() that leaves it open for whoever opened it. */
function leftOpen(database: Database): Database {
  return {
    kind: database.kind,
    db: database.db,
    transaction: (work) => database.transaction(work),
    query: (text, params) => database.query(text, params),
    ping: () => database.ping(),
    listen: (channel, onPayload) => database.listen(channel, onPayload),
    close: async () => undefined,
  };
}
