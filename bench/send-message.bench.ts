import { randomUUID } from 'node:crypto';
import { DrizzleConversationStore } from '../shared/adapters/store/conversation/drizzle-conversation-store.js';
import type { Database } from '../shared/adapters/store/database.js';
import { consents, contacts, threadParticipants, threads } from '../shared/adapters/store/schema.js';
import { createEngine } from '../shared/app/engine.js';
import { randomUuids } from '../shared/adapters/system/random-uuids.js';
import { systemClock } from '../shared/adapters/system/system-clock.js';
import { seedTenant } from '../tests/builders/tenant-seed.js';
import type { MediaStore } from '../shared/ports/media-store.js';
import type { TemplateSource } from '../shared/ports/template-source.js';
import type { WhatsAppMediaGateway } from '../shared/ports/whatsapp-media.js';
import type { Notifier } from '../shared/ports/notifier.js';
import type { WhatsAppGateway } from '../shared/ports/whatsapp-gateway.js';

export interface SendBenchResult {
  readonly storage: string;
  readonly messages: number;
  readonly concurrency: number;
  readonly seconds: number;
  readonly messagesPerSecond: number;
  readonly p95Ms: number;
}

const TENANT = 'bench-tenant';
const NUMBER = 'bench-number';
const USER = 'bench-user';

const unusedGateway: WhatsAppGateway = {
  send: () => Promise.reject(new Error('the benchmark measures persistence only')),
  markRead: () => Promise.resolve(),
};
const unusedNotifier: Notifier = { notify: () => Promise.resolve(), alert: () => Promise.resolve() };
const unusedTemplates: TemplateSource = { listTemplates: () => Promise.resolve([]) };
const unusedMedia: WhatsAppMediaGateway = {
  upload: () => Promise.reject(new Error('the benchmark sends no pictures')),
  download: () => Promise.reject(new Error('the benchmark receives no pictures')),
};
const unusedMediaStore: MediaStore = {
  put: () => Promise.reject(new Error('the benchmark stores no pictures')),
  get: () => Promise.resolve(null),
  delete: () => Promise.resolve(),
};

/** Threads with consent granted and the window open, so every send is persisted and handed to the outbox. */
async function seedThreads(database: Database, count: number): Promise<string[]> {
  await seedTenant(database, {
    tenantId: TENANT,
    phoneNumberId: NUMBER,
    users: [{ id: USER, displayName: 'Bench User' }],
  });
  const now = new Date();
  const ids = Array.from({ length: count }, () => ({ contact: randomUUID(), thread: randomUUID() }));
  const { db } = database;
  await db.insert(contacts).values(
    ids.map((id, i) => ({
      tenantId: TENANT,
      id: id.contact,
      displayName: `Client ${i}`,
      phoneE164: `+1415555${String(i).padStart(4, '0')}`,
    })),
  );
  await db.insert(consents).values(
    ids.map((id) => ({
      tenantId: TENANT,
      phoneNumberId: NUMBER,
      contactId: id.contact,
      state: 'granted' as const,
      grantedAt: now,
    })),
  );
  await db.insert(threads).values(
    ids.map((id) => ({
      tenantId: TENANT,
      id: id.thread,
      channel: 'whatsapp' as const,
      phoneNumberId: NUMBER,
      contactId: id.contact,
      status: 'open' as const,
      lastInboundAt: now,
      openedAt: now,
    })),
  );
  await db
    .insert(threadParticipants)
    .values(ids.map((id) => ({ tenantId: TENANT, threadId: id.thread, userId: USER, joinedAt: now })));
  return ids.map((id) => id.thread);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** Messages persisted per second through the SendMessage use case (message, outbox job, live event). */
export async function benchSendMessage(
  database: Database,
  options: { messages: number; concurrency: number; threads: number },
): Promise<SendBenchResult> {
  const threadIds = await seedThreads(database, options.threads);
  const engine = createEngine({
    store: new DrizzleConversationStore(database),
    clock: systemClock,
    ids: randomUuids,
    whatsapp: unusedGateway,
    notifier: unusedNotifier,
    templateSource: unusedTemplates,
    whatsappMedia: unusedMedia,
    mediaStore: unusedMediaStore,
  });
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < options.messages) {
        const i = next++;
        const begin = performance.now();
        await engine.sendMessage.execute({
          tenantId: TENANT,
          userId: USER,
          threadId: threadIds[i % threadIds.length]!,
          clientMessageId: `bench-${i}`,
          content: { type: 'text', body: `Benchmark message ${i}` },
        });
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    storage: database.kind,
    messages: options.messages,
    concurrency: options.concurrency,
    seconds,
    messagesPerSecond: options.messages / seconds,
    p95Ms: percentile(latencies, 0.95),
  };
}
