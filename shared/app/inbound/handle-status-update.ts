import { applyReceipt } from '../../domain/messaging/delivery-status.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { MessageRecord } from '../../ports/conversation-records.js';
import type { AppDeps } from '../shared/app-deps.js';
import { publishStatus } from '../shared/publish.js';
import { recordDeliveryFailure } from '../messaging/record-delivery-failure.js';
import { indexesBy } from '../shared/indexes-by.js';

export interface StatusUpdate {
  readonly phoneNumberId: string;
  readonly wamid: string;
  readonly status: 'sent' | 'delivered' | 'read' | 'failed';
  readonly timestamp: Date;
  /** biz_opaque_callback_data: our message id, echoed by WhatsApp. */
  readonly correlationId: string | null;
  readonly error: { readonly code: number; readonly title: string } | null;
}

export type StatusOutcome = 'applied' | 'unchanged' | 'unknown_message';

/** One receipt of a batch: what became of it, or why it could not be applied (it is then tried again). */
export type BatchedStatusOutcome = { readonly outcome: StatusOutcome } | { readonly error: unknown };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** biz_opaque_callback_data is ours only when it is one of our message ids. */
function ourMessageId(update: StatusUpdate): string | null {
  return update.correlationId && UUID.test(update.correlationId) ? update.correlationId : null;
}

/** A delivery receipt from WhatsApp: applied forward-only, whatever order and however often it arrives. */
export class HandleStatusUpdate {
  constructor(private readonly deps: AppDeps) {}

  async execute(update: StatusUpdate): Promise<StatusOutcome> {
    const tenantId = await this.deps.store.tenantOfPhoneNumber(update.phoneNumberId);
    if (!tenantId) return 'unknown_message';
    return this.deps.store.transaction(tenantId, async (tx) => {
      const ours = ourMessageId(update);
      const found = (await tx.messageByWamid(update.wamid)) ?? (ours ? await tx.message(ours) : null);
      if (!found || found.direction !== 'outbound') return 'unknown_message';
      const thread = await tx.threadForUpdate(found.threadId);
      const message = await tx.messageForUpdate(found.id);
      if (!thread || !message) return 'unknown_message';
      // A held message's old wamid: WhatsApp is still reporting the attempt that failed.
      if (message.wamid && message.wamid !== update.wamid) return 'unchanged';

      if (update.status === 'failed') {
        const before = message.status;
        await recordDeliveryFailure(tx, this.deps, thread, message, {
          code: update.error?.code ?? 0,
          title: update.error?.title ?? 'Unknown error',
          at: update.timestamp,
          wamid: update.wamid,
        });
        const after = await tx.message(message.id);
        return after?.status !== before ? 'applied' : 'unchanged';
      }

      const next = applyReceipt(message, { status: update.status, at: update.timestamp });
      if (!next && message.wamid) return 'unchanged';
      const updated = await tx.updateMessage(message.id, { ...(next ?? {}), wamid: update.wamid });
      if (next) await publishStatus(tx, updated);
      return next ? 'applied' : 'unchanged';
    });
  }

  /**
   * Many receipts at once (WhatsApp sends sent, delivered and read for every message): one transaction per
   * tenant locks every message they name and writes them in one statement, with the same rules as one by
   * one. Failures change threads and queues, so they go one by one through execute().
   */
  async executeMany(updates: readonly StatusUpdate[]): Promise<BatchedStatusOutcome[]> {
    const outcomes: BatchedStatusOutcome[] = updates.map(() => ({ outcome: 'unknown_message' }));
    const tenants: (string | null)[] = [];
    for (const [i, update] of updates.entries()) {
      tenants.push(null);
      try {
        if (update.status === 'failed') outcomes[i] = { outcome: await this.execute(update) };
        else tenants[i] = await this.deps.store.tenantOfPhoneNumber(update.phoneNumberId);
      } catch (error) {
        outcomes[i] = { error };
      }
    }
    for (const [tenantId, indexes] of indexesBy(updates, (_, i) => tenants[i] ?? null)) {
      if (tenantId === null) continue;
      try {
        // Receipts come as jobs, completed durably after this commit; a crash before redoes them.
        const applied = await this.deps.store.transaction(
          tenantId,
          (tx) =>
            applyReceipts(
              tx,
              indexes.map((i) => updates[i] as StatusUpdate),
            ),
          { durability: 'redone-if-lost' },
        );
        indexes.forEach((i, k) => (outcomes[i] = { outcome: applied[k] ?? 'unknown_message' }));
      } catch (error) {
        for (const i of indexes) outcomes[i] = { error };
      }
    }
    return outcomes;
  }
}

/** Sent, delivered and read receipts applied in arrival order to the messages they name, in one transaction. */
async function applyReceipts(tx: ConversationTx, updates: readonly StatusUpdate[]): Promise<StatusOutcome[]> {
  const ids = updates.map(ourMessageId).filter((id) => id !== null);
  const locked = await tx.outboundMessagesForUpdate(
    updates.map((update) => update.wamid),
    ids,
  );
  const current = new Map(locked.map((message) => [message.id, message]));
  const idOfWamid = new Map(
    locked.flatMap((message) => (message.wamid ? [[message.wamid, message.id]] : [])),
  );
  const changed = new Set<string>();
  const published = new Set<string>();
  const outcomes = updates.map((update): StatusOutcome => {
    if (update.status === 'failed') return 'unknown_message';
    const id = idOfWamid.get(update.wamid) ?? ourMessageId(update);
    const message = id ? current.get(id) : undefined;
    if (!message) return 'unknown_message';
    // A held message's old wamid: WhatsApp is still reporting the attempt that failed.
    if (message.wamid && message.wamid !== update.wamid) return 'unchanged';
    const next = applyReceipt(message, { status: update.status, at: update.timestamp });
    if (!next && message.wamid) return 'unchanged';
    const updated: MessageRecord = { ...message, ...(next ?? {}), wamid: update.wamid };
    current.set(message.id, updated);
    idOfWamid.set(update.wamid, message.id);
    changed.add(message.id);
    if (next) published.add(message.id);
    return next ? 'applied' : 'unchanged';
  });
  const saved = [...changed].flatMap((id) => current.get(id) ?? []);
  await tx.saveDeliveries(saved);
  const statuses = saved.filter((message) => published.has(message.id));
  await tx.preloadParticipants(statuses.map((message) => message.threadId));
  for (const message of statuses) await publishStatus(tx, message);
  return outcomes;
}
