/** An organization's messaging settings, as stored on its tenant. */
export interface OrgSettingsRecord {
  readonly whatsappEnabled: boolean;
  readonly senderPhoneNumberId: string | null;
  readonly whatsappBusinessAccountId: string | null;
  readonly smsFromNumber: string | null;
}

export type OrgSettingsChanges = Partial<OrgSettingsRecord>;

/** A user of the organization with their licence and roles. */
export interface OrgMember {
  readonly userId: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly roles: readonly string[];
  readonly licensed: boolean;
}

/** What an organization's admins manage: its settings, its users' licences, its template sync. */
export interface OrgAdministration {
  settings(tenantId: string): Promise<OrgSettingsRecord | null>;
  /** Null when the tenant does not exist; throws NumberInUse when another tenant has the number. */
  updateSettings(tenantId: string, changes: OrgSettingsChanges): Promise<OrgSettingsRecord | null>;
  /** Every user of the tenant, by name. */
  members(tenantId: string): Promise<OrgMember[]>;
  /** Null when the tenant has no such user. */
  setLicence(tenantId: string, userId: string, licensed: boolean): Promise<OrgMember | null>;
  /**
   * Queues the `whatsapp.template_sync` job for the business account; one per dedupe key, so a second
   * request with the same key answers the job already queued.
   */
  queueTemplateSync(
    tenantId: string,
    wabaId: string,
    options: { readonly dedupeKey: string; readonly runAt: Date },
  ): Promise<{ jobId: string; alreadyQueued: boolean }>;
}

/** Another organization already sends from this number: it routes inbound messages to one tenant only. */
export class NumberInUse extends Error {
  constructor(readonly field: 'senderPhoneNumberId' | 'smsFromNumber') {
    super(`another organization uses this ${field}`);
    this.name = 'NumberInUse';
  }
}
