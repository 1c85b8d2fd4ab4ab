import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type Environment } from '../../../bot/config/config.js';
import { describeConfig, secretVariables } from '../../../bot/config/describe.js';

const CWD = '/srv/app';

function issuesOf(env: Environment): ConfigError {
  try {
    loadConfig(env, CWD);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected loadConfig to throw a ConfigError');
}

const CREDENTIALS = {
  WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
  WHATSAPP_ACCESS_TOKEN: 'EAAG-secret-access-token',
  WHATSAPP_APP_SECRET: 'app-secret-value-123',
};

describe('loadConfig defaults', () => {
  it('fills every default from an empty environment', () => {
    const config = loadConfig({}, CWD);
    expect(config).toEqual({
      port: 3978,
      publicUrl: 'http://localhost:3978',
      dataDir: path.resolve(CWD, '.data'),
      databaseUrl: undefined,
      whatsapp: {
        graphUrl: 'https://graph.facebook.com',
        apiVersion: 'v23.0',
        messagesPerSecond: 80,
        businessAccountId: undefined,
        verifyToken: undefined,
        credentials: undefined,
        emulatorPort: 3979,
      },
      aad: {
        clientId: undefined,
        tenantId: undefined,
        clientSecret: undefined,
        openIdConfigUrl: undefined,
        allowedTenants: 'any',
        authorityHost: 'https://login.microsoftonline.com',
        graphUrl: 'https://graph.microsoft.com',
      },
      authMode: undefined,
      bot: { id: undefined, password: undefined, tenantId: undefined },
      acs: { endpoint: undefined, accessKey: undefined, fromNumber: undefined },
      logLevel: 'info',
      jobConcurrency: 8,
      shutdownTimeoutMs: 25_000,
      sendLimitPerMinute: 60,
    });
  });

  it('treats empty and blank strings as unset', () => {
    const config = loadConfig({ PORT: '', PUBLIC_URL: '  ', AUTH_MODE: '', WHATSAPP_ACCESS_TOKEN: '' }, CWD);
    expect(config.port).toBe(3978);
    expect(config.publicUrl).toBe('http://localhost:3978');
    expect(config.authMode).toBeUndefined();
    expect(config.whatsapp.credentials).toBeUndefined();
  });

  it('derives PUBLIC_URL from PORT and resolves DATA_DIR against the working directory', () => {
    const config = loadConfig({ PORT: '8080', DATA_DIR: 'var/data' }, CWD);
    expect(config.publicUrl).toBe('http://localhost:8080');
    expect(config.dataDir).toBe(path.resolve(CWD, 'var/data'));
  });

  it('reads every variable when set', () => {
    const config = loadConfig(
      {
        ...CREDENTIALS,
        PORT: '4000',
        PUBLIC_URL: 'https://bot.example.com/',
        DATABASE_URL: 'postgresql://app:pw@db.example.com:5432/app',
        WHATSAPP_GRAPH_URL: 'http://127.0.0.1:4100',
        WHATSAPP_API_VERSION: 'v24.0',
        WHATSAPP_BUSINESS_ACCOUNT_ID: '102290129340398',
        WHATSAPP_VERIFY_TOKEN: 'verify-me',
        WHATSAPP_MESSAGES_PER_SECOND: '250',
        EMULATOR_PORT: '4979',
        AAD_CLIENT_ID: 'client',
        AAD_TENANT_ID: 'tenant',
        AAD_CLIENT_SECRET: 'aad-secret',
        AAD_OPENID_CONFIG_URL: 'https://login.example.com/.well-known/openid-configuration',
        AAD_ALLOWED_TENANTS: 'tenant,other-tenant',
        AUTH_MODE: 'dev',
        BOT_ID: 'bot',
        BOT_PASSWORD: 'bot-password',
        BOT_TENANT_ID: 'bot-tenant',
        ACS_ENDPOINT: 'https://acs.example.com',
        ACS_ACCESS_KEY: 'acs-key',
        ACS_FROM_NUMBER: '+14155550100',
        SMS_EVENTS_KEY: 'sms-events-key-0123456789',
        LOG_LEVEL: 'debug',
        JOB_CONCURRENCY: '16',
        SHUTDOWN_TIMEOUT_MS: '5000',
        AAD_AUTHORITY_HOST: 'http://127.0.0.1:4200/',
        MICROSOFT_GRAPH_URL: 'http://127.0.0.1:4300',
        SEND_LIMIT_PER_MINUTE: '0',
      },
      CWD,
    );
    expect(config.port).toBe(4000);
    expect(config.publicUrl).toBe('https://bot.example.com');
    expect(config.databaseUrl).toBe('postgresql://app:pw@db.example.com:5432/app');
    expect(config.whatsapp).toEqual({
      graphUrl: 'http://127.0.0.1:4100',
      apiVersion: 'v24.0',
      messagesPerSecond: 250,
      businessAccountId: '102290129340398',
      verifyToken: 'verify-me',
      emulatorPort: 4979,
      credentials: {
        phoneNumberId: CREDENTIALS.WHATSAPP_PHONE_NUMBER_ID,
        accessToken: CREDENTIALS.WHATSAPP_ACCESS_TOKEN,
        appSecret: CREDENTIALS.WHATSAPP_APP_SECRET,
      },
    });
    expect(config.aad.allowedTenants).toEqual(['tenant', 'other-tenant']);
    expect(config.authMode).toBe('dev');
    expect(config.acs.fromNumber).toBe('+14155550100');
    expect(config.acs.eventsKey).toBe('sms-events-key-0123456789');
    expect(config.logLevel).toBe('debug');
    expect(config.jobConcurrency).toBe(16);
    expect(config.shutdownTimeoutMs).toBe(5000);
    expect(config.aad.authorityHost).toBe('http://127.0.0.1:4200');
    expect(config.aad.graphUrl).toBe('http://127.0.0.1:4300');
    expect(config.sendLimitPerMinute).toBe(0);
  });

  it('returns a deeply frozen object', () => {
    const config = loadConfig(CREDENTIALS, CWD);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.whatsapp)).toBe(true);
    expect(Object.isFrozen(config.whatsapp.credentials)).toBe(true);
  });
});

describe('AAD_ALLOWED_TENANTS', () => {
  it('defaults to AAD_TENANT_ID alone when that is set, else to any tenant', () => {
    expect(loadConfig({ AAD_TENANT_ID: 'contoso' }, CWD).aad.allowedTenants).toEqual(['contoso']);
    expect(loadConfig({}, CWD).aad.allowedTenants).toBe('any');
  });

  it('takes a comma-separated list, trimmed and without repeats, over AAD_TENANT_ID', () => {
    const config = loadConfig(
      { AAD_TENANT_ID: 'contoso', AAD_ALLOWED_TENANTS: ' fabrikam , contoso,fabrikam' },
      CWD,
    );
    expect(config.aad.allowedTenants).toEqual(['fabrikam', 'contoso']);
    expect(Object.isFrozen(config.aad.allowedTenants)).toBe(true);
  });

  it('`*` allows any tenant even when AAD_TENANT_ID is set', () => {
    expect(loadConfig({ AAD_TENANT_ID: 'contoso', AAD_ALLOWED_TENANTS: '*' }, CWD).aad.allowedTenants).toBe(
      'any',
    );
  });

  it('is described as the effective list', () => {
    expect(describeConfig(loadConfig({ AAD_TENANT_ID: 'contoso' }, CWD)).AAD_ALLOWED_TENANTS).toBe('contoso');
    expect(describeConfig(loadConfig({ AAD_ALLOWED_TENANTS: 'a, b' }, CWD)).AAD_ALLOWED_TENANTS).toBe('a,b');
    expect(describeConfig(loadConfig({}, CWD)).AAD_ALLOWED_TENANTS).toBe('*');
  });
});

describe('loadConfig errors name each bad variable', () => {
  it.each([
    ['PORT', 'abc'],
    ['PORT', '0'],
    ['PORT', '70000'],
    ['PORT', '3978.5'],
    ['PUBLIC_URL', 'localhost:3978'],
    ['PUBLIC_URL', 'ftp://example.com'],
    ['DATABASE_URL', 'mysql://root@127.0.0.1/app'],
    ['DATABASE_URL', 'not a url'],
    ['WHATSAPP_GRAPH_URL', 'graph.facebook.com'],
    ['WHATSAPP_API_VERSION', '23.0'],
    ['WHATSAPP_API_VERSION', 'v23'],
    ['WHATSAPP_MESSAGES_PER_SECOND', '0'],
    ['WHATSAPP_MESSAGES_PER_SECOND', '1001'],
    ['AAD_OPENID_CONFIG_URL', 'openid'],
    ['AAD_ALLOWED_TENANTS', 'tenant-a tenant-b'],
    ['AAD_ALLOWED_TENANTS', 'tenant-a,,tenant-b'],
    ['AAD_ALLOWED_TENANTS', 'tenant-a,*'],
    ['AUTH_MODE', 'prod'],
    ['ACS_ENDPOINT', 'acs'],
    ['ACS_FROM_NUMBER', '4155550100'],
    ['SMS_EVENTS_KEY', 'too-short'],
    ['LOG_LEVEL', 'verbose'],
    ['JOB_CONCURRENCY', 'many'],
    ['JOB_CONCURRENCY', '-1'],
    ['JOB_CONCURRENCY', '257'],
    ['SHUTDOWN_TIMEOUT_MS', '-1'],
    ['SEND_LIMIT_PER_MINUTE', '-1'],
    ['SEND_LIMIT_PER_MINUTE', 'lots'],
    ['AAD_AUTHORITY_HOST', 'login.microsoftonline.com'],
    ['MICROSOFT_GRAPH_URL', 'graph.microsoft.com'],
  ])('%s=%s', (name, value) => {
    const error = issuesOf({ [name]: value });
    expect(error.issues.map((i) => i.variable)).toEqual([name]);
    expect(error.message).toContain(`${name}: must be`);
  });

  it('lists every bad variable at once', () => {
    const error = issuesOf({
      PORT: 'abc',
      PUBLIC_URL: 'nope',
      AUTH_MODE: 'prod',
      WHATSAPP_API_VERSION: '23',
    });
    expect(error.issues.map((i) => i.variable).sort()).toEqual([
      'AUTH_MODE',
      'PORT',
      'PUBLIC_URL',
      'WHATSAPP_API_VERSION',
    ]);
    expect(error.message).toMatch(/^Invalid configuration \(4 problems\)/);
  });

  it('names the missing WhatsApp credentials when only some are set', () => {
    const error = issuesOf({ WHATSAPP_ACCESS_TOKEN: CREDENTIALS.WHATSAPP_ACCESS_TOKEN });
    expect(error.issues.map((i) => i.variable)).toEqual(['WHATSAPP_PHONE_NUMBER_ID', 'WHATSAPP_APP_SECRET']);
    expect(error.message).toContain(
      'WHATSAPP_PHONE_NUMBER_ID: is required because WHATSAPP_ACCESS_TOKEN is set',
    );
    expect(error.message).toContain('WHATSAPP_APP_SECRET: is required because WHATSAPP_ACCESS_TOKEN is set');
  });

  it('names the one missing credential when two are set', () => {
    const { WHATSAPP_APP_SECRET: _omitted, ...two } = CREDENTIALS;
    const error = issuesOf(two);
    expect(error.issues.map((i) => i.variable)).toEqual(['WHATSAPP_APP_SECRET']);
  });

  it('never puts a value in the error text, secret or not', () => {
    const env = {
      WHATSAPP_ACCESS_TOKEN: CREDENTIALS.WHATSAPP_ACCESS_TOKEN,
      WHATSAPP_VERIFY_TOKEN: 'verify-token-value',
      BOT_PASSWORD: 'bot-password-value',
      DATABASE_URL: 'mysql://root:db-password-value@127.0.0.1/app',
      ACS_FROM_NUMBER: 'acs-from-value',
      AUTH_MODE: 'auth-mode-value',
    };
    const error = issuesOf(env);
    for (const value of Object.values(env)) expect(error.message).not.toContain(value);
    expect(error.message).not.toContain('db-password-value');
  });
});

describe('describeConfig', () => {
  const config = loadConfig(
    {
      ...CREDENTIALS,
      WHATSAPP_VERIFY_TOKEN: 'verify-token-value',
      AAD_CLIENT_SECRET: 'aad-secret-value',
      BOT_PASSWORD: 'bot-password-value',
      ACS_ACCESS_KEY: 'acs-key-value',
      SMS_EVENTS_KEY: 'sms-events-key-value',
      DATABASE_URL: 'postgres://app:db-password-value@db.example.com/app',
    },
    CWD,
  );

  it('shows only that secrets are set, and masks the database password', () => {
    const described = describeConfig(config);
    const text = JSON.stringify(described);
    for (const secret of [
      CREDENTIALS.WHATSAPP_ACCESS_TOKEN,
      CREDENTIALS.WHATSAPP_APP_SECRET,
      'verify-token-value',
      'aad-secret-value',
      'bot-password-value',
      'acs-key-value',
      'sms-events-key-value',
      'db-password-value',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(described.WHATSAPP_ACCESS_TOKEN).toBe('(set)');
    expect(described.DATABASE_URL).toBe('postgres://app:***@db.example.com/app');
    expect(described.WHATSAPP_PHONE_NUMBER_ID).toBe(CREDENTIALS.WHATSAPP_PHONE_NUMBER_ID);
    expect(described.PORT).toBe(3978);
  });

  it('leaves unset variables out', () => {
    expect(describeConfig(loadConfig({}, CWD))).not.toHaveProperty('BOT_PASSWORD');
  });

  it('marks exactly the credential variables as secrets', () => {
    expect(secretVariables().sort()).toEqual([
      'AAD_CLIENT_SECRET',
      'ACS_ACCESS_KEY',
      'BOT_PASSWORD',
      'SMS_EVENTS_KEY',
      'WHATSAPP_ACCESS_TOKEN',
      'WHATSAPP_APP_SECRET',
      'WHATSAPP_VERIFY_TOKEN',
    ]);
  });
});
