import { Body1, Button, Caption1, Subtitle2 } from '@fluentui/react-components';
import { SignOut20Regular } from '@fluentui/react-icons';
import { useCallback, useMemo, useState } from 'react';
import { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { LiveEventData } from '../../../../shared/contract/events.js';
import { useI18n } from '../../i18n/I18nContext.js';
import type { Session } from '../host/host-types.js';
import { Inbox } from '../inbox/Inbox.js';
import { NewConversationDialog } from '../new-conversation/NewConversationDialog.js';
import { ThreadView } from '../thread/ThreadView.js';
import { useShellStyles } from './Shell.styles.js';
import { useDisplayName } from './useDisplayName.js';
import { useLiveEvents } from './useLiveEvents.js';
import { useRoute } from './useRoute.js';

/** The signed-in tab: the inbox beside the open conversation, both kept fresh by the live events. */
export function Shell(props: { readonly session: Session; readonly onSignOut?: () => void }) {
  const { t, locale } = useI18n();
  const styles = useShellStyles();
  const { session } = props;
  const client = useMemo(
    () => new ConnectorClient({ baseUrl: window.location.origin, token: () => session.token(), locale }),
    [session, locale],
  );
  const { threadId, openThread } = useRoute();
  // Bumped on every event that may change what a screen shows; the screens reload on a change.
  const [inboxVersion, setInboxVersion] = useState(0);
  const [threadVersion, setThreadVersion] = useState(0);
  const onEvent = useCallback(
    (event: LiveEventData) => {
      setInboxVersion((n) => n + 1);
      if (event.threadId === threadId) setThreadVersion((n) => n + 1);
    },
    [threadId],
  );
  const live = useLiveEvents(client, onEvent);
  const [newOpen, setNewOpen] = useState(false);
  const displayName = useDisplayName(session);

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Subtitle2 as="h1" className={styles.title}>
          {t('appTitle')}
        </Subtitle2>
        {displayName && <Caption1 className={styles.user}>{t('signedInAs', { name: displayName })}</Caption1>}
        {props.onSignOut && (
          <Button appearance="subtle" icon={<SignOut20Regular />} onClick={props.onSignOut}>
            {t('signOut')}
          </Button>
        )}
      </header>
      <div className={styles.panes}>
        <nav
          className={`${styles.inboxPane} ${threadId ? styles.hiddenNarrow : ''}`}
          aria-label={t('inboxTitle')}
        >
          <Inbox
            client={client}
            version={inboxVersion + live.tick}
            selectedThreadId={threadId}
            onOpen={openThread}
            onNew={() => setNewOpen(true)}
          />
        </nav>
        <main className={`${styles.threadPane} ${threadId ? '' : styles.hiddenNarrow}`}>
          {threadId ? (
            <ThreadView
              key={threadId}
              client={client}
              threadId={threadId}
              version={threadVersion + live.tick}
              onBack={() => openThread(undefined)}
            />
          ) : (
            <div className={styles.placeholder}>
              <Body1>{t('selectConversation')}</Body1>
            </div>
          )}
        </main>
      </div>
      <NewConversationDialog
        client={client}
        open={newOpen}
        onClose={() => setNewOpen(false)}
        onStarted={(id) => {
          setNewOpen(false);
          setInboxVersion((n) => n + 1);
          openThread(id);
        }}
      />
    </div>
  );
}
