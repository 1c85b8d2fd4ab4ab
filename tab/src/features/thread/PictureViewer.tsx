import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useI18n } from '../../i18n/I18nContext.js';
import { useMessagePictureStyles } from './MessagePicture.styles.js';

/** A picture at full size, with its caption; Escape or Close goes back to the thread. */
export function PictureViewer(props: {
  readonly open: boolean;
  readonly url: string;
  readonly title: string;
  readonly caption: string | null;
  onClose(): void;
}) {
  const { t } = useI18n();
  const styles = useMessagePictureStyles();
  return (
    <Dialog open={props.open} onOpenChange={(_event, data) => !data.open && props.onClose()}>
      <DialogSurface className={styles.viewerSurface}>
        <DialogBody>
          <DialogTitle
            action={
              <Button
                appearance="subtle"
                aria-label={t('close')}
                icon={<Dismiss24Regular />}
                onClick={props.onClose}
              />
            }
          >
            {props.title}
          </DialogTitle>
          <DialogContent className={styles.viewerContent}>
            <img
              className={styles.full}
              src={props.url}
              alt={props.caption ?? props.title}
              data-testid="picture-full"
            />
            {props.caption && <p className={styles.viewerCaption}>{props.caption}</p>}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={props.onClose}>
              {t('close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
