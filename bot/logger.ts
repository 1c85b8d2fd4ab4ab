import pino, { type Logger } from 'pino';
import type { LogLevel } from './config/variables.js';

export type { Logger } from 'pino';

/** JSON lines on stdout. Paths that could carry credentials are censored as a second line of defence. */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'multiline-messaging' },
    redact: {
      paths: [
        'password',
        '*.password',
        'accessToken',
        '*.accessToken',
        'appSecret',
        '*.appSecret',
        'clientSecret',
        '*.clientSecret',
        'headers.authorization',
        'headers.cookie',
        '*.headers.authorization',
        '*.headers.cookie',
      ],
      censor: '[redacted]',
    },
  });
}
