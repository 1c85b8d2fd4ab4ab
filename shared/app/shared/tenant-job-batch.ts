import type { ConversationStore } from '../../ports/conversation-store.js';

interface JobDraft {
  readonly kind: string;
  readonly payload: Record<string, unknown>;
  readonly dedupeKey: string;
}

/**
 * Webhook events grouped by the tenant that owns their business number, to be stored as jobs in one write
 * per tenant. Events for a number no tenant owns are counted as unrouted: acknowledged (the provider would
 * redeliver them for days) and dropped.
 */
export class TenantJobBatch {
  private readonly byTenant = new Map<string, JobDraft[]>();
  private readonly owners = new Map<string, string | null>();
  private unroutedCount = 0;

  constructor(private readonly ownerOf: (number: string) => Promise<string | null>) {}

  get unrouted(): number {
    return this.unroutedCount;
  }

  /** A job for the tenant owning `number` (looked up once per batch). */
  async addForNumber(number: string, kind: string, payload: object, dedupeKey: string): Promise<void> {
    if (!this.owners.has(number)) this.owners.set(number, await this.ownerOf(number));
    const tenantId = this.owners.get(number);
    if (tenantId) this.addForTenant(tenantId, kind, payload, dedupeKey);
    else this.unroutedCount++;
  }

  addForTenant(tenantId: string, kind: string, payload: object, dedupeKey: string): void {
    const jobs = this.byTenant.get(tenantId) ?? [];
    jobs.push({ kind, payload: { ...payload }, dedupeKey });
    this.byTenant.set(tenantId, jobs);
  }

  countUnrouted(): void {
    this.unroutedCount++;
  }

  /** Stores every job, due now; answers how many were handed over (duplicates included). */
  async store(store: ConversationStore, now: Date): Promise<number> {
    let accepted = 0;
    for (const [tenantId, jobs] of this.byTenant) {
      await store.scheduleJobs(
        tenantId,
        jobs.map((job) => ({ ...job, runAt: now })),
      );
      accepted += jobs.length;
    }
    return accepted;
  }
}
