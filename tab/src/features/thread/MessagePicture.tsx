import { Button, Spinner, useRestoreFocusTarget } from '@fluentui/react-components';
import { ArrowClockwise16Regular, ImageOff20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { useMessagePictureStyles } from './MessagePicture.styles.js';
import { PictureViewer } from './PictureViewer.js';
import { useMediaUrl } from './useMediaUrl.js';

/** A picture in a bubble: fetched with the user's token; a click or Enter opens it in full. */
export function MessagePicture(props: {
  readonly client: ConnectorClient;
  readonly mediaId: string;
  readonly title: string;
  readonly caption: string | null;
}) {
  const { media, retry } = useMediaUrl(props.client, props.mediaId);
  if (media.kind === 'loading') return <PictureFrameLoading />;
  if (media.kind === 'failed') return <PictureFailed reason={media.reason} onRetry={retry} />;
  return <PicturePreview url={media.url} title={props.title} caption={props.caption} />;
}

/** A local picture (still uploading, or refused) or a fetched one: the thumbnail opens the full view. */
export function PicturePreview(props: {
  readonly url: string;
  readonly title: string;
  readonly caption: string | null;
}) {
  const { t } = useI18n();
  const styles = useMessagePictureStyles();
  const [open, setOpen] = useState(false);
  // Closing the full view puts the focus back on the thumbnail (the dialog has no DialogTrigger).
  const restoreFocus = useRestoreFocusTarget();
  return (
    <>
      <button
        {...restoreFocus}
        type="button"
        className={styles.thumbButton}
        aria-label={`${t('pictureOpen')}: ${props.title}`}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <img
          onLoad={(event) => keepAtBottom(event.currentTarget)}
          className={styles.thumb}
          src={props.url}
          alt={props.caption ?? props.title}
          data-testid="picture-preview"
        />
      </button>
      <PictureViewer
        open={open}
        url={props.url}
        title={props.title}
        caption={props.caption}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

function PictureFrameLoading() {
  const { t } = useI18n();
  const styles = useMessagePictureStyles();
  return (
    <div className={styles.placeholder}>
      <Spinner size="tiny" label={t('loading')} />
    </div>
  );
}

function PictureFailed(props: { readonly reason: string; onRetry(): void }) {
  const { t } = useI18n();
  const styles = useMessagePictureStyles();
  return (
    <div className={styles.placeholder} role="alert">
      <ImageOff20Regular aria-hidden />
      <span>{t('pictureLoadFailed', { reason: props.reason })}</span>
      <Button size="small" icon={<ArrowClockwise16Regular />} onClick={props.onRetry}>
        {t('retry')}
      </Button>
    </div>
  );
}

/**
 * A picture gets its height only once loaded, after the thread scrolled to its newest message: if the reader
 * was at the bottom then, they stay there (someone reading older messages is not moved).
 */
function keepAtBottom(image: HTMLImageElement) {
  const log = image.closest('[role="log"]');
  if (!log) return;
  const distance = log.scrollHeight - log.scrollTop - log.clientHeight;
  if (distance <= image.offsetHeight + BOTTOM_SLACK_PX) log.scrollTop = log.scrollHeight;
}
const BOTTOM_SLACK_PX = 48;
