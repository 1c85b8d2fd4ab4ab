import {
  Avatar,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title2,
} from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext.js';
import type { DevUserOption } from '../host/host-types.js';
import { useDevSignInStyles } from './DevSignIn.styles.js';
import { useDevSignIn } from './useDevSignIn.js';

const ROLE_KEYS = { advisor: 'roleAdvisor', admin: 'roleAdmin', compliance: 'roleCompliance' } as const;

/** Outside Teams on a dev server (AUTH_MODE=dev): pick a demo user, get a dev token, continue. */
export function DevSignIn(props: {
  readonly users: readonly DevUserOption[];
  readonly onSignIn: (user: DevUserOption) => Promise<void>;
}) {
  const { t } = useI18n();
  const styles = useDevSignInStyles();
  const { busyUserId, error, choose } = useDevSignIn(props.onSignIn);
  return (
    <main className={styles.main}>
      <section className={styles.card} aria-labelledby="dev-sign-in-title">
        <Title2 as="h1" id="dev-sign-in-title">
          {t('signInTitle')}
        </Title2>
        <Body1>{t('signInIntro')}</Body1>
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{t('signInFailed', { reason: error })}</MessageBarBody>
          </MessageBar>
        )}
        <ul className={styles.list}>
          {props.users.map((user) => (
            <li key={user.id}>
              <Button
                className={styles.userButton}
                appearance="subtle"
                size="large"
                disabled={busyUserId !== undefined}
                icon={
                  busyUserId === user.id ? (
                    <Spinner size="tiny" />
                  ) : (
                    <Avatar name={user.displayName} size={32} aria-hidden />
                  )
                }
                onClick={() => choose(user)}
              >
                <span className={styles.userText}>
                  <span>{t('signInAs', { name: user.displayName })}</span>
                  <Caption1 className={styles.secondary}>
                    {t(ROLE_KEYS[user.label])} · {user.tenantId}
                  </Caption1>
                </span>
              </Button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
