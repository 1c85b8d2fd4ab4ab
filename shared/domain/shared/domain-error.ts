/** Every rule the domain can refuse, by stable code. The i18n catalogs hold the words for each. */
export type RuleCode =
  | 'consent_already_requested'
  | 'consent_already_granted'
  | 'consent_declined'
  | 'consent_not_requested'
  | 'consent_pending'
  | 'contact_not_on_whatsapp'
  | 'reminder_not_allowed'
  | 'reminder_too_early'
  | 'thread_closed'
  | 'thread_not_closed'
  | 'open_thread_exists'
  | 'not_a_participant'
  | 'already_a_participant'
  | 'cannot_remove_self'
  | 'cannot_transfer_to_self'
  | 'message_empty'
  | 'message_too_long'
  | 'caption_too_long'
  | 'template_unavailable'
  | 'template_param_count'
  | 'media_type_not_allowed'
  | 'media_too_large'
  | 'media_empty'
  | 'sms_opted_out'
  | 'sms_unavailable';

export class DomainRuleViolation extends Error {
  constructor(
    readonly code: RuleCode,
    readonly details: Readonly<Record<string, string | number>> = {},
  ) {
    super(code);
    this.name = 'DomainRuleViolation';
  }
}
