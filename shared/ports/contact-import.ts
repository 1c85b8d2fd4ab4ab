import type { ContactEntry, NewContactEntry } from './contact-directory.js';

export interface ImportedContact {
  readonly contact: ContactEntry;
  /** False when the tenant already had a contact with this number: it is kept, never duplicated. */
  readonly created: boolean;
}

/** Bringing contacts from elsewhere (Outlook) into the tenant's address book, one per phone number. */
export interface ContactImport {
  /** The ids of the tenant's contacts with these numbers (E.164), by number. */
  idsByPhone(tenantId: string, phonesE164: readonly string[]): Promise<ReadonlyMap<string, string>>;
  /**
   * Adds the contact, or keeps the tenant's contact with the same number (its name stays; an email it
   * lacks is filled in). One statement: two imports of the same number at once still make one contact.
   */
  upsertByPhone(tenantId: string, contact: NewContactEntry): Promise<ImportedContact>;
}
