import {
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext.js';
import { ConfirmActions } from '../../ui/ConfirmActions.js';

/** Confirms before the user leaves; says so when leaving closes the conversation (they are the last one). */
export function LeaveDialog(props: {
  readonly open: boolean;
  readonly contactName: string;
  readonly last: boolean;
  readonly busy: boolean;
  readonly error: string | undefined;
  onConfirm(): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  return (
    <Dialog
      open={props.open}
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open && !props.busy) props.onClose();
      }}
    >
      <DialogSurface aria-describedby="leave-body">
        <DialogBody>
          <DialogTitle>{t('leaveTitle')}</DialogTitle>
          <DialogContent id="leave-body">
            {t(props.last ? 'leaveLastBody' : 'leaveBody', { name: props.contactName })}
            {props.error && (
              <MessageBar intent="error">
                <MessageBarBody>{t('actionFailed', { reason: props.error })}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <ConfirmActions
            busy={props.busy}
            cancelLabel={t('cancel')}
            confirmLabel={t('leaveConfirm')}
            onCancel={props.onClose}
            onConfirm={props.onConfirm}
          />
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
