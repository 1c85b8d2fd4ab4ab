import { applyReceipt } from '../../domain/messaging/delivery-status.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { MessageRecord } from '../../ports/conversation-records.js';
import { RetryLater } from '../../ports/retry-later.js';
import { WhatsAppSendError, type OutboundContent, type WhatsAppGateway } from '../../ports/whatsapp-gateway.js';
import { toWaId } from '../../domain/thread/phone-number.js';
import type { AppDeps } from '../shared/app-deps.js';
import type { DispatchMessagePayload } from '../shared/job-kinds.js';
import { publishStatus } from '../shared/publish.js';
import { quickReplyPayloads } from '../shared/templates.js';
import { recordDeliveryFailure } from './record-delivery-failure.js';

/** How long a message waits for an earlier one of its thread to be handed over first. */
const ORDER_WAIT_MS = 200;

function contentOf(message: MessageRecord): OutboundContent {
  if (message.kind === 'template' && message.templateName && message.templateLanguage) {
    const payloads = quickReplyPayloads(message.purpose);
    return {
      type: 'template',
      name: message.templateName,
      language: message.templateLanguage,
      bodyParams: message.templateParams ?? [],
      ...(payloads ? { quickReplyPayloads: payloads } : {}),
    };
  }
  if (message.kind === 'image' && message.media?.mediaId) {
    return {
      type: 'image',
      mediaId: message.media.mediaId,
      ...(message.media.caption ? { caption: message.media.caption } : {}),
    };
  }
  return { type: 'text', body: message.body ?? '', ...(message.replyToWamid ? { replyToWamid: message.replyToWamid } : {}) };
}

type Prepared = { readonly skip: true } | { readonly skip: false; readonly message: MessageRecord; readonly to: string; readonly phoneNumberId: string };

async function prepare(tx: ConversationTx, messageId: string): Promise<Prepared> {
  const message = await tx.message(messageId);
  if (!message || message.status !== 'sending' || message.wamid) return { skip: true };
  if (await tx.hasEarlierUndispatched(message.threadId, message.seq))
    throw new RetryLater(ORDER_WAIT_MS, 'an earlier message of the thread goes first');
  const thread = await tx.threadForUpdate(message.threadId);
  const contact = thread ? await tx.contact(thread.contactId) : null;
  const to = contact?.phoneE164 ? toWaId(contact.phoneE164) : contact?.waUserId;
  if (!thread || !to) return { skip: true };
  return { skip: false, message, to, phoneNumberId: thread.phoneNumberId };
}

/**
 * The outbox's worker side: hands one recorded message to WhatsApp, in thread order. At least once: a crash
 * between WhatsApp's answer and the commit below sends again, which the lease makes rare.
 */
export class DispatchMessage {
  constructor(
    private readonly deps: AppDeps,
    private readonly whatsapp: WhatsAppGateway,
  ) {}

  async execute(tenantId: string, payload: DispatchMessagePayload): Promise<void> {
    const prepared = await this.deps.store.transaction(tenantId, (tx) => prepare(tx, payload.messageId));
    if (prepared.skip) return;
    const { message } = prepared;
    let wamid: string;
    try {
      ({ wamid } = await this.whatsapp.send({
        phoneNumberId: prepared.phoneNumberId,
        to: prepared.to,
        content: contentOf(message),
        correlationId: message.id,
      }));
    } catch (error) {
      if (!(error instanceof WhatsAppSendError)) throw error;
      if (error.retryable) throw error.retryAfterMs ? new RetryLater(error.retryAfterMs, error.message) : error;
      await this.recordRefusal(tenantId, message.id, error);
      return;
    }
    await this.deps.store.transaction(tenantId, async (tx) => {
      const thread = await tx.threadForUpdate(message.threadId);
      const current = await tx.messageForUpdate(message.id);
      if (!thread || !current) return;
      // A status webhook may have overtaken us (it finds the message by our correlation id).
      const sent = applyReceipt(current, { status: 'sent', at: this.deps.clock.now() });
      const updated = await tx.updateMessage(message.id, { ...(sent ?? {}), wamid: current.wamid ?? wamid });
      await tx.updateThread({ ...thread, lastMessageAt: this.deps.clock.now() });
      if (sent) await publishStatus(tx, updated);
    });
  }

  private async recordRefusal(tenantId: string, messageId: string, error: WhatsAppSendError): Promise<void> {
    await this.deps.store.transaction(tenantId, async (tx) => {
      const current = await tx.message(messageId);
      const thread = current ? await tx.threadForUpdate(current.threadId) : null;
      const locked = thread ? await tx.messageForUpdate(messageId) : null;
      if (!thread || !locked) return;
      await recordDeliveryFailure(tx, this.deps, thread, locked, {
        code: error.code,
        title: error.title,
        at: this.deps.clock.now(),
      });
    });
  }
}
