import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import {
  ContactNumberTaken,
  type ContactChanges,
  type ContactDeletion,
  type ContactDirectory,
  type ContactEntry,
  type ContactSearch,
  type NewContactEntry,
} from '../../../ports/contact-directory.js';
import type { Database } from '../database.js';
import { contacts, threads, type ContactRow } from '../schema.js';
import { postgresErrorCode } from '../reads/postgres-error-code.js';

const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';

function toEntry(row: ContactRow): ContactEntry {
  return {
    id: row.id,
    displayName: row.displayName,
    phoneE164: row.phoneE164,
    email: row.email,
    whatsappName: row.whatsappName,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** `%`, `_` and `\` typed by a user match themselves. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The ContactDirectory port on PostgreSQL or PGlite. */
export class DrizzleContactDirectory implements ContactDirectory {
  constructor(private readonly database: Database) {}

  async search(tenantId: string, search: ContactSearch): Promise<ContactEntry[]> {
    const text = search.text?.trim() ?? '';
    const conditions: SQL[] = [];
    if (text) {
      conditions.push(ilike(contacts.displayName, likePattern(text)));
      conditions.push(ilike(contacts.whatsappName, likePattern(text)));
      const digits = text.replace(/\D/g, '');
      if (digits.length >= 2) conditions.push(ilike(contacts.phoneE164, likePattern(digits)));
    }
    const rows = await this.database.db
      .select()
      .from(contacts)
      .where(and(eq(contacts.tenantId, tenantId), conditions.length ? or(...conditions) : undefined))
      .orderBy(asc(sql`lower(${contacts.displayName})`), asc(contacts.id))
      .limit(search.limit);
    return rows.map(toEntry);
  }

  async get(tenantId: string, contactId: string): Promise<ContactEntry | null> {
    const [row] = await this.database.db
      .select()
      .from(contacts)
      .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, contactId)));
    return row ? toEntry(row) : null;
  }

  async create(tenantId: string, contact: NewContactEntry): Promise<ContactEntry> {
    try {
      const [row] = await this.database.db
        .insert(contacts)
        .values({ tenantId, ...contact })
        .returning();
      if (!row) throw new Error('insert returned no row');
      return toEntry(row);
    } catch (error) {
      if (postgresErrorCode(error) === UNIQUE_VIOLATION) throw new ContactNumberTaken(contact.phoneE164);
      throw error;
    }
  }

  async update(tenantId: string, contactId: string, changes: ContactChanges): Promise<ContactEntry | null> {
    if (Object.keys(changes).length === 0) return this.get(tenantId, contactId);
    try {
      const [row] = await this.database.db
        .update(contacts)
        .set({ ...changes, updatedAt: new Date() })
        .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, contactId)))
        .returning();
      return row ? toEntry(row) : null;
    } catch (error) {
      if (postgresErrorCode(error) === UNIQUE_VIOLATION && changes.phoneE164)
        throw new ContactNumberTaken(changes.phoneE164);
      throw error;
    }
  }

  async delete(tenantId: string, contactId: string): Promise<ContactDeletion> {
    return this.database.transaction(async ({ db }) => {
      const [contact] = await db
        .select({ id: contacts.id })
        .from(contacts)
        .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, contactId)))
        .for('update');
      if (!contact) return 'not_found';
      const history = await db
        .select({ status: threads.status })
        .from(threads)
        .where(and(eq(threads.tenantId, tenantId), eq(threads.contactId, contactId)));
      if (history.some((t) => t.status === 'open')) return 'open_thread';
      if (history.length > 0) return 'has_history';
      try {
        await db.delete(contacts).where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, contactId)));
      } catch (error) {
        // Consent evidence or SMS state still names the contact: it is kept, and so is the contact.
        if (postgresErrorCode(error) === FOREIGN_KEY_VIOLATION) return 'has_history';
        throw error;
      }
      return 'deleted';
    });
  }
}
