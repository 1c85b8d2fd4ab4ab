import type { z } from 'zod';
import type { InboundContent, InboundMessage } from '../../../app/inbound/handle-inbound-message.js';
import type { StatusUpdate } from '../../../app/inbound/handle-status-update.js';
import {
  contactSchema,
  inboundMessageSchema,
  messagesValueSchema,
  statusSchema,
  templateCategoryValueSchema,
  templateStatusValueSchema,
  webhookEnvelopeSchema,
  webhookErrorSchema,
  type WebhookContact,
  type WebhookError,
  type WebhookInboundMessage,
  type WebhookStatus,
} from './webhook-schema.js';

export type TemplateStatusEvent =
  | 'APPROVED'
  | 'REJECTED'
  | 'PENDING'
  | 'PAUSED'
  | 'DISABLED'
  | 'FLAGGED'
  | 'REINSTATED'
  | 'PENDING_DELETION'
  | 'ARCHIVED'
  | 'LIMIT_EXCEEDED'
  // Meta adds events; an unknown one is passed on as is.
  | (string & {});

export interface TemplateStatusUpdate {
  readonly wabaId: string;
  readonly templateName: string;
  readonly language: string;
  readonly event: TemplateStatusEvent;
  readonly reason?: string;
  readonly templateId?: string;
  /** Set by `template_category_update`, whose event is CATEGORY_CHANGED. */
  readonly newCategory?: string;
  /** When Meta says the change happened (the entry's time), if it says. */
  readonly at?: Date;
}

export interface WebhookErrorReport {
  readonly phoneNumberId?: string;
  readonly code: number;
  readonly title: string;
  readonly message?: string;
}

export interface IgnoredItem {
  readonly field: string;
  readonly reason: string;
}

export interface ParsedWebhook {
  readonly inbound: InboundMessage[];
  readonly statuses: StatusUpdate[];
  readonly templateStatusUpdates: TemplateStatusUpdate[];
  readonly errors: WebhookErrorReport[];
  readonly ignored: IgnoredItem[];
}

const RECEIPTS: readonly string[] = [
  'sent',
  'delivered',
  'read',
  'failed',
] satisfies StatusUpdate['status'][];

function isReceipt(status: string): status is StatusUpdate['status'] {
  return RECEIPTS.includes(status);
}

/**
 * Turns a webhook body (already JSON-parsed, signature already checked) into engine inputs.
 * Only a body that is not a WhatsApp envelope is an error; anything inside it that we cannot use is
 * reported in `ignored`, because answering non-200 makes Meta redeliver the whole batch for days.
 */
export function parseWebhook(body: unknown): ParsedWebhook | { error: string } {
  const envelope = webhookEnvelopeSchema.safeParse(body);
  if (!envelope.success) return { error: `not a WhatsApp webhook: ${describeIssues(envelope.error)}` };

  const parsed: ParsedWebhook = {
    inbound: [],
    statuses: [],
    templateStatusUpdates: [],
    errors: [],
    ignored: [],
  };
  for (const entry of envelope.data.entry) {
    for (const change of entry.changes) {
      switch (change.field) {
        case 'messages':
          collectMessagesChange(change.value, parsed);
          break;
        case 'message_template_status_update':
          collectTemplateStatus(entry.id, entry.time, change.value, parsed);
          break;
        case 'template_category_update':
          collectTemplateCategory(entry.id, entry.time, change.value, parsed);
          break;
        default:
          parsed.ignored.push({ field: change.field, reason: `field ${change.field} is not handled` });
      }
    }
  }
  return parsed;
}

function collectMessagesChange(rawValue: unknown, parsed: ParsedWebhook): void {
  const field = 'messages';
  const value = messagesValueSchema.safeParse(rawValue);
  if (!value.success) {
    parsed.ignored.push({ field, reason: `invalid messages value: ${describeIssues(value.error)}` });
    return;
  }
  const phoneNumberId = value.data.metadata.phone_number_id;
  const contacts = validItems(value.data.contacts, contactSchema);

  (value.data.messages ?? []).forEach((raw, index) => {
    const message = inboundMessageSchema.safeParse(raw);
    // A system message is WhatsApp telling us about the user (e.g. a changed number), not the user writing:
    // it must neither reopen the service window nor count as an answer.
    if (message.success && message.data.type === 'system')
      parsed.ignored.push({
        field,
        reason: `messages[${index}] is a system notice, not a message from the contact`,
      });
    else if (message.success) parsed.inbound.push(toInbound(phoneNumberId, message.data, contacts));
    else
      parsed.ignored.push({ field, reason: `messages[${index}] invalid: ${describeIssues(message.error)}` });
  });

  (value.data.statuses ?? []).forEach((raw, index) => {
    const status = statusSchema.safeParse(raw);
    if (!status.success) {
      parsed.ignored.push({ field, reason: `statuses[${index}] invalid: ${describeIssues(status.error)}` });
    } else if (isReceipt(status.data.status)) {
      parsed.statuses.push(toStatusUpdate(phoneNumberId, status.data.status, status.data));
    } else {
      parsed.ignored.push({
        field,
        reason: `status ${status.data.status} for ${status.data.id} is not a delivery receipt`,
      });
    }
  });

  (value.data.errors ?? []).forEach((raw, index) => {
    const error = webhookErrorSchema.safeParse(raw);
    if (error.success) parsed.errors.push({ phoneNumberId, ...errorReport(error.data) });
    else parsed.ignored.push({ field, reason: `errors[${index}] invalid: ${describeIssues(error.error)}` });
  });
}

function entryTime(time: number | undefined): { at?: Date } {
  return time !== undefined ? { at: new Date(time * 1000) } : {};
}

function collectTemplateCategory(
  wabaId: string,
  time: number | undefined,
  rawValue: unknown,
  parsed: ParsedWebhook,
): void {
  const field = 'template_category_update';
  const value = templateCategoryValueSchema.safeParse(rawValue);
  if (!value.success) {
    parsed.ignored.push({ field, reason: `invalid template category: ${describeIssues(value.error)}` });
    return;
  }
  const templateId = value.data.message_template_id;
  parsed.templateStatusUpdates.push({
    wabaId,
    templateName: value.data.message_template_name,
    language: value.data.message_template_language,
    event: 'CATEGORY_CHANGED',
    newCategory: value.data.new_category,
    ...(templateId !== undefined ? { templateId: String(templateId) } : {}),
    ...entryTime(time),
  });
}

function collectTemplateStatus(
  wabaId: string,
  time: number | undefined,
  rawValue: unknown,
  parsed: ParsedWebhook,
): void {
  const field = 'message_template_status_update';
  const value = templateStatusValueSchema.safeParse(rawValue);
  if (!value.success) {
    parsed.ignored.push({ field, reason: `invalid template status: ${describeIssues(value.error)}` });
    return;
  }
  const { event, reason, message_template_id: templateId } = value.data;
  parsed.templateStatusUpdates.push({
    wabaId,
    templateName: value.data.message_template_name,
    language: value.data.message_template_language,
    event,
    // Meta writes the string NONE when there is no reason.
    ...(reason && reason !== 'NONE' ? { reason } : {}),
    ...(templateId !== undefined ? { templateId: String(templateId) } : {}),
    ...entryTime(time),
  });
}

function toInbound(
  phoneNumberId: string,
  message: WebhookInboundMessage,
  contacts: readonly WebhookContact[],
): InboundMessage {
  const fromWaId = message.from ?? null;
  const fromUserId = message.from_user_id ?? message.user_id ?? null;
  const contact = contacts.find(
    (c) => (fromWaId !== null && c.wa_id === fromWaId) || (fromUserId !== null && c.user_id === fromUserId),
  );
  return {
    phoneNumberId,
    wamid: message.id,
    fromWaId,
    fromUserId,
    profileName: contact?.profile?.name ?? null,
    timestamp: fromUnixSeconds(message.timestamp),
    content: contentOf(message),
    contextWamid: message.context?.id ?? null,
  };
}

function contentOf(message: WebhookInboundMessage): InboundContent {
  const { text, image, button, interactive, reaction } = message;
  switch (message.type) {
    case 'text':
      if (text) return { type: 'text', body: text.body };
      break;
    case 'image':
      if (image) {
        return {
          type: 'image',
          media: {
            mediaId: image.id,
            mimeType: image.mime_type,
            ...(image.sha256 !== undefined ? { sha256: image.sha256 } : {}),
            ...(image.caption !== undefined ? { caption: image.caption } : {}),
          },
        };
      }
      break;
    case 'button':
      if (button) return { type: 'button', payload: button.payload, text: button.text };
      break;
    case 'interactive':
      if (interactive) {
        const reply =
          interactive.type === 'button_reply'
            ? interactive.button_reply
            : interactive.type === 'list_reply'
              ? interactive.list_reply
              : undefined;
        if (reply) return { type: 'interactive', replyId: reply.id, title: reply.title };
        return { type: 'unsupported', originalType: `interactive.${interactive.type}` };
      }
      break;
    case 'reaction':
      if (reaction) return { type: 'reaction', emoji: reaction.emoji ?? '', toWamid: reaction.message_id };
      break;
  }
  return { type: 'unsupported', originalType: message.type };
}

function toStatusUpdate(
  phoneNumberId: string,
  receipt: StatusUpdate['status'],
  status: WebhookStatus,
): StatusUpdate {
  const first = status.errors?.[0];
  return {
    phoneNumberId,
    wamid: status.id,
    status: receipt,
    timestamp: fromUnixSeconds(status.timestamp),
    correlationId: status.biz_opaque_callback_data || null,
    error: first ? { code: first.code, title: errorReport(first).title } : null,
  };
}

function errorReport(error: WebhookError): { code: number; title: string; message?: string } {
  return {
    code: error.code,
    title: error.title ?? error.message ?? 'Unknown error',
    ...(error.message !== undefined ? { message: error.message } : {}),
  };
}

function fromUnixSeconds(seconds: string): Date {
  return new Date(Number(seconds) * 1000);
}

function validItems<T>(items: readonly unknown[] | undefined, schema: z.ZodType<T>): T[] {
  return (items ?? []).flatMap((item) => {
    const result = schema.safeParse(item);
    return result.success ? [result.data] : [];
  });
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
