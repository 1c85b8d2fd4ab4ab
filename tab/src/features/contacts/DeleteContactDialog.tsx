import {
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { Contact } from '../../../../shared/contract/contacts.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { ConfirmActions } from '../../ui/ConfirmActions.js';
import { errorMessage } from '../shell/error-message.js';

/** Confirms deleting a contact; the server refuses one with conversations (kept as a record), said inline. */
export function DeleteContactDialog(props: {
  readonly client: ConnectorClient;
  readonly contact: Contact;
  onClose(): void;
  onDeleted(): void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const name = props.contact.displayName;
  const remove = () => {
    setBusy(true);
    setError(undefined);
    props.client.deleteContact(props.contact.id).then(props.onDeleted, (failure: unknown) => {
      setBusy(false);
      setError(errorMessage(failure));
    });
  };
  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open && !busy) props.onClose();
      }}
    >
      <DialogSurface aria-describedby="delete-contact-body">
        <DialogBody>
          <DialogTitle>{t('contactDeleteTitle', { name })}</DialogTitle>
          <DialogContent id="delete-contact-body">
            {t('contactDeleteBody', { name })}
            {error && (
              <MessageBar intent="error">
                <MessageBarBody>{t('contactDeleteFailed', { reason: error })}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <ConfirmActions
            busy={busy}
            cancelLabel={t('cancel')}
            confirmLabel={t('contactDelete')}
            onCancel={props.onClose}
            onConfirm={remove}
          />
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
