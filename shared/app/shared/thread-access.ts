import type { ConversationTx } from '../../ports/conversation-store.js';
import type { ParticipantRecord, ThreadRecord } from '../../ports/conversation-records.js';
import { NotEnabled, NotFound } from './app-errors.js';

export interface ThreadForParticipant {
  readonly thread: ThreadRecord;
  readonly participants: ParticipantRecord[];
}

/** Locks the thread for the caller; someone who is not a participant learns nothing about it. */
export async function lockThreadAsParticipant(
  tx: ConversationTx,
  threadId: string,
  userId: string,
): Promise<ThreadForParticipant> {
  const thread = await tx.threadForUpdate(threadId);
  if (!thread) throw new NotFound('thread');
  const participants = await tx.activeParticipants(threadId);
  if (!participants.some((p) => p.userId === userId)) throw new NotFound('thread');
  return { thread, participants };
}

/** Locks a thread for someone who is or was in it: history, and restarting a closed thread. */
export async function lockThreadAsFormerParticipant(
  tx: ConversationTx,
  threadId: string,
  userId: string,
): Promise<ThreadRecord> {
  const thread = await tx.threadForUpdate(threadId);
  if (!thread || !(await tx.wasParticipant(threadId, userId))) throw new NotFound('thread');
  return thread;
}

/** The org must have enabled WhatsApp with a sender number, and the user must hold a licence. */
export async function requireWhatsAppSender(tx: ConversationTx, userId: string): Promise<string> {
  const tenant = await tx.tenant();
  if (!tenant) throw new NotFound('tenant');
  if (!tenant.whatsappEnabled) throw new NotEnabled('tenant');
  if (!tenant.senderPhoneNumberId) throw new NotEnabled('sender_number');
  const user = await tx.user(userId);
  if (!user) throw new NotFound('user');
  if (!user.whatsappLicensed) throw new NotEnabled('licence');
  return tenant.senderPhoneNumberId;
}
