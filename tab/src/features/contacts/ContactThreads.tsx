import { Badge, Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { ChannelIcon } from '../inbox/ChannelIcon.js';
import { STATE_BADGES } from '../inbox/thread-labels.js';
import { useContactPageStyles } from './ContactsPage.styles.js';
import { useContactThreads } from './useContactThreads.js';

/** The conversations with this contact, WhatsApp and SMS, closed ones too: each opens its thread. */
export function ContactThreads(props: {
  readonly client: ConnectorClient;
  readonly contactId: string;
  readonly version: number;
  onOpen(threadId: string): void;
}) {
  const { t, formatTime } = useI18n();
  const styles = useContactPageStyles();
  const { threads, error } = useContactThreads(props.client, props.contactId, props.version);
  if (error)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t('inboxLoadFailed', { reason: error })}</MessageBarBody>
      </MessageBar>
    );
  if (!threads || threads.length === 0) return null;
  return (
    <div className={styles.form}>
      <Caption1 as="h3" id="contact-threads" className={styles.term}>
        {t('inboxTitle')}
      </Caption1>
      <ul className={styles.list} aria-labelledby="contact-threads">
        {threads.map((thread) => {
          const badge = STATE_BADGES[thread.state];
          const last = thread.lastMessage;
          return (
            <li key={thread.id}>
              <button type="button" className={styles.item} onClick={() => props.onOpen(thread.id)}>
                <ChannelIcon channel={thread.channel} />
                <span className={styles.itemText}>
                  <span>
                    {!last
                      ? t('noMessagesYet')
                      : last.direction === 'outbound'
                        ? t('youPrefix', { text: last.preview })
                        : last.preview}
                  </span>
                  <span className={styles.secondary}>{formatTime(last?.at ?? thread.openedAt)}</span>
                </span>
                {badge && (
                  <Badge appearance="tint" color={badge.color} size="small">
                    {t(badge.key)}
                  </Badge>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
