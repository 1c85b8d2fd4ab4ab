import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../bot/app.js';
import { WHATSAPP_WEBHOOK_PATH } from '../../../bot/http/whatsapp/whatsapp-webhook-routes.js';
import { openDatabase, type Database } from '../../../shared/adapters/store/database.js';
import { ConnectorClient } from '../../../shared/client/connector-client.js';
import { inboundTextWebhook } from '../../builders/webhook-builder.js';
import { createEmptyPostgresDatabase } from '../../support/database.js';
import { EventCollector } from '../../support/event-collector.js';
import {
  LIVE_APP_SECRET,
  LIVE_PHONE_NUMBER_ID,
  LIVE_TENANT,
  liveToken,
  seedLiveConversations,
  startLiveApp,
  type LiveConversation,
} from '../../support/live-events-app.js';
import { postSignedWebhook } from '../../support/signed-webhook.js';
import { FakeEntra } from '../identity/fake-entra.js';

// Two app instances on one PostgreSQL database: instance 1 runs the jobs, instance 2 only serves HTTP. An event
// committed by instance 1 must reach a stream held by instance 2, through LISTEN/NOTIFY.
const serverUrl = process.env.DATABASE_URL;
const skipReason = 'PostgreSQL only: embedded PGlite belongs to one process, so there is no second instance';

describe.skipIf(!serverUrl)(
  `live events across two instances (${serverUrl ? 'PostgreSQL' : skipReason})`,
  () => {
    const entra = new FakeEntra();
    let empty: { url: string; drop(): Promise<void> };
    let dataDir: string;
    let first: RunningApp;
    let second: RunningApp;
    let database: Database;
    let conversations: LiveConversation[];

    beforeAll(async () => {
      await entra.start();
      empty = await createEmptyPostgresDatabase(serverUrl!);
      dataDir = await mkdtemp(path.join(tmpdir(), 'mlm-events-'));
      first = await startLiveApp({ databaseUrl: empty.url, dataDir, entra });
      second = await startLiveApp({ databaseUrl: empty.url, dataDir, entra, jobConcurrency: 0 });
      database = await openDatabase({ databaseUrl: empty.url, poolSize: 2 });
      conversations = await seedLiveConversations(database, 2);
    });

    afterAll(async () => {
      await second?.stop();
      await first?.stop();
      await database?.close();
      await empty?.drop();
      await entra.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    });

    const clientOf = (app: RunningApp, userId: string) =>
      new ConnectorClient({ baseUrl: app.url, token: () => liveToken(entra, userId) });

    it('a message committed through instance 1 reaches the stream on instance 2, and only its participant', async () => {
      const [mine, other] = conversations as [LiveConversation, LiveConversation];
      const stream = await new EventCollector(clientOf(second, mine.userId)).connected();
      const outsider = await new EventCollector(clientOf(second, other.userId)).connected();
      try {
        const webhook = inboundTextWebhook(
          { phoneNumberId: LIVE_PHONE_NUMBER_ID },
          { from: mine.waId, wamid: 'wamid.two-instances.1', body: 'Across instances', at: new Date() },
        );
        const posted = await postSignedWebhook(
          `${first.url}${WHATSAPP_WEBHOOK_PATH}`,
          webhook,
          LIVE_APP_SECRET,
        );
        expect(posted.status).toBe(200);
        const event = await stream.next((e) => e.type === 'message.created', 10_000);
        expect(event).toMatchObject({ threadId: mine.threadId, direction: 'inbound', status: 'received' });
        const page = await clientOf(first, mine.userId).listMessages(mine.threadId);
        expect(page.messages.map((m) => m.id)).toContain('messageId' in event ? event.messageId : undefined);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(outsider.events).toEqual([]);
      } finally {
        await Promise.all([stream.close(), outsider.close()]);
      }
    });

    it('an event whose lower id commits after a higher one was delivered still reaches the stream', async () => {
      const [mine] = conversations as [LiveConversation];
      const stream = await new EventCollector(clientOf(second, mine.userId)).connected();
      const slow = new pg.Client({ connectionString: empty.url });
      const fast = new pg.Client({ connectionString: empty.url });
      await Promise.all([slow.connect(), fast.connect()]);
      const insert =
        `insert into events (tenant_id, type, thread_id, audience, payload) values ($1, 'message.status', $2, ` +
        `array[$3], jsonb_build_object('messageId', gen_random_uuid(), 'status', $4::text)) returning id`;
      const notify = `select pg_notify('events', json_build_object('tenantId', $1::text, 'id', $2::bigint)::text)`;
      const params = (status: string) => [LIVE_TENANT, mine.threadId, mine.userId, status];
      try {
        await slow.query('begin');
        const lower = Number((await slow.query<{ id: string }>(insert, params('delivered'))).rows[0]!.id);
        const higher = Number((await fast.query<{ id: string }>(insert, params('read'))).rows[0]!.id);
        await fast.query(notify, [LIVE_TENANT, higher]);
        expect(higher).toBeGreaterThan(lower);
        await stream.next((e) => e.id === higher);
        await slow.query(notify, [LIVE_TENANT, lower]);
        await slow.query('commit');
        const committed = Date.now();
        await stream.next((e) => e.id === lower, 3_000);
        // Looked for on its own NOTIFY, not left to the poll (every 2 s).
        expect(Date.now() - committed).toBeLessThan(1_000);
        expect(stream.events.filter((e) => e.id === lower || e.id === higher)).toHaveLength(2);
      } finally {
        await Promise.all([slow.end(), fast.end(), stream.close()]);
      }
    });

    it('stopping an instance with open streams does not wait for them', async () => {
      const third = await startLiveApp({ databaseUrl: empty.url, dataDir, entra, jobConcurrency: 0 });
      const streams = await Promise.all(
        conversations.map((c) =>
          new EventCollector(clientOf(third, c.userId), { retryMs: 60_000 }).connected(),
        ),
      );
      const started = Date.now();
      await third.stop();
      expect(Date.now() - started).toBeLessThan(3_000);
      await Promise.all(streams.map((s) => s.close()));
    });
  },
);
