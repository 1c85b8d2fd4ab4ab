import { Caption1 } from '@fluentui/react-components';
import type { OutlookContact } from '../../../../shared/contract/outlook.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { ContactOption } from './ContactOption.js';
import { useNewConversationStyles } from './NewConversationDialog.styles.js';

/** The user's Outlook contacts that match; picking one imports it into the organization's contacts. */
export function OutlookResultsList(props: {
  readonly contacts: readonly OutlookContact[];
  readonly busy: boolean;
  onPick(contact: OutlookContact): void;
}) {
  const { t } = useI18n();
  const styles = useNewConversationStyles();
  if (props.contacts.length === 0) return null;
  return (
    <div className={styles.content}>
      <Caption1 as="h3" id="outlook-results" className={styles.groupHeading}>
        {t('outlookContactsLabel')}
      </Caption1>
      <ul className={styles.list} aria-labelledby="outlook-results">
        {props.contacts.map((contact) => (
          <li key={contact.outlookId}>
            <ContactOption
              name={contact.displayName}
              detail={contact.phones[0]?.e164 ?? contact.phones[0]?.number ?? t('contactNoPhone')}
              chosen={false}
              disabled={props.busy}
              onPick={() => props.onPick(contact)}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
