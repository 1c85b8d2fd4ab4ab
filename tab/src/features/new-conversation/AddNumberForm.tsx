import { Button, Field, Input } from '@fluentui/react-components';
import { PersonAdd20Regular } from '@fluentui/react-icons';
import { useI18n } from '../../i18n/I18nContext.js';
import { useNewConversationStyles } from './NewConversationDialog.styles.js';

/** A typed number nobody in the contacts has: a name, and it becomes a contact (then chosen). */
export function AddNumberForm(props: {
  readonly number: string;
  readonly name: string;
  readonly busy: boolean;
  onName(name: string): void;
  onAdd(): void;
}) {
  const { t } = useI18n();
  const styles = useNewConversationStyles();
  return (
    <section className={styles.addNumber} aria-label={t('addNumberTitle', { number: props.number })}>
      <Field label={t('addNumberNameLabel', { number: props.number })}>
        <Input
          value={props.name}
          onChange={(_event, data) => props.onName(data.value)}
          onKeyDown={(event) => {
            // Enter adds the contact rather than submitting the dialog with nobody chosen.
            if (event.key === 'Enter') {
              event.preventDefault();
              if (props.name.trim()) props.onAdd();
            }
          }}
        />
      </Field>
      <Button icon={<PersonAdd20Regular />} disabled={props.busy || !props.name.trim()} onClick={props.onAdd}>
        {t('addContact')}
      </Button>
    </section>
  );
}
