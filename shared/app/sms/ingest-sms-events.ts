import type { AppDeps } from '../shared/app-deps.js';
import { JOB } from '../shared/job-kinds.js';
import { TenantJobBatch } from '../shared/tenant-job-batch.js';
import type { InboundSms, SmsDeliveryReport } from './sms-events.js';

export interface SmsEventItems {
  readonly inbound: readonly InboundSms[];
  readonly deliveryReports: readonly SmsDeliveryReport[];
}

export interface SmsIngestOutcome {
  readonly accepted: number;
  /** Events for a number no tenant sends from: acknowledged (Event Grid would retry for a day) and dropped. */
  readonly unrouted: number;
}

/** The job key of an SMS event: Event Grid's redeliveries of it never add a second job. */
export function smsEventKey(
  event: { kind: 'inbound'; messageId: string } | { kind: 'report'; messageId: string; status: string },
): string {
  return event.kind === 'inbound' ? `sms:in:${event.messageId}` : `sms:dr:${event.messageId}:${event.status}`;
}

/**
 * Makes SMS events durable before the webhook answers: each becomes a job of the tenant owning the business
 * number, keyed by the provider's message id, the kind and the status.
 */
export class IngestSmsEvents {
  constructor(private readonly deps: AppDeps) {}

  async execute(items: SmsEventItems): Promise<SmsIngestOutcome> {
    const batch = new TenantJobBatch((number) => this.deps.store.tenantOfSmsNumber(number));
    for (const sms of items.inbound)
      await batch.addForNumber(
        sms.to,
        JOB.applySmsInbound,
        sms,
        smsEventKey({ kind: 'inbound', messageId: sms.messageId }),
      );
    for (const report of items.deliveryReports)
      await batch.addForNumber(
        report.from,
        JOB.applySmsDeliveryReport,
        report,
        smsEventKey({ kind: 'report', messageId: report.messageId, status: report.deliveryStatus }),
      );
    const accepted = await batch.store(this.deps.store, this.deps.clock.now());
    return { accepted, unrouted: batch.unrouted };
  }
}
