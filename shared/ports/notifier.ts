import type { NoticeParams, SystemNoticeCode } from '../domain/thread/system-notice.js';

/** A notice for one Teams user about one thread (the bot renders it as a card). */
export interface TeamsNotice {
  readonly tenantId: string;
  readonly userId: string;
  readonly threadId: string;
  readonly code: SystemNoticeCode;
  readonly params: NoticeParams;
  /** Identifies the event, so a retried delivery never shows the same card twice. */
  readonly noticeId: string;
}

export type AdminAlertCode = 'connector_template_unusable' | 'connector_template_restored';

/** Something an admin must act on that belongs to no thread (e.g. Meta paused the opt-in template). */
export interface AdminAlert {
  readonly tenantId: string;
  readonly userId: string;
  readonly code: AdminAlertCode;
  readonly params: Readonly<Record<string, string>>;
  /** Identifies the event, so a retried delivery never shows the same card twice. */
  readonly alertId: string;
}

export interface Notifier {
  notify(notice: TeamsNotice): Promise<void>;
  alert(alert: AdminAlert): Promise<void>;
}
