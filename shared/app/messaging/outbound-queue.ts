import { queueFlushOrder } from '../../domain/messaging/outbound-queue.js';
import { notice } from '../../domain/thread/system-notice.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { MessageRecord, NewMessage, ThreadRecord } from '../../ports/conversation-records.js';
import type { AppDeps } from '../shared/app-deps.js';
import { JOB } from '../shared/job-kinds.js';
import { postNotice } from '../shared/notices.js';
import { publishMessage, publishStatus } from '../shared/publish.js';
import { connectorTemplate } from '../shared/templates.js';
import { outboundMessage, type OutboundDraft } from '../shared/message-factory.js';

/**
 * Schedules the message's dispatch once per time it enters `sending` (its sendingAt): the chain may be
 * carried to it twice (a new message finds the chain ended while the dispatcher hands on the one before,
 * after a receipt overtook it), and two live jobs for one message would send it twice.
 */
export async function scheduleDispatch(
  tx: ConversationTx,
  deps: AppDeps,
  message: MessageRecord,
): Promise<void> {
  await tx.scheduleJob({
    kind: JOB.dispatchMessage,
    payload: { messageId: message.id },
    runAt: deps.clock.now(),
    dedupeKey: `${JOB.dispatchMessage}:${message.id}:${message.sendingAt?.getTime() ?? 0}`,
  });
}

async function publishNew(tx: ConversationTx, saved: MessageRecord): Promise<void> {
  const participants = await tx.activeParticipants(saved.threadId);
  await publishMessage(
    tx,
    saved,
    participants.map((p) => p.userId),
  );
}

async function insertOutbound(tx: ConversationTx, message: NewMessage): Promise<MessageRecord> {
  const saved = await tx.insertMessage(message);
  await publishNew(tx, saved);
  return saved;
}

/**
 * Starts the thread's dispatch chain at `candidate` unless one is already running. A thread has at most one
 * live dispatch job: the oldest message not yet handed to WhatsApp; each dispatch schedules the next when it
 * is done. Two jobs for one message could both pass the readiness check and send it twice.
 */
async function startChainAt(
  tx: ConversationTx,
  deps: AppDeps,
  threadId: string,
  candidates: ReadonlySet<string>,
): Promise<void> {
  const oldest = await tx.oldestUndispatched(threadId);
  if (oldest && candidates.has(oldest.id)) await scheduleDispatch(tx, deps, oldest);
}

/** Records the message and hands it to the dispatcher in the same transaction (the outbox). */
export async function dispatchNew(
  tx: ConversationTx,
  deps: AppDeps,
  draft: OutboundDraft,
): Promise<MessageRecord> {
  const { message: saved, behindOlder } = await tx.insertOutbound(
    outboundMessage(draft, 'sending', deps.clock.now()),
  );
  await publishNew(tx, saved);
  // An older message still on its way carries the chain to this one.
  if (!behindOlder) await scheduleDispatch(tx, deps, saved);
  return saved;
}

/** Records the message as pending: it goes out when consent arrives or the contact resumes. */
export async function holdNew(
  tx: ConversationTx,
  deps: AppDeps,
  draft: OutboundDraft,
): Promise<MessageRecord> {
  return insertOutbound(tx, outboundMessage(draft, 'pending', deps.clock.now()));
}

/** Sends every held message of the thread, oldest first. Returns how many went out. */
export async function flushQueue(tx: ConversationTx, deps: AppDeps, thread: ThreadRecord): Promise<number> {
  const held = queueFlushOrder(await tx.pendingMessages(thread.id));
  const now = deps.clock.now();
  for (const message of held) {
    const updated = await tx.updateMessage(message.id, { status: 'sending', sendingAt: now });
    await publishStatus(tx, updated);
  }
  if (held.length > 0) await startChainAt(tx, deps, thread.id, new Set(held.map((m) => m.id)));
  return held.length;
}

/**
 * The contact's window is open again (they wrote, tapped Resume or opted in): send what was held and tell
 * the participants: how many queued messages went out, or that they can continue.
 */
export async function resumeConversation(
  tx: ConversationTx,
  deps: AppDeps,
  thread: ThreadRecord,
): Promise<ThreadRecord> {
  const delivered = await flushQueue(tx, deps, thread);
  const resumed: ThreadRecord = { ...thread, resumeState: null, resumeRequestedAt: null };
  await postNotice(
    tx,
    deps,
    resumed,
    delivered > 0 ? notice('conversation_resumed', { delivered }) : notice('can_continue'),
    null,
  );
  return resumed;
}

/** Asks the contact to resume with the approved quick-reply template; sent once per pause. */
export async function requestResume(
  tx: ConversationTx,
  deps: AppDeps,
  thread: ThreadRecord,
  actorUserId: string | null,
): Promise<ThreadRecord> {
  const template = await connectorTemplate(tx, 'resume', []);
  await dispatchNew(tx, deps, {
    id: deps.ids.newId(),
    threadId: thread.id,
    purpose: 'resume',
    kind: 'template',
    senderUserId: actorUserId,
    template,
  });
  const requested: ThreadRecord = {
    ...thread,
    resumeState: 'requested',
    resumeRequestedAt: deps.clock.now(),
  };
  await postNotice(tx, deps, requested, notice('resume_requested'), actorUserId);
  return requested;
}
