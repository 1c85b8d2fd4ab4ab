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
import { useI18n } from '../../i18n/I18nContext.js';
import { ConfirmActions } from '../../ui/ConfirmActions.js';
import { errorMessage } from '../shell/error-message.js';

/** Confirms before the opt-in request goes to the contact (`POST /threads/{id}/opt-in`). */
export function OptInDialog(props: {
  readonly client: ConnectorClient;
  readonly threadId: string | undefined;
  readonly contactName: string;
  onDone(sent: boolean): void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const close = (sent: boolean) => {
    setError(undefined);
    setBusy(false);
    props.onDone(sent);
  };
  const confirm = () => {
    if (!props.threadId) return;
    setBusy(true);
    setError(undefined);
    props.client.requestOptIn(props.threadId).then(
      () => close(true),
      (failure: unknown) => {
        setBusy(false);
        setError(errorMessage(failure));
      },
    );
  };
  return (
    <Dialog
      open={props.threadId !== undefined}
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open && !busy) close(false);
      }}
    >
      <DialogSurface aria-describedby="opt-in-body">
        <DialogBody>
          <DialogTitle>{t('optInTitle', { name: props.contactName })}</DialogTitle>
          <DialogContent id="opt-in-body">
            {t('optInBody', { name: props.contactName })}
            {error && (
              <MessageBar intent="error">
                <MessageBarBody>{t('optInFailed', { reason: error })}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <ConfirmActions
            busy={busy}
            cancelLabel={t('optInLater')}
            confirmLabel={t('optInConfirm')}
            onCancel={() => close(false)}
            onConfirm={confirm}
          />
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
