import type { TemplateCategory, TemplateStatus } from '../domain/template/template-usability.js';
import type { Consent, ConsentEventType } from '../domain/consent/consent.js';
import type { MessagePurpose } from '../domain/messaging/delivery-failure.js';
import type { DeliveryRecord } from '../domain/messaging/delivery-status.js';
import type { ResumeState, ThreadStatus } from '../domain/messaging/send-decision.js';
import type { NoticeParams, SystemNoticeCode } from '../domain/thread/system-notice.js';

export type Channel = 'whatsapp' | 'sms';

export interface TenantRecord {
  readonly id: string;
  readonly whatsappEnabled: boolean;
  readonly senderPhoneNumberId: string | null;
  /** The tenant's SMS sender number in E.164; null when the tenant has no SMS. */
  readonly smsFromNumber: string | null;
  readonly locale: string;
  /** Template names the tenant chose for the connector's own requests, beyond the default names. */
  readonly templatePurposes: Readonly<Record<string, TemplatePurpose>>;
}

export interface UserRecord {
  readonly id: string;
  readonly displayName: string;
  readonly roles: readonly string[];
  readonly whatsappLicensed: boolean;
}

export interface ContactRecord {
  readonly id: string;
  readonly displayName: string;
  readonly phoneE164: string | null;
  readonly waUserId: string | null;
  readonly whatsappName: string | null;
}

export interface ThreadRecord {
  readonly id: string;
  readonly channel: Channel;
  readonly phoneNumberId: string;
  readonly contactId: string;
  readonly status: ThreadStatus;
  readonly lastInboundAt: Date | null;
  readonly resumeState: ResumeState;
  readonly resumeRequestedAt: Date | null;
  readonly openedAt: Date;
  readonly openedBy: string | null;
  readonly closedAt: Date | null;
  readonly closedReason: string | null;
  readonly previousThreadId: string | null;
  readonly lastMessageAt: Date | null;
}

export interface ParticipantRecord {
  readonly userId: string;
  readonly joinedAt: Date;
  readonly addedBy: string | null;
}

export type MessageDirection = 'inbound' | 'outbound' | 'system';
export type MessageKind =
  'text' | 'image' | 'template' | 'interactive' | 'button' | 'reaction' | 'unsupported' | 'system';

export interface MediaRef {
  readonly mediaId?: string;
  readonly storageKey?: string;
  readonly mimeType: string;
  readonly sha256?: string;
  readonly size?: number;
  readonly caption?: string;
  /** Why the file itself could not be kept (the message is kept all the same). */
  readonly unavailable?: MediaUnavailableReason;
}

export type MediaUnavailableReason =
  'checksum_mismatch' | 'too_large' | 'type_not_allowed' | 'expired' | 'not_found' | 'download_failed';

export interface MessageRecord extends DeliveryRecord {
  readonly id: string;
  readonly threadId: string;
  readonly seq: number;
  readonly direction: MessageDirection;
  readonly kind: MessageKind;
  readonly purpose: MessagePurpose;
  readonly senderUserId: string | null;
  readonly body: string | null;
  readonly media: MediaRef | null;
  readonly templateName: string | null;
  readonly templateLanguage: string | null;
  readonly templateParams: readonly string[] | null;
  readonly systemCode: SystemNoticeCode | null;
  readonly systemParams: NoticeParams | null;
  readonly wamid: string | null;
  readonly clientMessageId: string | null;
  readonly replyToWamid: string | null;
  readonly receivedAt: Date | null;
  readonly createdAt: Date;
}

export type NewMessage = Omit<MessageRecord, 'seq' | 'createdAt'>;

export type MessageChanges = Partial<Pick<MessageRecord, keyof DeliveryRecord | 'wamid' | 'body'>>;

export interface TemplateRecord {
  readonly name: string;
  readonly language: string;
  readonly category: TemplateCategory;
  readonly status: TemplateStatus;
  readonly purpose: TemplatePurpose | null;
  readonly bodyParamCount: number;
}

/** A template as WhatsApp lists it, with the purpose the connector gives it. */
export interface SyncedTemplate {
  readonly name: string;
  readonly language: string;
  readonly category: TemplateCategory;
  readonly status: TemplateStatus;
  readonly purpose: TemplatePurpose | null;
  readonly components: readonly unknown[];
}

/** Templates the connector itself sends; the business's own templates have no purpose. */
export const TEMPLATE_PURPOSES = [
  'opt_in',
  'opt_in_reminder',
  'resume',
  'participant_added',
  'participant_removed',
  'participant_left',
  'conversation_transferred',
] as const;
export type TemplatePurpose = (typeof TEMPLATE_PURPOSES)[number];

export interface ConsentEvidence {
  readonly phoneNumberId: string;
  readonly contactId: string;
  readonly threadId: string | null;
  readonly type: ConsentEventType;
  readonly actorUserId: string | null;
  readonly templateName: string | null;
  readonly wamid: string | null;
  readonly errorCode: number | null;
  readonly details: Readonly<Record<string, unknown>>;
  readonly occurredAt: Date;
}

export type { Consent };

export interface JobRequest {
  readonly kind: string;
  readonly payload: Readonly<Record<string, unknown>>;
  /** When the job is due, by the application's clock. */
  readonly runAt: Date;
  readonly dedupeKey?: string;
}

/** An entry of the live event log, read by the tab's event stream. */
export interface LiveEvent {
  readonly type:
    'message.created' | 'message.status' | 'thread.state' | 'thread.participants' | 'thread.read' | 'notice';
  readonly threadId: string;
  readonly audience: readonly string[];
  readonly payload: Readonly<Record<string, unknown>>;
}
