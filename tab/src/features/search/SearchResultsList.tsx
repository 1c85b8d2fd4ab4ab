import type { ContactHit, MessageHit } from '../../../../shared/contract/search.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { ChannelIcon } from '../inbox/ChannelIcon.js';
import { Highlighted } from './Highlighted.js';
import { useSearchPageStyles } from './SearchPage.styles.js';

/** Conversations whose contact matched: each opens its thread. */
export function ConversationHits(props: {
  readonly hits: readonly ContactHit[];
  onOpen(threadId: string): void;
}) {
  const { t, formatTime } = useI18n();
  const styles = useSearchPageStyles();
  return (
    <ul className={styles.list} aria-labelledby="search-conversations">
      {props.hits.map((hit) => (
        <li key={hit.threadId}>
          <button type="button" className={styles.item} onClick={() => props.onOpen(hit.threadId)}>
            <ChannelIcon channel={hit.channel} />
            <Highlighted value={hit.name} className={styles.name} />
            <span className={styles.time}>{formatTime(hit.lastActivityAt)}</span>
            {hit.status === 'closed' && <span className={styles.snippet}>{t('stateClosed')}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Messages that matched, newest first: each opens its thread at the message. */
export function MessageHits(props: {
  readonly hits: readonly MessageHit[];
  onOpen(threadId: string, messageId: string): void;
}) {
  const { t, formatTime } = useI18n();
  const styles = useSearchPageStyles();
  return (
    <ul className={styles.list} aria-labelledby="search-messages">
      {props.hits.map((hit) => (
        <li key={hit.messageId}>
          <button
            type="button"
            className={styles.item}
            data-message-hit={hit.messageId}
            onClick={() => props.onOpen(hit.threadId, hit.messageId)}
          >
            <ChannelIcon channel={hit.channel} />
            <span className={styles.name}>
              {hit.direction === 'outbound'
                ? t('searchYouTo', { name: hit.contact.displayName })
                : hit.contact.displayName}
            </span>
            <span className={styles.time}>{formatTime(hit.at)}</span>
            <Highlighted value={hit.snippet} className={styles.snippet} />
          </button>
        </li>
      ))}
    </ul>
  );
}
