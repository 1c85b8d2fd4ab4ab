import { and, eq, inArray, lte } from 'drizzle-orm';
import pino from 'pino';
import { startApp, type RunningApp } from '../../bot/app.js';
import { loadConfig } from '../../bot/config/config.js';
import { WHATSAPP_WEBHOOK_PATH } from '../../bot/http/whatsapp/whatsapp-webhook-routes.js';
import { emulatorConnection } from '../../bot/whatsapp/local-emulator.js';
import {
  EMULATOR_DEFAULTS,
  startEmulator,
  type EmulatorOptions,
  type RunningEmulator,
} from '../../emulator/index.js';
import { jobs, messages, threads } from '../../shared/adapters/store/schema.js';
import type { Connector } from '../../bot/connector.js';
import { seedTenant } from '../builders/tenant-seed.js';
import { ShiftedClock } from '../fakes/shifted-clock.js';
import { openTestDatabase, type TestDatabase } from './database.js';

/** The deployment's tenant when no Entra tenant is configured (bot/app.ts). */
export const E2E_TENANT = 'local';
export const ADVISOR = 'user-alice';
/** Emulator users (emulator DEFAULT_USERS): online with read receipts, online without, not on WhatsApp. */
export const READER = { contactId: '6d0f3b44-52a1-4c59-9d1e-7d1b9a0c0001', waId: '15550100001' };
export const QUIET = { contactId: '6d0f3b44-52a1-4c59-9d1e-7d1b9a0c0002', waId: '15550100002' };
export const NOT_ON_WHATSAPP = { contactId: '6d0f3b44-52a1-4c59-9d1e-7d1b9a0c0003', waId: '15550100003' };

const ACTIVE_JOB_STATES = ['queued', 'running'] as const;

/**
 * The connector (startApp: restify, real database, job worker) and the WhatsApp emulator talking over real
 * HTTP: sends go to the emulator's Graph API, its signed webhooks come back to the connector's endpoint.
 */
export class ConnectorE2E {
  private constructor(
    readonly database: TestDatabase,
    readonly clock: ShiftedClock,
    readonly emulator: RunningEmulator,
    private running: RunningApp,
    private readonly phoneSkew: { ms: number },
  ) {}

  /** Moves WhatsApp's clock ahead of the connector's: WhatsApp, not the connector, then judges the window. */
  phoneClockAhead(hours: number): void {
    this.phoneSkew.ms = hours * 3_600_000;
  }

  static async start(emulatorOptions: EmulatorOptions = {}): Promise<ConnectorE2E> {
    const database = await openTestDatabase();
    await seedTenant(database, {
      tenantId: E2E_TENANT,
      phoneNumberId: EMULATOR_DEFAULTS.phoneNumberId,
      businessAccountId: EMULATOR_DEFAULTS.wabaId,
      users: [{ id: ADVISOR, displayName: 'Alice Martin' }],
      contacts: [
        { id: READER.contactId, displayName: 'Alice Example', phoneE164: `+${READER.waId}` },
        { id: QUIET.contactId, displayName: 'Bruno Example', phoneE164: `+${QUIET.waId}` },
        { id: NOT_ON_WHATSAPP.contactId, displayName: 'Chen', phoneE164: `+${NOT_ON_WHATSAPP.waId}` },
      ],
      // The connector gets its templates from the emulator, as it would from Meta.
      templateOverrides: {
        opt_in: 'missing',
        opt_in_reminder: 'missing',
        resume: 'missing',
        participant_added: 'missing',
        participant_removed: 'missing',
        participant_left: 'missing',
        conversation_transferred: 'missing',
      },
    });
    const clock = new ShiftedClock();
    const phoneSkew = { ms: 0 };
    const emulator = await startEmulator({
      port: 0,
      now: () => new Date(clock.now().getTime() + phoneSkew.ms),
      webhookRetryDelaysMs: [50, 100, 200, 400],
      seed: 7,
      ...emulatorOptions,
    });
    const app = await ConnectorE2E.startConnector(database, clock, emulator, 0);
    emulator.control.setWebhookUrl(`${app.url}${WHATSAPP_WEBHOOK_PATH}`);
    return new ConnectorE2E(database, clock, emulator, app, phoneSkew);
  }

  private static async startConnector(
    database: TestDatabase,
    clock: ShiftedClock,
    emulator: RunningEmulator,
    port: number,
  ): Promise<RunningApp> {
    const whatsapp = emulatorConnection(emulator.url, 'v23.0');
    const config = { ...loadConfig({ LOG_LEVEL: 'silent', JOB_CONCURRENCY: '8' }), port };
    const app = await startApp(config, {
      whatsapp,
      clock,
      database,
      host: '127.0.0.1',
      pollIntervalMs: 50,
      logger: pino({ level: process.env.E2E_LOG ?? 'silent' }),
    });
    await app.ready;
    await app.connector()!.syncTemplates();
    return app;
  }

  get app(): RunningApp {
    return this.running;
  }

  get connector(): Connector {
    const connector = this.running.connector();
    if (!connector) throw new Error('the connector is not running');
    return connector;
  }

  get engine() {
    return this.connector.engine;
  }

  get phone() {
    return this.emulator.control;
  }

  /** Stops the connector (as a deploy or a crash would) and starts a new one on the same port and data. */
  async restart(between?: () => Promise<void>): Promise<void> {
    const port = Number(new URL(this.running.url).port);
    await this.running.stop();
    await between?.();
    this.running = await ConnectorE2E.startConnector(this.database, this.clock, this.emulator, port);
  }

  /** Waits until the emulator has delivered every webhook and the connector has run every due job. */
  async settle(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let quietRounds = 0;
    while (quietRounds < 3) {
      if (Date.now() > deadline) throw new Error(`not settled within ${timeoutMs} ms`);
      const drained = await this.phone.drain(Math.max(1, deadline - Date.now()));
      const busy = await this.database.db
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(inArray(jobs.state, ACTIVE_JOB_STATES), lte(jobs.runAt, this.clock.now())))
        .limit(1);
      quietRounds = drained && busy.length === 0 ? quietRounds + 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  }

  async threadMessages(threadId: string) {
    return this.database.db
      .select()
      .from(messages)
      .where(eq(messages.threadId, threadId))
      .orderBy(messages.seq);
  }

  async thread(threadId: string) {
    const [row] = await this.database.db.select().from(threads).where(eq(threads.id, threadId));
    return row;
  }

  /** The thread's system notices, in order. */
  async notices(threadId: string): Promise<string[]> {
    return (await this.threadMessages(threadId))
      .filter((m) => m.direction === 'system')
      .map((m) => m.systemCode!);
  }

  /** What the simulated phone shows from the business, oldest first. */
  businessMessagesOn(waId: string) {
    return this.phone.chat(waId).filter((item) => item.direction === 'outbound');
  }

  async stop(): Promise<void> {
    await this.running.stop().catch(() => undefined);
    await this.emulator.stop().catch(() => undefined);
    await this.database.dispose();
  }
}
