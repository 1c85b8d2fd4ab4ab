import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  SearchBox,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import { useCallback } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import { useI18n } from '../../i18n/I18nContext.js';
import type { Route } from '../shell/useRoute.js';
import { useSearchPageStyles } from './SearchPage.styles.js';
import { ConversationHits, MessageHits } from './SearchResultsList.js';
import { useSearch } from './useSearch.js';

/** Search the caller's conversations and messages; a result opens the thread (at the message). */
export function SearchPage(props: {
  readonly client: ConnectorClient;
  readonly route: Route;
  readonly navigate: (route: Route, options?: { replace?: boolean }) => void;
  /** Bumped by every live event. */
  readonly version: number;
}) {
  const { t } = useI18n();
  const styles = useSearchPageStyles();
  const { navigate } = props;
  const initial = props.route.screen === 'search' ? (props.route.query ?? '') : '';
  const onQuery = useCallback(
    (query: string) => navigate({ screen: 'search', ...(query ? { query } : {}) }, { replace: true }),
    [navigate],
  );
  const search = useSearch(props.client, initial, onQuery);
  const { results } = search;
  const nothing = results && results.contacts.length === 0 && results.messages.length === 0;

  return (
    <section className={styles.root} aria-labelledby="search-title">
      <Subtitle2 as="h2" id="search-title" className={styles.heading}>
        {t('searchTitle')}
      </Subtitle2>
      <Field label={t('searchLabel')}>
        <SearchBox
          placeholder={t('searchPlaceholder')}
          value={search.text}
          onChange={(_event, data) => search.setText(data.value)}
        />
      </Field>
      {!search.query && <p className={styles.hint}>{t('searchHint')}</p>}
      {search.loading && <Spinner size="small" label={t('searching')} />}
      {search.error && (
        <MessageBar intent="error">
          <MessageBarBody>{t('searchFailed', { reason: search.error })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={search.retry}>{t('retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {nothing && !search.loading && (
        <p className={styles.hint} role="status">
          {t('searchNoResults', { query: search.query })}
        </p>
      )}
      {results && results.contacts.length > 0 && (
        <div className={styles.group}>
          <Caption1 as="h3" id="search-conversations" className={styles.groupHeading}>
            {t('searchConversations')}
          </Caption1>
          <ConversationHits
            hits={results.contacts}
            onOpen={(threadId) => navigate({ screen: 'thread', threadId })}
          />
        </div>
      )}
      {results && results.messages.length > 0 && (
        <div className={styles.group}>
          <Caption1 as="h3" id="search-messages" className={styles.groupHeading}>
            {t('searchMessages')}
          </Caption1>
          <MessageHits
            hits={results.messages}
            onOpen={(threadId, messageId) => navigate({ screen: 'thread', threadId, messageId })}
          />
          {search.moreError && (
            <MessageBar intent="error">
              <MessageBarBody>{t('searchFailed', { reason: search.moreError })}</MessageBarBody>
            </MessageBar>
          )}
          {results.nextCursor && (
            <Button
              className={styles.more}
              disabled={search.loadingMore}
              icon={search.loadingMore ? <Spinner size="tiny" /> : undefined}
              onClick={search.more}
            >
              {search.moreError ? t('retry') : t('searchMore')}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
