import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { ThreadSummary } from '../../../../shared/contract/threads.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { ChannelIcon } from '../inbox/ChannelIcon.js';
import { routePath, type Route } from '../shell/useRoute.js';
import { useEarlierThreadsDialogStyles } from './EarlierThreadsDialog.styles.js';
import { formatMoment } from './thread-dates.js';
import { useEarlierThreads } from './useEarlierThreads.js';

/** The conversations with the same contact, this one marked, each a link that opens it. */
export function EarlierThreadsDialog(props: {
  readonly client: ConnectorClient;
  readonly open: boolean;
  readonly threadId: string;
  readonly contact: { readonly id: string; readonly displayName: string };
  navigate(route: Route): void;
  onClose(): void;
}) {
  const { t, locale } = useI18n();
  const styles = useEarlierThreadsDialogStyles();
  const { threads, error, retry } = useEarlierThreads(props.client, props.contact.id, props.open);
  const label = (thread: ThreadSummary) =>
    thread.closedAt
      ? t('threadClosedOn', {
          opened: formatMoment(locale, thread.openedAt),
          closed: formatMoment(locale, thread.closedAt),
        })
      : t('threadOpenedOn', { date: formatMoment(locale, thread.openedAt) });
  return (
    <Dialog
      open={props.open}
      onOpenChange={(_event, data) => {
        if (!data.open) props.onClose();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('earlierTitle', { name: props.contact.displayName })}</DialogTitle>
          <DialogContent className={styles.content}>
            {error && (
              <MessageBar intent="error">
                <MessageBarBody>{error}</MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={retry}>
                    {t('retry')}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
            {!threads && !error && <Spinner size="tiny" label={t('loading')} />}
            {threads?.length === 1 && threads[0]?.id === props.threadId && (
              <p className={styles.hint}>{t('noEarlierThreads', { name: props.contact.displayName })}</p>
            )}
            {threads && (
              <ul className={styles.list} aria-label={t('earlierThreads')}>
                {threads.map((thread) => {
                  const route: Route = { screen: 'thread', threadId: thread.id };
                  const current = thread.id === props.threadId;
                  return (
                    <li key={thread.id} className={styles.item}>
                      <span className={styles.head}>
                        <ChannelIcon channel={thread.channel} />
                        <Link
                          href={routePath(route)}
                          aria-current={current ? 'page' : undefined}
                          onClick={(event) => {
                            event.preventDefault();
                            props.onClose();
                            if (!current) props.navigate(route);
                          }}
                        >
                          {label(thread)}
                        </Link>
                        {current && (
                          <Badge appearance="tint" size="small">
                            {t('currentThread')}
                          </Badge>
                        )}
                      </span>
                      {thread.lastMessage && (
                        <span className={styles.preview}>{thread.lastMessage.preview}</span>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onClose}>
              {t('infoClose')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
