import type { Config } from './config.js';
import { redactUrlPassword, sensitivity } from './sensitivity.js';
import { variables, type VariableName } from './variables.js';

/** Where each variable's effective value lives in Config (the type forces every variable to be listed). */
const EFFECTIVE: { readonly [K in VariableName]: (c: Config) => string | number | undefined } = {
  PORT: (c) => c.port,
  PUBLIC_URL: (c) => c.publicUrl,
  DATA_DIR: (c) => c.dataDir,
  DATABASE_URL: (c) => c.databaseUrl,
  WHATSAPP_GRAPH_URL: (c) => c.whatsapp.graphUrl,
  WHATSAPP_API_VERSION: (c) => c.whatsapp.apiVersion,
  WHATSAPP_PHONE_NUMBER_ID: (c) => c.whatsapp.credentials?.phoneNumberId,
  WHATSAPP_BUSINESS_ACCOUNT_ID: (c) => c.whatsapp.businessAccountId,
  WHATSAPP_ACCESS_TOKEN: (c) => c.whatsapp.credentials?.accessToken,
  WHATSAPP_APP_SECRET: (c) => c.whatsapp.credentials?.appSecret,
  WHATSAPP_VERIFY_TOKEN: (c) => c.whatsapp.verifyToken,
  WHATSAPP_MESSAGES_PER_SECOND: (c) => c.whatsapp.messagesPerSecond,
  EMULATOR_PORT: (c) => (c.whatsapp.credentials ? undefined : c.whatsapp.emulatorPort),
  AAD_CLIENT_ID: (c) => c.aad.clientId,
  AAD_TENANT_ID: (c) => c.aad.tenantId,
  AAD_CLIENT_SECRET: (c) => c.aad.clientSecret,
  AAD_OPENID_CONFIG_URL: (c) => c.aad.openIdConfigUrl,
  AAD_ALLOWED_TENANTS: (c) => (c.aad.allowedTenants === 'any' ? '*' : c.aad.allowedTenants.join(',')),
  AUTH_MODE: (c) => c.authMode,
  AAD_AUTHORITY_HOST: (c) => c.aad.authorityHost,
  MICROSOFT_GRAPH_URL: (c) => c.aad.graphUrl,
  BOT_ID: (c) => c.bot.id,
  BOT_PASSWORD: (c) => c.bot.password,
  BOT_TENANT_ID: (c) => c.bot.tenantId,
  ACS_ENDPOINT: (c) => c.acs.endpoint,
  ACS_ACCESS_KEY: (c) => c.acs.accessKey,
  ACS_FROM_NUMBER: (c) => c.acs.fromNumber,
  SMS_EVENTS_KEY: (c) => c.acs.eventsKey,
  LOG_LEVEL: (c) => c.logLevel,
  JOB_CONCURRENCY: (c) => c.jobConcurrency,
  SHUTDOWN_TIMEOUT_MS: (c) => c.shutdownTimeoutMs,
  SEND_LIMIT_PER_MINUTE: (c) => c.sendLimitPerMinute,
};

/**
 * The effective configuration by variable name, safe to log: secrets show only `(set)` or nothing,
 * URLs that may carry credentials have their password masked, unset variables are left out.
 */
export function describeConfig(config: Config): Record<VariableName, string | number> {
  const out: Partial<Record<VariableName, string | number>> = {};
  for (const name of Object.keys(EFFECTIVE) as VariableName[]) {
    const value = EFFECTIVE[name](config);
    if (value === undefined) continue;
    const kind = sensitivity.get(variables.shape[name])?.sensitivity;
    if (kind === 'secret') out[name] = '(set)';
    else if (kind === 'url-credentials') out[name] = redactUrlPassword(String(value));
    else out[name] = value;
  }
  return out as Record<VariableName, string | number>;
}

/** Names of the variables whose values are secrets. */
export function secretVariables(): VariableName[] {
  return (Object.keys(variables.shape) as VariableName[]).filter(
    (name) => sensitivity.get(variables.shape[name])?.sensitivity === 'secret',
  );
}
