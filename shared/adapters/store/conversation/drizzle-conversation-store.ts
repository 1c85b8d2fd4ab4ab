import { eq } from 'drizzle-orm';
import type { ConversationStore, ConversationTx } from '../../../ports/conversation-store.js';
import type { Database } from '../database.js';
import { tenants } from '../schema.js';
import { DrizzleConversationTx } from './drizzle-conversation-tx.js';

/** The ConversationStore port on PostgreSQL or PGlite. */
export class DrizzleConversationStore implements ConversationStore {
  constructor(private readonly database: Database) {}

  transaction<T>(tenantId: string, work: (tx: ConversationTx) => Promise<T>): Promise<T> {
    return this.database.transaction(async (handle) => {
      const tx = new DrizzleConversationTx(handle, tenantId);
      const result = await work(tx);
      await tx.flush();
      return result;
    });
  }

  async tenantOfPhoneNumber(phoneNumberId: string): Promise<string | null> {
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
