import path from 'node:path';
import type { Logger } from 'pino';
import { systemClock } from '../shared/adapters/system/system-clock.js';
import type { Clock } from '../shared/ports/clock.js';
import type { WhatsAppGateway } from '../shared/ports/whatsapp-gateway.js';
import type { AppDatabase, AppStore, Stoppable } from './app-store.js';
import { bootstrap } from './bootstrap.js';
import type { Config } from './config/config.js';
import { scrubUrlPassword } from './config/sensitivity.js';
import { createHttpServer, type HttpServer } from './http/server.js';
import { createLogger } from './logger.js';
import { AppReadiness } from './readiness.js';
import type { Backoff } from './retry.js';
import { composeConnector, type Connector } from './connector.js';
import { DEV_TENANT_ID } from '../shared/adapters/identity/dev-users.js';
import { registerApiRoutes } from './http/api/register-api-routes.js';
import { outlookContactsFor } from './outlook-contacts.js';
import { registerIdentityRoutes } from './http/auth/identity-routes.js';
import { smsConnectionFromConfig, smsGatewayFor, type SmsConnection } from './http/sms/sms-connection.js';
import { registerSmsEventRoutes } from './http/sms/sms-event-routes.js';
import { registerWhatsAppWebhookRoutes } from './http/whatsapp/whatsapp-webhook-routes.js';
import { registerTabRoutes } from './http/tab/tab-static-routes.js';
import { createStore, type JobHandlers } from './store.js';
import type { Database } from '../shared/adapters/store/database.js';
import { connectionFromConfig, type WhatsAppConnection } from './whatsapp/whatsapp-connection.js';

export interface AppOptions {
  readonly logger?: Logger;
  /** Replaces the connector's job handlers (lifecycle tests). */
  readonly handlers?: JobHandlers;
  /** Where WhatsApp is; default the credentials in the configuration (main.ts passes the emulator's). */
  readonly whatsapp?: WhatsAppConnection;
  /** Where SMS goes; default the ACS settings in the configuration (main.ts passes the emulator's). */
  readonly sms?: SmsConnection;
  /** Tests only: the engine's and the job worker's clock. */
  readonly clock?: Clock;
  /** Tests only: replaces the Graph client. */
  readonly gateway?: WhatsAppGateway;
  /** Tests only: run on this open database (left open by stop), instead of the configured one. */
  readonly database?: Database;
  /** Tests only: the job worker's poll interval when no NOTIFY wakes it. */
  readonly pollIntervalMs?: number;
  /** Replaces the real store (tests). */
  readonly store?: AppStore;
  readonly backoff?: Backoff;
  /** Interface to listen on; default all. */
  readonly host?: string;
}

export interface RunningApp {
  /** Where the HTTP server listens, e.g. http://127.0.0.1:3978. */
  readonly url: string;
  readonly http: HttpServer;
  /** Resolves once migrations are applied and the job worker runs; rejects if stopped first. */
  readonly ready: Promise<void>;
  /** The engine and its wiring, once ready (undefined before, or when handlers were replaced). */
  connector(): Connector | undefined;
  /** Graceful stop: readiness 503, stop accepting connections, stop the worker, close the database. */
  stop(): Promise<void>;
}

/**
 * Starts the HTTP server first (so /healthz answers and /readyz says why it is not ready), then
 * connects to the database in the background, retrying until it answers, migrates and starts jobs.
 */
export async function startApp(config: Config, options: AppOptions = {}): Promise<RunningApp> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const whatsapp = options.whatsapp ?? connectionFromConfig(config);
  const sms = options.sms ?? smsConnectionFromConfig(config);
  let connector: Connector | undefined;
  const handlers =
    options.handlers ??
    (whatsapp
      ? async (database: Database) => {
          connector = await composeConnector({
            database,
            whatsapp,
            tenantId: deploymentTenantId(config),
            mediaDir: path.join(config.dataDir, 'media'),
            messagesPerSecond: config.whatsapp.messagesPerSecond,
            ...(sms ? { sms: { gateway: smsGatewayFor(sms, logger), fromNumber: sms.fromNumber } } : {}),
            clock,
            logger,
            ...(options.gateway ? { gateway: options.gateway } : {}),
          });
          return connector.jobHandlers;
        }
      : {});
  const store =
    options.store ??
    createStore(config, handlers, logger, {
      ...(options.clock ? { clock: () => clock.now() } : {}),
      ...(options.database ? { database: options.database } : {}),
      ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
    });
  const readiness = new AppReadiness();
  const http = createHttpServer({ logger, readiness });
  if (whatsapp) {
    registerWhatsAppWebhookRoutes(http.restify, {
      verifyToken: whatsapp.verifyToken ?? '',
      appSecret: whatsapp.appSecret,
      logger,
      ingest: async (webhook) => {
        if (!connector) throw new Error('the connector is not started yet');
        await connector.ingestWebhook(webhook);
      },
    });
  } else {
    logger.warn('WhatsApp is not connected: no credentials and no emulator');
  }
  if (sms)
    registerSmsEventRoutes(http.restify, {
      key: sms.eventsKey,
      logger,
      ingest: async (events) => {
        if (!connector) throw new Error('the connector is not started yet');
        await connector.engine.ingestSmsEvents.execute(events);
      },
    });
  // Set once migrations are applied: authenticating writes the tenant and user rows.
  let migrated: Database | undefined;
  const identity = registerIdentityRoutes(http.restify, {
    config,
    logger,
    database: () => migrated,
    devSenderPhoneNumberId: () => (whatsapp?.emulated ? whatsapp.phoneNumberId : undefined),
  });
  const outlook = outlookContactsFor(config.aad);
  const api = registerApiRoutes(http.restify, {
    authenticate: identity.authenticate,
    connector: () => connector,
    database: () => migrated,
    logger,
    clock,
    ...(config.sendLimitPerMinute > 0
      ? { sendLimit: { limit: config.sendLimitPerMinute, windowMs: 60_000 } }
      : {}),
    ...(outlook ? { outlook } : {}),
  });
  registerTabRoutes(http.restify);
  const url = await http.listen(config.port, options.host);
  logger.info({ url, publicUrl: config.publicUrl }, 'listening');

  const abort = new AbortController();
  let database: AppDatabase | undefined;
  let worker: Stoppable | undefined;

  const ready = bootstrap(
    {
      store,
      readiness,
      logger,
      signal: abort.signal,
      backoff: options.backoff,
      scrub: (text) => scrubUrlPassword(text, config.databaseUrl),
    },
    (opened) => (database = opened),
  ).then((started) => {
    worker = started.worker;
    // The real store opens a Database; a replaced store (lifecycle tests) may open something else.
    migrated = options.store ? undefined : (started.database as Database);
    readiness.markStarted();
    logger.info({ url }, 'ready');
    // Not awaited: WhatsApp being slow or down must not hold the connector back; sends still check templates.
    connector?.syncTemplates().catch((error: unknown) => {
      logger.warn({ err: error }, 'templates could not be synced from WhatsApp; the stored ones are used');
    });
  });
  ready.catch((error: unknown) => {
    if (!abort.signal.aborted) logger.fatal({ err: error }, 'start failed');
  });

  let stopping: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    readiness.beginShutdown();
    abort.abort();
    const stopWorker = ready.then(
      () => worker?.stop(),
      () => undefined,
    );
    // Open event streams end first, or the server's close would wait for them.
    const results = await Promise.allSettled([api.close(), http.close(), stopWorker]);
    results.push(...(await Promise.allSettled([database?.close()])));
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    if (failures.length > 0) throw new AggregateError(failures, 'some parts did not stop cleanly');
  };

  return {
    url,
    http,
    ready,
    connector: () => connector,
    stop: () => (stopping ??= stop()),
  };
}

/**
 * The tenant a single-company deployment serves: its Entra tenant; for local runs the dev sign-in's tenant
 * (AUTH_MODE=dev), so the demo users own the emulator's number, else `local`.
 */
export function deploymentTenantId(config: Config): string {
  return (
    config.aad.tenantId ??
    config.bot.tenantId ??
    (config.authMode === 'dev' ? DEV_TENANT_ID : LOCAL_TENANT_ID)
  );
}

export const LOCAL_TENANT_ID = 'local';
