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
  MessageBarActions,
  MessageBarBody,
  SearchBox,
  Spinner,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { DirectoryUser } from '../../../../shared/contract/users.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { useParticipantPickerStyles } from './ParticipantPicker.styles.js';
import { usePeopleSearch } from './usePeopleSearch.js';

/** Chooses a colleague of the organization: to add to the conversation, or to hand it over to. */
export function ParticipantPicker(props: {
  readonly client: ConnectorClient;
  /** Undefined closes the picker. */
  readonly mode: 'add' | 'transfer' | undefined;
  readonly contactName: string;
  /** Who is in the conversation already (not offered). */
  readonly exclude: readonly string[];
  readonly busy: boolean;
  /** Why the last attempt failed, in the user's language. */
  readonly error: string | undefined;
  onPick(person: DirectoryUser): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const styles = useParticipantPickerStyles();
  const open = props.mode !== undefined;
  const search = usePeopleSearch(props.client, open, props.exclude);
  const [selected, setSelected] = useState<DirectoryUser | undefined>(undefined);
  useEffect(() => {
    if (!open) setSelected(undefined);
  }, [open]);
  const transfer = props.mode === 'transfer';
  return (
    <Dialog
      open={open}
      onOpenChange={(_event, data) => {
        if (!data.open && !props.busy) props.onClose();
      }}
    >
      <DialogSurface aria-describedby="participant-picker-hint">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (selected && !props.busy) props.onPick(selected);
          }}
        >
          <DialogBody>
            <DialogTitle>{t(transfer ? 'transferTitle' : 'addTitle')}</DialogTitle>
            <DialogContent className={styles.content}>
              <p id="participant-picker-hint" className={styles.hint}>
                {t(transfer ? 'transferHint' : 'addHint', { name: props.contactName })}
              </p>
              <Field label={t('peopleSearchLabel')}>
                <SearchBox
                  placeholder={t('peopleSearchPlaceholder')}
                  value={search.query}
                  onChange={(_event, data) => search.setQuery(data.value)}
                />
              </Field>
              {search.error && (
                <MessageBar intent="error">
                  <MessageBarBody>{search.error}</MessageBarBody>
                  <MessageBarActions>
                    <Button size="small" onClick={search.retry}>
                      {t('retry')}
                    </Button>
                  </MessageBarActions>
                </MessageBar>
              )}
              {search.searching && !search.people && <Spinner size="tiny" label={t('searching')} />}
              {search.people?.length === 0 && (
                <p className={styles.hint} role="status">
                  {t('noPeopleMatches', { query: search.query })}
                </p>
              )}
              {search.people && search.people.length > 0 && (
                <ul className={styles.list} aria-label={t('peopleLabel')}>
                  {search.people.map((person) => {
                    const chosen = selected?.userId === person.userId;
                    return (
                      <li key={person.userId}>
                        <button
                          type="button"
                          className={`${styles.option} ${chosen ? styles.chosen : ''}`}
                          aria-pressed={chosen}
                          onClick={() => setSelected(person)}
                        >
                          <Avatar name={person.displayName} size={32} aria-hidden />
                          <span className={styles.optionText}>
                            <span>{person.displayName}</span>
                            {person.email && <span className={styles.email}>{person.email}</span>}
                          </span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
              {props.error && (
                <MessageBar intent="error">
                  <MessageBarBody>{t('actionFailed', { reason: props.error })}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" disabled={props.busy} onClick={props.onClose}>
                {t('cancel')}
              </Button>
              <Button
                type="submit"
                appearance="primary"
                disabled={!selected || props.busy}
                icon={props.busy ? <Spinner size="tiny" /> : undefined}
              >
                {t(transfer ? 'transferConfirm' : 'addConfirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
