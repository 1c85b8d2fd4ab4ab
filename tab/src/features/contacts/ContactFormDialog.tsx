import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { Contact } from '../../../../shared/contract/contacts.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { useContactPageStyles } from './ContactsPage.styles.js';
import { useContactForm } from './useContactForm.js';

/** Add a contact, or edit `contact`: the form is mounted per opening, so it starts from the contact. */
export function ContactFormDialog(props: {
  readonly client: ConnectorClient;
  readonly contact?: Contact;
  onClose(): void;
  onSaved(contact: Contact): void;
}) {
  const { t } = useI18n();
  const styles = useContactPageStyles();
  const form = useContactForm(props.client, props.contact);
  const phoneMessage = form.phoneError ?? (form.phoneInvalid ? t('contactPhoneInvalid') : undefined);
  return (
    <Dialog
      open
      onOpenChange={(_event, data) => {
        if (!data.open && !form.saving) props.onClose();
      }}
    >
      <DialogSurface>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void form.save().then((saved) => saved && props.onSaved(saved));
          }}
        >
          <DialogBody>
            <DialogTitle>
              {props.contact
                ? t('contactFormEditTitle', { name: props.contact.displayName })
                : t('contactFormAddTitle')}
            </DialogTitle>
            <DialogContent className={styles.form}>
              <Field
                label={t('contactNameLabel')}
                required
                validationState={form.nameInvalid ? 'error' : 'none'}
                validationMessage={form.nameInvalid ? t('contactNameRequired') : undefined}
              >
                <Input
                  value={form.name}
                  onChange={(_event, data) => form.setName(data.value)}
                  onBlur={() => form.touch('name')}
                />
              </Field>
              <Field
                label={t('contactPhoneLabel')}
                required
                hint={phoneMessage ? undefined : t('contactPhoneHint')}
                validationState={phoneMessage ? 'error' : 'none'}
                validationMessage={phoneMessage}
              >
                <Input
                  type="tel"
                  inputMode="tel"
                  value={form.phone}
                  onChange={(_event, data) => form.setPhone(data.value)}
                  onBlur={() => form.touch('phone')}
                />
              </Field>
              {form.error && (
                <MessageBar intent="error">
                  <MessageBarBody>{t('contactSaveFailed', { reason: form.error })}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" disabled={form.saving} onClick={props.onClose}>
                {t('cancel')}
              </Button>
              <Button
                type="submit"
                appearance="primary"
                disabled={form.saving}
                icon={form.saving ? <Spinner size="tiny" /> : undefined}
              >
                {t('save')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
