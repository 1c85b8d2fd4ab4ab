import { Button, Field, ProgressBar } from '@fluentui/react-components';
import { ArrowClockwise16Regular, Edit16Regular, Info16Regular } from '@fluentui/react-icons';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { Message } from '../../../../shared/contract/messages.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { useMessageBubbleStyles } from './MessageBubble.styles.js';
import { MessagePicture, PicturePreview } from './MessagePicture.js';
import { StatusTicks } from './StatusTicks.js';
import { useTemplateText } from './useTemplateText.js';
import type { LocalMessage } from './useComposer.js';

/** A message of the thread: the contact's on the left, the team's on the right, notices in the middle. */
export function MessageBubble(props: {
  readonly client: ConnectorClient;
  readonly message: Message;
  readonly showSender: boolean;
  /** The contact's name, for the title of their pictures. */
  readonly contactName: string;
  /** Opens the message's Info (its statuses with their times); outbound messages only. */
  readonly onInfo?: () => void;
}) {
  const { t, formatTime } = useI18n();
  const styles = useMessageBubbleStyles();
  const { message } = props;
  const templateText = useTemplateText(props.client, message.kind === 'template' ? message.template : null);
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
      ? (message.body ?? templateText ?? t('templateMessage', { name: message.template.name }))
      : message.kind === 'image'
        ? (message.image?.caption ??
          message.image?.unavailableReason ??
          (message.image?.mediaId ? '' : t('pictureMessage')))
        : (message.body ?? t('unsupportedMessage'));
  const pictureId = message.kind === 'image' ? message.image?.mediaId : null;
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
        {pictureId && (
          <MessagePicture
            client={props.client}
            mediaId={pictureId}
            title={outbound ? t('pictureYours') : t('pictureFrom', { name: props.contactName })}
            caption={message.image?.caption ?? null}
          />
        )}
        {text && (
          <span
            className={`${styles.body} ${message.body === null && !pictureId && !templateText ? styles.italic : ''}`}
          >
            {text}
          </span>
        )}
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
        {message.picture && (
          <PicturePreview
            url={message.picture.previewUrl}
            title={t('pictureYours')}
            caption={message.body || null}
          />
        )}
        {message.state === 'uploading' && <UploadProgress percent={message.uploadedPercent ?? 0} />}
        {message.body && <span className={styles.body}>{message.body}</span>}
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
            {!message.template && (
              <Button size="small" icon={<Edit16Regular />} onClick={props.onEdit}>
                {t('edit')}
              </Button>
            )}
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

/** How much of the picture has been uploaded, as a bar and in words (the words are also the bar's name). */
function UploadProgress(props: { readonly percent: number }) {
  const { t, locale } = useI18n();
  const percent = new Intl.NumberFormat(locale, { style: 'percent' }).format(props.percent / 100);
  const label = t('uploadingPictureProgress', { percent });
  return (
    <Field validationMessage={label} validationState="none">
      <ProgressBar
        thickness="large"
        max={100}
        value={props.percent}
        aria-label={label}
        aria-valuetext={percent}
        data-testid="upload-progress"
      />
    </Field>
  );
}
