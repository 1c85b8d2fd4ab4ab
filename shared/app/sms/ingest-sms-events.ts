import type { AppDeps } from '../shared/app-deps.js';
import { JOB } from '../shared/job-kinds.js';
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
    const byTenant = new Map<
      string,
      { kind: string; payload: Record<string, unknown>; dedupeKey: string }[]
    >();
    const tenants = new Map<string, string | null>();
    let unrouted = 0;
    const add = async (number: string, kind: string, payload: object, dedupeKey: string) => {
      if (!tenants.has(number)) tenants.set(number, await this.deps.store.tenantOfSmsNumber(number));
      const tenantId = tenants.get(number);
      if (!tenantId) {
        unrouted++;
        return;
      }
      const jobs = byTenant.get(tenantId) ?? [];
      jobs.push({ kind, payload: { ...payload }, dedupeKey });
      byTenant.set(tenantId, jobs);
    };
    for (const sms of items.inbound)
      await add(sms.to, JOB.applySmsInbound, sms, smsEventKey({ kind: 'inbound', messageId: sms.messageId }));
    for (const report of items.deliveryReports)
      await add(
        report.from,
        JOB.applySmsDeliveryReport,
        report,
        smsEventKey({ kind: 'report', messageId: report.messageId, status: report.deliveryStatus }),
      );
    const now = this.deps.clock.now();
    let accepted = 0;
    for (const [tenantId, jobs] of byTenant) {
      await this.deps.store.transaction(tenantId, async (tx) => {
        for (const job of jobs) await tx.scheduleJob({ ...job, runAt: now });
      });
      accepted += jobs.length;
    }
    return { accepted, unrouted };
  }
}
