import { Button, MessageBar, MessageBarActions, MessageBarBody, Textarea } from '@fluentui/react-components';
import { Attach20Regular, DocumentText20Regular, Send20Filled } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { ThreadDetail } from '../../../../shared/contract/threads.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { useComposerStyles } from './Composer.styles.js';
import type { ComposerState } from './composer-state.js';
import { OptInReminder } from './OptInReminder.js';
import { PictureAttachment } from './PictureAttachment.js';
import { TemplatePicker } from './TemplatePicker.js';
import type { UseComposer } from './useComposer.js';
import { WindowBanner } from './WindowBanner.js';

export interface ComposerProps {
  readonly client: ConnectorClient;
  readonly thread: ThreadDetail;
  readonly state: ComposerState;
  readonly composer: UseComposer;
  onAskPermission(): void;
  /** The thread changed on the server (a reminder went out): load it again. */
  onThreadChanged(): void;
}

/**
 * The text box (Enter sends, Shift+Enter makes a new line), a picture by the file picker or by paste, a
 * template; above it the window's time left, or what the thread's state means for what is sent.
 */
export function Composer(props: ComposerProps) {
  const { t } = useI18n();
  const styles = useComposerStyles();
  const { state, thread, composer } = props;
  const { attachment } = composer;
  const fileInput = useRef<HTMLInputElement>(null);
  const [picking, setPicking] = useState(false);
  const whatsApp = thread.channel === 'whatsapp';
  const canSend = state.enabled && (composer.draft.trim() !== '' || attachment.picture !== undefined);
  return (
    <div className={styles.root}>
      {thread.state === 'active' && whatsApp && <WindowBanner windowEndsAt={thread.windowEndsAt} />}
      {state.hint && (
        <MessageBar
          intent={state.hint.intent}
          layout="multiline"
          id="composer-hint"
          data-testid="composer-hint"
        >
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
      <OptInReminder client={props.client} thread={thread} onSent={props.onThreadChanged} />
      {attachment.error && (
        <MessageBar intent="error" role="alert" data-testid="picture-error">
          <MessageBarBody>{attachment.error}</MessageBarBody>
        </MessageBar>
      )}
      {attachment.picture && (
        <PictureAttachment picture={attachment.picture} onRemove={() => attachment.clear()} />
      )}
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          if (canSend) composer.send();
        }}
      >
        {whatsApp && (
          <>
            <input
              ref={fileInput}
              className={styles.fileInput}
              type="file"
              accept="image/jpeg,image/png"
              tabIndex={-1}
              aria-hidden
              data-testid="picture-input"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) attachment.attach(file);
                event.target.value = '';
              }}
            />
            <Button
              appearance="subtle"
              icon={<Attach20Regular />}
              aria-label={t('attachPicture')}
              title={t('attachPicture')}
              disabledFocusable={!state.enabled}
              aria-describedby={state.enabled ? undefined : 'composer-hint'}
              onClick={() => fileInput.current?.click()}
            />
            <Button
              appearance="subtle"
              icon={<DocumentText20Regular />}
              disabledFocusable={!state.enabled}
              aria-describedby={state.enabled ? undefined : 'composer-hint'}
              onClick={() => setPicking(true)}
            >
              {t('templates')}
            </Button>
          </>
        )}
        <Textarea
          className={styles.textarea}
          aria-label={attachment.picture ? t('captionLabel') : t('composerLabel')}
          placeholder={attachment.picture ? t('captionPlaceholder') : t('composerPlaceholder')}
          value={composer.draft}
          disabled={!state.enabled}
          resize="vertical"
          onChange={(_event, data) => composer.setDraft(data.value)}
          onPaste={(event) => {
            const file = whatsApp ? event.clipboardData.files[0] : undefined;
            if (!file) return;
            event.preventDefault();
            attachment.attach(file);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              if (canSend) composer.send();
            }
          }}
        />
        <Button type="submit" appearance="primary" icon={<Send20Filled />} disabled={!canSend}>
          {t('send')}
        </Button>
      </form>
      {whatsApp && (
        <TemplatePicker
          client={props.client}
          open={picking && state.enabled}
          onClose={() => setPicking(false)}
          onSend={(choice) => {
            setPicking(false);
            composer.sendTemplate(choice);
          }}
        />
      )}
    </div>
  );
}
