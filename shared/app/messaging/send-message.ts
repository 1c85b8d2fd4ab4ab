import { checkCaption, composeOutboundText } from '../../domain/messaging/outbound-text.js';
import { decideSend, type SendKind } from '../../domain/messaging/send-decision.js';
import { DomainRuleViolation } from '../../domain/shared/domain-error.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { MediaRef, MessageRecord } from '../../ports/conversation-records.js';
import type { AppDeps } from '../shared/app-deps.js';
import type { OutboundDraft } from '../shared/message-factory.js';
import { lockThreadAsParticipant, type ThreadForParticipant } from '../shared/thread-access.js';
import { dispatchNew, holdNew, requestResume } from './outbound-queue.js';

export type MessageContent =
  | { readonly type: 'text'; readonly body: string }
  | { readonly type: 'image'; readonly media: MediaRef; readonly caption?: string };

export interface SendMessageInput {
  readonly tenantId: string;
  readonly userId: string;
  readonly threadId: string;
  /** Chosen by the client, so a retried request never sends twice. */
  readonly clientMessageId: string;
  readonly content: MessageContent;
}

export interface SentMessage {
  readonly message: MessageRecord;
  /** True when the same client message id had already been accepted. */
  readonly replayed: boolean;
}

/**
 * Applies the send decision to a business message and records it: handed to the dispatcher, or held
 * (with a resume request when the window is closed), or refused with the reason.
 */
export async function placeOutbound(
  tx: ConversationTx,
  deps: AppDeps,
  access: ThreadForParticipant,
  kind: SendKind,
  draft: Omit<OutboundDraft, 'id' | 'threadId' | 'purpose'>,
  userId: string,
): Promise<MessageRecord> {
  const { thread } = access;
  const consent = await tx.consentForUpdate(thread.phoneNumberId, thread.contactId);
  const decision = decideSend(kind, {
    threadStatus: thread.status,
    consent,
    lastInboundAt: thread.lastInboundAt,
    resumeState: thread.resumeState,
    now: deps.clock.now(),
  });
  const full: OutboundDraft = { ...draft, id: deps.ids.newId(), threadId: thread.id, purpose: 'chat' };
  switch (decision.action) {
    case 'refuse':
      throw new DomainRuleViolation(decision.reason);
    case 'send': {
      const message = await dispatchNew(tx, deps, full);
      await tx.updateThread({ ...thread, lastMessageAt: deps.clock.now() });
      return message;
    }
    case 'queue': {
      const message = await holdNew(tx, deps, full);
      const updated = decision.requestResume ? await requestResume(tx, deps, thread, userId) : thread;
      await tx.updateThread({ ...updated, lastMessageAt: deps.clock.now() });
      return message;
    }
  }
}

export class SendMessage {
  constructor(private readonly deps: AppDeps) {}

  execute(input: SendMessageInput): Promise<SentMessage> {
    return this.deps.store.transaction(input.tenantId, async (tx) => {
      const earlier = await tx.messageByClientId(input.userId, input.clientMessageId);
      if (earlier) return { message: earlier, replayed: true };
      const access = await lockThreadAsParticipant(tx, input.threadId, input.userId);
      const sender = await tx.user(input.userId);
      const base = {
        kind: input.content.type,
        senderUserId: input.userId,
        clientMessageId: input.clientMessageId,
      };
      let draft: Omit<OutboundDraft, 'id' | 'threadId' | 'purpose'>;
      if (input.content.type === 'text') {
        draft = {
          ...base,
          body: composeOutboundText(
            input.content.body,
            sender?.displayName ?? '',
            access.participants.length,
          ),
        };
      } else {
        const caption = input.content.caption?.trim() || null;
        checkCaption(caption);
        draft = { ...base, media: { ...input.content.media, ...(caption ? { caption } : {}) } };
      }
      const message = await placeOutbound(tx, this.deps, access, 'free_form', draft, input.userId);
      return { message, replayed: false };
    });
  }
}
