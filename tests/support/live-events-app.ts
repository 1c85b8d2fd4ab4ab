import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { startApp, type RunningApp } from '../../bot/app.js';
import { loadConfig } from '../../bot/config/config.js';
import type { Database } from '../../shared/adapters/store/database.js';
import {
  consents,
  contacts,
  threadParticipants,
  threads,
  users,
} from '../../shared/adapters/store/schema.js';
import { entraClaims, signToken } from '../builders/entra-tokens.js';
import type { FakeEntra } from '../integration/identity/fake-entra.js';

/** The real app as a deployment runs it (startApp, Entra tokens, signed webhooks) for the live event stream. */

export const LIVE_TENANT = String(entraClaims().tid);
export const LIVE_CLIENT_ID = 'c0ffee00-0000-4000-8000-0000000e7e47';
export const LIVE_PHONE_NUMBER_ID = '100000000000888';
export const LIVE_APP_SECRET = 'live-events-app-secret';

export interface LiveAppOptions {
  readonly databaseUrl: string;
  readonly dataDir: string;
  readonly entra: FakeEntra;
  /** 0 makes a web-only instance: the jobs (and so the events they commit) run on the other instances. */
  readonly jobConcurrency?: number;
}

/** One instance of the app on `databaseUrl`, trusting the fake Entra; WhatsApp points nowhere (no sends). */
export async function startLiveApp(options: LiveAppOptions): Promise<RunningApp> {
  const config = {
    ...loadConfig({
      DATABASE_URL: options.databaseUrl,
      DATA_DIR: options.dataDir,
      LOG_LEVEL: 'silent',
      AAD_CLIENT_ID: LIVE_CLIENT_ID,
      AAD_TENANT_ID: LIVE_TENANT,
      AAD_OPENID_CONFIG_URL: options.entra.openIdConfigUrl,
      JOB_CONCURRENCY: options.jobConcurrency === undefined ? undefined : String(options.jobConcurrency),
    }),
    port: 0,
  };
  const app = await startApp(config, {
    whatsapp: {
      graphUrl: 'http://127.0.0.1:9',
      apiVersion: 'v23.0',
      phoneNumberId: LIVE_PHONE_NUMBER_ID,
      businessAccountId: '888000222',
      accessToken: 'x',
      appSecret: LIVE_APP_SECRET,
      verifyToken: 'v',
      emulated: false,
    },
    host: '127.0.0.1',
    logger: pino({ level: 'silent' }),
  });
  await app.ready;
  return app;
}

/** A Teams SSO access token of the user, as the fake Entra signs them. */
export function liveToken(entra: FakeEntra, userId: string): Promise<string> {
  return signToken(entra.key, entraClaims({ oid: userId, name: userId }), {
    issuer: entra.issuer,
    audience: LIVE_CLIENT_ID,
  });
}

export interface LiveConversation {
  readonly userId: string;
  readonly threadId: string;
  /** The contact's WhatsApp id: an inbound webhook from it lands in this thread. */
  readonly waId: string;
}

/** `count` open conversations (consent granted, window open), each with its own user as the one participant. */
export async function seedLiveConversations(database: Database, count: number): Promise<LiveConversation[]> {
  const { db } = database;
  const now = new Date();
  const rows = Array.from({ length: count }, (_, i) => ({
    userId: `live-user-${i}`,
    contactId: randomUUID(),
    threadId: randomUUID(),
    waId: `1555030${String(i).padStart(4, '0')}`,
  }));
  const tenantId = LIVE_TENANT;
  await db.insert(users).values(rows.map((r) => ({ tenantId, id: r.userId, displayName: r.userId })));
  await db
    .insert(contacts)
    .values(rows.map((r) => ({ tenantId, id: r.contactId, displayName: r.waId, phoneE164: `+${r.waId}` })));
  await db.insert(consents).values(
    rows.map((r) => ({
      tenantId,
      phoneNumberId: LIVE_PHONE_NUMBER_ID,
      contactId: r.contactId,
      state: 'granted' as const,
      grantedAt: now,
    })),
  );
  await db.insert(threads).values(
    rows.map((r) => ({
      tenantId,
      id: r.threadId,
      channel: 'whatsapp' as const,
      phoneNumberId: LIVE_PHONE_NUMBER_ID,
      contactId: r.contactId,
      status: 'open' as const,
      lastInboundAt: now,
      openedAt: now,
    })),
  );
  await db
    .insert(threadParticipants)
    .values(rows.map((r) => ({ tenantId, threadId: r.threadId, userId: r.userId, joinedAt: now })));
  return rows.map(({ userId, threadId, waId }) => ({ userId, threadId, waId }));
}
