import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { I18nContext } from '../i18n/I18nContext.js';
import { useAppStyles } from './App.styles.js';

/**
 * Whatever a screen throws (a chunk that could not be downloaded, a bug), the user gets a message and a way
 * to reload, never a blank frame.
 */
export class ErrorBoundary extends Component<{ readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('the tab failed to render', error);
  }

  override render(): ReactNode {
    return this.state.failed ? <Failed /> : this.props.children;
  }
}

function Failed() {
  const styles = useAppStyles();
  return (
    <I18nContext.Consumer>
      {({ t }) => (
        <main className={styles.centered}>
          <div className={styles.card}>
            <MessageBar intent="error">
              <MessageBarBody>{t('appFailed')}</MessageBarBody>
            </MessageBar>
            <Button appearance="primary" onClick={() => window.location.reload()}>
              {t('retry')}
            </Button>
          </div>
        </main>
      )}
    </I18nContext.Consumer>
  );
}
