/** Which of an Outlook contact's numbers this is. */
export type OutlookPhoneKind = 'mobile' | 'business' | 'home';

export interface OutlookPhone {
  /** As the user typed it in Outlook. */
  readonly number: string;
  readonly kind: OutlookPhoneKind;
}

/** A contact of the user's Outlook address book (Microsoft Graph `/me/contacts`). */
export interface OutlookContact {
  readonly id: string;
  readonly displayName: string;
  readonly email: string | null;
  /** Mobile first, then business, then home. */
  readonly phones: readonly OutlookPhone[];
}

/** The signed-in user Graph is called for: their tenant and the access token they called the API with. */
export interface OutlookUser {
  readonly tenantId: string;
  readonly accessToken: string;
}

/** The user's Outlook contacts, read on their behalf. */
export interface OutlookContacts {
  /** Contacts whose name starts with `text` (every contact without it), at most `limit`, by name. */
  search(user: OutlookUser, text: string | undefined, limit: number): Promise<OutlookContact[]>;
  /** The contact with this id, or null when the user has none. */
  get(user: OutlookUser, contactId: string): Promise<OutlookContact | null>;
}

/** The user (or an admin for the organization) has not consented, or Entra wants an interaction first. */
export class OutlookConsentRequired extends Error {
  constructor(options?: ErrorOptions) {
    super('consent or interaction is required to read Outlook contacts', options);
    this.name = 'OutlookConsentRequired';
  }
}

/** Entra ID or Microsoft Graph could not be reached, or answered with an error. */
export class OutlookUnavailable extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'OutlookUnavailable';
  }
}
