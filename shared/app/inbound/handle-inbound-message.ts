import { intentOfPayload, intentOfText, type ContactIntent } from '../../domain/consent/consent-keywords.js';
import type { Consent } from '../../domain/consent/consent.js';
import {
  recordOptInAnswer,
  recordOptOut,
  type ConsentTransition,
} from '../../domain/consent/consent-transitions.js';
import { fromWaId } from '../../domain/thread/phone-number.js';
import { afterInbound, isWindowOpen } from '../../domain/window/service-window.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { ContactRecord, MediaRef, MessageKind, ThreadRecord } from '../../ports/conversation-records.js';
import { applyConsentTransition } from '../consent/apply-consent-transition.js';
import { resumeConversation } from '../messaging/outbound-queue.js';
import type { AppDeps } from '../shared/app-deps.js';
import { inboundMessage } from '../shared/message-factory.js';
import { newThread } from '../shared/new-thread.js';
import { publishMessage, publishThreadState } from '../shared/publish.js';

export type InboundContent =
  | { readonly type: 'text'; readonly body: string }
  | { readonly type: 'image'; readonly media: MediaRef }
  | { readonly type: 'button'; readonly payload: string; readonly text: string }
  | { readonly type: 'interactive'; readonly replyId: string; readonly title: string }
  | { readonly type: 'reaction'; readonly emoji: string; readonly toWamid: string }
  | { readonly type: 'unsupported'; readonly originalType: string };

export interface InboundMessage {
  readonly phoneNumberId: string;
  readonly wamid: string;
  /** wa_id (phone digits); absent for username users, who carry a business-scoped user id instead. */
  readonly fromWaId: string | null;
  readonly fromUserId: string | null;
  readonly profileName: string | null;
  readonly timestamp: Date;
  readonly content: InboundContent;
  readonly contextWamid: string | null;
}

export type InboundOutcome = 'stored' | 'duplicate' | 'unknown_number';

function intentOf(content: InboundContent): { intent: ContactIntent; typed: boolean } {
  switch (content.type) {
    case 'button':
      return { intent: intentOfPayload(content.payload), typed: false };
    case 'interactive':
      return { intent: intentOfPayload(content.replyId), typed: false };
    case 'text':
      return { intent: intentOfText(content.body), typed: true };
    default:
      return { intent: 'none', typed: false };
  }
}

function consentTransition(consent: Consent, content: InboundContent, at: Date): ConsentTransition | null {
  const { intent, typed } = intentOf(content);
  switch (intent) {
    case 'opt_in':
      // A typed YES counts where an answer is expected; a tapped Yes always counts.
      return !typed || consent.state === 'requested' || consent.state === 'declined'
        ? recordOptInAnswer(consent, 'yes', at)
        : null;
    case 'decline':
      return !typed || consent.state === 'requested' ? recordOptInAnswer(consent, 'no', at) : null;
    case 'opt_out':
      return recordOptOut(consent, at);
    default:
      return null;
  }
}

function kindAndBody(content: InboundContent): {
  kind: MessageKind;
  body: string | null;
  media: MediaRef | null;
} {
  switch (content.type) {
    case 'text':
      return { kind: 'text', body: content.body, media: null };
    case 'image':
      return { kind: 'image', body: content.media.caption ?? null, media: content.media };
    case 'button':
      return { kind: 'button', body: content.text, media: null };
    case 'interactive':
      return { kind: 'interactive', body: content.title, media: null };
    case 'reaction':
      return { kind: 'reaction', body: content.emoji, media: null };
    case 'unsupported':
      return { kind: 'unsupported', body: null, media: null };
  }
}

/** An inbound message from a contact. Stored once (by wamid), however often WhatsApp delivers it. */
export class HandleInboundMessage {
  constructor(private readonly deps: AppDeps) {}

  async execute(input: InboundMessage): Promise<InboundOutcome> {
    const tenantId = await this.deps.store.tenantOfPhoneNumber(input.phoneNumberId);
    if (!tenantId) return 'unknown_number';
    return this.deps.store.transaction(tenantId, async (tx) => {
      if (await tx.messageByWamid(input.wamid)) return 'duplicate';
      const contact = await this.findOrCreateContact(tx, input);
      let thread = await this.openThread(tx, input.phoneNumberId, contact.id);
      const consent = await tx.consentForUpdate(input.phoneNumberId, contact.id);
      const now = this.deps.clock.now();

      const { kind, body, media } = kindAndBody(input.content);
      const stored = await tx.insertMessage(
        inboundMessage({
          id: this.deps.ids.newId(),
          threadId: thread.id,
          wamid: input.wamid,
          kind,
          body,
          media,
          replyToWamid:
            input.contextWamid ?? (input.content.type === 'reaction' ? input.content.toWamid : null),
          receivedAt: input.timestamp,
        }),
      );
      const participants = await tx.activeParticipants(thread.id);
      await publishMessage(
        tx,
        stored,
        participants.map((p) => p.userId),
      );
      thread = {
        ...thread,
        lastInboundAt: afterInbound(thread.lastInboundAt, input.timestamp),
        lastMessageAt: now,
      };

      const transition = consentTransition(consent, input.content, input.timestamp);
      if (transition) {
        thread = await applyConsentTransition(tx, this.deps, thread, transition, {
          actorUserId: null,
          wamid: input.wamid,
        });
      }
      const granted = (transition?.consent ?? consent).state === 'granted';
      const flushedByConsent = transition?.effects.some((effect) => effect.type === 'flush_queue') ?? false;
      // The contact wrote (or tapped Resume): a paused conversation continues and its held messages go out.
      if (granted && !flushedByConsent && isWindowOpen(thread.lastInboundAt, now)) {
        const paused = thread.resumeState !== null || (await tx.pendingMessages(thread.id)).length > 0;
        if (paused) thread = await resumeConversation(tx, this.deps, thread);
      }
      await tx.updateThread(thread);
      return 'stored';
    });
  }

  private async findOrCreateContact(tx: ConversationTx, input: InboundMessage): Promise<ContactRecord> {
    const phone = input.fromWaId ? fromWaId(input.fromWaId) : null;
    const known =
      (phone ? await tx.contactByPhone(phone) : null) ??
      (input.fromUserId ? await tx.contactByWaUserId(input.fromUserId) : null);
    if (known) {
      if (input.profileName && input.profileName !== known.whatsappName)
        await tx.updateContactWhatsAppName(known.id, input.profileName);
      return known;
    }
    return tx.createContact({
      id: this.deps.ids.newId(),
      displayName: input.profileName ?? phone ?? input.fromUserId ?? 'WhatsApp user',
      phoneE164: phone,
      waUserId: input.fromUserId,
      whatsappName: input.profileName,
    });
  }

  /** The contact's open thread; when none is open, a new one with the people of their latest thread. */
  private async openThread(
    tx: ConversationTx,
    phoneNumberId: string,
    contactId: string,
  ): Promise<ThreadRecord> {
    const open = await tx.openThreadForUpdate('whatsapp', phoneNumberId, contactId);
    if (open) return open;
    const previous = await tx.latestThread('whatsapp', phoneNumberId, contactId);
    const now = this.deps.clock.now();
    const thread = newThread({
      id: this.deps.ids.newId(),
      channel: 'whatsapp',
      phoneNumberId,
      contactId,
      openedAt: now,
      openedBy: null,
      previous,
    });
    await tx.createThread(thread);
    if (previous) {
      // Closing a thread keeps its participants: they are the people the contact was talking to.
      for (const { userId } of await tx.activeParticipants(previous.id))
        await tx.addParticipant(thread.id, userId, now, null);
    }
    await publishThreadState(tx, thread);
    return thread;
  }
}
