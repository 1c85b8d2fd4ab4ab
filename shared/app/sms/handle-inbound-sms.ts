import { applySmsKeyword } from '../../domain/sms/sms-consent.js';
import { normalizePhoneNumber } from '../../domain/thread/phone-number.js';
import { notice } from '../../domain/thread/system-notice.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { ContactRecord, ThreadRecord } from '../../ports/conversation-records.js';
import type { AppDeps } from '../shared/app-deps.js';
import { inboundMessage } from '../shared/message-factory.js';
import { newThread } from '../shared/new-thread.js';
import { postNotice } from '../shared/notices.js';
import { publishMessage, publishThreadState } from '../shared/publish.js';
import type { InboundSms } from './sms-events.js';

export type InboundSmsOutcome = 'stored' | 'duplicate' | 'unknown_number';

/**
 * An SMS from a contact: stored once (by the provider's message id) in the contact's open SMS thread, or in
 * a new one with the people the contact last talked to. STOP and START change the contact's SMS consent.
 */
export class HandleInboundSms {
  constructor(private readonly deps: AppDeps) {}

  async execute(input: InboundSms): Promise<InboundSmsOutcome> {
    const tenantId = await this.deps.store.tenantOfSmsNumber(input.to);
    if (!tenantId) return 'unknown_number';
    return this.deps.store.transaction(tenantId, async (tx) => {
      if (await tx.messageByWamid(input.messageId)) return 'duplicate';
      const contact = await this.findOrCreateContact(tx, input.from);
      let thread = await this.openThread(tx, input.to, contact.id);
      const stored = await tx.insertMessage(
        inboundMessage({
          id: this.deps.ids.newId(),
          threadId: thread.id,
          wamid: input.messageId,
          kind: 'text',
          body: input.body,
          media: null,
          replyToWamid: null,
          receivedAt: input.receivedAt,
        }),
      );
      const participants = await tx.activeParticipants(thread.id);
      await publishMessage(
        tx,
        stored,
        participants.map((p) => p.userId),
      );
      thread = { ...thread, lastMessageAt: this.deps.clock.now() };
      await tx.updateThread(thread);

      const consent = await tx.smsConsentForUpdate(input.to, contact.id);
      const change = applySmsKeyword(consent, input.body, input.receivedAt);
      if (change?.notice) {
        await tx.saveSmsConsent(input.to, contact.id, change.consent);
        await postNotice(
          tx,
          this.deps,
          thread,
          notice(change.notice, { keyword: change.consent.keyword ?? '' }),
          null,
        );
      }
      return 'stored';
    });
  }

  private async findOrCreateContact(tx: ConversationTx, from: string): Promise<ContactRecord> {
    const phone = normalizePhoneNumber(from) ?? from;
    const known = await tx.contactByPhone(phone);
    if (known) return known;
    return tx.createContact({
      id: this.deps.ids.newId(),
      displayName: phone,
      phoneE164: phone,
      waUserId: null,
      whatsappName: null,
    });
  }

  /**
   * The contact's open SMS thread; when none is open, a new one with the people of their latest SMS thread,
   * or else of their open WhatsApp thread (the colleagues already talking with them).
   */
  private async openThread(tx: ConversationTx, smsNumber: string, contactId: string): Promise<ThreadRecord> {
    const open = await tx.openThreadForUpdate('sms', smsNumber, contactId);
    if (open) return open;
    const previous = await tx.latestThread('sms', smsNumber, contactId);
    const now = this.deps.clock.now();
    const thread: ThreadRecord = {
      ...newThread({
        id: this.deps.ids.newId(),
        channel: 'sms',
        phoneNumberId: smsNumber,
        contactId,
        openedAt: now,
        openedBy: null,
        previous,
      }),
      lastInboundAt: null,
    };
    await tx.createThread(thread);
    let people: string[] = [];
    if (previous) people = (await tx.activeParticipants(previous.id)).map((p) => p.userId);
    if (people.length === 0) {
      const whatsappNumber = (await tx.tenant())?.senderPhoneNumberId;
      const whatsapp = whatsappNumber ? await tx.latestThread('whatsapp', whatsappNumber, contactId) : null;
      if (whatsapp?.status === 'open')
        people = (await tx.activeParticipants(whatsapp.id)).map((p) => p.userId);
    }
    for (const userId of people) await tx.addParticipant(thread.id, userId, now, null);
    await publishThreadState(tx, thread);
    return thread;
  }
}
