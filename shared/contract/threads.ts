import { z } from 'zod';
import { Id, Instant, UserId, UserRef } from './common.js';

/** What the inbox shows for a thread (the domain's thread-state view). */
export const ThreadState = z.enum([
  'awaiting_consent',
  'active',
  'paused',
  'declined',
  'not_on_whatsapp',
  'consent_failed',
  'closed',
]);
export type ThreadState = z.infer<typeof ThreadState>;

export const ConsentState = z.enum(['none', 'requested', 'granted', 'declined', 'failed']);
export type ConsentState = z.infer<typeof ConsentState>;

/** How the caller sees the thread: in it, once in it (read only), or as the tenant's compliance reviewer. */
export const ThreadAccess = z.enum(['participant', 'former_participant', 'compliance']);
export type ThreadAccess = z.infer<typeof ThreadAccess>;

export const ThreadContact = z
  .object({
    id: Id,
    displayName: z.string(),
    phoneE164: z.string().nullable(),
    whatsappName: z.string().nullable(),
  })
  .meta({ id: 'ThreadContact' });

export const LastMessage = z
  .object({
    id: Id,
    direction: z.enum(['inbound', 'outbound', 'system']),
    kind: z.string(),
    /** A short text for the inbox line: the body, the caption, the notice, or the template filled in with its parameters ([name] if the template is unknown). */
    preview: z.string(),
    at: Instant,
  })
  .meta({ id: 'LastMessage' });

export const ThreadSummary = z
  .object({
    id: Id,
    channel: z.enum(['whatsapp', 'sms']),
    contact: ThreadContact,
    status: z.enum(['open', 'closed']),
    state: ThreadState,
    /** When WhatsApp's free-form window closes, while it is open. */
    windowEndsAt: Instant.nullable(),
    lastMessage: LastMessage.nullable(),
    openedAt: Instant,
    closedAt: Instant.nullable(),
    access: ThreadAccess,
    /** The contact's messages after the caller's read marker (colleagues' messages and notices never count). */
    unreadCount: z.number().int().min(0),
  })
  .meta({ id: 'ThreadSummary' });
export type ThreadSummary = z.infer<typeof ThreadSummary>;

export const ThreadList = z.object({ threads: z.array(ThreadSummary) }).meta({ id: 'ThreadList' });
export type ThreadList = z.infer<typeof ThreadList>;

export const Participant = z
  .object({
    userId: UserId,
    displayName: z.string(),
    joinedAt: Instant,
    /** When they left, were removed or handed over; null while they are in the thread. */
    leftAt: Instant.nullable(),
    leftReason: z.enum(['left', 'removed', 'transferred']).nullable(),
  })
  .meta({ id: 'Participant' });
export type Participant = z.infer<typeof Participant>;

export const ThreadDetail = ThreadSummary.extend({
  consent: z.object({
    state: ConsentState,
    lastRequestedAt: Instant.nullable(),
    grantedAt: Instant.nullable(),
    declinedAt: Instant.nullable(),
  }),
  closedReason: z.string().nullable(),
  previousThreadId: Id.nullable(),
  openedBy: UserRef.nullable(),
  /** Everyone who is or was in the thread, current members first. */
  participants: z.array(Participant),
}).meta({ id: 'ThreadDetail' });
export type ThreadDetail = z.infer<typeof ThreadDetail>;

export const StartThreadRequest = z.object({ contactId: Id }).meta({ id: 'StartThreadRequest' });
export type StartThreadRequest = z.infer<typeof StartThreadRequest>;

export const StartedThread = z
  .object({ threadId: Id, created: z.boolean(), needsOptIn: z.boolean(), consentState: ConsentState })
  .meta({ id: 'StartedThread' });
export type StartedThread = z.infer<typeof StartedThread>;

export const RestartedThread = z
  .object({ threadId: Id, needsOptIn: z.boolean() })
  .meta({ id: 'RestartedThread' });
export type RestartedThread = z.infer<typeof RestartedThread>;

export const AddParticipantRequest = z.object({ userId: UserId }).meta({ id: 'AddParticipantRequest' });
export type AddParticipantRequest = z.infer<typeof AddParticipantRequest>;

export const TransferRequest = z.object({ toUserId: UserId }).meta({ id: 'TransferRequest' });
export type TransferRequest = z.infer<typeof TransferRequest>;

export const ParticipantParams = z.object({ id: Id, userId: UserId });
export type ParticipantParams = z.infer<typeof ParticipantParams>;
