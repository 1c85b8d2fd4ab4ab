import {
  Avatar,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import {
  ArrowLeft20Regular,
  Chat20Regular,
  Delete20Regular,
  Edit20Regular,
  PhoneChat20Regular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { StartConversationDialogs } from '../new-conversation/StartConversationDialogs.js';
import { useStartConversation } from '../new-conversation/useStartConversation.js';
import type { Route } from '../shell/useRoute.js';
import { ContactFormDialog } from './ContactFormDialog.js';
import { useContactPageStyles } from './ContactsPage.styles.js';
import { ContactThreads } from './ContactThreads.js';
import { DeleteContactDialog } from './DeleteContactDialog.js';
import { useContactDetails } from './useContactDetails.js';

/** One contact: the number and names, WhatsApp and SMS to message them, edit and delete. */
export function ContactDetails(props: {
  readonly client: ConnectorClient;
  readonly route: Route;
  readonly navigate: (route: Route) => void;
  /** Bumped by every live event. */
  readonly version: number;
}) {
  const { t } = useI18n();
  const styles = useContactPageStyles();
  const contactId = props.route.screen === 'contact' ? props.route.contactId : '';
  const details = useContactDetails(props.client, contactId);
  const [dialog, setDialog] = useState<'edit' | 'delete' | undefined>(undefined);
  const { navigate } = props;
  const start = useStartConversation(props.client, {
    onOpen: (threadId) => navigate({ screen: 'thread', threadId }),
    onBack() {},
  });
  const contact = details.contact?.id === contactId ? details.contact : undefined;

  return (
    <section className={styles.root} aria-label={contact?.displayName ?? t('contactsTitle')}>
      <div>
        <Button
          appearance="subtle"
          icon={<ArrowLeft20Regular />}
          onClick={() => navigate({ screen: 'contacts' })}
        >
          {t('backToContacts')}
        </Button>
      </div>
      {details.error && (
        <MessageBar intent="error">
          <MessageBarBody>{t('contactLoadFailed', { reason: details.error })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={details.retry}>{t('retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!contact && !details.error && <Spinner label={t('loading')} />}
      {contact && (
        <>
          <div className={styles.identity}>
            <Avatar name={contact.displayName} size={56} aria-hidden />
            <Subtitle2 as="h2" className={styles.heading}>
              {contact.displayName}
            </Subtitle2>
          </div>
          <dl className={styles.facts}>
            <dt className={styles.term}>{t('contactPhone')}</dt>
            <dd className={styles.definition}>{contact.phoneE164 ?? t('contactNoPhone')}</dd>
            {contact.whatsappName && (
              <>
                <dt className={styles.term}>{t('contactWhatsAppName')}</dt>
                <dd className={styles.definition}>{contact.whatsappName}</dd>
              </>
            )}
            {contact.email && (
              <>
                <dt className={styles.term}>{t('contactEmail')}</dt>
                <dd className={styles.definition}>{contact.email}</dd>
              </>
            )}
          </dl>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              icon={<Chat20Regular />}
              disabled={start.busy}
              onClick={() => void start.startWhatsApp(contact)}
            >
              {t('channelWhatsApp')}
            </Button>
            <Button
              icon={<PhoneChat20Regular />}
              disabled={start.busy || !contact.phoneE164}
              onClick={() => void start.startSms(contact)}
            >
              {t('channelSms')}
            </Button>
            <Button icon={<Edit20Regular />} onClick={() => setDialog('edit')}>
              {t('edit')}
            </Button>
            <Button icon={<Delete20Regular />} onClick={() => setDialog('delete')}>
              {t('contactDelete')}
            </Button>
          </div>
          {start.error && start.stage.kind === 'idle' && (
            <MessageBar intent="error">
              <MessageBarBody>{t('contactActionFailed', { reason: start.error })}</MessageBarBody>
            </MessageBar>
          )}
          <ContactThreads
            client={props.client}
            contactId={contact.id}
            version={props.version}
            onOpen={(threadId) => navigate({ screen: 'thread', threadId })}
          />
          {dialog === 'edit' && (
            <ContactFormDialog
              client={props.client}
              contact={contact}
              onClose={() => setDialog(undefined)}
              onSaved={(saved) => {
                setDialog(undefined);
                details.replace(saved);
              }}
            />
          )}
          {dialog === 'delete' && (
            <DeleteContactDialog
              client={props.client}
              contact={contact}
              onClose={() => setDialog(undefined)}
              onDeleted={() => navigate({ screen: 'contacts' })}
            />
          )}
          <StartConversationDialogs client={props.client} flow={start} />
        </>
      )}
    </section>
  );
}
