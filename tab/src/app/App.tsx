import {
  Body1,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title2,
} from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { DevSignIn } from '../features/sign-in/DevSignIn.js';
import { useHost } from '../features/host/useHost.js';
import { I18nContext, useI18n } from '../i18n/I18nContext.js';
import { useAppStyles, useGlobalStyles } from './App.styles.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { useAppTheme } from './useAppTheme.js';
import { useTexts } from './useTexts.js';

// The signed-in screens (API client, contract schemas, inbox, thread) come in a chunk of their own.
const Shell = lazy(() => import('../features/shell/Shell.js').then((m) => ({ default: m.Shell })));

export function App() {
  const host = useHost();
  const { state } = host;
  const session = state.kind === 'teams' || state.kind === 'dev' ? state.session : undefined;
  const i18n = useTexts(session?.locale);
  const { theme, name } = useAppTheme(host.teamsTheme);
  const styles = useAppStyles();
  useGlobalStyles();

  return (
    <I18nContext.Provider value={i18n}>
      {/* The layout is on a div inside: Fluent gives the provider's classes to its portals too (dialogs,
          menus), and a full-height background there hid the page behind every dialog. */}
      <FluentProvider theme={theme} data-theme={name} lang={i18n.locale}>
        <div className={styles.root}>
          {state.kind === 'starting' && <Starting />}
          {state.kind === 'failed' && (
            <Centered>
              <MessageBar intent="error">
                <MessageBarBody>
                  {state.reason === 'timeout'
                    ? i18n.t('startTimeout')
                    : i18n.t('teamsSignInFailed', { reason: state.detail ?? '' })}
                </MessageBarBody>
              </MessageBar>
              <Button appearance="primary" onClick={host.retry}>
                {i18n.t('retry')}
              </Button>
            </Centered>
          )}
          {state.kind === 'outside-teams' && (
            <Centered>
              <Title2 as="h1">{i18n.t('outsideTeamsTitle')}</Title2>
              <Body1>{i18n.t('outsideTeamsBody')}</Body1>
            </Centered>
          )}
          {state.kind === 'dev-sign-in' && <DevSignIn users={state.users} onSignIn={host.signIn} />}
          {session && (
            <ErrorBoundary>
              <Suspense fallback={<Starting />}>
                <Shell session={session} {...(state.kind === 'dev' ? { onSignOut: host.signOut } : {})} />
              </Suspense>
            </ErrorBoundary>
          )}
        </div>
      </FluentProvider>
    </I18nContext.Provider>
  );
}

function Starting() {
  const { t } = useI18n();
  const styles = useAppStyles();
  return (
    <main className={styles.centered}>
      <Spinner label={t('loading')} />
    </main>
  );
}

function Centered({ children }: { children: React.ReactNode }) {
  const styles = useAppStyles();
  return (
    <main className={styles.centered}>
      <div className={styles.card}>{children}</div>
    </main>
  );
}
