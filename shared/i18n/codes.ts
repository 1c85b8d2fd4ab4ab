// The codes the catalogs translate. The notice, rule, template and media lists mirror unions of the domain
// and the ports (SystemNoticeCode, RuleCode, AdminAlertCode, TemplatePurpose, ConsentTemplateProblem,
// MediaUnavailableReason): the i18n layer may import neither, so tests/unit/i18n/codes.test.ts checks
// at compile time that each list and its original stay identical.

/** Every system notice a thread can show (mirror of the domain's SystemNoticeCode). */
export const NOTICE_CODES = [
  'opt_in_requested',
  'opt_in_reminder_sent',
  'opt_in_reminder_available',
  'opt_in_granted',
  'opt_in_declined',
  'opted_out',
  'opt_in_failed_will_retry',
  'opt_in_retried',
  'opt_in_failed_thread_closed',
  'contact_not_on_whatsapp',
  'resume_requested',
  'resume_failed',
  'conversation_resumed',
  'can_continue',
  'participant_added',
  'participant_removed',
  'participant_left',
  'conversation_transferred',
  'contact_not_notified_participant_added',
  'contact_not_notified_participant_removed',
  'contact_not_notified_participant_left',
  'contact_not_notified_conversation_transferred',
  'conversation_restarted',
  'thread_closed',
  'message_failed',
  'sms_thread_started',
  'sms_opted_out',
  'sms_opted_in',
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

/** Every rule the domain can refuse (mirror of the domain's RuleCode). */
export const RULE_CODES = [
  'consent_already_requested',
  'consent_already_granted',
  'consent_declined',
  'consent_not_requested',
  'consent_pending',
  'contact_not_on_whatsapp',
  'reminder_not_allowed',
  'reminder_too_early',
  'thread_closed',
  'thread_not_closed',
  'open_thread_exists',
  'not_a_participant',
  'already_a_participant',
  'cannot_remove_self',
  'cannot_transfer_to_self',
  'message_empty',
  'message_too_long',
  'caption_too_long',
  'template_unavailable',
  'template_param_count',
  'media_type_not_allowed',
  'media_too_large',
  'media_empty',
  'sms_opted_out',
  'sms_unavailable',
] as const;

/** Errors the API answers with besides domain rules: lookups, access, HTTP and availability. */
export const API_ERROR_CODES = [
  'not_found',
  'thread_not_found',
  'contact_not_found',
  'user_not_found',
  'whatsapp_not_enabled',
  'whatsapp_licence_required',
  'sender_number_missing',
  'not_for_sms',
  'invalid_request',
  'bad_request',
  'unauthorized',
  'forbidden',
  'method_not_allowed',
  'not_acceptable',
  'request_timeout',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'too_many_requests',
  'database_unavailable',
  'service_unavailable',
  'starting',
  'shutting_down',
  'internal_error',
] as const;

export const ERROR_CODES = [...RULE_CODES, ...API_ERROR_CODES] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Errors with a more precise wording when their details are known, and the details that wording needs. */
export const DETAILED_ERROR_PARAMS = {
  reminder_too_early: ['availableAt'],
  message_too_long: ['max'],
  caption_too_long: ['max'],
  template_param_count: ['expected', 'got'],
  invalid_request: ['field'],
  rate_limited: ['retryAfterSeconds'],
} as const satisfies Partial<Record<ErrorCode, readonly string[]>>;
export type DetailedErrorCode = keyof typeof DETAILED_ERROR_PARAMS;

/** Why WhatsApp did not deliver a message, grouped from its numeric error codes. */
export const FAILURE_REASONS = [
  'cannot_receive',
  'window_closed',
  'held_for_experience',
  'pair_rate_limit',
  'throughput_limit',
  'spam_limited',
  'template_params_mismatch',
  'template_missing_language',
  'media_failed',
  'account_maintenance',
  'connection_needs_admin',
  'whatsapp_unreachable',
  'refused_before_sending',
  'unknown',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

/** Alerts for a company's admins that belong to no thread (mirror of the ports' AdminAlertCode). */
export const ADMIN_ALERT_CODES = ['connector_template_unusable', 'connector_template_restored'] as const;
export type AdminAlertCode = (typeof ADMIN_ALERT_CODES)[number];

/** The connector's own requests, each sent with a WhatsApp template (mirror of the ports' TemplatePurpose). */
export const TEMPLATE_PURPOSES = [
  'opt_in',
  'opt_in_reminder',
  'resume',
  'participant_added',
  'participant_removed',
  'participant_left',
  'conversation_transferred',
] as const;
export type TemplatePurpose = (typeof TEMPLATE_PURPOSES)[number];

/** Why no template can carry one of those requests (mirror of the domain's ConsentTemplateProblem). */
export const TEMPLATE_PROBLEMS = ['missing', 'not_approved', 'not_utility'] as const;
export type TemplateProblem = (typeof TEMPLATE_PROBLEMS)[number];

/** Meta's template categories the catalogs have a name for; Meta may add others, shown as it spells them. */
export const TEMPLATE_CATEGORIES = ['MARKETING', 'UTILITY', 'AUTHENTICATION'] as const;
export type TemplateCategoryName = (typeof TEMPLATE_CATEGORIES)[number];

/** Why a picture a contact sent could not be kept (mirror of the ports' MediaUnavailableReason). */
export const MEDIA_UNAVAILABLE_REASONS = [
  'checksum_mismatch',
  'too_large',
  'type_not_allowed',
  'expired',
  'not_found',
  'download_failed',
] as const;
export type MediaUnavailableReason = (typeof MEDIA_UNAVAILABLE_REASONS)[number];

/** Notice and error parameters that hold an ISO date-time, rendered in the reader's locale. */
export const DATE_PARAMS: ReadonlySet<string> = new Set(['retryAt', 'availableAt']);
/** Notice parameters that hold a Teams user id, rendered through the caller's name lookup. */
export const USER_PARAMS: ReadonlySet<string> = new Set(['userId', 'by', 'from', 'to']);
/** Parameters that hold a count or a limit, rendered with the locale's digit grouping. */
export const COUNT_PARAMS: ReadonlySet<string> = new Set([
  'delivered',
  'max',
  'expected',
  'got',
  'retryAfterSeconds',
]);
