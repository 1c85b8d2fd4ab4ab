import path from 'node:path';
import type { Logger } from 'pino';
import { migrateDatabase, openDatabase, type Database } from '../shared/adapters/store/database.js';
import { JobWorker, type JobHandler } from '../shared/adapters/store/jobs/index.js';
import type { AppStore } from './app-store.js';
import type { Config } from './config/config.js';
import { redactUrlPassword } from './config/sensitivity.js';

/** Job handlers by job kind. */
export type JobHandlers = Readonly<Record<string, JobHandler>>;

/** The real store: PostgreSQL when DATABASE_URL is set, else embedded PGlite under DATA_DIR. */
export function createStore(config: Config, handlers: JobHandlers, logger: Logger): AppStore<Database> {
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
      const worker = new JobWorker(database, {
        handlers: { ...handlers },
        concurrency: config.jobConcurrency,
        logger: logger.child({ component: 'jobs' }),
      });
      await worker.start();
      return worker;
    },
  };
}
