import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
} from '@fluentui/react-components';
import { Send20Filled } from '@fluentui/react-icons';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { previewParts } from './template-fill.js';
import { useTemplatePickerStyles } from './TemplatePicker.styles.js';
import type { TemplateChoice } from './useComposer.js';
import { templateKey, useTemplatePicker } from './useTemplatePicker.js';

/** Picks an approved template, fills its placeholders, shows the message as the contact will read it. */
export function TemplatePicker(props: {
  readonly client: ConnectorClient;
  readonly open: boolean;
  onClose(): void;
  onSend(choice: TemplateChoice): void;
}) {
  const { t } = useI18n();
  const styles = useTemplatePickerStyles();
  const picker = useTemplatePicker(props.client, props.open);
  const { templates, selected } = picker;
  const label = (name: string, language: string) => `${name} (${language})`;
  return (
    <Dialog open={props.open} onOpenChange={(_event, data) => !data.open && props.onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('templatePickerTitle')}</DialogTitle>
          <DialogContent className={styles.content}>
            {picker.error && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{t('templatesLoadFailed', { reason: picker.error })}</MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={picker.retry}>
                    {t('retry')}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
            {!templates && !picker.error && <Spinner size="small" label={t('loading')} />}
            {templates?.length === 0 && <p>{t('templatesEmpty')}</p>}
            {templates && templates.length > 0 && (
              <RadioGroup
                aria-label={t('templateListLabel')}
                className={styles.list}
                value={selected ? templateKey(selected) : ''}
                onChange={(_event, data) => picker.select(data.value)}
              >
                {templates.map((template) => (
                  <Radio
                    key={templateKey(template)}
                    value={templateKey(template)}
                    label={label(template.name, template.language)}
                  />
                ))}
              </RadioGroup>
            )}
            {selected &&
              picker.numbers.map((number, i) => {
                const problem = picker.problems[i];
                return (
                  <Field
                    key={`${templateKey(selected)}-${number}`}
                    label={t('templateParam', { number })}
                    required
                    validationState={problem ? 'error' : 'none'}
                    validationMessage={
                      problem === 'empty'
                        ? t('templateParamEmpty')
                        : problem === 'newline'
                          ? t('templateParamNewline')
                          : undefined
                    }
                  >
                    <Input
                      value={picker.params[number - 1] ?? ''}
                      maxLength={1024}
                      onChange={(_event, data) => picker.setParam(number, data.value)}
                    />
                  </Field>
                );
              })}
            {selected && (
              <section className={styles.preview} aria-labelledby="template-preview-title">
                <Caption1 id="template-preview-title" className={styles.previewTitle}>
                  {t('templatePreview')}
                </Caption1>
                <p className={styles.previewBody} aria-live="polite" data-testid="template-preview">
                  {previewParts(selected.bodyText, picker.params).map((part, i) =>
                    part.kind === 'text' ? (
                      <span key={i}>{part.text}</span>
                    ) : (
                      <mark key={i} className={part.value ? styles.filled : styles.missing}>
                        {part.value ?? `{{${part.index}}}`}
                      </mark>
                    ),
                  )}
                </p>
              </section>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={props.onClose}>
              {t('cancel')}
            </Button>
            <Button
              appearance="primary"
              icon={<Send20Filled />}
              disabled={!selected}
              onClick={() => {
                const choice = picker.choice();
                if (!choice) return;
                picker.reset();
                props.onSend(choice);
              }}
            >
              {t('sendTemplate')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
