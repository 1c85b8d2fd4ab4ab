import { Body1, Button, Caption1, Spinner, Subtitle2, Tab, TabList } from '@fluentui/react-components';
import {
  Chat20Regular,
  PeopleList20Regular,
  Search20Regular,
  Settings20Regular,
  SignOut20Regular,
} from '@fluentui/react-icons';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { LiveEventData } from '../../../../shared/contract/events.js';
import { useI18n } from '../../i18n/I18nContext.js';
import type { Session } from '../host/host-types.js';
import { Inbox } from '../inbox/Inbox.js';
import { NewConversationDialog } from '../new-conversation/NewConversationDialog.js';
import { ThreadView } from '../thread/ThreadView.js';
import { useShellStyles } from './Shell.styles.js';
import { useLiveEvents } from './useLiveEvents.js';
import { useMe } from './useMe.js';
import { useRoute, type Route } from './useRoute.js';

// Screens used less often than the inbox come in chunks of their own.
const SearchPage = lazy(() => import('../search/SearchPage.js').then((m) => ({ default: m.SearchPage })));
const ContactsPage = lazy(() =>
  import('../contacts/ContactsPage.js').then((m) => ({ default: m.ContactsPage })),
);
const ContactDetails = lazy(() =>
  import('../contacts/ContactDetails.js').then((m) => ({ default: m.ContactDetails })),
);
const AdminPage = lazy(() => import('../admin/AdminPage.js').then((m) => ({ default: m.AdminPage })));

type Section = 'conversations' | 'search' | 'contacts' | 'admin';

function sectionOf(route: Route): Section {
  switch (route.screen) {
    case 'inbox':
    case 'thread':
      return 'conversations';
    case 'search':
      return 'search';
    case 'contacts':
    case 'contact':
      return 'contacts';
    case 'admin':
      return 'admin';
  }
}

/** The signed-in tab: a section bar, then the inbox beside the open conversation, or search, contacts, admin. */
export function Shell(props: { readonly session: Session; readonly onSignOut?: () => void }) {
  const { t, locale } = useI18n();
  const styles = useShellStyles();
  const { session } = props;
  const client = useMemo(
    () => new ConnectorClient({ baseUrl: window.location.origin, token: () => session.token(), locale }),
    [session, locale],
  );
  const { route, navigate } = useRoute();
  const threadId = route.screen === 'thread' ? route.threadId : undefined;
  // Bumped on every event that may change what a screen shows; the screens reload on a change.
  const [inboxVersion, setInboxVersion] = useState(0);
  const [threadVersion, setThreadVersion] = useState(0);
  const onEvent = useCallback(
    (event: LiveEventData) => {
      setInboxVersion((n) => n + 1);
      // A read marker moved (here or on another device): the inbox's unread count changes, the thread does not.
      if (event.threadId === threadId && event.type !== 'thread.read') setThreadVersion((n) => n + 1);
    },
    [threadId],
  );
  const live = useLiveEvents(client, onEvent);
  const [newOpen, setNewOpen] = useState(false);
  const me = useMe(session);
  const openThread = useCallback(
    (id: string | undefined) => navigate(id ? { screen: 'thread', threadId: id } : { screen: 'inbox' }),
    [navigate],
  );
  const section = sectionOf(route);
  const pageProps = { client, route, navigate, version: inboxVersion + live.tick };

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Subtitle2 as="h1" className={styles.title}>
          {t('appTitle')}
        </Subtitle2>
        <Caption1 className={styles.user}>{t('signedInAs', { name: me.displayName })}</Caption1>
        {props.onSignOut && (
          <Button appearance="subtle" icon={<SignOut20Regular />} onClick={props.onSignOut}>
            {t('signOut')}
          </Button>
        )}
      </header>
      <TabList
        className={styles.sections}
        aria-label={t('navLabel')}
        selectedValue={section}
        onTabSelect={(_, data) => {
          const next = data.value as Section;
          if (next === section && next !== 'conversations') return;
          navigate(
            next === 'conversations'
              ? { screen: 'inbox' }
              : next === 'search'
                ? { screen: 'search' }
                : next === 'contacts'
                  ? { screen: 'contacts' }
                  : { screen: 'admin' },
          );
        }}
      >
        <Tab value="conversations" icon={<Chat20Regular />}>
          {t('inboxTitle')}
        </Tab>
        <Tab value="search" icon={<Search20Regular />}>
          {t('navSearch')}
        </Tab>
        <Tab value="contacts" icon={<PeopleList20Regular />}>
          {t('navContacts')}
        </Tab>
        {me.isAdmin && (
          <Tab value="admin" icon={<Settings20Regular />}>
            {t('navAdmin')}
          </Tab>
        )}
      </TabList>
      {section === 'conversations' ? (
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
            {route.screen === 'thread' ? (
              <ThreadView
                key={route.threadId}
                client={client}
                threadId={route.threadId}
                version={threadVersion + live.tick}
                {...(route.messageId ? { focusMessageId: route.messageId } : {})}
                navigate={navigate}
                meUserId={me.userId}
                onBack={() => openThread(undefined)}
              />
            ) : (
              <div className={styles.placeholder}>
                <Body1>{t('selectConversation')}</Body1>
              </div>
            )}
          </main>
        </div>
      ) : (
        <main className={styles.page}>
          <Suspense fallback={<Spinner className={styles.pageSpinner} label={t('loading')} />}>
            {route.screen === 'search' && <SearchPage {...pageProps} />}
            {route.screen === 'contacts' && <ContactsPage {...pageProps} />}
            {route.screen === 'contact' && <ContactDetails {...pageProps} />}
            {route.screen === 'admin' && <AdminPage {...pageProps} />}
          </Suspense>
        </main>
      )}
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
