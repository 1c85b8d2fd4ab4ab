import { Button, Caption1, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { AlertUrgent20Regular } from '@fluentui/react-icons';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { ThreadDetail } from '../../../../shared/contract/threads.js';
import { formatDateTime } from '../../../../shared/i18n/render.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { useComposerStyles } from './Composer.styles.js';
import { useNow } from './useNow.js';
import { useOptInReminder } from './useOptInReminder.js';
import { reminderAvailability } from './window-time.js';

const TICK_MS = 60_000;

/** The opt-in reminder: its button once the server allows one, else when it will; and what came of it. */
export function OptInReminder(props: {
  readonly client: ConnectorClient;
  readonly thread: ThreadDetail;
  onSent(): void;
}) {
  const { t, locale } = useI18n();
  const styles = useComposerStyles();
  const now = useNow(TICK_MS);
  const { outcome, send } = useOptInReminder(props.client, props.thread.id, props.onSent);
  const availability = reminderAvailability(props.thread, now);
  return (
    <>
      {availability.kind === 'later' && outcome.kind !== 'sent' && (
        <Caption1 className={styles.reminderLater} data-testid="reminder-later">
          {t('reminderLater', { time: formatDateTime(locale, availability.availableAt) ?? '' })}
        </Caption1>
      )}
      {availability.kind === 'now' && (
        <div className={styles.reminderRow}>
          <Button
            size="small"
            icon={outcome.kind === 'sending' ? <Spinner size="tiny" /> : <AlertUrgent20Regular />}
            disabled={outcome.kind === 'sending'}
            onClick={send}
          >
            {t('sendReminder')}
          </Button>
        </div>
      )}
      {outcome.kind === 'sent' && (
        <MessageBar intent="success" data-testid="reminder-outcome">
          <MessageBarBody>{t('reminderSent', { name: props.thread.contact.displayName })}</MessageBarBody>
        </MessageBar>
      )}
      {outcome.kind === 'failed' && (
        <MessageBar intent="error" role="alert" data-testid="reminder-outcome">
          <MessageBarBody>{t('reminderFailed', { reason: outcome.reason })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
