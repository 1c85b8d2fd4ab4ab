import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  SearchBox,
  Spinner,
} from '@fluentui/react-components';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { Contact } from '../../../../shared/contract/contacts.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { AddNumberForm } from './AddNumberForm.js';
import { ContactOption } from './ContactOption.js';
import { useNewConversationStyles } from './NewConversationDialog.styles.js';
import { OutlookResultsList } from './OutlookResultsList.js';
import { StartConversationDialogs } from './StartConversationDialogs.js';
import { useNewConversation, type Channel } from './useNewConversation.js';
import { useStartConversation } from './useStartConversation.js';

/**
 * New conversation, on WhatsApp or by SMS: find a contact (the organization's or an Outlook one) or type a
 * number to add, then start. A WhatsApp contact who never opted in gets a confirmation before the request
 * goes out; one who is not on WhatsApp gets the offer of an SMS conversation instead.
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
  const start = useStartConversation(props.client, {
    onOpen(threadId) {
      flow.reset();
      props.onStarted(threadId);
    },
    // Back to the dialog, the contact still chosen.
    onBack() {},
  });

  const close = () => {
    flow.reset();
    start.clearError();
    props.onClose();
  };
  const submit = () => {
    const contact = flow.selected;
    if (!contact) return;
    if (flow.channel === 'sms') void start.startSms(contact);
    else void start.startWhatsApp(contact);
  };
  const selectable = (contact: Contact) => flow.channel === 'whatsapp' || contact.phoneE164 !== null;
  // A contact picked from Outlook or just added is shown even when the typed words no longer find it.
  const shown =
    flow.selected && !flow.contacts?.some((c) => c.id === flow.selected?.id)
      ? [flow.selected, ...(flow.contacts ?? [])]
      : (flow.contacts ?? []);
  const outlookShown = flow.outlook.kind === 'found' && flow.outlook.contacts.length > 0;
  const error = flow.error ?? (start.stage.kind === 'idle' ? start.error : undefined);
  const busy = flow.working || start.busy;

  return (
    <>
      <Dialog
        open={props.open && start.stage.kind === 'idle'}
        onOpenChange={(_event, data) => {
          if (!data.open) close();
        }}
      >
        <DialogSurface>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            <DialogBody>
              <DialogTitle>
                {flow.channel === 'sms' ? t('newSmsConversationTitle') : t('newConversationTitle')}
              </DialogTitle>
              <DialogContent className={styles.content}>
                <RadioGroup
                  layout="horizontal"
                  aria-label={t('channelChoiceLabel')}
                  value={flow.channel}
                  onChange={(_event, data) => flow.setChannel(data.value as Channel)}
                >
                  <Radio value="whatsapp" label={t('channelWhatsApp')} />
                  <Radio value="sms" label={t('channelSms')} />
                </RadioGroup>
                <Field label={t('contactSearchLabel')}>
                  <SearchBox
                    placeholder={t('contactSearchPlaceholder')}
                    value={flow.query}
                    onChange={(_event, data) => flow.setQuery(data.value)}
                  />
                </Field>
                {error && (
                  <MessageBar intent="error">
                    <MessageBarBody>{t('startFailed', { reason: error })}</MessageBarBody>
                  </MessageBar>
                )}
                {flow.outlookNoPhone && (
                  <MessageBar intent="warning">
                    <MessageBarBody>{t('outlookNoPhone', { name: flow.outlookNoPhone })}</MessageBarBody>
                  </MessageBar>
                )}
                {flow.searching && !flow.contacts && <Spinner size="tiny" label={t('searching')} />}
                {flow.contacts && shown.length === 0 && !outlookShown && !flow.newNumber && (
                  <p className={styles.hint} role="status">
                    {t('noContactMatches', { query: flow.query })}
                  </p>
                )}
                {flow.badNumber && (
                  <p className={styles.hint} role="status">
                    {t('contactPhoneInvalid')}
                  </p>
                )}
                {shown.length > 0 && (
                  <ul className={styles.list} aria-label={t('contactsLabel')}>
                    {shown.map((contact) => (
                      <li key={contact.id}>
                        <ContactOption
                          name={contact.displayName}
                          detail={contact.phoneE164 ?? t('contactNoPhone')}
                          chosen={flow.selected?.id === contact.id}
                          disabled={!selectable(contact)}
                          onPick={() => flow.select(contact)}
                        />
                      </li>
                    ))}
                  </ul>
                )}
                {flow.newNumber && (
                  <AddNumberForm
                    number={flow.newNumber}
                    name={flow.newName}
                    busy={flow.working}
                    onName={flow.setNewName}
                    onAdd={() => void flow.addNumber()}
                  />
                )}
                {flow.outlook.kind === 'found' && (
                  <OutlookResultsList
                    contacts={flow.outlook.contacts.filter(
                      (o) => !o.phones.some((p) => shown.some((c) => c.id === p.tenantContactId)),
                    )}
                    busy={flow.working}
                    onPick={(contact) => void flow.pickOutlook(contact)}
                  />
                )}
                {flow.outlook.kind === 'unavailable' && (
                  <Caption1 className={styles.hint}>{t('outlookUnavailable')}</Caption1>
                )}
                {flow.outlook.kind === 'failed' && (
                  <Caption1 className={styles.hint}>
                    {t('outlookFailed', { reason: flow.outlook.reason })}
                  </Caption1>
                )}
              </DialogContent>
              <DialogActions>
                <Button appearance="secondary" onClick={close}>
                  {t('cancel')}
                </Button>
                <Button
                  type="submit"
                  appearance="primary"
                  disabled={!flow.selected || !selectable(flow.selected) || busy}
                  icon={start.busy ? <Spinner size="tiny" /> : undefined}
                >
                  {t('startConversation')}
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
      <StartConversationDialogs client={props.client} flow={start} />
    </>
  );
}
