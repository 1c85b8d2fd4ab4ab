import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext.js';

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
          <DialogActions>
            <Button appearance="secondary" disabled={props.busy} onClick={props.onClose}>
              {t('cancel')}
            </Button>
            <Button
              appearance="primary"
              disabled={props.busy}
              icon={props.busy ? <Spinner size="tiny" /> : undefined}
              onClick={props.onConfirm}
            >
              {t('leaveConfirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
