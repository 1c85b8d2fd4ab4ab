import type { ConversationTx } from '../../ports/conversation-store.js';
import type { MessageRecord, ThreadRecord } from '../../ports/conversation-records.js';

export async function publishMessage(
  tx: ConversationTx,
  message: MessageRecord,
  audience: readonly string[],
) {
  await tx.publish({
    type: 'message.created',
    threadId: message.threadId,
    audience,
    payload: { messageId: message.id, direction: message.direction, status: message.status },
  });
}

export async function publishStatus(tx: ConversationTx, message: MessageRecord) {
  const participants = await tx.activeParticipants(message.threadId);
  await tx.publish({
    type: 'message.status',
    threadId: message.threadId,
    audience: participants.map((p) => p.userId),
    payload: { messageId: message.id, status: message.status },
  });
}

export async function publishThreadState(tx: ConversationTx, thread: ThreadRecord) {
  const participants = await tx.activeParticipants(thread.id);
  await tx.publish({
    type: 'thread.state',
    threadId: thread.id,
    audience: participants.map((p) => p.userId),
    payload: { status: thread.status, resumeState: thread.resumeState },
  });
}

/** The user's read marker moved: for that user's own tabs and devices only. */
export async function publishThreadRead(
  tx: ConversationTx,
  read: { threadId: string; userId: string; lastReadMessageId: string; unreadCount: number },
) {
  await tx.publish({
    type: 'thread.read',
    threadId: read.threadId,
    audience: [read.userId],
    payload: { lastReadMessageId: read.lastReadMessageId, unreadCount: read.unreadCount },
  });
}
