import { applyReceipt } from '../../domain/messaging/delivery-status.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { MessageRecord } from '../../ports/conversation-records.js';
import type { AppDeps } from '../shared/app-deps.js';
import { publishStatus } from '../shared/publish.js';
import { recordSmsFailure } from './sms-failure.js';
import { SMS_FAILURE, type SmsDeliveryReport } from './sms-events.js';

export type DeliveryReportOutcome =
  'applied' | 'unchanged' | 'ignored' | 'unknown_message' | 'unknown_number';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function reportedMessage(tx: ConversationTx, report: SmsDeliveryReport): Promise<MessageRecord | null> {
  const byId = await tx.messageByWamid(report.messageId);
  if (byId) return byId;
  // The report overtook the commit of the provider's id: the tag is our message id.
  if (report.tag && UUID.test(report.tag)) {
    const tagged = await tx.message(report.tag);
    if (tagged?.direction === 'outbound') return tagged;
  }
  return null;
}

/** A carrier's delivery report: Delivered moves the message forward, Failed fails it with the details. */
export class HandleSmsDeliveryReport {
  constructor(private readonly deps: AppDeps) {}

  async execute(report: SmsDeliveryReport): Promise<DeliveryReportOutcome> {
    const status = report.deliveryStatus.toLowerCase();
    if (status !== 'delivered' && status !== 'failed') return 'ignored';
    const tenantId = await this.deps.store.tenantOfSmsNumber(report.from);
    if (!tenantId) return 'unknown_number';
    return this.deps.store.transaction(tenantId, async (tx) => {
      const found = await reportedMessage(tx, report);
      if (!found) return 'unknown_message';
      const thread = await tx.threadForUpdate(found.threadId);
      const message = thread ? await tx.messageForUpdate(found.id) : null;
      if (!thread || !message) return 'unknown_message';
      if (status === 'failed') {
        const failed = await recordSmsFailure(tx, this.deps, thread, message, {
          code: SMS_FAILURE.deliveryFailed,
          title: report.details ?? 'Failed',
          at: report.receivedAt,
        });
        if (failed && !message.wamid) await tx.updateMessage(message.id, { wamid: report.messageId });
        return failed ? 'applied' : 'unchanged';
      }
      const delivered = applyReceipt(message, { status: 'delivered', at: report.receivedAt });
      if (!delivered && message.wamid) return 'unchanged';
      const updated = await tx.updateMessage(message.id, {
        ...(delivered ?? {}),
        wamid: message.wamid ?? report.messageId,
      });
      if (delivered) await publishStatus(tx, updated);
      return delivered ? 'applied' : 'unchanged';
    });
  }
}
