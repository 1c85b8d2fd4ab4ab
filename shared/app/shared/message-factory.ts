import type { MessagePurpose } from '../../domain/messaging/delivery-failure.js';
import type { SystemNotice } from '../../domain/thread/system-notice.js';
import type { MediaRef, MessageKind, NewMessage } from '../../ports/conversation-records.js';

const NO_DELIVERY = {
  queuedAt: null,
  sendingAt: null,
  sentAt: null,
  deliveredAt: null,
  readAt: null,
  failedAt: null,
  failureCode: null,
  failureTitle: null,
} as const;

const NOTHING = {
  senderUserId: null,
  body: null,
  media: null,
  templateName: null,
  templateLanguage: null,
  templateParams: null,
  systemCode: null,
  systemParams: null,
  wamid: null,
  clientMessageId: null,
  replyToWamid: null,
  receivedAt: null,
} as const;

export interface OutboundDraft {
  readonly id: string;
  readonly threadId: string;
  readonly purpose: MessagePurpose;
  readonly kind: Extract<MessageKind, 'text' | 'image' | 'template'>;
  readonly senderUserId: string | null;
  readonly body?: string;
  readonly media?: MediaRef;
  readonly template?: {
    readonly name: string;
    readonly language: string;
    readonly params: readonly string[];
  };
  readonly clientMessageId?: string;
  readonly replyToWamid?: string;
  /** Extra facts kept with the message (e.g. which membership change a notice is about). */
  readonly systemParams?: SystemNotice['params'];
}

/** An outbound message, either held ('pending') or handed to the dispatcher ('sending'). */
export function outboundMessage(draft: OutboundDraft, status: 'pending' | 'sending', now: Date): NewMessage {
  return {
    ...NOTHING,
    ...NO_DELIVERY,
    id: draft.id,
    threadId: draft.threadId,
    direction: 'outbound',
    kind: draft.kind,
    purpose: draft.purpose,
    senderUserId: draft.senderUserId,
    body: draft.body ?? null,
    media: draft.media ?? null,
    templateName: draft.template?.name ?? null,
    templateLanguage: draft.template?.language ?? null,
    templateParams: draft.template?.params ?? null,
    systemParams: draft.systemParams ?? null,
    clientMessageId: draft.clientMessageId ?? null,
    replyToWamid: draft.replyToWamid ?? null,
    status,
    queuedAt: status === 'pending' ? now : null,
    sendingAt: status === 'sending' ? now : null,
  };
}

export function systemMessage(
  id: string,
  threadId: string,
  notice: SystemNotice,
  actorUserId: string | null,
): NewMessage {
  return {
    ...NOTHING,
    ...NO_DELIVERY,
    id,
    threadId,
    direction: 'system',
    kind: 'system',
    purpose: 'chat',
    senderUserId: actorUserId,
    systemCode: notice.code,
    systemParams: notice.params,
    status: 'received',
  };
}

export interface InboundDraft {
  readonly id: string;
  readonly threadId: string;
  readonly wamid: string;
  readonly kind: MessageKind;
  readonly body: string | null;
  readonly media: MediaRef | null;
  readonly replyToWamid: string | null;
  readonly receivedAt: Date;
}

export function inboundMessage(draft: InboundDraft): NewMessage {
  return {
    ...NOTHING,
    ...NO_DELIVERY,
    ...draft,
    direction: 'inbound',
    purpose: 'chat',
    status: 'received',
  };
}
