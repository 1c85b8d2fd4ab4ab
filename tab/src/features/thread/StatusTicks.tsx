import { Checkmark16Regular, Clock16Regular, ErrorCircle16Filled } from '@fluentui/react-icons';
import type { MessageStatus } from '../../../../shared/contract/messages.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { useStatusTicksStyles } from './StatusTicks.styles.js';

/** A clock while queued or sending, one tick sent, two delivered, two blue read, a red mark failed. */
export function StatusTicks(props: {
  readonly status: MessageStatus | 'local';
  readonly failureReason?: string;
}) {
  const { t } = useI18n();
  const styles = useStatusTicksStyles();
  const { status } = props;
  if (status === 'received') return null;
  const label =
    status === 'pending'
      ? t('statusPending')
      : status === 'sending' || status === 'local'
        ? t('statusSending')
        : status === 'sent'
          ? t('statusSent')
          : status === 'delivered'
            ? t('statusDelivered')
            : status === 'read'
              ? t('statusRead')
              : props.failureReason
                ? t('statusFailed', { reason: props.failureReason })
                : t('statusFailedNoReason');
  const className = `${styles.root} ${status === 'read' ? styles.read : ''} ${status === 'failed' ? styles.failed : ''}`;
  return (
    <span className={className} role="img" aria-label={label} title={label} data-status={status}>
      {(status === 'pending' || status === 'sending' || status === 'local') && <Clock16Regular />}
      {status === 'sent' && <Checkmark16Regular />}
      {(status === 'delivered' || status === 'read') && (
        <span className={styles.double}>
          <Checkmark16Regular />
          <Checkmark16Regular />
        </span>
      )}
      {status === 'failed' && <ErrorCircle16Filled />}
    </span>
  );
}
