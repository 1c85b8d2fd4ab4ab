import type { Consent } from '../../../domain/consent/consent.js';
import type { MessagePurpose } from '../../../domain/messaging/delivery-failure.js';
import type { MessageStatus } from '../../../domain/messaging/delivery-status.js';
import type { NoticeParams, SystemNoticeCode } from '../../../domain/thread/system-notice.js';
import {
  TEMPLATE_PURPOSES,
  type ContactRecord,
  type MediaRef,
  type MessageRecord,
  type TemplatePurpose,
  type TemplateRecord,
  type ThreadRecord,
} from '../../../ports/conversation-records.js';
import type { ConsentRow, ContactRow, MessageRow, TemplateRow, ThreadRow } from '../schema.js';

export function toConsent(row: ConsentRow): Consent {
  return {
    state: row.state,
    requestedBy: row.requestedBy,
    firstRequestedAt: row.firstRequestedAt,
    lastRequestedAt: row.lastRequestedAt,
    remindersSent: row.remindersSent,
    grantedAt: row.grantedAt,
    declinedAt: row.declinedAt,
    failureCount: row.failureCount,
    failureCode: row.failureCode,
    failureReason: row.failureReason,
    failedAt: row.failedAt,
    retryAt: row.retryAt,
  };
}

export function toContact(row: ContactRow): ContactRecord {
  return {
    id: row.id,
    displayName: row.displayName,
    phoneE164: row.phoneE164,
    waUserId: row.waUserId,
    whatsappName: row.whatsappName,
  };
}

export function toThread(row: ThreadRow): ThreadRecord {
  return {
    id: row.id,
    channel: row.channel,
    phoneNumberId: row.phoneNumberId,
    contactId: row.contactId,
    status: row.status,
    lastInboundAt: row.lastInboundAt,
    resumeState: row.resumeState,
    resumeRequestedAt: row.resumeRequestedAt,
    openedAt: row.openedAt,
    openedBy: row.openedBy,
    closedAt: row.closedAt,
    closedReason: row.closedReason,
    previousThreadId: row.previousThreadId,
    lastMessageAt: row.lastMessageAt,
  };
}

export function fromThread(tenantId: string, thread: ThreadRecord) {
  return { tenantId, ...thread };
}

export function toMessage(row: MessageRow): MessageRecord {
  return {
    id: row.id,
    threadId: row.threadId,
    // int8 arrives as a string from node-postgres and as a number from PGlite.
    seq: Number(row.seq),
    direction: row.direction,
    kind: row.kind,
    purpose: row.purpose as MessagePurpose,
    senderUserId: row.senderUserId,
    body: row.body,
    media: (row.media as MediaRef | null) ?? null,
    templateName: row.templateName,
    templateLanguage: row.templateLanguage,
    templateParams: (row.templateParams as string[] | null) ?? null,
    systemCode: row.systemCode as SystemNoticeCode | null,
    systemParams: (row.systemParams as NoticeParams | null) ?? null,
    status: row.status as MessageStatus,
    wamid: row.wamid,
    clientMessageId: row.clientMessageId,
    replyToWamid: row.replyToWamid,
    queuedAt: row.queuedAt,
    sendingAt: row.sendingAt,
    sentAt: row.sentAt,
    deliveredAt: row.deliveredAt,
    readAt: row.readAt,
    failedAt: row.failedAt,
    failureCode: row.failureCode,
    failureTitle: row.failureTitle,
    receivedAt: row.receivedAt,
    createdAt: row.createdAt,
  };
}

/** Counts the distinct {{n}} parameters of a template's BODY component, as Meta does. */
export function bodyParamCount(components: unknown): number {
  if (!Array.isArray(components)) return 0;
  const body = components.find(
    (c): c is { type: string; text?: string } =>
      typeof c === 'object' && c !== null && String((c as { type?: unknown }).type).toUpperCase() === 'BODY',
  );
  const names = new Set((body?.text ?? '').match(/\{\{\s*\w+\s*\}\}/g) ?? []);
  return names.size;
}

export function toTemplate(row: TemplateRow): TemplateRecord {
  return {
    name: row.name,
    language: row.language,
    category: row.category as TemplateRecord['category'],
    status: row.status as TemplateRecord['status'],
    purpose: row.purpose as TemplatePurpose | null,
    bodyParamCount: bodyParamCount(row.components),
  };
}

const KNOWN_PURPOSES: ReadonlySet<string> = new Set<string>(TEMPLATE_PURPOSES);

/** The tenant setting `templatePurposes` ({template name: purpose}); entries naming no known purpose are dropped. */
export function templatePurposesOf(setting: unknown): Record<string, TemplatePurpose> {
  if (typeof setting !== 'object' || setting === null) return {};
  return Object.fromEntries(
    Object.entries(setting).filter(
      (entry): entry is [string, TemplatePurpose] =>
        typeof entry[1] === 'string' && KNOWN_PURPOSES.has(entry[1]),
    ),
  );
}
