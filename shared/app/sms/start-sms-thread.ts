import { DomainRuleViolation } from '../../domain/shared/domain-error.js';
import { notice } from '../../domain/thread/system-notice.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { ContactRecord } from '../../ports/conversation-records.js';
import type { AppDeps } from '../shared/app-deps.js';
import { NotFound } from '../shared/app-errors.js';
import { newThread } from '../shared/new-thread.js';
import { postNotice } from '../shared/notices.js';
import { publishThreadState } from '../shared/publish.js';
import { lockThreadAsParticipant } from '../shared/thread-access.js';

export type StartSmsThreadInput = {
  readonly tenantId: string;
  readonly userId: string;
} & (
  | { readonly fromThreadId: string; readonly contactId?: undefined }
  | { readonly contactId: string; readonly fromThreadId?: undefined }
);

export interface StartedSmsThread {
  readonly threadId: string;
  readonly created: boolean;
}

/** The tenant's SMS sender number; SMS is unavailable without one. */
export async function requireSmsNumber(tx: ConversationTx): Promise<string> {
  const tenant = await tx.tenant();
  if (!tenant) throw new NotFound('tenant');
  if (!tenant.smsFromNumber) throw new DomainRuleViolation('sms_unavailable');
  return tenant.smsFromNumber;
}

function smsPhoneOf(contact: ContactRecord): string {
  if (!contact.phoneE164) throw new DomainRuleViolation('sms_unavailable');
  return contact.phoneE164;
}

/**
 * Opens (or reuses) the open SMS thread with a contact: from a WhatsApp thread (typically one whose contact
 * is not on WhatsApp), the thread's participants join it and the WhatsApp thread points to it with a notice;
 * from a contact, the caller opens it. One open SMS thread per (SMS number, contact).
 */
export class StartSmsThread {
  constructor(private readonly deps: AppDeps) {}

  execute(input: StartSmsThreadInput): Promise<StartedSmsThread> {
    return this.deps.store.transaction(input.tenantId, async (tx) => {
      const fromNumber = await requireSmsNumber(tx);
      const now = this.deps.clock.now();
      // Locks in the order every use case takes them: the WhatsApp thread, then the SMS thread.
      const origin =
        input.fromThreadId !== undefined
          ? await lockThreadAsParticipant(tx, input.fromThreadId, input.userId)
          : null;
      if (origin && origin.thread.channel !== 'whatsapp') throw new NotFound('thread');
      const contact = await tx.contact(origin ? origin.thread.contactId : (input.contactId ?? ''));
      if (!contact) throw new NotFound('contact');
      smsPhoneOf(contact);
      const wanted = origin ? origin.participants.map((p) => p.userId) : [input.userId];

      const open = await tx.openThreadForUpdate('sms', fromNumber, contact.id);
      let threadId: string;
      let created = false;
      let joined: string[];
      if (open) {
        const present = new Set((await tx.activeParticipants(open.id)).map((p) => p.userId));
        // One open thread per contact: a colleague already texting them must add or hand over.
        if (!origin && present.size > 0 && !present.has(input.userId))
          throw new DomainRuleViolation('open_thread_exists');
        joined = wanted.filter((userId) => !present.has(userId));
        for (const userId of joined)
          await tx.addParticipant(open.id, userId, now, userId === input.userId ? null : input.userId);
        threadId = open.id;
        if (joined.length > 0) await publishThreadState(tx, open);
      } else {
        const previous = await tx.latestThread('sms', fromNumber, contact.id);
        const thread = {
          ...newThread({
            id: this.deps.ids.newId(),
            channel: 'sms',
            phoneNumberId: fromNumber,
            contactId: contact.id,
            openedAt: now,
            openedBy: input.userId,
            previous,
          }),
          // The WhatsApp service window means nothing for SMS.
          lastInboundAt: null,
        };
        await tx.createThread(thread);
        for (const userId of wanted)
          await tx.addParticipant(thread.id, userId, now, userId === input.userId ? null : input.userId);
        await publishThreadState(tx, thread);
        threadId = thread.id;
        created = true;
        joined = wanted;
      }
      if (origin && joined.length > 0)
        await postNotice(
          tx,
          this.deps,
          origin.thread,
          notice('sms_thread_started', { smsThreadId: threadId }),
          input.userId,
        );
      return { threadId, created };
    });
  }
}
