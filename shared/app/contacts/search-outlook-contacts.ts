import { normalizePhoneNumber } from '../../domain/thread/phone-number.js';
import type { ContactImport } from '../../ports/contact-import.js';
import type { OutlookContacts, OutlookPhoneKind, OutlookUser } from '../../ports/outlook-contacts.js';

export interface OutlookPhoneMatch {
  readonly number: string;
  readonly kind: OutlookPhoneKind;
  /** The number in E.164, or null when it cannot be told (no country code). */
  readonly e164: string | null;
  /** The tenant's contact with this number, when there is one. */
  readonly tenantContactId: string | null;
}

export interface OutlookContactMatch {
  readonly id: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly phones: readonly OutlookPhoneMatch[];
}

/** The contact typeahead: the user's Outlook contacts by name, numbers in E.164, the tenant's own marked. */
export class SearchOutlookContacts {
  constructor(
    private readonly outlook: OutlookContacts,
    private readonly imports: ContactImport,
  ) {}

  async execute(
    tenantId: string,
    user: OutlookUser,
    text: string | undefined,
    limit: number,
  ): Promise<OutlookContactMatch[]> {
    const found = await this.outlook.search(user, text, limit);
    const withE164 = found.map((contact) => ({
      ...contact,
      phones: contact.phones.map((phone) => ({ ...phone, e164: normalizePhoneNumber(phone.number) })),
    }));
    const known = await this.imports.idsByPhone(
      tenantId,
      withE164.flatMap((c) => c.phones.flatMap((p) => (p.e164 ? [p.e164] : []))),
    );
    return withE164.map((contact) => ({
      ...contact,
      phones: contact.phones.map((phone) => ({
        ...phone,
        tenantContactId: phone.e164 ? (known.get(phone.e164) ?? null) : null,
      })),
    }));
  }
}
