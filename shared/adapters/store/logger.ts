type LogFn = (fields: object, message?: string) => void;

/** The subset of a pino logger the store uses; a pino Logger satisfies it. */
export interface StoreLogger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

const ignore: LogFn = () => undefined;

export const silentLogger: StoreLogger = { debug: ignore, info: ignore, warn: ignore, error: ignore };
