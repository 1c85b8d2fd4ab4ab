import { assertSmsAllowed, composeSmsText } from '../../domain/sms/sms-consent.js';
import { DomainRuleViolation } from '../../domain/shared/domain-error.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { MessageRecord } from '../../ports/conversation-records.js';
import type { AppDeps } from '../shared/app-deps.js';
import { NotFound } from '../shared/app-errors.js';
import { JOB } from '../shared/job-kinds.js';
import { outboundMessage } from '../shared/message-factory.js';
import { publishMessage } from '../shared/publish.js';

export interface SendSmsInput {
  readonly tenantId: string;
  readonly userId: string;
  readonly threadId: string;
  /** Chosen by the client, so a retried request never sends twice. */
  readonly clientMessageId: string;
  readonly body: string;
}

export interface SentSms {
  readonly message: MessageRecord;
  /** True when the same client message id had already been accepted. */
  readonly replayed: boolean;
}

export async function scheduleSmsDispatch(tx: ConversationTx, deps: AppDeps, messageId: string) {
  await tx.scheduleJob({ kind: JOB.dispatchSms, payload: { messageId }, runAt: deps.clock.now() });
}

/**
 * A participant's SMS to the contact of an SMS thread: recorded as an outbound message and handed to the
 * dispatcher in the same transaction. Refused when the contact has texted STOP.
 */
export class SendSms {
  constructor(private readonly deps: AppDeps) {}

  execute(input: SendSmsInput): Promise<SentSms> {
    return this.deps.store.transaction(input.tenantId, async (tx) => {
      const loaded = await tx.loadForSend(input.threadId, input.userId, input.clientMessageId);
      if (loaded.earlier) return { message: loaded.earlier, replayed: true };
      const { thread, participants } = loaded;
      if (!thread || thread.channel !== 'sms' || !participants.some((p) => p.userId === input.userId))
        throw new NotFound('thread');
      if (thread.status !== 'open') throw new DomainRuleViolation('thread_closed');
      assertSmsAllowed(await tx.smsConsentForUpdate(thread.phoneNumberId, thread.contactId));
      const sender = participants.length > 1 ? await tx.user(input.userId) : null;
      const body = composeSmsText(input.body, sender?.displayName ?? '', participants.length);
      const now = this.deps.clock.now();
      const message = await tx.insertMessage(
        outboundMessage(
          {
            id: this.deps.ids.newId(),
            threadId: thread.id,
            purpose: 'chat',
            kind: 'text',
            senderUserId: input.userId,
            body,
            clientMessageId: input.clientMessageId,
          },
          'sending',
          now,
        ),
      );
      await publishMessage(
        tx,
        message,
        participants.map((p) => p.userId),
      );
      await scheduleSmsDispatch(tx, this.deps, message.id);
      await tx.updateThread({ ...thread, lastMessageAt: now });
      return { message, replayed: false };
    });
  }
}
