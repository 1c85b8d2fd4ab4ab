import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ContactImport, ImportedContact } from '../../../ports/contact-import.js';
import type { NewContactEntry } from '../../../ports/contact-directory.js';
import type { Database } from '../database.js';
import { contacts } from '../schema.js';

/** The ContactImport port on PostgreSQL or PGlite, through the (tenant, phone) unique key of contacts. */
export class DrizzleContactImport implements ContactImport {
  constructor(private readonly database: Database) {}

  async idsByPhone(tenantId: string, phonesE164: readonly string[]): Promise<ReadonlyMap<string, string>> {
    if (phonesE164.length === 0) return new Map();
    const rows = await this.database.db
      .select({ id: contacts.id, phoneE164: contacts.phoneE164 })
      .from(contacts)
      .where(and(eq(contacts.tenantId, tenantId), inArray(contacts.phoneE164, [...new Set(phonesE164)])));
    return new Map(rows.flatMap((row) => (row.phoneE164 ? [[row.phoneE164, row.id] as const] : [])));
  }

  async upsertByPhone(tenantId: string, contact: NewContactEntry): Promise<ImportedContact> {
    const [row] = await this.database.db
      .insert(contacts)
      .values({ tenantId, ...contact })
      .onConflictDoUpdate({
        target: [contacts.tenantId, contacts.phoneE164],
        set: {
          email: sql`coalesce(${contacts.email}, excluded.email)`,
          updatedAt: sql`case when ${contacts.email} is null and excluded.email is not null then now() else ${contacts.updatedAt} end`,
        },
      })
      // xmax is 0 on a row this statement inserted, and set on one it updated.
      .returning({
        id: contacts.id,
        displayName: contacts.displayName,
        phoneE164: contacts.phoneE164,
        email: contacts.email,
        whatsappName: contacts.whatsappName,
        createdAt: contacts.createdAt,
        updatedAt: contacts.updatedAt,
        created: sql<boolean>`(xmax = 0)`,
      });
    if (!row) throw new Error('the contact upsert returned no row');
    const { created, ...entry } = row;
    return { contact: entry, created };
  }
}
