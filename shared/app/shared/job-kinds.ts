import type { AdminAlertCode } from '../../ports/notifier.js';
/** Background work the use cases schedule in the same transaction as the state it belongs to. */
export const JOB = {
  dispatchMessage: 'message.dispatch',
  retryOptIn: 'consent.retry',
  reminderDue: 'consent.reminder_due',
  notifyTeamsUser: 'teams.notify',
  applyInbound: 'whatsapp.inbound',
  applyStatus: 'whatsapp.status',
  applyTemplateEvent: 'whatsapp.template_event',
  syncTemplates: 'whatsapp.template_sync',
  alertAdmin: 'teams.alert',
  dispatchSms: 'sms.dispatch',
  applySmsInbound: 'sms.inbound',
  applySmsDeliveryReport: 'sms.delivery_report',
} as const;

export interface AlertAdminPayload {
  readonly userId: string;
  readonly code: AdminAlertCode;
  readonly params: Readonly<Record<string, string>>;
  readonly alertId: string;
}

export interface SyncTemplatesPayload {
  readonly wabaId: string;
}

export interface DispatchMessagePayload {
  readonly messageId: string;
}

export interface RetryOptInPayload {
  readonly phoneNumberId: string;
  readonly contactId: string;
  readonly threadId: string;
}

export interface ReminderDuePayload {
  readonly phoneNumberId: string;
  readonly contactId: string;
  readonly threadId: string;
  /** The request this reminder follows; a newer request or reminder makes this job moot. */
  readonly requestedAt: string;
}

export interface NotifyTeamsUserPayload {
  readonly userId: string;
  readonly threadId: string;
  readonly noticeMessageId: string;
}
