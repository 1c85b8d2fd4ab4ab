import { DomainRuleViolation } from '../shared/domain-error.js';
import type { ThreadStatus } from '../messaging/send-decision.js';
import { notice, type SystemNotice, type SystemNoticeCode } from '../thread/system-notice.js';
import { isWindowOpen } from '../window/service-window.js';

/** What the WhatsApp contact is told about a change of the people they are talking to. */
export type ContactNoticeKind =
  'participant_added' | 'participant_removed' | 'participant_left' | 'conversation_transferred';

export interface MembershipChange {
  readonly joins: readonly string[];
  readonly leaves: readonly {
    readonly userId: string;
    readonly reason: 'left' | 'removed' | 'transferred';
  }[];
  readonly notice: SystemNotice;
  readonly contactNotice: { readonly kind: ContactNoticeKind; readonly subjectUserId: string };
  /** The last participant left: nobody is left to read the contact's messages. */
  readonly closesThread: boolean;
}

function requireOpen(status: ThreadStatus): void {
  if (status === 'closed') throw new DomainRuleViolation('thread_closed');
}

function requireParticipant(active: readonly string[], userId: string): void {
  if (!active.includes(userId)) throw new DomainRuleViolation('not_a_participant', { userId });
}

export function addParticipant(
  status: ThreadStatus,
  active: readonly string[],
  userId: string,
  by: string,
): MembershipChange {
  requireOpen(status);
  requireParticipant(active, by);
  if (active.includes(userId)) throw new DomainRuleViolation('already_a_participant', { userId });
  return {
    joins: [userId],
    leaves: [],
    notice: notice('participant_added', { userId, by }),
    contactNotice: { kind: 'participant_added', subjectUserId: userId },
    closesThread: false,
  };
}

export function removeParticipant(
  status: ThreadStatus,
  active: readonly string[],
  userId: string,
  by: string,
): MembershipChange {
  requireOpen(status);
  requireParticipant(active, by);
  requireParticipant(active, userId);
  if (userId === by) throw new DomainRuleViolation('cannot_remove_self');
  return {
    joins: [],
    leaves: [{ userId, reason: 'removed' }],
    notice: notice('participant_removed', { userId, by }),
    contactNotice: { kind: 'participant_removed', subjectUserId: userId },
    closesThread: false,
  };
}

export function leaveThread(
  status: ThreadStatus,
  active: readonly string[],
  userId: string,
): MembershipChange {
  requireOpen(status);
  requireParticipant(active, userId);
  return {
    joins: [],
    leaves: [{ userId, reason: 'left' }],
    notice: notice('participant_left', { userId }),
    contactNotice: { kind: 'participant_left', subjectUserId: userId },
    closesThread: active.length === 1,
  };
}

/** Hands the conversation from one Teams user to another who was not in it. */
export function transferThread(
  status: ThreadStatus,
  active: readonly string[],
  from: string,
  to: string,
): MembershipChange {
  requireOpen(status);
  requireParticipant(active, from);
  if (to === from) throw new DomainRuleViolation('cannot_transfer_to_self');
  if (active.includes(to)) throw new DomainRuleViolation('already_a_participant', { userId: to });
  return {
    joins: [to],
    leaves: [{ userId: from, reason: 'transferred' }],
    notice: notice('conversation_transferred', { from, to }),
    contactNotice: { kind: 'conversation_transferred', subjectUserId: to },
    closesThread: false,
  };
}

/** A closed thread can be restarted as a new thread with the same contact, unless one is already open. */
export function checkRestart(status: ThreadStatus, contactHasOpenThread: boolean): void {
  if (status !== 'closed') throw new DomainRuleViolation('thread_not_closed');
  if (contactHasOpenThread) throw new DomainRuleViolation('open_thread_exists');
}

/** Inside the window a plain text reaches the contact; outside it only a template can. */
export function contactNoticeDelivery(lastInboundAt: Date | null, now: Date): 'text' | 'template' {
  return isWindowOpen(lastInboundAt, now) ? 'text' : 'template';
}

const NOT_NOTIFIED: Record<ContactNoticeKind, SystemNoticeCode> = {
  participant_added: 'contact_not_notified_participant_added',
  participant_removed: 'contact_not_notified_participant_removed',
  participant_left: 'contact_not_notified_participant_left',
  conversation_transferred: 'contact_not_notified_conversation_transferred',
};

/** The system message Teams users see when the contact could not be told about a membership change. */
export function contactNotNotifiedNotice(kind: ContactNoticeKind, subjectUserId: string): SystemNotice {
  return notice(NOT_NOTIFIED[kind], { userId: subjectUserId });
}
