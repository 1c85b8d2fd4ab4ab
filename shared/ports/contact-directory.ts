/** A contact as the tab lists and edits it. */
export interface ContactEntry {
  readonly id: string;
  readonly displayName: string;
  readonly phoneE164: string | null;
  readonly email: string | null;
  readonly whatsappName: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface ContactSearch {
  /** Matched against the name (case-insensitive) and, when it holds digits, against the number. */
  readonly text?: string;
  readonly limit: number;
}

export interface NewContactEntry {
  readonly displayName: string;
  readonly phoneE164: string;
  readonly email: string | null;
  readonly createdBy: string;
}

export type ContactChanges = Partial<Pick<ContactEntry, 'displayName' | 'phoneE164' | 'email'>>;

/** Why a contact was not deleted: a conversation with them is open, or one is kept as history. */
export type ContactDeletion = 'deleted' | 'not_found' | 'open_thread' | 'has_history';

/** The tenant's address book, every call scoped to one tenant. */
export interface ContactDirectory {
  search(tenantId: string, search: ContactSearch): Promise<ContactEntry[]>;
  get(tenantId: string, contactId: string): Promise<ContactEntry | null>;
  /** Throws ContactNumberTaken when another contact of the tenant has the number. */
  create(tenantId: string, contact: NewContactEntry): Promise<ContactEntry>;
  /** Null when the tenant has no such contact; throws ContactNumberTaken like create. */
  update(tenantId: string, contactId: string, changes: ContactChanges): Promise<ContactEntry | null>;
  delete(tenantId: string, contactId: string): Promise<ContactDeletion>;
}

/** Another contact of the tenant already has this number. */
export class ContactNumberTaken extends Error {
  constructor(readonly phoneE164: string) {
    super('another contact has this number');
    this.name = 'ContactNumberTaken';
  }
}
