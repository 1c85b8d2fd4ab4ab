import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DrizzleConversationStore } from '../../../shared/adapters/store/conversation/drizzle-conversation-store.js';
import { JobWorker } from '../../../shared/adapters/store/jobs/index.js';
import { randomUuids } from '../../../shared/adapters/system/random-uuids.js';
import { systemClock } from '../../../shared/adapters/system/system-clock.js';
import { createEngine, type Engine } from '../../../shared/app/engine.js';
import { seedTenant } from '../../builders/tenant-seed.js';
import { FakeNotifier } from '../../fakes/fake-notifier.js';
import { FakeTemplateSource } from '../../fakes/fake-template-source.js';
import { FakeWhatsAppMedia } from '../../fakes/fake-whatsapp-media.js';
import { InMemoryMediaStore } from '../../fakes/in-memory-media-store.js';
import { FakeWhatsAppGateway } from '../../fakes/fake-whatsapp-gateway.js';
import { openTestDatabase, type TestDatabase } from '../../support/database.js';
import { waitFor } from '../../support/wait-for.js';

const TENANT = 'tenant-worker';
const NUMBER = 'PN-worker';
const ALICE = 'user-alice';
const CONTACT = '0c6f8a52-1d0b-4f55-8a8e-6f1a2b3c4d5e';

let database: TestDatabase;
let whatsapp: FakeWhatsAppGateway;
let notifier: FakeNotifier;
let engine: Engine;
let worker: JobWorker;

beforeEach(async () => {
  database = await openTestDatabase();
  await seedTenant(database, {
    tenantId: TENANT,
    phoneNumberId: NUMBER,
    users: [{ id: ALICE, displayName: 'Alice Martin' }],
    contacts: [{ id: CONTACT, displayName: 'Dana Client', phoneE164: '+14155550123' }],
  });
  whatsapp = new FakeWhatsAppGateway();
  notifier = new FakeNotifier();
  engine = createEngine({
    store: new DrizzleConversationStore(database),
    clock: systemClock,
    ids: randomUuids,
    whatsapp,
    notifier,
    templateSource: new FakeTemplateSource(),
    whatsappMedia: new FakeWhatsAppMedia(),
    mediaStore: new InMemoryMediaStore(),
  });
  worker = new JobWorker(database, {
    handlers: engine.jobHandlers,
    pollIntervalMs: 20,
    backoff: { baseMs: 20, maxMs: 200 },
  });
  await worker.start();
});
afterEach(async () => {
  await worker.stop();
  await database.dispose();
});

describe('the engine under the durable job worker', () => {
  it('sends the opt-in, delivers the queued messages after YES, and notifies Teams', async () => {
    const { threadId } = await engine.startWhatsAppThread.execute({
      tenantId: TENANT,
      userId: ALICE,
      contactId: CONTACT,
    });
    await engine.requestOptIn.execute({ tenantId: TENANT, userId: ALICE, threadId });
    await engine.sendMessage.execute({
      tenantId: TENANT,
      userId: ALICE,
      threadId,
      clientMessageId: 'c1',
      content: { type: 'text', body: 'Held until you agree' },
    });
    await waitFor(() => whatsapp.sent.length === 1);
    expect(whatsapp.sentTemplates()).toEqual(['mlm_opt_in_request']);

    await engine.handleInboundMessage.execute({
      phoneNumberId: NUMBER,
      wamid: 'wamid.yes',
      fromWaId: '14155550123',
      fromUserId: null,
      profileName: 'Dana',
      timestamp: new Date(),
      content: { type: 'button', payload: 'OPT_IN_YES', text: 'Yes' },
      contextWamid: null,
    });
    await waitFor(() => whatsapp.sent.length === 2 && notifier.notices.length === 2);
    expect(whatsapp.sentTexts()).toEqual(['Held until you agree']);
    notifier.expectNotified(ALICE, 'opt_in_granted');
    notifier.expectNotified(ALICE, 'conversation_resumed');
  });

  it("honours WhatsApp's Retry-After and a Teams outage, losing nothing", async () => {
    const { threadId } = await engine.startWhatsAppThread.execute({
      tenantId: TENANT,
      userId: ALICE,
      contactId: CONTACT,
    });
    whatsapp.refuseNext(130429, 'Rate limit hit', true, 30);
    notifier.failNext(2);
    await engine.requestOptIn.execute({ tenantId: TENANT, userId: ALICE, threadId });
    await waitFor(() => whatsapp.sent.length === 1);
    expect(whatsapp.sentTemplates()).toEqual(['mlm_opt_in_request']);

    await engine.handleStatusUpdate.execute({
      phoneNumberId: NUMBER,
      wamid: whatsapp.lastSent().wamid,
      status: 'failed',
      timestamp: new Date(),
      // The webhook may overtake the dispatcher's commit: WhatsApp echoes our message id for that.
      correlationId: whatsapp.lastSent().correlationId,
      error: { code: 131026, title: 'Message undeliverable' },
    });
    await waitFor(() => notifier.notices.length === 1);
    expect(notifier.codesFor(ALICE)).toEqual(['contact_not_on_whatsapp']);
    await worker.drain();
    expect(notifier.notices).toHaveLength(1);
  });
});
