import {
  Avatar,
  Badge,
  Button,
  CounterBadge,
  MessageBar,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  Subtitle2,
} from '@fluentui/react-components';
import { ChatAdd20Regular } from '@fluentui/react-icons';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { ThreadSummary } from '../../../../shared/contract/threads.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { ChannelIcon } from './ChannelIcon.js';
import { useInboxStyles } from './Inbox.styles.js';
import { STATE_BADGES } from './thread-labels.js';
import { useInbox } from './useInbox.js';

export interface InboxProps {
  readonly client: ConnectorClient;
  readonly version: number;
  readonly selectedThreadId: string | undefined;
  onOpen(threadId: string): void;
  onNew(): void;
}

/** WhatsApp and SMS threads in one list, most recent activity first. */
export function Inbox(props: InboxProps) {
  const { t } = useI18n();
  const styles = useInboxStyles();
  const { threads, error } = useInbox(props.client, props.version);
  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <Subtitle2 as="h2" className={styles.heading}>
          {t('inboxTitle')}
        </Subtitle2>
        <Button
          className={styles.newButton}
          appearance="primary"
          icon={<ChatAdd20Regular />}
          onClick={props.onNew}
        >
          {t('newConversation')}
        </Button>
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{t('inboxLoadFailed', { reason: error })}</MessageBarBody>
        </MessageBar>
      )}
      {!threads && !error && (
        <Skeleton aria-label={t('loading')} className={styles.message}>
          <SkeletonItem size={40} />
          <SkeletonItem size={40} />
          <SkeletonItem size={40} />
        </Skeleton>
      )}
      {threads?.length === 0 && <p className={styles.message}>{t('inboxEmpty')}</p>}
      {threads && threads.length > 0 && (
        <ul className={styles.list} data-testid="inbox-list">
          {threads.map((thread) => (
            <li key={thread.id}>
              <ThreadLine
                thread={thread}
                selected={thread.id === props.selectedThreadId}
                onOpen={() => props.onOpen(thread.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ThreadLine(props: { readonly thread: ThreadSummary; readonly selected: boolean; onOpen(): void }) {
  const { t, formatTime } = useI18n();
  const styles = useInboxStyles();
  const { thread } = props;
  const badge = STATE_BADGES[thread.state];
  const last = thread.lastMessage;
  const preview = !last
    ? t('noMessagesYet')
    : last.direction === 'outbound'
      ? t('youPrefix', { text: last.preview })
      : last.preview;
  return (
    <button
      type="button"
      className={`${styles.item} ${props.selected ? styles.selected : ''}`}
      aria-current={props.selected ? 'page' : undefined}
      data-thread-id={thread.id}
      onClick={props.onOpen}
    >
      <Avatar name={thread.contact.displayName} size={36} aria-hidden />
      <span className={styles.middle}>
        <span className={styles.nameRow}>
          <ChannelIcon channel={thread.channel} />
          <span className={styles.name}>{thread.contact.displayName}</span>
        </span>
        <span className={`${styles.preview} ${thread.unreadCount > 0 ? styles.unreadPreview : ''}`}>
          {preview}
        </span>
        {badge && (
          <span className={styles.badges}>
            <Badge appearance="tint" color={badge.color} size="small">
              {t(badge.key)}
            </Badge>
          </span>
        )}
      </span>
      <span className={styles.side}>
        <time className={styles.time} dateTime={last?.at ?? thread.openedAt}>
          {formatTime(last?.at ?? thread.openedAt)}
        </time>
        {thread.unreadCount > 0 && (
          <CounterBadge
            count={thread.unreadCount}
            size="small"
            aria-label={t('unreadCount', { count: thread.unreadCount })}
          />
        )}
      </span>
    </button>
  );
}
