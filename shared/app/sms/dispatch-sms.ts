import { applyReceipt } from '../../domain/messaging/delivery-status.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { MessageRecord } from '../../ports/conversation-records.js';
import { RetryLater } from '../../ports/retry-later.js';
import { SmsSendError, type SmsGateway } from '../../ports/sms-gateway.js';
import type { AppDeps } from '../shared/app-deps.js';
import type { DispatchMessagePayload } from '../shared/job-kinds.js';
import { publishStatus } from '../shared/publish.js';
import { scheduleSmsDispatch } from './send-sms.js';
import { recordSmsFailure } from './sms-failure.js';
import { SMS_FAILURE } from './sms-events.js';

type Ready =
  | { readonly message: MessageRecord; readonly from: string; readonly to: string }
  | { readonly message: MessageRecord; readonly refused: { code: number; title: string } };

/** The message when it is its thread's next SMS to go out; null when done, or waiting for an older one. */
async function readyToSend(tx: ConversationTx, messageId: string): Promise<Ready | null> {
  const message = await tx.message(messageId);
  if (!message || message.status !== 'sending' || message.wamid) return null;
  const oldest = await tx.oldestUndispatched(message.threadId);
  if (oldest && oldest.id !== message.id) return null;
  const thread = await tx.threadForUpdate(message.threadId);
  if (!thread || thread.channel !== 'sms') return null;
  const contact = await tx.contact(thread.contactId);
  if (!contact?.phoneE164)
    return { message, refused: { code: SMS_FAILURE.refused, title: 'the contact has no phone number' } };
  // A STOP that arrived after the message was written still counts: nothing goes out after it.
  const consent = await tx.smsConsentForUpdate(thread.phoneNumberId, thread.contactId);
  if (consent.state === 'opted_out')
    return { message, refused: { code: SMS_FAILURE.optedOut, title: 'the contact opted out of SMS' } };
  return { message, from: thread.phoneNumberId, to: contact.phoneE164 };
}

/**
 * The SMS outbox's worker side: hands one recorded SMS to the provider, in thread order. The provider's
 * repeatability id is derived from our message id, so a retry after a lost answer is not sent twice.
 */
export class DispatchSms {
  constructor(
    private readonly deps: AppDeps,
    private readonly sms: SmsGateway | undefined,
  ) {}

  async execute(
    tenantId: string,
    payload: DispatchMessagePayload,
    attempt: { readonly lastAttempt: boolean },
  ): Promise<void> {
    const ready = await this.deps.store.transaction(tenantId, (tx) => readyToSend(tx, payload.messageId));
    if (!ready) return;
    if ('refused' in ready)
      return this.fail(tenantId, ready.message, ready.refused.code, ready.refused.title);
    if (!this.sms)
      return this.fail(tenantId, ready.message, SMS_FAILURE.notConfigured, 'SMS is not configured');
    let messageId: string;
    try {
      ({ messageId } = await this.sms.send({
        from: ready.from,
        to: ready.to,
        body: ready.message.body ?? '',
        correlationId: ready.message.id,
        ...(ready.message.sendingAt ? { firstAttemptAt: ready.message.sendingAt } : {}),
      }));
    } catch (error) {
      const retryable = error instanceof SmsSendError ? error.retryable : true;
      if (retryable && !attempt.lastAttempt) {
        if (error instanceof SmsSendError && error.retryAfterMs)
          throw new RetryLater(error.retryAfterMs, error.message);
        throw error;
      }
      const code =
        error instanceof SmsSendError && !error.retryable ? SMS_FAILURE.refused : SMS_FAILURE.gaveUp;
      return this.fail(tenantId, ready.message, code, error instanceof Error ? error.message : String(error));
    }
    await this.deps.store.transaction(tenantId, async (tx) => {
      const thread = await tx.threadForUpdate(ready.message.threadId);
      const current = await tx.messageForUpdate(ready.message.id);
      if (!thread || !current) return;
      // A delivery report may have overtaken us (it finds the message by the tag we gave).
      const sent = applyReceipt(current, { status: 'sent', at: this.deps.clock.now() });
      const updated = await tx.updateMessage(current.id, {
        ...(sent ?? {}),
        wamid: current.wamid ?? messageId,
      });
      await tx.updateThread({ ...thread, lastMessageAt: this.deps.clock.now() });
      if (sent) await publishStatus(tx, updated);
      const next = await tx.oldestUndispatched(thread.id);
      if (next) await scheduleSmsDispatch(tx, this.deps, next.id);
    });
  }

  private async fail(tenantId: string, message: MessageRecord, code: number, title: string): Promise<void> {
    await this.deps.store.transaction(tenantId, async (tx) => {
      const thread = await tx.threadForUpdate(message.threadId);
      const locked = thread ? await tx.messageForUpdate(message.id) : null;
      if (!thread || !locked) return;
      await recordSmsFailure(tx, this.deps, thread, locked, { code, title, at: this.deps.clock.now() });
      const next = await tx.oldestUndispatched(thread.id);
      if (next) await scheduleSmsDispatch(tx, this.deps, next.id);
    });
  }
}
