import { applyReceipt } from '../../domain/messaging/delivery-status.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { MessageRecord, ThreadRecord } from '../../ports/conversation-records.js';
import type { AppDeps } from '../shared/app-deps.js';
import { tellSenderMessageFailed } from '../shared/notices.js';
import { publishStatus } from '../shared/publish.js';

/**
 * An SMS did not arrive: the message says why, and its sender hears about it. The caller holds the thread
 * lock. False when the message had already failed or arrived (receipts only move forward).
 */
export async function recordSmsFailure(
  tx: ConversationTx,
  deps: AppDeps,
  thread: ThreadRecord,
  message: MessageRecord,
  failure: { readonly code: number; readonly title: string; readonly at: Date },
): Promise<boolean> {
  const failed = applyReceipt(message, { status: 'failed', ...failure });
  if (!failed) return false;
  const updated = await tx.updateMessage(message.id, failed);
  await publishStatus(tx, updated);
  await tellSenderMessageFailed(tx, deps, thread, message, failure.code);
  return true;
}
