import {
  Avatar,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Spinner,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { OptInDialog } from '../thread/OptInDialog.js';
import { useNewConversationStyles } from './NewConversationDialog.styles.js';
import { useNewConversation } from './useNewConversation.js';

/**
 * New WhatsApp conversation: find a contact, open the thread, and for a contact who never opted in, confirm
 * before the permission request goes out. Either way the thread opens.
 */
export function NewConversationDialog(props: {
  readonly client: ConnectorClient;
  readonly open: boolean;
  onClose(): void;
  onStarted(threadId: string): void;
}) {
  const { t } = useI18n();
  const styles = useNewConversationStyles();
  const flow = useNewConversation(props.client, props.open);
  const [confirming, setConfirming] = useState<{ threadId: string; name: string } | undefined>(undefined);

  const close = () => {
    flow.reset();
    props.onClose();
  };
  const start = async () => {
    const started = await flow.start();
    if (!started) return;
    if (started.needsOptIn) {
      setConfirming({ threadId: started.threadId, name: started.contact.displayName });
    } else {
      flow.reset();
      props.onStarted(started.threadId);
    }
  };

  return (
    <>
      <Dialog
        open={props.open && !confirming}
        onOpenChange={(_event, data) => {
          if (!data.open) close();
        }}
      >
        <DialogSurface>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void start();
            }}
          >
            <DialogBody>
              <DialogTitle>{t('newConversationTitle')}</DialogTitle>
              <DialogContent className={styles.content}>
                <Field label={t('contactSearchLabel')}>
                  <SearchBox
                    placeholder={t('contactSearchPlaceholder')}
                    value={flow.query}
                    onChange={(_event, data) => flow.setQuery(data.value)}
                  />
                </Field>
                {flow.error && (
                  <MessageBar intent="error">
                    <MessageBarBody>{t('startFailed', { reason: flow.error })}</MessageBarBody>
                  </MessageBar>
                )}
                {flow.searching && !flow.contacts && <Spinner size="tiny" label={t('searching')} />}
                {flow.contacts?.length === 0 && (
                  <p className={styles.hint} role="status">
                    {t('noContactMatches', { query: flow.query })}
                  </p>
                )}
                {flow.contacts && flow.contacts.length > 0 && (
                  <ul className={styles.list} aria-label={t('contactsLabel')}>
                    {flow.contacts.map((contact) => {
                      const chosen = flow.selected?.id === contact.id;
                      return (
                        <li key={contact.id}>
                          <button
                            type="button"
                            className={`${styles.option} ${chosen ? styles.chosen : ''}`}
                            aria-pressed={chosen}
                            onClick={() => flow.select(contact)}
                          >
                            <Avatar name={contact.displayName} size={32} aria-hidden />
                            <span className={styles.optionText}>
                              <span>{contact.displayName}</span>
                              {contact.phoneE164 && (
                                <span className={styles.number}>{contact.phoneE164}</span>
                              )}
                            </span>
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </DialogContent>
              <DialogActions>
                <Button appearance="secondary" onClick={close}>
                  {t('cancel')}
                </Button>
                <Button
                  type="submit"
                  appearance="primary"
                  disabled={!flow.selected || flow.starting}
                  icon={flow.starting ? <Spinner size="tiny" /> : undefined}
                >
                  {t('startConversation')}
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
      <OptInDialog
        client={props.client}
        threadId={confirming?.threadId}
        contactName={confirming?.name ?? ''}
        onDone={() => {
          const threadId = confirming?.threadId;
          setConfirming(undefined);
          flow.reset();
          if (threadId) props.onStarted(threadId);
        }}
      />
    </>
  );
}
