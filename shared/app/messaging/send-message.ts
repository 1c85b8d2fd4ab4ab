import type { Consent } from '../../domain/consent/consent.js';
import { checkCaption, composeOutboundText } from '../../domain/messaging/outbound-text.js';
import { decideSend, type SendKind } from '../../domain/messaging/send-decision.js';
import { DomainRuleViolation } from '../../domain/shared/domain-error.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type {
  MediaRef,
  MessageRecord,
  ParticipantRecord,
  ThreadRecord,
} from '../../ports/conversation-records.js';
import type { AppDeps } from '../shared/app-deps.js';
import { NotFound } from '../shared/app-errors.js';
import type { OutboundDraft } from '../shared/message-factory.js';
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

/** What a send stands on: the locked thread, who is in it, and the contact's consent. */
export interface SendGround {
  readonly thread: ThreadRecord;
  readonly participants: ParticipantRecord[];
  readonly consent: Consent;
}

/** Loads the ground for a send by a participant, or the message an earlier attempt already recorded. */
export async function groundForSend(
  tx: ConversationTx,
  input: { readonly threadId: string; readonly userId: string; readonly clientMessageId: string },
): Promise<SendGround | { readonly earlier: MessageRecord }> {
  const loaded = await tx.loadForSend(input.threadId, input.userId, input.clientMessageId);
  if (loaded.earlier) return { earlier: loaded.earlier };
  const { thread, participants } = loaded;
  if (!thread || !participants.some((p) => p.userId === input.userId)) throw new NotFound('thread');
  const consent = loaded.consent ?? (await tx.consentForUpdate(thread.phoneNumberId, thread.contactId));
  return { thread, participants, consent };
}

/**
 * Applies the send decision to a business message and records it: handed to the dispatcher, or held
 * (with a resume request when the window is closed), or refused with the reason.
 */
export async function placeOutbound(
  tx: ConversationTx,
  deps: AppDeps,
  ground: SendGround,
  kind: SendKind,
  draft: Omit<OutboundDraft, 'id' | 'threadId' | 'purpose'>,
  userId: string,
): Promise<MessageRecord> {
  const { thread, consent } = ground;
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
      tx.touchThreadAtCommit(thread.id, deps.clock.now());
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
      const ground = await groundForSend(tx, input);
      if ('earlier' in ground) return { message: ground.earlier, replayed: true };
      // The sender's name is only shown to the contact when several Teams users share the thread.
      const sender = ground.participants.length > 1 ? await tx.user(input.userId) : null;
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
            ground.participants.length,
          ),
        };
      } else {
        const caption = input.content.caption?.trim() || null;
        checkCaption(caption);
        draft = { ...base, media: { ...input.content.media, ...(caption ? { caption } : {}) } };
      }
      const message = await placeOutbound(tx, this.deps, ground, 'free_form', draft, input.userId);
      return { message, replayed: false };
    });
  }
}
