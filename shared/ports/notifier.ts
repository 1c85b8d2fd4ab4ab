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

export interface Notifier {
  notify(notice: TeamsNotice): Promise<void>;
}
