import {
  Avatar,
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  SearchBox,
  Skeleton,
  SkeletonItem,
  Subtitle2,
} from '@fluentui/react-components';
import { PersonAdd20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import { useI18n } from '../../i18n/I18nContext.js';
import type { Route } from '../shell/useRoute.js';
import { ContactFormDialog } from './ContactFormDialog.js';
import { useContactPageStyles } from './ContactsPage.styles.js';
import { CONTACTS_PAGE, useContacts } from './useContacts.js';

/** The organization's contacts: filter, add, and open one for its details. */
export function ContactsPage(props: {
  readonly client: ConnectorClient;
  readonly route: Route;
  readonly navigate: (route: Route) => void;
  /** Bumped by every live event. */
  readonly version: number;
}) {
  const { t } = useI18n();
  const styles = useContactPageStyles();
  const list = useContacts(props.client, props.version);
  const [adding, setAdding] = useState(false);
  const filtered = list.filter.trim() !== '';

  return (
    <section className={styles.root} aria-labelledby="contacts-title">
      <div className={styles.header}>
        <Subtitle2 as="h2" id="contacts-title" className={styles.heading}>
          {t('contactsTitle')}
        </Subtitle2>
        <Button appearance="primary" icon={<PersonAdd20Regular />} onClick={() => setAdding(true)}>
          {t('addContact')}
        </Button>
      </div>
      <Field label={t('contactsFilterLabel')}>
        <SearchBox
          placeholder={t('contactsFilterPlaceholder')}
          value={list.filter}
          onChange={(_event, data) => list.setFilter(data.value)}
        />
      </Field>
      {list.error && (
        <MessageBar intent="error">
          <MessageBarBody>{t('contactsLoadFailed', { reason: list.error })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={list.retry}>{t('retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!list.contacts && !list.error && (
        <Skeleton aria-label={t('loading')}>
          <SkeletonItem size={40} />
          <SkeletonItem size={40} />
        </Skeleton>
      )}
      {list.contacts?.length === 0 && (
        <p className={styles.hint} role="status">
          {filtered ? t('noContactMatches', { query: list.filter.trim() }) : t('contactsEmpty')}
        </p>
      )}
      {list.contacts && list.contacts.length > 0 && (
        <ul className={styles.list} aria-labelledby="contacts-title">
          {list.contacts.map((contact) => (
            <li key={contact.id}>
              <button
                type="button"
                className={styles.item}
                onClick={() => props.navigate({ screen: 'contact', contactId: contact.id })}
              >
                <Avatar name={contact.displayName} size={32} aria-hidden />
                <span className={styles.itemText}>
                  <span>{contact.displayName}</span>
                  <span className={styles.secondary}>{contact.phoneE164 ?? t('contactNoPhone')}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {list.contacts?.length === CONTACTS_PAGE && (
        <p className={styles.hint}>{t('contactsTruncated', { count: CONTACTS_PAGE })}</p>
      )}
      {adding && (
        <ContactFormDialog
          client={props.client}
          onClose={() => setAdding(false)}
          onSaved={(contact) => {
            setAdding(false);
            props.navigate({ screen: 'contact', contactId: contact.id });
          }}
        />
      )}
    </section>
  );
}
