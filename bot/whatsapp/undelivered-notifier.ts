import type { Logger } from 'pino';
import type { AdminAlert, Notifier, TeamsNotice } from '../../shared/ports/notifier.js';

/**
 * Stands in for the Teams bot until it is configured: the notice is already in the thread (the tab shows
 * it), only its copy in the Teams chat is not sent.
 */
export class UndeliveredNotifier implements Notifier {
  constructor(private readonly logger: Logger) {}

  async notify(notice: TeamsNotice): Promise<void> {
    this.logger.debug({ code: notice.code }, 'Teams notice not sent to chat: no bot configured');
  }

  /** Admin alerts matter even without a bot: they reach the operator through the log. */
  async alert(alert: AdminAlert): Promise<void> {
    this.logger.warn({ code: alert.code, ...alert.params }, 'admin alert (no bot configured to deliver it)');
  }
}
