import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Switch,
} from '@fluentui/react-components';
import { Save20Regular } from '@fluentui/react-icons';
import type { TabTextKey } from '../../../../shared/i18n/tab/index.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { useAdminStyles } from './AdminPage.styles.js';
import type { FieldProblem, SettingsField } from './settings-form.js';
import type { UseOrgSettings } from './useOrgSettings.js';

const FIELDS: readonly { field: SettingsField; label: TabTextKey; hint: TabTextKey; placeholder: string }[] =
  [
    {
      field: 'senderPhoneNumberId',
      label: 'adminSenderNumber',
      hint: 'adminSenderNumberHint',
      placeholder: '106540352242922',
    },
    {
      field: 'whatsappBusinessAccountId',
      label: 'adminBusinessAccount',
      hint: 'adminBusinessAccountHint',
      placeholder: '200000000000002',
    },
    {
      field: 'smsFromNumber',
      label: 'adminSmsNumber',
      hint: 'adminSmsNumberHint',
      placeholder: '+14155550100',
    },
  ];

const PROBLEM_TEXT: Readonly<Record<FieldProblem, TabTextKey>> = {
  digitsOnly: 'adminDigitsOnly',
  e164: 'adminE164',
};

/** WhatsApp on or off for the organization, its sender number, business account and SMS number. */
export function SettingsSection(props: { readonly settings: UseOrgSettings }) {
  const { t } = useI18n();
  const styles = useAdminStyles();
  const { draft, problems, save, dirty } = props.settings;
  if (!draft) return null;
  const saving = save.kind === 'saving';
  return (
    <section className={styles.section} aria-labelledby="admin-settings-title">
      <Subtitle2 as="h3" id="admin-settings-title" className={styles.sectionTitle}>
        {t('adminSettingsTitle')}
      </Subtitle2>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          props.settings.submit();
        }}
      >
        <Field hint={t('adminWhatsappEnabledHint')}>
          <Switch
            label={t('adminWhatsappEnabled')}
            checked={draft.whatsappEnabled}
            onChange={(_, data) => props.settings.change({ whatsappEnabled: data.checked })}
          />
        </Field>
        <div className={styles.fields}>
          {FIELDS.map(({ field, label, hint, placeholder }) => {
            const problem = problems[field];
            return (
              <Field
                key={field}
                label={t(label)}
                hint={t(hint)}
                validationState={problem ? 'error' : 'none'}
                validationMessage={problem ? t(PROBLEM_TEXT[problem]) : undefined}
              >
                <Input
                  value={draft[field]}
                  placeholder={placeholder}
                  inputMode={field === 'smsFromNumber' ? 'tel' : 'numeric'}
                  onChange={(_, data) => props.settings.change({ [field]: data.value })}
                />
              </Field>
            );
          })}
        </div>
        <div className={styles.actions}>
          <Button
            type="submit"
            appearance="primary"
            icon={saving ? <Spinner size="tiny" /> : <Save20Regular />}
            disabledFocusable={saving || !dirty || Object.keys(problems).length > 0}
          >
            {saving ? t('adminSaving') : t('adminSave')}
          </Button>
        </div>
        <div aria-live="polite">
          {save.kind === 'saved' && (
            <MessageBar intent="success">
              <MessageBarBody>{t('adminSaved')}</MessageBarBody>
            </MessageBar>
          )}
          {save.kind === 'failed' && (
            <MessageBar intent="error">
              <MessageBarBody>{t('adminSaveFailed', { reason: save.reason })}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      </form>
    </section>
  );
}
