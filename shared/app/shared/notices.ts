import { notice, type SystemNotice, type SystemNoticeCode } from '../../domain/thread/system-notice.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { MessageRecord, ThreadRecord } from '../../ports/conversation-records.js';
import type { AppDeps } from './app-deps.js';
import { JOB, type NotifyTeamsUserPayload } from './job-kinds.js';
import { systemMessage } from './message-factory.js';
import { publishMessage } from './publish.js';

/** Notices a participant should hear about in Teams even when the tab is closed. */
const TEAMS_WORTHY: ReadonlySet<SystemNoticeCode> = new Set<SystemNoticeCode>([
  'opt_in_reminder_available',
  'opt_in_granted',
  'opt_in_declined',
  'opted_out',
  'opt_in_failed_will_retry',
  'opt_in_failed_thread_closed',
  'contact_not_on_whatsapp',
  'resume_failed',
  'conversation_resumed',
  'can_continue',
  'participant_added',
  'participant_removed',
  'participant_left',
  'conversation_transferred',
  'contact_not_notified_participant_added',
  'contact_not_notified_participant_removed',
  'contact_not_notified_participant_left',
  'contact_not_notified_conversation_transferred',
  'message_failed',
]);

/** Posts a system message in the thread, shows it live, and queues a Teams notice for the others. */
export async function postNotice(
  tx: ConversationTx,
  deps: AppDeps,
  thread: ThreadRecord,
  notice: SystemNotice,
  actorUserId: string | null,
): Promise<MessageRecord> {
  const message = await tx.insertMessage(systemMessage(deps.ids.newId(), thread.id, notice, actorUserId));
  const participants = await tx.activeParticipants(thread.id);
  await publishMessage(
    tx,
    message,
    participants.map((p) => p.userId),
  );
  if (TEAMS_WORTHY.has(notice.code)) {
    for (const { userId } of participants) {
      if (userId === actorUserId) continue;
      await notifyTeamsUser(tx, deps, { userId, threadId: thread.id, noticeMessageId: message.id });
    }
  }
  return message;
}

/** A Teams notice that is not a thread message (e.g. "your message failed" to its sender). */
export async function notifyTeamsUser(
  tx: ConversationTx,
  deps: AppDeps,
  payload: NotifyTeamsUserPayload,
): Promise<void> {
  await tx.scheduleJob({
    kind: JOB.notifyTeamsUser,
    payload: { ...payload },
    runAt: deps.clock.now(),
    dedupeKey: `notify:${payload.noticeMessageId}:${payload.userId}`,
  });
}

/** A message of `sender` failed: the thread says so, and the sender hears about it in Teams. */
export async function tellSenderMessageFailed(
  tx: ConversationTx,
  deps: AppDeps,
  thread: ThreadRecord,
  message: MessageRecord,
  code: number,
): Promise<void> {
  if (!message.senderUserId) return;
  const note = await postNotice(
    tx,
    deps,
    thread,
    notice('message_failed', { messageId: message.id, code }),
    message.senderUserId,
  );
  await notifyTeamsUser(tx, deps, {
    userId: message.senderUserId,
    threadId: thread.id,
    noticeMessageId: note.id,
  });
}
