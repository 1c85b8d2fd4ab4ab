import type { AppDeps } from '../shared/app-deps.js';
import { JOB } from '../shared/job-kinds.js';
import type { InboundMessage } from './handle-inbound-message.js';
import type { StatusUpdate } from './handle-status-update.js';
import { templateEventKey, type TemplateEvent } from '../templates/template-event.js';

export interface WebhookItems {
  readonly inbound: readonly InboundMessage[];
  readonly statuses: readonly StatusUpdate[];
  readonly templateStatusUpdates?: readonly TemplateEvent[];
}

export interface IngestOutcome {
  readonly accepted: number;
  /** Items for a business number no tenant owns: acknowledged (Meta would retry for days) and dropped. */
  readonly unrouted: number;
}

/**
 * Makes a verified webhook durable before it is acknowledged: each message and status becomes a job, keyed
 * so that Meta's redeliveries never add a second one. The jobs apply them through the engine's use cases.
 */
export class IngestWebhook {
  constructor(private readonly deps: AppDeps) {}

  async execute(items: WebhookItems): Promise<IngestOutcome> {
    const byTenant = new Map<
      string,
      { kind: string; payload: Record<string, unknown>; dedupeKey: string }[]
    >();
    let unrouted = 0;
    const tenants = new Map<string, string | null>();
    const tenantOf = async (phoneNumberId: string) => {
      if (!tenants.has(phoneNumberId))
        tenants.set(phoneNumberId, await this.deps.store.tenantOfPhoneNumber(phoneNumberId));
      return tenants.get(phoneNumberId) ?? null;
    };
    const add = async (phoneNumberId: string, kind: string, payload: object, dedupeKey: string) => {
      const tenantId = await tenantOf(phoneNumberId);
      if (!tenantId) {
        unrouted++;
        return;
      }
      const jobs = byTenant.get(tenantId) ?? [];
      jobs.push({ kind, payload: { ...payload }, dedupeKey });
      byTenant.set(tenantId, jobs);
    };
    for (const message of items.inbound)
      await add(message.phoneNumberId, JOB.applyInbound, message, `wa:in:${message.wamid}`);
    for (const status of items.statuses)
      await add(status.phoneNumberId, JOB.applyStatus, status, `wa:st:${status.wamid}:${status.status}`);
    for (const event of items.templateStatusUpdates ?? []) {
      // Templates belong to the business account, which may serve several tenants' numbers.
      const owners = await this.deps.store.tenantsOfBusinessAccount(event.wabaId);
      if (owners.length === 0) unrouted++;
      for (const tenantId of owners) {
        const jobs = byTenant.get(tenantId) ?? [];
        jobs.push({
          kind: JOB.applyTemplateEvent,
          payload: { ...event },
          dedupeKey: templateEventKey(event),
        });
        byTenant.set(tenantId, jobs);
      }
    }

    const now = this.deps.clock.now();
    let accepted = 0;
    for (const [tenantId, jobs] of byTenant) {
      await this.deps.store.scheduleJobs(
        tenantId,
        jobs.map((job) => ({ ...job, runAt: now })),
      );
      accepted += jobs.length;
    }
    return { accepted, unrouted };
  }
}

/** Jobs carry their payload as JSON: the dates come back as strings. */
export function inboundFromJob(payload: unknown): InboundMessage {
  const message = payload as InboundMessage & { timestamp: string };
  return { ...message, timestamp: new Date(message.timestamp) };
}

export function statusFromJob(payload: unknown): StatusUpdate {
  const status = payload as StatusUpdate & { timestamp: string };
  return { ...status, timestamp: new Date(status.timestamp) };
}
