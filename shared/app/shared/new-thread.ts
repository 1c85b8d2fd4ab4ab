import type { Channel, ThreadRecord } from '../../ports/conversation-records.js';

/**
 * A new open thread with a contact. The window belongs to the contact, not to a thread, so it carries over
 * from the contact's previous thread, which the new one links back to.
 */
export function newThread(fields: {
  readonly id: string;
  readonly channel: Channel;
  readonly phoneNumberId: string;
  readonly contactId: string;
  readonly openedAt: Date;
  readonly openedBy: string | null;
  readonly previous: ThreadRecord | null;
}): ThreadRecord {
  return {
    id: fields.id,
    channel: fields.channel,
    phoneNumberId: fields.phoneNumberId,
    contactId: fields.contactId,
    status: 'open',
    lastInboundAt: fields.previous?.lastInboundAt ?? null,
    resumeState: null,
    resumeRequestedAt: null,
    openedAt: fields.openedAt,
    openedBy: fields.openedBy,
    closedAt: null,
    closedReason: null,
    previousThreadId: fields.previous?.id ?? null,
    lastMessageAt: null,
  };
}
