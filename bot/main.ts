// Composition root for `npm start`: configuration -> logger -> WhatsApp (or its emulator) -> app -> signals.
import { startApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config/config.js';
import { describeConfig } from './config/describe.js';
import { createLogger } from './logger.js';
import { handleShutdownSignals } from './shutdown.js';
import { startLocalEmulator } from './whatsapp/local-emulator.js';
import { connectionFromConfig } from './whatsapp/whatsapp-connection.js';

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
  const local = connectionFromConfig(config) ? undefined : await startLocalEmulator(config, logger);
  const app = await startApp(config, {
    logger,
    ...(local ? { whatsapp: local.connection, sms: local.sms } : {}),
  });
  const stop = async () => {
    await app.stop();
    await local?.emulator.stop();
  };
  handleShutdownSignals({ stop, logger, timeoutMs: config.shutdownTimeoutMs });
  // Database trouble is retried inside the app; anything else that stops it from starting is fatal.
  app.ready.catch(async (error: unknown) => {
    if (error instanceof Error && error.name === 'AbortError') return; // stopped by a signal
    await stop().catch(() => undefined);
    process.exit(1);
  });
} catch (error) {
  logger.fatal({ err: error }, 'could not start');
  process.exit(1);
}
