import type { Consent } from '../domain/consent/consent.js';
import type { SmsConsent } from '../domain/sms/sms-consent.js';
import type { ContactRecord, MessageRecord, TemplateRecord, ThreadRecord } from './conversation-records.js';

/** How a user relates to a thread: in it now, or in it once (history, read only). */
export type Membership = 'active' | 'former';

/** A thread with what its inbox line needs. */
export interface ThreadView {
  readonly thread: ThreadRecord;
  readonly contact: ContactRecord;
  /** The contact's WhatsApp consent for the thread's number (state 'none' when never asked, and for SMS). */
  readonly consent: Consent;
  /** The contact's SMS STOP/START state for an SMS thread's number; null for a WhatsApp thread. */
  readonly smsConsent: SmsConsent | null;
  readonly lastMessage: MessageRecord | null;
}

/** One stint of a Teams user in a thread. */
export interface ParticipantStint {
  readonly userId: string;
  readonly joinedAt: Date;
  readonly leftAt: Date | null;
  readonly leftReason: 'left' | 'removed' | 'transferred' | null;
}

export interface MessagePageRecords {
  /** Oldest first. */
  readonly messages: MessageRecord[];
  readonly hasMore: boolean;
}

/** A template with the text of its body, for the template picker. */
export interface TemplateText extends TemplateRecord {
  readonly bodyText: string;
}

/** Read-only queries behind the tab's API; each is scoped to one tenant. */
export interface ThreadReads {
  /** WhatsApp and SMS threads the user is in now, most recent activity first. */
  inbox(tenantId: string, userId: string): Promise<ThreadView[]>;
  /** A contact's WhatsApp and SMS threads, newest first: those the user is or was in, or all of them when userId is null. */
  contactThreads(tenantId: string, contactId: string, userId: string | null): Promise<ThreadView[]>;
  thread(tenantId: string, threadId: string): Promise<ThreadView | null>;
  membership(tenantId: string, threadId: string, userId: string): Promise<Membership | null>;
  /** Every stint, current ones first. */
  participants(tenantId: string, threadId: string): Promise<ParticipantStint[]>;
  /** A page of messages older than `beforeMessageId` (the newest when absent), oldest first. */
  messages(
    tenantId: string,
    threadId: string,
    page: { readonly beforeMessageId?: string; readonly limit: number },
  ): Promise<MessagePageRecords>;
  message(tenantId: string, messageId: string): Promise<MessageRecord | null>;
  /** Display names of the tenant's users (ids without a user are left out). */
  userNames(tenantId: string, userIds: readonly string[]): Promise<Map<string, string>>;
  templates(tenantId: string): Promise<TemplateText[]>;
  /** Threads holding a message with this stored picture. */
  threadsWithPicture(tenantId: string, storageKey: string): Promise<string[]>;
}
