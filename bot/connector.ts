import type { Logger } from 'pino';
import type { Database } from '../shared/adapters/store/database.js';
import { DrizzleConversationStore } from '../shared/adapters/store/conversation/drizzle-conversation-store.js';
import { provisionTenant } from '../shared/adapters/store/tenants/provision-tenant.js';
import { randomUuids } from '../shared/adapters/system/random-uuids.js';
import { FileSystemMediaStore } from '../shared/adapters/media/filesystem-media-store.js';
import { GraphMediaGateway } from '../shared/adapters/whatsapp-cloud/graph/graph-media-gateway.js';
import { DatabaseSendPacer } from '../shared/adapters/store/pacer/database-send-pacer.js';
import { PacedWhatsAppGateway } from '../shared/adapters/whatsapp-cloud/paced-whatsapp-gateway.js';
import { GraphTemplateSource } from '../shared/adapters/whatsapp-cloud/graph/graph-template-source.js';
import { GraphWhatsAppGateway } from '../shared/adapters/whatsapp-cloud/graph/graph-whatsapp-gateway.js';
import type { ParsedWebhook } from '../shared/adapters/whatsapp-cloud/webhook/parse-webhook.js';
import { createEngine, type Engine } from '../shared/app/engine.js';
import type { Clock } from '../shared/ports/clock.js';
import type { MediaStore } from '../shared/ports/media-store.js';
import type { Notifier } from '../shared/ports/notifier.js';
import type { SmsGateway } from '../shared/ports/sms-gateway.js';
import type { TemplateSource } from '../shared/ports/template-source.js';
import type { WhatsAppGateway } from '../shared/ports/whatsapp-gateway.js';
import type { JobHandlers } from './store.js';
import type { WhatsAppConnection } from './whatsapp/whatsapp-connection.js';
import { UndeliveredNotifier } from './whatsapp/undelivered-notifier.js';

export interface ConnectorDeps {
  readonly database: Database;
  readonly whatsapp: WhatsAppConnection;
  /** The tenant this deployment serves (its Entra tenant id). */
  readonly tenantId: string;
  /** Where pictures are kept (DATA_DIR/media). */
  readonly mediaDir: string;
  /** The number's throughput (WHATSAPP_MESSAGES_PER_SECOND), shared by every instance through the database. */
  readonly messagesPerSecond: number;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly notifier?: Notifier;
  /** SMS through Azure Communication Services (or the emulator), from the tenant's SMS number. */
  readonly sms?: { readonly gateway: SmsGateway; readonly fromNumber: string };
  /** Replace the Graph clients (tests). */
  readonly gateway?: WhatsAppGateway;
  readonly templateSource?: TemplateSource;
}

/** The running connector: the engine bound to the database and WhatsApp, as the HTTP routes and jobs use it. */
export interface Connector {
  readonly engine: Engine;
  /** Where pictures are kept (the API serves them from it). */
  readonly mediaStore: MediaStore;
  /** The database the engine runs on (the API reads from it). */
  readonly database: Database;
  readonly jobHandlers: JobHandlers;
  /** Stores a verified webhook's events as jobs; throws if they could not be stored. */
  ingestWebhook(webhook: ParsedWebhook): Promise<void>;
  /** Copies the business account's templates from WhatsApp (at start, then on Meta's template webhooks). */
  syncTemplates(): Promise<void>;
}

/** Wires the engine once the database is open, and makes sure the deployment's tenant owns its number. */
export async function composeConnector(deps: ConnectorDeps): Promise<Connector> {
  const logger = deps.logger.child({ component: 'connector' });
  await provisionTenant(deps.database, {
    id: deps.tenantId,
    name: deps.whatsapp.emulated ? 'Local development' : deps.tenantId,
    phoneNumberId: deps.whatsapp.phoneNumberId,
    businessAccountId: deps.whatsapp.businessAccountId,
    smsFromNumber: deps.sms?.fromNumber,
  });
  const graph = {
    accessToken: deps.whatsapp.accessToken,
    baseUrl: deps.whatsapp.graphUrl,
    apiVersion: deps.whatsapp.apiVersion,
    logger: deps.logger.child({ component: 'graph' }),
  };
  const gateway = new PacedWhatsAppGateway(
    deps.gateway ?? new GraphWhatsAppGateway(graph),
    new DatabaseSendPacer(deps.database, { messagesPerSecond: deps.messagesPerSecond }),
    () => deps.tenantId,
  );
  const templateSource = deps.templateSource ?? new GraphTemplateSource(graph);
  const mediaStore = new FileSystemMediaStore(deps.mediaDir);
  const engine = createEngine({
    store: new DrizzleConversationStore(deps.database),
    clock: deps.clock,
    ids: randomUuids,
    whatsapp: gateway,
    notifier: deps.notifier ?? new UndeliveredNotifier(logger),
    templateSource,
    ...(deps.sms ? { sms: deps.sms.gateway } : {}),
    whatsappMedia: new GraphMediaGateway(graph),
    mediaStore,
  });
  const wabaId = deps.whatsapp.businessAccountId;
  return {
    engine,
    mediaStore,
    database: deps.database,
    jobHandlers: engine.jobHandlers as JobHandlers,
    async ingestWebhook(webhook) {
      for (const error of webhook.errors)
        logger.warn(
          { code: error.code, title: error.title, phoneNumberId: error.phoneNumberId },
          'WhatsApp reported an error',
        );
      const outcome = await engine.ingestWebhook.execute(webhook);
      if (outcome.unrouted > 0)
        logger.warn(
          { unrouted: outcome.unrouted },
          'webhook events for a number no tenant owns were dropped',
        );
    },
    async syncTemplates() {
      if (!wabaId) {
        logger.warn('WHATSAPP_BUSINESS_ACCOUNT_ID is not set: templates are not synced from WhatsApp');
        return;
      }
      const outcome = await engine.syncTemplates.execute(
        deps.tenantId,
        wabaId,
        `start:${deps.clock.now().toISOString()}`,
      );
      logger.info({ synced: outcome.synced, gone: outcome.gone }, 'templates synced');
      if (outcome.unusablePurposes.length > 0)
        logger.warn(
          { purposes: outcome.unusablePurposes },
          'some connector requests have no approved UTILITY template: they are refused until one is approved',
        );
    },
  };
}
