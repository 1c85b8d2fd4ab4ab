import { normalizePhoneNumber } from '../../domain/thread/phone-number.js';
import type { ContactEntry } from '../../ports/contact-directory.js';
import type { ContactImport } from '../../ports/contact-import.js';
import type { OutlookContact, OutlookContacts, OutlookUser } from '../../ports/outlook-contacts.js';

export type ImportStatus = 'created' | 'existing' | 'no_phone' | 'not_found';

export interface ImportOutcome {
  readonly outlookId: string;
  readonly status: ImportStatus;
  /** The tenant's contact it became or already was; null when nothing was imported. */
  readonly contact: ContactEntry | null;
}

/** Outlook contacts looked up at once. */
const CONCURRENCY = 4;

/** The number a contact is imported with: the first that is E.164, mobile before business before home. */
function phoneToImport(contact: OutlookContact): string | null {
  for (const phone of contact.phones) {
    const e164 = normalizePhoneNumber(phone.number);
    if (e164) return e164;
  }
  return null;
}

/**
 * Imports chosen Outlook contacts into the tenant's contacts. Idempotent: the tenant has one contact per
 * number, so importing again, or a number a colleague already added, keeps the contact there is.
 */
export class ImportOutlookContacts {
  constructor(
    private readonly outlook: OutlookContacts,
    private readonly imports: ContactImport,
  ) {}

  async execute(
    tenantId: string,
    user: OutlookUser,
    outlookIds: readonly string[],
    importedBy: string,
  ): Promise<ImportOutcome[]> {
    const ids = [...new Set(outlookIds)];
    const outcomes: ImportOutcome[] = [];
    for (let start = 0; start < ids.length; start += CONCURRENCY) {
      const batch = ids.slice(start, start + CONCURRENCY);
      outcomes.push(
        ...(await Promise.all(batch.map((id) => this.importOne(tenantId, user, id, importedBy)))),
      );
    }
    return outcomes;
  }

  private async importOne(
    tenantId: string,
    user: OutlookUser,
    outlookId: string,
    importedBy: string,
  ): Promise<ImportOutcome> {
    const found = await this.outlook.get(user, outlookId);
    if (!found) return { outlookId, status: 'not_found', contact: null };
    const phoneE164 = phoneToImport(found);
    if (!phoneE164) return { outlookId, status: 'no_phone', contact: null };
    const { contact, created } = await this.imports.upsertByPhone(tenantId, {
      displayName: found.displayName,
      phoneE164,
      email: found.email,
      createdBy: importedBy,
    });
    return { outlookId, status: created ? 'created' : 'existing', contact };
  }
}
