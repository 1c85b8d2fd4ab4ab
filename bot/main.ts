// Composition root for `npm start`: configuration -> logger -> app (HTTP, database, jobs) -> signals.
import { startApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config/config.js';
import { describeConfig } from './config/describe.js';
import { createLogger } from './logger.js';
import { handleShutdownSignals } from './shutdown.js';

function configOrExit(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const config = configOrExit();
const logger = createLogger(config.logLevel);
logger.info({ config: describeConfig(config) }, 'starting');

try {
  const app = await startApp(config, { logger });
  handleShutdownSignals({ stop: app.stop, logger, timeoutMs: config.shutdownTimeoutMs });
  // Database trouble is retried inside the app; anything else that stops it from starting is fatal.
  app.ready.catch(async (error: unknown) => {
    if (error instanceof Error && error.name === 'AbortError') return; // stopped by a signal
    await app.stop().catch(() => undefined);
    process.exit(1);
  });
} catch (error) {
  logger.fatal({ err: error }, 'could not start');
  process.exit(1);
}
