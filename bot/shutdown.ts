import type { Logger } from 'pino';

export interface ShutdownOptions {
  /** Stops the app; resolves when everything is closed. */
  readonly stop: () => Promise<void>;
  readonly logger: Logger;
  /** After this long the process exits 1 even if stop() has not finished. */
  readonly timeoutMs: number;
  readonly exit?: (code: number) => void;
  readonly signals?: readonly NodeJS.Signals[];
}

/**
 * First SIGTERM/SIGINT: stop gracefully, exit 0 (or 1 if stopping failed or exceeded timeoutMs).
 * A second signal exits 1 at once. Returns a function that removes the handlers.
 */
export function handleShutdownSignals(options: ShutdownOptions): () => void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const { logger } = options;
  let stopping = false;

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal during shutdown; exiting now');
      exit(1);
      return;
    }
    stopping = true;
    logger.info({ signal, timeoutMs: options.timeoutMs }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error({ timeoutMs: options.timeoutMs }, 'shutdown did not finish in time; exiting');
      exit(1);
    }, options.timeoutMs);
    options.stop().then(
      () => {
        clearTimeout(timer);
        logger.info('stopped');
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(timer);
        logger.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };

  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}
