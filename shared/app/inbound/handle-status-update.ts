import { applyReceipt } from '../../domain/messaging/delivery-status.js';
import type { AppDeps } from '../shared/app-deps.js';
import { publishStatus } from '../shared/publish.js';
import { recordDeliveryFailure } from '../messaging/record-delivery-failure.js';

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

/** A delivery receipt from WhatsApp: applied forward-only, whatever order and however often it arrives. */
export class HandleStatusUpdate {
  constructor(private readonly deps: AppDeps) {}

  async execute(update: StatusUpdate): Promise<StatusOutcome> {
    const tenantId = await this.deps.store.tenantOfPhoneNumber(update.phoneNumberId);
    if (!tenantId) return 'unknown_message';
    return this.deps.store.transaction(tenantId, async (tx) => {
      const found =
        (await tx.messageByWamid(update.wamid)) ??
        (update.correlationId ? await tx.message(update.correlationId) : null);
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
}
