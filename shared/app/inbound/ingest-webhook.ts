import type { AppDeps } from '../shared/app-deps.js';
import { JOB } from '../shared/job-kinds.js';
import { TenantJobBatch } from '../shared/tenant-job-batch.js';
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
    const batch = new TenantJobBatch((phoneNumberId) => this.deps.store.tenantOfPhoneNumber(phoneNumberId));
    for (const message of items.inbound)
      await batch.addForNumber(message.phoneNumberId, JOB.applyInbound, message, `wa:in:${message.wamid}`);
    for (const status of items.statuses)
      await batch.addForNumber(
        status.phoneNumberId,
        JOB.applyStatus,
        status,
        `wa:st:${status.wamid}:${status.status}`,
      );
    for (const event of items.templateStatusUpdates ?? []) {
      // Templates belong to the business account, which may serve several tenants' numbers.
      const owners = await this.deps.store.tenantsOfBusinessAccount(event.wabaId);
      if (owners.length === 0) batch.countUnrouted();
      for (const tenantId of owners)
        batch.addForTenant(tenantId, JOB.applyTemplateEvent, event, templateEventKey(event));
    }
    const accepted = await batch.store(this.deps.store, this.deps.clock.now());
    return { accepted, unrouted: batch.unrouted };
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
