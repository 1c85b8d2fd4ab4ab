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
    target: config.databaseUrl
      ? redactUrlPassword(config.databaseUrl)
      : `pglite:${path.join(config.dataDir, 'pglite')}`,
    open: () =>
      openDatabase({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        // Room for the job worker's handlers plus HTTP requests.
        poolSize: config.jobConcurrency + 4,
        logger: storeLogger,
      }),
    migrate: (database) => migrateDatabase(database),
    async startWorker(database) {
      const resolved = typeof handlers === 'function' ? await handlers(database) : handlers;
      const worker = new JobWorker(database, {
        handlers: { ...resolved },
        ...(options.clock ? { clock: options.clock } : {}),
        concurrency: config.jobConcurrency,
        logger: logger.child({ component: 'jobs' }),
      });
      await worker.start();
      return worker;
    },
  };
}
