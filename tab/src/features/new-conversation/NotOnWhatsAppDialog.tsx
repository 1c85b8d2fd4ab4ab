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
import type { Party } from './useStartConversation.js';

/** The contact has no WhatsApp: offers an SMS conversation instead (yes), or goes back (no). */
export function NotOnWhatsAppDialog(props: {
  readonly party: Party | undefined;
  readonly busy: boolean;
  readonly error: string | undefined;
  onSms(): void;
  onBack(): void;
}) {
  const { t } = useI18n();
  const name = props.party?.displayName ?? '';
  const canSms = Boolean(props.party?.phoneE164);
  return (
    <Dialog
      open={props.party !== undefined}
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open && !props.busy) props.onBack();
      }}
    >
      <DialogSurface aria-describedby="not-on-whatsapp-body">
        <DialogBody>
          <DialogTitle>{t('notOnWhatsAppTitle', { name })}</DialogTitle>
          <DialogContent id="not-on-whatsapp-body">
            {canSms
              ? t('notOnWhatsAppBody', { name, number: props.party?.phoneE164 ?? '' })
              : t('notOnWhatsAppNoPhone', { name })}
            {props.error && (
              <MessageBar intent="error">
                <MessageBarBody>{t('smsStartFailed', { reason: props.error })}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" disabled={props.busy} onClick={props.onBack}>
              {t('smsInsteadNo')}
            </Button>
            {canSms && (
              <Button
                appearance="primary"
                disabled={props.busy}
                icon={props.busy ? <Spinner size="tiny" /> : undefined}
                onClick={props.onSms}
              >
                {t('smsInsteadYes')}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
