import { eq } from 'drizzle-orm';
import type { JobRequest } from '../../../ports/conversation-records.js';
import type {
  ConversationStore,
  ConversationTx,
  TransactionOptions,
} from '../../../ports/conversation-store.js';
import { JOBS_CHANNEL } from '../jobs/enqueue-job.js';
import type { Database } from '../database.js';
import { tenants } from '../schema.js';
import { SQL } from './hot-statements.js';
import { CoalescedJobWrites, jobRowsOf } from './coalesced-job-writes.js';

/** How long a number's owner is remembered: numbers move between tenants only by an admin's hand. */
const TENANT_CACHE_MS = 30_000;
import { DrizzleConversationTx } from './drizzle-conversation-tx.js';

/** The ConversationStore port on PostgreSQL or PGlite. */
export class DrizzleConversationStore implements ConversationStore {
  private readonly owners = new Map<string, { tenantId: string; until: number }>();
  // One prepared statement: atomic without BEGIN/COMMIT round trips; the NOTIFY is sent when it commits.
  private readonly jobWrites = new CoalescedJobWrites(async (rows) => {
    await this.database.query(SQL.scheduleJobs, [JSON.stringify(rows), JOBS_CHANNEL]);
  });

  constructor(private readonly database: Database) {}

  transaction<T>(
    tenantId: string,
    work: (tx: ConversationTx) => Promise<T>,
    options?: TransactionOptions,
  ): Promise<T> {
    return this.database.transaction(
      async (handle) => {
        const tx = new DrizzleConversationTx(handle, tenantId);
        const result = await work(tx);
        await tx.flush();
        return result;
      },
      { waitForDisk: options?.durability !== 'redone-if-lost' },
    );
  }

  async tenantOfPhoneNumber(phoneNumberId: string): Promise<string | null> {
    const known = this.owners.get(phoneNumberId);
    if (known && known.until > Date.now()) return known.tenantId;
    const owner = await this.lookUpOwner(phoneNumberId);
    if (owner) this.owners.set(phoneNumberId, { tenantId: owner, until: Date.now() + TENANT_CACHE_MS });
    return owner;
  }

  scheduleJobs(tenantId: string, requests: readonly JobRequest[]): Promise<void> {
    return this.jobWrites.add(jobRowsOf(tenantId, requests));
  }

  private async lookUpOwner(phoneNumberId: string): Promise<string | null> {
    const [row] = await this.database.db
      .select({ id: tenants.id })
      .from(tenants)
      .where(eq(tenants.senderPhoneNumberId, phoneNumberId))
      .limit(1);
    return row?.id ?? null;
  }

  async tenantOfSmsNumber(number: string): Promise<string | null> {
    const [row] = await this.database.db
      .select({ id: tenants.id })
      .from(tenants)
      .where(eq(tenants.smsFromNumber, number))
      .limit(1);
    return row?.id ?? null;
  }

  async tenantsOfBusinessAccount(wabaId: string): Promise<string[]> {
    const rows = await this.database.db
      .select({ id: tenants.id })
      .from(tenants)
      .where(eq(tenants.whatsappBusinessAccountId, wabaId));
    return rows.map((row) => row.id);
  }
}
