import { randomUUID } from 'node:crypto';
import type { InboundContent } from '../../shared/app/inbound/handle-inbound-message.js';
import { seedTenant } from '../builders/tenant-seed.js';
import { startEngineHarness, type EngineHarness, type EngineHarnessOptions } from './engine-harness.js';

export const TENANT = 'tenant-contoso';
export const PHONE_NUMBER_ID = '106540352242922';
export const ALICE = 'user-alice';
export const BOB = 'user-bob';
export const CAROL = 'user-carol';
export const CONTACT_ID = '5b1f3c2e-8d4a-4f7e-9a10-3c6d2e1f0a01';
export const CONTACT_PHONE = '+14155550123';
export const CONTACT_WA_ID = '14155550123';

/** A tenant with three licensed advisors, one client contact and every connector template approved. */
export async function startScenario(
  overrides: Parameters<typeof seedTenant>[1]['templateOverrides'] = {},
  options: EngineHarnessOptions = {},
): Promise<Scenario> {
  const harness = await startEngineHarness(options);
  await seedTenant(harness.database, {
    tenantId: TENANT,
    phoneNumberId: PHONE_NUMBER_ID,
    users: [
      { id: ALICE, displayName: 'Alice Martin' },
      { id: BOB, displayName: 'Bob Chen' },
      { id: CAROL, displayName: 'Carol Diaz' },
    ],
    contacts: [{ id: CONTACT_ID, displayName: 'Dana Client', phoneE164: CONTACT_PHONE }],
    templateOverrides: overrides,
  });
  return new Scenario(harness);
}

export class Scenario {
  constructor(readonly h: EngineHarness) {}

  get engine() {
    return this.h.engine;
  }

  /** Alice opens the thread and confirms the opt-in request; the request goes out. */
  async aliceAsksForConsent(): Promise<string> {
    const { threadId } = await this.engine.startWhatsAppThread.execute({
      tenantId: TENANT,
      userId: ALICE,
      contactId: CONTACT_ID,
    });
    await this.engine.requestOptIn.execute({ tenantId: TENANT, userId: ALICE, threadId });
    await this.h.runDueJobs();
    return threadId;
  }

  /** A thread where the contact has opted in (and so just wrote: the window is open). */
  async consentedThread(): Promise<string> {
    const threadId = await this.aliceAsksForConsent();
    await this.contactTaps('OPT_IN_YES', 'Yes');
    await this.h.runDueJobs();
    return threadId;
  }

  send(userId: string, threadId: string, body: string, clientMessageId: string = randomUUID()) {
    return this.engine.sendMessage.execute({
      tenantId: TENANT,
      userId,
      threadId,
      clientMessageId,
      content: { type: 'text', body },
    });
  }

  contactSends(content: InboundContent, options: { at?: Date; wamid?: string; name?: string } = {}) {
    return this.engine.handleInboundMessage.execute({
      phoneNumberId: PHONE_NUMBER_ID,
      wamid: options.wamid ?? `wamid.in.${randomUUID()}`,
      fromWaId: CONTACT_WA_ID,
      fromUserId: null,
      profileName: options.name ?? 'Dana',
      timestamp: options.at ?? this.h.clock.now(),
      content,
      contextWamid: null,
    });
  }

  contactWrites(body: string, options: { at?: Date; wamid?: string } = {}) {
    return this.contactSends({ type: 'text', body }, options);
  }

  contactTaps(payload: string, text: string) {
    return this.contactSends({ type: 'button', payload, text });
  }

  /** WhatsApp reports a status for the last message it accepted (or the given wamid). */
  receipt(
    status: 'sent' | 'delivered' | 'read' | 'failed',
    options: { wamid?: string; at?: Date; code?: number; title?: string; correlationId?: string } = {},
  ) {
    const wamid = options.wamid ?? this.h.whatsapp.lastSent().wamid;
    return this.engine.handleStatusUpdate.execute({
      phoneNumberId: PHONE_NUMBER_ID,
      wamid,
      status,
      timestamp: options.at ?? this.h.clock.now(),
      correlationId: options.correlationId ?? null,
      error:
        status === 'failed'
          ? { code: options.code ?? 131049, title: options.title ?? 'Not delivered' }
          : null,
    });
  }

  async notices(threadId: string): Promise<string[]> {
    return (await this.h.messagesOf(threadId))
      .filter((m) => m.direction === 'system')
      .map((m) => m.systemCode!);
  }

  async outbound(threadId: string) {
    return (await this.h.messagesOf(threadId)).filter((m) => m.direction === 'outbound');
  }
}
