import {
  contactNoticeDelivery,
  contactNotNotifiedNotice,
  type MembershipChange,
} from '../../domain/group/participants.js';
import { DomainRuleViolation } from '../../domain/shared/domain-error.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { ThreadRecord } from '../../ports/conversation-records.js';
import { contactText } from '../../i18n/contact-texts.js';
import { resolveLocale } from '../../i18n/locales.js';
import { dispatchNew } from '../messaging/outbound-queue.js';
import type { AppDeps } from '../shared/app-deps.js';
import { postNotice } from '../shared/notices.js';
import { publishThreadState } from '../shared/publish.js';
import { connectorTemplate } from '../shared/templates.js';

/** Records who joined and left, posts the system message, and tells the contact (or says it could not). */
export async function applyMembershipChange(
  tx: ConversationTx,
  deps: AppDeps,
  thread: ThreadRecord,
  change: MembershipChange,
  actorUserId: string,
): Promise<ThreadRecord> {
  const now = deps.clock.now();
  for (const userId of change.joins) await tx.addParticipant(thread.id, userId, now, actorUserId);
  // Posted before anyone leaves, so the people who leave see it in their history too.
  await postNotice(tx, deps, thread, change.notice, actorUserId);
  for (const leave of change.leaves)
    await tx.removeParticipant(
      thread.id,
      leave.userId,
      now,
      leave.reason,
      leave.reason === 'left' ? null : actorUserId,
    );
  await tx.publish({
    type: 'thread.participants',
    threadId: thread.id,
    audience: [
      ...(await tx.activeParticipants(thread.id)).map((p) => p.userId),
      ...change.leaves.map((l) => l.userId),
    ],
    payload: { joins: [...change.joins], leaves: change.leaves.map((l) => l.userId) },
  });
  await tellContact(tx, deps, thread, change, actorUserId);
  if (!change.closesThread) return thread;
  const closed: ThreadRecord = {
    ...thread,
    status: 'closed',
    closedAt: now,
    closedReason: 'all_participants_left',
  };
  await tx.updateThread(closed);
  await publishThreadState(tx, closed);
  return closed;
}

async function tellContact(
  tx: ConversationTx,
  deps: AppDeps,
  thread: ThreadRecord,
  change: MembershipChange,
  actorUserId: string,
): Promise<void> {
  const consent = await tx.consentForUpdate(thread.phoneNumberId, thread.contactId);
  // Without consent the business may not write to the contact at all, not even about this.
  if (consent.state !== 'granted') return;
  const { kind, subjectUserId } = change.contactNotice;
  const subject = await tx.user(subjectUserId);
  const name = subject?.displayName ?? '';
  const draft = {
    id: deps.ids.newId(),
    threadId: thread.id,
    purpose: 'participant_notice' as const,
    senderUserId: actorUserId,
    systemParams: { noticeKind: kind, subjectUserId },
  };
  if (contactNoticeDelivery(thread.lastInboundAt, deps.clock.now()) === 'text') {
    const tenant = await tx.tenant();
    await dispatchNew(tx, deps, {
      ...draft,
      kind: 'text',
      body: contactText(resolveLocale(tenant?.locale), kind, { name }),
    });
    return;
  }
  try {
    const template = await connectorTemplate(tx, kind, [name]);
    await dispatchNew(tx, deps, { ...draft, kind: 'template', template });
  } catch (error) {
    if (!(error instanceof DomainRuleViolation)) throw error;
    // No usable template: the contact cannot be told, so the participants must be.
    await postNotice(tx, deps, thread, contactNotNotifiedNotice(kind, subjectUserId), null);
  }
}
