/** System messages posted into a thread; the i18n catalogs hold their words. */
export type SystemNoticeCode =
  | 'opt_in_requested'
  | 'opt_in_reminder_sent'
  | 'opt_in_reminder_available'
  | 'opt_in_granted'
  | 'opt_in_declined'
  | 'opted_out'
  | 'opt_in_failed_will_retry'
  | 'opt_in_retried'
  | 'opt_in_failed_thread_closed'
  | 'contact_not_on_whatsapp'
  | 'resume_requested'
  | 'resume_failed'
  | 'conversation_resumed'
  | 'can_continue'
  | 'participant_added'
  | 'participant_removed'
  | 'participant_left'
  | 'conversation_transferred'
  | 'contact_not_notified_participant_added'
  | 'contact_not_notified_participant_removed'
  | 'contact_not_notified_participant_left'
  | 'contact_not_notified_conversation_transferred'
  | 'conversation_restarted'
  | 'thread_closed'
  | 'message_failed'
  | 'sms_thread_started'
  | 'sms_opted_out'
  | 'sms_opted_in';

export type NoticeParams = Readonly<Record<string, string | number>>;

export interface SystemNotice {
  readonly code: SystemNoticeCode;
  readonly params: NoticeParams;
}

export const notice = (code: SystemNoticeCode, params: NoticeParams = {}): SystemNotice => ({ code, params });
