import { z } from 'zod';
import { idList, integer, matching, oneOf, text, url } from './fields.js';
import { credentialsInUrl, secret } from './sensitivity.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const HTTP = ['http:', 'https:'] as const;

/**
 * Every environment variable the bot reads, keyed by its name. Unset and empty variables arrive as
 * `undefined`; defaults that depend on other variables (PUBLIC_URL) are applied in config.ts.
 */
export const variables = z.object({
  PORT: integer(1, 65535, 3978),
  PUBLIC_URL: url(HTTP),
  DATA_DIR: text(),
  DATABASE_URL: credentialsInUrl(url(['postgres:', 'postgresql:'])),

  WHATSAPP_GRAPH_URL: url(HTTP),
  WHATSAPP_API_VERSION: matching(/^v\d+\.\d+$/, 'a Graph API version like v23.0'),
  WHATSAPP_PHONE_NUMBER_ID: text(),
  WHATSAPP_BUSINESS_ACCOUNT_ID: text(),
  WHATSAPP_ACCESS_TOKEN: secret(text()),
  WHATSAPP_APP_SECRET: secret(text()),
  WHATSAPP_VERIFY_TOKEN: secret(text()),
  WHATSAPP_MESSAGES_PER_SECOND: integer(1, 1000, 80),
  EMULATOR_PORT: integer(1, 65535, 3979),

  AAD_CLIENT_ID: text(),
  AAD_TENANT_ID: text(),
  AAD_CLIENT_SECRET: secret(text()),
  AAD_OPENID_CONFIG_URL: url(HTTP),
  AAD_ALLOWED_TENANTS: idList('a comma-separated list of tenant ids, or *'),
  AUTH_MODE: oneOf(['dev'], 'unset or "dev"'),
  AAD_AUTHORITY_HOST: url(HTTP),
  MICROSOFT_GRAPH_URL: url(HTTP),

  BOT_ID: text(),
  BOT_PASSWORD: secret(text()),
  BOT_TENANT_ID: text(),

  ACS_ENDPOINT: url(HTTP),
  ACS_ACCESS_KEY: secret(text()),
  ACS_FROM_NUMBER: matching(/^\+[1-9]\d{1,14}$/, 'a phone number in E.164 form, like +14155550100'),
  SMS_EVENTS_KEY: secret(matching(/^[\x21-\x7e]{16,}$/, 'at least 16 printable characters, no spaces')),

  LOG_LEVEL: oneOf(LOG_LEVELS, `one of ${LOG_LEVELS.join(', ')}`),
  // 0: a web-only instance that runs no jobs (other instances do).
  JOB_CONCURRENCY: integer(0, 256, 8),
  SHUTDOWN_TIMEOUT_MS: integer(100, 600_000, 25_000),
  // 0: no limit.
  SEND_LIMIT_PER_MINUTE: integer(0, 100_000, 60),
});

export type VariableName = keyof typeof variables.shape;
export type Variables = z.output<typeof variables>;
export const VARIABLE_NAMES = Object.keys(variables.shape) as VariableName[];

/** The WhatsApp Cloud API credentials: set all of them or none (none = use the local emulator). */
export const WHATSAPP_CREDENTIALS = [
  'WHATSAPP_PHONE_NUMBER_ID',
  'WHATSAPP_ACCESS_TOKEN',
  'WHATSAPP_APP_SECRET',
] as const satisfies readonly VariableName[];
