import { Button, MessageBar, MessageBarActions, MessageBarBody, Textarea } from '@fluentui/react-components';
import { Send20Filled } from '@fluentui/react-icons';
import { useI18n } from '../../i18n/I18nContext.js';
import { useComposerStyles } from './Composer.styles.js';
import type { ComposerState } from './composer-state.js';

export interface ComposerProps {
  readonly state: ComposerState;
  readonly draft: string;
  onDraft(text: string): void;
  onSend(): void;
  onAskPermission(): void;
}

/** The text box: Enter sends, Shift+Enter makes a new line; the thread's state decides what it explains. */
export function Composer(props: ComposerProps) {
  const { t } = useI18n();
  const styles = useComposerStyles();
  const { state } = props;
  return (
    <div className={styles.root}>
      {state.hint && (
        <MessageBar intent={state.hint.intent} layout="multiline" data-testid="composer-hint">
          <MessageBarBody>{t(state.hint.key)}</MessageBarBody>
          {state.canAskPermission && (
            <MessageBarActions>
              <Button appearance="primary" size="small" onClick={props.onAskPermission}>
                {t('askPermission')}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          props.onSend();
        }}
      >
        <Textarea
          className={styles.textarea}
          aria-label={t('composerLabel')}
          placeholder={t('composerPlaceholder')}
          value={props.draft}
          disabled={!state.enabled}
          resize="vertical"
          onChange={(_event, data) => props.onDraft(data.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              props.onSend();
            }
          }}
        />
        <Button
          type="submit"
          appearance="primary"
          icon={<Send20Filled />}
          disabled={!state.enabled || props.draft.trim() === ''}
        >
          {t('send')}
        </Button>
      </form>
    </div>
  );
}
