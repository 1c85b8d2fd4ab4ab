import { fillTemplate } from '../../../shared/contract/template-body.js';
import type { Message, MessageInfo } from '../../../shared/contract/messages.js';
import type {
  Participant,
  ThreadAccess,
  ThreadDetail,
  ThreadSummary,
} from '../../../shared/contract/threads.js';
import { SMS_DEFAULT_CONSENT, type SmsConsent } from '../../../shared/domain/sms/sms-consent.js';
import { smsThreadState } from '../../../shared/domain/sms/sms-thread-state.js';
import { threadState } from '../../../shared/domain/thread/thread-state.js';
import { USER_PARAMS, type NoticeCode } from '../../../shared/i18n/codes.js';
import { failureReasonText } from '../../../shared/i18n/failure-reason-texts.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import { mediaUnavailableText } from '../../../shared/i18n/media-texts.js';
import { noticeText } from '../../../shared/i18n/notice-texts.js';
import type { MessageRecord } from '../../../shared/ports/conversation-records.js';
import type { ParticipantStint, ThreadView } from '../../../shared/ports/thread-reads.js';

/** Display names by user id; an id without a name shows as itself. */
export type Names = ReadonlyMap<string, string>;

/** Template bodies (with their {{n}} placeholders) by templateKey(name, language). */
export type TemplateBodies = ReadonlyMap<string, string>;

export const templateKey = (name: string, language: string) => `${name}\u0000${language}`;

function templateText(message: MessageRecord, templates: TemplateBodies): string | null {
  if (!message.templateName) return null;
  const body = templates.get(templateKey(message.templateName, message.templateLanguage ?? ''));
  return body === undefined ? null : fillTemplate(body, message.templateParams ?? []);
}

const PREVIEW_LENGTH = 140;

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/** The user ids a message mentions: its sender and the people its notice names. */
export function userIdsOf(message: MessageRecord): string[] {
  const ids = message.senderUserId ? [message.senderUserId] : [];
  for (const [key, value] of Object.entries(message.systemParams ?? {}))
    if (USER_PARAMS.has(key) && typeof value === 'string' && value) ids.push(value);
  return ids;
}

export function renderNotice(message: MessageRecord, locale: Locale, names: Names): string | null {
  if (!message.systemCode) return null;
  return noticeText(
    locale,
    message.systemCode as NoticeCode,
    message.systemParams ?? {},
    (id) => names.get(id) ?? id,
  );
}

function preview(message: MessageRecord, locale: Locale, names: Names, templates: TemplateBodies): string {
  const text =
    message.body ??
    message.media?.caption ??
    renderNotice(message, locale, names) ??
    templateText(message, templates) ??
    (message.templateName ? `[${message.templateName}]` : '');
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}

/** The state line of a thread: WhatsApp's consent and window, or SMS's STOP/START. */
function stateOf(view: ThreadView, now: Date) {
  return view.thread.channel === 'sms'
    ? smsThreadState(view.thread, view.smsConsent ?? SMS_DEFAULT_CONSENT)
    : threadState(view.thread, view.consent, now);
}

/** An SMS thread's consent as the WhatsApp one reads: STOP declined it, START (or never a STOP) grants. */
function smsConsentView(consent: SmsConsent): ThreadDetail['consent'] {
  const out = consent.state === 'opted_out';
  return {
    state: out ? 'declined' : 'granted',
    lastRequestedAt: null,
    grantedAt: out ? null : isoOrNull(consent.changedAt),
    declinedAt: out ? isoOrNull(consent.changedAt) : null,
  };
}

export function toThreadSummary(
  view: ThreadView,
  access: ThreadAccess,
  now: Date,
  locale: Locale,
  names: Names,
  unreadCount: number,
  templates: TemplateBodies = new Map(),
): ThreadSummary {
  const { thread, contact, lastMessage } = view;
  const state = stateOf(view, now);
  return {
    id: thread.id,
    channel: thread.channel,
    contact: {
      id: contact.id,
      displayName: contact.displayName,
      phoneE164: contact.phoneE164,
      whatsappName: contact.whatsappName,
    },
    status: thread.status,
    state: state.state,
    windowEndsAt: isoOrNull(state.windowEndsAt),
    lastMessage: lastMessage
      ? {
          id: lastMessage.id,
          direction: lastMessage.direction,
          kind: lastMessage.kind,
          preview: preview(lastMessage, locale, names, templates),
          at: iso(lastMessage.createdAt),
        }
      : null,
    openedAt: iso(thread.openedAt),
    closedAt: isoOrNull(thread.closedAt),
    access,
    unreadCount,
  };
}

function toParticipant(stint: ParticipantStint, names: Names): Participant {
  return {
    userId: stint.userId,
    displayName: names.get(stint.userId) ?? stint.userId,
    joinedAt: iso(stint.joinedAt),
    leftAt: isoOrNull(stint.leftAt),
    leftReason: stint.leftReason,
  };
}

export function toThreadDetail(
  view: ThreadView,
  access: ThreadAccess,
  participants: readonly ParticipantStint[],
  now: Date,
  locale: Locale,
  names: Names,
  unreadCount: number,
  templates: TemplateBodies = new Map(),
): ThreadDetail {
  const { thread, consent } = view;
  return {
    ...toThreadSummary(view, access, now, locale, names, unreadCount, templates),
    consent: view.smsConsent
      ? smsConsentView(view.smsConsent)
      : {
          state: consent.state,
          lastRequestedAt: isoOrNull(consent.lastRequestedAt),
          grantedAt: isoOrNull(consent.grantedAt),
          declinedAt: isoOrNull(consent.declinedAt),
        },
    closedReason: thread.closedReason,
    previousThreadId: thread.previousThreadId,
    openedBy: thread.openedBy
      ? { userId: thread.openedBy, displayName: names.get(thread.openedBy) ?? thread.openedBy }
      : null,
    participants: participants.map((p) => toParticipant(p, names)),
  };
}

export function toMessage(message: MessageRecord, locale: Locale, names: Names): Message {
  const media = message.media;
  const notice = renderNotice(message, locale, names);
  return {
    id: message.id,
    threadId: message.threadId,
    direction: message.direction,
    kind: message.kind,
    sender: message.senderUserId
      ? { userId: message.senderUserId, displayName: names.get(message.senderUserId) ?? message.senderUserId }
      : null,
    body: message.body,
    template: message.templateName
      ? {
          name: message.templateName,
          language: message.templateLanguage ?? '',
          params: [...(message.templateParams ?? [])],
        }
      : null,
    image: media
      ? {
          // A message's picture is fetched by the message's own id.
          mediaId: media.storageKey && !media.unavailable ? message.id : null,
          mimeType: media.mimeType,
          size: media.size ?? null,
          caption: media.caption ?? null,
          unavailableReason: media.unavailable ? mediaUnavailableText(locale, media.unavailable) : null,
        }
      : null,
    notice: message.systemCode && notice !== null ? { code: message.systemCode, text: notice } : null,
    status: message.status,
    clientMessageId: message.clientMessageId,
    createdAt: iso(message.createdAt),
    receivedAt: isoOrNull(message.receivedAt),
    failure:
      message.failureCode !== null
        ? {
            code: message.failureCode,
            title: message.failureTitle,
            reason: failureReasonText(locale, message.failureCode),
          }
        : null,
  };
}

const TIMES = [
  ['pending', 'queuedAt'],
  ['sending', 'sendingAt'],
  ['sent', 'sentAt'],
  ['delivered', 'deliveredAt'],
  ['read', 'readAt'],
  ['failed', 'failedAt'],
  ['received', 'receivedAt'],
] as const;

export function toMessageInfo(message: MessageRecord, locale: Locale, names: Names): MessageInfo {
  const statuses = TIMES.flatMap(([status, field]) => {
    const at = message[field];
    return at ? [{ status, at }] : [];
  })
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map(({ status, at }) => ({ status, at: iso(at) }));
  return { message: toMessage(message, locale, names), statuses };
}
