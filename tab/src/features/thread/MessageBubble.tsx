import { Button } from '@fluentui/react-components';
import { ArrowClockwise16Regular, Edit16Regular, Info16Regular } from '@fluentui/react-icons';
import type { Message } from '../../../../shared/contract/messages.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { useMessageBubbleStyles } from './MessageBubble.styles.js';
import { StatusTicks } from './StatusTicks.js';
import type { LocalMessage } from './useComposer.js';

/** A message of the thread: the contact's on the left, the team's on the right, notices in the middle. */
export function MessageBubble(props: {
  readonly message: Message;
  readonly showSender: boolean;
  /** Opens the message's Info (its statuses with their times); outbound messages only. */
  readonly onInfo?: () => void;
}) {
  const { t, formatTime } = useI18n();
  const styles = useMessageBubbleStyles();
  const { message } = props;
  if (message.direction === 'system') {
    return (
      <div className={`${styles.row} ${styles.systemRow}`} data-message-id={message.id} data-kind="notice">
        <div className={styles.notice}>
          <Info16Regular className={styles.noticeIcon} aria-hidden />
          <span>{message.notice?.text ?? message.body}</span>
        </div>
      </div>
    );
  }
  const outbound = message.direction === 'outbound';
  const text =
    message.kind === 'template' && message.template
      ? (message.body ?? t('templateMessage', { name: message.template.name }))
      : message.kind === 'image'
        ? (message.image?.caption ?? message.image?.unavailableReason ?? t('pictureMessage'))
        : (message.body ?? t('unsupportedMessage'));
  return (
    <div
      className={`${styles.row} ${outbound ? styles.outboundRow : styles.inboundRow}`}
      data-message-id={message.id}
      data-status={message.status}
    >
      <div
        className={`${styles.bubble} ${outbound ? styles.outbound : styles.inbound} ${message.status === 'failed' ? styles.failedBubble : ''}`}
      >
        {props.showSender && message.sender && (
          <span className={styles.sender}>{message.sender.displayName}</span>
        )}
        <span className={`${styles.body} ${message.body === null ? styles.italic : ''}`}>{text}</span>
        {message.failure && <span className={styles.failure}>{message.failure.reason}</span>}
        <span className={styles.meta}>
          <time dateTime={message.receivedAt ?? message.createdAt}>
            {formatTime(message.receivedAt ?? message.createdAt)}
          </time>
          {outbound && <StatusTicks status={message.status} failureReason={message.failure?.reason} />}
          {outbound && props.onInfo && (
            <Button
              className={styles.infoButton}
              size="small"
              appearance="transparent"
              icon={<Info16Regular />}
              aria-label={t('messageInfo')}
              title={t('messageInfo')}
              onClick={props.onInfo}
            />
          )}
        </span>
      </div>
    </div>
  );
}

/** A message being sent, or one the server refused, with retry and edit (its text is never lost). */
export function LocalBubble(props: { readonly message: LocalMessage; onRetry(): void; onEdit(): void }) {
  const { t, formatTime } = useI18n();
  const styles = useMessageBubbleStyles();
  const { message } = props;
  const failed = message.state === 'failed';
  return (
    <div className={`${styles.row} ${styles.outboundRow}`} data-local-id={message.clientMessageId}>
      <div className={`${styles.bubble} ${styles.outbound} ${failed ? styles.failedBubble : ''}`}>
        <span className={styles.body}>{message.body}</span>
        {failed && (
          <span className={styles.failure} role="alert">
            {t('notSent', { reason: message.error ?? '' })}
          </span>
        )}
        <span className={styles.meta}>
          <time dateTime={message.createdAt}>{formatTime(message.createdAt)}</time>
          <StatusTicks
            status={failed ? 'failed' : 'local'}
            {...(message.error ? { failureReason: message.error } : {})}
          />
        </span>
        {failed && (
          <span className={styles.actions}>
            <Button size="small" icon={<Edit16Regular />} onClick={props.onEdit}>
              {t('edit')}
            </Button>
            <Button
              size="small"
              appearance="primary"
              icon={<ArrowClockwise16Regular />}
              onClick={props.onRetry}
            >
              {t('retry')}
            </Button>
          </span>
        )}
      </div>
    </div>
  );
}
