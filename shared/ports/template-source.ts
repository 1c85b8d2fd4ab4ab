/** A message template as WhatsApp lists it for a business account. */
export interface RemoteTemplate {
  readonly id?: string;
  readonly name: string;
  /** e.g. en_US, de */
  readonly language: string;
  /** APPROVED, PENDING, REJECTED, PAUSED, DISABLED... as WhatsApp sends it. */
  readonly status: string;
  /** MARKETING, UTILITY, AUTHENTICATION */
  readonly category: string;
  /** HEADER, BODY, FOOTER, BUTTONS components, as WhatsApp sends them. */
  readonly components: readonly unknown[];
}

/** Where the templates of a WhatsApp Business Account come from. */
export interface TemplateSource {
  /** Every template of the account, all pages. */
  listTemplates(wabaId: string): Promise<RemoteTemplate[]>;
}
