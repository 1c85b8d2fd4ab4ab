import path from 'node:path';
import { ConfigError, type ConfigIssue } from './errors.js';
import {
  variables,
  WHATSAPP_CREDENTIALS,
  type LogLevel,
  type VariableName,
  type Variables,
} from './variables.js';

export { ConfigError, type ConfigIssue } from './errors.js';

export type Environment = Readonly<Record<string, string | undefined>>;

export interface WhatsAppCredentials {
  readonly phoneNumberId: string;
  readonly accessToken: string;
  readonly appSecret: string;
}

export interface Config {
  readonly port: number;
  /** The externally reachable base URL, without a trailing slash. */
  readonly publicUrl: string;
  /** Absolute path of the directory for the embedded database and media. */
  readonly dataDir: string;
  /** PostgreSQL URL; undefined means the embedded PGlite database under dataDir. */
  readonly databaseUrl: string | undefined;
  readonly whatsapp: {
    readonly graphUrl: string;
    readonly apiVersion: string;
    readonly messagesPerSecond: number;
    readonly businessAccountId: string | undefined;
    readonly verifyToken: string | undefined;
    /** Undefined when no Cloud API credentials are set: the local emulator is used instead. */
    readonly credentials: WhatsAppCredentials | undefined;
    /** Where `npm start` runs the emulator when there are no credentials. */
    readonly emulatorPort: number;
  };
  readonly aad: {
    readonly clientId: string | undefined;
    readonly tenantId: string | undefined;
    readonly clientSecret: string | undefined;
    readonly openIdConfigUrl: string | undefined;
    /** Tenants whose users may sign in: AAD_ALLOWED_TENANTS, else AAD_TENANT_ID alone, else any. */
    readonly allowedTenants: readonly string[] | 'any';
    /** Where Entra ID issues tokens (AAD_AUTHORITY_HOST): the on-behalf-of exchange for Graph goes there. */
    readonly authorityHost: string;
    /** Microsoft Graph's base URL (MICROSOFT_GRAPH_URL), for the user's Outlook contacts. */
    readonly graphUrl: string;
  };
  readonly authMode: 'dev' | undefined;
  readonly bot: {
    readonly id: string | undefined;
    readonly password: string | undefined;
    readonly tenantId: string | undefined;
  };
  readonly acs: {
    readonly endpoint: string | undefined;
    readonly accessKey: string | undefined;
    readonly fromNumber: string | undefined;
    /** The `?key=` Event Grid's SMS events URL carries (SMS_EVENTS_KEY). */
    readonly eventsKey: string | undefined;
  };
  readonly logLevel: LogLevel;
  readonly jobConcurrency: number;
  readonly shutdownTimeoutMs: number;
  /** Messages one user may send per minute through the API; 0 means no limit. */
  readonly sendLimitPerMinute: number;
}

/**
 * Parses the environment into a frozen Config. Unset and empty (or blank) variables count as unset.
 * Throws ConfigError naming every bad variable; the error never contains a variable's value.
 */
export function loadConfig(env: Environment, cwd: string = process.cwd()): Config {
  const present = withoutEmpty(env);
  const issues: ConfigIssue[] = [];

  const parsed = variables.safeParse(present);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push({ variable: issue.path[0] as VariableName, message: issue.message });
    }
  }
  issues.push(...checkWhatsAppCredentials(present));
  if (!parsed.success || issues.length > 0) throw new ConfigError(issues);

  return deepFreeze(toConfig(parsed.data, cwd));
}

function withoutEmpty(env: Environment): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') out[name] = value;
  }
  return out;
}

function checkWhatsAppCredentials(present: Record<string, string>): ConfigIssue[] {
  const set = WHATSAPP_CREDENTIALS.filter((name) => name in present);
  if (set.length === 0 || set.length === WHATSAPP_CREDENTIALS.length) return [];
  return WHATSAPP_CREDENTIALS.filter((name) => !(name in present)).map((variable) => ({
    variable,
    message:
      `is required because ${set.join(' and ')} ${set.length === 1 ? 'is' : 'are'} set ` +
      `(set all of ${WHATSAPP_CREDENTIALS.join(', ')} or none of them to use the emulator)`,
  }));
}

function toConfig(v: Variables, cwd: string): Config {
  const credentials =
    v.WHATSAPP_PHONE_NUMBER_ID && v.WHATSAPP_ACCESS_TOKEN && v.WHATSAPP_APP_SECRET
      ? {
          phoneNumberId: v.WHATSAPP_PHONE_NUMBER_ID,
          accessToken: v.WHATSAPP_ACCESS_TOKEN,
          appSecret: v.WHATSAPP_APP_SECRET,
        }
      : undefined;
  return {
    port: v.PORT,
    publicUrl: v.PUBLIC_URL ?? `http://localhost:${v.PORT}`,
    dataDir: path.resolve(cwd, v.DATA_DIR ?? '.data'),
    databaseUrl: v.DATABASE_URL,
    whatsapp: {
      graphUrl: v.WHATSAPP_GRAPH_URL ?? 'https://graph.facebook.com',
      apiVersion: v.WHATSAPP_API_VERSION ?? 'v23.0',
      messagesPerSecond: v.WHATSAPP_MESSAGES_PER_SECOND,
      businessAccountId: v.WHATSAPP_BUSINESS_ACCOUNT_ID,
      verifyToken: v.WHATSAPP_VERIFY_TOKEN,
      credentials,
      emulatorPort: v.EMULATOR_PORT,
    },
    aad: {
      clientId: v.AAD_CLIENT_ID,
      tenantId: v.AAD_TENANT_ID,
      clientSecret: v.AAD_CLIENT_SECRET,
      openIdConfigUrl: v.AAD_OPENID_CONFIG_URL,
      allowedTenants: allowedTenants(v),
      authorityHost: v.AAD_AUTHORITY_HOST ?? 'https://login.microsoftonline.com',
      graphUrl: v.MICROSOFT_GRAPH_URL ?? 'https://graph.microsoft.com',
    },
    authMode: v.AUTH_MODE,
    bot: { id: v.BOT_ID, password: v.BOT_PASSWORD, tenantId: v.BOT_TENANT_ID },
    acs: {
      endpoint: v.ACS_ENDPOINT,
      accessKey: v.ACS_ACCESS_KEY,
      fromNumber: v.ACS_FROM_NUMBER,
      eventsKey: v.SMS_EVENTS_KEY,
    },
    logLevel: v.LOG_LEVEL ?? 'info',
    jobConcurrency: v.JOB_CONCURRENCY,
    shutdownTimeoutMs: v.SHUTDOWN_TIMEOUT_MS,
    sendLimitPerMinute: v.SEND_LIMIT_PER_MINUTE,
  };
}

function allowedTenants(v: Variables): readonly string[] | 'any' {
  if (v.AAD_ALLOWED_TENANTS === '*') return 'any';
  if (v.AAD_ALLOWED_TENANTS) return v.AAD_ALLOWED_TENANTS;
  return v.AAD_TENANT_ID ? [v.AAD_TENANT_ID] : 'any';
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
